"""MUC-4's date slot writes its errors: dated events no template date matches, template dates unmatched."""

from __future__ import annotations

import datetime as dt

from eventwire.eval.muc4 import _date_errors
from eventwire.eval.muc4_gold import DateRange, MucDocument, TemplateSlots
from eventwire.models import DateInterval, Event, Span

TEXT = "GUERRILLAS ATTACKED A POWER STATION IN THE NORTH ON 3 MAY."


def _template(*dates: DateRange) -> TemplateSlots:
    return TemplateSlots(incident_type="attack", dates=dates, places=(), killed=None, injured=None)


def test_eval_muc4_writes_date_false_alarms_and_misses():
    doc = MucDocument(
        docid="TST-0001",
        text_lower=TEXT.lower(),
        text_upper=TEXT,
        published=dt.date(1990, 5, 4),
        incident_types=("attack",),
        entities=(),
        templates=(_template(DateRange(first=None, last=dt.date(1990, 5, 4))),),
    )
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=Span.of(TEXT, 11, 19),
        evidence=(),
        date=DateInterval(start=dt.date(1990, 4, 1), end=dt.date(1990, 4, 1), precision="day", inferred=True),
    )
    missed = (DateRange(first=dt.date(1990, 5, 3), last=dt.date(1990, 5, 3)),)
    alarm, miss = _date_errors(doc, TEXT, [event], [missed])
    assert (alarm.field, alarm.kind, alarm.gold, alarm.predicted) == (
        "upper.date",
        "false_alarm",
        "on or before 1990-05-04",
        "1990-04-01..1990-04-01 (inferred)",
    )
    assert "ATTACKED" in alarm.text
    assert (miss.kind, miss.gold, miss.predicted) == ("miss", "1990-05-03..1990-05-03", None)
