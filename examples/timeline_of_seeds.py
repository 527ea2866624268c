"""Extract the demo corpus and print its timeline.

python examples/timeline_of_seeds.py
"""

from __future__ import annotations

from pathlib import Path

import diplowire
from diplowire.timeline import render_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

dossier = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json")
print(
    f"{len(dossier.articles)} articles, {len(dossier.meetings)} meetings, "
    f"{len(dossier.agreements)} agreements"
)
print(render_text(diplowire.timeline(dossier)))
