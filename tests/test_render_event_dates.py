"""How an event's date reads on one line: a day, an interval, inferred, or only an upper bound."""

import datetime as dt

import pytest

from eventwire.models import DateInterval, Event, Span
from eventwire.render import render_event_line

TEXT = "He was sentenced on Monday for the shooting."


def _line(date: DateInterval) -> str:
    event = Event(
        id="evt_1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=Span.of(TEXT, 34, 42),
        evidence=(),
        date=date,
    )
    return render_event_line(event)


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (DateInterval(start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 4), precision="day"), "2024-03-04 "),
        (
            DateInterval(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31), precision="month"),
            "2024-03-01..2024-03-31 ",
        ),
        (
            DateInterval(start=None, end=dt.date(2024, 3, 4), precision="unknown", inferred=True),
            "by 2024-03-04 ",
        ),
        (DateInterval(start=None, end=None, precision="unknown"), "date unknown "),
    ],
)
def test_render_shows_what_is_known_of_the_date(date, shown):
    assert shown in _line(date)
