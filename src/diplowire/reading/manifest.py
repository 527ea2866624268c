"""Manifests: what a user knows about their documents (URL, date, outlet).

A manifest is a JSON list of objects, or a CSV file with a header, with the columns
``path``, ``url``, ``published`` and ``outlet``; every column but one of ``path`` and
``url`` may be left out. Paths are relative to the manifest file. A URL may stand in
for the path (the document is then fetched, which comes with ``diplowire fetch``).

A date a user writes in ``published`` is an authority: it overrides the page. The
manifests ``diplowire fetch`` writes also say where each value came from:
``published_from`` is ``page`` (the page's own metadata) or ``last-modified`` (the
server's header), and such a date only stands in when the page carries none of its
own; ``fetched_url`` is the address downloaded when ``url`` is the page's canonical URL.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from diplowire.errors import ManifestError
from diplowire.models.types import normalize_date

COLUMNS = ("path", "url", "published", "outlet", "published_from", "fetched_url")

HINT_ORIGINS = ("page", "last-modified")
"""Values of ``published_from`` that make ``published`` a hint rather than an authority."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One manifest row."""

    path: Path | None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    published_from: str | None = None
    """None for a date the user gives; one of :data:`HINT_ORIGINS` for a hint."""
    fetched_url: str | None = None


class Manifest:
    """The rows of a manifest file, looked up by path or URL.

    :param entries: The rows.
    :param origin: The manifest file, for error messages.
    :param folder: The folder its relative paths start from (the manifest file's).
    """

    def __init__(
        self, entries: list[Entry], origin: str | None = None, folder: Path | None = None
    ) -> None:
        self.entries = entries
        self.origin = origin
        self.folder = folder
        self._by_path = {e.path.resolve(): e for e in entries if e.path is not None}
        self._by_url = {u: e for e in entries for u in (e.fetched_url, e.url) if u}

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def holds(self, path: Path) -> bool:
        """True when ``path`` (links resolved) lies inside the manifest's folder.

        A manifest built in code, with no folder, holds every path.
        """
        if self.folder is None:
            return True
        folder = os.path.realpath(self.folder)
        return os.path.commonpath([folder, os.path.realpath(path)]) == folder

    def lookup(self, path: Path | None = None, url: str | None = None) -> Entry | None:
        """The row for a document's path or URL, if any."""
        if path is not None:
            entry = self._by_path.get(path.resolve())
            if entry is not None:
                return entry
        return self._by_url.get(url) if url else None

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        """Read a ``.json`` or ``.csv`` manifest."""
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise ManifestError("manifest not found", source=str(path)) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ManifestError(f"manifest cannot be read: {exc}", source=str(path)) from exc
        rows: list[object]
        if path.suffix.lower() == ".csv":
            rows = list(csv.DictReader(raw.splitlines()))
        else:
            try:
                rows = json.loads(raw)
            except ValueError as exc:
                raise ManifestError(f"manifest is not valid JSON: {exc}", source=str(path)) from exc
            if not isinstance(rows, list):
                raise ManifestError("a JSON manifest must be a list of objects", source=str(path))
        base = path.resolve().parent
        return cls(
            [_entry(row, index, base, str(path)) for index, row in enumerate(rows)],
            str(path),
            base,
        )


def _entry(row: object, index: int, base: Path, origin: str) -> Entry:
    where = f"row {index + 1}"
    if not isinstance(row, Mapping):
        raise ManifestError(f"{where} is not an object", source=origin)
    unknown = set(row) - set(COLUMNS)
    if unknown:
        raise ManifestError(
            f"{where} has unknown columns: {', '.join(sorted(unknown))}", source=origin
        )
    values = {
        key: (str(row[key]).strip() or None) if row.get(key) is not None else None
        for key in COLUMNS
    }
    if not values["path"] and not values["url"]:
        raise ManifestError(f"{where} has neither path nor url", source=origin)
    if values["published"]:
        try:
            values["published"] = normalize_date(values["published"])
        except ValueError as exc:
            raise ManifestError(f"{where}: {exc}", source=origin) from exc
    origin_of_date = values["published_from"]
    if origin_of_date is not None and origin_of_date not in HINT_ORIGINS:
        raise ManifestError(
            f"{where}: published_from must be one of {', '.join(HINT_ORIGINS)}, "
            f"not {origin_of_date!r}",
            source=origin,
        )
    path = base / values["path"] if values["path"] else None
    return Entry(
        path=path,
        url=values["url"],
        published=values["published"],
        outlet=values["outlet"],
        published_from=origin_of_date,
        fetched_url=values["fetched_url"],
    )
