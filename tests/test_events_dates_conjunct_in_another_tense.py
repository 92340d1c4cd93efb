"""A conjunct clause in another tense tells another moment: its date does not date the event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract


def _attack(text: str, published: str):
    return next(e for e in extract(text, published=published).events if e.sub_event_type == "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Her son said his aunt nearly died of cancer last year and her murder makes it so much worse.",
        "The family said the father lost his job in March and the shooting leaves them with nothing.",
    ],
)
def test_events_do_not_date_an_event_by_a_past_conjunct_beside_its_present_one(text):
    attack = _attack(text, "2024-03-13")
    assert attack.date.text is None
    assert attack.date.inferred
    assert (attack.date.start, attack.date.end) == (dt.date(2024, 3, 12), dt.date(2024, 3, 13))


def test_events_date_a_shooting_by_a_conjunct_in_the_same_tense():
    text = "A gunman shot a clerk and wounded a customer in May at a store on Pine Road."
    attack = _attack(text, "2024-07-10")
    assert (attack.date.start, attack.date.end) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
