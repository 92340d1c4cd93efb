"""Recent periods told as a stretch up to the anchor: "in recent days", "over the past few weeks"."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "told", "start"),
    [
        ("Three farms were burned in recent days.", "recent days", dt.date(2024, 3, 7)),
        (
            "Rebels have attacked two convoys over the past few weeks.",
            "the past few weeks",
            dt.date(2024, 2, 15),
        ),
        ("Two mayors were kidnapped during the last two weeks.", "the last two weeks", dt.date(2024, 2, 29)),
        ("Bombings have grown in the last 3 months.", "the last 3 months", dt.date(2023, 12, 15)),
        ("Raids were stepped up in recent months.", "recent months", dt.date(2023, 11, 15)),
    ],
)
def test_dates_read_recent_periods_up_to_the_anchor(text, told, start):
    (mention,) = find_dates(text, anchor=ANCHOR)
    assert mention.span.text == told
    assert (mention.interval.start, mention.interval.end, mention.interval.precision) == (
        start,
        ANCHOR,
        "range",
    )
