"""Dates in an event's sentence that tell another moment: a later occasion, or what befell a participant."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-14"  # a Thursday


def _shooting(text: str, published: str = PUBLISHED) -> Event:
    return next(e for e in extract(text, published=published).events if e.sub_event_type == "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Appearing by video at his bond hearing Wednesday, the man denied any part in the shootings at "
        "the Lakeview bar Saturday.",
        "The teenager charged with shooting two people made his first appearance in court Wednesday. The "
        "shooting happened Saturday at the Lakeview bar.",
    ],
)
def test_events_do_not_take_the_date_of_a_later_occasion(text):
    shooting = _shooting(text)
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 9), dt.date(2024, 3, 9))


def test_events_take_the_date_of_their_own_occasion_noun():
    # The hearing is no event here: a date on the shooting's own noun still dates it.
    shooting = _shooting("The Saturday shooting at the Lakeview bar left two men wounded.")
    assert shooting.date.start == dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The pistol that was fired in the attack had gone missing from a Dover gun shop in 2019.",
        "The man, who was accused of shooting his neighbour, was found dead Wednesday in his cell.",
    ],
)
def test_events_are_not_dated_by_what_befell_the_noun_they_describe(text):
    shooting = _shooting(text)
    assert shooting.date.inferred
    assert shooting.date.start is None or shooting.date.start > dt.date(2024, 3, 1)
    assert shooting.date.end is not None and shooting.date.end >= dt.date(2024, 3, 13)


def test_events_keep_the_date_told_inside_the_clause_that_describes_a_noun():
    shooting = _shooting("The man who was shot Saturday at the Lakeview bar left hospital Wednesday.")
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 9), dt.date(2024, 3, 9))


def test_events_take_a_clock_timed_date_after_their_phrase_in_an_arrest_sentence():
    shooting = _shooting(
        "Police arrested a man in the fatal shooting of a clerk at a Dover gas station about 7 p.m. "
        "last Friday."
    )
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (
        dt.date(2024, 3, 8),
        dt.date(2024, 3, 8),
        False,
    )
