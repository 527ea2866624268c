"""Pacts signed at a meeting take the meeting's day.

"The two leaders held a bilateral meeting at the Tower of London before signing the
so-called Reciprocal Access Agreement", "the police cooperation pact was among nine deals
Sogavare signed when he met with Chinese Premier Li Qiang": the sentence that tells the
signing tells the meeting it was signed at. When the signing has no date of its own and
the story dates that meeting, the signing is of the meeting's day (or month), as event
datasets date a pact signed at a summit.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowire.models import Agreement, Meeting
from diplowire.models.kinds import AnyRecord


def date_signings_by_their_meetings(
    agreements: Sequence[AnyRecord], meetings: Sequence[AnyRecord]
) -> None:
    """Give each undated signing of ``agreements`` the date of the one dated meeting of
    ``meetings`` told in the same sentence, if there is exactly one (records of other
    kinds are passed over)."""
    dated: dict[tuple[int, str], set[tuple[str, str | None]]] = {}
    for meeting in meetings:
        if not isinstance(meeting, Meeting) or meeting.date is None:
            continue
        for source in meeting.sources:
            if not source.caption:
                dated.setdefault((source.paragraph, source.text), set()).add(
                    (meeting.date, meeting.date_text)
                )
    for agreement in agreements:
        if not isinstance(agreement, Agreement):
            continue
        for event in agreement.events:
            if event.kind != "signed" or event.date is not None:
                continue
            days = {day for s in event.sources for day in dated.get((s.paragraph, s.text), ())}
            if len(days) == 1:
                ((event.date, event.date_text),) = days
