"""Time told as elapsed since an event ("it's been four months since"), and "last week" in a Sunday paper."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.extract.dates import find_dates
from eventwire.models import Event

D = dt.date


@pytest.mark.parametrize(
    "text, anchor, start, end",
    [
        ("It's been four months since the fire.", D(2024, 7, 10), D(2024, 3, 1), D(2024, 3, 31)),
        ("It has been two weeks since then.", D(2024, 7, 10), D(2024, 6, 23), D(2024, 6, 29)),
        ("It had been 3 days since she called.", D(2024, 7, 10), D(2024, 7, 7), D(2024, 7, 7)),
        ("It has been nearly two months since the raid.", D(2024, 7, 10), D(2024, 5, 1), D(2024, 5, 31)),
        ("It's been a year since the crash.", D(2024, 7, 10), D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_dates_reads_time_elapsed_since_as_that_long_ago(text, anchor, start, end):
    (mention,) = find_dates(text, anchor=anchor)
    assert (mention.interval.start, mention.interval.end) == (start, end)
    assert mention.span.text.split()[-1] in ("months", "weeks", "days", "year")


def test_dates_reads_no_elapsed_time_without_since():
    assert find_dates("The boy has been four months in hospital.", anchor=D(2024, 7, 10)) == []


@pytest.mark.parametrize(
    "anchor, start, end",
    [
        (D(2024, 7, 14), D(2024, 7, 7), D(2024, 7, 13)),  # a Sunday: the week just ending
        (D(2024, 7, 15), D(2024, 7, 8), D(2024, 7, 14)),  # a Monday: the Monday-to-Sunday week before
        (D(2024, 7, 13), D(2024, 7, 1), D(2024, 7, 7)),  # a Saturday
    ],
)
def test_dates_reads_last_week_in_a_sunday_paper_as_the_week_just_ending(anchor, start, end):
    (mention,) = find_dates("The store was robbed last week.", anchor=anchor)
    assert (mention.interval.start, mention.interval.end, mention.interval.precision) == (start, end, "week")


def _shooting(text: str, published: str) -> Event:
    return next(e for e in extract(text, published=published).events if e.sub_event_type == "Attack")


def test_events_date_a_shooting_by_the_time_elapsed_since_it():
    text = (
        "It's been three months since Dana Whitfield, a 9-year-old girl from Oakridge, was shot in the leg "
        "with a neighbour's rifle. Her family wants a new law."
    )
    shooting = _shooting(text, "2024-07-10")
    assert (shooting.date.start, shooting.date.end, shooting.date.text) == (
        D(2024, 4, 1),
        D(2024, 4, 30),
        "three months",
    )


def test_events_date_a_shooting_by_a_qualified_time_elapsed_since_it():
    text = "It has been nearly two months since a gunman shot a cashier at a gas station on Elm Road."
    shooting = _shooting(text, "2024-07-10")
    assert (shooting.date.start, shooting.date.end, shooting.date.text) == (
        D(2024, 5, 1),
        D(2024, 5, 31),
        "nearly two months",
    )
