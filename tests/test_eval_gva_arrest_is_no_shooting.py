"""GVA: an arrest is no shooting, even when its charge or seizure names a gun."""

from eventwire.eval.gva import shooting
from eventwire.models import Document, Event, Extraction, Span, Weapon

TEXT = "Police arrested a man on weapons charges after a shooting."


def _event(sub_type: str, *, confidence: float, weapons: tuple[Weapon, ...] = ()) -> Event:
    return Event(
        id=sub_type,
        event_type="Strategic developments" if sub_type == "Arrests" else "Violence against civilians",
        sub_event_type=sub_type,
        status="occurred",
        trigger=Span.of(TEXT, 7, 15),
        evidence=(),
        confidence=confidence,
        weapons=weapons,
    )


def test_eval_gva_arrest_with_a_gun_is_no_shooting():
    gun = (Weapon(type="firearms", text="weapons"),)
    arrest = _event("Arrests", confidence=0.9, weapons=gun)
    attack = _event("Attack", confidence=0.6)
    extraction = Extraction(document=Document(id="d", text=TEXT), events=(arrest, attack))
    assert shooting(extraction) is attack
    assert shooting(Extraction(document=Document(id="d", text=TEXT), events=(arrest,))) is None
