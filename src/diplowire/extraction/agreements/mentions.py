"""Where a sentence names a pact, by its name or by its acronym.

Each name or acronym found becomes (or joins) a draft pact, with the span it covers
in the sentence, so that event cues are credited to the mention nearest to them.
"""

from __future__ import annotations

import re

from diplowire.extraction.agreements.acronyms import (
    _ACRONYM,
    _PACT_AFTER,
    _bodies,
    _known_acronym_of,
    acronym_fits,
    known_acronyms,
)
from diplowire.extraction.agreements.acts import _acts
from diplowire.extraction.agreements.editions import _QUALIFIED, _edition
from diplowire.extraction.agreements.names import _clean_name, _find_draft, _is_full_name, _names
from diplowire.extraction.agreements.pact import _Pact
from diplowire.extraction.context import Sentence


def _may_mention(sentence: Sentence, drafts: list[_Pact]) -> bool:
    """Whether a sentence without a pact word may still name one: in quotes, or by the
    acronym of one named before."""
    text = sentence.norm
    return (
        "“" in text
        or '"' in text
        or (bool(drafts) and any(d.acronym is not None and d.acronym in text for d in drafts))
    )


def _named_in(sentence: Sentence, drafts: list[_Pact]) -> list[tuple[_Pact, int, int]]:
    found: list[tuple[_Pact, int, int]] = []
    text = sentence.norm
    for match, raw, start, end, year in _names(text):
        name = _clean_name(raw)
        if name is None or _acts().institution.match(text, match.end("name")):
            continue
        leading = re.match(r"^((?:19|20)\d{2})\s+(.+)$", name)
        if leading is not None:
            year, name = leading.groups()  # "the 2001 Treaty of ...": signed in 2001
        own = match.group("paren") or match.group("or") if end == match.end("name") else None
        acronym = own or _known_acronym_of(name)
        edition = _edition(name, text[: match.start()])
        draft = _find_draft(drafts, name=name, acronym=acronym, edition=edition)
        if draft is None:
            draft = _Pact(edition=edition)
            drafts.append(draft)
        draft.edition = draft.edition or edition
        if _is_full_name(name):
            draft.name = draft.name or name
        elif name not in draft.aliases:
            draft.aliases.append(name)
        draft.acronym = draft.acronym or acronym
        draft.year = draft.year or year
        found.append((draft, start, match.end() if end == match.end("name") else end))
    known_pacts = known_acronyms()
    for match in _ACRONYM.finditer(text):
        acronym = match.group(0)
        if any(s <= match.start() < e for _, s, e in found):
            continue
        if not any(d.acronym == acronym for d in drafts) and not (
            acronym in known_pacts or _PACT_AFTER.match(text, match.end())
        ):
            continue
        if acronym not in known_pacts and acronym in _bodies():
            continue  # "ratified NATO accord with Macedonia": the body's, not the pact's name
        before = text[: match.start()]
        edition = _edition("", before)
        draft = _find_draft(drafts, name=acronym, acronym=acronym, edition=edition)
        if draft is None:
            # "..., which is also known as GSOMIA": the named pact whose initials it is.
            draft = next(
                (
                    d
                    for d in reversed(drafts)
                    if d.name and not d.acronym and acronym_fits(acronym, d.name)
                ),
                None,
            )
            if draft is not None:
                draft.acronym = acronym
        if draft is None:
            # "the current six-year SMA" while the 12th SMA is negotiated: another edition.
            draft = _Pact(acronym=acronym, edition=edition)
            qualified = _QUALIFIED.search(before)
            if qualified is not None:
                draft.aliases.append(qualified.group(0).strip() + f" {acronym}")
            drafts.append(draft)
        found.append((draft, match.start(), match.end()))
    return found
