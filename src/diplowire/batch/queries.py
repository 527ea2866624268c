"""Questions a store answers, in SQL over its readable tables, and table exports."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from diplowire.batch.export_csv import write_csv_tables
from diplowire.batch.query_terms import closest, countries_named, country_code, date_bound
from diplowire.batch.store import Store, columns, sorted_rows_sql
from diplowire.errors import QueryError, StoreError
from diplowire.extraction.gazetteer import gazetteer
from diplowire.models.names import name_key

TABLES = ("articles", "meetings", "participants", "statements", "agreements", "agreement_events",
          "people", "sources", "failures")  # fmt: skip
"""Tables that ``export --format csv|parquet`` writes, one file each."""


def meetings_between(
    store: Store, between: tuple[str, str] | None, since: str | None, until: str | None
) -> Iterator[dict[str, object]]:
    """Meetings (optionally between two countries) dated within ``since``..``until``.

    Countries are ISO codes or names; dates are ISO at any precision; anything else is a
    :class:`~diplowire.errors.QueryError`. A side counts as present when a participant,
    the meeting's own countries or, for a participant whose country is not recorded,
    another record of that person, the meeting's place or the story around it names it;
    such rows carry a ``note`` saying what was inferred, instead of being dropped.
    """
    codes = tuple(country_code(c) for c in between) if between else ()
    since, until = date_bound(since, "--since"), date_bound(until, "--until")
    sql = "SELECT id, date, participants, location, countries FROM meetings WHERE 1=1"
    parameters: list[object] = []
    if since:
        sql += " AND date >= ?"
        parameters.append(since)
    if until:
        # "2019-12" includes every day of December: compare against its last possible string.
        sql += " AND date <= ?"
        parameters.append(until + "~")
    for row in store.rows(sql + " ORDER BY date, id", parameters):
        note = _sides_present(store, row, codes) if codes else ""
        if note is None:
            continue
        del row["countries"]
        yield {**row, "note": note}


def _sides_present(store: Store, meeting: dict[str, object], codes: tuple[str, ...]) -> str | None:
    """``""`` when the record names every country of ``codes``, a note when some are
    inferred for participants whose country is not recorded, None when a side is absent."""
    known = set(filter(None, str(meeting["countries"] or "").split(",")))
    unknown: list[str] = []
    for person in store.rows(
        "SELECT p.name, coalesce(p.country, people.country) AS country FROM participants p "
        "LEFT JOIN people ON people.key = p.key WHERE p.meeting = ?",
        (meeting["id"],),
    ):
        if person["country"]:
            known.add(str(person["country"]))
        else:
            unknown.append(str(person["name"]))
    missing = [code for code in codes if code not in known]
    if not missing:
        return ""
    if len(missing) > len(unknown):
        return None
    place = gazetteer().country_of(str(meeting["location"] or ""))
    story = countries_named(
        str(r["body"])
        for r in store.rows(
            "SELECT DISTINCT a.body FROM sources s JOIN articles a ON a.id = s.article "
            "WHERE s.record = ?",
            (meeting["id"],),
        )
    )
    reasons = []
    for code in missing:
        if code == place:
            reasons.append(f"{code} from the place")
        elif code in story:
            reasons.append(f"{code} from the story")
        else:
            return None
    return f"country not recorded for {', '.join(unknown)}; {', '.join(reasons)}"


def agreement_timeline(store: Store, name: str) -> Iterator[dict[str, object]]:
    """The dated events of the agreement with this acronym, name or alias.

    :raises QueryError: when no stored agreement goes by ``name``; the message lists
        the nearest names the store knows.
    """
    agreements = list(
        store.rows(
            "SELECT id, name, acronym, json_extract(json, '$.aliases') AS aliases FROM agreements"
        )
    )
    wanted = name.strip().casefold()
    found = [a["id"] for a in agreements if wanted in _agreement_names(a)]
    if not found:
        every = [n for a in agreements for n in _agreement_names(a, folded=False)]
        raise QueryError(f"no stored agreement goes by {name!r}", candidates=closest(name, every))
    marks = ",".join("?" * len(found))
    yield from store.rows(
        f"SELECT e.date, e.kind, e.actor FROM agreement_events e WHERE e.agreement IN ({marks}) "
        "ORDER BY coalesce(e.date, '9999'), e.kind",
        found,
    )


def _agreement_names(agreement: dict[str, object], *, folded: bool = True) -> list[str]:
    names = [
        agreement["acronym"],
        agreement["name"],
        *json.loads(str(agreement["aliases"] or "[]")),
    ]
    return [str(n).casefold() if folded else str(n) for n in names if n]


def said_by(store: Store, person: str) -> Iterator[dict[str, object]]:
    """Everything the person (any spelling, or a surname alone) is reported to have said.

    :raises QueryError: when no speaker goes by ``person``, or a surname fits several
        (the message lists them).
    """
    speakers = {
        str(r["speaker_key"]): str(r["speaker"])
        for r in store.rows("SELECT DISTINCT speaker_key, speaker FROM statements")
        if r["speaker_key"]
    }
    key = name_key(person)
    if key not in speakers:
        tokens = set(key.split())
        fits = [k for k in speakers if tokens and tokens <= set(k.split())]
        if len(fits) != 1:
            problem = "fits several speakers" if fits else "is not a speaker in the store"
            candidates = [speakers[k] for k in fits] or closest(person, speakers.values())
            raise QueryError(f"{person!r} {problem}", candidates=sorted(candidates))
        key = fits[0]
    yield from store.rows(
        "SELECT date, text, direct FROM statements WHERE speaker_key = ? ORDER BY date, id",
        (key,),
    )


def write_tables(store: Store, directory: Path, fmt: str, *, bom: bool = False) -> None:
    """One CSV (see :mod:`diplowire.batch.export_csv`) or Parquet file per table of the store."""
    if fmt == "csv":
        write_csv_tables(store, directory, TABLES, bom=bom)
        return
    directory.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        values = list(store.db.execute(sorted_rows_sql(table)))
        write_parquet(directory / f"{table}.parquet", columns(table), values)


def write_parquet(
    path: Path, table_columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[object]]
) -> None:
    """Write rows as one Parquet file, typed as the store declares its columns.

    Declared types, not types guessed from the values, so that every file of a table
    (one per partition of a distributed run) has the same schema, even a file whose
    column holds only nulls. The file appears whole or not at all: it is written
    beside its final name and renamed.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError(
            "Parquet export needs pyarrow: pip install 'diplowire[parquet]'", stage="export"
        ) from exc
    schema = pa.schema(
        [(name, pa.int64() if kind == "INTEGER" else pa.string()) for name, kind in table_columns]
    )
    data = {name: [row[i] for row in rows] for i, (name, _) in enumerate(table_columns)}
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(pa.table(data, schema=schema), partial)
    partial.replace(path)
