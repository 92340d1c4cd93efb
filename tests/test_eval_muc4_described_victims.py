"""GTT's Victim is MUC-4's HUM TGT: NAME slot: a victim told only by a description is no Victim filler."""

from eventwire.eval.muc4 import role_fillers
from eventwire.models import Document, Entity, Event, Extraction, Participant, Span

TEXT = "gunmen killed two farmers and judge ana soto near the river."


def _fillers(*participants: Participant, entities: tuple[Entity, ...] = ()) -> set[tuple[str, str]]:
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=Span.of(TEXT, 7, 13),
        evidence=(),
        participants=participants,
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), entities=entities, events=(event,))
    return {(f.role, f.text) for f in role_fillers(extraction)}


def test_muc4_fillers_leave_out_victims_told_by_a_description() -> None:
    fillers = _fillers(
        Participant(role="victim", text="two farmers"),
        Participant(role="victim", text="one of them"),
        Participant(role="victim", text="the mayor"),
        Participant(role="victim", text="judge ana soto"),
    )
    assert fillers == {("Victim", "judge ana soto")}


def test_muc4_fillers_keep_a_tagged_person_whatever_the_phrase() -> None:
    person = Entity(id="p1", type="PERSON", name="ana soto", mentions=())
    fillers = _fillers(Participant(role="victim", text="the judge", entity="p1"), entities=(person,))
    assert fillers == {("Victim", "ana soto")}
