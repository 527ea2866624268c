"""Statements: quotations with their speakers, and reported speech.

A quotation is attributed by the reporting verb nearest to it: after the quote
(``"...," Kono said`` / ``"...," said Kono``), before it (``Suga said, "..."``), or the
subject of the sentence when the quote sits inside a paraphrase (``called on South
Korea to "act prudently"``). Pronouns and descriptions ("the top government
spokesman") resolve to the person last named; bodies ("the ministry", "a Japanese
official") speak as institutions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, Institution, institutions_in
from diplowire.extraction.dates import DateMention
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Entity, Mention, PeopleIndex, bare_name
from diplowire.extraction.prefilter import Gated, gated, literals
from diplowire.extraction.readings import Readings
from diplowire.extraction.triggers import SPEECH
from diplowire.models import Person, Statement

LABEL_WORDS = 2
"""Quoted spans this short, without a stop of their own, are labels, not statements..."""
LABEL_PHRASE_WORDS = 3
"""Quoted spans this short that an article or a preposition leads into are labels..."""
LABEL_VERB_REACH = 40
"""...unless a speech verb stands this close before them."""
LABEL_REACH = 60
"""...unless a speech verb stands this close before them."""
# Curly pairs, straight pairs, then a curly mark closed by a straight one or the other
# way round, as pages that mix the two print them ('“Met Qin Gang ... agenda", he tweeted').
_DOUBLE = (
    r"“(?P<curly>[^”]{1,1500})”|\"(?P<straight>[^\"]{1,1500})\""
    r"|[“\"](?P<mixed>[^“”\"]{1,1500})[”\"]"
)
_QUOTE = re.compile(_DOUBLE)
# Single curly marks, as some British and Asian copy prints its quotations ('‘I received a
# phone call ...’'): an opening mark at a word's start, a closing one not inside a word,
# so that "Iran’s" and "’90s" stay apostrophes within the quotation.
_QUOTE_OR_SINGLE = re.compile(
    _DOUBLE + r"|(?<!\w)‘(?P<single>(?:[^‘’“”\"]|’(?=\w)){1,1500})’(?!\w)"
    # Straight single marks too, as government releases print them ("'Indonesia is a key
    # partner ...,' Senator Evans said"): one opens before a letter, and one inside a
    # word ("Australia's") is an apostrophe.
    r"|(?<![\w'])'(?P<apostrophe>(?=[^\W\d_])(?:[^'‘’“”\"]|'(?=\w)){1,1500})'(?!\w)"
)
SINGLES_OVER_DOUBLES = 2
"""How many times more paragraphs must open single marks than hold double ones for
single marks to be read as the copy's quotation marks."""
_SINGLE_OPENING = re.compile(r"(?:^|\s)['‘][^\W\d_]")
_OPENING_MARKS = ("“", '"', "‘")
_NAMING = gated(
    re.compile(
        r"\b(?:signed(?:\s+off\s+on)?|adopted|concluded|inked|unveiled|issued|dubbed|named|"
        r"titled|so-called|known\s+as)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_PRONOUN_AT_END = re.compile(r"\b(he|she|He|She)(?:\s+\w+){0,2}\s*$")
_GENDER = {"he": "m", "she": "f"}
# A possessive and the lower-case noun phrase it owns, to the end of a speaker phrase.
# Capitalized too: "the Prime Minister's Office said" (a name after the possessive would
# itself be the mention nearest the verb).
_OWNED = re.compile(r"['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*(?=\s*$)")
_WHO_AT_END = re.compile(r",\s*who\s+(?:\w+\s+){0,2}$")
_NEW_CLAUSE = gated(re.compile(r"\b(?:while|whereas|but|and)\b"))
_RELATIVE = re.compile(r",\s*(?:who|whose|which|where)\b[^,]*,")
_NON_QUOTE = re.compile(r"^[\w\s.'’-]{1,40}$")
# After a reporting verb: "the chancellor", "Russia's president", "the Kremlin spokesman",
# "the Russian president" (up to four words: a lazy match stopped at "the Russian").
_POST_DESCRIPTION = re.compile(
    r"\s*(?:the\s+|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)(?:[\w-]+\s+){0,3}[\w-]+\b"
)
_DESCRIPTION = re.compile(
    r"(?P<article>\b(?:the|a|an))\s+(?P<np>[^,;\"“”]{3,90}?)\s*,?\s*$", re.IGNORECASE
)


@cache
def _label_before() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "label_before"))
    return re.compile(rf"(?<!\bas )\b(?:{words})\s+$", re.IGNORECASE)


@cache
def _person_noun() -> re.Pattern[str]:
    """A noun that makes a description a speaker's ("the spokesman", "the minister")."""
    nouns = "|".join(lexicon.words("cues", "speakers", "nouns"))
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Quote:
    paragraph: int
    start: int
    end: int
    text: str
    previous_speaker: Person | None
    recent: tuple[int, Person] | None = None
    """The sentence and speaker of the article's last quotation before this one."""


def find(
    context: Context,
    people: PeopleIndex,
    dates: Mapping[int, list[DateMention]],
    cues: Cues,
    triggers: Sequence[int],
    readings: Readings | None = None,
) -> list[Statement]:
    """The statements of an article: every quotation, then reported speech (in the
    sentences whose ``triggers`` hold :data:`~diplowire.extraction.triggers.SPEECH`).

    ``readings`` are a model's readings of some sentences, by index: the subject of
    the reporting verb whose clause holds a quotation speaks it."""
    found: list[Statement] = []
    paragraphs = context.article.paragraphs
    quoted = {
        number
        for number, paragraph in enumerate(paragraphs)
        if "“" in paragraph or '"' in paragraph or "”" in paragraph  # most hold none
    }
    # Single marks quote only in copy that prints no double ones: beside double marks
    # they nest a quotation in another ('“... calling these organizations ‘Islamic
    # terrorists,’ ...”') or are a headline's ('Warren to CEO: ‘You Should Be ...’').
    single_quoted = {
        number
        for number, paragraph in enumerate(paragraphs)
        if ("‘" in paragraph or "'" in paragraph) and _SINGLE_OPENING.search(paragraph)
    }
    # ... or where they far outnumber a stray double mark ('"The facility will house 400
    # people' among a release's single-quoted paragraphs).
    singles = len(single_quoted) > SINGLES_OVER_DOUBLES * len(quoted)
    if singles:
        quoted |= single_quoted
    quotations = _QUOTE_OR_SINGLE if singles else _QUOTE
    opening = (*_OPENING_MARKS, "'") if singles else _OPENING_MARKS
    by_paragraph: dict[int, list[Sentence]] = {}
    if quoted:
        for sentence in context.sentences:
            # Captions number their own paragraphs from 0.
            if sentence.paragraph in quoted and not sentence.caption:
                by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    carried: tuple[int, Person] | None = None  # the last quotation's paragraph and speaker
    previous_parsed = False  # whether a model's parse chose the last quotation's speaker
    spoken: list[tuple[int, Person]] = []  # each quotation's sentence and speaker so far
    # The quotation a paragraph left open, whose speaker only the paragraph closing it
    # names: its words, its sentence and its paragraph.
    unattributed: list[tuple[str, Sentence, int]] = []
    for number in sorted(quoted):
        paragraph = context.article.paragraphs[number]
        sentences = by_paragraph.get(number, [])
        if number > 0 and _continues(context.article.paragraphs[number - 1], paragraph):
            # 'Also, we discussed ... in 2023,” the Ukrainian president informed.' closes
            # the quotation the paragraph before opened: the marks say it is quoted.
            paragraph = "“" + paragraph
            lead = 1  # the mark added before the first sentence
        else:
            reopens = paragraph.lstrip()[:1] in opening
            if not (reopens and unattributed and unattributed[-1][2] == number - 1):
                # A quotation running over paragraphs opens each of them again and closes
                # only in its last, which names the speaker ('“We also talked about ...' then
                # '“I also took note ...,” he said'): until then its words wait.
                unattributed = []
            lead = 0
        offsets = _offsets(paragraph, sentences)
        opens = paragraph.lstrip()[:1] in opening
        # A paragraph that opens with a quotation and names no one continues the
        # quotation of the paragraph before it, as news copy runs a speaker's words on.
        previous = carried[1] if carried and carried[0] == number - 1 and opens else None
        if previous is None and opens and number > 0:
            # 'the South African President said:' closing the paragraph before.
            previous = _introduced_speaker(context, number - 1, people, cues)
        closed = _closed_single(paragraph, quotations) if singles else paragraph
        if closed is paragraph:
            closed = _closed(paragraph, opens)
        left_open = len(closed) > len(paragraph)
        paragraph = closed
        for match in quotations.finditer(paragraph):
            words = (
                match.group("curly")
                or match.group("straight")
                or match.group("mixed")
                or (match.group("single") or match.group("apostrophe") if singles else None)
                or ""
            ).strip()
            words = words.rstrip(",.;: ").strip()
            if not words or _is_title_or_name(words, match, paragraph, cues.speech):
                continue
            recent = spoken[-1] if spoken else None
            quote = _Quote(number, match.start(), match.end(), words, previous, recent)
            home = _sentence_at(sentences, offsets, max(match.start(), lead))
            if home is None:
                continue
            tail = _sentence_at(sentences, offsets, match.end() - 1)
            if (
                tail is not None
                and tail is not home
                and cues.attribution.pattern.match(tail.norm[match.end() - offsets[tail.index] :])
            ):
                # A quotation of several sentences is attributed after its last one:
                # '"... the GSOMIA. I believe ... decision," said Kono'.
                quote = _Quote(number, offsets[tail.index], match.end(), words, previous, recent)
                home_for_speaker = tail
            else:
                home_for_speaker = home
            speaker, setting, parsed = _speaker(
                quote,
                home_for_speaker,
                offsets[home_for_speaker.index],
                context,
                people,
                cues,
                readings,
            )
            if speaker is None and _fills(paragraph, match):
                # '"I'm going to Moscow today ..."' then 'He said at a press conference in
                # Istanbul.': the next paragraph is its attribution alone.
                speaker = _attributed_after(context, number, people, cues)
            if speaker is None:
                if left_open and match.end() == len(paragraph):
                    unattributed.append((words, home, number))
                continue
            speaker = _document_author(
                context, home_for_speaker.index, speaker, spoken, cues, people
            )
            waiting = unattributed if unattributed and unattributed[-1][2] == number - 1 else []
            for earlier_words, earlier_home, _ in waiting:
                found.append(
                    _statement(
                        context,
                        len(found),
                        speaker,
                        earlier_words,
                        True,
                        earlier_home,
                        dates,
                        setting,
                    )
                )
            unattributed = []
            spoken.append((home_for_speaker.index, speaker))
            # A quotation that runs on from one whose speaker the parse chose is the
            # parse's reading too.
            parsed = parsed or (speaker is previous and previous_parsed)
            previous, previous_parsed = speaker, parsed
            carried = (number, speaker)
            said = _statement(context, len(found), speaker, words, True, home, dates, setting)
            if parsed and readings is not None:
                said.reader = readings.model.name
            found.append(said)
    found.extend(_reported(context, people, dates, cues, triggers, start=len(found)))
    if readings is not None:
        for said in found:
            if said.reader is None and people.modelled(said.speaker):
                said.reader = readings.model.name
    return found


@cache
def _document() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@cache
def _according_to_document() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(
        rf"\baccording\s+to\s+(?:the|a|an|its|his|her|their)\s+(?P<doc>{words})\s*,",
        re.IGNORECASE,
    )


@cache
def _according_to_someone() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(
        rf"\baccording\s+to\s+(?:(?:the|a|an|its|his|her|their)\s+(?:{words})\s+(?:by|from)\s+)?"
        r"(?P<who>[^,;“”\"]{2,80}?)\s*(?:,|$)",
        re.IGNORECASE,
    )


def _according_to_source(
    text: str, at: int, mentions: list[Mention], sentence: Sentence, cues: Cues
) -> Person | None:
    """The person "according to" names before a quotation in the sentence: 'President
    Buhari, according to a statement by his media aide, Garba Shehu, accepted ... to
    "consider ..."' (the aide's words); not when a reporting verb comes between them
    ('According to officials, Putin said "..."': his words)."""
    found = _according_to_someone().search(text, 0, at)
    if found is None or cues.speech.search(sentence.lower, found.end(), at) is not None:
        return None
    named = [m for m in mentions if found.start("who") <= m.start < found.end("who")]
    if named:
        return named[0].entity.person()
    # "his media aide, Garba Shehu,": the name set off after the description.
    apposed = _APPOSED_NAME.match(text, found.end(), at)
    if apposed is not None:
        later = [m for m in mentions if m.start == apposed.start("name")]
        if later:
            return later[0].entity.person()
        if bare_name(apposed.group("name")) is not None:
            return Person(name=apposed.group("name"))
    return None


_APPOSED_NAME = re.compile(r"\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*,")


@cache
def _issuing() -> re.Pattern[str]:
    """A sentence that can name who issued a document: one naming a document, or one
    reporting what a body said ('..., the press service of the head of the republic
    reported on Thursday' before '"...," the report said')."""
    words = [
        *lexicon.words("cues", "speakers", "documents"),
        *lexicon.words("cues", "speakers", "issuing"),
    ]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


DOCUMENT_REACH = 3
"""How many sentences back "the statement" is looked for the body that issued it."""


def _document_author(
    context: Context,
    index: int,
    speaker: Person,
    spoken: list[tuple[int, Person]],
    cues: Cues,
    people: PeopleIndex,
) -> Person:
    """The body or person who issued the document a quotation is attributed to ("...,"
    the statement said): a body named beside the document just before, outside its
    quotations ('said a statement published on the Russian Foreign Ministry website',
    'a foreign ministry statement said'), else the speaker of a quotation there ('...,"
    the Prime Minister's Office said in a statement'). Any other speaker is kept."""
    if not speaker.institution or not _document().fullmatch(_ARTICLE.sub("", speaker.name)):
        return speaker
    for earlier in range(index - 1, max(-1, index - DOCUMENT_REACH - 1), -1):
        sentence = context.sentences[earlier]
        if sentence.caption or not _issuing().search(sentence.norm):
            continue
        outside = _outside_quotations(sentence.norm)
        bodies = [b for b in institutions_in(outside, cues) if not _document().search(b.phrase)]
        if bodies:
            # The body next to the document or the verb, not one the report is about
            # ('... the Council of Heads of State, the Kazakh presidential press service
            # said').
            cues_at = [m.start() for m in _issuing().finditer(outside)]
            return institution_person(min(bodies, key=lambda b: _distance(b, cues_at)), outside)
        quoted_there = [who for at, who in spoken if at == earlier and who is not speaker]
        if quoted_there:
            return quoted_there[-1]
        writer = _writer(outside, earlier, people)
        if writer is not None:
            return writer
    return speaker


def _writer(text: str, index: int, people: PeopleIndex) -> Person | None:
    """The person a document is from: 'a letter from Debashree Mukherjee, India's
    Secretary of Water Resources'."""
    for document in _document_from().finditer(text):
        for mention in people.in_sentence(index):
            if mention.start == document.end():
                return mention.entity.person()
    return None


@cache
def _document_from() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\s+(?:from|by)\s+", re.IGNORECASE)


def _distance(body: Institution, points: list[int]) -> int:
    return min((min(abs(p - body.start), abs(p - body.end)) for p in points), default=0)


_THE_DOCUMENT_AT_END = re.compile(r"\bthe\s+((?:[\w-]+\s+)?[\w-]+)\s*$", re.IGNORECASE)
_QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"|“[^”]*$|^[^“]*”")


def _outside_quotations(text: str) -> str:
    """``text`` with its quoted words blanked, offsets kept."""
    return _QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)


@cache
def _introduction_end() -> re.Pattern[str]:
    verbs = "|".join(lexicon.words("cues", "attribution_verbs"))
    return re.compile(rf"\b(?:{verbs})\s*:\s*$")


def _introduced_speaker(
    context: Context, number: int, people: PeopleIndex, cues: Cues
) -> Person | None:
    """Who a paragraph ending in a reporting verb and a colon introduces ("In an earlier
    letter of invitation, the South African President said:"), when the next paragraph
    is the quotation."""
    last = next(
        (s for s in reversed(context.sentences) if s.paragraph == number and not s.caption),
        None,
    )
    if last is None or not last.norm.rstrip().endswith(":"):
        return None
    intro = _introduction_end().search(last.norm)
    if intro is None:
        return None
    mentions = people.in_sentence(last.index)
    return _subject(last.norm, 0, intro.start(), mentions, last, people, cues, context)


def _fills(paragraph: str, match: re.Match[str]) -> bool:
    """Whether the quotation is the whole paragraph."""
    return not paragraph[: match.start()].strip() and not paragraph[match.end() :].strip(" .")


@cache
def _bare_attribution() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.words("cues", "attribution_verbs"), key=len, reverse=True))
    # 'He said at a press conference in Istanbul.': a verb and where or when, no clause.
    return re.compile(
        rf"^(?P<who>[^,;“”\"]{{1,60}}?)\s+(?:{verbs})\b(?P<rest>[^,;“”\"]{{0,80}})\.?$"
    )


_CLAUSE_WORDS = re.compile(r"\b(?:that|to|how|whether|what|if)\b")


def _attributed_after(
    context: Context, number: int, people: PeopleIndex, cues: Cues
) -> Person | None:
    """The speaker the next paragraph names when its first sentence is only an
    attribution, with no words of its own ("He said at a press conference.")."""
    following = [s for s in context.sentences if s.paragraph == number + 1 and not s.caption][:1]
    if not following:
        return None
    sentence = following[0]
    found = _bare_attribution().match(sentence.norm.strip())
    if found is None or _CLAUSE_WORDS.search(found.group("rest")):
        return None
    offset = len(sentence.norm) - len(sentence.norm.lstrip())
    mentions = people.in_sentence(sentence.index)
    return _subject(
        sentence.norm,
        offset + found.start("who"),
        offset + found.end("who") + 1,
        mentions,
        sentence,
        people,
        cues,
        context,
        first=True,
    )


def _closed_single(paragraph: str, quotations: re.Pattern[str]) -> str:
    """A paragraph that opens a quotation in single marks and does not close it, closed
    at its end: the quotation runs on into the next paragraph, which opens it again."""
    stripped = paragraph.lstrip()
    if stripped[:1] not in ("'", "‘"):
        return paragraph
    first = quotations.match(paragraph, len(paragraph) - len(stripped))
    if first is not None:
        return paragraph
    return paragraph + ("’" if stripped[0] == "‘" else "'")


def _closed(paragraph: str, opens: bool) -> str:
    """A paragraph of a quotation running over several paragraphs, closed at its end.

    Such a quotation opens every paragraph and closes only in its last:
    '“On the way home, I had a meeting ... war.' then '“Also, we discussed ...”'; it
    may open after the attribution ('Ramaphosa had ... stated, “Your visit will ...').
    """
    if opens and paragraph.lstrip().startswith("“") and "”" not in paragraph:
        return paragraph if '"' in paragraph else paragraph + "”"
    if opens and paragraph.lstrip().startswith('"') and paragraph.count('"') % 2:
        return paragraph + '"'
    if _left_open(paragraph):
        return paragraph + "”"
    return paragraph


def _left_open(paragraph: str) -> bool:
    """Whether a paragraph's last curly quotation mark opens one."""
    return paragraph.rfind("“") > paragraph.rfind("”")


def _continues(before: str, paragraph: str) -> bool:
    """Whether ``paragraph`` carries on the quotation ``before`` left open without opening
    it again: its first curly mark closes."""
    closing = paragraph.find("”")
    return _left_open(before) and closing >= 0 and "“" not in paragraph[:closing]


def _offsets(paragraph: str, sentences: list[Sentence]) -> dict[int, int]:
    offsets: dict[int, int] = {}
    cursor = 0
    for sentence in sentences:
        at = paragraph.find(sentence.text, cursor)
        offsets[sentence.index] = at
        cursor = at + len(sentence.text)
    return offsets


def _sentence_at(sentences: list[Sentence], offsets: dict[int, int], at: int) -> Sentence | None:
    home = None
    for sentence in sentences:
        if offsets[sentence.index] <= at:
            home = sentence
    return home


def _is_title_or_name(words: str, match: re.Match[str], paragraph: str, speech: Gated) -> bool:
    """Quoted names of things ("2+2", "Team Europe") are not statements.

    A short capitalized quote is a name unless it is the first part of a quote split
    around its attribution (\u201cToday,\u201d Yoon said, \u201c...\u201d).
    """
    # The bare patterns on a bounded stretch: the prefilter would fold the whole
    # paragraph once per quote, the square of its length for a paragraph of quotes.
    if _NAMING.pattern.search(paragraph, max(0, match.start() - 40), match.start()):
        return True  # "signed off on a "commitment to consult"": a document's name
    raw = match.group(0)[1:-1].rstrip()
    if (
        len(words.split()) <= LABEL_PHRASE_WORDS
        and not raw.endswith((".", "!", "?"))
        and _label_before().search(paragraph, max(0, match.start() - 30), match.start())
        and not _search_before(speech.pattern, paragraph, match.start(), LABEL_VERB_REACH)
    ):
        # A few words an article or a preposition leads into are a name for something:
        # 'the bilateral agreement on "comfort women,"', 'reached a "final and
        # irreversible" agreement', 'the successful annual "two sessions,"'; not when a
        # speech verb is just before ('calling this a "significant achievement."'), the
        # words are what something is called ('described China as an "ally"') or they
        # end a sentence of their own ('to make Obama a "one-term president."').
        return True
    if _headline_case(words):
        # 'the folk song, "Everybody Couldn't Help Saying My Native Town Is a Wonderful
        # Place,"': a title of a song, a book or a headline, not anyone's words.
        return True
    if (
        raw.endswith(",")
        and len(words.split()) <= LABEL_PHRASE_WORDS
        and _GLOSS.match(paragraph, match.end())
    ):
        return True  # 'continue "shuttle diplomacy," or reciprocal visits': a term glossed
    if raw.endswith(","):
        return False
    letters = re.sub(r"[^A-Za-z]", "", words)
    if (
        len(words.split()) <= LABEL_WORDS
        and not raw.endswith((".", "!", "?"))
        and not _search_before(speech.pattern, paragraph, match.start(), LABEL_REACH)
    ):
        # A word or two in quote marks is a label or a scare quote ("ties at an
        # "unprecedented height"", the "no limits" partnership) unless a speech verb just
        # before gives them to a speaker (urged Seoul to "act prudently"); an answer
        # quoted whole ends with its own stop: she said: "Of course."
        return True
    return len(letters) < 3 or (len(words.split()) <= 3 and words.istitle())


HEADLINE_WORDS = 4
"""Quoted words this many or more, every one capitalized but the small ones, are a title."""
_GLOSS = re.compile(r"\s*or\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _small_words() -> frozenset[str]:
    return frozenset(lexicon.words("cues", "speakers", "title_small_words"))


def _headline_case(words: str) -> bool:
    """Whether ``words`` are set as a title: four or more words, each capitalized but the
    articles, prepositions and conjunctions ("Everybody Couldn't Help Saying My Native
    Town Is a Wonderful Place")."""
    tokens = _WORD.findall(words)
    if len(tokens) < HEADLINE_WORDS:
        return False
    small = _small_words()
    return all(t[0].isupper() or t.lower() in small for t in tokens) and any(
        t.lower() not in small for t in tokens[1:]
    )


def _search_before(
    pattern: re.Pattern[str], text: str, at: int, reach: int
) -> re.Match[str] | None:
    """``pattern`` searched in the lower-cased ``reach`` characters before ``at``, with a
    few characters more before them so that ``\\b`` and lookbehinds see what they would
    in the whole text."""
    start = max(0, at - reach)
    base = max(0, start - 8)
    return pattern.search(text[base:at].lower(), start - base)


def _speaker(
    quote: _Quote,
    sentence: Sentence,
    sentence_start: int,
    context: Context,
    people: PeopleIndex,
    cues: Cues,
    model: Readings | None = None,
) -> tuple[Person | None, str | None, bool]:
    """The speaker of a quotation, its setting, and whether a model's parse chose the
    speaker."""
    text = sentence.norm
    start = quote.start - sentence_start
    end = quote.end - sentence_start
    setting = _setting(sentence, cues)
    mentions = people.in_sentence(sentence.index)
    opens_sentence = not text[:start].strip(" \"“('")  # ' is a single curly mark in norm
    according_after = _ACCORDING_AFTER.match(text, end) if opens_sentence else None
    if according_after is not None:
        # Only for a quotation that opens its sentence: 'The crown prince "underscored
        # ...," according to the Bahrain News Agency' is given to its subject.
        # '"...," according to a South Korean foreign ministry statement released Saturday':
        # the body or the person the attribution names.
        source = _named_source(text, *according_after.span("who"), mentions, cues)
        if source is not None:
            return source, setting, False
    after = cues.attribution.pattern.match(text[end:])
    if after is not None:
        # "...," Kono said / "...," said Haruo Kanno: a person named in the attribution;
        # after the verb only before any comma ("...," she said, without mentioning
        # Trump's illness: the speaker is "she", not Trump).
        verb_end = end + after.start("post")
        post_end = verb_end + len(after.group("post").split(",", 1)[0])
        pre = after.group("pre") or ""
        before_verb = [
            m for m in mentions if end <= m.start < verb_end and not _PRONOUN.search(pre)
        ]
        # The name next to the verb is its subject: '"..." of the Clinton proposals, Mr.
        # Holtz-Eakin said'.
        named = before_verb[-1:] or [m for m in mentions if verb_end <= m.start < post_end]
        crosses = _NEW_CLAUSE.search(pre)
        closes = opens_sentence or text[end - 2 : end - 1] in ",.!?" or text[end - 1] == ","
        if named and not crosses and closes:
            pre_end = end + after.end("pre") if after.group("pre") else verb_end
            office = _owned_by(text, named[0], pre_end) if before_verb else None
            body = _name_as_modifier(text, named[0], pre_end, cues) if before_verb else None
            return office or body or named[0].entity.person(), setting, False
        if not named and not crosses and closes:
            # '"...," Warren said', '"...," said Melanie': a name the story gave no title
            # still names the speaker when it is the reporting verb's whole subject.
            alone = bare_name(pre.strip()) or bare_name(
                after.group("post").split(",", 1)[0].strip()
            )
            if alone is not None:
                return Person(name=alone), setting, False
    if model is not None:
        # A model's parse of the clause, before the rules infer a speaker from
        # descriptions, earlier quotations and position.
        who = _parsed_speaker(model, sentence.index, text, start, end, mentions, cues)
        if who is not None:
            return who, setting, True
    if not opens_sentence:
        # Inside or after a clause: the subject of the outermost reporting verb of the
        # clause before it ("Kim recalled that ... "unjust"", "called on South Korea to
        # "act prudently""): the source who reports another's words speaks them ('Price
        # added that Blinken also expressed ... "the 30th anniversary ..."').
        according = _according_to_document().search(text, 0, start)
        if according is not None:
            # 'According to the statement, President Buhari ... accepted an invitation
            # to visit South Africa to "consider ..."': the statement's words, not his.
            return Person(name=according.group("doc"), institution=True), setting, False
        source = _according_to_source(text, start, mentions, sentence, cues)
        if source is not None:
            return source, setting, False
        clause = _clause_start(text, start)
        named_as = _WHAT_CALLED.search(text, clause, start)
        if named_as is not None:
            # 'talked about what Kyodo described as a "coordinated response"': whoever
            # gave the words.
            who = _subject(text, *named_as.span("who"), mentions, sentence, people, cues, context)
            alone = bare_name(named_as.group("who"))
            if who is not None or alone is not None:
                return who or Person(name=alone or ""), setting, False
        issuer = _issuer_of_document_in_which(text, clause, start, mentions, cues)
        if issuer is not None:
            return issuer, setting, False
        relayed = _quoted_as().search(text, clause, start)
        if relayed is not None:
            # 'The Chinese statement also quoted Wang as saying that "..."': the person
            # quoted speaks, not the one quoting.
            who = _subject(text, *relayed.span("who"), mentions, sentence, people, cues, context)
            if who is not None:
                return who, setting, False
        verbs = list(cues.speech.finditer(sentence.lower, clause, start))
        boundary = clause
        spans = []
        for verb in verbs:
            spans.append((boundary, verb.start(), verb.group(0).endswith("ing")))
            boundary = verb.end()
        verbs = [
            verb
            for verb, (span_start, span_end, _) in zip(verbs, spans, strict=True)
            if not _attributive(text, span_start, span_end)
            and not _passive(text, verb.start(), verb.end())
        ]
        boundary = clause
        spans = []
        for verb in verbs:
            spans.append((boundary, verb.start(), verb.group(0).endswith("ing")))
            boundary = verb.end()
        for span_start, span_end, participle in spans:
            if participle and not any(span_start <= m.start < span_end for m in mentions):
                # 'the Security Council issued a statement calling the test "a clear
                # violation"': a body the clause names, not a document whose issuer
                # lies elsewhere ('12 member states issued a statement expressing
                # "regret"').
                bodies = [
                    b
                    for b in institutions_in(text[span_start:span_end], cues)
                    if not _document().search(b.phrase)
                ]
                if bodies:
                    return institution_person(bodies[0], text[span_start:span_end]), setting, False
                continue
            # "..., adding that", "met Yoon, saying": a participle's subject is the
            # clause's, named first.
            who = _subject(
                text,
                span_start,
                span_end,
                mentions,
                sentence,
                people,
                cues,
                context,
                first=participle,
                recent=quote.recent,
            )
            if who is not None:
                return who, setting, False
        closing = _closing_attribution(text, end)
        if closing is not None:
            # No reporting verb of its clause gives the quoted words: the attribution
            # closing the sentence does.
            who = _closing_speaker(text, closing, mentions, cues)
            if who is not None:
                return who, setting, False
    if after is not None:
        pre_end = end + (after.end("pre") if after.group("pre") else 0) + 1
        who = _subject(
            text,
            end,
            pre_end,
            mentions,
            sentence,
            people,
            cues,
            context,
            first=True,
            quote_start=start,
            recent=quote.recent,
        )
        if who is not None:
            return who, setting, False
        if not (after.group("pre") or "").strip():
            # '"...," said the presidency': a body right after the verb.
            post = after.group("post").split(",", 1)[0]
            writer = _writer_in(post)
            if writer is not None:
                # '"...," said a brief statement from undersecretary of State Steve
                # Goldstein': whom the document is from, named or not before.
                return writer, setting, False
            apposed = _named_after_description(
                text, end + after.start("post") + len(post), mentions
            )
            if apposed is not None and _POST_DESCRIPTION.match(post):
                # '"...," mentioned the Foreign Ministry Spokesman, Arrmanatha Nasir': the
                # person the description is set off before.
                return apposed, setting, False
            carried_on = _described_again(
                text[end : end + after.start("post")], post, quote.recent, sentence
            )
            if carried_on is not None:
                return carried_on, setting, False
            bodies = institutions_in(post, cues)
            if bodies and not post[: bodies[0].start].strip(" ,").count(" ") > 1:
                return institution_person(bodies[0], post), setting, False
            # '"...," said the chancellor', '"...," says Russia's president'.
            described = _POST_DESCRIPTION.match(post)
            noun = _person_noun().search(described.group(0)) if described else None
            if described is not None and noun is not None:
                entity = _latest_titled(
                    people,
                    sentence.index,
                    noun.group(0),
                    before=start,
                    country=gazetteer().country_in(described.group(0)),
                    quoted=_quoted_in(context),
                    recent=quote.recent,
                )
                if entity is not None:
                    return entity.person(), setting, False
    if opens_sentence and quote.previous_speaker is not None:
        # A quote that is a sentence of its own continues the previous quotation.
        return quote.previous_speaker, setting, False
    named_before = [m for m in mentions if m.end <= start]
    if named_before:
        return named_before[0].entity.person(), setting, False
    named_after = [m for m in mentions if m.start >= end]
    if named_after and (opens_sentence or len(quote.text.split()) > LABEL_PHRASE_WORDS):
        # Not for a few quoted words inside a clause: the person named after them is
        # the clause's topic ('Russia responded by promising a "tough response" to the
        # US order which had come after ... Putin had ordered').
        return named_after[0].entity.person(), setting, False
    if _PRONOUN.search(text):
        entity = people.latest_before(sentence.index, quoted=_quoted_in(context))
        if entity is not None:
            return entity.person(), setting, False
    if opens_sentence and not text[end:].strip(_MARKS):
        # A quotation that is a whole sentence after one that reports its speaker's
        # words in the same paragraph: 'Sen. Bernie Sanders ... identified young
        # voters' exhaustion with bigotry as one of the reasons ... "The younger people
        # are ... sick and tired of discrimination and racism."'
        return _reporter_before(sentence, context, people, cues), setting, False
    return None, setting, False


@cache
def _quoted_as() -> re.Pattern[str]:
    verbs = "|".join(lexicon.words("cues", "speakers", "relaying"))
    return re.compile(
        rf"\b(?:{verbs})\s+(?P<who>[^,;“”\"]{{1,80}}?)\s+as\s+(?:saying|telling|stating)\b",
        re.IGNORECASE,
    )


@cache
def _closing() -> re.Pattern[str]:
    verbs = "|".join(
        sorted(
            [
                *lexicon.words("cues", "attribution_verbs"),
                *lexicon.words("cues", "quotation_verbs"),
            ],
            key=len,
            reverse=True,
        )
    )
    # ', the Kuwaiti news agency KUNA has reported.', ', reported CNN.'
    return re.compile(
        rf",\s+(?:(?P<who>[^,;“”\"]{{2,80}}?)\s+(?:has\s+|had\s+)?(?:{verbs})"
        rf"|(?:{verbs})\s+(?P<after>[^,;“”\"]{{2,60}}?))"
        r"(?:\s+(?:on\s+)?[A-Za-z]+day)?"
        # ', CNN said, citing five sources familiar with the matter.'
        r"(?:,\s+(?:citing|quoting|adding|noting)\b[^“”\"]*?)?\s*[.!]?\s*$"
    )


def _closing_attribution(text: str, at: int) -> re.Match[str] | None:
    """The attribution that closes the sentence after offset ``at``, set off by a comma:
    it reports the whole sentence before it, quoted words and all ('... had reviewed
    “close and distinguished” ties ..., the Kuwaiti news agency KUNA has reported')."""
    found = _closing().search(text, at)
    if found is None or any(mark in text[at : found.start()] for mark in '“"'):
        return None  # another quotation comes first: its attribution is its own
    return found


def _closing_speaker(
    text: str, closing: re.Match[str], mentions: list[Mention], cues: Cues
) -> Person | None:
    """Who the closing attribution names: a person, a body, a bare name or an acronym."""
    group = "who" if closing.group("who") is not None else "after"
    start, end = closing.span(group)
    named = [m for m in mentions if start <= m.start < end]
    if named:
        return named[0].entity.person()
    bodies = institutions_in(text[start:end], cues)
    if bodies:
        return institution_person(bodies[-1], text[start:end])
    words = text[start:end].strip()
    if _ACRONYM.fullmatch(words):
        return Person(name=words, institution=True)  # ', reported CNN.'
    return Person(name=words) if bare_name(words) else None


_ACRONYM = re.compile(r"[A-Z]{2,6}")


_ACCORDING_AFTER = re.compile(
    r"[\s,]*according\s+to\s+(?P<who>[^,;“”\"]{2,100}?)\s*(?:[,.;]|$)", re.IGNORECASE
)


def _named_source(
    text: str, start: int, end: int, mentions: list[Mention], cues: Cues
) -> Person | None:
    """Whom a source phrase names: a person, else a body that is not the document it
    issued ("a South Korean foreign ministry statement" is the ministry's)."""
    named = [m for m in mentions if start <= m.start < end]
    if named:
        return named[0].entity.person()
    phrase = text[start:end]
    bodies = [
        b
        for b in institutions_in(phrase, cues)
        if not _document().fullmatch(_ARTICLE.sub("", b.phrase))
    ]
    return institution_person(bodies[0], phrase) if bodies else None


_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<who>[^,;“”\"]{1,60}?)\s+(?:described|called|termed|dubbed)\s+"
    r"(?:as\s+)?(?:(?:an?|the)\s+)?$"
)


@cache
def _document_in_which() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\b(?P<rest>[^“”\"]{{0,80}}?),?\s+in\s+which\b", re.IGNORECASE)


_ISSUED = re.compile(r"\b(?:issued|released|published|sent|carried)\s+(?:a|an|the|its|his|her)\s+")
_OWNER = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}$")


def _issuer_of_document_in_which(
    text: str, clause: int, at: int, mentions: list[Mention], cues: Cues
) -> Person | None:
    """Who issued the document whose words a clause "in which ..." quotes: 'the Kremlin
    issued a statement in which Russian dictator Putin "expressed condolences ..."' (the
    Kremlin), 'Medvedev's New Year message to Kim Jong-un, in which the Russian politician
    expressed hopes for "new possibilities"' (Medvedev)."""
    found = _last(_document_in_which().finditer(text, clause, at))
    if found is None:
        return None
    before = text[: found.start()]
    owners = [m for m in mentions if m.end <= found.start() and _OWNER.fullmatch(before, m.end)]
    if owners:
        return owners[-1].entity.person()
    issued = _last(_ISSUED.finditer(before))
    if issued is None or issued.end() != found.start():
        return None
    subject = before[clause : issued.start()]
    named = [m for m in mentions if clause <= m.start < issued.start()]
    if named:
        return named[-1].entity.person()
    bodies = institutions_in(subject, cues)
    return institution_person(bodies[-1], subject) if bodies else None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the loop keeps the last
        pass
    return found


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+while\s+")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` begins: after the last ", and", ", but",
    "while" or semicolon before it ('Putin praised the talks, and Xi urged them to "act
    ..."' is Xi's)."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, at):
        if any(c.isalpha() for c in text[found.end() : at]):
            start = found.end()  # not one quotation joined to another: '“...”, and “...”'
    return start


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


@cache
def _adverbial_phrase() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "adverbial_openers"))
    # match() anchors it at the span's start; a lower-case noun ends it at the verb.
    return re.compile(
        rf"\s*(?:{words})\s+(?:a|an|the|his|her|its|their)\s+[^,]*?\b(?-i:[a-z])[\w-]*\s*$",
        re.IGNORECASE,
    )


def _attributive(text: str, start: int, end: int) -> bool:
    """Whether the reporting verb at ``end`` only describes a noun, in no clause of its
    own: "Following a swiftly called meeting, the Council ...", "In a Facebook message
    posted Friday, Cruz said" (no one called; the message did not post); not "In a
    Bloomberg interview Trump declared"."""
    return (
        _ATTRIBUTIVE_BEFORE.search(text, start, end) is not None
        or _adverbial_phrase().match(text, start, end) is not None
    )


_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\b")
_NOUN_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")


def _passive(text: str, start: int, end: int) -> bool:
    """Whether the reporting verb at ``start`` is a participle after a noun with its
    agent to follow ("a scheduled trip announced on twitter by President Donald Trump"):
    it tells of the noun, in no clause of its own."""
    return (
        text[start:end].endswith("ed")
        and _NOUN_BEFORE.search(text, max(0, start - 30), start) is not None
        and _BY_AGENT.match(text, end) is not None
    )


def _opens_paragraph(sentence: Sentence, context: Context) -> bool:
    """Whether ``sentence`` opens a paragraph that holds nothing but quoted words: 'The
    Prime Minister said the summit reflected how far Fiji had come.' then '“Now we can
    talk on the world stage ...”' — the paragraph before reports whose they are."""
    paragraph = context.article.paragraphs[sentence.paragraph].strip()
    return (
        paragraph.startswith(_OPENING_MARKS)
        and paragraph.endswith(("”", '"', "’"))
        and paragraph.count("“") + paragraph.count('"') + paragraph.count("‘") <= 2
        and context.article.paragraphs[sentence.paragraph].lstrip().startswith(sentence.text[:20])
    )


def _reporter_before(
    sentence: Sentence, context: Context, people: PeopleIndex, cues: Cues
) -> Person | None:
    """The subject of the sentence before ``sentence`` in its paragraph, when that
    sentence reports speech and names someone outside quotation marks first."""
    if sentence.index == 0:
        return None
    before = context.sentences[sentence.index - 1]
    if before.caption:
        return None
    if before.paragraph != sentence.paragraph and not _opens_paragraph(sentence, context):
        return None
    verbs = list(cues.speech.finditer(before.lower))
    if not verbs:
        return None
    verb = verbs[-1]
    quoted = _quoted_in(context)
    named = [
        m
        for m in people.in_sentence(before.index)
        if m.end <= verb.start() and not quoted(before.index, m)
    ]
    if not named:
        return _described_reporter(before, verbs[0].start(), people, quoted)
    # '..., Schiff said.': the name next to the verb, not the clause's subject (Kerry).
    last = named[-1]
    chosen = last if not before.norm[last.end : verb.start()].strip() else named[0]
    return chosen.entity.person()


_SUBJECT_DESCRIPTION = re.compile(r"\s*(?:[Tt]he)\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s*$")


def _described_reporter(
    before: Sentence, verb_at: int, people: PeopleIndex, quoted: Callable[[int, Mention], bool]
) -> Person | None:
    """The titled person a description that opens the reporting sentence means: "The
    Prime Minister said the summit reflected how far Fiji had come." before '“Now we
    can talk on the world stage ...”'."""
    described = _SUBJECT_DESCRIPTION.fullmatch(before.norm, 0, verb_at)
    noun = _person_noun().search(described.group("np")) if described is not None else None
    if described is None or noun is None:
        return None
    title = described.group("np") if _holds_title(described.group("np")) else noun.group(0)
    entity = _latest_titled(
        people,
        before.index,
        title,
        before=None,
        country=gazetteer().country_in(described.group("np")),
        quoted=quoted,
    )
    return entity.person() if entity is not None else None


def _holds_title(words: str) -> bool:
    """Whether ``words`` are a whole title ("Prime Minister"), not a noun and its
    qualifiers ("Russian president")."""
    return all(word[:1].isupper() for word in words.split()) and len(words.split()) > 1


_MARKS = " \t\"“”‘’'«»,.;:!?"


def _quoted_in(context: Context) -> Callable[[int, Mention], bool]:
    """Whether a mention lies inside quotation marks of its sentence: a person a
    quotation names is not the one a later description means ("... with President
    Trump ...," the President added: Aliyev)."""

    def inside(index: int, mention: Mention) -> bool:
        text = context.sentences[index].norm
        before = text[: mention.start]
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            return True
        # The last sentence of a quotation of several: its closing mark comes first
        # ('... recorded Mr Trump in this conversation, ...," he had told').
        closing = text.find("”", mention.end)
        opening = text.find("“", mention.end)
        return closing >= 0 and (opening < 0 or closing < opening) and "“" not in before

    return inside


def _owned_by(text: str, mention: Mention, end: int) -> Person | None:
    """The body a person's possessive names as the speaker, when the possessive and its
    noun phrase fill the rest of the speaker phrase up to ``end``: "Erdogan's office
    said", "a statement posted on the website of Biden's transition team said" — the
    office speaks, not the person who owns it."""
    owned = _OWNED.match(text, mention.end, end)
    if owned is None:
        return None
    return Person(name=text[mention.start : owned.end()].strip(), institution=True)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _name_as_modifier(text: str, mention: Mention, end: int, cues: Cues) -> Person | None:
    """An unnamed speaker that a name only qualifies, up to ``end``: "a Trump
    administration official said", "a Biden campaign spokesman" — a body's or a
    government's person, not the one named."""
    article = _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
    rest = text[mention.end : end]
    if article is None or rest[:1] != " " or not rest.strip()[:1].islower():
        return None
    bodies = institutions_in(rest, cues)
    if not bodies or rest[bodies[-1].end :].strip():
        return None
    return Person(name=text[article.start() : end].strip(), institution=True)


def _parsed_speaker(
    model: Readings,
    index: int,
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    cues: Cues,
) -> Person | None:
    """The speaker of ``text[start:end]`` by a model's parse: the subject of the
    reporting verb whose clause holds it, when that subject names a person or a body
    (a pronoun or a bare description is left to the rules)."""
    # The parser leaves the quotation marks and the closing comma outside the clause.
    words = text[start:end]
    inner = start + len(words) - len(words.lstrip(_MARKS))
    speech = model.speaker_of(index, inner, max(inner, start + len(words.rstrip(_MARKS))))
    if speech is None:
        return None
    low, high = speech.subject
    named = [m for m in mentions if low <= m.start < high]
    if named:
        return named[-1].entity.person()
    subject = text[low:high].strip()
    head = text[speech.head[0] : speech.head[1]] if speech.head else subject.rsplit(None, 1)[-1]
    if _person_noun().fullmatch(head):
        # "the Kremlin spokesman", "spokesperson of the Ministry of External Affairs":
        # the rules know whom the title names.
        return None
    alone = bare_name(subject)
    if alone is not None:
        return Person(name=alone)
    found = institutions_in(subject, cues)
    if not found:
        return _recognised_body(model, index, subject, low, speech.head)
    body = institution_person(found[-1])
    # The parse gives the whole phrase: "the Prime Minister's Office", not "Office".
    whole = _ARTICLE.sub("", subject)
    if len(whole) > len(body.name) and whole.endswith(body.name):
        return Person(name=whole, country=body.country, institution=True)
    return body


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BODIES = frozenset({"ORG", "GPE"})


def _recognised_body(
    model: Readings, index: int, subject: str, at: int, head: tuple[int, int] | None
) -> Person | None:
    """A reporting verb's subject the rules' lexicon does not know as a body, when the
    model's entity recogniser reads its head word as one: an organization ('"...," the
    MEA had said') or a country speaking as a state ("Bahrain, which has accused Iran
    of ..., said late Tuesday that ..."); not one whose words someone else reports ("Lin added
    that China hopes ...")."""
    name = _ARTICLE.sub("", subject)
    if head is None or not name[:1].isupper():
        return None  # a body's name is capitalized: "officials", "the report" ask nothing
    if model.label_at(index, *head) not in _BODIES:
        return None
    if model.reported(index, at, at + len(subject)):
        return None
    return Person(name=name, country=gazetteer().country_in(name), institution=True)


def _subject(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    sentence: Sentence,
    people: PeopleIndex,
    cues: Cues,
    context: Context,
    *,
    first: bool = False,
    quote_start: int | None = None,
    recent: tuple[int, Person] | None = None,
) -> Person | None:
    """Who speaks in ``text[start:end]``: a person, a pronoun, a body or a description;
    a description is never a person the quotation at ``quote_start`` names."""
    phrase = text[start:end]
    relative = _WHO_AT_END.search(phrase)
    if relative is not None:
        # "Marcos, who called it "a landmark"": the person before the relative pronoun.
        before = [m for m in mentions if m.end <= start + relative.start()]
        if before:
            return before[-1].entity.person()
    if _IT_AT_END.search(phrase) is not None:
        # '"...," it added on X' after the ministry's words: the body that spoke last.
        body = _recent_body(recent, sentence) if recent is not None else None
        body = body or _body_subject_before(sentence, context, cues)
        if body is not None:
            return body
    pronoun = _PRONOUN_AT_END.search(phrase)
    if pronoun is not None:
        gender = _GENDER[pronoun.group(1).lower()]
        if recent is not None:
            carried = _recent_speaker(
                recent, sentence, start + pronoun.start(), end, gender, people, context
            )
            if carried is not None:
                return carried
        entity = people.subject_before(
            sentence.index,
            start + pronoun.start(),
            gender=gender,
            quoted=_quoted_in(context),
            # '"...," he had told Channels Television' after 'Garba Shehu ... had
            # described': the last sentence's subject, though no title gave his sex.
            marked_first=False,
        )
        return entity.person() if entity is not None else None
    inside = [
        m
        for m in mentions
        if start <= m.start < end
        and not _in_relative_clause(text, m.start)
        and not _described_in_apposition(text, m, mentions)
    ]
    if inside:
        chosen = inside[0] if first else inside[-1]
        office = _owned_by(text, chosen, end) if chosen is inside[-1] else None
        return office or chosen.entity.person()
    alone = bare_name(phrase.strip(" ,")) if not first else None
    if alone is not None:
        # 'Price added that Blinken also expressed ...': a name the story never gave
        # in full is still the verb's whole subject.
        return Person(name=alone)
    if _PRONOUN.search(phrase):
        entity = people.subject_before(sentence.index, end, quoted=_quoted_in(context))
        return entity.person() if entity is not None else None
    described = _DESCRIPTION.search(phrase)
    noun = _person_noun().search(described.group(0)) if described is not None else None
    if described is not None and noun is not None and _owns(described.group(0), noun.end()):
        # "the Prime Minister's Office": the office the title owns speaks, not whoever
        # holds the title.
        np = described.group("np").strip()
        return Person(name=np, country=gazetteer().country_in(np), institution=True)
    if described is not None and noun is not None:
        # "the embassy spokesperson": the embassy named just before speaks.
        named_body = _named_body(institutions_in(phrase, cues), phrase, sentence, context, cues)
        if named_body is not None:
            return named_body
    if described is not None and described.group("article").lower() == "the" and noun:
        # "the spokesman": the person last named with that title; else the unnamed one
        # the story brought in before ("a spokesman for the Turkish Foreign Ministry told
        # Sputnik"); else the person last named ("the top government spokesman" after
        # Chief Cabinet Secretary Yoshihide Suga).
        # "the South African President": of that country, when the story says whose.
        country = gazetteer().country_in(described.group(0))
        entity = _latest_titled(
            people,
            sentence.index,
            noun.group(0),
            before=quote_start,
            country=country,
            quoted=_quoted_in(context),
            recent=recent,
        )
        if entity is not None:
            return entity.person()
        introduced = _introduced(context, sentence.index, noun.group(0))
        if introduced is not None:
            return Person(name=introduced, institution=True)
        entity = _recent_person(recent, sentence, people) or people.latest_before(
            sentence.index, quoted=_quoted_in(context)
        )
        if entity is not None and (country is None or entity.country in (None, country)):
            # Not someone of another country than the description's: '"Sheikh Nawaf
            # ...," the Emir of Kuwait said' after the Saudi crown prince.
            return entity.person()
    found = institutions_in(phrase, cues)
    if found:
        named_body = _named_body(found, phrase, sentence, context, cues)
        return named_body or institution_person(found[-1], phrase)
    state = _state_subject(phrase)
    if state is not None:
        return state
    acronym = _BODY_ACRONYM.search(phrase)
    if acronym is not None:
        # '"...," the MEA had said': a body by its acronym.
        name = acronym.group("name")
        return Person(name=name, country=gazetteer().country_names.get(name), institution=True)
    document = _THE_DOCUMENT_AT_END.search(phrase)
    if document is not None and _document().fullmatch(document.group(1)):
        # '"...," the report said': find() gives it to the body that issued it.
        return Person(name=document.group(1), institution=True)
    if described is not None and described.group("article").lower() in ("a", "an"):
        return Person(name=described.group("np").strip(), institution=True)
    return None


_POSSESSIVE_NOUN = re.compile(r"'s?\s+\S")


def _owns(description: str, at: int) -> bool:
    """Whether the title ending at ``at`` owns the noun after it ("Minister's Office")."""
    return _POSSESSIVE_NOUN.match(description, at) is not None


# A clause's subject set off before its verb: "Bahrain, which has accused Iran of ...,",
# "Oman, a Gulf Arab nation that helped mediate talks,", "the United States".
_STATE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*(?:,|$)"
)


_BODY_ACRONYM = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z]{2,6})\s*$")


BODY_REACH = 2
"""How many sentences back "a ministry spokesman" looks for the ministry named."""


def _named_body(
    found: list[Institution], phrase: str, sentence: Sentence, context: Context, cues: Cues
) -> Person | None:
    """The body named just before that a generic one means: '"...," a ministry spokesman
    said' after 'The Azerbaijani Foreign Ministry essentially confirmed the information'
    is that ministry's."""
    if len(found) < 2 or not _body_voice().fullmatch(_ARTICLE.sub("", found[-1].phrase)):
        return None
    voice = found[-1]
    body = found[-2]
    if phrase[body.end : voice.start].strip() or body.adjective is not None:
        return None
    head = _ARTICLE.sub("", body.phrase).lower()
    if " " in head:
        # "a State Department spokesperson": the body says which already.
        whole = _ARTICLE.sub("", phrase[body.start : voice.end].strip())
        return Person(name=whole, country=institution_person(body).country, institution=True)
    for earlier in range(sentence.index - 1, max(-1, sentence.index - BODY_REACH - 1), -1):
        before = context.sentences[earlier]
        if before.caption:
            continue
        outside = _outside_quotations(before.norm)
        named = [
            b
            for b in institutions_in(outside, cues)
            if b.phrase.lower().endswith(head) and b.adjective is not None
        ]
        if named:
            return institution_person(named[-1], outside)
    return None


@cache
def _body_voice() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "body_voices"))
    return re.compile(rf"(?:{words})", re.IGNORECASE)


def _state_subject(phrase: str) -> Person | None:
    """A country that speaks as a state, when its name is the reporting verb's subject."""
    found = _STATE_SUBJECT.match(phrase)
    if found is None:
        return None
    code = gazetteer().country_names.get(found.group("name"))
    if code is None:
        return None
    return Person(name=found.group("name"), country=code, institution=True)


_IT_AT_END = re.compile(r"(?:^|[\s,”\"])(?:it|It)(?:\s+(?:also|then|later))?\s*$")


def _recent_body(recent: tuple[int, Person], sentence: Sentence) -> Person | None:
    """The last quotation's speaker, when a body spoke it just before: whom "it" means."""
    at, who = recent
    if who.institution and 0 <= sentence.index - at <= RECENT_REACH:
        return who
    return None


def _body_subject_before(sentence: Sentence, context: Context, cues: Cues) -> Person | None:
    """The body that opens the sentence before in its paragraph and reports speech there
    ("The Saudi Foreign Ministry said the two officials reviewed ...")."""
    if sentence.index == 0:
        return None
    before = context.sentences[sentence.index - 1]
    if before.caption or before.paragraph < sentence.paragraph - 1:
        return None
    bodies = institutions_in(before.norm[:80], cues)
    if not bodies or before.norm[: bodies[0].start].strip():
        return None
    verb = cues.speech.search(before.lower, bodies[0].end)
    if verb is None or before.norm[bodies[0].end : verb.start()].strip():
        return None
    return institution_person(bodies[0], before.norm)


RECENT_REACH = 2
"""How many sentences back the last quotation's speaker is whom "he added" means."""


def _recent_speaker(
    recent: tuple[int, Person],
    sentence: Sentence,
    pronoun_at: int,
    verb_at: int,
    gender: str,
    people: PeopleIndex,
    context: Context,
) -> Person | None:
    """The last quotation's speaker, for a pronoun that attributes the next one just
    after it ('"...," said the Russian president. "...," he stressed'), when no one else
    is named between them outside quotation marks, or the verb carries the speaker on
    ('Johnson has spoken to Lavrov, "and looks forward to ...," he added' after a
    spokesman's quotation); not a man for "she", nor a woman for "he"."""
    at, who = recent
    carries_on = _continuing().match(sentence.norm, verb_at) is not None
    # "he continued" carries the speaker over a sentence or two of the story between.
    reach = RECENT_TITLED_REACH if carries_on else RECENT_REACH
    if not 0 <= sentence.index - at <= reach:
        return None
    if context.sentences[at].paragraph < sentence.paragraph - (2 if carries_on else 1):
        return None
    known = None if who.institution else people.by_key(who.key)
    if known is not None and known.gender not in (None, gender):
        return None
    if carries_on:
        return who
    quoted = _quoted_in(context)
    between = [
        m
        for index in range(at + 1, sentence.index + 1)
        for m in people.in_sentence(index)
        if not quoted(index, m) and (index < sentence.index or m.start < pronoun_at)
    ]
    return who if not between else None


def _writer_in(post: str) -> Person | None:
    """The name a document's "from" or "by" ends on, after the verb: "a brief statement
    from undersecretary of State Steve Goldstein"."""
    found = _document_from().search(post)
    if found is None:
        return None
    tokens = post[found.end() :].split()
    for size in (2, 3, 1):
        if len(tokens) >= size:
            alone = bare_name(" ".join(tokens[-size:]).rstrip(".,;:"))
            if alone is not None:
                return Person(name=alone)
    return None


def _named_after_description(text: str, at: int, mentions: list[Mention]) -> Person | None:
    """The person named right after the comma at ``at``."""
    if text[at : at + 1] != ",":
        return None
    after = at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip())
    named = [m for m in mentions if m.start == after]
    return named[0].entity.person() if named else None


_DEFINITE = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*$", re.IGNORECASE)


def _described_again(
    verb: str, post: str, recent: tuple[int, Person] | None, sentence: Sentence
) -> Person | None:
    """The last quotation's speaker, when the next is given to "the official" or "the
    spokesman" by a verb that carries the speaker on ('"...," added the official' after
    '"...," a State Department spokesperson said')."""
    if recent is None or not 0 <= sentence.index - recent[0] <= RECENT_REACH:
        return None
    described = _DEFINITE.match(post)
    if described is None or not _continuing_end().search(verb):
        return None
    noun = described.group("noun")
    if not (_body_voice().fullmatch(noun) or _person_noun().fullmatch(noun)):
        return None
    return recent[1]


@cache
def _continuing_end() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "continuing"))
    return re.compile(rf"\b(?:{words})\s*$", re.IGNORECASE)


@cache
def _continuing() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "continuing"))
    return re.compile(rf"\W*(?:also\s+|then\s+)?(?:{words})\b", re.IGNORECASE)


def _latest_titled(
    people: PeopleIndex,
    index: int,
    noun: str,
    *,
    before: int | None,
    country: str | None,
    quoted: Callable[[int, Mention], bool],
    recent: tuple[int, Person] | None = None,
) -> Entity | None:
    """The person last named with the title ``noun``, or with a title it stands for in
    news copy ("the premier" for a Prime Minister); first the speaker of a quotation just
    before who holds it ("'...,' the minister said" after Senator Evans's words, though
    the paragraph between names Indonesia's foreign minister)."""
    titles = (noun, *_title_synonyms().get(noun.lower(), ()))
    if recent is not None and 0 <= index - recent[0] <= RECENT_TITLED_REACH:
        speaker = people.by_key(recent[1].key) if not recent[1].institution else None
        held = f" {(speaker.title or '').lower()} " if speaker is not None else ""
        if (
            speaker is not None
            and any(f" {t.lower()} " in held for t in titles)
            and (country is None or speaker.country in (None, country))
        ):
            return speaker
    for title in titles:
        entity = people.latest_titled(index, title, before=before, country=country, quoted=quoted)
        if entity is not None:
            return entity
    return None


def _recent_person(
    recent: tuple[int, Person] | None, sentence: Sentence, people: PeopleIndex
) -> Entity | None:
    """The person whose quotation came just before, whom a description no one is titled
    with most likely means ("'...,' the minister said" after Senator Evans's words, when
    only the appositive called him a minister)."""
    if recent is None or recent[1].institution:
        return None
    if not 0 <= sentence.index - recent[0] <= RECENT_TITLED_REACH:
        return None
    return people.by_key(recent[1].key)


RECENT_TITLED_REACH = 4
"""How many sentences back a quotation's speaker is whom a matching title means first."""


@cache
def _title_synonyms() -> dict[str, list[str]]:
    return lexicon.entry("cues", "speakers", "title_synonyms", shape=dict[str, list[str]])


def _introduced(context: Context, index: int, noun: str) -> str | None:
    """The description that brought an unnamed ``noun`` into the story in the sentences
    just before ``index`` ("a spokesman for the Turkish Foreign Ministry"), if any."""
    pattern = _introduction(noun.lower())
    for earlier in reversed(context.sentences[max(0, index - _INTRODUCED_REACH) : index + 1]):
        found = pattern.search(earlier.norm)
        if found is not None:
            return found.group(1).strip()
    return None


@cache
def _introduction(noun: str) -> re.Pattern[str]:
    """ "a spokesman for the Turkish Foreign Ministry": an unnamed ``noun`` brought in,
    with what it speaks for (compiled once per noun, not once per quotation)."""
    return re.compile(
        rf"\b(?:[Aa]|[Aa]n)\s+((?:[\w-]+\s+){{0,3}}(?i:{re.escape(noun)})"
        r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)"
    )


_INTRODUCED_REACH = 3
"""How many sentences back an unnamed speaker's introduction is looked for."""


def _in_relative_clause(text: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in _RELATIVE.finditer(text))


# A description set off by commas after a name: ", a close ally of President Vladimir
# Putin,", ", Chancellor Scholz's spokesman,".
_APPOSITIVE = re.compile(
    r",\s*(?:(?:a|an|the)\s+[^,;“”\"]{2,80}?|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*'s\s+"
    r"[a-z][^,;“”\"]{1,60}?),"
)


def _described_in_apposition(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` only describes the person named before it ("Medvedev, a close
    ally of President Vladimir Putin, described ..."): the one described speaks."""
    for appositive in _APPOSITIVE.finditer(text, 0, mention.start + 200):
        if appositive.start() < mention.start < appositive.end() and any(
            other.end <= appositive.start() and text[other.end : appositive.start()].strip() == ""
            for other in mentions
        ):
            return True
    return False


def institution_person(body: Institution, text: str | None = None) -> Person:
    """A body that speaks: "the Japanese Foreign Ministry", "a Japanese official"; a
    news outlet by the name ``text`` gives it beside its kind ("Iranian news agency
    IRNA", "Asharq Al-Awsat newspaper"), not as "news agency"."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", body.phrase, flags=re.IGNORECASE)
    adjective = body.adjective
    country = gazetteer().country_of(adjective.removesuffix("'s")) if adjective else None
    name = _outlet_name(text, body) if text is not None else None
    return Person(name=name or phrase, country=country, institution=True)


_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
# Capitalized words and capitalized parts after hyphens: "Asharq Al-Awsat", not the
# "Saudi-owned" before it.
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w']*(?:-[A-Z][\w']*)*\s+){1,4})$")
_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|A|An|On|In)$"
)


def _outlet_name(text: str, body: Institution) -> str | None:
    """The proper name beside a news outlet's kind in ``text``: after it ("news agency
    TASS", "the Azerbaijani news agency Turan") or, without a nationality, before it
    ("Xinhua news agency"). A country or a day is not the name."""
    kind = _ARTICLE.sub("", body.phrase)
    if not _media().search(kind):
        return None
    after = _NAME_AFTER.match(text, body.end)
    if after is not None:
        return _proper_name(after.group("name"))
    if body.adjective is None and body.phrase[:1].islower():
        before = _NAME_BEFORE.search(text, 0, body.start)
        if before is not None:
            return _proper_name(before.group("name"))
    return None


def _proper_name(words: str) -> str | None:
    tokens = words.split()
    while tokens and _CALENDAR.match(tokens[-1]):
        tokens.pop()  # "the agency TASS Tuesday": up to the day
    name = " ".join(tokens)
    if not name or _CALENDAR.match(tokens[0]) or gazetteer().country_in(name) is not None:
        return None
    return name


@cache
def _media() -> re.Pattern[str]:
    """The kinds of news outlet a name goes with ("news agency", "newspaper")."""
    words = "|".join(lexicon.words("cues", "speakers", "media"))
    return re.compile(rf"^(?:[\w-]+\s+){{0,2}}?(?:{words})$", re.IGNORECASE)


def _statement(
    context: Context,
    number: int,
    speaker: Person,
    words: str,
    direct: bool,
    sentence: Sentence,
    dates: Mapping[int, list[DateMention]],
    setting: str | None,
) -> Statement:
    return Statement(
        id=f"{context.article.id}-s{number}",
        speaker=speaker,
        text=words,
        direct=direct,
        date=_date_of(sentence.norm, dates.get(sentence.index, [])),
        setting=setting,
        sources=[context.evidence(sentence)],
    )


def _date_of(text: str, mentions: list[DateMention]) -> str | None:
    """The day the words were said: a date next to the reporting verb ("said Monday",
    "told reporters on Friday", "on Tuesday said"), not any date of the sentence."""
    days = [mention for mention in mentions if mention.date and len(mention.date) == 10]
    if not days:
        return None  # most sentences: no day to give, so no verb to look for
    for verb in _SAID_VERB.finditer(text):
        for mention in days:
            if 0 <= mention.start - verb.end() <= 25 or 0 <= verb.start() - mention.end <= 3:
                return mention.date
    return None


_SAID_VERB = gated(
    re.compile(
        r"\b(?:said|says|told(?:\s+\w+)?|added|stressed|noted|announced|urged|warned|wrote|"
        r"declared|insisted|called)\b"
    )
)
_SAID = re.compile(r"\b(?:said|says|told\s+reporters|added|stressed|noted)\b")
SPEECH_WORDS = literals(_SAID)
"""Words one of which every reported-speech attribution holds: the trigger pass reads
them, and only sentences holding one are tried for "X said ..."."""
_THAT = re.compile(r"^\s*(?:on\s+\w+\s+|\w+day\s+)?(?:that\s+)?")


def _attribution(text: str) -> tuple[str, str] | None:
    """Who spoke and what, for "X said (that) ..." and "..., X said"."""
    verb = _SAID.search(text)
    if verb is None:
        return None
    before = text[: verb.start()].rstrip()
    comma = before.rfind(", ")
    if comma >= 12 and verb.start() - comma <= 82:
        # "..., the ministry said": the clause before, the speaker after the comma.
        return before[comma + 2 :], before[:comma]
    if "," not in before and 2 <= len(before) <= 80:
        # "X said (on Monday) (that) ...": the speaker before, the clause after.
        rest = text[verb.end() :]
        return before, rest[_THAT.match(rest).end() :]  # type: ignore[union-attr]
    return None


def _reported(
    context: Context,
    people: PeopleIndex,
    dates: Mapping[int, list[DateMention]],
    cues: Cues,
    triggers: Sequence[int],
    start: int,
) -> list[Statement]:
    """Reported speech: "X said (that) ...", "..., the ministry said"."""
    found: list[Statement] = []
    for sentence in context.sentences:
        if not triggers[sentence.index] & SPEECH:
            continue
        text = sentence.norm
        if "“" in text or '"' in text or "”" in text:
            continue
        attribution = _attribution(text)
        if attribution is None:
            continue
        who, clause = attribution
        clause = clause.strip().rstrip(".")
        if len(clause) < 12:
            continue
        speaker = _reported_speaker(who, sentence, people, cues, text)
        if speaker is None or not clause:
            continue
        setting = _setting(sentence, cues)
        found.append(
            _statement(
                context, start + len(found), speaker, clause, False, sentence, dates, setting
            )
        )
    return found


def _setting(sentence: Sentence, cues: Cues) -> str | None:
    """Where a remark was made ("a press conference"), as printed."""
    match = cues.setting.search(sentence.lower)
    return sentence.norm[match.start() : match.end()] if match else None


def _reported_speaker(
    who: str, sentence: Sentence, people: PeopleIndex, cues: Cues, text: str
) -> Person | None:
    at = text.find(who)
    for mention in people.in_sentence(sentence.index):
        if at <= mention.start < at + len(who):
            return mention.entity.person()
    if _NON_QUOTE.match(who) and _PRONOUN.fullmatch(who.strip()):
        entity: Entity | None = people.latest_before(sentence.index)
        return entity.person() if entity is not None else None
    found = institutions_in(who, cues)
    if found and found[0].end >= len(who) - 1:
        return institution_person(found[0], who)
    return None
