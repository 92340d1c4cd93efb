"""The seed article's matching rules: names, places within 50 km, dates inside, and the must-not checks."""

import datetime as dt

from eventwire.eval.seed import attributes, distance_km, entity_found, must_not_checks, names_match
from eventwire.models import (
    Casualty,
    DateInterval,
    Document,
    Entity,
    Event,
    EventLocation,
    Extraction,
    Participant,
    Place,
    Span,
)

TEXT = "IS bombed Kerman. SEE ALSO: Iran Says Death Toll From Twin Bombings Rises To 91The ministry said."
BOMBING = {
    "sub_event_type": "Suicide bomb",
    "status": "occurred",
    "location": {"name": "Kerman", "country_code": "IR", "lat": 30.28, "lon": 57.08},
    "date": {"within": ["2024-01-01", "2024-01-19"]},
    "casualties": [{"category": "killed", "low": 91, "qualifier": "at_least"}],
    "participants": [{"role": "perpetrator", "name": "Islamic State", "confidence": "claimed"}],
}


def _bombing(*, lat=30.29, low=91, start=dt.date(2024, 1, 3), end=dt.date(2024, 1, 3)):
    place = Place(name="Kerman", country_code="IR", precision="town", lat=lat, lon=57.07)
    return Event(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        status="occurred",
        trigger=Span.of(TEXT, 3, 9),
        evidence=(Span.of(TEXT, 0, 17),),
        date=DateInterval(start=start, end=end, precision="day"),
        location=EventLocation(place=place),
        participants=(Participant(role="perpetrator", text="IS", entity="t1", confidence="claimed"),),
        casualties=(
            Casualty(
                category="killed",
                low=low,
                best=low,
                high=None,
                qualifier="at_least",
                text="91",
                evidence=Span.of(TEXT, 0, 2),
            ),
        ),
    )


def _extraction(*events, entities=()):
    is_ = Entity(id="t1", type="ORG", name="IS", aliases=("Islamic State",), mentions=(Span.of(TEXT, 0, 2),))
    return Extraction(document=Document(id="d", text=TEXT), entities=(is_, *entities), events=events)


def _passed(event):
    extraction = _extraction(event)
    return {a.name: a.check(event, extraction) for a in attributes(BOMBING)}


def test_seed_names_match_by_substring_either_way_or_alias():
    assert names_match("Islamic State group", "Islamic State")
    assert names_match("Tanveer", "Mohammad Omran Tanveer")
    assert names_match("Abu Omran", "Mohammad Omran Tanveer", ("Abu Omran",))
    assert not names_match("Hamas", "Islamic State")


def test_seed_matching_event_passes_every_attribute():
    assert all(_passed(_bombing()).values())


def test_seed_place_beyond_50_km_fails_location_only():
    assert distance_km(31.0, 57.08, 30.28, 57.08) > 50
    passed = _passed(_bombing(lat=31.0))
    assert [name for name, ok in passed.items() if not ok] == ["location=Kerman"]


def test_seed_date_must_lie_inside_the_expected_interval():
    passed = _passed(_bombing(start=dt.date(2023, 12, 1), end=dt.date(2024, 1, 3)))
    assert [name for name, ok in passed.items() if not ok] == ["date within ['2024-01-01', '2024-01-19']"]


def test_seed_entity_needs_type_and_listed_alias():
    expected = {"name": "Islamic State", "type": "ORG", "aliases": ["IS"]}
    assert entity_found(expected, _extraction())
    assert not entity_found({**expected, "type": "PERSON"}, _extraction())


def test_seed_must_not_flags_a_count_on_the_wrong_event_and_the_cross_link():
    death_toll = Entity(id="t2", type="OTHER", name="Death Toll", mentions=(Span.of(TEXT, 38, 48),))
    checks = dict(must_not_checks(_extraction(_bombing(low=2), entities=(death_toll,))))
    assert checks == {
        "no 'Death Toll' entity and nothing from the SEE ALSO cross-link": False,
        "'Kerman' not typed NORP": True,
        "'Tanveer' not an organisation": True,
        "no 2 killed on the bombings, no 91 killed on the shoot-out": False,
    }
    assert all(ok for _, ok in must_not_checks(_extraction(_bombing())))
