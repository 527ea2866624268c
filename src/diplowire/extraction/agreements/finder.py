"""The agreements of one article, as records.

:func:`find` reads the sentences that may mention a pact for names, acronyms, quoted
document names and later references, merges the drafts, reads their events and
keeps the pacts worth a record: named, or dated, or come back to, and not only cited
as a norm.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.agreements.events import _read_events
from diplowire.extraction.agreements.mentions import _may_mention, _named_in
from diplowire.extraction.agreements.names import _HEAD_AFTER_QUOTE, _QUOTED_DOCUMENT, _same_name
from diplowire.extraction.agreements.pact import _Pact
from diplowire.extraction.agreements.parties import _parties
from diplowire.extraction.agreements.references import (
    _generic,
    _generic_target,
    _labelled,
    _labelled_target,
    _merge_unnamed,
    _refers_back,
)
from diplowire.extraction.context import Context
from diplowire.extraction.dates import DateMention
from diplowire.extraction.triggers import PACT
from diplowire.models import Agreement, AgreementEventKind

# Every agreement mention holds one of these words, a quote mark, or an acronym.
PACT_WORDS = (
    "agreement", "treat", "accord", "pact", "convention", "protocol", "arrangement", "charter",
    "memorandum", "deal", "compact", "consensus", "swap", "declaration", "initiative",
)  # fmt: skip


def find(
    context: Context, dates: Mapping[int, list[DateMention]], triggers: Sequence[int]
) -> list[Agreement]:
    """The agreements an article names, with their lifecycle events.

    Sentences whose ``triggers`` lack :data:`~diplowire.extraction.triggers.PACT` are
    read only for quoted document names, acronyms met earlier and "It" referring back.
    """
    drafts: list[_Pact] = []
    current: _Pact | None = None
    # Where each sentence mentions which agreement (None: one that is not recorded),
    # so that an event cue is credited to the mention nearest to it.
    spans: dict[int, list[tuple[int, int, _Pact | None]]] = {}
    for sentence in context.sentences:
        if not (triggers[sentence.index] & PACT or _may_mention(sentence, drafts)):
            # No head word, no known acronym: only "It ..." can still refer to a pact.
            if current is not None and _refers_back(sentence):
                current.add_sentence(sentence)
                spans[sentence.index] = [(0, 2, current)]
            continue
        here = spans.setdefault(sentence.index, [])
        for draft, start, end in _named_in(sentence, drafts):
            draft.add_sentence(sentence)
            here.append((start, end, draft))
            current = draft
        for match in _QUOTED_DOCUMENT.finditer(sentence.norm):
            # "signed off on a "commitment to consult"": a document named in quotes.
            phrase = match.group("name").strip(" ,.")
            head = _HEAD_AFTER_QUOTE.match(sentence.norm, match.end())
            if head is not None:
                phrase += " " + head.group(
                    1
                )  # 'signed the "comprehensive strategic partnership" treaty'
            # "signed the “Reciprocal Access Agreement”": a name in quotes is that pact.
            document = next(
                (
                    d
                    for d in drafts
                    if phrase in d.aliases or (d.name is not None and _same_name(d.name, phrase))
                ),
                None,
            )
            if document is None:
                document = _Pact(aliases=[phrase])
                drafts.append(document)
            document.add_sentence(sentence)
            here.append((match.start("name"), match.end("name"), document))
        for match in _generic(sentence.norm):
            target = _generic_target(match, current, drafts, sentence)
            here.append((match.start(), match.end(), target))
            if target is not None:
                target.add_sentence(sentence)
                current = current or target
        for match in _labelled(sentence.norm, here):
            target = _labelled_target(match, drafts, current)
            here.append((match.start(), match.end(), target))
            target.add_sentence(sentence)
            current = target
        if not here and current is not None and _refers_back(sentence):
            current.add_sentence(sentence)
            here.append((0, 2, current))
    merged = _merge_unnamed(drafts)
    for draft in drafts:
        if draft not in merged:
            into = next(d for d in merged if set(draft.sentences) <= set(d.sentences))
            for spans_here in spans.values():
                spans_here[:] = [(s, e, into if t is draft else t) for s, e, t in spans_here]
    events_at: dict[int, list[tuple[AgreementEventKind, re.Match[str]]]] = {}
    for draft in merged:
        _read_events(draft, context, dates, spans, events_at)
    return [
        _record(draft, context, index)
        for index, draft in enumerate(merged)
        # An unnamed pact is kept when the article dates something about it, or names it
        # by place or by its parties ("the Korea-China free trade agreement").
        if (
            draft.name
            or draft.acronym
            or (draft.aliases and (draft.events or draft.year or _specific(draft.aliases)))
        )
        # A described pact is one pact when the story dates something of it or comes back
        # to it; a passing mention ("unlike the Iran nuclear deal") is none.
        and (
            draft.described_by is None
            or draft.events
            or (len(draft.sentences) > 1 and not draft.needs_event)
        )
        and not _only_cited(draft, spans)
    ]


@cache
def _norm_reference() -> re.Pattern[str]:
    words = "|".join(lexicon.words("agreements", "norm_references", default=[]))
    # The citing words, then at most a few more ("of the sovereignty of both countries,
    # international law, and the").
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’-]+,?\s+){{0,10}}$", re.IGNORECASE)


def _only_cited(draft: _Pact, spans: dict[int, list[tuple[int, int, _Pact | None]]]) -> bool:
    """True for a pact with no event that the story only cites as a norm."""
    if draft.events or not lexicon.words("agreements", "norm_references", default=[]):
        return False
    cited = _norm_reference()
    for sentence in draft.sentences:
        for start, _end, target in spans.get(sentence.index, []):
            if target is draft and not cited.search(sentence.norm[max(0, start - 100) : start]):
                return False
    return True


def _specific(aliases: list[str]) -> bool:
    return any(re.search(r"\b[A-Z][a-z]+", alias) for alias in aliases)


def _record(draft: _Pact, context: Context, index: int) -> Agreement:
    return Agreement(
        id=f"{context.article.id}-a{index}",
        name=draft.name,
        acronym=draft.acronym,
        aliases=draft.aliases,
        parties=_parties(draft),
        renewal=draft.renewal,
        events=draft.events,
        sources=[context.evidence(s) for s in draft.sentences[:1]],
    )
