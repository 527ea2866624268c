"""The timeline: everything dated in a dossier, in order, as data, text and a picture."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from pydantic import Field

from diplowire.merge.claims import independent
from diplowire.merge.copies import origins
from diplowire.models import Agreement, Dossier, Evidence, Meeting, Statement
from diplowire.models._base import Record
from diplowire.models.kinds import KINDS, KindName
from diplowire.models.types import PartialDate

EntryKind = KindName

_COLORS = {"meeting": "#2563eb", "statement": "#059669", "agreement": "#d97706"}


class TimelineEntry(Record):
    """One dated item of a dossier.

    Both counts are of this item's own evidence (an agreement event's, not the
    agreement's): ``articles`` counts the articles it cites, ``sources`` the independent
    ones among them (wire copies of one story count once). An item with no evidence
    has 0 of each.

    >>> TimelineEntry(date="2019-11-23", kind="agreement", title="GSOMIA expires",
    ...               record="a-1", sources=2, articles=3).title
    'GSOMIA expires'
    """

    date: PartialDate = Field(description="When, at the precision the reports give.")
    kind: EntryKind = Field(description="What kind of record it comes from.")
    title: str = Field(description="One line saying what happened.")
    record: str = Field(description="Id of the meeting, statement or agreement.")
    sources: int = Field(
        ge=0,
        description="Independent articles among those its evidence cites (wire copies "
        "of one story count once).",
    )
    articles: int = Field(default=0, ge=0, description="Articles its evidence cites.")
    conflicts: list[str] = Field(
        default_factory=list, description="Fields on which the reports disagree."
    )


def timeline(dossier: Dossier) -> list[TimelineEntry]:
    """Every dated meeting, quotation and agreement event of ``dossier``, oldest first.

    Partial dates sort before the days they contain ("2019-11" before "2019-11-15").
    """
    origin = origins(dossier.copies)
    entries = [
        TimelineEntry(
            date=item.date,
            kind=kind.name,
            title=item.title,
            record=record.id,
            sources=independent(item.sources, origin),
            articles=_articles(item.sources),
            conflicts=[c.field for c in record.conflicts],
        )
        for kind in KINDS
        for record in kind.of(dossier)
        for item in _DATED[kind.name](record)
    ]
    return sorted(entries, key=lambda e: (e.date, e.kind, e.title))


class _Dated(NamedTuple):
    """One dated item of a record: a record may have several (an agreement's events)."""

    date: PartialDate
    title: str
    sources: list[Evidence]


def _meeting_items(meeting: Meeting) -> Iterator[_Dated]:
    if meeting.date is None:
        return
    names = " – ".join(p.name for p in meeting.participants)
    details = ", ".join(
        part
        for part in (
            meeting.location,
            f"{meeting.duration_minutes} min" if meeting.duration_minutes else None,
            meeting.kind.replace("_", " ")
            if meeting.kind and meeting.kind != "in_person"
            else None,
            meeting.status if meeting.status != "held" else None,
        )
        if part
    )
    yield _Dated(meeting.date, f"{names} ({details})" if details else names, meeting.sources)


def _statement_items(statement: Statement) -> Iterator[_Dated]:
    if statement.date is not None and statement.direct:
        title = f"{statement.speaker.name}: “{_clip(statement.text)}”"
        yield _Dated(statement.date, title, statement.sources)


def _agreement_items(agreement: Agreement) -> Iterator[_Dated]:
    label = agreement.acronym or agreement.name or (agreement.aliases or ["agreement"])[0]
    for event in agreement.events:
        if event.date is not None:
            yield _Dated(event.date, f"{label}: {event.kind.replace('_', ' ')}", event.sources)


_DATED: dict[str, Callable[[Any], Iterator[_Dated]]] = {
    "meeting": _meeting_items,
    "statement": _statement_items,
    "agreement": _agreement_items,
}
"""Per registered kind (:data:`~diplowire.models.kinds.KINDS`), the dated items of one
of its records: a kind with nothing dated to show yields none."""


def _articles(sources: list[Evidence]) -> int:
    return len({source.article for source in sources})


def _counts(entry: TimelineEntry) -> str:
    """ "2 sources", "2 sources in 3 articles" (a wire copy reprinted), "no evidence"."""
    if entry.articles == 0:
        return "no evidence"
    count = f"{entry.sources} source{'s' if entry.sources != 1 else ''}"
    return count if entry.articles == entry.sources else f"{count} in {entry.articles} articles"


def _clip(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render_text(entries: list[TimelineEntry]) -> str:
    """The timeline as aligned lines for a terminal."""
    lines = []
    for entry in entries:
        sources = f"[{_counts(entry)}]"
        conflict = f" conflicts: {', '.join(entry.conflicts)}" if entry.conflicts else ""
        lines.append(f"{entry.date:<10}  {entry.kind:<9}  {entry.title}  {sources}{conflict}")
    return "\n".join(lines)


def render_svg(entries: list[TimelineEntry], *, title: str = "diplowire timeline") -> str:
    """The timeline as an SVG picture: a dated axis, one coloured dot and label per item."""
    row, top, left = 26, 64, 150
    height = top + row * max(len(entries), 1) + 40
    width = 1100
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" '
        'font-size="13">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        '<text x="20" y="32" font-size="20" font-weight="bold" fill="#111827">'
        f"{html.escape(title)}</text>",
        f'<line x1="{left}" y1="{top - 14}" x2="{left}" y2="{height - 30}" '
        'stroke="#9ca3af" stroke-width="2"/>',
    ]
    legend_x = width - 330
    for index, (kind, color) in enumerate(_COLORS.items()):
        x = legend_x + index * 110
        parts.append(f'<circle cx="{x}" cy="28" r="6" fill="{color}"/>')
        parts.append(f'<text x="{x + 12}" y="32" fill="#374151">{kind}</text>')
    previous = None
    for index, entry in enumerate(entries):
        y = top + index * row
        if entry.date != previous:
            parts.append(
                f'<text x="{left - 16}" y="{y + 4}" text-anchor="end" fill="#111827" '
                f'font-weight="bold">{entry.date}</text>'
            )
            previous = entry.date
        color = _COLORS[entry.kind]
        radius = 5 + min(entry.sources, 5)
        parts.append(f'<circle cx="{left}" cy="{y}" r="{radius}" fill="{color}" opacity="0.85"/>')
        label = html.escape(entry.title)
        badge = f" · {_counts(entry)}"
        warn = " · ⚠ " + ", ".join(entry.conflicts) if entry.conflicts else ""
        parts.append(
            f'<text x="{left + 18}" y="{y + 4}" fill="#1f2937">{label}'
            f'<tspan fill="#6b7280">{html.escape(badge)}</tspan>'
            f'<tspan fill="#b91c1c">{html.escape(warn)}</tspan></text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render_html(entries: list[TimelineEntry], *, title: str = "diplowire timeline") -> str:
    """A self-contained HTML page showing the SVG timeline."""
    svg = render_svg(entries, title=title)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{margin:24px;background:#f3f4f6}svg{background:#fff;"
        "box-shadow:0 1px 4px rgba(0,0,0,.15)}</style></head>\n"
        f"<body>\n{svg}\n</body></html>\n"
    )
