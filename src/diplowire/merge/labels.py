"""What an agreement's names say beyond their exact words: the label of a pact.

Outlets name one pact by its name, by its acronym and by a description built around
its parties: "the Joint Comprehensive Plan of Action", "the Iran nuclear deal", "the
Iranian nuclear deal"; "the Reciprocal Access Agreement", "the bilateral agreement on
reciprocal troop access"; "the 2015 bilateral comfort women agreement", "the bilateral
agreement on 'comfort women'". A :class:`Label` is what is left of a name once its
parts that do not tell one pact from another are set apart: the countries it names
(checked against the other pact's parties instead), the years (checked against each
other), dates and numbers, filler, and the words that name no pact in particular
("agreement", "bilateral"); the rest is spelt one way (``agreement_synonyms`` of the
``aliases`` lexicon: "ceasefire" and "truce"), and ``pacts`` in that lexicon lists
names of one pact that share no word ("Paris Agreement", "Paris climate accord").

A summit is told by its forum the same way: "the Shanghai Cooperation Organization
Summit", "the 22nd SCO summit" and "the Shanghai Cooperation Organization (SCO) summit"
are one forum (:func:`same_forum`), "the ASEAN summit" and "the ASEAN-Japan summit" two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.lexicon import entry, load
from diplowire.models import Agreement

__all__ = [
    "Label",
    "forum_keys",
    "label_blocks",
    "labels",
    "same_forum",
    "same_label",
    "singular",
]

_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")
_FILLER = frozenset(
    {"the", "a", "an", "of", "on", "and", "for", "between", "to", "in", "s", "with", "by"}
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_LONGEST_COUNTRY = 4
"""Words of the longest country name or adjective looked for in a name."""
_FORUM_WORDS = frozenset(
    {"summit", "meeting", "conference", "session", "talk", "sideline", "annual"}
)
"""Words of every forum's name: what is left tells one forum from another."""
MIN_CONTAINED = 2
"""Words a label must have to be found inside a longer label of a pact of the same parties."""


@dataclass(frozen=True)
class Label:
    """One name of a pact, taken apart."""

    words: frozenset[str]
    """The words that tell this pact from others, each spelt one way."""
    countries: frozenset[str]
    """ISO codes of the countries the name names ("Iran nuclear deal": IR)."""
    years: frozenset[str]
    """Years the name gives ("2015 Iran nuclear deal")."""


def labels(agreement: Agreement) -> list[Label]:
    """The labels of an agreement's name, acronym and aliases; none empty."""
    names = [agreement.name, *agreement.aliases]
    found = [_label(n) for n in names if n]
    pacts = _pacts()
    for name in [*names, agreement.acronym]:
        canonical = pacts.get(_plain(name)) if name else None
        if canonical is not None:  # a name of a known pact: its canonical name's label
            found.append(_label(canonical))
    unique = {(label.words, label.countries, label.years): label for label in found if label.words}
    return [unique[key] for key in sorted(unique, key=repr)]


def same_label(a: Agreement, b: Agreement) -> bool:
    """Two names of one pact: the same label, or the shorter inside the longer when both
    bind the same countries; the countries each name names are parties of the other, and
    the years they give (or the years they were signed) agree."""
    if _years_apart(_signed_years(a), _signed_years(b)):
        return False
    parties_a, parties_b = frozenset(a.parties), frozenset(b.parties)
    same_parties = len(parties_a) > 1 and parties_a == parties_b
    for one in labels(a):
        for other in labels(b):
            if _years_apart(one.years, other.years):
                continue
            if _years_apart(one.years, _signed_years(b)) or _years_apart(
                other.years, _signed_years(a)
            ):
                continue
            if not one.countries <= parties_b | other.countries:
                continue
            if not other.countries <= parties_a | one.countries:
                continue
            if one.words == other.words:
                return True
            shorter, longer = sorted((one.words, other.words), key=len)
            if same_parties and len(shorter) >= MIN_CONTAINED and shorter < longer:
                return True
    return False


def label_blocks(agreement: Agreement) -> Iterator[tuple[str, ...]]:
    """Keys of the agreements :func:`same_label` may find one pact with this one: its
    labels, and each of their words with its parties (a label inside a longer one
    shares all its words with it, and the same parties)."""
    parties = ",".join(sorted(set(agreement.parties)))
    for label in labels(agreement):
        yield ("label", *sorted(label.words))
        if len(set(agreement.parties)) > 1:
            for word in label.words:
                yield ("label word", parties, word)


def _years_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    first, second = set(a), set(b)
    return bool(first) and bool(second) and not first & second


def _signed_years(agreement: Agreement) -> frozenset[str]:
    return frozenset(
        e.date[:4] for e in agreement.events if e.kind == "signed" and e.date is not None
    )


def _tokens(name: str) -> list[str]:
    """Lower-case words, each run of single letters one word ("U.N." is "un")."""
    words: list[str] = []
    run = ""
    for word in _WORD.findall(name.replace("’", "'").casefold()):
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            words.append(run)
            run = ""
        words.append(word)
    if run:
        words.append(run)
    return words


def _plain(name: str) -> str:
    return " ".join(_tokens(name))


# Names recur across a corpus; a store holds many thousands of distinct ones.
@lru_cache(maxsize=65_536)
def _label(name: str) -> Label:
    words = _spelt(_tokens(name))
    countries: set[str] = set()
    years: set[str] = set()
    kept: list[str] = []
    index = 0
    index_of_countries = _countries()
    while index < len(words):
        for size in range(min(_LONGEST_COUNTRY, len(words) - index), 0, -1):
            code = index_of_countries.get(" ".join(words[index : index + size]))
            if code is not None:
                countries.add(code)
                index += size
                break
        else:
            word = words[index]
            index += 1
            if _YEAR.fullmatch(word):
                years.add(word)
            elif not (word.isdigit() or word in _MONTHS or word in _FILLER):
                kept.append(word)
    generic = _generic()
    content = frozenset(singular(w) for w in kept if w not in generic)
    return Label(content - generic, frozenset(countries), frozenset(years))


def _spelt(words: list[str]) -> list[str]:
    """Each phrase of ``agreement_synonyms`` as its first form."""
    synonyms = _synonyms()
    text = " " + " ".join(words) + " "
    for variant, first in synonyms:
        text = text.replace(f" {variant} ", f" {first} ")
    return text.split()


def singular(word: str) -> str:
    """A word without a plural's final s: "Indus Waters Treaty", "Indus Water Treaty"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@cache
def _countries() -> dict[str, str]:
    """Country names and adjectives as lower-case words, to ISO codes."""
    found = gazetteer()
    index: dict[str, str] = {}
    for table in (found.country_names, found.adjectives):
        for name, code in table.items():
            index.setdefault(" ".join(_tokens(name)), code)
    return index


@cache
def _generic() -> frozenset[str]:
    words = entry("aliases", "generic_agreement_words", shape=list[str], default=[])
    return frozenset(singular(w.casefold()) for w in words)


@cache
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(variant, first form) pairs, longest variant first."""
    pairs: list[tuple[str, str]] = []
    for group in _lists(load("aliases").get("agreement_synonyms", [])):
        first = _plain(group[0])
        pairs += [(_plain(v), first) for v in group[1:] if _plain(v) != first]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def _pacts() -> dict[str, str]:
    """Each listed name of a known pact to the first name of its list."""
    names: dict[str, str] = {}
    for group in _lists(load("aliases").get("pacts", [])):
        for name in group:
            names.setdefault(_plain(name), group[0])
    return names


def _lists(value: object) -> list[list[str]]:
    if not isinstance(value, list):
        return []
    groups = [[v for v in item if isinstance(v, str)] for item in value if isinstance(item, list)]
    return [g for g in groups if g]


def same_forum(a: str, b: str) -> bool:
    """Names of one forum: the same telling words, or one an acronym of the other's.

    An acronym names the forum it spells, whatever the edition:

    >>> same_forum("Shanghai Cooperation Organization Summit", "22nd SCO summit")
    True

    Case and possessives do not matter:

    >>> same_forum("NATO Foreign Ministers meeting", "NATO foreign ministers' meeting")
    True

    A forum with one more member is another forum:

    >>> same_forum("ASEAN summit", "ASEAN-Japan summit")
    False
    """
    words_a, words_b = _forum_words(a), _forum_words(b)
    if not words_a or not words_b:
        return False
    if set(words_a) == set(words_b):
        return True
    for one, other in ((words_a, words_b), (words_b, words_a)):
        if len(one) == 1 and len(other) > 1 and one[0] == _initials(other):
            return True
    return False


def forum_keys(forum: str) -> list[str]:
    """A key two names of one forum share: the words' initials, or a lone acronym."""
    words = _forum_words(forum)
    if not words:
        return []
    return [words[0]] if len(words) == 1 else [_initials(words)]


@lru_cache(maxsize=4_096)
def _forum_words(forum: str) -> tuple[str, ...]:
    """The telling words of a forum's name, in order, each once."""
    words = [
        singular(w)
        for w in _tokens(forum)
        if w not in _FILLER and w not in _FORUM_WORDS and not _ORDINAL.fullmatch(w)
    ]
    kept = tuple(dict.fromkeys(w for w in words if singular(w) not in _FORUM_WORDS))
    # "Shanghai Cooperation Organization (SCO)": an acronym beside its words says no more.
    return tuple(
        w for w in kept if len(kept) < 3 or w != _initials(tuple(x for x in kept if x != w))
    )


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words)
