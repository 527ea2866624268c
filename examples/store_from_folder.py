"""Build a store from a folder of saved pages, then ask it questions in SQL.

python examples/store_from_folder.py [FOLDER] [DATABASE]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from diplowire.batch.ingest import ingest
from diplowire.batch.store import Store

ROOT = Path(__file__).resolve().parent.parent
folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds"
database = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "news.db"
manifest = folder / "manifest.json"

summary = ingest([folder], database, manifest=manifest if manifest.exists() else None, workers=0)
print(summary.line())
with Store(database) as store:
    for row in store.rows(
        "SELECT date, participants, count(DISTINCT outlet) AS outlets FROM meeting_sources "
        "GROUP BY meeting ORDER BY date"
    ):
        print(f"{row['date']}  {row['participants']}  ({row['outlets']} outlets)")
