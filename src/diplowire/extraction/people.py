"""People in an article: full names with title and country, later mentions resolved.

A run of capitalized words becomes a person only with evidence: a title or nationality
before it ("Japanese Foreign Minister Toshimitsu Motegi"), an appositive after it
("Kim Jung Han, director general of the South Korean Foreign Ministry's ..."), a
"counterpart" before it, a country's possessive ("Japan's Toshimitsu Motegi") or a
reporting or meeting verb right after it ("Jeong said"). Once a full name is known, its
surname alone ("Kono said") and its given-name-first or family-name-first variants
refer to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from operator import attrgetter

from diplowire.extraction import lexicon
from diplowire.extraction.context import Sentence
from diplowire.extraction.dates import WEEKDAYS
from diplowire.extraction.gazetteer import Gazetteer, alternation, gazetteer
from diplowire.extraction.readings import Readings
from diplowire.models import Person
from diplowire.models.names import name_key

# Capital letters of the Latin scripts names are printed in: "Çavuşoğlu", "Đặng", "Ștefan".
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
# Any letter but A-Z: the lower-case letters of every script (and the few other
# capitals, which only follow a first capital in "McCain"-like names).
_LOWER = r"[^\W\dA-Z_]"
# A capitalized token: "Kyung-wha", "O'Neill", "U.S.", "Japan's", "McCain", "Erdoğan".
_TOKEN = rf"[{_UPPER}][\w'’.]*(?:-[\w][\w'’]*)*"
_NAME_TOKEN = re.compile(
    rf"^[{_UPPER}](?:{_LOWER}+|{_LOWER}*[{_UPPER}]{_LOWER}+)(?:[-'][{_UPPER}a-z]{_LOWER}*)*$"
)
_VERBS_AFTER = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?(?:also\s|then\s|later\s|earlier\s|has\s|had\s|was\s|will\s|would\s)?"
    r"(?:said|says|told|tells|added|noted|stressed|urged|called|asked|warned|met|meets|"
    r"held|holds|spoke|speaks|visited|visits|agreed|expressed|pledged|reiterated|emphasized|"
    r"emphasised|insisted|argued|claimed|announced|welcomed|discussed|talked|conveyed|"
    r"proposed|vowed|wrote|tweeted|criticized|criticised|denied|confirmed|explained|"
    r"recalled|hosted|received|signed|urges|calls|warns|is\s|was\s|arrived|left|plans|"
    # "Vladimir Putin had a telephone conversation with ...", "has had a meeting with"
    r"(?:had|has\s+had|has)\s+(?:a|an)\s)\b"
)
_WHO_AFTER = re.compile(r",\s+who\b")
"""A relative clause only a person takes: "journalist Andrea Mitchell, who spoke with"."""
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:counterparts?|predecessor|successor|envoy|chief|leader|host|wife|husband),?\s*$"
    r"|\b(?:and|with|met|meet)\s+$"
    r"|\b(?:said|says|added|according\s+to|quoted|asked|told|urged|called|phoned|thanked|"
    r"hosted|received|welcomed|visited|summoned|invited|congratulated)\s+$"
)
# Abstract nouns ("Cooperation", "Friendship") are never parts of personal names.
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ship|ness|ity|ment|ism|ance|ence|hood)s?$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_BARE_INITIAL = re.compile(r"^[B-HJ-Z]$")  # not "A" or "I", words of their own
_NON_SPACE = re.compile(r"\S+")
_COUNTRY_COUNTERPART = re.compile(r"(?P<adj>[A-Z][\w. ]+?)\s+counterparts?,?\s*$")
_AND = re.compile(r"\s+and\s+")
_COMMA_AND = re.compile(r",?\s+and\s+")
_APPOSITIVE = re.compile(r",\s+(?P<app>[^;()]{3,200})")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Month names that are also family names ("Theresa May"), taken only after a given name.
_LONGEST_NAME = 4
"""Most words of a name no title precedes: a longer capitalized run is a name only when
the person is already known by it."""
_LONGEST_TITLED_NAME = 7
"""Most words of a name a title precedes."""
_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


@dataclass
class Entity:
    """One person of the article, however often named."""

    name: str
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    key: str = ""
    tokens: tuple[str, ...] = ()
    last_seen: int = -1
    gender: str | None = None
    """"f" or "m" when a title or form of address says so ("spokeswoman", "King")."""
    ends: tuple[str, str] = ("", "")
    """The first and last words of the name without initials and suffixes: the family
    name comes first in Korean and Chinese names, last in most others."""
    surnames: tuple[str, ...] = ()
    """The end words a later mention may name the person by: :attr:`ends`, and an end
    word without its capitalized article ("Al-Sudani" is also "Sudani")."""
    modelled: bool = False
    """A name only because a model's PERSON span says so: the rules saw no title,
    appositive or verb around any of its mentions."""
    _person: Person | None = field(default=None, init=False, repr=False, compare=False)
    _described: tuple[str | None, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = name_key(self.name)
        self.tokens = tuple(self.key.split())
        core = _core(self.name)
        self.ends = (core[0], core[-1])
        self.surnames = tuple(dict.fromkeys(_with_bare_articles(self.ends)))

    def person(self) -> Person:
        """The entity as a record model: one per entity while its description holds,
        shared by the records that name the person (as :func:`diplowire.merge` shares
        one per name key)."""
        state = (self.name, self.title, self.country, self.organization)
        if self._person is None or self._described != state:
            self._person = Person(
                name=self.name,
                key=self.key,
                title=self.title,
                country=self.country,
                organization=self.organization,
            )
            self._described = state
        return self._person


# Read-only by convention, not frozen: a frozen dataclass costs four times as much to
# build, and the extractors build one per sentence or mention.
PRONOUN_REACH = 3
"""How many sentences back "she said" looks for a woman the article marked as one."""


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A place in a sentence that names an entity."""

    sentence: int
    start: int
    end: int
    entity: Entity


@dataclass
class PeopleIndex:
    """The people of an article and where each is mentioned."""

    entities: list[Entity] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    _by_key: dict[str, Entity] = field(default_factory=dict, repr=False)

    def in_sentence(self, sentence: int) -> list[Mention]:
        """Mentions in one sentence, in reading order."""
        return self.mentions.get(sentence, [])

    def modelled(self, person: Person) -> bool:
        """True when ``person`` is an entity that only a model's PERSON span made a name."""
        entity = self.by_key(person.key or name_key(person.name))
        return entity is not None and entity.modelled

    def by_key(self, key: str) -> Entity | None:
        """The entity with this normalized name key."""
        if len(self._by_key) != len(self.entities):  # entities added directly
            self._by_key = {}
            for entity in self.entities:
                self._by_key.setdefault(entity.key, entity)
        return self._by_key.get(key)

    def subject_before(
        self,
        sentence: int,
        offset: int,
        *,
        gender: str | None = None,
        quoted: Callable[[int, Mention], bool] | None = None,
        marked_first: bool = True,
    ) -> Entity | None:
        """Whom a pronoun at ``offset`` of ``sentence`` most likely means.

        The subject (first person named) of the same sentence when one precedes the
        pronoun, else the subject of the nearest earlier sentence naming anyone. With
        ``gender`` ("f" for "she", "m" for "he"), the latest person the article marks
        so within :data:`PRONOUN_REACH` sentences comes first, and no one marked
        otherwise is chosen; without ``marked_first``, the nearest sentence naming someone
        not marked otherwise is read first, and in it the first person so marked, else
        its subject. With ``quoted``, none of the mentions it says lie inside a
        quotation: the people a speaker talks about are not the speaker.
        """

        def outside(index: int) -> list[Mention]:
            mentions = self.mentions.get(index, [])
            return [m for m in mentions if quoted is None or not quoted(index, m)]

        if gender is not None and marked_first:
            for index in range(sentence, max(-1, sentence - PRONOUN_REACH - 1), -1):
                marked = [
                    m
                    for m in outside(index)
                    if m.entity.gender == gender and (index < sentence or m.start < offset)
                ]
                if marked:
                    return marked[0].entity
        here = [m for m in outside(sentence) if m.start < offset]
        for index in range(sentence, -1, -1):
            mentions = here if index == sentence else outside(index)
            fitting = [m for m in mentions if gender is None or m.entity.gender in (None, gender)]
            marked = [m for m in fitting if gender is not None and m.entity.gender == gender]
            if fitting:
                return (marked or fitting)[0].entity
        return None

    def latest_titled(
        self,
        sentence: int,
        noun: str,
        *,
        before: int | None = None,
        country: str | None = None,
        quoted: Callable[[int, Mention], bool] | None = None,
    ) -> Entity | None:
        """The entity mentioned last up to ``sentence`` whose title holds the words
        ``noun`` ("spokesman", "minister"); in ``sentence`` itself, only before the
        offset ``before`` when given (not the people a quotation names); with
        ``country``, none known to be of another; with ``quoted``, none of the mentions
        it says lie inside a quotation."""
        if country is not None:
            # Of that country first, then anyone not known to be of another.
            found = self._titled(sentence, noun.lower(), before, lambda c: c == country, quoted)
            if found is not None:
                return found
        return self._titled(
            sentence,
            noun.lower(),
            before,
            lambda c: country is None or c in (None, country),
            quoted,
        )

    def _titled(
        self,
        sentence: int,
        noun: str,
        before: int | None,
        fits: Callable[[str | None], bool],
        quoted: Callable[[int, Mention], bool] | None,
    ) -> Entity | None:
        for index in range(sentence, -1, -1):
            mentions = self.mentions.get(index, [])
            if index == sentence and before is not None:
                mentions = [m for m in mentions if m.start < before]
            # In an earlier sentence, its subject first: "Jaishankar met his counterpart
            # Qin Gang. '...,' the minister tweeted" means Jaishankar.
            for mention in reversed(mentions) if index == sentence else mentions:
                title = (mention.entity.title or "").lower()
                if (
                    _holds_words(title, noun)
                    and fits(mention.entity.country)
                    and (quoted is None or not quoted(index, mention))
                ):
                    return mention.entity
        return None

    def latest_before(
        self,
        sentence: int,
        *,
        country: str | None = None,
        quoted: Callable[[int, Mention], bool] | None = None,
    ) -> Entity | None:
        """The entity mentioned last before ``sentence`` (optionally of one country; with
        ``quoted``, not one it says a quotation names)."""
        best: Entity | None = None
        best_at = (-1, -1)
        for index in range(sentence - 1, -1, -1):
            for mention in self.mentions.get(index, []):
                if quoted is not None and quoted(index, mention):
                    continue
                entity = mention.entity
                if country is not None and entity.country != country:
                    continue
                if (index, mention.start) > best_at:
                    best, best_at = entity, (index, mention.start)
            if best is not None:
                return best
        return best


@dataclass(frozen=True)
class _Lexicon:
    gazetteer: Gazetteer
    prefix: re.Pattern[str]
    prefix_heads: frozenset[str]
    """Lower-cased first words of everything :attr:`prefix` matches: a token that is
    none of them cannot start a prefix, and the long pattern is not tried there."""
    not_name: frozenset[str]
    particles: frozenset[str]
    hyphened_country: re.Pattern[str]
    """A country's name or adjective joined to another word by a hyphen ("Japan-South
    Korea", "Korea-U.S."): a run holding one names countries, not a person."""
    prefixes: tuple[str, ...]
    """Articles a family name may carry joined by a hyphen ("al-" of "al-Assad")."""
    places: frozenset[str]
    """Cities, capitals, institutions and venues the lexicons name: never a person."""
    inner_titles: frozenset[str]
    """Titles that are also given names: inside a name, before another name word, they
    are the name's ("Hossein Amir Abdollahian")."""
    body_nouns: frozenset[str]
    """Words that end the name of a body ("Organization", "Party"): the capitalized
    words before them name it, not a person."""
    chain: re.Pattern[str]
    title_in_text: re.Pattern[str]
    title_before: re.Pattern[str]
    of_country: re.Pattern[str]
    """ " of Romania" right after a name: the person's country."""
    title_of_country: re.Pattern[str]
    appositive_break: re.Pattern[str]
    """A word that makes a clause or a list of the words after a name and a comma."""
    """An office of a country set off before a name: "the President of the United States,
    Joe Biden", "the Prime Minister of Japan, Fumio Kishida"."""
    title_of_body: re.Pattern[str]
    """An office of a body before a name: "Secretary-General of the North Atlantic Treaty
    Organization (NATO) Jens Stoltenberg"."""
    title_reach: int
    """How far before the end of a text :attr:`title_before` can start: the longest
    title and its comma."""
    role_in_text: re.Pattern[str]
    adjective_in_text: re.Pattern[str]
    organization: re.Pattern[str]
    gendered: re.Pattern[str]
    readings: tuple[dict[str, _Reading | None], dict[str, _Reading | None]] = field(
        default_factory=lambda: ({}, {})
    )
    """Readings of the capitalized runs seen before (None: no name in it), for runs not
    followed and followed by a space: most ("The", "Tokyo", "Analysts") recur in every
    article."""

    def gender_of(self, title: str) -> str | None:
        """ "f" or "m" when a word of ``title`` says so, else None."""
        found = self.gendered.search(title)
        if found is None:
            return None
        return "f" if found.group("f") else "m"


@cache
def _lexicon() -> _Lexicon:
    gaz = gazetteer()

    def names(key: str) -> list[str]:
        return lexicon.words("names", key, default=[])

    particles = frozenset(names("name_particles"))
    prefixes = tuple(names("name_prefixes"))
    body_nouns = frozenset(names("body_nouns"))
    not_name = set(names("not_name_words"))
    not_name.update(gaz.country_words)
    for title in gaz.titles + gaz.honorifics:
        not_name.update(w.capitalize() for w in title.split())
        not_name.update(title.split())
    not_name.update(
        ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
    )  # fmt: skip
    not_name.update(w.capitalize() for w in WEEKDAYS)
    # Before a name: nationality adjectives, country possessives, titles, honorifics,
    # in any order and number ("U.S. Defense Secretary", "South Korea's President").
    country_forms = alternation(
        {**gaz.country_names, **gaz.metonyms, **dict.fromkeys(gaz.adjectives, "")}
    )
    titles = alternation(gaz.titles + gaz.honorifics)
    # An international body before its officer's title: "United Nations Secretary-General
    # António Guterres", "IAEA Director General Rafael Grossi" (no country: the body's).
    bodies = names("title_bodies")
    prefix = re.compile(
        # A plural title before one of several names: "Foreign Ministers Radoslaw Sikorski of
        # Poland and Luminita Odobescu of Romania".
        rf"(?:(?P<country>{country_forms})(?:'s)?|(?P<title>{titles})(?:s(?=\s))?|former|then|acting|new|"
        rf"incoming|outgoing|(?:{alternation(bodies)})(?:'s)?(?=\s+(?:{titles})))\s+",
        re.IGNORECASE,
    )
    heads = {"former", "then", "acting", "new", "incoming", "outgoing"}
    for form in [
        *gaz.country_names,
        *gaz.metonyms,
        *gaz.adjectives,
        *gaz.titles,
        *gaz.honorifics,
        *bodies,
    ]:
        head = form.split()[0].lower()
        heads.update((head, f"{head}'s"))
    particle_alt = "|".join(sorted(particles))
    prefix_alt = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    # Up to two particles between capitalized words: "Ursula von der Leyen".
    chain = re.compile(
        rf"{_TOKEN}(?:\s+(?:(?:{particle_alt})\s+){{0,2}}(?:{prefix_alt})?{_TOKEN})*"
        if prefixes
        else rf"{_TOKEN}(?:\s+(?:(?:{particle_alt})\s+){{0,2}}{_TOKEN})*"
    )
    countries = alternation({**gaz.country_names, **gaz.adjectives})
    return _Lexicon(
        gazetteer=gaz,
        prefix=prefix,
        prefix_heads=frozenset(heads),
        not_name=frozenset(not_name),
        particles=particles,
        hyphened_country=re.compile(rf"(?<![\w-])(?:{countries})-\w|\w-(?:{countries})(?!\w)"),
        prefixes=prefixes,
        places=frozenset(
            [
                *gaz.places,
                *gaz.institutions,
                *lexicon.entry("aliases", "venues", shape=dict[str, str], default={}),
            ]
        ),
        inner_titles=frozenset(names("inner_titles")),
        body_nouns=body_nouns,
        chain=chain,
        title_in_text=re.compile(rf"\b(?:{titles})\b", re.IGNORECASE),
        title_before=re.compile(rf"\b(?P<title>{titles}),?\s+$", re.IGNORECASE),
        appositive_break=re.compile(rf"\b(?:{'|'.join(names('appositive_breaks'))})\b"),
        title_of_country=re.compile(
            rf"\b(?P<title>{titles})\s+of\s+(?:the\s+)?(?P<country>{country_forms}),\s+$",
            re.IGNORECASE,
        ),
        title_of_body=re.compile(
            rf"\b(?P<title>{titles})\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){{0,6}}?"
            rf"(?:{'|'.join(sorted(body_nouns))})"
            # "spokesperson of the Ministry of External Affairs (MEA) Raveesh Kumar"
            r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}?[A-Z][\w'-]*)?"
            r"(?:\s+\([A-Z]{2,10}\))?,?\s+$",
            re.IGNORECASE,
        ),
        of_country=re.compile(rf"\s+of\s+(?:the\s+)?(?P<country>{country_forms})\b"),
        title_reach=max(map(len, gaz.titles + gaz.honorifics)) + 1,
        role_in_text=re.compile(rf"\b(?:{'|'.join(names('appositive_roles'))})\b", re.IGNORECASE),
        adjective_in_text=re.compile(rf"(?<![\w-])(?:{country_forms})(?![\w-])"),
        organization=re.compile(
            r"\b(?P<org>(?:[A-Z][a-z]+\s+){0,3}(?:Ministry|Ministry of [A-Z][a-z]+"
            r"(?: [A-Z][a-z]+)?|Office|Agency|Department|Bureau|Council|Committee|Commission|"
            r"Party|Service))\b"
        ),
        gendered=_gendered(
            lexicon.entry("titles", "gender", shape=dict[str, list[str]], default={})
        ),
    )


def _gendered(words: dict[str, list[str]]) -> re.Pattern[str]:
    def either(key: str) -> str:
        forms = sorted(words.get(key, []), key=len, reverse=True)
        return "|".join(re.escape(w) for w in forms) or "(?!)"

    # Titles are matched in any case, as the title lexicon is ("Spokeswoman", "king").
    return re.compile(
        rf"(?<![\w-])(?:(?P<f>{either('feminine')})|(?P<m>{either('masculine')}))(?![\w-])",
        re.IGNORECASE,
    )


def find(sentences: list[Sentence], model: Readings | None = None) -> PeopleIndex:
    """Find the people of an article: full names first, then their later mentions.

    :param model: A model's readings of the flagged sentences: a PERSON span there is
        evidence for a capitalized run as strong as a title, asked for only when the
        rules see no evidence of their own.
    """
    lex = _lexicon()
    people = PeopleIndex()
    pending: list[tuple[Sentence, int, int, str]] = []
    if not sentences:
        return people
    bare, spaced = lex.readings
    joined, starts = _joined(sentences)
    index, offset, following = 0, 0, starts[1]
    for chain in lex.chain.finditer(joined):
        at = chain.start()
        while at >= following:
            index += 1
            offset, following = following, starts[index + 1]
        end = chain.end()
        # The prefix pattern ends in whitespace: whether one follows is all it sees.
        readings = spaced if joined[end : end + 1].isspace() else bare
        reading = readings.get(chain.group(0), _UNREAD)
        if reading is _UNREAD:
            reading = _read_chain(joined, chain, lex)
            if len(readings) >= _READINGS_SIZE:
                readings.clear()  # bounded: runs meet an open-ended vocabulary
            readings[chain.group(0)] = reading
        if reading is None:
            continue
        at -= offset  # in the sentence
        if reading.alone:
            # A single word without a title, or a run too long for one name: only a
            # person already known by that full name.
            existing = people.by_key(reading.key)
            if existing is not None:
                start, stop = at + reading.start, at + reading.end
                _mention(people, sentences[index], start, stop, existing)
            continue
        _full_names(sentences[index], at, reading, lex, people, pending, model)
    _accept_coordinated(pending, people)
    bearers = _bearers(people)
    if len(bearers) > _SEARCHED_NAMES:
        unusual = [token for token in bearers if not _PLAIN_WORD.fullmatch(token)]
        for sentence in sentences:
            _resolve(sentence, _surnames(sentence.norm, bearers, unusual), bearers, people)
    elif bearers:
        for index, found in _surnames_joined(joined, starts, bearers):
            _resolve(sentences[index], found, bearers, people)
    for sentence in sentences:
        mentions = people.mentions.setdefault(sentence.index, [])
        if len(mentions) > 1:
            mentions.sort(key=_START)
    return people


_START = attrgetter("start")


_BODY_REACH = 120
"""How far before a name an office of a body ("Secretary-General of the ... (NATO)") is
looked for."""


def _full_names(
    sentence: Sentence,
    at: int,
    reading: _Reading,
    lex: _Lexicon,
    people: PeopleIndex,
    pending: list[tuple[Sentence, int, int, str]],
    model: Readings | None = None,
) -> None:
    text = sentence.norm
    title, country, core = reading.title, reading.country, reading.core
    start = at + reading.start
    end = at + reading.end
    name = text[start:end]
    if '"' in name or "“" in name or "'" in name:
        name = _IN_NAME_NICKNAME.sub(" ", name)  # "Ferdinand Marcos Jr", not his nickname
    existing = people.by_key(reading.key) or _lengthened(name, people, lex)
    if len(core) == 1 and existing is None and _surname_of_known(core[0], people):
        # "President Moon" when "Moon Jae-in" is known: the surname pass resolves it.
        return
    before = text[max(0, start - 60) : start]
    after = text[end:]
    if title is None:
        # A lower-case title just before the chain: "Foreign Ministry spokesman Geng Shuang".
        # The title ends where the trailing space begins: no need to try it earlier.
        reach = len(before.rstrip()) - lex.title_reach
        lower_title = lex.title_before.search(before, max(0, reach))
        if lower_title is not None:
            title = lower_title.group("title")
            # The country word nearest the title: "Today in Apia, New Zealand's Foreign
            # Minister, Winston Peters" is New Zealand's, not Apia's.
            adjective = None
            for adjective in lex.adjective_in_text.finditer(before, 0, lower_title.start()):  # noqa: B007
                pass
            if country is None and adjective is not None:
                country = lex.gazetteer.country_of(_strip_possessive(adjective.group(0)))
        elif "of" in before:
            office = lex.title_of_country.search(before)
            if office is not None:
                title = office.group("title")
                country = country or lex.gazetteer.country_of(office.group("country"))
            elif " of the " in text[max(0, start - _BODY_REACH) : start]:
                # "Secretary-General of the North Atlantic Treaty Organization (NATO) Jens
                # Stoltenberg": the office of a body, then its holder.
                held = lex.title_of_body.search(text, max(0, start - _BODY_REACH), start)
                title = held.group("title") if held is not None else None
    appositive = _appositive(after, lex)
    of_country = lex.of_country.match(after) if after[:4] == " of " else None
    if of_country is not None and country is None:
        # "Luminita Odobescu of Romania": the country says whose she is.
        country = lex.gazetteer.country_of(of_country.group("country"))
    own = (
        title is not None
        or country is not None
        or appositive is not None
        or bool(_COUNTERPART_BEFORE.search(before))
        or bool(_VERBS_AFTER.match(after))
        or bool(_WHO_AFTER.match(after))
    )
    modelled = (
        not own
        and existing is None
        and model is not None
        and model.person_at(sentence.index, start, end)
    )
    if not (own or existing is not None or modelled):
        pending.append((sentence, start, end, name))
        return
    if appositive is not None:
        title = title or appositive[0] or None
        country = country or appositive[1]
    counterpart = _COUNTRY_COUNTERPART.search(before) if "counterpart" in before else None
    if counterpart and country is None:
        # The adjective next to "counterpart", not the host's before it: "Polish president
        # Andrzej Duda and his Ukrainian counterpart Volodymyr Zelensky".
        adjective = None
        for adjective in lex.adjective_in_text.finditer(counterpart.group("adj")):  # noqa: B007
            pass
        country = lex.gazetteer.country_of(adjective.group(0)) if adjective else None
    entity = existing or _new_entity(people, name)
    entity.modelled = modelled or (entity.modelled and not own)
    entity.title = entity.title or title
    entity.country = entity.country or country
    if entity.gender is None and title is not None:
        entity.gender = lex.gender_of(title)
    if appositive is not None and entity.organization is None:
        entity.organization = appositive[2]
    _mention(people, sentence, start, end, entity)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a capitalized run says by itself: the title and country before a name, and
    where the name lies in the run."""

    title: str | None
    country: str | None
    start: int
    end: int
    key: str
    """The name's :func:`~diplowire.models.names.name_key`."""
    core: tuple[str, ...]
    """The name's words without particles ("bin", "van")."""
    alone: bool
    """One word without a title, or more than four: a name only when already known."""


_UNREAD = _Reading(None, None, 0, 0, "", (), False)  # a run not read yet; None is read
_READINGS_SIZE = 100_000


def _read_chain(text: str, chain: re.Match[str], lex: _Lexicon) -> _Reading | None:
    """The title, country and name of a capitalized run; None when it names no one.

    Titles and nationalities are matched within the run and the one character after
    it, so a run reads the same wherever it stands, given whether a space follows it.
    """
    chain_text = chain.group(0)
    if not any(_could_be_name(word, lex) for word in chain_text.split()):
        return None  # "The", "South Korea", "Nov.": no word of it can be part of a name
    if "-" in chain_text and lex.hyphened_country.search(chain_text):
        return None  # "Japan-South Korea-U.S. cooperation": countries joined, no one
    end = chain.end()
    tokens = [(m.group(0), m.start()) for m in _NON_SPACE.finditer(chain_text)]
    title: str | None = None
    country: str | None = None
    name_tokens: list[tuple[str, int]] = []
    index = 0
    while index < len(tokens):
        token, start = tokens[index]
        if not name_tokens and token.lower() in lex.prefix_heads:
            # Nationality, possessive country and title words before the name, in any
            # number ("U.S. Defense Secretary", "South Korea's President").
            prefix = lex.prefix.match(text, chain.start() + start, end + 1)
            if prefix is not None:
                if prefix.group("country"):
                    found = _strip_possessive(prefix.group("country"))
                    country = lex.gazetteer.country_of(found) or country
                if prefix.group("title"):
                    title = _stack_title(prefix.group("title"), title)
                while index < len(tokens) and chain.start() + tokens[index][1] < prefix.end():
                    index += 1
                continue
        bare = token.rstrip(".,;:")
        word = bare[:-2] if bare.endswith("'s") else bare
        if word in lex.particles and name_tokens:
            name_tokens.append((word, start))
        elif (
            _INITIAL.match(token)
            or (
                _BARE_INITIAL.match(token)
                and all(_BARE_INITIAL.match(word) for word, _ in name_tokens)
            )
        ) and index + 1 < len(tokens):
            # "S. Jaishankar", "John F. Kerry", and first initials printed without a
            # period ("S Jaishankar", "K P Sharma Oli").
            name_tokens.append((token, start))
            index += 1
            continue
        elif name_tokens and _without_prefix(word, lex.prefixes) != word:
            name_tokens.append((word, start))  # "Bashar al-Assad"
            if word != token:
                break
        elif word in _SUFFIXES and name_tokens:
            name_tokens.append((token, start))  # "Ferdinand Marcos Jr."
            break
        elif (
            _NAME_TOKEN.match(word)
            and not _NOUN_SUFFIX.search(word)
            and (word not in lex.not_name or (name_tokens and word in _MONTH_SURNAMES))
            and not (name_tokens and word in lex.body_nouns)
        ):
            name_tokens.append((word, start))
            if word != token:
                break  # a possessive or punctuation closes the name
        elif (
            name_tokens
            and word in lex.inner_titles
            and index + 1 < len(tokens)
            and _NAME_TOKEN.match(following := tokens[index + 1][0].rstrip(".,;:"))
            and following.removesuffix("'s") not in lex.not_name
        ):
            name_tokens.append((word, start))  # "Hossein Amir Abdollahian"
        elif name_tokens:
            if word not in lex.body_nouns:
                break
            # "Fetullah Terrorist Organization": a body's name, no one's; its head may be
            # followed by a title and a name ("Standing Committee Chairman Zhao Leji").
            name_tokens, title, country = [], None, None
        else:
            title = country = None  # an unrelated word: what came before does not apply
        index += 1
    while name_tokens and name_tokens[-1][0] in lex.particles:
        name_tokens.pop()
    if name_tokens and _INITIAL.match(name_tokens[-1][0]):
        name_tokens.pop()  # "S. Korea": an initial with no name after it
    while name_tokens and _BARE_INITIAL.match(name_tokens[-1][0]):
        name_tokens.pop()  # "K P" before a word that is no name: initials of no one
    if not name_tokens:
        return None
    core = tuple(word for word, _ in name_tokens if word not in lex.particles)
    first, last = name_tokens[0][1], name_tokens[-1][1] + len(name_tokens[-1][0])
    if chain_text[first:last] in lex.places:
        return None  # "Nizhny Novgorod, Russia –", "arrived at Perdana Putra": a place
    return _Reading(
        title,
        country,
        first,
        last,
        name_key(chain_text[first:last]),
        core,
        # Regnal names run long after a title ("Sultan Hassanal Bolkiah Mu'izzaddin
        # Waddaulah", "Agong Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah").
        len(core) > (_LONGEST_TITLED_NAME if title else _LONGEST_NAME)
        or (len(core) == 1 and title is None),
    )


def bare_name(words: str) -> str | None:
    """``words`` as a person's name when they can be nothing else: one to three
    capitalized name words, none a title, a country or a common word ("Warren",
    "Melanie", "Jon Tester"), as a reporting verb's subject names a speaker the story
    gave no title. None otherwise.

    >>> bare_name("Warren"), bare_name("Seoul"), bare_name("the minister")
    ('Warren', None, None)
    """
    tokens = words.split()
    lex = _lexicon()
    if not 1 <= len(tokens) <= 3 or not all(
        _could_be_name(t, lex) and t == t.rstrip(".,;:") for t in tokens
    ):
        return None
    if lex.gazetteer.country_of(words) or words in lex.gazetteer.places:
        return None
    return words


def _could_be_name(word: str, lex: _Lexicon) -> bool:
    bare = word.rstrip(".,;:")
    bare = bare[:-2] if bare.endswith("'s") else bare
    return bare not in lex.not_name and bool(_NAME_TOKEN.match(bare))


def _accept_coordinated(pending: list[tuple[Sentence, int, int, str]], people: PeopleIndex) -> None:
    """ "Wang Yi and Sergei Lavrov": a name joined by "and" to a known person is one too."""
    for sentence, start, end, name in pending:
        text = sentence.norm
        mentions = people.mentions.get(sentence.index, [])
        joined = any(
            _AND.fullmatch(text, end, m.start) or _COMMA_AND.fullmatch(text, m.end, start)
            for m in mentions
        )
        if joined:
            entity = people.by_key(name_key(name)) or _new_entity(people, name)
            _mention(people, sentence, start, end, entity)


def _surname_of_known(word: str, people: PeopleIndex) -> bool:
    return any(word in e.surnames for e in people.entities)


def _lengthened(name: str, people: PeopleIndex, lex: _Lexicon) -> Entity | None:
    """The one person known by a longer form of ``name`` that only adds words after it:
    a family name after a patronymic ("Mohamed bin Zayed" after "Mohamed bin Zayed Al
    Nahyan", its words running on with "Al", "Al-" or another particle) or after a given
    and a family name ("Bilawal Bhutto" after "Bilawal Bhutto Zardari"); never "John
    Smith" after "John Smithson", nor a name two longer ones begin with."""
    words = name.split()
    if len(words) < 2:
        return None
    found = [
        entity
        for entity in people.entities
        if (longer := entity.name.split())[: len(words)] == words and len(longer) > len(words)
    ]
    if len(found) != 1:
        return None
    if len(words) >= _SHORT_FORM_WORDS and any(w in lex.particles for w in words[1:]):
        return found[0] if _family_particle(found[0].name.split()[len(words)], lex) else None
    # "Bilawal Bhutto" after "Bilawal Bhutto Zardari": a given name and a family name
    # that open the one longer name the story gave.
    return found[0] if not any(w in lex.particles for w in words) else None


_SHORT_FORM_WORDS = 3
"""Words of the shortest name read as a longer known one's short form: a given name, a
particle and the father's name ("Mohamed bin Zayed")."""


def _family_particle(word: str, lex: _Lexicon) -> bool:
    return word in lex.particles or any(word.startswith(p + "-") for p in lex.particles)


def _new_entity(people: PeopleIndex, name: str) -> Entity:
    entity = Entity(name=name)
    people.entities.append(entity)
    people._by_key.setdefault(entity.key, entity)
    return entity


def _mention(people: PeopleIndex, sentence: Sentence, start: int, end: int, entity: Entity) -> None:
    mentions = people.mentions.setdefault(sentence.index, [])
    if any(m.start < end and start < m.end for m in mentions):
        return
    mentions.append(Mention(sentence.index, start, end, entity))
    entity.last_seen = max(entity.last_seen, sentence.index)


def _appositive(after: str, lex: _Lexicon) -> tuple[str, str | None, str | None] | None:
    """Title, country and organization from ", the ... director general of ...," after a name
    (no title when the words after the comma are a clause or a list of their own)."""
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    app = match.group("app")
    if app.split(maxsplit=1)[0].rstrip(".,") in _SUFFIXES:
        return None  # "Joseph R. Biden, Jr. spoke with Chinese President Xi": the name's end
    title = lex.title_in_text.search(app) or lex.role_in_text.search(app)
    if title is None or title.start() > 80 or app[: title.start()].count(",") > 1:
        return None
    if lex.appositive_break.search(app, 0, title.start()):
        # "Winston Peters, met Samoa's Prime Minister, ...": the title is the next one's,
        # though a name so followed is still told as a person's.
        return ("", None, None)
    clause_end = app.find(",", title.end())
    app = app if clause_end < 0 else app[:clause_end]
    if _NAME_AFTER_TITLE.match(app, title.end()) and not _LOWER_WORD.search(app, 0, title.start()):
        # "Jugnauth, Bangladesh Prime Minister Sheikh Hasina": the next one's title, not
        # "Medvedev, a close ally of President Vladimir Putin", which describes Medvedev.
        return None
    found = lex.adjective_in_text.search(app)
    country = lex.gazetteer.country_of(_strip_possessive(found.group(0))) if found else None
    organization = lex.organization.search(app)
    return (
        title.group(0),
        country,
        organization.group("org") if organization else None,
    )


_NAME_AFTER_TITLE = re.compile(
    rf"\s+(?:[{_UPPER}][\w'’-]+\s+){{1,3}}[{_UPPER}][\w-]+\b(?!['’]|\s+of\b)"
)
"""Two to four capitalized words right after a title: a name the title belongs to (not a
possessive one: "Chancellor Olaf Scholz's spokesman" describes the name before)."""
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _strip_possessive(text: str) -> str:
    return text[:-2] if text.endswith("'s") else text.rstrip("'")


def _stack_title(found: str, current: str | None) -> str:
    # Titles stack ("Vice Foreign Minister"), but the prefix matcher sees them one by one.
    return f"{current} {found}" if current else found


def _bearers(people: PeopleIndex) -> dict[str, list[Entity]]:
    """Each known person's family-name candidates, and who bears them, in order."""
    bearers: dict[str, list[Entity]] = {}
    for entity in people.entities:
        for token in entity.surnames:
            if len(token) > 1:
                bearers.setdefault(token, []).append(entity)
    return bearers


def _with_bare_articles(ends: tuple[str, str]) -> list[str]:
    """A name's end words, and a capitalized article's name without it: "Al-Sudani" is
    also "Sudani" ("President Biden and Prime Minister Sudani")."""
    prefixes = _lexicon().prefixes
    found = list(ends)
    for word in ends:
        for prefix in prefixes:
            rest = word[len(prefix) :]
            if word[:1].isupper() and word.lower().startswith(prefix) and _NAME_TOKEN.match(rest):
                found.append(rest)
    return found


def _core(name: str) -> list[str]:
    """The name's words without initials and suffixes ("S.", "Jr."), and without the
    article a family name carries ("al-Assad" is "Assad")."""
    prefixes = _lexicon().prefixes
    words = [
        _without_prefix(w, prefixes)
        for w in name.split()
        if not _INITIAL.match(w) and w.rstrip(".") not in _SUFFIXES
    ]
    return words or name.split()


def _without_prefix(word: str, prefixes: tuple[str, ...]) -> str:
    """``word`` without a hyphenated article before a name ("al-Assad": "Assad")."""
    if word[:1].islower():
        for prefix in prefixes:
            if word.startswith(prefix) and _NAME_TOKEN.match(word[len(prefix) :]):
                return word[len(prefix) :]
    return word


def _joined(sentences: list[Sentence]) -> tuple[str, list[int]]:
    """The sentences in one text, each after a NUL that neither a capitalized run nor a
    space matches, and where each starts in it (then one past the end).

    One scan reads the article, and no run crosses from one sentence into the next or
    sees past a sentence's end, just as when each sentence is read alone.
    """
    joined = "\0".join(sentence.norm for sentence in sentences)
    if '"' in joined or "“" in joined or "'" in joined:
        joined = _NICKNAME.sub(_blank_nickname, joined)
    return joined, [0, *accumulate(len(sentence.norm) + 1 for sentence in sentences)]


# A nickname in quote marks inside a name: Ferdinand "Bongbong" Marcos Jr.
_NICKNAME = re.compile(
    rf"(?<=\w )[\"“'][{_UPPER}][\w-]{{1,20}}[\"”'](?= [{_UPPER}][\w'-]*[\s\0.,;:])"
)
_WORD_BEFORE = re.compile(r"(\S+) $")
_IN_NAME_NICKNAME = re.compile(r"\s+[\"“'][^\s\"“”']+[\"”']\s+")


def _blank_nickname(found: re.Match[str]) -> str:
    """Spaces for a nickname between two capitalized words, offsets kept: the name runs
    across it."""
    before = _WORD_BEFORE.search(found.string, max(0, found.start() - 30), found.start())
    if before is None or not before.group(1)[:1].isupper():
        return found.group(0)
    return " " * len(found.group(0))


def _surnames_joined(
    joined: str, starts: list[int], bearers: dict[str, list[Entity]]
) -> list[tuple[int, list[tuple[int, int]]]]:
    """Where the family names of ``bearers`` occur as whole words, found by one search
    per name over the ``joined`` sentences (see :func:`_joined`): the index of each
    sentence that has any, in order, with their spans in it, in order.

    Most sentences of a story name no one already met; a few names are cheaper to
    search for than each sentence's capitalized words are to list.
    """
    found: dict[int, list[tuple[int, int]]] = {}
    for token in bearers:
        for at, end in _occurrences(joined, token):  # the NULs between are no word characters
            index = bisect_right(starts, at) - 1
            offset = starts[index]
            found.setdefault(index, []).append((at - offset, end - offset))
    return [(index, sorted(found[index])) for index in sorted(found)]


def _surnames(
    text: str, bearers: dict[str, list[Entity]], unusual: list[str]
) -> list[tuple[int, int]]:
    """The spans of ``text``, in order, that are whole words a known person bears.

    Capitalized words are looked up in ``bearers`` rather than matched by a pattern
    built from the article's names, which would be compiled anew for every article.
    """
    found = []
    if not bearers.keys().isdisjoint(_CAPITALIZED.findall(text)):
        found = [(m.start(), m.end()) for m in _CAPITALIZED.finditer(text) if m.group(0) in bearers]
    for token in unusual:  # "O'Neill": not one run of word characters
        found.extend(_occurrences(text, token))
    found.sort()
    return found


def _resolve(
    sentence: Sentence,
    found: list[tuple[int, int]],
    bearers: dict[str, list[Entity]],
    people: PeopleIndex,
) -> None:
    """Later mentions by one name ("Kono said") at the ``found`` spans of a sentence."""
    text = sentence.norm
    taken = people.mentions.get(sentence.index, [])
    for start, end in found:
        if any(m.start <= start < m.end for m in taken):
            continue
        # The most recently mentioned bearer of the name is meant.
        entity = max(bearers[text[start:end]], key=lambda e: e.last_seen)
        _mention(people, sentence, start, end, entity)


# A capitalized word and all that runs on with it: "Kono" of "Kono's", "Kyung-wha".
# The capital comes first and the look-behind second, so the engine skips quickly
# from capital to capital instead of testing the look-behind at every position.
_CAPITALIZED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w-]*")
_PLAIN_WORD = re.compile(r"[A-Z][\w-]*")
_SEARCHED_NAMES = 16  # above: listing each sentence's capitalized words is cheaper


def _occurrences(text: str, token: str) -> list[tuple[int, int]]:
    found = []
    at = text.find(token)
    while at >= 0:
        end = at + len(token)
        if not _word_char(text, at - 1) and not _word_char(text, end):
            found.append((at, end))
        at = text.find(token, at + 1)
    return found


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _holds_words(title: str, words: str) -> bool:
    """True when ``words`` ("minister", "prime minister") run whole in ``title``."""
    return f" {words} " in f" {title} "
