""" "last September" is the September before the anchor, whatever future cue comes before it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2023, 12, 8)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The bombing had been planned since last September, officials said.", dt.date(2023, 9, 1)),
        ("The trial is expected to hear what happened last September.", dt.date(2023, 9, 1)),
        ("The vote is set for next September.", dt.date(2024, 9, 1)),
    ],
)
def test_dates_read_last_and_next_month_names_by_their_modifier(text, start):
    assert [m.interval.start for m in find_dates(text, anchor=ANCHOR)] == [start]
