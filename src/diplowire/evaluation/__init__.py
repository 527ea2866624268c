"""Measure the extractor on annotated articles: ``diplowire evaluate`` and :func:`evaluate`.

A user who annotates their own articles in the gold format (``docs/evaluate.rst``) gets
precision, recall and F1 per record type, the accuracy of each field on the records that
matched, the article fields, and, with a merged gold file, how well reports of one event
are merged. Every miss and extra is listed with its article and sentence.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from diplowire.evaluation.articles import ArticleRecords, Matches, score_article
from diplowire.evaluation.gold import (
    GoldSet,
    MergedGold,
    gold_stems,
    load_gold,
    load_merged_gold,
)
from diplowire.evaluation.merged import score_merge
from diplowire.evaluation.oracle import gold_records
from diplowire.evaluation.render import RECORD_TYPES, render_text
from diplowire.evaluation.scores import Evaluation, FieldScore, MergeScore, Miss, RecordScore
from diplowire.merge import merge
from diplowire.models import Article, Dossier
from diplowire.models.kinds import KINDS
from diplowire.options import Options
from diplowire.pipeline import extract
from diplowire.plugins.manager import Plugins
from diplowire.reading.inputs import Source
from diplowire.reading.manifest import Manifest

__all__ = [
    "Evaluation",
    "FieldScore",
    "GoldSet",
    "MergeScore",
    "MergedGold",
    "Miss",
    "RecordScore",
    "evaluate",
    "load_gold",
    "load_merged_gold",
    "render_text",
    "score_dossier",
]


def evaluate(
    *sources: Source,
    gold: str | Path,
    manifest: str | Path | Manifest | None = None,
    merged_gold: str | Path | None = None,
    options: Options | None = None,
    plugins: Plugins | None = None,
) -> Evaluation:
    """Extract records from ``sources`` and score them against the gold in ``gold``.

    :param sources: Paths, directories, texts or bytes, as for :func:`diplowire.extract`;
        with none, the manifest's documents.
    :param gold: A directory of gold files, one ``<stem>.json`` per article file ``<stem>.*``.
    :param manifest: The documents' URLs and publication dates, as a user would give them.
    :param merged_gold: A merged gold file (``merged.json``): adds the merge figures.
    :return: The figures; articles without a gold file are listed, not scored.
    :raises ~diplowire.errors.GoldError: a gold file is malformed (the error names the file
        and the field).

    >>> from diplowire.evaluation import evaluate
    >>> result = evaluate("seeds/", gold="../shared/gold/seeds",
    ...                   manifest="seeds/manifest.json")  # doctest: +SKIP
    >>> result.records["meetings"].f1  # doctest: +SKIP
    1.0
    """
    if not sources and manifest is None:
        raise ValueError("give sources, or a manifest that lists the documents")
    stems = gold_stems(gold)  # a missing or empty gold directory fails before the work
    merged_gold_set = load_merged_gold(merged_gold, set(stems)) if merged_gold else None
    dossier = extract(*sources, manifest=manifest, options=options, plugins=plugins, merge=False)
    read = {_stem(a) for a in dossier.articles}
    result = score_dossier(dossier, load_gold(gold, only=read), merged_gold_set)
    result.gold_without_article = sorted(set(stems) - read)
    return result


def _stem(article: Article) -> str:
    return Path(article.source or article.id).stem


def score_dossier(
    dossier: Dossier,
    golds: dict[str, GoldSet],
    merged_gold: MergedGold | None = None,
    merged: Dossier | None = None,
) -> Evaluation:
    """Score an unmerged dossier (``extract(..., merge=False)``) against loaded gold.

    :param merged_gold: With it, the merge is scored too, end to end and on the gold
        records (``Evaluation.merge_oracle``).
    :param merged: The merged dossier to score (default: :func:`diplowire.merge` of it).
    """
    result = Evaluation(records={kind: RecordScore() for kind in RECORD_TYPES})
    result.failures = [f"{f.source or '<input>'}: {f.stage}: {f.message}" for f in dossier.failures]
    by_article: dict[str, ArticleRecords] = defaultdict(ArticleRecords)
    for kind in KINDS:
        for record in kind.of(dossier):
            if record.sources:  # an article's own record cites that article first
                getattr(by_article[record.sources[0].article], kind.field).append(record)
    stems: dict[str, str] = {}
    matches: list[Matches] = []
    for article in dossier.articles:
        stem = _stem(article)
        stems[article.id] = stem
        if stem not in golds:
            result.articles_without_gold.append(stem)
            continue
        result.articles_scored += 1
        records = by_article.get(article.id, ArticleRecords())
        matches.append(score_article(stem, article, golds[stem], records, result))
    if merged_gold is not None:
        result.merge, merge_misses = score_merge(
            merged_gold, matches, dossier, merged or merge(dossier), stems
        )
        result.misses.extend(merge_misses)
        # The same merge over the gold records: what it misses, the merge alone misses.
        oracle_records, oracle_matches = gold_records(dossier.articles, stems, golds)
        result.merge_oracle, _ = score_merge(
            merged_gold, oracle_matches, oracle_records, merge(oracle_records), stems
        )
    return result
