"""Later references to a pact: common nouns, labels and "It".

"the pact", "the 2016 pact", "a bilateral treaty on ...", "the Black Sea grain deal"
and a sentence opening "It ..." refer to a pact named or described before; an
unnamed pact mentioned before the name is joined to the named one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.agreements.acts import _acts
from diplowire.extraction.agreements.editions import _CURRENT, _edition
from diplowire.extraction.agreements.names import _GENERIC_HEADS
from diplowire.extraction.agreements.pact import _add_alias, _Pact, _unnamed
from diplowire.extraction.context import Sentence
from diplowire.extraction.prefilter import Words, gated

_GENERIC = re.compile(
    r"\b(?P<det>(?i:the|this|that|a|an|its|their|our|his|her))\s+(?:(?P<year>(?:19|20)\d{2})\s+)?"
    r"(?P<phrase>(?:(?!(?:the|a|an|and|of|to|on|in|such|first|second|new|other|any|similar|"
    r"previous|existing|same|last|latest|recent|next|that|this|two|three|both)\s)"
    # Nouns and adjectives, not verbs: "the two countries signed investment deal" is no name.
    # A sum or an age is a word of it too: "a $10 billion swap arrangement", "a 20-year-old
    # friendship treaty".
    r"(?:(?![a-z]+ed\s)[a-z][\w-]*|[A-Z]{2,}[\w-]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+|"
    r"[$€£¥]\d[\d.,]*|\d+(?:-[a-z]+)+)\s+){0,4}?"
    rf"(?P<head>{_GENERIC_HEADS}))s?\b",
)


_GENERIC_HEAD = Words(_GENERIC_HEADS.split("|"))


# A match is a determiner, perhaps a year and up to four words, each followed by
# space, then its head: it starts at most this many words before the head.
_GENERIC_WORDS = 6


# Heads that name plans as well as pacts: "the Black Sea Grain Initiative" is a pact the
# story extends or suspends, "the Global Development Initiative" a policy.
_PLAN_HEADS = "initiative|Initiative"


# "the Black Sea grain deal", "the Minsk agreements", "these Black Sea agreements": a
# definite determiner, one to three capitalized words, at most three lower-case ones, a head.
_LABELLED = gated(
    re.compile(
        r"\b(?:[Tt]he|[Tt]hese|[Tt]his)\s+"
        # Words before the label describe it, not name it: "the year-old UN-brokered Black
        # Sea Initiative", "the landmark Black Sea grain deal".
        r"(?:(?!(?:the|a|an|and|of|to|on|in|with|for|from|by|at|as|that|this)\s)"
        r"(?:[a-z][\w-]*|[A-Z]{2,}-[a-z][\w-]*)\s+){0,2}"
        # ... and its year: "the 2015 Iran nuclear deal".
        r"(?:(?P<year>(?:19|20)\d{2})\s+)?"
        r"(?P<phrase>(?P<label>(?:(?!(?:January|February|March|April|May|June|"
        r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+){1,3})(?:(?!(?:the|a|an|and|of|to|on|in|"
        r"with|for|from|by|at|as|that|this|is|was|were|has|had|said|says)\s)"
        rf"(?![a-z]+ed\s)[a-z][\w-]*\s+){{0,3}}(?P<head>{_GENERIC_HEADS}|{_PLAN_HEADS}))"
        r"(?P<plural>s)?\b"
    )
)


_LABELLED_HEAD = Words([*_GENERIC_HEAD.words, *_PLAN_HEADS.split("|")])


def _labelled(text: str, taken: list[tuple[int, int, _Pact | None]]) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LABELLED` that no name or other mention already covers."""
    if not _LABELLED_HEAD.any_in(text):
        return
    for match in _LABELLED.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e, _ in taken):
            yield match


def _labelled_target(match: re.Match[str], drafts: list[_Pact], current: _Pact | None) -> _Pact:
    """The pact a labelled description names: one named or described with its label's
    words; the unnamed pact the story is about ("the grain deal ..., the Black Sea
    agreement"); else a new one."""
    phrase = match.group("phrase") + (match.group("plural") or "")
    label = match.group("label").split()
    for draft in reversed(drafts):
        words = " ".join([draft.name or "", *draft.aliases]).lower().split()
        if all(word.lower() in words for word in label):
            _add_alias(draft, phrase)
            return draft
    if (
        current is not None
        and not (current.name or current.acronym or current.described_by)
        and current.aliases
    ):
        _add_alias(current, phrase)
        return current
    draft = _Pact(
        aliases=[phrase],
        year=match.group("year"),
        described_by=" ".join(label),
        needs_event=match.group("head").lower() in _PLAN_HEADS.lower().split("|"),
    )
    drafts.append(draft)
    return draft


def _generic(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_GENERIC` ("the bilateral pact"), searched only from a
    few words before the first head word to the last, not from every "the" and "a"
    of the sentence."""
    heads = _GENERIC_HEAD.matches(text)
    if not heads:
        return iter(())
    first = min(start for _, start, _ in heads)
    last = max(end for _, _, end in heads)
    before = text[:first].rsplit(None, _GENERIC_WORDS)
    start = len(before[0]) if len(before) > _GENERIC_WORDS else 0
    # A match ends at most one letter ("pacts") past the last head; the engine reads
    # one character further to see the word boundary that closes it.
    return _GENERIC.finditer(text, start, last + 2)


def _merge_unnamed(drafts: list[_Pact]) -> list[_Pact]:
    """An unnamed pact mentioned before the name ("a bilateral military intelligence-sharing
    pact" in the lead, the General Security of Military Information Agreement later) is
    the named one, unless their years disagree."""
    named = [d for d in drafts if d.name or d.acronym]
    kept: list[_Pact] = []
    for draft in drafts:
        first = draft.sentences[0].index if draft.sentences else 0
        target = next(
            (
                n
                for n in named
                if (draft.year is None or n.year in (None, draft.year))
                and n.sentences
                and n.sentences[0].index > first
                and (draft.described_by is None or draft.described_by in (n.name or ""))
            ),
            None,
        )
        if draft in named or target is None:
            kept.append(draft)
            continue
        target.year = target.year or draft.year
        for alias in draft.aliases:
            _add_alias(target, alias)
        for sentence in draft.sentences:
            target.add_sentence(sentence)
        target.sentences.sort(key=lambda s: s.index)
    return kept


def _generic_target(
    match: re.Match[str], current: _Pact | None, drafts: list[_Pact], sentence: Sentence
) -> _Pact | None:
    """The agreement a common-noun phrase refers to ("the pact", "a 1965 bilateral treaty")."""
    year = match.group("year")
    phrase = match.group("phrase")
    definite = match.group("det").lower() not in ("a", "an")
    subject = _subject().match(sentence.norm, match.end())
    if subject is not None:
        # "a bilateral agreement on reciprocal troop access", "the treaty on a
        # comprehensive strategic partnership": what it is on is part of its description.
        phrase += " " + re.sub(r"\s+", " ", subject.group(0).strip()).translate(_NO_QUOTES)
    alias = f"{year} {phrase}" if year else phrase
    if not definite and _acts().absent.search(sentence.norm, 0, match.start()):
        return None  # "did not sign a peace treaty", "no chance of a real agreement"
    if year:
        for draft in drafts:
            if draft.year == year:
                _add_alias(draft, alias)
                return draft
    named = [d for d in drafts if d.name or d.acronym]
    target = current if current is not None and (current.name or current.acronym) else None
    edition = _edition(phrase, match.group(0)[: match.start("phrase") - match.start()] + " ")
    if phrase.split()[0].lower() in _CURRENT:
        edition = "current"
    editions = [d for d in named if edition and d.edition == edition]
    if editions:
        return editions[-1]  # "the current deal" is the edition in force
    head = match.group("head").lower()
    same_head = [d for d in named if head in " ".join([d.name or "", *d.aliases]).lower()]
    if same_head and (target is None or target not in same_head):
        # "the treaty" after New START was named: the last agreement called a treaty.
        target = max(same_head, key=lambda d: d.sentences[-1].index if d.sentences else -1)
    if target is None and named:
        target = named[-1]
    if definite and target is not None and (year is None or target.year in (None, year)):
        # "the 2016 pact" right after GSOMIA: the same agreement, signed in 2016.
        if year:
            target.year = year
        if phrase.count(" ") >= 1:
            _add_alias(target, alias)
        return target
    if year or (phrase.count(" ") >= 1 and not named):
        # "a 1965 bilateral accord", "a $10 billion currency swap arrangement": unnamed;
        # "the grain deal" again, later: the same unnamed pact.
        again = next((d for d in drafts if definite and alias in d.aliases), None)
        if again is not None:
            return again
        if definite and year is None and _unnamed(current):
            # "signed a bilateral currency swap agreement ... The signing of the $10 billion
            # swap arrangement": the pact just described.
            assert current is not None
            _add_alias(current, alias)
            return current
        draft = _Pact(year=year, aliases=[alias])
        drafts.append(draft)
        return draft
    if definite and target is None and _unnamed(current):
        return current  # "a 20-year-old friendship treaty ... the treaty signed in July 2001"
    if target is None and (definite or current is None):
        # "The treaty, signed on July 16, 2001, ..." or "South Korea and Japan signed a pact
        # on Wednesday" before the name is given: kept to be joined to the agreement
        # named later.
        draft = _Pact()
        drafts.append(draft)
        return draft
    return target if definite else None


# What a described pact is on: "on" and up to four lower-case words, perhaps quoted
# ("on \"comfort women,\""), before a word that starts another phrase. Not a deed
# ("agreement on holding the summit": agreeing, not a pact), nor a setting of the
# lexicon's ``not_subjects`` ("a deal on the sidelines of the summit").
@cache
def _subject() -> re.Pattern[str]:
    settings = "|".join(lexicon.words("agreements", "not_subjects"))
    return re.compile(
        r"\s+on\s+(?:(?:a|an|the)\s+)?(?![a-z]+ing\b)"
        rf"(?!(?:{settings})\b)(?:(?!(?:at|in|with|to|for|by|on|of|and|or|that|which|from|"
        r"between|as|was|is|were|are|will|would|since|after|before|during|signed|the|a|an)\b)"
        r"[“\"]?[a-z][\w-]*(?:[”\"](?=[\s,.]))?(?:\s+|(?=[,.;:)]|$))){1,4}"
    )


_NO_QUOTES = str.maketrans("", "", '“”"')


def _refers_back(sentence: Sentence) -> bool:
    return sentence.norm.startswith(("It", "They")) and _IT.match(sentence.norm) is not None


# "It ...", and "They were ..." of pacts (passive: people are seldom what was done to):
# "The agreements were originally concluded for 120 days. They were extended for the
# same period last November."
_IT = re.compile(r"(?:It|It's|Its|They\s+(?:were|have\s+been|had\s+been|will\s+be))\b")
