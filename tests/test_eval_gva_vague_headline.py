"""GVA: a vague headline count ("dozens injured") states no number, so it does not win over the text's."""

from eventwire.eval.gva import _told_toll
from eventwire.models import Casualty, Event, Span

TEXT = "9 dead, dozens injured in restaurant shooting"


def _casualty(category: str, value: int, qualifier: str, start: int, end: int) -> Casualty:
    return Casualty(
        category=category,  # type: ignore[arg-type]
        low=value,
        best=value,
        high=None if qualifier == "vague" else value,
        qualifier=qualifier,  # type: ignore[arg-type]
        text=TEXT[start:end],
        evidence=Span.of(TEXT, start, end),
    )


def test_eval_gva_vague_headline_count_states_no_number():
    event = Event(
        id="e",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=Span.of(TEXT, 37, 45),
        evidence=(),
        casualties=(_casualty("killed", 9, "exact", 0, 1), _casualty("injured", 12, "vague", 8, 14)),
    )
    assert _told_toll(event) == (9, 0)
    assert _told_toll(None) == (0, 0)
