"""A pact signed at a meeting takes the meeting's day (issue 17, lifecycle events)."""

from __future__ import annotations

import diplowire

LAPRENSALATINA = (
    "Sunak underlines strength of Japan ties with signing of military deal\n\n"
    "London, Jan 11 (EFE).- The United Kingdom’s relationship with Japan is now “stronger "
    "than ever”, British Prime Minister Rishi Sunak said Wednesday, as he welcomed his "
    "Japanese counterpart, Fumio Kishida, to London for a working visit.\n\n"
    "The two leaders held a bilateral meeting at the Tower of London before signing the "
    "so-called Reciprocal Access Agreement, a historic defense treaty that will allow the "
    "armed forces of both countries to be deployed in each other’s territories."
)


def _signed(text: str, published: str) -> list[str | None]:
    found = diplowire.extract(text, published=published, merge=False)
    return [e.date for a in found.agreements for e in a.events if e.kind == "signed"]


def test_a_pact_signed_at_a_dated_meeting_is_of_its_day() -> None:
    # Real paragraphs (EFE in La Prensa Latina, 2023-01-11): the meeting is Wednesday's.
    assert _signed(LAPRENSALATINA, "2023-01-11") == ["2023-01-11"]


def test_a_signing_beside_an_undated_meeting_stays_undated() -> None:
    # The same sentence with no day for the meeting anywhere: nothing to take.
    text = (
        "Sunak signs military deal with Japan\n\n"
        "The two leaders held a bilateral meeting at the Tower of London before signing the "
        "so-called Reciprocal Access Agreement, a historic defense treaty."
    )
    assert _signed(text, "2023-01-11") == [None]
