"""The country a report takes for granted: its dateline's, or its national domain's.

A report filed from a country names that country's own officeholders by office alone
("ABUJA - President Muhammadu Buhari on Thursday hosted the President of Ghana, Nana
Akufo-Addo"): the reader takes Buhari for Nigeria's president, as the report's first
readers did. Visitors and foreigners it qualifies ("Ghana's President", "of Ghana").

So a meeting participant the rules left without a country, whose title is an office of
state (a head of state or government, a minister: the ``heads`` and ``ministers`` lists of
the titles lexicon), takes the country of the dateline's place when the gazetteer knows
that place as a city, when no other participant of the meeting is already of that
country (the home side is seldom named twice in a meeting, the guest's unqualified title
is), and when the meeting is not held at a forum: a summit's press corps files from the
host city about leaders who are all guests there ("VILNIUS (Yonhap) -- President Yoon
Suk Yeol held talks with Prime Minister Fumio Kishida on the sidelines of the NATO
summit"). A dispatch of an agency filed outside its home country is left alone for the
same reason. Where the meeting was held does not matter: "ABUJA - President Buhari met
President Ramaphosa in Pretoria" is still Nigeria's president, told from home.

A report without a dateline on a country-code domain ("mofa.go.jp", "japantimes.co.jp")
takes that domain's country the same way; codes sold as words (".tv", ".io") name none
(``outlets.naming.generic_country_codes``). Without either, a national outlet's own
country stands in (``outlets.home_countries``: "hindustantimes" is India's), for the
same readers.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from diplowire.extraction import lexicon
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import PeopleIndex
from diplowire.models import Article, Meeting, Person
from diplowire.models.names import name_key
from diplowire.reading import wires


def fill_home_countries(meetings: list[Meeting], people: PeopleIndex, article: Article) -> None:
    """Give the unqualified officeholders of ``meetings`` the report's home country (see
    the module's docstring); the people index's entities take it too, so every record of the
    article names them alike."""
    home = (
        gazetteer().places.get(article.dateline_place or "")
        or _host_country(article)
        or _outlet_country(article)
    )
    if home is None or any(wires.home_of(a) not in (None, home) for a in article.wire):
        return  # "VILNIUS (Yonhap) --": the agency's reporter travels with its leader
    for meeting in meetings:
        if meeting.forum is not None or any(p.country == home for p in meeting.participants):
            continue
        wanting = [p for p in meeting.participants if _unqualified_office(p)]
        if len(wanting) != 1:
            continue  # two unqualified officeholders: which one is at home is not said
        (person,) = wanting
        entity = people.by_key(person.key or name_key(person.name))
        if entity is not None and entity.country not in (None, home):
            continue
        if entity is not None:
            entity.country = home
        meeting.participants = [
            p.model_copy(update={"country": home}) if p is person else p
            for p in meeting.participants
        ]


def _host_country(article: Article) -> str | None:
    """The country of the page's country-code domain, for a report without a dateline
    ("mofa.go.jp", "japantimes.co.jp"); not of a code sold as a word (".tv", ".io")."""
    if article.dateline_place or not article.url:
        return None
    return domain_country(article.url)


def domain_country(url: str) -> str | None:
    """The country of ``url``'s country-code domain ("mofa.go.jp": JP); none for a code
    sold as a word (".tv", ".io") or a URL with no host to read."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None  # "http://[::1" and the like
    code = host.rsplit(".", 1)[-1].upper()
    if len(code) != 2 or code.lower() in _generic_codes():
        return None
    return code if code in gazetteer().country_names.values() else None


def _outlet_country(article: Article) -> str | None:
    """The country a national outlet writes for (``outlets.home_countries``), for a report
    without a dateline."""
    if article.dateline_place or not article.outlet:
        return None
    home = _outlet_homes().get(article.outlet)
    # A wire story the outlet reprints without credit is about somewhere else: its own
    # country's stories name that country ("Indian", "India's") somewhere in the text.
    text = " ".join([article.title or "", *article.paragraphs])
    return home if home in gazetteer().countries_named(text) else None


@cache
def _outlet_homes() -> dict[str, str]:
    return lexicon.entry("outlets", "home_countries", shape=dict[str, str], default={})


@cache
def _generic_codes() -> frozenset[str]:
    return frozenset(lexicon.words("outlets", "naming", "generic_country_codes", default=[]))


def _unqualified_office(person: Person) -> bool:
    return (
        person.country is None
        and not person.institution
        and person.organization is None
        and person.title is not None
        and person.title.casefold() in _state_offices()
    )


@cache
def _state_offices() -> frozenset[str]:
    return frozenset(
        title.casefold()
        for key in ("heads", "ministers")
        for title in lexicon.words("titles", key, default=[])
    )
