"""MUC-4 scoring: type mapping, GTT-style role matching against coreferent mentions, answer-key slots."""

import datetime as dt

import pytest

from eventwire.eval.muc4 import country_matches, muc_type, place_matches, role_fillers, score_variant
from eventwire.eval.muc4_gold import (
    GoldPlace,
    Mention,
    MucDocument,
    RoleEntity,
    count_effect,
    parse_dates,
    parse_places,
)
from eventwire.models import Document, Entity, Event, Extraction, Participant, Place, Span, Weapon

TEXT = "urban guerrillas of the fmln attacked the power substation with dynamite."


def _event(
    sub_type, *, event_type="Violence against civilians", status="occurred", participants=(), weapons=()
):
    return Event(
        id="e1",
        event_type=event_type,
        sub_event_type=sub_type,
        status=status,
        trigger=Span.of(TEXT, 29, 37),
        evidence=(),
        participants=participants,
        weapons=weapons,
    )


def _doc(entities, types=("attack",)):
    return MucDocument(
        docid="TST1-MUC3-0001",
        text_lower=TEXT,
        text_upper=TEXT.upper(),
        published=None,
        incident_types=types,
        entities=entities,
        templates=(),
    )


def _entity(role, *texts):
    return RoleEntity(role=role, mentions=tuple(Mention(text=t, start=0) for t in texts))


@pytest.mark.parametrize(
    ("sub_type", "weapons", "expected"),
    [
        ("Attack", (), "attack"),
        ("Attack", (Weapon(type="explosives", text="dynamite"),), "bombing"),
        ("Suicide bomb", (), "bombing"),
        ("Abduction/forced disappearance", (), "kidnapping"),
        ("Looting/property destruction", (Weapon(type="incendiary", text="fire"),), "arson"),
        ("Looting/property destruction", (), "robbery"),
        ("Arrests", (), None),
        ("Disrupted weapons use", (Weapon(type="explosives", text="grenades"),), None),
    ],
)
def test_muc4_type_follows_taxonomy(sub_type, weapons, expected):
    assert muc_type(_event(sub_type, weapons=weapons)) == expected


def test_muc4_fillers_split_perpetrators_by_entity_type_and_skip_threats():
    org = Entity(id="t1", type="ORG", name="FMLN", mentions=())
    occurred = _event(
        "Attack",
        participants=(
            Participant(role="perpetrator", text="fmln", entity="t1"),
            Participant(role="perpetrator", text="urban guerrillas"),
            Participant(role="target", text="the power substation"),
        ),
        weapons=(Weapon(type="explosives", text="dynamite"),),
    )
    threatened = _event("Attack", status="threatened", participants=(Participant(role="victim", text="x"),))
    extraction = Extraction(
        document=Document(id="d", text=TEXT), entities=(org,), events=(occurred, threatened)
    )
    assert {(f.role, f.text) for f in role_fillers(extraction)} == {
        ("PerpOrg", "fmln"),
        ("PerpInd", "urban guerrillas"),
        ("Target", "the power substation"),
        ("Weapon", "dynamite"),
    }


def test_muc4_roles_match_any_coreferent_mention_once():
    doc = _doc(
        (
            _entity("PerpOrg", "farabundo marti national liberation front", "fmln"),
            _entity("PerpInd", "guerrillas of the fmln"),
            _entity("Target", "electric power substation"),
        )
    )
    org = Entity(id="t1", type="ORG", name="FMLN", mentions=())
    event = _event(
        "Attack",
        participants=(
            Participant(role="perpetrator", text="fmln", entity="t1"),
            Participant(role="perpetrator", text="urban guerrillas"),
            Participant(role="target", text="the power substation"),
            Participant(role="victim", text="ana soto"),
        ),
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), entities=(org,), events=(event,))
    rows = {r.name: r for r in score_variant("gtt", [(doc, extraction)], [])}
    # exact: fmln (a coreferent mention) only; head: + guerrillas, + substation; the victim is a false alarm
    assert (rows["gtt.roles.exact"].counts.tp, rows["gtt.roles.exact"].counts.fp) == (1, 3)
    assert (
        rows["gtt.roles.head"].counts.tp,
        rows["gtt.roles.head"].counts.fp,
        rows["gtt.roles.head"].counts.fn,
    ) == (3, 1, 0)
    assert rows["gtt.incident_type"].accuracy.value == 1.0
    assert rows["gtt.relevance"].counts.tp == 1


def test_muc4_irrelevant_document_with_prediction_is_a_false_alarm():
    extraction = Extraction(document=Document(id="d", text=TEXT), events=(_event("Attack"),))
    rows = {r.name: r for r in score_variant("gtt", [(_doc((), types=()), extraction)], [])}
    assert rows["gtt.relevance"].counts.fp == 1
    assert rows["gtt.incident_type"].accuracy.total == 0


def test_muc4_dates_read_days_ranges_and_open_starts():
    ranges = parse_dates(["(16 JUN 89) / (15 JUN 89 - 16 JUN 89)", "- 03 APR 89"])
    assert [(r.first, r.last) for r in ranges] == [
        (dt.date(1989, 6, 16), dt.date(1989, 6, 16)),
        (dt.date(1989, 6, 15), dt.date(1989, 6, 16)),
        (None, dt.date(1989, 4, 3)),
    ]


def test_muc4_places_drop_type_markers_and_keep_alternatives():
    assert (
        parse_places(["(GUATEMALA: QUETZALTENANGO (CITY)) / (GUATEMALA: QUETZALTENANGO (DEPARTMENT))"])
        == (GoldPlace(country="GUATEMALA", names=frozenset({"GUATEMALA", "QUETZALTENANGO"})),) * 2
    )
    assert parse_places(["PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)"])[0].names == frozenset(
        {"PERU", "LIMA", "SAN ISIDRO"}
    )
    assert parse_places(["COLOMBIA: ARAUCA (REGION / CITY)"])[0].names == frozenset({"COLOMBIA", "ARAUCA"})


def _place(name, code, precision="town"):
    return Place(name=name, country_code=code, precision=precision, lat=0.0, lon=0.0)


def test_muc4_place_names_match_without_accents():
    gold = GoldPlace(country="COLOMBIA", names=frozenset({"COLOMBIA", "MEDELLIN"}))
    assert place_matches(_place("Medellín", "CO"), gold)
    assert not place_matches(_place("Cali", "CO"), gold)


def test_muc4_country_row_asks_only_for_the_gold_country():
    country_only = GoldPlace(country="EL SALVADOR", names=frozenset({"EL SALVADOR"}))
    assert country_matches(_place("San Salvador", "SV"), country_only)
    assert not place_matches(_place("San Salvador", "SV"), country_only)
    assert not country_matches(_place("Tegucigalpa", "HN"), country_only)


def test_muc4_deaths_are_counted_from_the_number_slot():
    template = {
        "23. HUM TGT: EFFECT OF INCIDENT": ['DEATH: "JESUITS" / "PRIESTS"', 'INJURY: "MAID"'],
        "21. HUM TGT: NUMBER": ['6: "JESUITS"', 'PLURAL: "MAID"'],
    }
    assert count_effect(template, "DEATH") == 6
    assert count_effect(template, "INJURY") is None
    assert count_effect({"23. HUM TGT: EFFECT OF INCIDENT": ["-"]}, "DEATH") == 0


def test_muc4_fillers_file_organisation_heads_under_perporg_and_people_by_name():
    person = Entity(id="p1", type="PERSON", name="Leyla Marwani", mentions=())
    town = Entity(id="g1", type="GPE", name="Nicaragua", mentions=())
    event = _event(
        "Attack",
        participants=(
            Participant(role="perpetrator", text="the armed forces"),
            Participant(role="victim", text="daughter of the ambassador, Leyla Marwani", entity="p1"),
            Participant(role="victim", text="Nicaragua", entity="g1"),
        ),
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), entities=(person, town), events=(event,))
    assert {(f.role, f.text) for f in role_fillers(extraction)} == {
        ("PerpOrg", "the armed forces"),
        ("Victim", "Leyla Marwani"),
    }


def test_muc4_fillers_read_fighters_tagged_as_an_organisation_as_people():
    troops = Entity(id="t2", type="ORG", name="northern army troops", mentions=())
    event = _event(
        "Attack", participants=(Participant(role="perpetrator", text="northern army troops", entity="t2"),)
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), entities=(troops,), events=(event,))
    assert {(f.role, f.text) for f in role_fillers(extraction)} == {("PerpInd", "northern army troops")}


def test_muc4_fillers_are_one_per_head_noun_except_targets():
    event = _event(
        "Attack",
        participants=(
            Participant(role="perpetrator", text="guerrillas"),
            Participant(role="perpetrator", text="urban guerrillas"),
            Participant(role="target", text="the mayor's house"),
            Participant(role="target", text="the judge's house"),
        ),
        weapons=(Weapon(type="explosives", text="bomb"), Weapon(type="explosives", text="car bomb")),
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), events=(event,))
    assert {(f.role, f.text) for f in role_fillers(extraction)} == {
        ("PerpInd", "guerrillas"),
        ("Target", "the mayor's house"),
        ("Target", "the judge's house"),
        ("Weapon", "bomb"),
    }
