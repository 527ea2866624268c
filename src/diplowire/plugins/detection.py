"""What an outlet plugin answers when asked whether a document is one of its own."""

from __future__ import annotations

from dataclasses import dataclass

HOST = 1.0
"""Score for a document whose URL's host the adapter owns."""
METADATA = 0.9
"""Score for page metadata that names the outlet (og:site_name, its own markup)."""
CHROME = 0.7
"""Score for text furniture only this outlet prints (its skip link, its title suffix)."""
WIRE_COPY = 0.4
"""Score for copy of the adapter's agency ("TOKYO (Kyodo) --") on an unknown page."""
FALLBACK = 0.01
"""Score of the generic adapter, which reads any page."""


@dataclass(frozen=True, slots=True, order=False)
class Detection:
    """An adapter's claim on a document.

    :param adapter: Name of the plugin that would parse the document.
    :param score: How sure it is, from 0 to 1 (see the constants in this module).
    :param outlet: The publisher the evidence names, or None when it names none
        (wire copy can appear on any site).
    :param reason: What the claim rests on, for a person reading the log (``-vv``).
    """

    adapter: str
    score: float
    outlet: str | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"detection score must be within [0, 1], got {self.score}")
