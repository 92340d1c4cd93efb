"""A bare weekday that falls the day after the story's date stamp is that next day, not six days back."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.extract.dates import find_dates

TUESDAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot outside a store Wednesday night.", dt.date(2024, 3, 13)),
        ("A man was shot outside a store Monday night.", dt.date(2024, 3, 11)),
        ("A man was shot outside a store Thursday night.", dt.date(2024, 3, 7)),
        ("A man was shot outside a store last Wednesday.", dt.date(2024, 3, 6)),
    ],
)
def test_dates_read_the_weekday_after_the_stamp_as_the_next_day(text, day):
    assert [m.interval.start for m in find_dates(text, anchor=TUESDAY)] == [day]


def test_dates_read_it_six_days_back_when_the_story_looks_back_over_last_week():
    text = "A man was shot outside a store last week. The shooting early Wednesday left him hurt."
    mentions = find_dates(text, anchor=TUESDAY)
    assert [(m.span.text, m.interval.start) for m in mentions if m.weekday is not None] == [
        ("early Wednesday", dt.date(2024, 3, 6))
    ]


def test_events_date_an_incident_on_the_day_after_the_stamp():
    shooting = next(
        e
        for e in extract("A man was shot outside a store Wednesday night.", published="2024-03-12").events
        if e.sub_event_type == "Attack"
    )
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (
        dt.date(2024, 3, 13),
        dt.date(2024, 3, 13),
        False,
    )
