"""The figures an evaluation reports, as models (``--format json`` is their dump)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

__all__ = ["Evaluation", "FieldScore", "MergeScore", "Miss", "RecordScore"]


class _Score(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RecordScore(_Score):
    """Precision, recall and F1 of one record type over a set of articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """Share of predictions that match gold; 1.0 when nothing was predicted."""
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """Share of gold items found; 1.0 when there is nothing to find."""
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0


class FieldScore(_Score):
    """How often one field is right, among the records where gold judges it."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """Share right; null when gold judged the field nowhere."""
        return round(self.correct / self.total, 4) if self.total else None

    def add(self, right: bool) -> None:
        self.correct += right
        self.total += 1


class MergeScore(_Score):
    """How the merge treats the real-world events that several articles report."""

    events: int = Field(0, description="Meetings and agreements reported by 2+ articles.")
    unified: int = Field(0, description="Of those, one record citing every report.")
    found: int = Field(0, description="Of those, with at least one record.")
    records: int = Field(0, description="Records of the found events, summed.")
    false_merges: int = Field(0, description="Records that hold two distinct gold events.")
    copies_gold: int = Field(0, description="Pairs of articles that are one wire copy.")
    copies_found: int = Field(0, description="Of those, grouped as copies.")
    copies_false: int = Field(0, description="Pairs grouped as copies that are not.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unified_rate(self) -> float | None:
        return round(self.unified / self.events, 4) if self.events else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def records_per_event(self) -> float | None:
        return round(self.records / self.found, 4) if self.found else None


class Miss(_Score):
    """A gold item not found, a prediction gold does not have, or a merge gone wrong."""

    type: Literal["meetings", "statements", "agreements", "events", "merge"]
    kind: Literal["miss", "extra", "split", "false_merge"] = Field(
        description="miss and extra per article; split and false_merge for the merge."
    )
    article: str = Field(description="The article's file stem (for the merge, every stem).")
    record: str = Field(description="The record, in a few words.")
    sentence: str | None = Field(None, description="The sentence it was read from (extras).")


class Evaluation(_Score):
    """An extractor measured against gold: per record type, per field, per article field."""

    articles_scored: int = Field(0, description="Articles with a gold file.")
    articles_without_gold: list[str] = Field(default_factory=list)
    gold_without_article: list[str] = Field(
        default_factory=list, description="Gold files no input article matched (a typo?)."
    )
    failures: list[str] = Field(default_factory=list, description="Inputs that could not be read.")
    records: dict[str, RecordScore] = Field(default_factory=dict)
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    articles: dict[str, FieldScore] = Field(default_factory=dict)
    merge: MergeScore | None = None
    merge_oracle: MergeScore | None = Field(
        None,
        description="The merge of the gold per-article records: the merge without the "
        "extractor's errors.",
    )
    misses: list[Miss] = Field(default_factory=list)
