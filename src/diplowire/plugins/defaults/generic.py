"""The fallback adapter: a clean article from any outlet nobody wrote an adapter for."""

from __future__ import annotations

from diplowire.plugins.adapter import OutletAdapter
from diplowire.plugins.detection import FALLBACK, Detection
from diplowire.reading.document import Document


class Generic(OutletAdapter):
    name = "generic"
    outlet = None

    def detect(self, document: Document) -> Detection:
        return Detection(self.name, FALLBACK, None, "fallback")


adapter = Generic()
