"""A season name that begins a hyphenated compound ("the Spring-area shooting") is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2024, 7, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Deputies escorted the suspect in the Spring-area shooting to jail.",
        "The town suffered a summer-long drought.",
    ],
)
def test_dates_read_no_season_in_a_compound_word(text):
    assert find_dates(text, anchor=ANCHOR) == []


def test_dates_still_read_a_season_told_with_its_year():
    (mention,) = find_dates("The store was robbed in the summer of 2019.", anchor=ANCHOR)
    assert (mention.interval.start, mention.interval.end) == (dt.date(2019, 6, 1), dt.date(2019, 8, 31))
