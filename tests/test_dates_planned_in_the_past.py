""" "Planned" tells a future date only when something is planned for it, not when a plot was planned then."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

FRIDAY = dt.date(1989, 12, 8)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("THE GANG PLANNED THE AMBUSH SINCE OCTOBER, POLICE SAID.", dt.date(1989, 10, 1)),
        ("Investigators said the pair planned the holdup in October.", dt.date(1989, 10, 1)),
    ],
)
def test_a_plot_planned_then_is_past(text: str, start: dt.date) -> None:
    (mention,) = find_dates(text, anchor=FRIDAY)
    assert not mention.future
    assert mention.interval.start == start


@pytest.mark.parametrize("text", ["A candlelight vigil is planned Sunday.", "A march planned for Sunday."])
def test_something_planned_for_a_day_is_future(text: str) -> None:
    (mention,) = find_dates(text, anchor=FRIDAY)
    assert mention.future
    assert mention.interval.start == dt.date(1989, 12, 10)
