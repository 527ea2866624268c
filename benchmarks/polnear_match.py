"""Match diplowire's direct statements with PolNeAR's gold quotations, and count.

* **Where a prediction is**: a statement's words are looked up in the article text,
  first inside the sentence its evidence quotes, then anywhere; a statement whose words
  are nowhere verbatim is *unplaced*.
* **A match**: a placed prediction matches a gold quotation when their character spans
  share at least :data:`SHARED` of the shorter one; an unplaced one when the words of
  the shorter side are at least 80 % in the other (the rule of ``diplowire evaluate``).
  Pairing is one-to-one and greedy, required gold quotations first, as in
  :func:`diplowire.evaluation.matching.pair`; an optional one matched counts neither way.
* **Speaker accuracy** is counted on matched quotations whose gold speaker is named
  (:func:`polnear_gold.speaker_kind`): right when the predicted speaker's words hold the
  gold surname's and, if both sides print given names, share one of them ("Hillary
  Clinton" is not "Bill Clinton"; "President Obama" is "Barack Obama").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from polnear_gold import ArticleGold, GoldQuote, named_head

from diplowire.evaluation.matching import pair, quote_overlap, tokens
from diplowire.models import Statement

SHARED = 0.5
"""Share of the shorter span's characters the two spans of a match must share."""


@dataclass(frozen=True)
class Predicted:
    """A direct statement and where its words are in the article (None when unplaced)."""

    statement: Statement
    span: tuple[int, int] | None

    @property
    def text(self) -> str:
        return self.statement.text

    @property
    def speaker(self) -> str:
        return self.statement.speaker.name


def place(text: str, statement: Statement) -> Predicted:
    """Find the statement's words in the article, near its evidence sentence first."""
    words = statement.text
    for evidence in statement.sources:
        sentence = text.find(evidence.text)
        if sentence >= 0:
            found = text.find(words, sentence, sentence + len(evidence.text))
            if found >= 0:
                return Predicted(statement, (found, found + len(words)))
    found = text.find(words) if words else -1
    return Predicted(statement, (found, found + len(words)) if found >= 0 else None)


def same_quote(gold: GoldQuote, predicted: Predicted) -> bool:
    """The overlap rule of the module docstring."""
    if predicted.span is None:
        return quote_overlap(gold.text, predicted.text) >= 0.8
    start, end = predicted.span
    shared = min(gold.end, end) - max(gold.start, start)
    shorter = min(gold.end - gold.start, end - start)
    return shorter > 0 and shared >= SHARED * shorter


def same_speaker(gold: str, predicted: str) -> bool:
    """The surname rule of the module docstring (``gold`` is a named source phrase).

    >>> same_speaker("Mr. Trump", "Donald Trump"), same_speaker("Hillary Clinton", "Bill Clinton")
    (True, False)
    """
    head = named_head(gold)
    if head is None:
        return False
    surname, given = head
    words = set(tokens(predicted))
    surname_words = tokens(surname)
    if not surname_words or not set(surname_words) <= words:
        return False
    given_words = {w for name in given for w in tokens(name)}
    others = words - set(surname_words)
    return not (given_words and others) or bool(given_words & others)


@dataclass
class Tally:
    """Counts for one group of articles (a split, a publisher)."""

    articles: int = 0
    failed: int = 0
    seconds: float = 0.0
    gold: int = 0
    optional: int = 0
    predicted: int = 0
    unplaced: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    named: int = 0
    named_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.named_right / self.named if self.named else 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass
class ArticleScore:
    """The outcome of one article: counts, and the misses and extras to show."""

    tally: Tally
    pairs: list[tuple[GoldQuote, Predicted]] = field(default_factory=list)
    missed: list[GoldQuote] = field(default_factory=list)
    extra: list[Predicted] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Predicted]] = field(default_factory=list)


def score(text: str, gold: ArticleGold, statements: Sequence[Statement]) -> ArticleScore:
    """Pair one article's direct statements with its gold quotations and count."""
    predicted = [place(text, s) for s in statements if s.direct]
    predicted.sort(key=lambda p: p.span[0] if p.span else len(text))
    pairing = pair(gold.quotes, predicted, same_quote, lambda g: g.optional)
    tally = Tally(
        articles=1,
        gold=sum(not q.optional for q in gold.quotes),
        optional=sum(q.optional for q in gold.quotes),
        predicted=len(predicted),
        unplaced=sum(p.span is None for p in predicted),
        tp=pairing.tp,
        fp=len(pairing.extra),
        fn=len(pairing.missed),
    )
    result = ArticleScore(tally, pairs=pairing.pairs, missed=pairing.missed, extra=pairing.extra)
    for quote, hit in pairing.pairs:
        if quote.speaker_kind == "named" and quote.speaker and not quote.optional:
            tally.named += 1
            if same_speaker(quote.speaker, hit.speaker):
                tally.named_right += 1
            else:
                result.wrong_speaker.append((quote, hit))
    return result
