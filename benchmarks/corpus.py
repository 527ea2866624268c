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
import math
import random
import re
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
BACKGROUND_SENTENCES = (16, 36)
"""Fewest and most background sentences in one story."""
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EPOCH = dt.date(2015, 1, 1)
_SPAN_DAYS = (dt.date(2025, 12, 31) - _EPOCH).days


# -- background ----------------------------------------------------------------------

# Background filler: themed template sentences, one paragraph per theme. ``{a|b}`` picks
# one phrasing, ``{name}`` fills a slot (see ``_slot``); braces nest. A template may span
# lines; a blank line ends it and ``## name`` starts a theme. With some 200 templates,
# several phrasings each and fresh numbers, places and names in every sentence, two
# unrelated articles share almost no word 5-grams, as real news does: only the Mainichi
# reprints of Kyodo copy look like copies to the wire-copy detector.
_BACKGROUND = """
## trade
Trade between {x} and {y} {reached a record {money}|rose {pct} to {money}|fell {pct} to
{money}|topped {money} for the first time} in {recent}, {driven by|helped by|led by} {demand
for|shipments of} {sector} and {sector2}{, customs figures show|}.

{ya} companies {now |}employ {some|about|nearly|more than} {count} people in {x}, {mostly|many
of them} in {sector} and {sector2}{, figures compiled by {institute} show|, and many more work
for their local suppliers}.

{x} ran a {trade |}{surplus|deficit} of {money} with {y} {last year|in {recent}}, {a gap that
has become a political issue in {ycap}|a figure that has narrowed for {few} straight years|a
gap economists attribute largely to energy and commodity prices}.

Business groups in {xcity} have long {pressed|lobbied} for {simpler customs procedures|lower
tariffs on {sector}|the mutual recognition of product standards|stronger protection for
investors} in {dealings|commerce} with {y}, {arguing that red tape costs them|complaining of
delays that cost them|in the hope of saving} {millions of dollars a year|time and money|weeks
at the border}.

{ys} exports of {commodity} to {x} {jumped|slid|rose|dropped} {pct} {in the first half of the
year|in the first quarter|over the past {few} months}, {customs data show|preliminary figures
show}{, as {buyers|importers} {stocked up|cut back} {ahead of|amid} {price changes|new
tariffs|a slowdown}|}.

Direct investment from {y} into {x} {totaled|amounted to|came to} {money} in {recent},
{up|down} {pct} from {a year earlier|the previous year}{, with {sector} and {sector2}
attracting the largest {sums|share}|}.

{Several|A number of|Dozens of|At least {n}} {ya} {firms} have {opened|set up}
{plants|offices|research centers|distribution hubs} in {xcity} {since {year}|in recent
years|over the past decade}, {drawn by|attracted by} {a skilled workforce|tax
incentives|access to regional markets|lower land costs}.

The {xa} {sector} industry {accounts for|makes up} {roughly|about|nearly|close to}
{smallshare} of {xs} exports{ to {y}|}, {while {sector2} {makes up|accounts for} {much of the
rest|a growing share}|with {sector2} a distant second}.

{Port|Freight|Container} traffic between {xcity} and {ycity} has {grown|doubled|recovered}
{since {year}|over the past {few} years}, with {volumes|shipments} up {pct} in {recent}
alone{, port operators estimate|}.

A free trade framework between the two {countries|economies} has been under discussion {since
{year}|for more than a decade|on and off since the {decade}}, {but progress has been
slow|though agriculture remains the main sticking point|with tariffs on {sector} the main
obstacle}.

{Small and medium-sized|Family-owned|Regional} {firms|suppliers|manufacturers} in {xcity}
{rely on|depend on} {y} for {about|roughly|nearly|more than} {share} of their {components|raw
materials|sales}, a {season} survey by {institute} found.

{xa} {firms} {{reported|booked} {record|higher} {profits|sales} from {y} in {recent}, helped
by {the exchange rate|strong orders from {sector} makers|a rebound in consumer
demand}|{reported|booked} lower {profits|sales} from {y} in {recent}, hurt by {the exchange
rate|weaker consumer demand|rising costs}}.

Re-exports through {region} {account for|make up} a {rising|growing|significant} share of
trade between {x} and {y}, {economists at {institute} estimate|{institute} calculates|a
pattern that blurs official statistics}.
## economy
Economists {at {institute}|at {university}|surveyed in {month}} expect growth in {x} to
{slow|pick up|edge up|ease} to {smallpct} this year as {higher interest rates|weaker external
demand|a recovery in consumption|rising wages|lower energy prices} {weigh on|feed through
to|support} {the economy|household spending|corporate investment}.

The {xa} currency has {weakened|strengthened|slipped|firmed} {sharply|steadily|by about
{smallpct}} against the dollar {since {month}|this year|over the past {few} months}, {making
imports from {y} more expensive|easing pressure on exporters|complicating planning for
importers}.

Inflation in {x} {{accelerated|rose} to {smallpct} in {month}, the {highest|fastest}
{level|reading|pace} since {year}|{eased|slowed} to {smallpct} in {month}, the
{lowest|slowest} {level|reading|pace} since {year}|stood at {smallpct} in {month}, unchanged
from the previous month}{, official data showed|}.

Unemployment in {x} {fell|rose|edged down|edged up} to {smallpct} in {month}, {while wages
grew {smallpct} from a year earlier|the {lowest|highest} rate in {few} years|as
{hiring|layoffs} in {sector} {picked up|continued}}.

{Household|Consumer} spending in {x} {rose|fell|edged up|slipped} {smallpct} in {month} from a
year earlier, {{government|official} data showed|{weighed down by|supported by} {food
prices|bonus payments|a cold snap|a rebound in travel}}.

The central bank of {x} {lifted|cut|held} its {policy|benchmark} rate {in {month}|last month},
{pushing the currency {higher|lower} against the dollar|a decision markets had largely
expected|a move that surprised some investors}.

Stock prices in {xcity} have {{gained|risen} {pct} {this year|since {month}}, led by {sector}
shares|{fallen|slipped} {pct} {this year|since {month}}, dragged down by {sector} shares}{, as
foreign investors {returned|pulled out}|}.

{Government|Sovereign} bond yields in {x} {{rose|climbed} to {decimal} percent {in
{month}|last month|this week}, the highest {level |}since {year}|{fell|slipped} to {decimal}
percent {in {month}|last month|this week}, the lowest {level |}since {year}}.

Public debt in {x} {stands at|exceeds|is close to} {debt} of gross domestic product, {among
the highest|one of the highest|well above the average} {in the world|among advanced
economies|in the region}{, {a burden that|a level that} {limits|constrains} {room for new
spending|fiscal policy}|}.

{Real estate|Property} {purchases|investment} by {ya} {buyers|investors|funds} in {xcity}
{reached|totaled|came to} {money} in {recent}, {drawing {scrutiny|attention} from local
{authorities|residents}|mostly in {offices|hotels|logistics warehouses|apartments}}.

{ya} banks have {expanded|increased|scaled back} lending to {xa}
{companies|borrowers|projects} to {money}{, central bank figures show|, {institute}
estimates|}, {with|and} {infrastructure|trade finance|{sector}} {accounting for|making up}
{the largest share|much of the total}.

{Sovereign wealth|State pension|Private equity} funds from {y} {hold|own|manage} {money}
{in|worth of} {xa} {assets|real estate|equities|bonds}{, by one estimate|}, {a stake that has
{grown|doubled} since {year}|making them {among the largest|some of the biggest} foreign
investors in {x}}.

Credit rating agencies have {affirmed|upgraded|downgraded|revised} {xs} {sovereign |}rating
{since {month}|in {recent}|twice since {year}}, {citing {fiscal discipline|political
uncertainty|strong growth|rising debt} {among other factors|as a key factor}|{pointing to|in
view of} {its export base|its current account|its debt load}}.
## security
{x} has {increased|lifted|boosted} defense spending {by {pct}|to a record {money}} {this
fiscal year|in its latest budget}, {citing|pointing to} {a deteriorating security
environment|missile threats|rising tensions at sea}.

The {xa} {military|armed forces} {takes part in|holds} {joint drills|exercises} with
{several|{few}} {partners|countries} {each year|every {season}}, {including {y} {since
{year}|on occasion}|ranging from {disaster relief|search and rescue|anti-piracy}
{drills|operations} to {live-fire exercises|air defense training}}.

Coast guard vessels of {x} {logged|recorded|reported} {n} {incursions|intrusions} {into|near}
its territorial waters {in {recent}|so far this year|since {month}}{, compared with {n2} a
year earlier|}.

Defense planners in {xcap} {worry|fear} that {a conflict over Taiwan|instability on the Korean
Peninsula|a crisis in the South China Sea} {could|would} {disrupt|cut off} {sea lanes|shipping
routes} {vital to|that carry much of} {xs} {trade|energy imports}.

North Korea has {launched|fired} {n} ballistic missiles {so far this year|since {month}|in
{recent}}, {some of them|including several} {capable of reaching|with a range covering} {the
U.S. mainland|all of Japan|much of the region}.

Pyongyang has {also |}{deepened|strengthened} its military {ties|cooperation} with Moscow,
{sending|supplying} {troops|artillery shells|ballistic missiles} {for use in|to support} the
war in Ukraine{, in exchange for technology and oil|, intelligence assessments suggest|}.

China has {stepped up|intensified} {military activity|air and naval patrols|large-scale
drills} around Taiwan, {sending {n} aircraft near the island in a single day in {month}|which
Beijing regards as part of its territory|raising concern in {xcap} and other capitals}.

{Arms|Defense equipment} exports from {x} to {y} have {grown|expanded|picked up} {since
{year}|in recent years}, {led by|including} {patrol vessels|radar systems|armored
vehicles|transport aircraft|air defense systems}{, with orders worth {money} {on the
books|signed last year}|}.

The {xa} navy {plans to|intends to|aims to} {commission|add} {few} {new
|}{frigates|destroyers|submarines|patrol ships} by {year2}, {part of a {n}-year modernization
plan|as it {expands|extends} patrols {in|toward} {region}}.

Military analysts {at {institute}|in {xcap}} estimate that {x} {would need|needs} {few} {more
|}years to {field|deploy|build} {long-range missiles|an integrated air defense network|a
satellite surveillance system} of its own.

Cyberattacks {on|against} {xa} {government agencies|defense contractors|banks|hospitals}
{rose|jumped|climbed} {pct} in {recent}, {a report by {institute} found|{institute}
estimates}, {with|and} {many|most} {traced|linked} to {state-backed groups|criminal networks}.

Maritime security has become {a central|a growing|an important} {element|pillar} of {the
relationship|ties between {x} and {y}}, with {x} {providing|supplying} {patrol boats|coastal
radar|training for coast guard officers} to {countries|partners} in {region}.

{x} and {y} have {expanded|deepened|stepped up} defense exchanges {since {year}|in recent
years}, with their {armed forces|militaries} {training together|sharing information on
{region}|exchanging liaison officers}.

{Peacekeepers|Troops} from {x} have served in {few} U.N. {missions|operations} {since
{year}|since the {decade}}, {including in {region}|with {count} personnel deployed in total}.
## history
{x} and {y} {established|normalized} diplomatic relations in {oldyear}, and ties have since
{grown|expanded} {well|far} beyond {trade|their commercial roots}{, to
{education|culture|science} and {security|energy}|}.

The {legacy|memory} of {the war|colonial rule|wartime labor mobilization|the 20th century}
{still weighs|continues to weigh} on {public|popular} {attitudes|sentiment} in {x}{,
particularly among older generations|, though younger people tend to see it differently}.

{Historians|Scholars} {trace|date} {contacts|trade} between the two {peoples|countries} back
to the {century} century, when {merchants|traders|monks|sailors}{ from {ycity}|}
{traveled|made their way} to {xcity}{ in search of {silk|spices|silver|ceramics}|}.

A {joint|bilateral} history research {project|panel}, {launched|set up} in {year},
{produced|issued} {few} reports before {it was suspended|funding ran out|it was quietly wound
down} {few} years later.

Textbook {content|screening} in {x} {remains|has long been} a {sensitive|recurring} issue in
relations with {y}{, with protests in {ycap} {in {year}|as recently as {recent}}|}.

Compensation for {wartime|forced} laborers {remains|is still} {unresolved|a sore point}, {with
{n} lawsuits pending before courts in {x}|after a court in {xcap} ordered {few} companies to
pay damages in {year}}.

A {museum|memorial} {in|near} {xcity} {commemorating|dedicated to} {the victims of the war|the
{oldyear} disaster|{ya} emigrants} {draws|attracts} {count} visitors a year{, many of them
from {y}|}.

Relations {hit|reached|sank to} a low in {year}, when a {dispute|row} over {dispute}
{led|prompted} {ycap} to {recall its ambassador|freeze exchanges|impose export curbs}{, and it
took {few} years {to repair the damage|for ties to recover}|}.

Ties between {x} and {y} have {swung|oscillated} between {cooperation|rapprochement} and
{friction|estrangement} since the {decade}, {often|largely} {in step with|depending on}
{domestic politics|changes of government} {in both capitals|in {xcap} and {ycap}}.

A {territorial|maritime boundary} dispute {over|involving} {a group of|several}
{islets|reefs|rocky outcrops} has {remained unresolved|been a source of friction} {since the
{decade}|for decades}, {with fishing boats from both sides {caught up in|affected by}
{occasional standoffs|repeated incidents}|though it rarely {dominates|features in} relations
{today|these days}}.

In the {decade}, {ya} engineers helped build {ports|railways|power plants|dams|bridges} in
{x}, {a chapter|an episode} still {remembered|cited} {fondly|with gratitude} {by older
residents|in {xcity}}.

Archives opened in {year} shed new light on {the negotiations that led to|the secret exchanges
before|the domestic opposition to} the normalization of ties in {oldyear}, {prompting|fueling}
{a wave of|renewed} {scholarship|debate} in both countries.

Anniversaries of diplomatic ties have been {marked|celebrated} with
{concerts|exhibitions|commemorative stamps|youth exchanges} in {xcity} and {ycity}{, most
recently the {ordinal} in {recent}|}.
## opinion
A {survey|poll} by {institute} found that {share} of {respondents|people} in {x} {view|regard}
{y} {favorably|positively}, compared with {share2} {in {year}|a year earlier}.

{Younger|Urban|Older} {voters|people} in {x} {tend to hold|are more likely to hold}
{warmer|more favorable|more skeptical|cooler} views of {y} than {the rest of the
population|their parents|rural residents}, {polls|surveys} {show|suggest}.

Support for {closer|deeper} {ties|cooperation} with {y} has {risen|fallen|held steady} in {x}
{since {month}|over the past year}{, with {share} now in favor|}, {a shift|a trend} {pollsters
attribute to|that tracks} {economic worries|the news cycle|generational change}.

{Nationalist|Conservative|Activist} groups in {ycity} have {staged|organized}
{protests|rallies|boycotts} {against|targeting} {xa} {products|companies|policies} {on several
occasions|in recent years|since {year}}, {though|but} {turnout|participation} has {been
small|dwindled|rarely exceeded a few hundred}.

A {newspaper|broadcaster|university} poll in {month} found {share} of {ya}
{respondents|adults} {rate|consider} relations with {x} {poor|bad|good|stable|improving},
{while|and} {smallshare} {were undecided|gave no answer}.

Online {debate|commentary} in {x} about {y} has {grown|turned} {more heated|more
polarized|more positive} {since {month}|in recent months}, {researchers at {university}
found|an analysis by {institute} found}.

{Only|Just|Nearly|About} {smallshare} of {xa} {respondents|adults} have {ever been to|traveled
to} {y}, {a figure that {rises|climbs} to {share2} among {students|people under 30}|though
{share} say they would like to {go|travel there}}.

{Public|Popular} {trust|confidence} in {ya} {products|brands} {has recovered|remains fragile}
in {x} after {a food safety scare|a product recall|a series of data breaches} in {year},
{surveys by {institute} suggest|{industry|retail} data show}.

{Pop culture|Films, music and television dramas|Video games and animation} from {y}
{enjoy|have found} {a wide|a large|a loyal} {following|audience} in {x},
{especially|particularly} among {teenagers|young women|people in their 20s}.

Perceptions of {y} among {xa} {business leaders|executives|company managers} {are|remain}
{mixed|divided|cautiously positive}, {a {season} survey of {n3} companies found|a survey by
{institute} suggests}.

{Around|Some|Roughly} {share} of those polled in {x} {consider {y}|see {y} as} {a reliable
partner|an important partner|an economic threat|a security concern}, {a|the} {poll|survey}
{published|released} in {month} {showed|indicated}.

{Attitudes toward|Views of} {y} {differ|vary} {sharply|widely} {by|along} {party|age|regional}
lines in {x}, with {supporters of the ruling party|younger respondents|residents of {xcity}}
{far |}more {positive|skeptical}, {pollsters|survey data} {suggest|show}.
## region
The region has seen {a flurry|a burst|a busy round} of {diplomatic activity|diplomacy} {in
recent months|this year|since {month}}, as {governments|capitals} {seek|try} to {hedge
against|prepare for} {uncertainty over U.S. trade policy|the rivalry between Washington and
Beijing|a possible slowdown in China}.

Members of the Association of Southeast Asian Nations, {whose trade with {x} {topped
{money}|grew {pct}} in {recent}|which {x} counts among its {largest|fastest-growing} trading
partners}, {remain|are} {divided|split} over how to {respond to|handle} {Beijing's claims in
the South China Sea|the crisis in Myanmar|great-power competition}{, {complicating|slowing}
{collective|joint} {positions|action}|}.

{Many|Several|Most} {countries|governments} in {region} {depend on|rely on}
{stable|predictable} relations among the major powers for {their own security and
prosperity|their export-led growth|access to markets and technology}.

{Beijing|Washington|Moscow} has {expanded|sought to expand} its {influence|presence} in
{region} {through|via} {loans|infrastructure projects|security assistance|scholarships},
{drawing|prompting} {concern|competition} from {other powers|{x} and others}.

The {Middle East|Gulf} {crisis|conflict} has {pushed up|raised} {energy prices|oil
prices|shipping insurance costs} {worldwide|across Asia}, and {importers|refiners} in {x} have
{been scrambling|moved} to secure alternative {supplies|cargoes}.

Shipping through the Red Sea {has been disrupted|was disrupted} {for months|since {month}},
raising freight costs for exporters in {x} by {as much as |up to |}{pct} and {forcing|pushing}
{carriers|shipping lines} to {sail around|reroute via} the Cape of Good Hope.

Tensions on the Korean Peninsula have {eased|risen|flared} {periodically|repeatedly} {since
{year}|over the past decade}, {with|amid} {inter-Korean ties largely frozen|little contact
between Pyongyang and Seoul}.

Pacific island {nations|states} have {become|emerged as} {a focus|an arena} of
{competition|rivalry} {among larger powers|between Beijing, Canberra and Washington}, with
development assistance to {them|the islands} up {pct} since {year}.

{India|Australia|Indonesia|Vietnam} has {emerged as|become} an increasingly
{important|influential} {player|voice} in {regional|Indo-Pacific} {affairs|security}, a
{trend|shift} {watched|followed} closely in {xcap}.

{Governments|Capitals} across {region} {are|have been} {reassessing|reviewing} their {supply
chains|defense postures|energy mix} {in light of|after} {the pandemic|the war in
Ukraine|recent crises}, {with|and} {many|several} {turning to|looking at} {new partners|{x}
and {y}|closer neighbors}.

The war in Ukraine has {reshaped|upended} {security|strategic} {thinking|calculations} {far
beyond Europe|in Asia as well}, {prompting|leading} {x} to {review|rethink} its {arms export
rules|sanctions policy|energy purchases from Russia}.

{Competition|Rivalry} between the United States and China {over|in}
{technology|trade|influence} {has left|leaves} {mid-sized|smaller} {economies|powers} {in
{region}|across Asia} {trying to|seeking to} {avoid|resist} {choosing sides|being drawn into a
bloc}.
## energy
Energy security is a {key|central|pressing} concern for {x}, which imports {share} of its
{oil|crude|natural gas|primary energy}{, much of it {by sea|through narrow straits|from
{region}}|}.

{x} {buys|imported} {about |some |}{n} million tons of liquefied natural gas {a year|last
year}, with long-term contracts making up {share} of {purchases|the total} and the rest
{bought|secured} on the spot market.

{Renewables|Solar and wind power} {supplied|generated} {smallshare} of {xs} electricity in
{recent}, compared with {smallshare} {a decade earlier|in {year}}{, {grid|energy}
{operator|ministry} figures show|}.

Companies from {y} have {won|bid for} contracts to {build|develop} {offshore wind
farms|hydrogen plants|solar parks|grid connections} {off|near} {xcity}, {projects worth
{money} in total|though {permits|grid connections} have {slowed|delayed} {construction|work}}.

{x} {plans|aims} to {restart|build} {few} {nuclear reactors|small modular reactors} by
{year2}, {a policy that remains contentious|a plan opposed by environmental groups|a plan
welcomed by industry}.

Hydrogen and ammonia {are seen as|have emerged as} {potential|promising} {fuels|growth areas}
for {cooperation|joint research} {between {x} and {y}|}, {with pilot projects in {xcity} and
{ycity}|although costs remain high}.

Electricity prices for {households|industry|factories} in {x} {{rose|climbed} {pct} {last
year|in {recent}}, {worsening|adding pressure on} {cost-of-living
pressures|manufacturers}|fell {pct} {last year|in {recent}}, {easing|relieving}
{cost-of-living pressures|pressure on manufacturers}}.

{A pipeline|An undersea cable|A power line} {linking|connecting} {region} {to|with} {markets
in {x}|{xs} grid} has been {proposed|studied} {since {year}|several times}, {but|though}
{financing|cost} {remains|has remained} {an obstacle|the main hurdle}.

{Oil|Crude} {imports|purchases} from the Middle East {account for|make up} {share} of {xs}
{supply|total}, {leaving the country|which leaves it} {exposed|vulnerable} to
{disruptions|price swings} in the {Strait of Hormuz|Gulf}.

{Stockpiles|Strategic reserves} of {oil|gas|fuel} in {x} {cover|would cover} {about |roughly
|}{n2} days of consumption, {industry groups estimate|{well above|below} the {level|minimum}
{recommended|set} by the International Energy Agency}.

{Critical|Rare} minerals {such as|including} {lithium|nickel|cobalt|gallium} have become {a
focus|a priority} of {xs} {economic security|industrial} {policy|strategy}, {amid|given}
{export curbs imposed by Beijing|heavy reliance on a single supplier}.

{Coal|Thermal coal} still {generates|provides} {share} of {xs} power{, though|, but} {the
authorities|planners} {aim|intend} to {phase it down|cut that share} by {year2}.

Refineries in {xcity} {process|handle} {barrels} barrels of crude a day, {much of it
{shipped|bought} from {region}|making the port a regional fuel hub}.
## technology
Cooperation on {semiconductors|chips} has {moved|risen} {to the top of|up} the agenda,
{with|as} {ya} {chipmakers|chip equipment makers} {expanding|weighing} {production|investment}
in {x}.

Researchers in {x} and {y} {published|co-authored} {n3} joint {papers|studies} in {recent},
{an increase of {pct} from {year}|mainly in {field} and {field2}}.

{Artificial intelligence|Quantum computing|Biotechnology} {is|has become} a {growing|new}
{area|field} of {cooperation|joint research}, {with|including} {a {money}|an annual}
{fund|program} {for|to support} {startups|researchers|joint projects}.

Export controls on advanced {chips|chipmaking equipment} have {forced|prompted}
{companies|manufacturers} in {x} to {rethink|review|redraw} their {supply chains|investment
plans|sales strategies}.

Startups from {y} {raised|attracted} {money} from {xa} {investors|venture capital funds} in
{recent}, {led by|mostly in} {fintech|health care|{sector}|logistics software}{, {twice|more
than} the {level|amount} of {year}|}.

{x} {launched|put into orbit} {few} {earth observation|communications|weather} satellites {in
{recent}|last year}, with {few} more planned by {year2}{ {under|as part of} a {money} space
program|}.

Data protection rules in {x} {differ|diverge} {sharply|significantly} from those in {y},
{complicating|a problem for} {cross-border data flows|cloud services|digital trade}.

{Electric vehicle|Battery} makers from {y} have {captured|gained} {smallshare} of the {xa}
market {since {year}|in {few} years}, {alarming|worrying|unsettling} {domestic rivals|local
producers}.

A {joint|shared} {research center|laboratory|innovation hub} in {xcity}, {opened|set up} in
{year}, {employs|houses} {n3} {researchers|scientists|engineers} from {both countries|{x} and
{y}}{, working on {field} and {field2}|}.

{Submarine|Undersea} {cables|internet cables} {carry|handle} {almost all|most|the bulk} of
{xs} data traffic, {making their protection a {rising|growing} {security concern|priority}|and
protecting them has become a {rising|growing} {security concern|priority}}.

The {xa} {government|authorities} {has|have} {approved|set aside} {subsidies|grants|tax
breaks} worth {money} for {chip|battery|display} {plants|factories} {since {year}|this year},
{hoping|seeking} to {lure|attract} {ya} {firms|manufacturers} {as well as|and}
{domestic|local} {ones|producers}.

Digital payment {systems|services} of {x} and {y} {became|were made} interoperable in
{recent}, {allowing|letting} {tourists|travelers} to pay with their {phones|mobile apps} {in
both countries|across borders}.

Engineers from {y} make up {smallshare} of the foreign {software developers|IT
specialists|researchers} working in {xcity}, {industry figures show|a {season} survey found}.
## people
Some {count} {ya} nationals live in {x}, many of them
{students|engineers|nurses|caregivers|restaurant workers}{ working in {sector}|}, {and|while}
{their numbers have {grown|doubled} since {year}|{smallshare} of them {have settled|live} in
{xcity}}.

Tourist arrivals from {y} in {x} {reached|totaled|hit} {count} in {recent},
{surpassing|approaching} {pre-pandemic levels|the previous record set in {year}}.

{Direct flights|Flights} between {xcity} and {ycity} {resumed|were restored|increased to {n} a
week} {in {month}|last {season}}, {after a {few}-year {suspension|halt}|as {carriers|airlines}
{add|bet on} capacity {on the route|for {tourists|business travelers}}}.

{About|Some|More than} {count} students from {y} {are enrolled|study} at
{universities|colleges|language schools} in {x}, {{up|down} {pct} from {year}|{many|most} of
them {in|studying} {engineering|business|{field}}}.

{Sister-city|Twin-city} ties {link|connect} {n} {municipalities|cities and provinces|local
governments} in the two countries, {including|among them} {xcity} and {ycity}.

A {working holiday|youth exchange} program {launched|started} in {year} has {brought|sent}
{count} young people between the two countries{ so far|}.

{Language|Cultural} {schools|centers} promoting the culture of {y} have {multiplied|spread} in
{xcity} {since {year}|in recent years}, {with enrollment up {pct}|{drawing|attracting}
{students|learners} of all ages}.

Marriages between {xa} and {ya} {citizens|nationals} {number|total} {n3} {a year|annually},
{with|and} {many|most} {couples|families} {settling|living} in {xcity}{ or {ycity}|},
{{government|official} {figures|statistics} show|{up|down} from {n3} {a decade ago|in
{year}}}.

{Sports|Cultural|Academic} exchanges {continued|carried on} {even |}during {periods|years} of
political {friction|tension}, {with|including} {youth football tournaments|orchestra
tours|film festivals} {staged|organized} in {xcity}{ each {season}|}.

{Visa|Entry} {requirements|rules} for {ya} {travelers|tourists|business travelers}
{entering|bound for} {x} were {eased|relaxed|simplified} {in {year}|in {recent}}{, and
applications have {doubled|risen sharply} since|}.

{An exhibition|A film festival|A food fair} {showcasing|featuring} {ya} {art|cinema|cuisine}
{drew|attracted} {count} visitors in {xcity} {last {season}|in {month}}, {organizers|the
organizers} {estimate|calculated}.

{Volunteers|Experts} {sent|dispatched} by {x} have {worked|served} in {y} in {fields|areas}
{such as|including} {agriculture|education|health care|disaster prevention} {since the
{decade}|since {year}}{, numbering {count} in total|}.
## climate
{x} has pledged to {reach|achieve} net zero {greenhouse gas|carbon} emissions by {netzero},
{though|but} {environmental groups|critics} {consider its interim targets|regard its interim
targets as} {insufficient|too weak|vague}.

{Extreme heat|Record rainfall|A severe drought|Flooding} in {xcity} {in {month}|last {season}}
{affected|displaced|disrupted the lives of} {count} people{ and damaged crops worth {money}|},
{{officials|authorities} estimate|a figure still being revised}.

{Both countries|{x} and {y}} are {exposed|vulnerable} to {typhoons|floods|rising sea
levels|heat waves}, {which have|a threat that has} {pushed|encouraged} {cooperation|joint
work} on {early warning systems|disaster risk reduction|climate adaptation}.

Climate finance has become {a growing|an important} {part|element} of {xs} {development
assistance|aid budget}, with {money} {pledged|committed} {since {year}|over the past {few}
years}.

{Air pollution|Marine plastic|Illegal fishing} {drifting|spreading} across {borders|national
boundaries} {remains|is} {a point of friction|a shared problem} in {region}{, scientists at
{university} {estimate|have found}|}.

To {absorb carbon|protect coastlines|curb flooding}, {x} {aims to|wants to} {plant|restore}
{count} hectares of {forest|mangroves|wetlands} by {year2}{ under a {national|new}
{program|plan}|}{, {partly|largely} {funded|financed} by {carbon credits|private donors|green
bonds}|}.

Carbon pricing {schemes|systems} in {x} and {y} {differ|vary} {widely|markedly},
{raising|creating} {concerns|questions} {for|among} {exporters|heavy industry} about {border
levies|double charging}.

{Emissions|Greenhouse gas emissions} in {x} {fell|dropped|rose} {pct} in {recent},
{largely|mainly} because of {lower industrial output|a shift from coal to gas|a cold winter|a
rebound in air travel}.

{Fishing|Fisheries} {communities|cooperatives} in {xcity} {report|have reported} {smaller
catches|shifting fish stocks} as {ocean|sea} temperatures {rise|climb}{, changes tracked by
scientists at {university}|}.

Green bonds {issued|sold} by {ya} {companies|banks|municipalities} to investors in {x}
{totaled|reached} {money} in {recent}, {{up|more than double} from {year}|{mostly|largely} to
{finance|fund} {renewable energy|public transport|energy-efficient buildings}}.

Average temperatures in {xcity} have risen {tenths} degrees Celsius since {oldyear}, {faster
than|roughly in line with} the global average{, data from {university} show|}.
## health
{Health|Medical} cooperation {expanded|deepened} during the pandemic, {when|as} {x}
{supplied|shipped} {count} {vaccine doses|masks|ventilators} to {y}{ and {sent|dispatched}
{medical teams|experts} to {ycity}|}.

{x} faces {a shortage of|a growing need for} {nurses|caregivers|doctors}, and {hospitals|care
homes} have {turned to|recruited} {staff|workers} from {y}{ to fill {n3} vacancies|}.

{Drugmakers|Pharmaceutical companies} from {y} have {expanded|increased} {sales|clinical
trials|production} in {x}, {helped|aided} by {faster approval procedures|a {pct} rise in
demand|an aging population}.

Life expectancy in {x} {stands at|reached} {life} years, {while the share of people over 65
has risen to {elderly}|{up|compared with} {life} years {in {year}|a generation ago}}.

A {joint|regional} {disease surveillance|health security} {network|program}, {set
up|established} in {year}, {shares|exchanges} data on {influenza|dengue|tuberculosis|emerging
infections} among {n} {countries|health authorities}.

Medical tourism from {y} to {xcity} has {grown|risen} {pct} {since {year}|a year},
{driven|fueled} by {lower costs|shorter waiting times|specialist clinics}.

Public health {experts|researchers} in {x} expect {dementia|diabetes|cancer} {cases|rates} to
{rise|climb} {sharply|steadily} {by {year2}|over the next decade}, {straining|a burden on}
{hospital budgets|the health insurance system}.

{Traditional medicine|Herbal remedies} from {y} {are|have become} {popular|widely available}
in {x}, {though|but} regulators have {tightened|stepped up} {checks|oversight} {since
{year}|in recent years}.

{Outbreaks|Cases} of {measles|dengue fever|avian influenza} in {region} {in {recent}|last
{season}} {prompted|led} health authorities in {x} to {tighten|step up} {screening|checks} at
{airports|ports}.

A {bilateral|joint} {fund|program} for {medical research|vaccine development} has
{financed|backed} {n} projects {since {year}|to date}, {with a budget of {money}|{from|ranging
from} {rare diseases|antibiotic resistance} to {aging|infectious diseases}}.

{Hospitals|Clinics} in {xcity} {treated|saw} {count} foreign patients in {recent},
{{smallshare} of them from {y}|{up|down} {pct} from the year before}.
## migration
{Labor shortages|A shrinking workforce} in {x} have {prompted|pushed} policymakers to
{expand|widen} {visa programs|work permits} for {foreign workers|skilled workers},
{including|many of them} from {y}.

Foreign workers in {x} {numbered|totaled} {count} at the end of {recent}, {up|an increase of}
{pct} {from a year earlier|on the year}{, with nationals of {y} among the
{largest|fastest-growing} groups|}.

{Rights groups|Labor unions} in {x} {have campaigned|are campaigning} for better protection of
{migrant workers|trainees|domestic workers}, {citing|after} {cases of unpaid wages|reports of
abuse|a series of workplace deaths}.

{Remittances|Money sent home} by {ya} workers in {x} {reached|came to|topped} {money} in
{recent}{, a vital source of income for families in {ycity}|}.

A {trainee|technical intern} program has brought {count} {ya} workers to {x} since {year} and
is {being overhauled|under review|set to be replaced by {year2}}{ after {complaints|reports}
of {poor working conditions|excessive fees}|}.

{Demographers|Economists} {at {university}|} project that {xs} working-age population will
{shrink|fall} by {pct} by {year2}{, making {foreign labor|immigration} {increasingly
important|hard to avoid}|}.

{Irregular|Undocumented} {migrants|workers} from {region} {are|remain} {a politically
sensitive|a contentious} {issue|topic} in {x}, {where|and} {deportations|detentions}
{rose|climbed} {pct} in {recent}.

{Nurses|Caregivers|Construction workers} from {y} {must|are required to} {pass|take} a
language {test|exam} within {few} years {to stay|to remain|to keep their visas} in {x}{, a
rule many in the industry consider {too strict|unrealistic}|}.

{Diaspora|Expatriate} {communities|associations} from {y} in {xcity} {run|operate}
{schools|newspapers|community centers} {and|as well as} {n} {restaurants|shops|places of
worship}, {and|while} {their|the community's} {numbers|size} {has|have} {grown|doubled} since
{year}.

{Asylum|Refugee} {applications|claims} in {x} {rose|fell} to {count} in {recent}, {but|though}
{only|just} {smallpct} were {approved|granted}.
## legal
A {trade|commercial} dispute over {sector} {tariffs|subsidies|anti-dumping duties} {has been
pending|has been before a panel} at the World Trade Organization since {year}.

A court in {xcity} ordered {ya} {companies|firms|manufacturers} in {year} to pay {money} in
damages {to former workers|in a patent case|for breach of contract}{, a ruling the firms are
{contesting|appealing}|}.

{Patent|Intellectual property} {disputes|lawsuits} between {xa} and {ya} {firms|companies} in
{sector} have {multiplied|increased} {since {year}|in recent years}, {with|including} {n}
cases filed in {recent}.

Investors from {y} have {brought|filed} {few} {arbitration claims|investment arbitration
cases} against {x} {since {year}|over the past decade}{, seeking a total of {money}|}.

Extradition {requests|cases} between the two countries have {occasionally|sometimes}
{strained|complicated} relations, {most recently|notably} {in {recent}|in {year}},
{when|after} {a {court|judge} in {xcity} {blocked|delayed} a transfer|a suspect fled to
{ycity}|a fraud suspect was {detained|arrested} in {xcity}}.

A {maritime boundary|continental shelf} {claim|case} {filed|lodged} by {x} {with a U.N.
commission|before an international tribunal} in {year} {remains|is still}
{unresolved|pending}.

{Anti-dumping|Countervailing} duties of up to {pct} {imposed|levied} by {x} on {ya}
{steel|chemicals|solar panels|tires} in {year} {remain|are still} {in place|under review}{,
{despite|amid} {objections|complaints} from {ya} {producers|exporters}|}.

{Legal scholars|International lawyers} {are divided|disagree} over whether a
{{oldyear}|{year}} {settlement|claims settlement} {fully|finally} {resolved|settled}
{wartime|property|compensation} claims{ between {x} and {y}|}.

Detentions of {ya} nationals in {x} on {espionage|national security|visa violation} charges
have {become|been} {a recurring|an occasional} {irritant|source of tension}{, with {few} cases
{reported|pending} {since {year}|in {recent}}|}.

Customs {authorities|inspectors} in {x} {fined|penalized} {few} {ya} {importers|trading
companies} {a total of |}{money} in {recent} for {misdeclaring goods|evading duties|sanctions
violations}.

Fishing disputes {near|around} {contested|disputed} waters {led to|resulted in} {n} {seizures
of fishing boats|arrests of crew members} in {recent}{, compared with {n2} {in {year}|a year
earlier}|}.
## aid
{xa} development assistance to {y} {totaled|came to|amounted to} {money} {in {recent}|over the
past decade}, {much|most} of it {in the form of|as} {loans|grants|technical cooperation}{ for
{ports|railways|water systems|power grids}|}.

A {high-speed rail|metro|expressway|port} project in {ycity}, {financed|funded}
{partly|largely} by {xa} {loans|lenders}, is {due to open|expected to open|scheduled for
completion} in {year2}{ after {delays|cost overruns} of {few} years|}.

{Construction|Engineering} firms from {x} {won|secured} {n} {contracts|tenders} {in|across}
{region} {in {recent}|last year}, {worth|valued at} {money}{ in total|}.

An {industrial park|economic zone|export processing zone} {near|outside} {ycity},
{developed|built} with {xa} {help|backing|capital} {in the {decade}|since {year}},
{hosts|houses} {n3} {companies|factories|tenants}{ employing {count} people|}.

Development lending in {region} has {become|turned into} {an arena|a field} of
{competition|rivalry} {between|among} {x}, {y} and {other|rival} {lenders|donors}.

{Water|Sanitation|Power} {projects|systems} {built|installed} with {xa} {aid|funding}
{serve|supply} {count} {people|households} in {ycity} {and surrounding areas|and nearby
districts}, {and|while} {local|municipal} {engineers|staff} trained in {x} {run|maintain}
them.

Debt {repayments|payments} owed to {xa} {lenders|creditors} by {governments|borrowers} in
{region} have {risen|climbed} {pct} {since {year}|over the past {few} years}, {a study by
{institute} found|{institute} calculates}.

Emergency relief from {x} {reached|arrived in} {ycity} within {few} days of {the {month}
earthquake|the floods in {year}|a typhoon in {recent}}{, including {rescue teams|tents and
water purifiers|medical staff}|}.
## politics
Critics in {x} have {accused|faulted} the government of {making too many concessions|moving
too slowly|lacking a clear strategy} toward {y}{, while {supporters|backers} {see|regard} the
approach as {pragmatic|necessary}|}.

A {general|parliamentary|presidential} election {due|expected} in {x} {by|in} {year2}
{could|may} {reshape|alter|change} its {approach|policy} toward {y}{, {analysts|observers}
expect|}.

Approval ratings for the government in {xcap} {stood at|fell to|rose to} {share} in {a|the
latest} {month} {poll|survey}{, {weighed down by|helped by} {rising prices|a funding
scandal|economic gains}|}.

Lawmakers from {x} and {y} have {kept up|kept} a parliamentary friendship {group|league}
{since {year}|since the {decade}}{, with {n} members on the {xa} side|}.

Local governments in {x} have {courted|pursued} {ya} {investment|tourists|companies}
{independently|on their own}, {opening|setting up} {representative|trade promotion}
{desks|offices} in {ycity}.

Coalition {politics|divisions} in {xcap} have {slowed|delayed} {ratification|approval} of
{several|{few}} {bilateral|international} {instruments|frameworks} {since {year}|in recent
years}, {frustrating|to the frustration of} {diplomats|business groups} in {ycap}.

A {budget|spending plan} {approved|passed} {in {month}|this year} {allocates|sets aside}
{money} for {foreign aid|diplomacy|public diplomacy programs}{, {up|down} {pct} from the
previous year|}.

Think tanks in {xcap} {are|remain} {divided|split} over how {far|closely} {x} should
{align|side} with {y} on {trade|technology|security} {issues|matters}.

Opposition parties in {y} have {faulted|attacked} the government's approach as {too
accommodating|too timid|short-sighted}{, and some have demanded a parliamentary inquiry|}.

{Domestic|Local} {politics|elections} in {xcity} {often|occasionally} {turn on|touch on}
{relations with {y}|immigration from {y}|trade with {y}}, {particularly|especially} in
{districts|areas} where jobs in {sector} are concentrated.
## farm
Agriculture {remains|is} {a sensitive|the most sensitive} {area|issue} in economic relations,
with {rice|beef|dairy|sugar} {farmers|producers} in {x} {fearing|wary of} {competition|cheaper
imports} from {y}.

{x} {imports|buys} {share} of its {wheat|soybeans|corn|seafood|fruit} from {y}, {making stable
supply a {growing|key} {concern|topic} for {policymakers|food companies}|a dependence that
{policymakers|planners} in {xcap} have {sought|tried} to reduce since {year}}.

{Exports|Shipments} of {xa} {processed food|beef|fruit|seafood|beverages|confectionery} to {y}
{grew|rose|jumped} {pct} in {recent}{ to {money}|}, {helped by|thanks to} {lower tariffs|a
weaker currency|promotion campaigns|growing demand from {supermarkets|restaurants}}.

{Restrictions|A ban} on {xa} {seafood|poultry|pork|beef} {imposed|introduced} by {y} in {year}
over {safety|disease} {concerns|fears} was {partially |}{lifted|eased} {few} years later,
{after|following} {joint inspections|a scientific review|a review by veterinary experts}.

{Fertilizer|Feed|Grain} prices in {x} {rose|surged|climbed} {pct} {after|following} {the war
in Ukraine|export restrictions by major suppliers|a poor harvest}, {squeezing|hurting}
{farmers|livestock producers} {already |}{struggling|grappling} with {labor shortages|rising
costs|low prices}.

Farm {technology|machinery} from {x} is {increasingly|widely} {used|adopted} by farmers
{in|around} {ycity}{ and surrounding {provinces|regions}|}, {where|and} {yields|harvests} have
{risen|improved} {pct} {since {year}|in {few} years}.

Catches of {fishcatch} in waters between the two countries have {declined|dwindled} by {pct}
since {year}, {a survey by {university} found|{university} researchers estimate}.

{Food|Restaurant} {chains|franchises} from {y} {operate|run} {n3} {outlets|restaurants|stores}
in {x}, {up from {n} a decade ago|{mostly|many of them} in {xcity}}.
## culture
Broadcasters and streaming services in {x} have {bought|acquired} {n} {dramas|films|series}
from {y} {since {month}|this year|in {recent}}, {betting on|hoping to tap} {a growing|a loyal}
{appetite|audience} for {foreign|subtitled} content.

A {scholarship|fellowship} program {funded|financed} by {x} has {supported|brought} {count}
{ya} {students|researchers} {since {year}|since its launch in {year}}{, {many|some} of whom
{now work|later worked} for {xa} {firms|institutions}|}.

{Translations of {ya} novels|Books by {ya} authors} sold {count} copies in {x} {in
{recent}|last year}, {a record|a sharp rise|double the level of {year}},
{publishers|booksellers} {estimate|calculate}.

Museums in {xcity} and {ycity} have {exchanged|lent each other} {n}
{artworks|artifacts|objects} {for|in} {joint|touring} exhibitions {since {year}|over the past
decade}.

Journalists from {x} have faced {restrictions|visa delays|limits on their work} in {y} {since
{year}|in recent years}, and press freedom groups {documented|recorded} {few} cases {in
{recent}|last year}.

Enrollment in courses on {y} at {xa} universities has {grown|expanded|declined} {pct} {since
{year}|over the past decade}{, figures from {university} show|}.

A {joint|bilateral} {film|documentary|television} {co-production|project} {set|filmed} in
{xcity} and {ycity} {drew|attracted} {count} viewers {in {recent}|last year}{, and a
{sequel|second season} is {planned|in production}|, {a rare|an unusual} success for {such
projects|a joint venture}}.

{Heritage|Restoration} {experts|specialists} from {x} have {helped restore|assisted in
restoring} {temples|historic buildings|archaeological sites} in {y} {since the {decade}|since
{year}}, {often|usually} {working|training} {alongside|with} local {craftsmen|conservators}.

{Orchestras|Theater companies|Dance troupes} from {ycity} {toured|performed in} {few} cities
in {x} {last {season}|in {recent}}, {drawing {count} {spectators|people}|playing to {count}
people}.
## ties
The relationship has {broadened|widened} {over the past decade|since {year}} to
{include|cover} {cyber|space|health|energy} {issues|policy} {alongside|as well as}
{trade|security}, {with|and} {working groups|expert panels} {now |}{covering|dealing with}
{few} {separate|distinct} {areas|fields}.

Policymakers in {xcap} {view|see} {y} as {an important|a key|an indispensable}
{partner|player} in {region}, {particularly|especially} on {energy|trade|security}{, {a
view|an assessment} {shared by|echoed by} {business groups|many lawmakers}|}.

{Diplomats|Observers} {in|from} {region} are {watching|following} {closely|carefully} how {x}
{balances|manages} its ties with {y} and {other|rival} {partners|powers}.

The {personal|working} rapport between {the leaders|senior officials} of {x} and {y} has
{helped|made it easier to} {smooth over|manage} differences {over {dispute}|on {sector}|on
{region}} that {once|in the {decade}} held up progress for {months|{few} years}.

A {framework|roadmap} for {cooperation|ties} {adopted|drawn up} in {year} {set|laid out} {few}
{goals|priorities}, {ranging from|from} {trade|energy} to {education|security}.

{x} {has|operates} {an embassy in {ycap} and consulates in {few} other cities|a consulate in
{ycity}}, which {handled|processed} {count} visa applications in {recent}.

{Energy|Economic|Strategic} interests {increasingly|now} {overlap|converge} in {region}, where
{x} and {y} are both {major investors|large aid donors|important buyers of commodities}.

Officials hope closer ties will encourage {ya} {firms} to {invest in|build} {new
plants|research facilities|regional headquarters} in {x}{, {particularly|especially} in
{xcity}|}.

The two governments are {also |}{negotiating|working on|preparing} a framework for the mutual
recognition of {professional qualifications|driving licenses|organic certification}, which
business groups {expect|hope} {would|will} ease {labor shortages|trade frictions|paperwork}.
## analysis
A {month} study by {analyst} of {institute} estimated that {x} could lose {pct} of its
{sector} exports {if tariffs rise further|should supply chains fragment|if the currency
strengthens further}.

Research by {analyst} at {university} {suggests|indicates} that {ya} investment in {x}
{creates|supports} {count} jobs, {most|many} of them in {sector} and {sector2}.

{analyst}, {an economist|a researcher|a senior fellow} at {institute}, has
{calculated|estimated} that closer {economic|trade} ties with {y} could add {tenths}
percentage points to {xs} growth {by {year2}|over a decade}.

In a {recent|widely read} book, {analyst} of {university} {traces|charts} how {x} and {y}
{moved|drifted} from {suspicion|rivalry|indifference} to {pragmatic cooperation|wary
coexistence} {after|over} the {decade}.

{Models|Simulations} by {analyst} and colleagues at {institute} {show|suggest} that a
{blockade|prolonged disruption} of {shipping routes|sea lanes} {near|around} {region} would
{cut|reduce} {xs} output by {smallpct} within a year.

A {paper|working paper} by {analyst} of {university} {found|showed} that firms in {xcity} with
{suppliers|customers} in {y} {weathered|survived} the pandemic {better|more easily} than
{their peers|others}.
"""


def _themes(source: str) -> dict[str, tuple[str, ...]]:
    themes: dict[str, tuple[str, ...]] = {}
    for block in source.split("## ")[1:]:
        name, _, body = block.partition("\n")
        themes[name.strip()] = tuple(
            " ".join(template.split()) for template in body.strip().split("\n\n")
        )
    return themes


BACKGROUND: dict[str, tuple[str, ...]] = _themes(_BACKGROUND)
"""Background templates by theme."""

SECTORS = (
    "semiconductors",
    "automobiles",
    "auto parts",
    "steel",
    "chemicals",
    "shipbuilding",
    "consumer electronics",
    "machine tools",
    "textiles",
    "pharmaceuticals",
    "processed food",
    "batteries",
    "software",
    "financial services",
    "tourism",
    "logistics",
    "aerospace",
    "medical devices",
    "renewable energy",
    "petrochemicals",
    "construction",
    "retail",
    "telecommunications",
    "robotics",
    "display panels",
    "precision instruments",
    "fisheries",
    "cosmetics",
)
COMMODITIES = (
    "liquefied natural gas",
    "crude oil",
    "coal",
    "iron ore",
    "copper",
    "rice",
    "beef",
    "seafood",
    "timber",
    "wheat",
    "palm oil",
    "nickel",
    "fertilizer",
    "cotton",
    "rubber",
    "aluminum",
    "coffee",
    "soybeans",
)
FIRMS = (
    "carmakers",
    "trading houses",
    "banks",
    "retailers",
    "electronics makers",
    "shipping lines",
    "insurers",
    "chipmakers",
    "construction firms",
    "food companies",
    "logistics firms",
    "game developers",
    "machinery makers",
    "steelmakers",
    "drugmakers",
    "convenience store chains",
)
REGIONS = (
    "Southeast Asia",
    "South Asia",
    "Central Asia",
    "the Pacific islands",
    "the Gulf",
    "East Africa",
    "West Africa",
    "Latin America",
    "the Middle East",
    "Eastern Europe",
    "the Mekong region",
    "the Indian Ocean",
    "Northeast Asia",
    "the Arctic",
    "North Africa",
    "the Caribbean",
)
# Invented research bodies and universities, so no real institution is cited for invented
# findings.
INSTITUTES = (
    "the Pacific Economic Research Institute",
    "the Center for Asian Strategic Studies",
    "the Institute for Regional Economics",
    "the Asia Policy Forum",
    "the Maritime Strategy Institute",
    "the Foundation for Global Affairs",
    "the Eastgate Institute",
    "the Horizon Policy Institute",
    "the Meridian Center for Trade Studies",
    "the Institute of Northeast Asian Affairs",
    "the Global Supply Chain Institute",
    "the Lanterne Institute for International Studies",
    "the Kestrel Economic Research Center",
    "the Institute for Energy Transition Studies",
    "the Harborview Policy Center",
    "the Center for Migration and Labor Research",
)
UNIVERSITIES = (
    "Meiwa University",
    "Hanseong National University",
    "Eastbrook University",
    "Kowa Gakuen University",
    "Jinling International University",
    "Riverton University",
    "Westmoor University",
    "Seiran University",
    "Daewon University",
    "Nanhai University",
    "the University of Port Ellis",
    "Saint Aldric University",
    "Greyfield University",
    "Tanjung Harapan University",
)
# Given names, then family names; name order follows custom (family name first for Korean
# and Chinese names).
_NAMES = (
    (
        False,
        ("Naoko", "Hiroshi", "Yuki", "Takuya", "Ayaka", "Kenta"),
        ("Fujimura", "Sasaki", "Hoshino", "Kubota", "Arai", "Nishida"),
    ),
    (True, ("Min-seo", "Jae-hyun", "Soo-ah", "Dong-wook"), ("Kim", "Seo", "Hwang", "Bae")),
    (True, ("Xiaoming", "Lihua", "Yuning", "Jianhong"), ("Zhou", "Gao", "Tang", "Feng")),
    (
        False,
        ("Laura", "Peter", "Hannah", "Samuel", "Claire", "Tom"),
        ("Whitmore", "Albrecht", "Moreau", "Kessler", "Lindqvist", "Okafor"),
    ),
    (False, ("Ananya", "Vikram", "Meera"), ("Sharma", "Krishnan", "Bose")),
    (False, ("Layla", "Omar", "Nadia"), ("Haddad", "Al Mansouri", "Farouk")),
    (False, ("Dewi", "Rizal", "Linh", "Quang"), ("Santoso", "Hartono", "Pham", "Tran")),
)
FIELDS = (
    "materials science",
    "medicine",
    "physics",
    "computer science",
    "chemistry",
    "agriculture",
    "marine biology",
    "climate science",
    "robotics",
    "public health",
)
DISPUTES = (
    "fishing rights",
    "a disputed island",
    "export controls",
    "a court ruling on wartime labor",
    "the detention of a fishing crew",
    "school textbooks",
    "visa rules",
    "a spy scandal",
    "a collision at sea",
    "tariffs on steel",
)
FISH = ("mackerel", "squid", "tuna", "sardines", "saury", "crab", "pollock", "eel")
SEASONS = ("spring", "summer", "autumn", "winter")
_FEW = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_ANNIVERSARIES = ("20th", "25th", "30th", "40th", "45th", "50th", "60th", "70th")
_AN = re.compile(r"\b([Aa]) (?=[aeioAEIO])")

_CHOICES: dict[str, Sequence[str]] = {
    "sector": SECTORS,
    "commodity": COMMODITIES,
    "firms": FIRMS,
    "region": REGIONS,
    "institute": INSTITUTES,
    "university": UNIVERSITIES,
    "field": FIELDS,
    "dispute": DISPUTES,
    "fishcatch": FISH,
    "season": SEASONS,
    "month": MONTHS,
    "few": _FEW,
    "ordinal": _ANNIVERSARIES,
    "decade": ("1970s", "1980s", "1990s", "2000s"),
    "century": ("15th", "16th", "17th", "18th", "19th"),
    "netzero": ("2050", "2050", "2060", "2070"),
}


def _number(rng: random.Random, low: float, high: float) -> int:
    """A log-uniform count in ``[low, high]``, rounded to two significant digits."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    scale = 10 ** max(0, int(math.log10(value)) - 1)
    return int(round(value / scale) * scale)


def _money(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return f"${_number(rng, 15, 950)} million"
    value = math.exp(rng.uniform(math.log(1), math.log(90)))
    return f"${value:.1f} billion" if value < 10 else f"${round(value)} billion"


def _percent(rng: random.Random, low: float, high: float) -> str:
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    return f"{value:.1f} percent" if value < 20 or rng.random() < 0.3 else f"{round(value)} percent"


def _analyst(rng: random.Random) -> str:
    family_first, given, family = rng.choice(_NAMES)
    first, last = rng.choice(given), rng.choice(family)
    return f"{last} {first}" if family_first else f"{first} {last}"


class _Pair(NamedTuple):
    """The two countries background sentences talk about, and the year they are set in."""

    x: Country
    y: Country
    year: int


def _slot(name: str, rng: random.Random, pair: _Pair, drawn: dict[str, str]) -> str:
    """The value of slot ``name``; ``drawn`` holds this sentence's earlier draws."""
    x, y, year = pair
    if name in ("x", "y"):
        return (x if name == "x" else y).name
    if name in ("xa", "ya"):
        return (x if name == "xa" else y).adjective
    if name in ("xs", "ys"):
        country = (x if name == "xs" else y).name
        return f"{country}'" if country.endswith("s") else f"{country}'s"
    if name in ("xcap", "ycap"):
        return (x if name == "xcap" else y).capital
    if name in ("xcity", "ycity"):
        country = x if name == "xcity" else y
        return rng.choice((country.capital, *country.cities))
    if name == "sector2":
        return rng.choice([s for s in SECTORS if s != drawn.get("sector")])
    if name == "field2":
        return rng.choice([f for f in FIELDS if f != drawn.get("field")])
    if name in _CHOICES:
        return rng.choice(_CHOICES[name])
    if name == "year":
        return str(rng.randrange(1990, year - 1))
    if name == "oldyear":
        return str(rng.randrange(1950, 1990))
    if name == "recent":
        return str(rng.randrange(year - 3, year))
    if name == "year2":
        return str(rng.choice((rng.randrange(year + 1, year + 12), 2030, 2035, 2040)))
    if name == "yearany":
        return str(rng.randrange(1990, year + 6))
    if name == "money":
        return _money(rng)
    if name == "pct":
        return _percent(rng, 0.6, 32)
    if name == "smallpct":
        return f"{rng.uniform(0.1, 6.5):.1f} percent"
    if name in ("share", "share2"):
        return f"{rng.randrange(5, 80)} percent"
    if name == "smallshare":
        return f"{rng.randrange(2, 31)} percent"
    if name == "elderly":
        return f"{rng.randrange(6, 31)} percent"
    if name == "debt":
        return f"{rng.randrange(30, 260)} percent"
    if name == "decimal":
        return f"{rng.uniform(0.1, 7.9):.1f}"
    if name == "tenths":
        return f"{rng.uniform(0.6, 2.4):.1f}"
    if name == "life":
        return f"{rng.uniform(68, 85):.1f}"
    if name == "n":
        return str(rng.randrange(12, 90))
    if name == "n2":
        return str(rng.randrange(5, 200))
    if name == "n3":
        return f"{_number(rng, 40, 2000):,}"
    if name == "count":
        return f"{_number(rng, 1500, 300_000):,}"
    if name == "barrels":
        return f"{_number(rng, 40_000, 900_000):,}"
    if name == "analyst":
        return _analyst(rng)
    raise KeyError(f"unknown background slot {{{name}}}")


class _Slot(NamedTuple):
    name: str


class _Choice(NamedTuple):
    options: tuple[tuple[_Part, ...], ...]


_Part = str | _Slot | _Choice


def _sequence(template: str, i: int) -> tuple[tuple[_Part, ...], int]:
    """The parts of ``template`` from ``i`` up to an unmatched ``|`` or ``}``."""
    parts: list[_Part] = []
    start = i
    while i < len(template) and template[i] not in "|}":
        if template[i] != "{":
            i += 1
            continue
        if start < i:
            parts.append(template[start:i])
        options = []
        while True:
            option, i = _sequence(template, i + 1)
            options.append(option)
            if i >= len(template):
                raise ValueError(f"unclosed brace in background template {template!r}")
            if template[i] == "}":
                break
        i += 1
        if len(options) == 1 and len(options[0]) == 1 and str(options[0][0]).isidentifier():
            parts.append(_Slot(str(options[0][0])))
        else:
            parts.append(_Choice(tuple(options)))
        start = i
    if start < i:
        parts.append(template[start:i])
    return tuple(parts), i


def _compile(template: str) -> tuple[_Part, ...]:
    parts, end = _sequence(template, 0)
    if end != len(template):
        raise ValueError(f"stray {template[end]!r} in background template {template!r}")
    return parts


_COMPILED = {theme: tuple(map(_compile, ts)) for theme, ts in BACKGROUND.items()}


def _render(
    parts: tuple[_Part, ...], rng: random.Random, pair: _Pair, drawn: dict[str, str], out: list[str]
) -> None:
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, _Slot):
            value = drawn[part.name] = _slot(part.name, rng, pair, drawn)
            out.append(value)
        else:
            _render(rng.choice(part.options), rng, pair, drawn, out)


def _background_sentence(template: tuple[_Part, ...], rng: random.Random, pair: _Pair) -> str:
    out: list[str] = []
    _render(template, rng, pair, {}, out)
    text = " ".join("".join(out).split()).replace(" ,", ",")  # an empty choice leaves a gap
    return _capitalized(_AN.sub(r"\1n ", text))


def _background(seed: int, index: int, first: Country, second: Country, year: int) -> list[str]:
    """Filler paragraphs for story ``index``: a few themes, two to five sentences each."""
    # Its own generator, so the filler can change without reshuffling the story itself.
    rng = random.Random(f"diplowire-corpus-background:{seed}:{index}")
    pair = _Pair(first, second, year) if rng.random() < 0.5 else _Pair(second, first, year)
    remaining = rng.randrange(BACKGROUND_SENTENCES[0], BACKGROUND_SENTENCES[1] + 1)
    paragraphs = []
    for theme in rng.sample(sorted(BACKGROUND), len(BACKGROUND)):
        if remaining <= 0:
            break
        templates = _COMPILED[theme]
        size = min(remaining, rng.randrange(2, 6), len(templates))
        paragraphs.append(
            " ".join(_background_sentence(t, rng, pair) for t in rng.sample(templates, size))
        )
        remaining -= size
    return paragraphs


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
    middle.extend(_background(seed, index, ca, cb, published.year))
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
