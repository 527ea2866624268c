"""The statements of one article: its quotations, then its reported speech.

:func:`find` walks the paragraphs that hold quotation marks, carries a speaker over
paragraphs that run a quotation on, attributes each quotation (see
:mod:`~diplowire.extraction.statements.attribution`) and builds the records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues
from diplowire.extraction.dates import DateMention
from diplowire.extraction.people import PeopleIndex
from diplowire.extraction.readings import Readings
from diplowire.extraction.statements.attribution import _speaker
from diplowire.extraction.statements.documents import _document_author
from diplowire.extraction.statements.labels import _is_title_or_name
from diplowire.extraction.statements.neighbours import _attributed_after, _introduced_speaker
from diplowire.extraction.statements.records import _statement
from diplowire.extraction.statements.reported import _reported
from diplowire.extraction.statements.spans import (
    _OPENING_MARKS,
    _QUOTE,
    _QUOTE_OR_SINGLE,
    _SINGLE_OPENING,
    SINGLES_OVER_DOUBLES,
    _closed,
    _closed_single,
    _continues,
    _fills,
    _offsets,
    _Quote,
    _sentence_at,
)
from diplowire.models import Person, Statement


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
