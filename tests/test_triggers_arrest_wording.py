"""Arrests told in police-report and Indian-English wording, and arrests not yet made."""

from __future__ import annotations

import pytest

from eventwire import extract


def _arrests(text: str) -> list[str]:
    return [e.status for e in extract(text).events if e.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "The offenders had been booked for murder and arson under the new law.",
        "Azmal was picked up by the police on Monday.",
        "The magistrate remanded them to police custody till March 16.",
        "Police rounded up 20 youths after the clash.",
        "He was nabbed by the police near the station.",
    ],
)
def test_police_report_wording_is_an_arrest(text: str) -> None:
    assert "occurred" in _arrests(text)


@pytest.mark.parametrize(
    "text",
    [
        "He booked a flight to Delhi.",
        "She picked a fight with her neighbour.",
        "Some activists might shout slogans and court arrest.",
    ],
)
def test_other_senses_are_no_arrest(text: str) -> None:
    assert _arrests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "First, we have to arrest the guilty, the minister said.",
        "The state should be directed to restrain the marchers and detain them in custody.",
        "Further steps, including arrest, can be considered if talks fail.",
    ],
)
def test_arrests_not_yet_made_did_not_occur(text: str) -> None:
    assert "occurred" not in _arrests(text)
