"""Dates told apart from the event's sentence: "It happened ... Sunday", and an attempt's date."""

from __future__ import annotations

import datetime as dt

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-14"  # a Thursday


def _events(text: str) -> list[Event]:
    return list(extract(text, published=PUBLISHED).events)


def test_events_take_the_date_of_an_it_happened_sentence_right_after():
    shooting = _events(
        "Two men were wounded in a shooting on Elm Street. It happened about 2 a.m. Sunday outside a bar."
    )[0]
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (
        dt.date(2024, 3, 10),
        dt.date(2024, 3, 10),
        False,
    )


def test_events_do_not_take_the_date_of_a_following_sentence_that_tells_something_else():
    shooting = _events("Two men were wounded in a shooting on Elm Street. The bar closed early Sunday.")[0]
    # Only the article-wide guess (the first day it tells) may date it, marked inferred.
    assert shooting.date.inferred


def test_events_undated_in_a_court_story_take_the_date_of_an_attempt_it_tells():
    shooting, attempt = _events(
        "A judge delayed sentencing Thursday for the man convicted in the Elm Street shooting. He tried to "
        "shoot a guard in a June 2023 attack."
    )
    assert attempt.status == "attempted"
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (
        dt.date(2023, 6, 1),
        dt.date(2023, 6, 30),
        True,
    )
