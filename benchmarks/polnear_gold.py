"""PolNeAR's attributions as gold direct quotations (the conversion ``polnear.py`` scores).

PolNeAR (Newell, Margolin and Ruths, LREC 2018) marks every attribution of a news
article as brat standoff: text spans (``T`` lines: ``Source``, ``Cue``, ``Content``,
possibly in several fragments ``a b;c d``) tied together by one event per attribution
(``E`` lines: ``Attribution:T4 Source:T1 Cue:T2 Content:T3``; ``Attribution-no-source``
when the text names nobody). Offsets count characters of the article's text file.

The rules that turn attributions into direct quotations:

* **Quote runs** are read from the article text, paragraph by paragraph: the words
  between an opening mark and the next closing one. Marks are the curly ``“ ”``, the
  straight ``"`` and the doubled apostrophe ``''`` of the New York Times' archive;
  straight and doubled marks open when no run is open and close when one is, and any
  double mark closes an open run (copy mixes curly and straight). Single marks
  (``‘ ’``) are nested quotes or apostrophes and never delimit a run.
* **Several paragraphs**: a run still open at the end of its paragraph continues when
  the next paragraph opens with a quote mark (the newspaper convention for a long quote);
  it is one quotation. A run open at a paragraph end with no such continuation ends there.
* **Gold quotation**: a run whose characters lie at least half inside one attribution
  (its content; its source and cue count too when the marks enclose them, as in a
  transcript's ``"WALLACE: Why now?``); its speaker is that attribution's source. Runs
  inside no content (scare quotes, titles, nicknames) are kept apart as *unattributed*:
  predicting one is an extra.
* **Several runs in one content** (``“We hope,” he said, “to ...”``): each run is its own
  quotation, as in the project's own gold format; they share the speaker.
* **Partial quotes**: a content with words outside its quote marks is a paraphrase with
  quoted words; each run is still a quotation, marked ``partial``. A partial run of fewer
  than :data:`SHORT_FRAGMENT` words (``called them "deplorables"``) is *optional*:
  finding it costs nothing, missing it costs nothing.
* **Speaker kind**: ``none`` (no source span), ``pronoun`` (every word a pronoun: "he",
  "they"), ``named`` (the head of the source phrase is a capitalized word: "Trump",
  "Sen. Ted Cruz (R-Texas)", "The New York Times"), else ``nominal`` ("the official",
  "a Trump spokesman", "aides to Mr. Trump"). The head is the last word of the phrase
  before its first comma, parenthesis, relative "who" or a preposition after a
  lower-case word; a possessive ``'s`` and ``Jr.`` / ``Sr.`` / ``II`` / ``III`` are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from diplowire.errors import GoldError
from diplowire.extraction import lexicon

Span = tuple[int, int]
SpeakerKind = Literal["named", "pronoun", "nominal", "none"]

SHORT_FRAGMENT = 3
"""A quoted fragment inside a paraphrase with fewer words than this is optional."""

COVERED = 0.5
"""Share of a quote run's characters that must lie inside an attribution's content."""

_SPAN_LINE = re.compile(r"T\d+\t(?P<type>[^\t ]+) (?P<spans>\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_EVENT_LINE = re.compile(r"E\d+\t(?P<roles>.+)$")
# Any line of a brat file starts with an id and a tab; a span whose text holds a line
# break continues on the next lines, which start with neither.
_ANY_ID = re.compile(r"(?:[TERAMN]\d+|#\d*)\t")
_CONTENT_ROLE = re.compile(r"Content\d*")
_MARK = re.compile(r"“|”|''|\"")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HEAD_CUT = re.compile(r",|\(|\s[-–—]\s|\swho\b|\swhich\b")
_PREPOSITION = re.compile(r"(?<=[a-z]) (?:of|to|for|at|from|with|in|on|close to) ")
_SUFFIX = re.compile(r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))+$")

# Who the scorer calls a pronoun speaker: the definition of the benchmark, not a rule
# of the extractor, so it lives here and not in a lexicon.
_PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their one who whom "
    "which that this these those himself herself themselves itself ourselves "
    "both each either neither all some many others another".split()
)


@dataclass(frozen=True)
class Attribution:
    """One attribution of a PolNeAR file: its source, cue and content spans."""

    id: str
    sources: tuple[Span, ...]
    cues: tuple[Span, ...]
    contents: tuple[Span, ...]


@dataclass(frozen=True)
class QuoteRun:
    """Words between quote marks; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    closed: bool
    paragraphs: int = 1
    marks: str = ""
    """The opening marks of its paragraphs, e.g. ``“`` or ``''``."""
    continues: bool = False
    """Open at the end of its paragraph, and the next paragraph opens with a mark."""


@dataclass(frozen=True)
class GoldQuote:
    """A direct quotation as PolNeAR's annotation gives it."""

    start: int
    end: int
    text: str
    attribution: str
    speaker: str | None
    speaker_kind: SpeakerKind
    partial: bool
    optional: bool
    run: QuoteRun
    source_spans: tuple[Span, ...] = field(default=())
    cue: str = ""


@dataclass(frozen=True)
class ArticleGold:
    """The gold quotations of one article and its quoted words no attribution claims."""

    quotes: list[GoldQuote]
    unattributed: list[QuoteRun]


def read_ann(ann: str, *, source: str = "<ann>") -> list[Attribution]:
    """The attributions of a brat ``.ann`` text, in file order.

    :raises GoldError: a line that is not brat, or an event naming a span it lacks.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, list[tuple[str, str]], int]] = []
    # Characters of the last span's text still to come on continuation lines.
    pending = 0
    for number, line in enumerate(ann.splitlines(), start=1):
        if not _ANY_ID.match(line):
            if pending > 0 or not line.strip():
                pending -= len(line) + 1
                continue
            raise GoldError(f"line {number} is not a brat annotation: {line[:60]!r}", source=source)
        pending = 0
        if line.startswith("T"):
            match = _SPAN_LINE.match(line)
            if match is None:
                raise GoldError(f"line {number}: a span line without offsets", source=source)
            fragments = tuple(
                (int(a), int(b)) for a, b in (p.split() for p in match["spans"].split(";"))
            )
            if any(a > b for a, b in fragments):
                raise GoldError(f"line {number}: a span ends before it starts", source=source)
            spans[line.split("\t", 1)[0]] = (match["type"], fragments)
            written = sum(b - a for a, b in fragments) + len(fragments) - 1
            pending = written - len(line[match.end() :])
        elif line.startswith("E"):
            match = _EVENT_LINE.match(line)
            roles = [tuple(r.split(":", 1)) for r in match["roles"].split()] if match else []
            if not roles or any(len(r) != 2 for r in roles):
                raise GoldError(f"line {number}: an event without roles", source=source)
            events.append((line.split("\t", 1)[0], [(r[0], r[1]) for r in roles], number))
    found = []
    for event_id, roles, number in events:
        parts: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
        for role, span_id in roles:
            if span_id not in spans:
                raise GoldError(f"line {number}: {event_id} names unknown {span_id}", source=source)
            if role == "Source":
                parts["source"].extend(spans[span_id][1])
            elif role == "Cue":
                parts["cue"].extend(spans[span_id][1])
            elif _CONTENT_ROLE.fullmatch(role):
                parts["content"].extend(spans[span_id][1])
        found.append(
            Attribution(
                id=event_id,
                sources=tuple(sorted(parts["source"])),
                cues=tuple(sorted(parts["cue"])),
                contents=tuple(sorted(parts["content"])),
            )
        )
    return found


def _paragraphs(text: str) -> list[Span]:
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


# A curly run closes with either closing mark, as copy mixes them; a second “ means
# the first was never closed. A straight or doubled run closes with its own mark, or
# with a ” that no inner “ opened: curly pairs inside it are a nested quote.
def _runs_in(text: str, start: int, end: int) -> list[QuoteRun]:
    runs = []
    opened: tuple[int, str] | None = None
    nested = 0
    for match in _MARK.finditer(text, start, end):
        mark = match.group()
        if opened is None:
            if mark != "”":  # a closing mark with nothing open is a stray
                opened, nested = (match.end(), mark), 0
        elif opened[1] == "“" and mark == "“":
            runs.append(QuoteRun(opened[0], match.start(), closed=False, marks=opened[1]))
            opened = (match.end(), mark)
        elif opened[1] != "“" and mark == "“":
            nested += 1
        elif opened[1] != "“" and mark == "”" and nested:
            nested -= 1
        elif opened[1] == "“" or mark in (opened[1], "”"):
            runs.append(QuoteRun(opened[0], match.start(), closed=True, marks=opened[1]))
            opened = None
    if opened is not None:
        runs.append(QuoteRun(opened[0], end, closed=False, marks=opened[1]))
    return runs


def quote_runs(text: str) -> list[QuoteRun]:
    """Every run of quoted words in ``text``, paragraph by paragraph, in text order.

    A run open at the end of its paragraph ``continues`` when the next paragraph opens
    with a quote mark; :func:`gold_quotes` joins such runs when one attribution claims them.

    >>> t = 'He said: “One.\\n\\n“Two,” and "three “four.”"'
    >>> [(t[r.start:r.end], r.continues) for r in quote_runs(t)]
    [('One.', True), ('Two,', False), ('three “four.”', False)]
    """
    runs: list[QuoteRun] = []
    for start, end in _paragraphs(text):
        found = _runs_in(text, start, end)
        first_char = start + len(text[start:end]) - len(text[start:end].lstrip())
        opens_with_mark = bool(found) and found[0].start - len(found[0].marks) == first_char
        if runs and runs[-1].continues and not opens_with_mark:
            runs[-1] = replace(runs[-1], continues=False)
        if found and not found[-1].closed and found[-1].end == end:
            found[-1] = replace(found[-1], continues=True)
        runs.extend(found)
    if runs and runs[-1].continues:
        runs[-1] = replace(runs[-1], continues=False)
    return runs


def _join(runs: Sequence[QuoteRun]) -> QuoteRun:
    """One quotation of the runs of consecutive paragraphs."""
    return QuoteRun(
        runs[0].start,
        runs[-1].end,
        closed=runs[-1].closed,
        paragraphs=len(runs),
        marks="".join(r.marks for r in runs),
    )


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covered(run: QuoteRun, spans: Iterable[Span]) -> int:
    return sum(_overlap((run.start, run.end), span) for span in spans)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _title_words() -> frozenset[str]:
    titles = lexicon.load("titles")
    words: set[str] = set()
    for value in titles.values():
        if isinstance(value, list):
            for title in value:
                words.update(w.casefold() for w in str(title).split())
    return frozenset(words)


def named_head(phrase: str) -> tuple[str, list[str]] | None:
    """The surname and the given names of a named speaker, or None when it names nobody.

    >>> named_head("Sen. Ted Cruz (R-Texas)")
    ('Cruz', ['Ted'])
    >>> named_head("aides to Mr. Trump") is None, named_head("President Obama")
    (True, ('Obama', []))
    """
    cut = _HEAD_CUT.search(phrase)
    head = phrase[: cut.start()] if cut else phrase
    preposition = _PREPOSITION.search(head)
    head = _SUFFIX.sub("", head[: preposition.start()] if preposition else head).strip()
    words = _words(head)
    if not words:
        return None
    last = re.sub(r"['’]s$", "", words[-1])
    if not last[:1].isupper() or last.casefold() in _PRONOUNS:
        return None
    titles = _title_words()
    before = head[: head.rfind(words[-1])].split()
    given = [
        w
        for w in before
        if w[:1].isupper()
        and not w.endswith(".")
        and w.casefold() not in titles
        and w.casefold() not in _PRONOUNS
        and w.casefold() not in {"the", "a", "an"}
    ]
    return last, given


def speaker_kind(phrase: str | None) -> SpeakerKind:
    """How a source phrase names its speaker (see the module's rules).

    >>> [speaker_kind(p) for p in ("He", "Mr. Trump", "the official", None)]
    ['pronoun', 'named', 'nominal', 'none']
    """
    if not phrase or not _words(phrase):
        return "none"
    if all(w.casefold() in _PRONOUNS for w in _words(phrase)):
        return "pronoun"
    return "named" if named_head(phrase) else "nominal"


def _partial(text: str, attribution: Attribution, runs: Sequence[QuoteRun]) -> bool:
    """Whether the content has words outside its quote runs."""
    for a, b in attribution.contents:
        inside = sorted(
            (max(a, r.start), min(b, r.end)) for r in runs if _overlap((a, b), (r.start, r.end))
        )
        position = a
        for start, end in inside:
            if _words(text[position:start].replace("''", " ")):
                return True
            position = max(position, end)
        if _words(text[position:b].replace("''", " ")):
            return True
    return False


def _owners(
    runs: Sequence[QuoteRun], attributions: Sequence[Attribution]
) -> list[Attribution | None]:
    """The attribution that holds enough of each run, if any."""
    owners: list[Attribution | None] = []
    for run in runs:
        length = run.end - run.start
        best = max(attributions, key=lambda a: _covered(run, a.contents), default=None)
        claimed = (
            best is not None
            and _covered(run, best.contents) > 0
            and _covered(run, best.contents + best.sources + best.cues) >= COVERED * length
        )
        owners.append(best if claimed else None)
    return owners


def gold_quotes(text: str, attributions: Sequence[Attribution]) -> ArticleGold:
    """The direct quotations of an article: its quote runs that attributions claim."""
    runs = quote_runs(text)
    owners = _owners(runs, attributions)
    groups: list[tuple[list[QuoteRun], Attribution | None]] = []
    for index, run in enumerate(runs):
        joins = index > 0 and runs[index - 1].continues and owners[index - 1] is owners[index]
        if joins:
            groups[-1][0].append(run)
        else:
            groups.append(([run], owners[index]))
    unattributed = [_join(pieces) for pieces, owner in groups if owner is None]
    quotes = []
    for pieces, attribution in groups:
        if attribution is None:
            continue
        run = _join(pieces)
        claimed = [r for r, o in zip(runs, owners, strict=True) if o is attribution]
        partial = _partial(text, attribution, claimed)
        words = _words(text[run.start : run.end])
        speaker = " ".join(text[a:b] for a, b in attribution.sources) or None
        quotes.append(
            GoldQuote(
                start=run.start,
                end=run.end,
                text=text[run.start : run.end].strip(),
                attribution=attribution.id,
                speaker=speaker,
                speaker_kind=speaker_kind(speaker),
                partial=partial,
                optional=partial and len(words) < SHORT_FRAGMENT,
                run=run,
                source_spans=attribution.sources,
                cue=" ".join(text[a:b] for a, b in attribution.cues),
            )
        )
    return ArticleGold(quotes=quotes, unattributed=unattributed)
