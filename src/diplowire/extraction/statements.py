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
from dataclasses import dataclass

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues
from diplowire.extraction.dates import DateMention
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Entity, People
from diplowire.models import Evidence, Person, Statement

_QUOTE = re.compile(r"“(?P<curly>[^”]{1,1500})”|\"(?P<straight>[^\"]{1,1500})\"")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_SAID_AFTER = re.compile(
    r"^[\s,]*(?:(?P<pre>[^.\"“”]{0,80}?)\s+)?(?:(?:also|then|later|further|had|has|was)\s+)?"
    r"(?:said|says|added|told|stressed|noted|wrote|asked|insisted|warned|explained|"
    r"declared|continued|argued|recalled|remarked|quoted\s+as\s+saying|was\s+quoted\s+as\s+saying)"
    r"\b(?P<post>[^.\"“”]{0,80})",
)
_NON_QUOTE = re.compile(r"^[\w\s.'’-]{1,40}$")


@dataclass(frozen=True, slots=True)
class _Quote:
    paragraph: int
    start: int
    end: int
    text: str


def find(
    context: Context,
    people: People,
    dates: dict[int, list[DateMention]],
    cues: Cues,
) -> list[Statement]:
    """The statements of an article: every quotation, then reported speech."""
    found: list[Statement] = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in context.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for number, paragraph in enumerate(context.article.paragraphs):
        sentences = by_paragraph.get(number, [])
        offsets = _offsets(paragraph, sentences)
        for match in _QUOTE.finditer(paragraph):
            words = (match.group("curly") or match.group("straight") or "").strip()
            words = words.rstrip(",.;: ").strip()
            if not words or _is_title_or_name(words, match, paragraph):
                continue
            quote = _Quote(number, match.start(), match.end(), words)
            home = _sentence_at(sentences, offsets, match.start())
            if home is None:
                continue
            speaker, setting = _speaker(quote, home, offsets[home.index], context, people, cues)
            if speaker is None:
                continue
            found.append(
                Statement(
                    id=f"{context.article.id}-s{len(found)}",
                    speaker=speaker,
                    text=words,
                    direct=True,
                    date=_date_of(dates.get(home.index, [])),
                    setting=setting,
                    sources=[context.evidence(home)],
                )
            )
    found.extend(_reported(context, people, dates, cues, start=len(found)))
    return found


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


def _is_title_or_name(words: str, match: re.Match[str], paragraph: str) -> bool:
    """Quoted names of things ("2+2", "Team Europe") are not statements."""
    return len(words) < 3 or (len(words.split()) <= 3 and words.istitle() and not words.endswith("!"))


def _speaker(
    quote: _Quote,
    sentence: Sentence,
    sentence_start: int,
    context: Context,
    people: People,
    cues: Cues,
) -> tuple[Person | None, str | None]:
    text = sentence.norm
    start = quote.start - sentence_start
    end = quote.end - sentence_start
    setting_match = cues.setting.search(text)
    setting = setting_match.group(0) if setting_match else None
    mentions = people.in_sentence(sentence.index)
    # 1. After the quote: "...," Kono said / "...," said Kono / "...," the ministry said.
    after = _SAID_AFTER.match(text[end:])
    if after is not None:
        pre = after.group("pre") or ""
        post = after.group("post") or ""
        region = (end, end + len(after.group(0)))
        named = [m for m in mentions if region[0] <= m.start < region[1]]
        if named:
            return named[0].entity.person(), setting
        who = _institution_or_pronoun(pre or post, sentence, people, cues)
        if who is not None:
            return who, setting
    # 2. Before the quote: the nearest person or body before a reporting verb.
    before = text[:start]
    speech = list(cues.speech.finditer(before))
    named_before = [m for m in mentions if m.end <= start]
    if named_before:
        subject = named_before[0] if not speech else _subject_for(named_before, speech[-1].start())
        return subject.entity.person(), setting
    who = _institution_or_pronoun(before, sentence, people, cues)
    if who is not None:
        return who, setting
    # 3. A quote opening the sentence with its speaker named later on.
    named_after = [m for m in mentions if m.start >= end]
    if named_after:
        return named_after[0].entity.person(), setting
    pronoun = _PRONOUN.search(text)
    if pronoun is not None:
        entity = people.latest_before(sentence.index)
        if entity is not None:
            return entity.person(), setting
    return None, setting


def _subject_for(named: list, verb_at: int):  # type: ignore[no-untyped-def]
    candidates = [m for m in named if m.end <= verb_at]
    return candidates[-1] if candidates else named[0]


def _institution_or_pronoun(
    phrase: str, sentence: Sentence, people: People, cues: Cues
) -> Person | None:
    if _PRONOUN.search(phrase):
        entity = people.latest_before(sentence.index + 1)
        return entity.person() if entity is not None else None
    institution = cues.institution.search(phrase)
    if institution is not None:
        return institution_person(institution)
    return None


def institution_person(match: re.Match[str]) -> Person:
    """A body that speaks: "the Japanese Foreign Ministry", "a Japanese official"."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", match.group("phrase").strip(), flags=re.IGNORECASE)
    adjective = match.group("adj")
    country = gazetteer().country_of(adjective.removesuffix("'s")) if adjective else None
    return Person(name=phrase, country=country, institution=True)


def _date_of(mentions: list[DateMention]) -> str | None:
    for mention in mentions:
        if mention.date and len(mention.date) == 10:
            return mention.date
    return None


_REPORTED = re.compile(
    r"^(?P<clause>.{12,}?),\s+(?P<who>[^,]{2,80}?)\s+(?:said|says|told\s+reporters|added)\b"
    r"|\b(?P<who2>[^,]{2,80}?)\s+(?:said|says|told\s+reporters|stressed|noted)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?P<clause2>.{12,})$"
)


def _reported(
    context: Context, people: People, dates: dict[int, list[DateMention]], cues: Cues, start: int
) -> list[Statement]:
    """Reported speech: "X said (that) ...", "..., the ministry said"."""
    found: list[Statement] = []
    for sentence in context.sentences:
        text = sentence.norm
        if "“" in text or '"' in text or "”" in text:
            continue
        match = _REPORTED.search(text)
        if match is None:
            continue
        who = match.group("who") or match.group("who2") or ""
        clause = (match.group("clause") or match.group("clause2") or "").strip().rstrip(".")
        speaker = _reported_speaker(who, sentence, people, cues, text)
        if speaker is None or not clause:
            continue
        found.append(
            Statement(
                id=f"{context.article.id}-s{start + len(found)}",
                speaker=speaker,
                text=clause,
                direct=False,
                date=_date_of(dates.get(sentence.index, [])),
                setting=(m.group(0) if (m := cues.setting.search(text)) else None),
                sources=[Evidence(article=context.article.id, paragraph=sentence.paragraph, text=sentence.text)],
            )
        )
    return found


def _reported_speaker(
    who: str, sentence: Sentence, people: People, cues: Cues, text: str
) -> Person | None:
    at = text.find(who)
    for mention in people.in_sentence(sentence.index):
        if at <= mention.start < at + len(who):
            return mention.entity.person()
    if _NON_QUOTE.match(who) and _PRONOUN.fullmatch(who.strip()):
        entity: Entity | None = people.latest_before(sentence.index)
        return entity.person() if entity is not None else None
    institution = cues.institution.search(who)
    if institution is not None and institution.end() >= len(who) - 1:
        return institution_person(institution)
    return None
