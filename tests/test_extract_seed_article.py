"""The seed article (kerman.txt, published 2024-01-19) against the facts of kerman.expected.json."""

from __future__ import annotations

import math

import pytest

from eventwire.models import Event, Extraction

pytestmark = pytest.mark.data


def _names_match(a: str, b: str, aliases: tuple[str, ...] = ()) -> bool:
    a, b = a.casefold(), b.casefold()
    return a in b or b in a or any(b == alias.casefold() for alias in aliases)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _entity_names(extraction: Extraction, entity_id: str | None) -> tuple[str, tuple[str, ...]]:
    entity = extraction.entity(entity_id) if entity_id else None
    return (entity.name, entity.aliases) if entity else ("", ())


def _matches(event: Event, expected: dict, extraction: Extraction) -> bool:
    if "sub_event_type" in expected and event.sub_event_type != expected["sub_event_type"]:
        return False
    if "event_type" in expected and event.event_type != expected["event_type"]:
        return False
    if event.status != expected["status"]:
        return False
    if place := expected.get("location"):
        if event.location is None or event.location.place.country_code != place["country_code"]:
            return False
        where = event.location.place
        if "lat" in place and (
            where.lat is None or _km(where.lat, where.lon, place["lat"], place["lon"]) > 50
        ):
            return False
    if when := expected.get("date"):
        low, high = when["within"]
        if event.date.start is None or not (
            low <= event.date.start.isoformat() and event.date.end.isoformat() <= high
        ):
            return False
    for casualty in expected.get("casualties", ()):
        found = [c for c in event.casualties if c.category == casualty["category"]]
        if not any(all(getattr(c, key) == value for key, value in casualty.items()) for c in found):
            return False
    for participant in expected.get("participants", ()):
        if not any(
            p.role == participant["role"]
            and (
                _names_match(p.text, participant["name"])
                or _names_match(
                    *_entity_names(extraction, p.entity)[:1],
                    participant["name"],
                    _entity_names(extraction, p.entity)[1],
                )
            )
            and p.confidence == participant.get("confidence", p.confidence)
            for p in event.participants
        ):
            return False
    weapons = expected.get("weapons", ())
    if not all(any(w.type == weapon["type"] for w in event.weapons) for weapon in weapons):
        return False
    for attribution in expected.get("attribution", ()):
        sources = [a.source_text for a in event.attribution] + [
            _entity_names(extraction, a.source_entity)[0] for a in event.attribution
        ]
        if not any(_names_match(s, attribution["source"]) for s in sources if s):
            return False
    return True


def test_extract_seed_finds_at_least_five_of_seven_expected_events(seed_extraction, seed_expected):
    found = [
        e["what"]
        for e in seed_expected["events"]
        if any(_matches(event, e, seed_extraction) for event in seed_extraction.events)
    ]
    assert len(found) >= 5, f"found only: {found}"


@pytest.mark.parametrize("what", ["bombings", "stampede"])
def test_extract_seed_gets_casualty_bounds_right(seed_extraction, seed_expected, what):
    expected = next(e for e in seed_expected["events"] if what in e["what"])
    event = next(
        e
        for e in seed_extraction.events
        if e.sub_event_type == expected.get("sub_event_type", e.sub_event_type)
        and e.event_type == expected.get("event_type", e.event_type)
        and e.status == expected["status"]
        and e.casualties
    )
    for casualty in expected["casualties"]:
        found = next(c for c in event.casualties if c.category == casualty["category"])
        for key, value in casualty.items():
            assert getattr(found, key) == value, (key, found)


def test_extract_seed_keeps_tanveers_alias(seed_extraction):
    tanveer = next(e for e in seed_extraction.entities if e.name == "Mohammad Omran Tanveer")
    assert tanveer.type == "PERSON"
    assert "Abu Omran" in tanveer.aliases


def test_extract_seed_draws_nothing_from_the_cross_link(seed_extraction):
    text = seed_extraction.document.text
    assert "SEE ALSO" not in text and "Death Toll" not in text
    assert seed_extraction.document.cross_links == ("Iran Says Death Toll From Twin Bombings Rises To 91",)
    assert not any("death toll" in e.name.casefold() for e in seed_extraction.entities)


def test_extract_seed_never_types_kerman_as_a_people(seed_extraction):
    kerman = [e for e in seed_extraction.entities if e.name == "Kerman"]
    assert kerman and all(e.type == "GPE" for e in kerman)
    assert kerman[0].place is not None and kerman[0].place.country_code == "IR"


def test_extract_seed_never_makes_tanveer_an_organisation(seed_extraction):
    assert not any(e.type == "ORG" and "tanveer" in e.name.casefold() for e in seed_extraction.entities)


def test_extract_seed_keeps_the_bombing_and_shootout_tolls_apart(seed_extraction):
    bombing = next(e for e in seed_extraction.events if e.sub_event_type == "Suicide bomb")
    clash = next(e for e in seed_extraction.events if e.sub_event_type == "Armed clash")
    assert [c.best for c in bombing.casualties if c.category == "killed"] == [91]
    assert [c.best for c in clash.casualties if c.category == "killed"] == [2]


def test_extract_seed_output_validates_against_the_schema(seed_extraction, validate):
    validate(seed_extraction)
