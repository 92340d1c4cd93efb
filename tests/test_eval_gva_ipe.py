"""GVA's choice of the shooting event and IndiaPoliceEvents' mapping of our events to its questions."""

from eventwire.eval.gva import shooting
from eventwire.eval.ipe import predict_labels
from eventwire.models import Casualty, Document, Event, Extraction, Participant, Span, Weapon

TEXT = "Police shot dead two men; a third was arrested."


def _event(
    sub_type,
    *,
    event_type="Violence against civilians",
    killed=None,
    confidence=0.5,
    participants=(),
    weapons=(),
    status="occurred",
):
    casualties = (
        ()
        if killed is None
        else (
            Casualty(
                category="killed",
                low=killed,
                best=killed,
                high=killed,
                qualifier="exact",
                text="two",
                evidence=Span.of(TEXT, 12, 15),
            ),
        )
    )
    return Event(
        id=sub_type,
        event_type=event_type,
        sub_event_type=sub_type,
        status=status,
        trigger=Span.of(TEXT, 7, 11),
        evidence=(),
        casualties=casualties,
        confidence=confidence,
        participants=participants,
        weapons=weapons,
    )


def _extraction(*events):
    return Extraction(document=Document(id="d", text=TEXT), events=events)


def test_gva_shooting_is_the_most_confident_firearm_event():
    low = _event("Attack", killed=1, confidence=0.4)
    high = _event(
        "Other", event_type="Other", killed=2, confidence=0.9, weapons=(Weapon(type="firearms", text="gun"),)
    )
    arrest = _event("Arrests", event_type="Strategic developments", confidence=1.0)
    assert shooting(_extraction(low, high, arrest)) is high
    assert shooting(_extraction(arrest)) is None


def test_ipe_police_killing_answers_kill_force_and_any_action():
    police = (Participant(role="perpetrator", text="Police"),)
    assert predict_labels(_extraction(_event("Attack", killed=2, participants=police))) == {
        "KILL",
        "FORCE",
        "ANY_ACTION",
    }


def test_ipe_arrest_by_unnamed_agent_counts_but_not_by_a_mob():
    arrest = _event("Arrests", event_type="Strategic developments")
    mob = _event(
        "Arrests",
        event_type="Strategic developments",
        participants=(Participant(role="agent", text="a mob"),),
    )
    assert predict_labels(_extraction(arrest)) == {"ARREST", "ANY_ACTION"}
    assert predict_labels(_extraction(mob)) == frozenset()


def test_ipe_killing_by_rioters_is_no_police_event():
    rioters = (Participant(role="perpetrator", text="rioters"),)
    assert predict_labels(_extraction(_event("Attack", killed=2, participants=rioters))) == frozenset()
