"""Literal prefilters: skip a pattern on text that cannot hold a match.

Python's ``re`` tries a pattern like ``(?<![\\w-])(?:trilateral|three-way|...)`` at every
position of the text, and a sentence without any of its words pays that cost in full.
Most cue patterns, though, can only match where one of a few literal strings occurs
("trilateral", "three-", "triangular"); a substring test for those runs in C, far
faster than the pattern. :func:`gated` reads the literals off the compiled pattern's
syntax tree, so patterns extended through user lexicons get a prefilter too, and a
pattern with no useful literals (``\\d+ percent`` has one; ``\\w+`` has none) simply
runs unfiltered.

A few literals are tested one by one with ``in``; a long list (the meeting cue words,
a user's lexicon of hundreds of words) is compiled into one Aho–Corasick automaton
(`ahocorasick-rs <https://github.com/G-Research/ahocorasick_rs>`_), which finds any of
them in a single pass. :class:`Screen` does the same for a family of patterns read over the
same text, answering in one pass which of them may match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import product
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # CPython's private regex parser: without it, patterns run unfiltered
    sre = _parser = None

# Up to this many literals, substring tests beat one automaton pass over a sentence
# (measured in instructions per article with callgrind: 4, 8 and 24 all cost more).
IN_TESTS = 12
# Beyond this many literals the automaton grows large and most texts pass anyway.
MAX_LITERALS = 4096
# Sets of exact strings are expanded only this far ("(?:a|b) (?:c|d)" is four strings).
_EXPANSION = 64
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT}) if sre is not None else frozenset()
_END = 2**63 - 1  # the default end position of re's search


class Gated:
    """A compiled pattern behind a literal prefilter; same results as the pattern.

    >>> import re
    >>> from diplowire.extraction.prefilter import gated
    >>> pattern = gated(re.compile(r"(?<![\\w-])(?:tri|three-)lateral\\b"))
    >>> sorted(pattern.literals or [])
    ['three-lateral', 'trilateral']
    >>> pattern.search("a bilateral meeting") is None
    True
    >>> pattern.search("the trilateral summit").group(0)
    'trilateral'
    """

    __slots__ = ("_words", "finditer", "fold", "literals", "pattern", "search")

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...] | None) -> None:
        self.pattern = pattern
        self.literals = literals
        """Strings one of which every match contains (None: no prefilter)."""
        self.fold = bool(pattern.flags & re.IGNORECASE)
        """Literals are case-folded and compared with the case-folded text."""
        self._words = Words(literals) if literals is not None and len(literals) > IN_TESTS else None
        # Bound once: these are called a few hundred times per article, and an
        # unfiltered pattern should cost no more than the bare one.
        self.search: Callable[..., re.Match[str] | None] = (
            pattern.search if literals is None else self._search
        )
        """:meth:`re.Pattern.search`, skipped when no literal occurs in the text."""
        self.finditer: Callable[..., Iterator[re.Match[str]]] = (
            pattern.finditer if literals is None else self._finditer
        )
        """:meth:`re.Pattern.finditer`, empty when no literal occurs in the text."""

    def may_match(self, text: str) -> bool:
        """False when no match can occur in ``text`` or any part of it."""
        if self.literals is None:
            return True
        probe = text.casefold() if self.fold else text  # as the engine folds: "ſ" is "s"
        if self._words is not None:
            return self._words.any_in(probe)
        for literal in self.literals:  # noqa: SIM110 - a loop skips any()'s generator
            if literal in probe:
                return True
        return False

    def _search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.may_match(text) else None

    def _finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text) else iter(())


def gated(pattern: re.Pattern[str]) -> Gated:
    """``pattern`` with the prefilter its literals allow."""
    return Gated(pattern, literals(pattern))


class Words:
    """Literal strings found in one pass over a text (an Aho–Corasick automaton).

    >>> from diplowire.extraction.prefilter import Words
    >>> words = Words(["summit", "talks", "phone call"])
    >>> words.any_in("talks at the summit"), words.any_in("a long meeting")
    (True, False)
    >>> [index for index, _start, _end in words.matches("summit talks")]
    [0, 1]
    """

    __slots__ = ("_automaton", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        """The strings, in the order :meth:`matches` numbers them."""
        # A DFA costs more to build and scans fastest: these are built once per process.
        self._automaton = AhoCorasick(self.words, implementation=Implementation.DFA)

    def any_in(self, text: str) -> bool:
        """True when one of the words occurs in ``text``."""
        return bool(self._automaton.find_matches_as_indexes(text))

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence in ``text`` as (word index, start, end), overlapping ones
        included; offsets count characters."""
        return self._automaton.find_matches_as_indexes(text, overlapping=True)


class Screen:
    """One pass over a text telling which of several patterns may match in it.

    Rules that try a family of patterns on every sentence (one per kind of agreement
    event, say) ask the screen first and run only the patterns it names. A pattern
    without literals is always named.

    >>> import re
    >>> from diplowire.extraction.prefilter import Screen
    >>> patterns = [r"\\bsigned\\b", r"expir(?:es|ed)", r"\\w+"]
    >>> screen = Screen(re.compile(source) for source in patterns)
    >>> screen.candidates("The pact expires in November.")
    (1, 2)
    >>> bin(screen.mask("It was signed."))
    '0b101'
    """

    __slots__ = ("_always", "_count", "_exact", "_fold")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        exact: dict[str, int] = {}
        folded: dict[str, int] = {}
        always = 0
        count = 0
        for index, pattern in enumerate(patterns):
            count += 1
            found = literals(pattern)
            if found is None:
                always |= 1 << index
                continue
            table = folded if pattern.flags & re.IGNORECASE else exact
            for literal in found:
                table[literal] = table.get(literal, 0) | 1 << index
        self._count = count
        self._always = always
        self._exact = _Index(exact) if exact else None
        self._fold = _Index(folded) if folded else None

    def mask(self, text: str) -> int:
        """The patterns that may match in ``text`` or any part of it, as bits: bit
        ``i`` stands for pattern ``i``."""
        found = self._always
        if self._exact is not None:
            found |= self._exact.mask_in(text)
        if self._fold is not None:
            found |= self._fold.mask_in(text.casefold())
        return found

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indices, in order, of the patterns that may match in ``text`` or any part of it."""
        found = self.mask(text)
        return tuple(index for index in range(self._count) if found >> index & 1)


class _Index:
    """Literals, each with the bits of the patterns it stands for."""

    __slots__ = ("_find", "_masks")

    def __init__(self, table: dict[str, int]) -> None:
        self._find = Words(table).matches
        self._masks = list(table.values())

    def mask_in(self, text: str) -> int:
        found = 0
        masks = self._masks
        for word, _start, _end in self._find(text):
            found |= masks[word]
        return found


def literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which occurs in every match of ``pattern``, or None.

    Case-insensitive patterns give case-folded literals, compared with the case-folded
    text.

    >>> import re
    >>> from diplowire.extraction.prefilter import literals
    >>> literals(re.compile(r"(?:phone|video) calls?"))
    ('phone call', 'video call')
    >>> literals(re.compile(r"\\w+ ago"))
    (' ago',)
    >>> literals(re.compile(r"\\w+ [ai]")) is None  # too short to be worth testing
    True
    >>> literals(re.compile(r"^By (?:staff|wire)")) is None  # anchored: already fast
    True
    """
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    if _anchored(list(tree)):
        return None  # tried at the start only: it fails faster than any substring test
    found = _required(list(tree))
    if not found or len(found) > MAX_LITERALS or min(map(len, found)) < 3:
        return None
    if pattern.flags & re.IGNORECASE:
        found = {literal.casefold() for literal in found}
    # "phone" in a text already answers for "phone call" and "telephone"; an automaton
    # does not care, and pruning a long list would cost its square.
    kept = (
        [a for a in found if not any(b != a and b in a for b in found)]
        if len(found) <= _EXPANSION
        else found
    )
    return tuple(sorted(kept))


def _anchored(items: list[Any]) -> bool:
    """True when every match must begin at the start of the text (``^...|^...``)."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return bool(av is sre.AT_BEGINNING or av is sre.AT_BEGINNING_STRING)
    if op is sre.SUBPATTERN:
        return _anchored(list(av[3]))
    if op is sre.BRANCH:
        return all(_anchored(list(alternative)) for alternative in av[1])
    return False


def _required(items: list[Any]) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains."""
    best: set[str] | None = None
    run: set[str] | None = {""}

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and "" not in candidate and (best is None or _better(candidate, best)):
            best = candidate

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and run is not None:
            joined = (
                {a + b for a, b in product(run, exact)}
                if len(run) * len(exact) <= _EXPANSION
                else None
            )
            if joined is not None:
                run = joined
                continue
        consider(run)
        run = exact if exact is not None else {""}
        if exact is None:
            consider(_inner_required(op, av))
    consider(run)
    return best


def _inner_required(op: Any, av: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        items = _cased_body(av)
        return None if items is None else _required(items)
    if op is sre.BRANCH:
        return _union(av[1], _required)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    if op is sre.ATOMIC_GROUP:
        return _required(list(av))
    return None


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one item matches, when they are few; None otherwise."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.SUBPATTERN:
        items = _cased_body(av)
        return None if items is None else _sequence(items)
    if op is sre.BRANCH:
        return _union(av[1], _sequence, _EXPANSION)
    if op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in av) and len(av) <= 8:
        return {chr(value) for _, value in av}
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] <= 2:
        body = _sequence(list(av[2]))
        if body is None:
            return None
        found = set()
        for count in range(av[0], av[1] + 1):
            for parts in product(body, repeat=count):
                found.add("".join(parts))
        return found if len(found) <= _EXPANSION else None
    return None


def _cased_body(av: Any) -> list[Any] | None:
    """A group's items, unless the group ignores case ("(?i:...)"): its literals are
    then no literals of the text."""
    _group, add_flags, _del_flags, body = av
    return None if add_flags & sre.SRE_FLAG_IGNORECASE else list(body)


def _union(
    alternatives: Iterable[Any],
    each: Callable[[list[Any]], set[str] | None],
    most: int | None = None,
) -> set[str] | None:
    """The strings of every alternative of a branch together; None when one has none,
    or when they are more than ``most``."""
    found: set[str] = set()
    for alternative in alternatives:
        inner = each(list(alternative))
        if inner is None or (most is not None and len(found) + len(inner) > most):
            return None
        found |= inner
    return found


def _sequence(items: list[Any]) -> set[str] | None:
    found = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(found) * len(exact) > _EXPANSION:
            return None
        found = {a + b for a, b in product(found, exact)}
    return found


def _better(candidate: set[str], best: set[str]) -> bool:
    # The rarer test wins: longer shortest string, then fewer strings.
    return (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best))


def first_characters(source: str, flags: int = 0) -> str | None:
    """A character class (without brackets) holding every character a match of
    ``source`` can start with, or None when any can (or it cannot be told).

    For a case-insensitive pattern the class is meant to be read with the same flags,
    so that it too ignores case; a case-insensitive group inside a case-sensitive
    pattern ("(?i:the)") leaves the class unknown.

    >>> from diplowire.extraction.prefilter import first_characters
    >>> first_characters(r"(?:last|next)\\s(?:Monday|Friday)|\\d{4}")
    'ln\\\\d'
    >>> first_characters(r"(?:on\\s)?Friday")
    'oF'
    >>> first_characters(r".*ago") is None
    True
    """
    if _parser is None:
        return None
    try:
        tree = _parser.parse(source, flags)
    except (re.error, RecursionError):
        return None
    found = _first(list(tree))
    if found is None or found[1]:
        return None  # unknown, or the pattern can match the empty string
    return "".join(dict.fromkeys(found[0]))


def led(source: str, flags: int = 0) -> str:
    """``source`` behind a lookahead for its first characters, when they are known.

    In a long alternation, ``re`` enters every alternative at every position it tries;
    a one-character lookahead rules most of them out at once. The lookahead never
    changes what matches, only how fast a miss fails.

    >>> from diplowire.extraction.prefilter import led
    >>> led(r"(?P<day>Monday|Friday)")
    '(?=[MF])(?P<day>Monday|Friday)'
    >>> led(r"(?i)monday|friday")  # read case-insensitively, as the pattern is
    '(?i)(?=[mf])monday|friday'
    """
    chars = first_characters(source, flags)
    if chars is None:
        return source
    flags_end = _GLOBAL_FLAGS.match(source)
    at = flags_end.end() if flags_end is not None else 0
    return f"{source[:at]}(?=[{chars}]){source[at:]}"


# Leading "(?i)": flags for the whole pattern must stay at its start.
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


_First = tuple[list[str], bool]  # class pieces, and whether the items can match nothing


def _first(items: list[Any]) -> _First | None:
    pieces: list[str] = []
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        pieces.extend(found[0])
        if not found[1]:
            return pieces, False
    return pieces, True


_CATEGORIES = (
    {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
    if sre is not None
    else {}
)


def _first_of(op: Any, av: Any) -> _First | None:
    if op is sre.LITERAL:
        return [_escaped(av)], False
    if op in _ZERO_WIDTH:
        return [], True  # an assertion only narrows where a match starts
    if op is sre.IN:
        pieces = []
        for item_op, item in av:
            if item_op is sre.LITERAL:
                pieces.append(_escaped(item))
            elif item_op is sre.RANGE:
                pieces.append(f"{_escaped(item[0])}-{_escaped(item[1])}")
            elif item_op is sre.CATEGORY and item in _CATEGORIES:
                pieces.append(_CATEGORIES[item])
            else:
                return None  # a negated or other class
        return pieces, False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & sre.SRE_FLAG_IGNORECASE else _first(list(body))
    if op is sre.BRANCH:
        pieces = []
        empty = False
        for alternative in av[1]:
            found = _first(list(alternative))
            if found is None:
                return None
            pieces.extend(found[0])
            empty = empty or found[1]
        return pieces, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        found = _first(list(av[2]))
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av))
    return None


def _escaped(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char
