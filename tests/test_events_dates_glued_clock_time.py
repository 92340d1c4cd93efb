"""A date after a clock time glued to "p.m." still dates the event before it."""

from __future__ import annotations

import datetime as dt

from eventwire import extract


def test_events_date_a_shooting_told_at_a_glued_clock_time_and_weekday():
    text = "A hunter was shot and killed around 4:45p.m. Tuesday near the Miller Creek ramp, deputies said."
    shooting = next(e for e in extract(text, published="2024-07-13").events if e.sub_event_type == "Attack")
    assert (shooting.date.start, shooting.date.text) == (dt.date(2024, 7, 9), "Tuesday")
    assert shooting.date.evidence is not None
    assert shooting.date.evidence.text == "Tuesday"
