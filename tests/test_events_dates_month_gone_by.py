"""An incident the article dates by no day takes the month gone by it tells, when it tells one: the story
is told after the fact, so the incident did not happen the day before publication."""

from __future__ import annotations

import datetime as dt

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-14"


def _incident(text: str, published: str = PUBLISHED) -> Event:
    return next(e for e in extract(text, published=published).events if e.sub_event_type != "Arrests")


def test_events_undated_incident_takes_a_month_gone_by():
    incident = _incident(
        "OAKVALE -- Dan Ruiz told a judge Tuesday that he took the life of his cousin while cleaning a rifle "
        "last October at a cabin near Pine Lake. Prosecutors say the rifle went off and hit the boy in the "
        "chest."
    )
    assert (incident.date.start, incident.date.end) == (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    assert incident.date.inferred


def test_events_undated_incident_keeps_a_day_over_a_month():
    incident = _incident(
        "Dan Ruiz was cleaning a rifle last October at a cabin. On Feb. 2 the rifle went off and hit a boy."
    )
    assert (incident.date.start, incident.date.end) == (dt.date(2024, 2, 2), dt.date(2024, 2, 2))


def test_events_undated_news_ignores_the_current_month():
    # "this month" is not a month gone by: fresh news told undated stays recent.
    incident = _incident("Crime fell this month, the chief said. A man was shot and wounded on Birch Street.")
    assert incident.date.end == dt.date(2024, 3, 14)


def test_events_undated_incident_ignores_a_month_of_another_incident():
    incident = _incident(
        "A man was shot and wounded on Birch Street, police said. The block has seen other trouble: in "
        "January, a car was stolen there."
    )
    assert incident.date.end == dt.date(2024, 3, 14)
