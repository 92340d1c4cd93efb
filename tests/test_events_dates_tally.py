"""A bare plural told over a long period is a tally: its period does not date the event it joins."""

from __future__ import annotations

import datetime as dt

from eventwire import extract

PUBLISHED = "2024-03-14"  # a Thursday


def test_events_are_not_dated_by_a_tally_over_the_year():
    events = extract(
        "Two men were killed in a shooting near 3 a.m. on Elm Street. Police said there has been a spike "
        "in homicides this year.",
        published=PUBLISHED,
    ).events
    shooting = events[0]
    assert shooting.date.inferred
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 13), dt.date(2024, 3, 14))


def test_events_are_dated_by_a_plural_told_with_its_own_day():
    events = extract(
        "Two men were wounded in shootings on Elm Street on Saturday.", published=PUBLISHED
    ).events
    assert (events[0].date.start, events[0].date.inferred) == (dt.date(2024, 3, 9), False)
