"""The names of pacts: reading, cleaning and comparing them.

A name is a capitalized phrase ending in a head word ("General Security of Military
Information Agreement", "Treaty on Basic Relations between Japan and the Republic of
Korea", "New START"), perhaps followed by its acronym ("... (GSOMIA)", "..., or
GSOMIA"), or a document's name in quotes. Spellings of one name ("Indus Waters
Treaty", "Indus Water Treaty") are matched to the same draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from diplowire.extraction.agreements.pact import _Pact
from diplowire.extraction.gazetteer import alternation, gazetteer
from diplowire.extraction.prefilter import gated, led

_HEADS = (
    r"Agreements?|Treaty|Treaties|Accords?|Pact|Convention|Protocol|Arrangement|Charter|"
    r"Memorandum of Understanding|Deal|START|Compact|Consensus|Declaration"
)


_HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")


_CONNECTOR = r"(?:of|on|for|and|the|between|in|to|de|du|&)"


# A capitalized word of a pact's name, perhaps joined to the next by a hyphen or an en
# dash ("Japan-Philippines", "Fiji–Solomon Islands Security Agreement").
_CAP = r"(?:[A-Z0-9][\w'’.-]*(?:–[A-Z][\w'’.-]*)?)"


_NOT_DATE = (
    r"(?!\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)"
)


_NAME = gated(
    re.compile(
        led(
            rf"(?P<name>(?:{_CAP}\s+(?:{_CONNECTOR}\s+)*){{0,10}}(?:{_HEADS})"
            rf"(?:\s+(?:on|of|between|for|to)\s+(?:the\s+)?{_NOT_DATE}{_CAP}"
            rf"(?:(?:,\s+(?={_CAP}\s+and\s)|\s+(?:{_CONNECTOR}\s+)*){_NOT_DATE}{_CAP}){{0,8}})?)"
            rf"(?:\s*\((?P<paren>[A-Z][A-Za-z0-9-]{{1,11}}(?:\s[A-Z][A-Z0-9-]{{1,11}})?)\)"
            rf"|,\s+(?:or|also known as|known as)\s+"
            rf"(?:the\s+)?(?P<or>[A-Z][A-Za-z0-9-]{{1,11}})\b)?"
        )
    )
)


_GENERIC_HEADS = "pact|treaty|accord|agreement|deal|arrangement|convention|swap line"


_HEAD_AFTER_QUOTE = re.compile(rf"\s+({_GENERIC_HEADS})s?\b")


_QUOTED_DOCUMENT = gated(
    re.compile(
        r"\b(?:signed(?:\s+off\s+on)?|adopted|concluded|inked|agreed\s+(?:on|to))\s+"
        r"(?:a|an|the)\s+[“\"](?P<name>[^”\"]{3,60}?)[”\"]"
    )
)


_OPENERS = frozenset("The A An This That These Those Its Their In On At But And Under".split())


# "the Simla Agreement of 1972 and the Lahore Declaration": two names, each ending in
# its head, the first perhaps dated.
_TWO_NAMES = re.compile(
    rf"(?P<first>.+?\b(?:{_HEADS}))(?:\s+of\s+(?P<year>(?:19|20)\d{{2}}))?,?\s+and\s+"
    rf"(?:the\s+)?(?P<second>[A-Z].*\b(?:{_HEADS}))"
)


def _names(text: str) -> Iterator[tuple[re.Match[str], str, int, int, str | None]]:
    """Each name of :data:`_NAME` in ``text`` with its span and the year it gives, two
    where it joins two names."""
    for match in _NAME.finditer(text):
        pair = _TWO_NAMES.fullmatch(match.group("name"))
        if pair is None:
            yield match, match.group("name"), match.start(), match.end("name"), None
            continue
        offset = match.start("name")
        first_end = offset + pair.end("first")
        yield match, pair.group("first"), match.start(), first_end, pair.group("year")
        yield match, pair.group("second"), offset + pair.start("second"), match.end("name"), None


# "the North Atlantic Treaty Organization", "the HICO Convention Center": a body or a
# building named after a head word, not an agreement.
# "paragraph 2 of Article XV of the Treaty on Open Skies", "a State Party to the Treaty":
# what stands before "of the" or "to the" is a part or a party of the pact, not its name.
_PART_OF = re.compile(r"^.*\b(?:of|to)\s+the\s+")


# "The United Nations' Treaty on Prohibition of Nuclear Weapons", "the UN's Paris
# Agreement": the body that owns a pact is not part of its name.
_OWNER = re.compile(r"^.*?(?:'s|s')\s+(?=[A-Z])")


def _clean_name(raw: str) -> str | None:
    head = _HEAD_WORD.search(raw)
    if head is not None:
        part = _PART_OF.match(raw, 0, head.start())
        if part is not None:
            raw = raw[part.end() :]
        elif re.search(r"\bof\s+$", raw[: head.start()]):
            return None  # "Chief of Protocol": an office, not a pact
        owner = _OWNER.match(raw)
        if owner is not None and owner.end() <= head.start():
            raw = raw[owner.end() :]
    words = raw.split()
    while words and (words[0] in _OPENERS or words[0].lower() in ("of", "and", "the", "on")):
        words.pop(0)
    if len(words) < 2 and not (words and words[0] == "START"):
        return None
    if words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's stop: "the Charter of the United Nations."
    name = " ".join(words)
    # A name needs a capitalized word besides its head ("Basic Relations Treaty").
    capitals = [w for w in words[:-1] if w[:1].isupper()]
    return name if capitals or words[-1] == "START" else None


def _is_full_name(name: str) -> bool:
    return len(name.split()) >= 2 and not re.match(r"^(?:19|20)\d{2}\b", name)


def _find_draft(
    drafts: list[_Pact], *, name: str, acronym: str | None, edition: str | None = None
) -> _Pact | None:
    for draft in reversed(drafts):
        if edition and draft.edition and edition != draft.edition:
            continue
        if acronym and draft.acronym == acronym:
            return draft
    for draft in drafts:
        if edition and draft.edition and edition != draft.edition:
            continue
        if draft.name and _same_name(draft.name, name):
            return draft
        if draft.acronym == name or (acronym is not None and draft.name == acronym):
            return draft  # "New START" named alone, then in "... Treaty (New START)"
        if name in draft.aliases:
            return draft
    return None


def _same_name(a: str, b: str) -> bool:
    """One pact's names as copy varies them: "Indus Waters Treaty" and "Indus Water
    Treaty"; "New START" and "New START Treaty"; "Paris Agreement" and "Paris Agreement
    on Climate Change"; a name and its tail ("the Basic Relations Treaty")."""
    a_key, b_key = _name_key(a), _name_key(b)
    if a_key == b_key or a_key.endswith(b_key) or b_key.endswith(a_key):
        return True
    short, long = sorted((a_key, b_key), key=len)
    # A name and the same followed by its subject ("on Climate Change") or its head.
    return long.startswith(short + " ") and (
        _HEAD_WORD.fullmatch(long[len(short) + 1 :]) is not None
        or re.match(r"(?:on|of|for|between)\s", long[len(short) + 1 :]) is not None
    )


@cache
def _name_key(name: str) -> str:
    """A pact's name without its plural endings or a final stop, for comparing spellings;
    its head put last ("Treaty on Open Skies" is "Open Skies Treaty") and its countries
    as codes ("Moldova-EU" is "Moldova-European Union")."""
    name = name.rstrip(".")
    head_first = _HEAD_FIRST.match(name)
    if head_first is not None:
        name = f"{head_first.group('rest')} {head_first.group('head')}"
    gaz = gazetteer()
    name = _state_pattern().sub(lambda m: gaz.country_of(m.group(0)) or m.group(0), name)
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.isupper() else word
        for word in name.split()
    )


_HEAD_FIRST = re.compile(rf"^(?P<head>{_HEADS})\s+(?:on|of)\s+(?:the\s+)?(?P<rest>.+)$")


@cache
def _state_pattern() -> re.Pattern[str]:
    """Names and adjectives of states, not their capitals: "Paris" in a pact's name is
    no party."""
    gaz = gazetteer()
    forms = alternation({**gaz.country_names, **gaz.adjectives})
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)")
