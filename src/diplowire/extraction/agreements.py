"""Agreements: named pacts with their acronyms, parties and lifecycle events.

Names are capitalized phrases ending in a head word ("General Security of Military
Information Agreement", "Treaty on Basic Relations between Japan and the Republic of
Korea", "New START"), linked to their acronym ("..., or GSOMIA", "... (GSOMIA)").
Later references ("the pact", "the accord", "the 2016 pact") refer to the agreement
named last. Each sentence about an agreement is read for lifecycle events (the
``agreement_events`` cues), each dated by the nearest date expression.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.clauses import clause_of
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import folded
from diplowire.extraction.dates import NUMBER_WORDS, DateMention, shift_day
from diplowire.extraction.gazetteer import alternation, gazetteer
from diplowire.extraction.prefilter import Gated, Screen, Words, gated, led
from diplowire.extraction.triggers import PACT
from diplowire.models import Agreement, AgreementEvent, AgreementEventKind, Evidence, RenewalRule

_HEADS = (
    r"Agreements?|Treaty|Treaties|Accords?|Pact|Convention|Protocol|Arrangement|Charter|"
    r"Memorandum of Understanding|Deal|START|Compact|Consensus|Declaration"
)
_HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")
_CONNECTOR = r"(?:of|on|for|and|the|between|in|to|de|du|&)"
# A capitalized word of a pact's name, perhaps joined to the next by a hyphen or an en
# dash ("Japan-Philippines", "Fiji–Solomon Islands Security Agreement").
_CAP = r"(?:[A-Z0-9][\w'’.-]*(?:–[A-Z][\w'’.-]*)?)"
_NOT_DATE = (
    r"(?!\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)"
)
_NAME = gated(
    re.compile(
        led(
            rf"(?P<name>(?:{_CAP}\s+(?:{_CONNECTOR}\s+)*){{0,10}}(?:{_HEADS})"
            rf"(?:\s+(?:on|of|between|for|to)\s+(?:the\s+)?{_NOT_DATE}{_CAP}"
            rf"(?:(?:,\s+(?={_CAP}\s+and\s)|\s+(?:{_CONNECTOR}\s+)*){_NOT_DATE}{_CAP}){{0,8}})?)"
            rf"(?:\s*\((?P<paren>[A-Z][A-Za-z0-9-]{{1,11}}(?:\s[A-Z][A-Z0-9-]{{1,11}})?)\)"
            rf"|,\s+(?:or|also known as|known as)\s+"
            rf"(?:the\s+)?(?P<or>[A-Z][A-Za-z0-9-]{{1,11}})\b)?"
        )
    )
)
_GENERIC_HEADS = "pact|treaty|accord|agreement|deal|arrangement|convention|swap line"
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
# Every agreement mention holds one of these words, a quote mark, or an acronym.
PACT_WORDS = (
    "agreement", "treat", "accord", "pact", "convention", "protocol", "arrangement", "charter",
    "memorandum", "deal", "compact", "consensus", "swap", "declaration", "initiative",
)  # fmt: skip
_HEAD_AFTER_QUOTE = re.compile(rf"\s+({_GENERIC_HEADS})s?\b")
_QUOTED_DOCUMENT = gated(
    re.compile(
        r"\b(?:signed(?:\s+off\s+on)?|adopted|concluded|inked|agreed\s+(?:on|to))\s+"
        r"(?:a|an|the)\s+[“\"](?P<name>[^”\"]{3,60}?)[”\"]"
    )
)
# The capital first, the look-behind after it: the engine skips from capital to capital
# instead of testing a word boundary at every position.
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9-]{2,10}\b")
_OPENERS = frozenset("The A An This That These Those Its Their In On At But And Under".split())
_DATE_REACH = 160
_BEFORE_REACH = 25
_DAY_SHIFT_END = re.compile(
    r"\b(?P<n>a|one|two|three|\d+)\s+days?\s+(?P<dir>after|before)\s*$", re.IGNORECASE
)
_UNREAL_REACH = 40
"""How far before an event cue the words that make it unreal are looked for."""


@cache
def _unreal() -> Gated:
    """Words before an event cue that make it no event: proposed, hoped for, denied or
    supposed ("proposed extending New START", "said it wouldn't extend the deal", "If the
    second phase of the FTA is concluded"); ``unreal_before`` in the agreements lexicon."""
    words = "|".join(lexicon.words("agreements", "unreal_before"))
    return gated(re.compile(rf"(?<![\w'’])(?:{words})\b[^.;]*$", re.IGNORECASE))


_REPORTED_THAT = re.compile(
    r"\b(?:said|announced|declared|decided|notified|told\s+\w+)\b[^,;]{0,40}\bthat\s+$"
)
_HABITUAL = re.compile(r"\b(?:every|each)\s+(?:year|time)|\bannually\b")


@dataclass(frozen=True, slots=True)
class _Acts:
    """Patterns for domestic acts, which are not the pact they concern."""

    subject: re.Pattern[str]
    """An act that takes effect ("The law on the suspension of the treaty will take
    effect ...", "a decision which became effective last November")."""
    signed: re.Pattern[str]
    """An act signed ("signed off last Friday legislation extending the accord", "signed
    an executive order to reverse the withdrawal"), whose content is the event."""
    institution: re.Pattern[str]
    """The word after a name that makes it an institution's ("... Treaty Organization")."""
    absent: re.Pattern[str]
    """Words right before "a pact" that say there is none ("did not sign", "no chance of")."""


@cache
def _acts() -> _Acts:
    def any_of(key: str) -> str:
        return "|".join(lexicon.words("agreements", key))

    return _Acts(
        subject=re.compile(
            rf"^(?:The|This|That|Its|A|An)\s+(?:[\w-]+\s+)?(?:{any_of('act_subjects')})\b"
            rf"|\b(?:{any_of('act_relatives')}),?\s+(?:which|that)\s+(?:\w+\s+){{0,2}}$"
        ),
        signed=re.compile(
            r"\s+(?:(?:off|into)\s+)?(?:[\w-]+\s+){0,3}?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?"
            rf"(?:{any_of('domestic_acts')})\b"
        ),
        institution=re.compile(rf"\s+(?:{any_of('institution_heads')})\b"),
        absent=re.compile(rf"\b(?:{any_of('absent_before')})\s+(?:[\w-]+\s+){{0,2}}$", re.I),
    )


_DAY_SHIFT = gated(
    re.compile(
        r"\b(?P<n>a|one|two|three|\d+)\s+days?\s+(?P<dir>after|before|later|earlier)\b", re.I
    )
)
_RENEWAL = re.compile(
    r"(?:automatically\s+(?:renewed|extended)|(?:renewed|extended)\s+automatically)\s+"
    r"(?:every|each|for(?:\s+(?:another|a\s+further|successive))?)\s+"
    r"(?P<period>year|month|(?P<n>[\w]+)[\s-]+(?P<unit>years?|months?)(?:\s+periods?)?)"
    r"(?:[^.]{0,200}?(?P<notice>\d+|one|two|three|six|ninety|a)\s+(?P<nunit>days?|months?|years?)"
    r"(?:'s|’s)?\s+(?:before|prior|in advance|notice))?",
    re.IGNORECASE,
)


@dataclass
class _Pact:
    """One agreement of the article, gathered from its mentions (not a draft text)."""

    name: str | None = None
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    year: str | None = None
    events: list[AgreementEvent] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    renewal: RenewalRule | None = None
    edition: str | None = None
    """Which of several editions of a recurring pact: "12th", "current"."""
    needs_event: bool = False
    """Described by a head that names plans as well as pacts ("initiative"): a pact only
    when the story dates something of it."""
    described_by: str | None = None
    """The capitalized words of an unnamed pact described by them ("the Black Sea grain
    deal"): not the name of one pact until the story says more of it."""

    def label(self) -> str:
        return self.acronym or self.name or (self.aliases[0] if self.aliases else "")

    def add_sentence(self, sentence: Sentence) -> None:
        if sentence not in self.sentences:
            self.sentences.append(sentence)


@cache
def _event_cues() -> tuple[list[tuple[AgreementEventKind, re.Pattern[str]]], Screen]:
    """Event cue patterns for lower-cased text, and the screen that says which of
    them a sentence may hold."""
    table = lexicon.entry("cues", "agreement_events", shape=dict[AgreementEventKind, list[str]])
    found = [
        (kind, folded(rf"(?<![\w-])(?:{'|'.join(patterns)})")) for kind, patterns in table.items()
    ]
    return found, Screen(pattern for _kind, pattern in found)


def _event_cues_in(
    sentence: Sentence, renewal: bool
) -> list[tuple[AgreementEventKind, re.Match[str]]]:
    """The event cues of a sentence, in the lexicon's order of kinds; where two overlap,
    the first kind's. A sentence stating a ``renewal`` rule ("renewed every year unless
    ... before it expires") dates only the signing and the entry into force."""
    patterns, screen = _event_cues()
    found: list[tuple[AgreementEventKind, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for index in screen.candidates(sentence.lower):
        kind, pattern = patterns[index]
        if renewal and kind not in ("signed", "in_force"):
            continue
        for cue in pattern.finditer(sentence.lower):
            if any(s <= cue.start() < e for s, e in taken):
                continue
            taken.append((cue.start(), cue.end()))
            found.append((kind, cue))
    return found


@cache
def _country_pattern() -> re.Pattern[str]:
    gaz = gazetteer()
    forms = {**gaz.country_names, **gaz.adjectives, **gaz.metonyms}
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])")


@cache
def _compound() -> re.Pattern[str]:
    """Countries joined by hyphens or dashes: "South Korea-Japan", "U.S.-Russian"."""
    gaz = gazetteer()
    forms = alternation({**gaz.country_names, **gaz.adjectives, **gaz.metonyms})
    return re.compile(rf"(?<![\w-])(?:{forms})(?:\s?[-–—]\s?(?:{forms}))+(?![\w])")


def _compound_parties(name: str) -> set[str]:
    gaz = gazetteer()
    forms = _country_pattern()
    codes: set[str] = set()
    for compound in _compound().finditer(name):
        for part in re.split(r"\s?[-–—]\s?", compound.group(0)):
            if forms.fullmatch(part):
                code = gaz.country_of(part)
                if code:
                    codes.add(code)
    return codes


def find(
    context: Context, dates: Mapping[int, list[DateMention]], triggers: Sequence[int]
) -> list[Agreement]:
    """The agreements an article names, with their lifecycle events.

    Sentences whose ``triggers`` lack :data:`~diplowire.extraction.triggers.PACT` are
    read only for quoted document names, acronyms met earlier and "It" referring back.
    """
    drafts: list[_Pact] = []
    current: _Pact | None = None
    # Where each sentence mentions which agreement (None: one that is not recorded),
    # so that an event cue is credited to the mention nearest to it.
    spans: dict[int, list[tuple[int, int, _Pact | None]]] = {}
    for sentence in context.sentences:
        if not (triggers[sentence.index] & PACT or _may_mention(sentence, drafts)):
            # No head word, no known acronym: only "It ..." can still refer to a pact.
            if current is not None and _refers_back(sentence):
                current.add_sentence(sentence)
                spans[sentence.index] = [(0, 2, current)]
            continue
        here = spans.setdefault(sentence.index, [])
        for draft, start, end in _named_in(sentence, drafts):
            draft.add_sentence(sentence)
            here.append((start, end, draft))
            current = draft
        for match in _QUOTED_DOCUMENT.finditer(sentence.norm):
            # "signed off on a "commitment to consult"": a document named in quotes.
            phrase = match.group("name").strip(" ,.")
            head = _HEAD_AFTER_QUOTE.match(sentence.norm, match.end())
            if head is not None:
                phrase += " " + head.group(
                    1
                )  # 'signed the "comprehensive strategic partnership" treaty'
            # "signed the “Reciprocal Access Agreement”": a name in quotes is that pact.
            document = next(
                (
                    d
                    for d in drafts
                    if phrase in d.aliases or (d.name is not None and _same_name(d.name, phrase))
                ),
                None,
            )
            if document is None:
                document = _Pact(aliases=[phrase])
                drafts.append(document)
            document.add_sentence(sentence)
            here.append((match.start("name"), match.end("name"), document))
        for match in _generic(sentence.norm):
            target = _generic_target(match, current, drafts, sentence)
            here.append((match.start(), match.end(), target))
            if target is not None:
                target.add_sentence(sentence)
                current = current or target
        for match in _labelled(sentence.norm, here):
            target = _labelled_target(match, drafts, current)
            here.append((match.start(), match.end(), target))
            target.add_sentence(sentence)
            current = target
        if not here and current is not None and _refers_back(sentence):
            current.add_sentence(sentence)
            here.append((0, 2, current))
    merged = _merge_unnamed(drafts)
    for draft in drafts:
        if draft not in merged:
            into = next(d for d in merged if set(draft.sentences) <= set(d.sentences))
            for spans_here in spans.values():
                spans_here[:] = [(s, e, into if t is draft else t) for s, e, t in spans_here]
    events_at: dict[int, list[tuple[AgreementEventKind, re.Match[str]]]] = {}
    for draft in merged:
        _read_events(draft, context, dates, spans, events_at)
    return [
        _record(draft, context, index)
        for index, draft in enumerate(merged)
        # An unnamed pact is kept when the article dates something about it, or names it
        # by place or by its parties ("the Korea-China free trade agreement").
        if (
            draft.name
            or draft.acronym
            or (draft.aliases and (draft.events or draft.year or _specific(draft.aliases)))
        )
        # A described pact is one pact when the story dates something of it or comes back
        # to it; a passing mention ("unlike the Iran nuclear deal") is none.
        and (
            draft.described_by is None
            or draft.events
            or (len(draft.sentences) > 1 and not draft.needs_event)
        )
        and not _only_cited(draft, spans)
    ]


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


def _may_mention(sentence: Sentence, drafts: list[_Pact]) -> bool:
    """Whether a sentence without a pact word may still name one: in quotes, or by the
    acronym of one named before."""
    text = sentence.norm
    return (
        "“" in text
        or '"' in text
        or (bool(drafts) and any(d.acronym is not None and d.acronym in text for d in drafts))
    )


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


def _named_in(sentence: Sentence, drafts: list[_Pact]) -> list[tuple[_Pact, int, int]]:
    found: list[tuple[_Pact, int, int]] = []
    text = sentence.norm
    for match, raw, start, end, year in _names(text):
        name = _clean_name(raw)
        if name is None or _acts().institution.match(text, match.end("name")):
            continue
        leading = re.match(r"^((?:19|20)\d{2})\s+(.+)$", name)
        if leading is not None:
            year, name = leading.groups()  # "the 2001 Treaty of ...": signed in 2001
        own = match.group("paren") or match.group("or") if end == match.end("name") else None
        acronym = own or _known_acronym_of(name)
        edition = _edition(name, text[: match.start()])
        draft = _find_draft(drafts, name=name, acronym=acronym, edition=edition)
        if draft is None:
            draft = _Pact(edition=edition)
            drafts.append(draft)
        draft.edition = draft.edition or edition
        if _is_full_name(name):
            draft.name = draft.name or name
        elif name not in draft.aliases:
            draft.aliases.append(name)
        draft.acronym = draft.acronym or acronym
        draft.year = draft.year or year
        found.append((draft, start, match.end() if end == match.end("name") else end))
    known_pacts = known_acronyms()
    for match in _ACRONYM.finditer(text):
        acronym = match.group(0)
        if any(s <= match.start() < e for _, s, e in found):
            continue
        if not any(d.acronym == acronym for d in drafts) and not (
            acronym in known_pacts or _PACT_AFTER.match(text, match.end())
        ):
            continue
        if acronym not in known_pacts and acronym in _bodies():
            continue  # "ratified NATO accord with Macedonia": the body's, not the pact's name
        before = text[: match.start()]
        edition = _edition("", before)
        draft = _find_draft(drafts, name=acronym, acronym=acronym, edition=edition)
        if draft is None:
            # "..., which is also known as GSOMIA": the named pact whose initials it is.
            draft = next(
                (
                    d
                    for d in reversed(drafts)
                    if d.name and not d.acronym and acronym_fits(acronym, d.name)
                ),
                None,
            )
            if draft is not None:
                draft.acronym = acronym
        if draft is None:
            # "the current six-year SMA" while the 12th SMA is negotiated: another edition.
            draft = _Pact(acronym=acronym, edition=edition)
            qualified = _QUALIFIED.search(before)
            if qualified is not None:
                draft.aliases.append(qualified.group(0).strip() + f" {acronym}")
            drafts.append(draft)
        found.append((draft, match.start(), match.end()))
    return found


# "the Simla Agreement of 1972 and the Lahore Declaration": two names, each ending in
# its head, the first perhaps dated.
_TWO_NAMES = re.compile(
    rf"(?P<first>.+?\b(?:{_HEADS}))(?:\s+of\s+(?P<year>(?:19|20)\d{{2}}))?,?\s+and\s+"
    rf"(?:the\s+)?(?P<second>[A-Z].*\b(?:{_HEADS}))"
)


def _names(text: str) -> Iterator[tuple[re.Match[str], str, int, int, str | None]]:
    """Each name of :data:`_NAME` in ``text`` with its span and the year it gives, two
    where it joins two names."""
    for match in _NAME.finditer(text):
        pair = _TWO_NAMES.fullmatch(match.group("name"))
        if pair is None:
            yield match, match.group("name"), match.start(), match.end("name"), None
            continue
        offset = match.start("name")
        first_end = offset + pair.end("first")
        yield match, pair.group("first"), match.start(), first_end, pair.group("year")
        yield match, pair.group("second"), offset + pair.start("second"), match.end("name"), None


_EDITION = re.compile(
    r"(?P<edition>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|current|existing|expiring|previous|old|new|next)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CURRENT = frozenset({"current", "existing", "expiring", "previous", "old"})
_PACT_AFTER = re.compile(r"\s+(?:pact|treaty|accord|agreement|deal)\b")


@cache
def _norm_reference() -> re.Pattern[str]:
    words = "|".join(lexicon.words("agreements", "norm_references", default=[]))
    # The citing words, then at most a few more ("of the sovereignty of both countries,
    # international law, and the").
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’-]+,?\s+){{0,10}}$", re.IGNORECASE)


def _only_cited(draft: _Pact, spans: dict[int, list[tuple[int, int, _Pact | None]]]) -> bool:
    """True for a pact with no event that the story only cites as a norm."""
    if draft.events or not lexicon.words("agreements", "norm_references", default=[]):
        return False
    cited = _norm_reference()
    for sentence in draft.sentences:
        for start, _end, target in spans.get(sentence.index, []):
            if target is draft and not cited.search(sentence.norm[max(0, start - 100) : start]):
                return False
    return True


@cache
def _known_names() -> tuple[tuple[str, str], ...]:
    table = lexicon.entry("agreements", "known_names", shape=dict[str, list[str]], default={})
    return tuple((form.lower(), acronym) for acronym, forms in table.items() for form in forms)


def _known_acronym_of(name: str) -> str | None:
    """The acronym of a well-known pact whose full name ``name`` spells out, in any of
    the forms copy gives it (``known_names`` in the agreements lexicon)."""
    lowered = name.lower()
    for form, acronym in _known_names():
        if form in lowered:
            return acronym
    return None


@cache
def _bodies() -> frozenset[str]:
    """International bodies' names (``names.title_bodies``): "NATO accord" is no pact's
    acronym."""
    return frozenset(lexicon.words("names", "title_bodies", default=[]))


@cache
def known_acronyms() -> frozenset[str]:
    """The acronyms of well-known agreements ("GSOMIA", "JCPOA"), from the lexicon."""
    return frozenset(lexicon.words("agreements", "acronyms"))


_QUALIFIED = gated(re.compile(r"(?:current|existing|expiring|previous|old)\s+[\w-]*\s*$"))


def _edition(name: str, before: str) -> str | None:
    """Which edition of a recurring pact is meant: "the 12th SMA", "the current SMA"."""
    leading = re.match(r"^(\d+(?:st|nd|rd|th))\s", name)
    found = leading.group(1) if leading else None
    if found is None:
        match = _EDITION.search(before[-40:])
        found = match.group("edition") if match else None
    if found is None:
        return None
    found = found.lower()
    return "current" if found in _CURRENT else found


def _specific(aliases: list[str]) -> bool:
    return any(re.search(r"\b[A-Z][a-z]+", alias) for alias in aliases)


def acronym_fits(acronym: str, name: str) -> bool:
    """True when ``acronym`` is made of the initials of ``name``'s words in order, the
    small words' initials taken or skipped ("GSOMIA" and "General Security of Military
    Information Agreement", "INF" and "Intermediate-Range Nuclear Forces Treaty").

    >>> acronym_fits("GSOMIA", "General Security of Military Information Agreement")
    True
    >>> acronym_fits("RAA", "Reciprocal Access Agreement")
    True
    >>> acronym_fits("SMA", "Reciprocal Access Agreement")
    False
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    # Parts of hyphenated words may each give an initial, or none ("Nuclear-Test-Ban"
    # gives the T and B of CTBT).
    words: list[tuple[str, bool]] = []
    for word in name.split():
        parts = [p for p in word.split("-") if p]
        words.extend((part, len(parts) > 1) for part in parts)

    def fits(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        if j == len(words):
            return False
        word, hyphenated = words[j]
        if word[0].upper() == letters[i] and fits(i + 1, j + 1):
            return True
        # Small words ("of", "on") may be left out of an acronym; so may hyphen parts.
        return (word[0].islower() or hyphenated) and fits(i, j + 1)

    return bool(letters) and fits(0, 0)


# "the North Atlantic Treaty Organization", "the HICO Convention Center": a body or a
# building named after a head word, not an agreement.
# "paragraph 2 of Article XV of the Treaty on Open Skies", "a State Party to the Treaty":
# what stands before "of the" or "to the" is a part or a party of the pact, not its name.
_PART_OF = re.compile(r"^.*\b(?:of|to)\s+the\s+")


# "The United Nations' Treaty on Prohibition of Nuclear Weapons", "the UN's Paris
# Agreement": the body that owns a pact is not part of its name.
_OWNER = re.compile(r"^.*?(?:'s|s')\s+(?=[A-Z])")


def _clean_name(raw: str) -> str | None:
    head = _HEAD_WORD.search(raw)
    if head is not None:
        part = _PART_OF.match(raw, 0, head.start())
        if part is not None:
            raw = raw[part.end() :]
        elif re.search(r"\bof\s+$", raw[: head.start()]):
            return None  # "Chief of Protocol": an office, not a pact
        owner = _OWNER.match(raw)
        if owner is not None and owner.end() <= head.start():
            raw = raw[owner.end() :]
    words = raw.split()
    while words and (words[0] in _OPENERS or words[0].lower() in ("of", "and", "the", "on")):
        words.pop(0)
    if len(words) < 2 and not (words and words[0] == "START"):
        return None
    if words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's stop: "the Charter of the United Nations."
    name = " ".join(words)
    # A name needs a capitalized word besides its head ("Basic Relations Treaty").
    capitals = [w for w in words[:-1] if w[:1].isupper()]
    return name if capitals or words[-1] == "START" else None


def _is_full_name(name: str) -> bool:
    return len(name.split()) >= 2 and not re.match(r"^(?:19|20)\d{2}\b", name)


def _find_draft(
    drafts: list[_Pact], *, name: str, acronym: str | None, edition: str | None = None
) -> _Pact | None:
    for draft in reversed(drafts):
        if edition and draft.edition and edition != draft.edition:
            continue
        if acronym and draft.acronym == acronym:
            return draft
    for draft in drafts:
        if edition and draft.edition and edition != draft.edition:
            continue
        if draft.name and _same_name(draft.name, name):
            return draft
        if draft.acronym == name or (acronym is not None and draft.name == acronym):
            return draft  # "New START" named alone, then in "... Treaty (New START)"
        if name in draft.aliases:
            return draft
    return None


def _same_name(a: str, b: str) -> bool:
    """One pact's names as copy varies them: "Indus Waters Treaty" and "Indus Water
    Treaty"; "New START" and "New START Treaty"; "Paris Agreement" and "Paris Agreement
    on Climate Change"; a name and its tail ("the Basic Relations Treaty")."""
    a_key, b_key = _name_key(a), _name_key(b)
    if a_key == b_key or a_key.endswith(b_key) or b_key.endswith(a_key):
        return True
    short, long = sorted((a_key, b_key), key=len)
    # A name and the same followed by its subject ("on Climate Change") or its head.
    return long.startswith(short + " ") and (
        _HEAD_WORD.fullmatch(long[len(short) + 1 :]) is not None
        or re.match(r"(?:on|of|for|between)\s", long[len(short) + 1 :]) is not None
    )


@cache
def _name_key(name: str) -> str:
    """A pact's name without its plural endings or a final stop, for comparing spellings;
    its head put last ("Treaty on Open Skies" is "Open Skies Treaty") and its countries
    as codes ("Moldova-EU" is "Moldova-European Union")."""
    name = name.rstrip(".")
    head_first = _HEAD_FIRST.match(name)
    if head_first is not None:
        name = f"{head_first.group('rest')} {head_first.group('head')}"
    gaz = gazetteer()
    name = _state_pattern().sub(lambda m: gaz.country_of(m.group(0)) or m.group(0), name)
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.isupper() else word
        for word in name.split()
    )


_HEAD_FIRST = re.compile(rf"^(?P<head>{_HEADS})\s+(?:on|of)\s+(?:the\s+)?(?P<rest>.+)$")


@cache
def _state_pattern() -> re.Pattern[str]:
    """Names and adjectives of states, not their capitals: "Paris" in a pact's name is
    no party."""
    gaz = gazetteer()
    forms = alternation({**gaz.country_names, **gaz.adjectives})
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)")


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


def _unnamed(draft: _Pact | None) -> bool:
    """An unnamed pact described by words or a label: "the grain deal", "the Black Sea
    grain initiative"."""
    return draft is not None and not (draft.name or draft.acronym) and bool(draft.aliases)


def _add_alias(draft: _Pact, alias: str) -> None:
    if alias and alias not in draft.aliases and alias != draft.name:
        draft.aliases.append(alias)


def _refers_back(sentence: Sentence) -> bool:
    return sentence.norm.startswith(("It", "They")) and _IT.match(sentence.norm) is not None


# "It ...", and "They were ..." of pacts (passive: people are seldom what was done to):
# "The agreements were originally concluded for 120 days. They were extended for the
# same period last November."
_IT = re.compile(r"(?:It|It's|Its|They\s+(?:were|have\s+been|had\s+been|will\s+be))\b")


def _read_events(
    draft: _Pact,
    context: Context,
    dates: Mapping[int, list[DateMention]],
    spans: dict[int, list[tuple[int, int, _Pact | None]]],
    events_at: dict[int, list[tuple[AgreementEventKind, re.Match[str]]]],
) -> None:
    seen: set[tuple[str, str | None]] = set()
    for sentence in draft.sentences:
        text = sentence.norm
        mentions = spans.get(sentence.index, [])
        renewal = _RENEWAL.search(text)
        if renewal is not None and draft.renewal is None:
            draft.renewal = _renewal_rule(renewal)
        cues_here = events_at.get(sentence.index)
        if cues_here is None:
            # A sentence shared by several agreements is read once.
            cues_here = _event_cues_in(sentence, renewal is not None)
            events_at[sentence.index] = cues_here
        # Most sentences name one agreement only: then every cue is its, and the nearest
        # mention need not be looked for cue by cue.
        others = any(target is not draft for _, _, target in mentions)
        for kind, cue in cues_here:
            if others and _nearest_mention(mentions, cue) is not draft:
                continue  # "signed a similar pact with Britain": another agreement's
            if _unreal().search(text, max(0, cue.start() - _UNREAL_REACH), cue.start()):
                continue  # "proposed extending New START": not (yet) an event
            if kind == "renewed" and _HABITUAL.search(text, cue.end(), cue.end() + 40):
                continue  # "renewed the pact every year": a habit, not an event
            if _of_an_act(kind, cue, text):
                continue  # "signed a law ...", "The law on ... will take effect"
            # The cues around this one whose dates are theirs; the signing of the act that
            # takes the step is none ("signed a law on Tuesday that suspends ...": Tuesday
            # dates the suspension), an act taking effect keeps its day ("a decision which
            # became effective last November").
            steps = [
                other
                for k, other in cues_here
                if not (k == "signed" and _of_an_act(k, other, text))
            ]
            later = [other.start() for other in steps if other.start() > cue.end()]
            earlier = [other.end() for other in steps if other.end() <= cue.start()]
            date, date_text = _event_date(
                text,
                cue,
                dates.get(sentence.index, []),
                kind,
                (max(earlier, default=len(text)), min(later, default=len(text))),
            )
            if kind == "signed" and date is None and draft.year:
                date = draft.year
            if (
                date is None
                and _ORIGIN.match(text, cue.start())
                and not _AUXILIARY.search(text, 0, cue.start())
            ):
                continue  # "The Indus Waters Treaty, brokered by the World Bank, ...": its maker
            if (
                date is None
                and context.published is not None
                and kind in _NEWS_STEPS
                and _JUST_DONE.search(text, max(0, cue.start() - _JUST_DONE_REACH), cue.start())
            ):
                # "The United Nations' Treaty on Prohibition of Nuclear Weapons has entered
                # into force": a step the report gives as just done is of its day.
                date, date_text = context.published.isoformat(), None
            at_once = _AT_ONCE.match(text, cue.end()) if date is None else None
            told = [e for e in draft.events if e.date]
            if at_once is not None and told:
                # "It will go into effect immediately": the day of the step just told.
                date, date_text = told[-1].date, at_once.group(1)
            key = (kind, date)
            if key in seen:
                _add_source(draft, kind, date, context.evidence(sentence))
                continue
            seen.add(key)
            draft.events.append(
                AgreementEvent(
                    kind=kind,
                    date=date,
                    date_text=date_text,
                    actor=_actor(text[: cue.start()]),
                    sources=[context.evidence(sentence)],
                )
            )
    if draft.year and not any(e.kind == "signed" for e in draft.events):
        # "the 1965 accord": the signing the name dates; its evidence is where it is named.
        naming = [s for s in draft.sentences if draft.year in s.text] or draft.sentences[:1]
        draft.events.append(
            AgreementEvent(
                kind="signed", date=draft.year, sources=[context.evidence(s) for s in naming[:1]]
            )
        )
    _drop_undated_duplicates(draft)


def _of_an_act(kind: str, cue: re.Match[str], text: str) -> bool:
    """A cue of a domestic act, not of the pact: "signed a law", "The law on Russia's
    suspension of the treaty will take effect"."""
    if kind == "signed":
        return _acts().signed.match(text, cue.end()) is not None
    if kind == "in_force":
        return _acts().subject.search(text, 0, cue.start()) is not None
    return False


def _nearest_mention(
    mentions: list[tuple[int, int, _Pact | None]], cue: re.Match[str]
) -> _Pact | None:
    def distance(span: tuple[int, int, _Pact | None]) -> int:
        start, end, _ = span
        return (
            0 if start <= cue.start() < end else min(abs(cue.start() - end), abs(start - cue.end()))
        )

    return min(mentions, key=distance)[2]


def _add_source(draft: _Pact, kind: str, date: str | None, evidence: Evidence) -> None:
    for event in draft.events:
        if event.kind == kind and event.date == date and evidence not in event.sources:
            event.sources.append(evidence)


def _drop_undated_duplicates(draft: _Pact) -> None:
    """Keep the most precise report of each event: "signed in 2001" adds nothing to
    "signed on July 16, 2001"."""
    kept = []
    for event in draft.events:
        finer = any(
            other.kind == event.kind
            and other.date
            and other is not event
            and (
                event.date is None
                or (other.date.startswith(event.date) and len(other.date) > len(event.date))
            )
            for other in draft.events
        )
        if not finer:
            kept.append(event)
    draft.events = kept


def _event_date(
    text: str,
    cue: re.Match[str],
    mentions: list[DateMention],
    kind: str,
    between: tuple[int, int],
) -> tuple[str | None, str | None]:
    """The date of the event a cue reports: in its clause, after it or right before it,
    but not past the cues on either side, ``between`` (the end of the one before, or the
    text's end when none is; the start of the one after), whose dates those are
    ("suspension of the agreement, signed in the summer of 2022", "due to expire on
    November 19, has been extended"); else the sentence's fronted date ("On March 18,
    Russia announced that the grain deal will be extended"), the date a relative clause
    hangs on ("on Nov 15, where the agreement was signed") or the saying's ("..., Kim
    confirmed on Friday")."""
    begin, end = clause_of(text, cue.start(), cue.end())
    end = min(end, between[1])
    # "pushed Seoul on Friday to rethink its decision to end the pact": a decision is
    # dated inside its own phrase ("its August decision"), not by the verb before it.
    before_reach = 0 if "decision" in cue.group(0).lower() else _BEFORE_REACH
    near = [
        m
        for m in mentions
        if m.date
        and begin <= m.start < end
        and (not m.attributive or kind == "signed")
        # "the ratification of the Charter of the Hague Conference (The Hague, October 31,
        # 1951)": the place and day a pact was signed, printed after its name.
        and (
            kind == "signed"
            or not _SIGNING_NOTE.search(text, max(0, m.start - _NOTE_REACH), m.start)
        )
        # "extended for 120 days as of Nov. 19": the new term's start, not the extension's.
        and not (kind in ("extended", "renewed") and _TERM_START.search(text, 0, m.start))
        # After the cue ("expire on Nov. 23"), or right before it ("its August decision",
        # "Reached in 2016, the accord"); an expiry is dated by what precedes it only as
        # the word before its noun ("past its Monday expiration date").
        and (
            cue.start() <= m.start <= cue.end() + _DATE_REACH
            or (
                kind != "expires"
                and 0 <= cue.start() - m.end <= before_reach
                and m.start < between[0]
            )
            or (kind == "expires" and text[m.end : cue.start()] == " ")
        )
    ]
    if not near:
        reported = _REPORTED_THAT.search(text, 0, begin) if begin else None
        if reported is not None:
            # "Trump said in May that Washington would pull out": dated by the saying.
            dated = [m for m in mentions if m.date and reported.start() <= m.start < reported.end()]
            if dated:
                return dated[-1].date, dated[-1].text
        framing = _framing_date(text, cue, begin, end, mentions, kind)
        if framing is not None:
            return framing.date, framing.text
        lone = [
            m
            for m in mentions
            if m.date and not m.attributive and begin <= m.start and m.end <= cue.start()
        ]
        if kind != "expires" and before_reach and len(lone) == 1 and lone[0].start < between[0]:
            # "The leaders ... on Monday hailed close ties and announced the extension of
            # a 20-year-old friendship treaty": the clause's one date, before its verbs;
            # not a decision's ("pushed Seoul on Friday to rethink its decision").
            return lone[0].date, lone[0].text
        return _date_across_shift(text, begin, mentions)
    # Prefer a date after the cue ("expire on Nov. 23"), else the nearest one; an
    # announcement is dated by its saying right before it ("said in August it would not
    # renew the pact beyond the deadline on Friday").
    after = [m for m in near if m.start >= cue.start()]
    if kind == "termination_announced" and len(after) < len(near):
        after = []
    best = min(after or near, key=lambda m: abs(m.start - cue.start()))
    date = _with_its_year(best, mentions)
    gap = text[min(best.end, cue.start()) : max(best.start, cue.end())]
    shift = _DAY_SHIFT.search(gap)
    if shift is not None and date and len(date) == 10:
        count = (
            int(shift.group("n"))
            if shift.group("n").isdigit()
            else NUMBER_WORDS.get(shift.group("n").lower(), 1) or 1
        )
        # "[on Saturday], a day after [the event]": the event is a day before Saturday.
        sign = -1 if shift.group("dir").lower() in ("after", "later") else 1
        date = shift_day(date, sign * count)
    return date, best.text


_JUST_DONE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|officially|formally|finally|just)\s+)?(?:been\s+)?$"
)
"""The present perfect right before a step's cue: the report's news, of its day."""
_JUST_DONE_REACH = 40
_NEWS_STEPS = frozenset({"in_force", "ratified", "signed", "terminated", "suspended"})
"""Steps a present perfect gives as the day's news ("has entered into force"); not
"has been extended", which a story often tells of an earlier term."""


_SIGNING_NOTE = re.compile(r"\((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")
"""An opening parenthesis and a place before a date: a pact's signing note."""
_NOTE_REACH = 60


# A participle naming who made a pact, undated, describes it and tells no step: "The
# agreement negotiated by the UN and Türkiye aimed to ...", unlike "was signed by both".
_ORIGIN = re.compile(r"[a-z]+ed\s+by\s")
_AUXILIARY = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$")
_AT_ONCE = re.compile(r"\s+[“\"]?(immediately|with\s+immediate\s+effect)\b")
_TERM_START = re.compile(r"\b(?:as\s+of|from|beginning|starting)\s+$")
# What may stand before a fronted date: a quote mark, "On", "Since"; and after it: a comma, or
# the dash of a dateline ("July 17, 2023 - Russia has halted participation in ...").
_FRONT = re.compile(r"[“\"‘']?\s*(?:On|In|Since)?\s*")
_FRONT_END = re.compile(r",|\s+[-–—]\s")
# The day after a month the date reader leaves out ("last July 22, when"), then the comma.
_HANGING = re.compile(r"(?:\s+\d{1,2})?\s*,\s+(?:where|when)\s")
_SAYING_AFTER = re.compile(
    r",\s+(?:[^,;]{0,80}?,\s+)?[^,;]{0,60}?\b(?:said|says|confirmed|announced|reported|"
    r"told\s+[^,;]{1,40}?)\s+$"
)


def _with_its_year(day: DateMention, mentions: list[DateMention]) -> str | None:
    """A day and month followed by the year it fell in ("on Nov. 4 last year"): that
    year's day, not the nearest."""
    following = next((m for m in mentions if 0 <= m.start - day.end <= 1), None)
    if (
        day.date is not None
        and len(day.date) == 10
        and following is not None
        and following.date is not None
        and len(following.date) == 4
    ):
        return following.date + day.date[4:]
    return day.date


def _framing_date(
    text: str, cue: re.Match[str], begin: int, end: int, mentions: list[DateMention], kind: str
) -> DateMention | None:
    """A date set around the clause of a cue that has none of its own."""
    dated = [m for m in mentions if m.date and not m.attributive]
    for mention in dated:
        if mention.end > cue.start():
            break
        if _FRONT.fullmatch(text, 0, mention.start) and _FRONT_END.match(text, mention.end):
            return mention  # "On May 22, 2020, the United States ... by providing notice"
        hanging = _HANGING.match(text, mention.end)
        if hanging is not None and hanging.end() <= cue.start() and begin <= hanging.end():
            return mention  # "on Nov 15, where the agreement was signed"
    if kind == "expires":
        return None  # an expiry is dated by its own words, never by when it was told
    for mention in dated:
        if mention.start >= end and _SAYING_AFTER.search(text, end, mention.start):
            return mention  # "South Korea suspended its decision ..., Kim confirmed on Friday."
    return None


def _date_across_shift(
    text: str, begin: int, mentions: list[DateMention]
) -> tuple[str | None, str | None]:
    """ "[met on] Saturday, a day after Seoul kept the pact alive": Saturday minus a day."""
    shift = _DAY_SHIFT_END.search(text, 0, begin)
    if shift is None:
        return None, None
    before = [m for m in mentions if m.date and len(m.date) == 10 and m.end <= shift.start()]
    if not before:
        return None, None
    anchor = before[-1]
    raw = shift.group("n").lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
    sign = -1 if shift.group("dir").lower() == "after" else 1
    day = shift_day(anchor.date or "", sign * count)
    if day is None:
        return None, None
    return day, f"{shift.group(0).strip()} {anchor.text}"


def _actor(before: str) -> str | None:
    found = list(_country_pattern().finditer(before[-80:]))
    if not found:
        return None
    return gazetteer().country_of(found[-1].group(0))


def _renewal_rule(match: re.Match[str]) -> RenewalRule:
    period_text = match.group("period").lower()
    if match.group("unit"):
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
        period = f"P{count}{'Y' if match.group('unit').lower().startswith('year') else 'M'}"
    else:
        period = "P1Y" if period_text == "year" else "P1M"
    notice_days = None
    if match.group("notice"):
        raw = match.group("notice").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
        unit = match.group("nunit").lower()
        notice_days = count * (
            365 if unit.startswith("year") else 30 if unit.startswith("month") else 1
        )
    return RenewalRule(automatic=True, period=period, notice_days=notice_days)


def _record(draft: _Pact, context: Context, index: int) -> Agreement:
    return Agreement(
        id=f"{context.article.id}-a{index}",
        name=draft.name,
        acronym=draft.acronym,
        aliases=draft.aliases,
        parties=_parties(draft),
        renewal=draft.renewal,
        events=draft.events,
        sources=[context.evidence(s) for s in draft.sentences[:1]],
    )


@cache
def _pair_pattern() -> re.Pattern[str]:
    """Two states doing what parties do ("Japan and the Philippines signed", "South Korea
    and Japan signed a pact") or between whom a pact is ("between Armenia and
    Azerbaijan"); the verbs are ``party_verbs`` in the agreements lexicon."""
    gaz = gazetteer()
    state = alternation({**gaz.country_names, **gaz.adjectives})
    verbs = "|".join(lexicon.words("agreements", "party_verbs"))
    two = rf"(?:the\s+)?(?P<a>{state})\s+and\s+(?:the\s+)?(?P<b>{state})"
    return re.compile(
        rf"(?<![\w-])(?:{two}\s+(?:\w+\s+){{0,3}}?(?:{verbs})\b"
        rf"|between\s+(?:the\s+)?(?P<c>{state})\s+and\s+(?:the\s+)?(?P<d>{state})(?![\w-]))"
    )


def _pair_of_parties(draft: _Pact) -> list[str]:
    """The two parties a sentence of the pact names as its signers or as the two sides
    it is between, when all such sentences agree."""
    gaz = gazetteer()
    pairs: set[tuple[str, ...]] = set()
    for sentence in draft.sentences:
        for match in _pair_pattern().finditer(sentence.norm):
            names = [n for n in match.group("a", "b", "c", "d") if n]
            codes = {gaz.country_of(n) for n in names}
            if None not in codes and len(codes) == 2:
                pairs.add(tuple(sorted(c for c in codes if c)))
    return list(pairs.pop()) if len(pairs) == 1 else []


def _parties(draft: _Pact) -> list[str]:
    for label in (draft.name or "", *draft.aliases):
        named = _compound_parties(label)
        if len(named) >= 2:
            # "the South Korea-Japan General Security of Military Information Agreement",
            # "an Armenian-Azerbaijani peace treaty": the name or a description says whose
            # pact it is.
            return sorted(named)
    pair = _pair_of_parties(draft)
    if pair:
        return pair
    counts: Counter[str] = Counter()
    name = draft.name or ""
    # A place in the pact's name is no party ("the Paris Agreement", "the Vientiane
    # Declaration"): the name is read without its cities, the sentences without the name.
    metonyms = gazetteer().metonyms
    texts = [
        name,
        *(s.norm.replace(name, " ") if name else s.norm for s in draft.sentences),
    ]
    for number, text in enumerate(texts):
        for match in _country_pattern().finditer(text):
            if number == 0 and match.group(0) in metonyms:
                continue
            code = gazetteer().country_of(match.group(0))
            if code:
                counts[code] += 1
    bilateral = any("bilateral" in t.lower() or "between" in t.lower() for t in texts)
    top = [code for code, _ in counts.most_common(2 if bilateral else 4)]
    return sorted(top)
