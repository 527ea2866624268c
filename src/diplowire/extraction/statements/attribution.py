"""The speaker of one quotation in its sentence.

A quotation is attributed by the reporting verb nearest to it: after it ("...," Kono
said), before it, or the subject of the clause it sits in; a model's parse is asked
before the rules guess from descriptions, earlier quotations and position.
"""

from __future__ import annotations

import re

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Mention, PeopleIndex, bare_name
from diplowire.extraction.prefilter import gated
from diplowire.extraction.readings import Readings
from diplowire.extraction.statements.bodies import _name_as_modifier, _owned_by, institution_person
from diplowire.extraction.statements.clause_verbs import (
    _WHAT_CALLED,
    _attributive,
    _clause_start,
    _passive,
    _quoted_as,
)
from diplowire.extraction.statements.closing import _closing_attribution, _closing_speaker
from diplowire.extraction.statements.documents import (
    _ACCORDING_AFTER,
    _according_to_document,
    _according_to_source,
    _document,
    _issuer_of_document_in_which,
    _named_source,
    _writer_in,
)
from diplowire.extraction.statements.labels import LABEL_PHRASE_WORDS
from diplowire.extraction.statements.parsed import _parsed_speaker
from diplowire.extraction.statements.records import _setting
from diplowire.extraction.statements.references import (
    _PRONOUN,
    _described_again,
    _latest_titled,
    _person_noun,
    _reporter_before,
)
from diplowire.extraction.statements.spans import _MARKS, _Quote, _quoted_in
from diplowire.extraction.statements.subjects import _subject
from diplowire.models import Person

_NEW_CLAUSE = gated(re.compile(r"\b(?:while|whereas|but|and)\b"))


# After a reporting verb: "the chancellor", "Russia's president", "the Kremlin spokesman",
# "the Russian president" (up to four words: a lazy match stopped at "the Russian").
_POST_DESCRIPTION = re.compile(
    r"\s*(?:the\s+|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)(?:[\w-]+\s+){0,3}[\w-]+\b"
)


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
        # After the verb, only a name that follows it, perhaps past a title ('"...,"
        # said Foreign Minister Kanno'), not one of a phrase after it ('"...," the
        # Brazilian president said before his meeting with Xi').
        named = before_verb[-1:] or [
            m
            for m in mentions
            if verb_end <= m.start < post_end
            and not _PHRASE_AFTER_VERB.search(text, verb_end, m.start)
        ]
        crosses = _NEW_CLAUSE.search(pre)
        closes = opens_sentence or text[end - 2 : end - 1] in ",.!?" or text[end - 1] == ","
        if named and not crosses and closes:
            pre_end = end + after.end("pre") if after.group("pre") else verb_end
            office = _owned_by(text, named[0], pre_end) if before_verb else None
            body = _name_as_modifier(text, named[0], pre_end if before_verb else post_end, cues)
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


def _named_after_description(text: str, at: int, mentions: list[Mention]) -> Person | None:
    """The person named right after the comma at ``at``."""
    if text[at : at + 1] != ",":
        return None
    after = at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip())
    named = [m for m in mentions if m.start == after]
    return named[0].entity.person() if named else None


_PHRASE_AFTER_VERB = re.compile(
    r"\b(?:before|after|during|with|ahead|following|at|in|to|about|over|while|when)\b"
)
"""A phrase of its own between a reporting verb and a name ("said before his meeting
with Xi"): the name is not the speaker's, as it is in "said spokesperson of the Ministry
of External Affairs (MEA) Raveesh Kumar"."""
