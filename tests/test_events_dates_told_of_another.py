"""Dates told of something else than the event: a clause whose subject the event is told of, and a
written day set apart as another incident's."""

from __future__ import annotations

import datetime as dt

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-15"  # a Friday


def _events(text: str) -> list[Event]:
    return list(extract(text, published=PUBLISHED).events)


def test_a_date_of_what_befell_a_noun_the_subject_is_told_of_is_not_the_events():
    # "the names of ... killed": the carving's date is not the fall's.
    crash = _events(
        "The names of three teenagers killed in a crash on the highway were painted on a bridge "
        "two weeks ago."
    )[0]
    assert crash.date.text != "two weeks ago"
    assert crash.date.inferred


def test_a_date_of_the_subject_itself_still_leaves_the_event_undated():
    shooting = _events("The families of two students killed in a shooting at the school gathered Monday.")[0]
    assert shooting.date.inferred


def test_a_weekday_is_not_moved_to_a_written_day_set_apart_as_another_incident():
    text = (
        "Two men were shot Sunday night outside a corner store. The block has seen other violence of late. "
        "On March 3, a woman was robbed at gunpoint a few doors away."
    )
    shooting = next(e for e in _events(text) if e.date.text == "Sunday night")
    assert shooting.date.start == dt.date(2024, 3, 10)


def test_a_weekday_is_not_moved_to_a_written_day_told_with_a_separate_shooting():
    text = (
        "A man was shot and killed Sunday in his driveway. "
        "In a separate shooting on March 3, a teenager was wounded on the east side."
    )
    shooting = next(e for e in _events(text) if e.date.text == "Sunday")
    assert shooting.date.start == dt.date(2024, 3, 10)


def test_a_weekday_still_takes_the_older_written_day_of_the_same_death():
    text = (
        "A boy was killed Sunday when a pistol his cousin found went off. The prosecutor said Thursday that "
        "no one would be charged. She called the boy's Feb. 4 death a terrible accident."
    )
    shooting = next(e for e in _events(text) if e.date.text == "Sunday")
    assert shooting.date.start == dt.date(2024, 2, 4)  # a Sunday, six weeks before publication
