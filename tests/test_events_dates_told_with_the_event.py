"""Dates told with the event noun itself, and incidents a court story does not date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-14"  # a Thursday


def _shooting(text: str, published: str = PUBLISHED) -> Event:
    return next(e for e in extract(text, published=published).events if e.sub_event_type == "Attack")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Riverton police made an arrest in connection with the fatal shooting that took place last "
            "weekend outside of a bar.",
            dt.date(2024, 3, 9),
            dt.date(2024, 3, 10),
        ),
        (
            "Officers arrested a man in the stabbing, which happened Tuesday near the park.",
            dt.date(2024, 3, 12),
            dt.date(2024, 3, 12),
        ),
    ],
)
def test_events_date_an_event_by_the_relative_clause_on_its_noun(text, start, end):
    shooting = _shooting(text)
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (start, end, False)


def test_events_date_an_event_by_the_year_told_with_its_noun():
    shooting = _shooting("A Millbrook man was sentenced Monday to 20 years for the 2021 shooting of a clerk.")
    assert (shooting.date.start, shooting.date.end, shooting.date.precision) == (
        dt.date(2021, 1, 1),
        dt.date(2021, 12, 31),
        "year",
    )


@pytest.mark.parametrize(
    "text",
    [
        "A Millbrook man was sentenced Monday to 20 years in prison for killing his neighbor.",
        "Two men were indicted Tuesday in the fatal shooting of a store clerk.",
        "A jury found the man guilty Wednesday in the fatal shooting of his cousin.",
    ],
)
def test_events_leave_undated_an_incident_told_only_as_a_court_matter(text):
    shooting = _shooting(text)
    assert (shooting.date.start, shooting.date.end, shooting.date.precision) == (
        None,
        dt.date(2024, 3, 14),
        "unknown",
    )
    assert shooting.date.inferred


def test_events_still_date_undated_news_of_an_arrest_as_recent():
    shooting = _shooting("A man was charged after a toddler shot himself at a home in Millbrook, police say.")
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 13), dt.date(2024, 3, 14))


def test_events_narrow_no_week_to_a_day_told_in_the_present():
    text = (
        "The shooting happened last week inside a home on Elm Street, police said. "
        "His funeral is Saturday at Oak Hill Cemetery."
    )
    shooting = _shooting(text, published="2024-03-12")
    assert (shooting.date.start, shooting.date.end, shooting.date.precision) == (
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 10),
        "week",
    )


def test_events_take_no_date_from_the_clause_an_event_is_told_after():
    text = (
        "Ana Ruiz, 4, died May 9, two days after she was shot in a drive-by. "
        "The drive-by shooting happened on May 7 in Millbrook."
    )
    shooting = _shooting(text, published="2024-05-20")
    assert (shooting.date.start, shooting.date.text) == (dt.date(2024, 5, 7), "May 7")
