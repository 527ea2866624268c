"""Deterministic synthetic diplomatic news articles for diplowire speed benchmarks.

Articles imitate the copy and page layouts of four outlets: Kyodo News, Yonhap, The
Mainichi (which republishes Kyodo copy) and Gulf Today (AFP/Reuters/WAM copy). Each
article comes both as plain text and as a full HTML page with site furniture, so a
benchmark can time the text path and the HTML path on the same stories.

Usage as a library (put ``benchmarks/`` on ``sys.path``)::

    import corpus

    articles = corpus.generate(1000, seed=0)        # a list
    for article in corpus.iter_articles(100_000):   # lazily, constant memory
        diplowire.parse(article.html, url=article.url, published=article.published)
    manifest = corpus.write(Path("out"), 1000, kind="html")

Usage from the shell::

    python benchmarks/corpus.py OUTDIR -n 1000 --seed 0 --kind text|html

Article ``i`` depends only on ``(seed, i)`` (and on article ``i - 1`` when it is a
Mainichi republication of it), so ``iter_articles`` can be sliced or resumed and the
same seed always gives byte-identical output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from typing import NamedTuple

__all__ = ["OUTLETS", "SyntheticArticle", "generate", "iter_articles", "write"]

OUTLETS = ("kyodo", "yonhap", "mainichi", "gulftoday")


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article in both renderings."""

    name: str
    """File name, e.g. ``000123_yonhap.txt``; :func:`write` swaps in ``.html`` for HTML."""
    outlet: str
    """``kyodo``, ``yonhap``, ``mainichi`` or ``gulftoday``."""
    url: str
    """A plausible URL on the outlet's real host."""
    published: str
    """Publication date, ISO ``YYYY-MM-DD``."""
    text: str
    """Plain text: title line, blank line, dateline paragraph, paragraphs."""
    html: str
    """A full page in the outlet's layout, boilerplate included."""


# -- vocabulary ------------------------------------------------------------------------


class Country(NamedTuple):
    code: str
    name: str  # as copy names it in running text
    short: str  # as headlines name it
    adjective: str
    capital: str
    cities: tuple[str, ...]
    ministry: str  # the body that issues readouts
    venue: str  # where visitors are received in the capital


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "JP",
            "Japan",
            "Japan",
            "Japanese",
            "Tokyo",
            ("Osaka", "Hiroshima", "Nagasaki", "Fukuoka", "Sapporo", "Okinawa"),
            "Japanese Foreign Ministry",
            "the prime minister's office",
        ),
        Country(
            "KR",
            "South Korea",
            "S. Korea",
            "South Korean",
            "Seoul",
            ("Busan", "Incheon", "Jeju", "Gyeongju"),
            "South Korean foreign ministry",
            "the presidential office",
        ),
        Country(
            "CN",
            "China",
            "China",
            "Chinese",
            "Beijing",
            ("Shanghai", "Tianjin", "Xiamen", "Hangzhou", "Guangzhou"),
            "Chinese Foreign Ministry",
            "the Diaoyutai State Guesthouse",
        ),
        Country(
            "US",
            "the United States",
            "U.S.",
            "U.S.",
            "Washington",
            ("New York", "San Francisco", "Honolulu", "Chicago"),
            "State Department",
            "the State Department",
        ),
        Country(
            "FR",
            "France",
            "France",
            "French",
            "Paris",
            ("Marseille", "Lyon", "Nice", "Strasbourg"),
            "French Foreign Ministry",
            "the Quai d'Orsay",
        ),
        Country(
            "DE",
            "Germany",
            "Germany",
            "German",
            "Berlin",
            ("Munich", "Hamburg", "Bonn", "Frankfurt"),
            "German Foreign Office",
            "the Federal Chancellery",
        ),
        Country(
            "IN",
            "India",
            "India",
            "Indian",
            "New Delhi",
            ("Mumbai", "Bengaluru", "Chennai", "Kolkata"),
            "Indian Ministry of External Affairs",
            "Hyderabad House",
        ),
        Country(
            "ID",
            "Indonesia",
            "Indonesia",
            "Indonesian",
            "Jakarta",
            ("Bali", "Surabaya", "Bandung", "Nusa Dua"),
            "Indonesian Foreign Ministry",
            "the Merdeka Palace",
        ),
        Country(
            "BR",
            "Brazil",
            "Brazil",
            "Brazilian",
            "Brasilia",
            ("Rio de Janeiro", "Sao Paulo", "Belem"),
            "Brazilian Foreign Ministry",
            "the Itamaraty Palace",
        ),
        Country(
            "AE",
            "the United Arab Emirates",
            "UAE",
            "Emirati",
            "Abu Dhabi",
            ("Dubai", "Sharjah", "Ajman"),
            "UAE Ministry of Foreign Affairs",
            "Qasr Al Watan",
        ),
        Country(
            "EG",
            "Egypt",
            "Egypt",
            "Egyptian",
            "Cairo",
            ("Alexandria", "Sharm el-Sheikh", "El Alamein"),
            "Egyptian Foreign Ministry",
            "the Ittihadiya Palace",
        ),
        Country(
            "AU",
            "Australia",
            "Australia",
            "Australian",
            "Canberra",
            ("Sydney", "Melbourne", "Perth", "Darwin"),
            "Australian Department of Foreign Affairs and Trade",
            "Parliament House",
        ),
        Country(
            "GB",
            "Britain",
            "Britain",
            "British",
            "London",
            ("Edinburgh", "Manchester", "Cardiff"),
            "British Foreign Office",
            "Downing Street",
        ),
        Country(
            "VN",
            "Vietnam",
            "Vietnam",
            "Vietnamese",
            "Hanoi",
            ("Ho Chi Minh City", "Da Nang", "Hai Phong"),
            "Vietnamese Foreign Ministry",
            "the Presidential Palace",
        ),
        Country(
            "PH",
            "the Philippines",
            "Philippines",
            "Philippine",
            "Manila",
            ("Cebu", "Davao", "Subic"),
            "Philippine Department of Foreign Affairs",
            "Malacanang Palace",
        ),
        Country(
            "SA",
            "Saudi Arabia",
            "Saudi Arabia",
            "Saudi",
            "Riyadh",
            ("Jeddah", "Dammam", "AlUla"),
            "Saudi Foreign Ministry",
            "Al-Yamamah Palace",
        ),
        Country(
            "TR",
            "Turkey",
            "Turkey",
            "Turkish",
            "Ankara",
            ("Istanbul", "Antalya", "Izmir"),
            "Turkish Foreign Ministry",
            "the Presidential Complex",
        ),
        Country(
            "ZA",
            "South Africa",
            "South Africa",
            "South African",
            "Pretoria",
            ("Johannesburg", "Cape Town", "Durban"),
            "South African Department of International Relations",
            "the Union Buildings",
        ),
        Country(
            "MX",
            "Mexico",
            "Mexico",
            "Mexican",
            "Mexico City",
            ("Guadalajara", "Monterrey", "Cancun"),
            "Mexican Foreign Ministry",
            "the National Palace",
        ),
        Country(
            "CA",
            "Canada",
            "Canada",
            "Canadian",
            "Ottawa",
            ("Toronto", "Vancouver", "Montreal"),
            "Global Affairs Canada",
            "Parliament Hill",
        ),
        Country(
            "IT",
            "Italy",
            "Italy",
            "Italian",
            "Rome",
            ("Milan", "Naples", "Florence"),
            "Italian Foreign Ministry",
            "Palazzo Chigi",
        ),
        Country(
            "SG",
            "Singapore",
            "Singapore",
            "Singaporean",
            "Singapore",
            (),
            "Singaporean Ministry of Foreign Affairs",
            "the Istana",
        ),
        Country(
            "NG",
            "Nigeria",
            "Nigeria",
            "Nigerian",
            "Abuja",
            ("Lagos", "Kano"),
            "Nigerian Foreign Ministry",
            "the State House",
        ),
        Country(
            "QA",
            "Qatar",
            "Qatar",
            "Qatari",
            "Doha",
            ("Lusail", "Al Wakrah"),
            "Qatari Foreign Ministry",
            "the Amiri Diwan",
        ),
    )
}


class Person(NamedTuple):
    full: str
    short: str  # surname as copy prints it on second reference
    country: str
    title: str
    he: str  # pronoun, so "for his part" agrees with the speaker


# Invented but plausible names: benchmarks should not put words in real officials' mouths.
_PEOPLE_RAW = """
JP|Foreign Minister|Kenji Moriyama|Moriyama|m
JP|Prime Minister|Haruko Tanabe|Tanabe|f
JP|Defense Minister|Takeshi Oyama|Oyama|m
JP|Vice Foreign Minister|Masato Kishimoto|Kishimoto|m
JP|Chief Cabinet Secretary|Ryota Nakagawa|Nakagawa|m
JP|Trade Minister|Emiko Sakurai|Sakurai|f
KR|Foreign Minister|Park Jin-woo|Park|m
KR|President|Lee Seung-hoon|Lee|m
KR|Defense Minister|Choi Dong-hyun|Choi|m
KR|First Vice Foreign Minister|Kang Min-ji|Kang|f
KR|Unification Minister|Yoon Sang-chul|Yoon|m
KR|Trade Minister|Han Ji-soo|Han|f
CN|Foreign Minister|Wang Jianguo|Wang|m
CN|Premier|Zhao Lifeng|Zhao|m
CN|Vice Foreign Minister|Liu Mingyu|Liu|m
CN|Defense Minister|Chen Haitao|Chen|m
CN|Commerce Minister|Sun Weiping|Sun|m
US|Secretary of State|Daniel Whitaker|Whitaker|m
US|President|Margaret Hollis|Hollis|f
US|Defense Secretary|Robert Callahan|Callahan|m
US|Deputy Secretary of State|Karen Ostrowski|Ostrowski|f
US|Trade Representative|Michael Brenner|Brenner|m
FR|President|Antoine Delacroix|Delacroix|m
FR|Foreign Minister|Claire Marchand|Marchand|f
FR|Armed Forces Minister|Julien Roussel|Roussel|m
DE|Chancellor|Friedrich Hartmann|Hartmann|m
DE|Foreign Minister|Annika Vogel|Vogel|f
DE|Defense Minister|Stefan Brandt|Brandt|m
IN|Prime Minister|Rajesh Malhotra|Malhotra|m
IN|External Affairs Minister|Subramaniam Iyer|Iyer|m
IN|Foreign Secretary|Priya Raghavan|Raghavan|f
ID|President|Bambang Sutrisno|Sutrisno|m
ID|Foreign Minister|Retno Wulandari|Wulandari|f
ID|Defense Minister|Agus Prasetyo|Prasetyo|m
BR|President|Luiz Carvalho|Carvalho|m
BR|Foreign Minister|Mauro Figueiredo|Figueiredo|m
AE|President|Sheikh Khalid Bin Saeed Al Nahyan|Sheikh Khalid|m
AE|Minister of State|Reem Al Hashemi|Al Hashemi|f
AE|Foreign Minister|Sheikh Hamdan Bin Rashid|Sheikh Hamdan|m
EG|President|Mahmoud El-Sayed|El-Sayed|m
EG|Foreign Minister|Sameh Abdelaziz|Abdelaziz|m
AU|Prime Minister|James Whitfield|Whitfield|m
AU|Foreign Minister|Sarah Penrose|Penrose|f
AU|Defence Minister|Craig Donnelly|Donnelly|m
GB|Prime Minister|Oliver Pemberton|Pemberton|m
GB|Foreign Secretary|Harriet Ashworth|Ashworth|f
VN|Prime Minister|Nguyen Van Thanh|Thanh|m
VN|Foreign Minister|Bui Thanh Son|Son|m
PH|President|Ramon Aquino|Aquino|m
PH|Foreign Secretary|Teresa Manalo|Manalo|f
SA|Foreign Minister|Prince Faisal bin Abdullah|Prince Faisal|m
SA|Crown Prince|Mohammed bin Turki|Mohammed|m
TR|Foreign Minister|Mehmet Yilmaz|Yilmaz|m
TR|President|Ahmet Demirci|Demirci|m
ZA|President|Thabo Nkosi|Nkosi|m
ZA|Minister of International Relations|Naledi Mokoena|Mokoena|f
MX|President|Gabriela Ortega|Ortega|f
MX|Foreign Minister|Alejandro Ruiz|Ruiz|m
CA|Prime Minister|Mark Lefebvre|Lefebvre|m
CA|Foreign Minister|Melanie Tremblay|Tremblay|f
IT|Prime Minister|Giulia Ferrante|Ferrante|f
IT|Foreign Minister|Marco Bellini|Bellini|m
SG|Prime Minister|Lim Boon Keng|Lim|m
SG|Foreign Minister|Vivian Rajan|Rajan|m
NG|President|Bola Adeyemi|Adeyemi|m
NG|Foreign Minister|Yusuf Tuggar|Tuggar|m
QA|Prime Minister|Sheikh Abdulrahman Al Thani|Sheikh Abdulrahman|m
QA|Minister of State|Mohammed Al Khulaifi|Al Khulaifi|m
JP|Ambassador to South Korea|Koichi Mizushima|Mizushima|m
KR|Ambassador to Japan|Jang Ho-jin|Jang|m
CN|Ambassador to Japan|Wu Jianghao|Wu|m
US|Ambassador to Japan|Thomas Garrity|Garrity|m
"""

PEOPLE: tuple[Person, ...] = tuple(
    Person(full, short, code, title, "his" if g == "m" else "her")
    for code, title, full, short, g in (
        line.split("|") for line in _PEOPLE_RAW.strip().splitlines()
    )
)
# Japan, South Korea and China dominate the real sources; weight the hosts accordingly.
_HOME = {"kyodo": "JP", "mainichi": "JP", "yonhap": "KR", "gulftoday": "AE"}


class Pact(NamedTuple):
    name: str
    acronym: str
    kind: str  # "pact", "accord", "agreement": how copy refers back to it


PACTS: tuple[Pact, ...] = (
    Pact("General Security of Military Information Agreement", "GSOMIA", "pact"),
    Pact("Reciprocal Access Agreement", "RAA", "agreement"),
    Pact("Acquisition and Cross-Servicing Agreement", "ACSA", "agreement"),
    Pact("Status of Forces Agreement", "SOFA", "agreement"),
    Pact("Comprehensive Economic Partnership Agreement", "CEPA", "deal"),
    Pact("Economic Partnership Agreement", "EPA", "deal"),
    Pact("Special Measures Agreement", "SMA", "cost-sharing deal"),
    Pact("Visiting Forces Agreement", "VFA", "pact"),
    Pact("Bilateral Investment Treaty", "BIT", "treaty"),
    Pact("Memorandum of Understanding on Maritime Cooperation", "MOU", "memorandum"),
    Pact("Regional Comprehensive Economic Partnership", "RCEP", "trade pact"),
    Pact("Currency Swap Agreement", "CSA", "arrangement"),
)

GOALS = (
    "strengthen security cooperation in the face of North Korea's missile launches",
    "deepen economic ties, including in semiconductors and critical minerals",
    "work together toward a free and open Indo-Pacific",
    "resume negotiations on a free trade agreement",
    "step up coordination on the war in Ukraine",
    "expand cooperation on clean energy and climate change",
    "keep communication channels open despite differences over history",
    "boost people-to-people exchanges ahead of the anniversary of diplomatic ties",
    "cooperate on stabilizing supply chains for rare earths",
    "push for a ceasefire in Gaza and the release of hostages",
    "launch a new framework for dialogue between their defense authorities",
    "maintain peace and stability across the Taiwan Strait",
    "enhance maritime security cooperation in the South China Sea",
    "coordinate closely ahead of the Group of 20 summit",
)

TOPICS = (
    "North Korea's nuclear and missile programs",
    "the situation in the Middle East",
    "Russia's invasion of Ukraine",
    "export controls on advanced chips",
    "the safety of treated water released from the Fukushima nuclear plant",
    "the detention of nationals abroad",
    "regional security",
    "energy prices and food security",
    "China's military activities around Taiwan",
    "the abduction issue",
    "reform of the U.N. Security Council",
    "tariffs on steel and aluminum",
)

QUOTES = (
    "We agreed to open a new chapter in our relations",
    "Our two countries share fundamental values and strategic interests",
    "This meeting was very meaningful and productive",
    "We will respond firmly to any provocation",
    "Dialogue is the only way to resolve our differences",
    "We cannot accept any unilateral attempt to change the status quo by force",
    "The partnership between our nations has never been more important",
    "We had a frank and candid exchange of views",
    "There is no alternative to a peaceful, negotiated solution",
    "We must not allow economic issues to become security issues",
    "I conveyed our serious concern over the recent developments",
    "Both sides agreed to accelerate the work of our officials",
)

PARAPHRASES = (
    "the two countries should cooperate closely as the security environment grows more severe",
    "his government would continue to seek dialogue without preconditions",
    "the relationship had entered a new stage of development",
    "the issue should be handled in accordance with international law",
    "both sides had agreed to keep in close communication",
    "Tokyo and Seoul must manage their differences over history wisely",
    "sanctions should be fully implemented by all members of the international community",
    "the region could not afford another conflict",
    "investment from abroad would be welcomed under new rules",
    "the ministers had reaffirmed their commitment to the rules-based international order",
)

SOURCES = (
    "the ministry said",
    "a senior government official told reporters",
    "according to the ministry",
    "officials said",
    "according to a readout released by the foreign ministry",
    "a government source said",
)

# Background is assembled from sentences ({x} and {y} are the two countries), so no
# two articles share the same filler paragraphs.
BACKGROUND = (
    "Relations between {x} and {y} have been strained in recent years over a range of"
    " issues, including territorial disputes and the legacy of the 20th century.",
    "Analysts say both governments have since sought to stabilize ties as regional tensions mount.",
    "The talks came as North Korea has continued to test-fire ballistic missiles at an"
    " unprecedented pace, with some of them falling into waters inside Japan's exclusive"
    " economic zone.",
    "Pyongyang has also deepened its military cooperation with Moscow, sending troops and"
    " artillery shells for use in the war in Ukraine, according to intelligence officials.",
    "Trade between {x} and {y} reached a record last year, driven by demand for"
    " semiconductors, automobiles and liquefied natural gas.",
    "Business leaders have called for a framework that would protect investment and"
    " simplify customs procedures.",
    "The region has seen a flurry of diplomatic activity in recent months, with leaders"
    " seeking to hedge against uncertainty over U.S. trade policy and the course of the"
    " rivalry between Washington and Beijing.",
    "China has stepped up pressure on Taiwan, holding large-scale military drills around"
    " the self-ruled island, which Beijing regards as a renegade province to be brought"
    " under its control, by force if necessary.",
    "The Middle East crisis has pushed up energy prices worldwide, and importers in Asia"
    " have been scrambling to secure alternative supplies of crude oil and gas.",
    "Shipping through the Red Sea has been disrupted for months, raising freight costs for"
    " exporters in {x}.",
    "Critics at home have accused the government of making too many concessions, while"
    " opposition lawmakers have demanded that the details of any deal be disclosed to"
    " parliament before it is signed.",
    "Public opinion polls in {x} show that views of {y} have improved since last year,"
    " though a majority of respondents still say relations are in poor shape.",
    "Tourism between the two countries has rebounded strongly after the pandemic, with"
    " direct flights restored to pre-2020 levels.",
    "{x} and {y} established diplomatic relations decades ago and have since become"
    " major trading partners, though political ties have often lagged behind the economic"
    " relationship.",
    "Experts say the outcome of the meeting will be closely watched by neighboring"
    " countries, many of which depend on stable relations among the major powers for"
    " their own security and prosperity.",
    "The government in {x} has been seeking to diversify its diplomacy beyond its"
    " traditional partners, reaching out to the so-called Global South, including"
    " countries in Africa, Latin America and the Gulf region.",
    "A stronger currency and rising labor costs have prompted many manufacturers to"
    " reconsider their production bases.",
    "Officials hope closer ties will encourage companies from {y} to invest in new plants"
    " and research facilities in {x}.",
    "Some 40,000 nationals of {y} live in {x}, many of them students and engineers"
    " working in the technology sector.",
    "{y} is among the largest sources of foreign direct investment in {x}, according to"
    " government data released last month.",
    "The two governments are also negotiating a framework for the mutual recognition of"
    " professional qualifications, which business groups say would ease labor shortages.",
    "Last year marked the first time in more than a decade that the leaders of {x} and"
    " {y} exchanged visits within the same year.",
    "Defense officials from both sides have held working-level consultations on a"
    " regular basis since the end of the Cold War.",
    "Opposition parties in {y} have criticized the government's approach as too"
    " accommodating, and some have called for a parliamentary inquiry.",
    "The central bank of {x} raised its policy rate for the first time in years in"
    " January, pushing up the currency against the dollar.",
    "Climate change has become a growing focus of the relationship, with both sides"
    " pledging to cut greenhouse gas emissions to net zero by mid-century.",
    "The foreign ministers last met in person on the sidelines of the U.N. General"
    " Assembly in New York in September.",
    "A joint committee on science and technology, set up in the 1990s, will meet for the"
    " first time in five years later this year.",
    "Human rights groups have urged the two governments to put the treatment of"
    " migrant workers on the agenda.",
    "Observers note that the personal rapport between the leaders has helped smooth over"
    " differences that once stalled negotiations for months.",
    "The agenda also included cooperation on artificial intelligence, cybersecurity and"
    " the peaceful use of outer space.",
    "Energy security is a key concern for {x}, which imports nearly all of its oil and"
    " much of its gas.",
    "{y} has expressed interest in joining a regional framework on supply chains led by"
    " {x}, officials familiar with the matter said.",
    "Several agreements on cultural exchanges, education and tourism are also expected to"
    " be concluded in the coming months.",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# AP style, as the agencies print dates: "Nov. 15" but "March 4".
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EPOCH = dt.date(2015, 1, 1)
_SPAN_DAYS = (dt.date(2025, 12, 31) - _EPOCH).days


# -- stories ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Story:
    """Outlet-independent content: one story can be printed by two outlets."""

    index: int
    outlet: str
    published: dt.date
    title: str
    place: str  # dateline place, capitalised when printed
    lead: str
    paragraphs: tuple[str, ...]
    caption: str
    slug: str
    wire: str  # agency credited on Gulf Today copy


def _ap_date(day: dt.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}"


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _capitalized(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def _described(p: Person) -> str:
    """First reference: "Japanese Foreign Minister Kenji Moriyama"."""
    title = p.title
    if title.startswith("Ambassador to"):
        return f"{COUNTRIES[p.country].adjective} {title} {p.full}".replace(
            f"{title} {p.full}", f"Ambassador {p.full}"
        )
    return f"{COUNTRIES[p.country].adjective} {title} {p.full}"


def _appositive(p: Person) -> str:
    """Alternative first reference: "Kenji Moriyama, Japan's foreign minister"."""
    name = COUNTRIES[p.country].name.removeprefix("the ")
    office, to, where = p.title.partition(" to ")
    return f"{p.full}, {name}'s {office.lower()}{to}{where},"


def _story(seed: int, index: int) -> _Story:
    # str seeds are hashed with SHA-512 by random.Random: stable across runs and versions.
    rng = random.Random(f"diplowire-corpus:{seed}:{index}")
    r = rng.random()
    outlet = (
        "kyodo" if r < 0.32 else "yonhap" if r < 0.62 else "mainichi" if r < 0.8 else "gulftoday"
    )
    home = _HOME[outlet]
    published = _EPOCH + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
    lag = rng.choice((0, 0, 0, 1, 1, 2))
    event = published - dt.timedelta(days=lag)

    locals_ = [p for p in PEOPLE if p.country == home]
    foreign = [p for p in PEOPLE if p.country != home]
    a = rng.choice(locals_) if rng.random() < 0.75 else rng.choice(foreign)
    b = rng.choice([p for p in foreign if p.country != a.country])
    c = rng.choice([p for p in PEOPLE if p.country not in (a.country, b.country)])
    ca, cb, cc = COUNTRIES[a.country], COUNTRIES[b.country], COUNTRIES[c.country]
    host = rng.choice((ca, cb, ca))
    city = host.capital if rng.random() < 0.7 or not host.cities else rng.choice(host.cities)
    weekday = WEEKDAYS[event.weekday()]
    when = rng.choice(
        (f"on {weekday}", weekday, f"on {MONTHS[event.month - 1]} {event.day}", f"on {weekday}")
    )
    goal = rng.choice(GOALS)
    topic, topic2 = rng.sample(TOPICS, 2)
    pact = rng.choice(PACTS)
    source = rng.choice(SOURCES)
    duration = rng.choice(("about an hour", "about 30 minutes", "some 90 minutes", "two hours"))
    ref_a = _described(a) if rng.random() < 0.8 else _appositive(a)
    ref_b = _described(b)
    trilateral = rng.random() < 0.2
    phone = not trilateral and rng.random() < 0.25

    if trilateral:
        lead = rng.choice(
            (
                f"{_described(a)}, {ref_b} and {_described(c)} held a trilateral meeting in {city}"
                f" {when} and agreed to {goal}, {source}.",
                f"Senior officials of {ca.name}, {cb.name} and {cc.name} met in {city} {when}"
                f" to discuss {topic}, as {a.full} hosted {b.full} and {c.full} for"
                f" three-way talks.",
            )
        )
        title = f"{ca.short}, {cb.short}, {cc.short} agree to {goal.split(',')[0]}"
    elif phone:
        lead = rng.choice(
            (
                f"{ref_a} held phone talks with {ref_b} {when} and agreed to {goal}, {source}.",
                f"{ref_a} spoke by phone with {ref_b} {when}, with the two agreeing to {goal}.",
                f"{ref_a} and {ref_b} agreed in a telephone call {when} to {goal}, {source}.",
            )
        )
        title = f"{a.short}, {b.short} agree in phone talks to {goal.split(',')[0]}"
    else:
        lead = rng.choice(
            (
                f"{ref_a} held talks with {ref_b} in {city} {when}, agreeing to {goal}.",
                f"{ref_a} and {ref_b} met in {city} {when} and agreed to {goal}, {source}.",
                f"{ref_a} met with {ref_b} for {duration} in {city} {when}, as the two sides"
                f" sought to {goal}.",
                f"{ref_a} hosted {ref_b} for talks at {host.venue} in {city} {when}, with the"
                f" two agreeing to {goal}.",
                f"{ca.name} and {cb.name} agreed {when} to {goal} as {a.full} met {b.full}"
                f" in {city}, {source}.",
            )
        )
        verb = rng.choice(("agree to", "vow to", "pledge to", "discuss how to"))
        title = f"{ca.short}, {cb.short} {verb} {goal.split(',')[0]}"

    title = title[0].upper() + title[1:]
    quote, quote2 = rng.sample(QUOTES, 2)
    para, para2 = rng.sample(PARAPHRASES, 2)
    year = rng.randrange(2005, published.year)
    middle: list[str] = [
        rng.choice(
            (
                f'"{quote}," {a.short} told reporters after the meeting.',
                f'"{quote}," {a.short} said at a joint news conference with {b.short}.',
                f'"{quote}," {a.short} said in {a.he} opening remarks, adding that {para}.',
                f'{a.short} told {b.short} that "{quote.lower()}," {source}.',
            )
        ),
        rng.choice(
            (
                f"{b.short}, for {b.he} part, said {para2}, according to the {cb.ministry}.",
                f"The {cb.ministry} quoted {b.short} as saying {para2}.",
                f'"{quote2}," {b.short} said, according to a statement released by {cb.capital}.',
                f"{b.short} stressed that {para2}, a senior official who attended the talks"
                f" told reporters.",
            )
        ),
        rng.choice(
            (
                f"The two also exchanged views on {topic}, {source}.",
                f"They discussed {topic} and {topic2}, {source}.",
                f"On {topic}, {a.short} expressed concern and asked {b.short} for"
                f' "constructive" cooperation, the ministry said.',
            )
        ),
    ]
    if rng.random() < 0.55:
        acr = pact.acronym
        middle.append(
            rng.choice(
                (
                    f"The two sides also agreed to extend the {pact.name} ({acr}), which"
                    f" {ca.name} and {cb.name} signed in {year}. The {pact.kind} is renewed"
                    f" automatically every year unless either side gives 90 days' notice of"
                    f" its intention to terminate it.",
                    f"{a.short} and {b.short} signed the {pact.name} ({acr}) after the talks,"
                    f" {_a(pact.kind)} that officials described as a milestone in bilateral"
                    f" relations.",
                    f"{cb.name} announced in {MONTHS[rng.randrange(12)]} {year} that it would"
                    f" terminate the {acr}, {_a(pact.kind)} signed in {year - 3}, but later"
                    f" suspended the decision. Under the {acr}, either party must give 90 days'"
                    f" notice before ending it.",
                    f"The {acr}, {_a(pact.kind)} first concluded in {year}, was extended by one"
                    f" year last month, {source}.",
                )
            )
        )
    if rng.random() < 0.5:
        middle.append(
            rng.choice(
                (
                    f"Earlier this month, {b.short} held phone talks with {c.full},"
                    f" {cc.adjective} {c.title.lower()}, on {topic2}.",
                    f"{a.short} also met {_described(c)} last week on the sidelines of an"
                    f" international conference in {cc.capital}.",
                    f"The last such meeting took place in {cb.capital} in"
                    f" {MONTHS[rng.randrange(12)]} {published.year - 1}.",
                )
            )
        )
    x = ca.name if rng.random() < 0.5 else cb.name
    y = cb.name if x == ca.name else ca.name
    sentences = [
        _capitalized(t.format(x=x, y=y)) for t in rng.sample(BACKGROUND, rng.randrange(14, 34))
    ]
    while sentences:
        size = rng.randrange(2, 6)
        text = " ".join(sentences[:size])
        middle.append(text)
        del sentences[:size]
    if rng.random() < 0.6:
        middle.append(
            f"{a.short} also said {para}, while {b.short} reiterated that {para2}."
            if rng.random() < 0.5
            else f'"{quote2}," {a.short} added, calling the talks "a significant step."'
        )
    opening = middle.pop(0)
    rng.shuffle(middle)
    # Copy quotes the main actor right after the lead; background never opens a story.
    middle.insert(0, opening)
    closing = rng.choice(
        (
            f"{b.short} is scheduled to visit {rng.choice(ca.cities or (ca.capital,))} on"
            f" {WEEKDAYS[(event.weekday() + 1) % 7]} before returning home.",
            f"{a.short} is set to travel to {cc.capital} later this month.",
            f"The two ministers agreed to meet again in {cb.capital} early next year.",
            f"{a.short} later met {c.full} in {city}, {source}.",
        )
    )
    paragraphs = (*middle, closing)
    wire = rng.choice(("AFP", "Reuters", "WAM", "AP"))
    caption = (
        f"{a.full}, right, shakes hands with {b.full} in {city} on {_ap_date(event)}, {event.year}."
    )
    slug = "-".join(title.lower().replace(",", "").replace(".", "").replace("'", "").split())[
        :80
    ].rstrip("-")
    place = city if outlet != "gulftoday" or rng.random() < 0.5 else ""
    return _Story(index, outlet, published, title, place, lead, paragraphs, caption, slug, wire)


# -- page furniture --------------------------------------------------------------------

_HEADLINES = (
    "Typhoon approaches Okinawa, flights canceled",
    "Tokyo stocks end higher as yen weakens",
    "Rice prices ease for 3rd straight week",
    "Baseball: Ohtani hits 40th homer of season",
    "Nikkei hits record high on tech rally",
    "Police arrest man over fraud targeting elderly",
    "Heavy rain triggers evacuation orders in Kyushu",
    "Cabinet approval rating falls to record low",
    "Exports rise for 5th month on chip demand",
    "New bullet train line to open in spring",
    "Central bank keeps interest rates unchanged",
    "Tourist arrivals hit monthly record",
    "Court orders state to pay damages over forced sterilization",
    "Football: national team qualifies for World Cup",
    "Earthquake of magnitude 5.8 jolts northeastern region",
    "Oil prices climb on supply worries",
)


def _links(rng: random.Random, prefix: str, count: int) -> str:
    items = []
    for _ in range(count):
        head = rng.choice(_HEADLINES)
        ident = f"{rng.getrandbits(48):012x}"
        items.append(
            f'<li><a href="{prefix}{ident}-{head.lower()[:24].replace(" ", "-")}">'
            f"{escape(head)}</a></li>"
        )
    return "\n".join(items)


def _script(rng: random.Random, lines: int) -> str:
    # Inline analytics and ad-slot code, the bulk of a real news page's bytes.
    body = "\n".join(
        f"  googletag.defineSlot('/{rng.randrange(10**7, 10**8)}/article/slot{i}',"
        f" [[300, 250], [728, 90]], 'div-gpt-ad-{rng.getrandbits(32):08x}')"
        ".addService(googletag.pubads());"
        for i in range(lines)
    )
    return f"<script>\nwindow.googletag = window.googletag || {{cmd: []}};\n{body}\n</script>"


class _Furniture(NamedTuple):
    heads: tuple[str, ...]  # scripts and styles for <head>
    navs: tuple[str, ...]  # header and navigation
    tails: tuple[str, ...]  # related lists, rankings, footer, trailing scripts


@cache
def _furniture(outlet: str) -> _Furniture:
    """Boilerplate variants, built once per outlet so pages cost only a join."""
    rng = random.Random(f"diplowire-corpus-furniture:{outlet}")
    prefix = {
        "kyodo": "/news/2024/",
        "yonhap": "//en.yna.co.kr/view/AEN",
        "mainichi": "//mainichi.jp/english/articles/",
        "gulftoday": "/news/2024/",
    }[outlet]
    heads = tuple(
        "\n".join(_script(rng, rng.randrange(20, 60)) for _ in range(rng.randrange(1, 4)))
        for _ in range(16)
    )
    navs = tuple(
        '<header id="header" class="site-header"><nav id="gnav" class="main-nav"><ul>\n'
        + "\n".join(
            f'<li class="menu-item"><a href="/{s.lower()}/">{s}</a><ul class="submenu">'
            + _links(rng, prefix, rng.randrange(3, 9))
            + "</ul></li>"
            for s in ("Japan", "Korea", "World", "Business", "Politics", "Sports", "Opinion")
        )
        + "\n</ul></nav></header>"
        for _ in range(16)
    )
    tails = tuple(
        '<section class="more-news"><h2>Related coverage</h2><ul class="newslist">\n'
        + _links(rng, prefix, rng.randrange(10, 40))
        + '\n</ul></section>\n<section class="ranking"><h2>Most Popular</h2><ol>\n'
        + _links(rng, prefix, rng.randrange(10, 60))
        + "\n</ol></section>\n"
        + "\n".join(_script(rng, rng.randrange(30, 120)) for _ in range(rng.randrange(2, 7)))
        for _ in range(16)
    )
    return _Furniture(heads, navs, tails)


# -- rendering -------------------------------------------------------------------------


def _url(story: _Story, outlet: str, rng: random.Random) -> str:
    d = story.published
    ymd = f"{d.year}{d.month:02d}{d.day:02d}"
    if outlet == "yonhap":
        return f"https://en.yna.co.kr/view/AEN{ymd}{rng.randrange(10**8):08d}315"
    if outlet == "mainichi":
        return (
            f"https://mainichi.jp/english/articles/{ymd}/p2g/00m/0na/{rng.randrange(1000):03d}000c"
        )
    if outlet == "kyodo":
        return (
            f"https://english.kyodonews.net/news/{d.year}/{d.month:02d}/"
            f"{rng.getrandbits(48):012x}-{story.slug}.html"
        )
    return f"https://www.gulftoday.ae/news/{d.year}/{d.month:02d}/{d.day:02d}/{story.slug}"


def _dateline(story: _Story, outlet: str) -> str:
    place = story.place.upper()
    if outlet == "yonhap":
        return f"{place}, {_ap_date(story.published)} (Yonhap) -- "
    if outlet in ("kyodo", "mainichi"):
        return f"{place} (Kyodo) -- "
    return f"{place}: " if place else ""


def _text(story: _Story, outlet: str, lead: str, rng: random.Random) -> str:
    blocks = [story.title if outlet != "gulftoday" else f"{story.title} - GulfToday", lead]
    blocks.extend(story.paragraphs)
    if outlet == "yonhap":
        blocks.append(f"{rng.choice(('sjlee', 'hjkwon', 'khj', 'yhk'))}@yna.co.kr\n(END)")
    elif outlet == "kyodo":
        blocks.append("==Kyodo")
    elif outlet == "mainichi":
        blocks.extend(("Also in The Mainichi", "The Mainichi on social media"))
    else:
        blocks.append("Related articles")
    return "\n\n".join(blocks) + "\n"


def _html(story: _Story, outlet: str, url: str, lead: str, rng: random.Random) -> str:
    furniture = _furniture(outlet)
    head_extra = rng.choice(furniture.heads)
    nav = rng.choice(furniture.navs)
    tail = rng.choice(furniture.tails)
    title = escape(story.title)
    caption = escape(story.caption)
    iso = f"{story.published.isoformat()}T{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00"
    paras = [f"<p>{escape(p)}</p>" for p in (lead, *story.paragraphs)]
    if outlet == "yonhap":
        site, suffix, tz = "Yonhap News Agency", " | Yonhap News Agency", "+09:00"
        paras = [p.replace("<p>", "<p> ", 1) for p in paras]
        paras.insert(
            2,
            '<div class="comp-box photo-group"><figure class="img-con"><figcaption'
            f' class="desc-con"><span class="desc">{caption} (Yonhap)</span></figcaption>'
            "</figure></div>",
        )
        article = (
            f'<section class="contents"><article class="story-view-zone"><header'
            f' class="title-article01"><h1 class="tit">{title}</h1></header>\n<div'
            f' class="view-body"><article class="story-news">\n'
            + "\n".join(paras)
            + '\n<p> hjkwon@yna.co.kr<br>(END)</p>\n</article>\n<div class="aside-box01">'
            '<aside class="bnr01"><ins class="adsbygoogle"></ins></aside></div>'
            '\n<div class="keyword-zone01"><strong class="tit">Keywords</strong></div>'
            "</div></article></section>"
        )
    elif outlet == "kyodo":
        site, suffix, tz = "Kyodo News", " | Kyodo News", "+09:00"
        article = (
            f'<article class="article-wrapper"><h1>{title}</h1>\n<p class="credit">KYODO'
            f" NEWS - {_ap_date(story.published)}, {story.published.year}</p>\n"
            f'<div class="mainpic"><img src="/img/{story.index}.jpg" alt=""><p>{caption}'
            ' (Kyodo)</p></div>\n<div class="article-body" id="js-article-body">\n'
            + "\n".join(paras)
            + '\n<p><strong>Related coverage:</strong></p>\n<p><a href="/news/">'
            f"{escape(rng.choice(_HEADLINES))}</a></p>\n</div>\n"
            '<div class="ad-inarticle"><span>Advertisement</span></div></article>'
        )
    elif outlet == "mainichi":
        site, suffix, tz = "The Mainichi", " - The Mainichi", "+09:00"
        ad = (
            '<aside class="ad-articledetail-1"><span class="ad-article-text">Advertisement'
            "</span><div id='ad-pc-english-article-inread'></div></aside>"
        )
        for at in range(len(paras) - 3, 1, -4):
            paras.insert(at, ad)
        article = (
            '<aside><p class="forvoice"><a href="#main">Please view the main text area of the'
            ' page by skipping the main menu.</a></p></aside>\n<div class="articledetail-head"'
            f' id="articledetail-title"><h1 class="title-page">{title}</h1></div>\n<section'
            ' class="articledetail-body" id="articledetail-body">\n<div'
            f' class="articledetail-image-left"><figure><figcaption>{caption} (Kyodo)'
            "</figcaption></figure></div>\n"
            + "\n".join(paras)
            + '\n</section>\n<div class="articledetail-subcontents"><section'
            ' id="articledetail-nextread"><h2>Also in The Mainichi</h2></section></div>'
        )
    else:
        site, suffix, tz = "GulfToday", " - GulfToday", "+04:00"
        article = (
            f'<article class="article-detail"><h1 class="article-title">{title}</h1>\n'
            f'<div class="article-meta"><span class="article-author">{story.wire}</span></div>'
            f'\n<figure class="article-image"><figcaption class="image-caption">{caption}'
            f" {story.wire}</figcaption></figure>\n"
            '<div class="article-body" itemprop="articleBody">\n'
            + "\n".join(paras)
            + '\n<div class="related-articles"><h3>Related articles</h3></div>\n</div></article>'
        )
    description = escape(lead[:160])
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}{escape(suffix)}</title>\n"
        f'<link rel="canonical" href="{url}">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:description" content="{description}">\n'
        f'<meta name="description" content="{description}">\n'
        f'<meta property="article:published_time" content="{iso}{tz}">\n'
        f"{head_extra}\n</head>\n<body>\n{nav}\n"
        f'<main id="main" class="main-content">\n{article}\n</main>\n'
        f'<aside class="side">\n{tail}\n</aside>\n<footer id="footer"><p class="copyright">'
        f"&copy; {site}. All rights reserved.</p></footer>\n</body>\n</html>\n"
    )


def _article(seed: int, index: int) -> SyntheticArticle:
    story = _story(seed, index)
    rng = random.Random(f"diplowire-corpus-page:{seed}:{index}")
    outlet = story.outlet
    if outlet == "mainichi" and index > 0 and rng.random() < 0.6:
        # The Mainichi's English site runs Kyodo copy: reprint the previous story
        # when it was a Kyodo one, so the corpus holds real cross-outlet duplicates.
        previous = _story(seed, index - 1)
        if previous.outlet == "kyodo":
            story = previous
    lead = _dateline(story, outlet) + story.lead
    url = _url(story, outlet, rng)
    return SyntheticArticle(
        name=f"{index:06d}_{outlet}.txt",
        outlet=outlet,
        url=url,
        published=story.published.isoformat(),
        text=_text(story, outlet, lead, rng),
        html=_html(story, outlet, url, lead, rng),
    )


# -- public API ------------------------------------------------------------------------


def iter_articles(n: int, seed: int = 0) -> Iterator[SyntheticArticle]:
    """Yield ``n`` articles lazily; same ``(n, seed)``, same articles."""
    for index in range(n):
        yield _article(seed, index)


def generate(n: int, seed: int = 0) -> list[SyntheticArticle]:
    """Return ``n`` articles as a list."""
    return list(iter_articles(n, seed))


def write(directory: Path, n: int, seed: int = 0, kind: str = "text") -> Path:
    """Write ``n`` articles as ``.txt`` or ``.html`` files plus ``manifest.json``.

    :param kind: ``"text"`` or ``"html"``.
    :return: The manifest's path; its entries give each file's path (relative to
        ``directory``), URL, publication date and outlet.
    """
    if kind not in ("text", "html"):
        raise ValueError(f"kind must be 'text' or 'html', got {kind!r}")
    directory.mkdir(parents=True, exist_ok=True)
    extension = ".txt" if kind == "text" else ".html"
    entries: list[dict[str, str]] = []
    for article in iter_articles(n, seed):
        path = article.name.removesuffix(".txt") + extension
        content = article.text if kind == "text" else article.html
        (directory / path).write_text(content, encoding="utf-8")
        entries.append(
            {
                "path": path,
                "url": article.url,
                "published": article.published,
                "outlet": article.outlet,
            }
        )
    manifest = directory / "manifest.json"
    manifest.write_text(json.dumps(entries, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("outdir", type=Path, help="directory to write into (created)")
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    args = parser.parse_args(argv)
    manifest = write(args.outdir, args.n, seed=args.seed, kind=args.kind)
    print(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
