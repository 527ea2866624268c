"""The parties of a pact.

Countries joined in its name or a description ("the South Korea-Japan ..."), two
states its sentences say sign it or are between, else the countries its sentences
name most often.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.agreements.pact import _Pact
from diplowire.extraction.gazetteer import alternation, gazetteer


@cache
def _country_pattern() -> re.Pattern[str]:
    gaz = gazetteer()
    forms = {**gaz.country_names, **gaz.adjectives, **gaz.metonyms}
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])")


@cache
def _compound() -> re.Pattern[str]:
    """Countries joined by hyphens or dashes: "South Korea-Japan", "U.S.-Russian"."""
    gaz = gazetteer()
    forms = alternation({**gaz.country_names, **gaz.adjectives, **gaz.metonyms})
    return re.compile(rf"(?<![\w-])(?:{forms})(?:\s?[-–—]\s?(?:{forms}))+(?![\w])")


def _compound_parties(name: str) -> set[str]:
    gaz = gazetteer()
    forms = _country_pattern()
    codes: set[str] = set()
    for compound in _compound().finditer(name):
        for part in re.split(r"\s?[-–—]\s?", compound.group(0)):
            if forms.fullmatch(part):
                code = gaz.country_of(part)
                if code:
                    codes.add(code)
    return codes


@cache
def _pair_pattern() -> re.Pattern[str]:
    """Two states doing what parties do ("Japan and the Philippines signed", "South Korea
    and Japan signed a pact") or between whom a pact is ("between Armenia and
    Azerbaijan"); the verbs are ``party_verbs`` in the agreements lexicon."""
    gaz = gazetteer()
    state = alternation({**gaz.country_names, **gaz.adjectives})
    verbs = "|".join(lexicon.words("agreements", "party_verbs"))
    two = rf"(?:the\s+)?(?P<a>{state})\s+and\s+(?:the\s+)?(?P<b>{state})"
    return re.compile(
        rf"(?<![\w-])(?:{two}\s+(?:\w+\s+){{0,3}}?(?:{verbs})\b"
        rf"|between\s+(?:the\s+)?(?P<c>{state})\s+and\s+(?:the\s+)?(?P<d>{state})(?![\w-]))"
    )


def _pair_of_parties(draft: _Pact) -> list[str]:
    """The two parties a sentence of the pact names as its signers or as the two sides
    it is between, when all such sentences agree."""
    gaz = gazetteer()
    pairs: set[tuple[str, ...]] = set()
    for sentence in draft.sentences:
        for match in _pair_pattern().finditer(sentence.norm):
            names = [n for n in match.group("a", "b", "c", "d") if n]
            codes = {gaz.country_of(n) for n in names}
            if None not in codes and len(codes) == 2:
                pairs.add(tuple(sorted(c for c in codes if c)))
    return list(pairs.pop()) if len(pairs) == 1 else []


def _parties(draft: _Pact) -> list[str]:
    for label in (draft.name or "", *draft.aliases):
        named = _compound_parties(label)
        if len(named) >= 2:
            # "the South Korea-Japan General Security of Military Information Agreement",
            # "an Armenian-Azerbaijani peace treaty": the name or a description says whose
            # pact it is.
            return sorted(named)
    pair = _pair_of_parties(draft)
    if pair:
        return pair
    counts: Counter[str] = Counter()
    name = draft.name or ""
    # A place in the pact's name is no party ("the Paris Agreement", "the Vientiane
    # Declaration"): the name is read without its cities, the sentences without the name.
    metonyms = gazetteer().metonyms
    texts = [
        name,
        *(s.norm.replace(name, " ") if name else s.norm for s in draft.sentences),
    ]
    for number, text in enumerate(texts):
        for match in _country_pattern().finditer(text):
            if number == 0 and match.group(0) in metonyms:
                continue
            code = gazetteer().country_of(match.group(0))
            if code:
                counts[code] += 1
    bilateral = any("bilateral" in t.lower() or "between" in t.lower() for t in texts)
    top = [code for code, _ in counts.most_common(2 if bilateral else 4)]
    return sorted(top)
