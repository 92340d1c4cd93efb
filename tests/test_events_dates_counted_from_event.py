"""A day counted from an event ("Hours before the shooting, ...") tells another moment: it does not date an
incident the article dates nowhere else, which takes the day told of the incident itself."""

from __future__ import annotations

import datetime as dt

from eventwire import extract


def test_events_undated_incident_is_not_dated_by_a_moment_before_it():
    extraction = extract(
        "Hours before the shooting that killed four guards, the suspected gunman called his brother. "
        "His brother now wonders if it was a sign of Thursday's rampage at the depot.",
        published="2024-03-16",
    )
    shooting = next(e for e in extraction.events if e.trigger.text == "shooting")
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 14), dt.date(2024, 3, 14))
    assert shooting.date.inferred
