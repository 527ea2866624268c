"""The merge on perfect extraction: the gold per-article records, merged and scored.

An event split end to end may be split by the merge, or by the extractor (a report's
record missing, or naming the wrong people). Merging the *gold* records of each article
instead of the extracted ones takes the extractor out: what the oracle figures still
miss, the merge alone misses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from diplowire.evaluation.articles import Matches
from diplowire.evaluation.gold import GoldAgreement, GoldMeeting, GoldSet
from diplowire.evaluation.matching import Pairing
from diplowire.models import (
    Agreement,
    AgreementEvent,
    Article,
    Dossier,
    Evidence,
    Meeting,
    Person,
)

__all__ = ["gold_records"]

G = TypeVar("G")
P = TypeVar("P")


def gold_records(
    articles: Sequence[Article], stems: dict[str, str], golds: dict[str, GoldSet]
) -> tuple[Dossier, list[Matches]]:
    """The gold records of each article as models, and their pairing with the gold.

    :param articles: The articles read (their ids, dates and texts feed the merge).
    :param stems: Article id → file stem.
    :param golds: The gold of each stem.
    :return: An unmerged dossier of the gold records, and for each article with gold the
        pairing of every gold item with its own record.
    """
    meetings: list[Meeting] = []
    agreements: list[Agreement] = []
    matches: list[Matches] = []
    for article in articles:
        stem = stems[article.id]
        gold = golds.get(stem)
        if gold is None:
            continue
        own_meetings = [_meeting(article.id, i, g) for i, g in enumerate(gold.meetings)]
        own_agreements = [_agreement(article.id, i, g) for i, g in enumerate(gold.agreements)]
        meetings += own_meetings
        agreements += own_agreements
        matches.append(
            Matches(
                stem=stem,
                gold=gold,
                meetings=_paired(gold.meetings, own_meetings),
                statements=Pairing(pairs=[], missed=[], extra=[], tp=0),
                agreements=_paired(gold.agreements, own_agreements),
            )
        )
    return Dossier(articles=list(articles), meetings=meetings, agreements=agreements), matches


def _paired(gold: Sequence[G], records: Sequence[P]) -> Pairing[G, P]:
    return Pairing(pairs=list(zip(gold, records, strict=True)), missed=[], extra=[], tp=len(gold))


def _evidence(article: str, kind: str, index: int) -> Evidence:
    # The merge scoring finds an article record in the merged ones by its evidence:
    # each gold record gets a sentence of its own.
    return Evidence(article=article, paragraph=index, text=f"gold {kind} {index}")


def _meeting(article: str, index: int, gold: GoldMeeting) -> Meeting:
    return Meeting(
        id=f"{article}-gold-m{index}",
        date=gold.date,
        location=gold.location,
        participants=[
            Person(name=name, country=gold.countries.get(name)) for name in gold.participants
        ],
        duration_minutes=gold.duration_minutes,
        kind=gold.kind,
        format=gold.format,
        forum=gold.forum,
        status=gold.status or "held",
        sources=[_evidence(article, "meeting", index)],
    )


def _agreement(article: str, index: int, gold: GoldAgreement) -> Agreement:
    evidence = _evidence(article, "agreement", index)
    return Agreement(
        id=f"{article}-gold-a{index}",
        name=gold.name,
        acronym=gold.acronym,
        aliases=gold.aliases,
        parties=gold.parties,
        events=[AgreementEvent(kind=e.kind, date=e.date, sources=[evidence]) for e in gold.events],
        sources=[evidence],
    )
