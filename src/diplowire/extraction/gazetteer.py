"""Lookups built from the lexicons: countries and their adjectives, places, titles.

Everything here is data from ``diplowire/data/*.toml``; the code only indexes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from pydantic import BaseModel

from diplowire.extraction import lexicon


@dataclass
class Gazetteer:
    """Indexes over the country and title lexicons (built once per process)."""

    country_names: dict[str, str] = field(default_factory=dict)
    """Country names ("South Korea", "S. Korea") to ISO codes."""
    adjectives: dict[str, str] = field(default_factory=dict)
    """Nationality adjectives ("South Korean") to ISO codes."""
    metonyms: dict[str, str] = field(default_factory=dict)
    """Words standing for a government ("Seoul", "Blue House") to ISO codes."""
    institutions: dict[str, str] = field(default_factory=dict)
    """Institutions unique to a country ("Pentagon") to ISO codes."""
    places: dict[str, str] = field(default_factory=dict)
    """Capitals and cities to ISO codes."""
    venues: dict[str, str] = field(default_factory=dict)
    """Venues to the city they are in ("Kremlin" -> "Moscow"; the aliases lexicon)."""
    titles: list[str] = field(default_factory=list)
    """Titles of office, longest first."""
    honorifics: list[str] = field(default_factory=list)
    """Honorifics such as "Mr." or "Gen."."""

    def country_of(self, text: str) -> str | None:
        """The ISO code a country name, adjective, metonym, institution or place stands for."""
        for table in (
            self.country_names,
            self.adjectives,
            self.metonyms,
            self.institutions,
            self.places,
        ):
            code = table.get(text)
            if code is not None:
                return code
        return None

    def country_in(self, text: str) -> str | None:
        """The country the first country name or nationality in ``text`` stands for
        ("the South African President" -> "ZA")."""
        found = self._countries_pattern.search(text)
        return self.country_of(found.group(0)) if found is not None else None

    def countries_named(self, text: str) -> frozenset[str]:
        """The countries ``text`` names or describes, hyphen-joined ones too
        ("Russia-Ukraine negotiations" -> RU, UA)."""
        return frozenset(
            self.country_of(found.group(0)) or "" for found in self._joined_pattern.finditer(text)
        ) - {""}

    @cached_property
    def _joined_pattern(self) -> re.Pattern[str]:
        forms = alternation({**self.country_names, **self.adjectives})
        return re.compile(rf"(?<!\w)(?:{forms})(?!\w)")

    @cached_property
    def _countries_pattern(self) -> re.Pattern[str]:
        forms = alternation({**self.country_names, **self.adjectives})
        return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")

    def same_place(self, a: str, b: str) -> bool:
        """Places that do not contradict: equal, a city and its country ("Vilnius" and
        "Lithuania"), or a venue and its city or country ("Kremlin", "Moscow", "Russia")."""
        if a == b:
            return True
        # A venue is in its city: "the Kremlin" and "Moscow" name one place.
        a, b = self.venues.get(a, a), self.venues.get(b, b)
        if a == b:
            return True
        country_a = self.places.get(a) or self.country_names.get(a)
        country_b = self.places.get(b) or self.country_names.get(b)
        one_is_country = a in self.country_names or b in self.country_names
        return one_is_country and country_a is not None and country_a == country_b

    @cached_property
    def country_words(self) -> frozenset[str]:
        """One-word country names and adjectives ("Japan", "Chinese").

        Words of longer names ("Marshall" of "Marshall Islands") are left out: they
        are also personal names.
        """
        return frozenset(
            key
            for table in (self.country_names, self.adjectives)
            for key in table
            if " " not in key
        )


class _Country(BaseModel):
    """A country's table in the countries lexicon (its header comment says what each
    list holds)."""

    names: list[str] = []
    adjectives: list[str] = []
    capital: str | None = None
    cities: list[str] = []
    metonyms: list[str] = []
    institutions: list[str] = []


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from the bundled lexicons."""
    found = Gazetteer()
    for code, entry in lexicon.entry("countries", shape=dict[str, _Country]).items():
        for name in entry.names:
            found.country_names[name] = code
        for adjective in entry.adjectives:
            found.adjectives[adjective] = code
        for metonym in entry.metonyms:
            found.metonyms[metonym] = code
        for institution in entry.institutions:
            found.institutions[institution] = code
        for place in [entry.capital, *entry.cities]:
            if place:
                found.places.setdefault(place, code)
    found.venues = lexicon.entry("aliases", "venues", shape=dict[str, str], default={})
    all_titles = {
        t
        for key in ("heads", "ministers", "officials")
        for t in lexicon.words("titles", key, default=[])
    }
    found.titles = sorted(all_titles, key=len, reverse=True)
    honorifics = lexicon.words("titles", "honorifics", default=[])
    found.honorifics = sorted(honorifics, key=len, reverse=True)
    return found


_Trie = dict[str, "_Trie"]
"""A prefix trie: each character to the trie of what follows it; ``""`` ends a word."""


def alternation(words: list[str] | dict[str, str] | frozenset[str]) -> str:
    """A regex matching any of ``words`` literally, longest first, as a prefix trie.

    Python's ``re`` tries the branches of ``a|b|c`` one by one; with a thousand country
    names that dominates the run time. Factoring common prefixes ("South (?:Korea|
    Africa)") lets the engine rule most of them out at the first character.

    >>> re.fullmatch(alternation(["South Korea", "South Korean", "South Africa"]), "South Korean")
    <re.Match object; span=(0, 12), match='South Korean'>
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: _Trie) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # A word ends here and longer ones go on: try the longer first (greedy "?").
        body = f"(?:{body})?"
    return body
