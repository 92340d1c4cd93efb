"""Named days ("Christmas Eve", "Memorial Day", "Easter Sunday") are dates, in the year their tense
points to."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.extract.dates import find_dates
from eventwire.extract.holidays import holiday_date, holidays

ANCHOR = dt.date(2024, 1, 8)


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("easter sunday", 2024, dt.date(2024, 3, 31)),
        ("easter sunday", 2019, dt.date(2019, 4, 21)),
        ("good friday", 2024, dt.date(2024, 3, 29)),
        ("thanksgiving day", 2023, dt.date(2023, 11, 23)),
        ("memorial day", 2023, dt.date(2023, 5, 29)),
        ("labor day", 2023, dt.date(2023, 9, 4)),
        ("mlk day", 2024, dt.date(2024, 1, 15)),
        ("mother's day", 2023, dt.date(2023, 5, 14)),
        ("new year's eve", 2023, dt.date(2023, 12, 31)),
    ],
)
def test_holidays_fall_on_their_day(name, year, day):
    assert holiday_date(holidays()[name], year) == day


@pytest.mark.parametrize(
    ("text", "told", "day"),
    [
        ("A man was shot at a New Year\u2019s Eve party.", "New Year\u2019s Eve", dt.date(2023, 12, 31)),
        ("Two people were wounded on Christmas Day.", "Christmas Day", dt.date(2023, 12, 25)),
        ("Two people were wounded on Christmas.", "Christmas", dt.date(2023, 12, 25)),
        ("The Memorial Day 2021 shooting killed two.", "Memorial Day 2021", dt.date(2021, 5, 31)),
        ("A parade is planned for Martin Luther King Day.", "Martin Luther King Day", dt.date(2024, 1, 15)),
    ],
)
def test_dates_read_a_named_day(text, told, day):
    assert [(m.span.text, m.interval.start, m.interval.end) for m in find_dates(text, anchor=ANCHOR)] == [
        (told, day, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Christmas shopping was slow this year at the mall.",
        "The Thanksgiving dinner drew a crowd.",
        "Police stepped up patrols before Christmas Eve.",
        "Shootings rose over the Memorial Day weekend.",
    ],
)
def test_dates_read_no_day_from_a_holiday_word_that_is_not_one(text):
    assert [m for m in find_dates(text, anchor=ANCHOR) if m.interval.precision == "day"] == []


def test_events_date_a_shooting_by_the_named_day_it_is_told_with():
    text = "Police arrested a man in the New Year's Eve party shooting that wounded four."
    shooting = next(e for e in extract(text, published="2024-01-08").events if e.sub_event_type == "Attack")
    assert (shooting.date.start, shooting.date.text) == (dt.date(2023, 12, 31), "New Year's Eve")
