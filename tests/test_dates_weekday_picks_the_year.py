"""A day told with its weekday but no year ("Sunday, Nov. 15") is in the year whose calendar agrees."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2017, 1, 28)  # a page fetched long after it was written


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the march began after a man was shot on Sunday, Nov. 15.", dt.date(2015, 11, 15)),
        ("Deputies were called on Sun., 15 November.", dt.date(2015, 11, 15)),
        # The weekday agrees with the latest Nov. 15 before the anchor: it stays.
        ("the clinic was robbed on Tuesday, Nov. 15.", dt.date(2016, 11, 15)),
        # No year agrees nearby: the anchor's reading stands.
        ("the store was robbed on Monday, Nov. 15.", dt.date(2016, 11, 15)),
        ("the store was robbed on Nov. 15.", dt.date(2016, 11, 15)),
    ],
)
def test_the_weekday_picks_the_year(text: str, day: dt.date) -> None:
    (mention,) = find_dates(text, anchor=ANCHOR)
    assert mention.interval.start == mention.interval.end == day


def test_an_upcoming_day_keeps_its_year() -> None:
    (mention,) = find_dates("The hearing will be held Saturday, Feb. 3.", anchor=ANCHOR)
    assert mention.interval.start == dt.date(2017, 2, 3)
