"""A year told as the modifier of an event noun ("the 2014 shooting") dates that event to its year."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2016, 5, 10)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("She pleaded guilty in a 2014 shooting that left one man dead.", "2014"),
        ("The trial in the 2014 fatal shooting of a farmhand begins Monday.", "2014"),
        ("Jurors heard about the 2014 Elm Street stabbing.", "2014"),
        ("The 2014 slayings shocked the valley.", "2014"),
    ],
)
def test_dates_reads_a_year_before_an_event_noun(text, told):
    years = [m for m in find_dates(text, anchor=ANCHOR) if m.interval.precision == "year"]
    assert [(m.span.text, m.interval.start, m.interval.end) for m in years] == [
        (told, dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police found a 2014 Chevy sedan near the river.",
        "A 2014 report on shootings in the county was released.",
        "He drove a 2014 truck to the store.",
    ],
)
def test_dates_reads_no_year_before_other_nouns(text):
    assert [m for m in find_dates(text, anchor=ANCHOR) if m.interval.precision == "year"] == []
