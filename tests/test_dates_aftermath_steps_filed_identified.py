"""Charges filed and deaths ruled: later steps whose dates are not the shooting's."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract

PUBLISHED = "2024-03-14"  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors Wednesday filed a manslaughter charge against a man in connection with the shooting "
        "of a hunter near Millbrook.\n\nThe hunter was shot last Saturday, deputies said.",
        "The coroner on Wednesday ruled the shooting of a Millbrook teenager an accident. She was shot last "
        "Saturday.",
    ],
)
def test_the_date_of_a_later_step_is_not_the_shootings(text: str) -> None:
    attacks = [e for e in extract(text, published=PUBLISHED).events if e.sub_event_type == "Attack"]
    assert attacks
    assert {(e.date.start, e.date.end) for e in attacks} == {(dt.date(2024, 3, 9), dt.date(2024, 3, 9))}
