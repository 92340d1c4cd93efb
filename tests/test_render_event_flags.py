"""An event's line says when it is history told again or a round-up of several incidents, not one incident."""

import datetime as dt

from eventwire.models import DateInterval, Event, Span
from eventwire.render import render_event_line

TEXT = "Three people were shot in separate shootings over the weekend."
DAY = DateInterval(start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 4), precision="day")


def _event(**flags: bool) -> Event:
    return Event(
        id="evt_1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=Span.of(TEXT, 44, 53),
        evidence=(),
        date=DAY,
        **flags,
    )


def test_render_line_marks_a_round_up():
    assert "(occurred, round-up)" in render_event_line(_event(round_up=True))


def test_render_line_marks_history_told_again():
    assert "(occurred, background)" in render_event_line(_event(background=True))


def test_render_line_of_one_current_incident_has_only_its_status():
    assert "(occurred)" in render_event_line(_event())
