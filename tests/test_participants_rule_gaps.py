"""Rule gaps closed after an error analysis: doers named by a support or governing verb, the device that
went off as a weapon, dates and negated phrases that are nobody, the living that were killed as victims."""

from __future__ import annotations

import pytest

from eventwire import extract


def _participants(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for e in extract(text).events for p in e.participants]


def _weapons(text: str) -> list[str]:
    return [w.text for e in extract(text).events for w in e.weapons]


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("The Red Hand Brigade launched a series of attacks on the northern towns.", "Red Hand Brigade"),
        ("The attack on the depot was carried out by the Red Hand Brigade.", "Red Hand Brigade"),
        ("The militia decided to carry out the attacks in July.", "militia"),
        ("The rebels' decision to carry out the bombings proved a disaster.", "rebels"),
    ],
)
def test_the_subject_of_a_support_verb_made_the_attack(text: str, perpetrator: str):
    assert ("perpetrator", perpetrator) in _participants(text)


def test_the_subject_of_the_verb_governing_a_participle_did_it_too():
    found = _participants("Raiders stormed the village near the river, killing four farmers.")
    assert ("perpetrator", "Raiders") in found


def test_an_organisation_written_before_an_attack_noun_made_it():
    text = "The Northern Front (NF) is active in the hills. Nine guards died in NF attacks in the hills."
    assert ("perpetrator", "NF") in _participants(text)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The parcels began to explode before noon in the market square.", "parcels"),
        (
            "Huge incendiary packages were detonated at the bus stations on Friday.",
            "Huge incendiary packages",
        ),
        ("The rebels detonated the charge at the bridge on Sunday.", "charge"),
    ],
)
def test_what_went_off_is_a_weapon_not_a_target(text: str, weapon: str):
    assert weapon in _weapons(text)
    assert not any(said == weapon for _, said in _participants(text))


def test_a_date_is_never_a_participant():
    found = _participants("It was an attack on 4 May 1981 at the harbour cafe which killed nine people.")
    assert not any("1981" in text for _, text in found)


def test_a_negated_phrase_is_nobody():
    found = _participants("Officials said no group had claimed the bombing of the depot.")
    assert not any(text == "no group" for _, text in found)


def test_those_a_verb_kills_are_victims_whatever_the_noun():
    found = _participants("Paratroopers killed eleven marchers in the square on Sunday.")
    assert ("victim", "eleven marchers") in found


def test_a_camp_that_was_attacked_is_a_target():
    found = _participants("Gunmen attacked Camp Rennick in the southern province on Monday.")
    assert ("target", "Camp Rennick") in found
    assert not any(role == "victim" and "Rennick" in text for role, text in found)


def test_each_person_an_arrest_includes_is_a_detainee():
    found = _participants(
        "Activists close to the rebels were arrested, including Ana Ruiz, wife of the poet Jon Sala, "
        "Pedro Diaz and his brother, and the writer Luis Mora."
    )
    for name in ("Ana Ruiz", "Pedro Diaz", "his brother", "Luis Mora"):
        assert ("detainee", name) in found
    assert ("detainee", "Jon Sala") not in found


def test_each_one_listed_among_the_killed_is_a_victim():
    found = _participants("Gunmen killed twelve people, including two children and a nurse.")
    assert ("victim", "two children") in found
    assert ("victim", "nurse") in found


def test_who_accepted_responsibility_for_an_attack_claims_it():
    participants = [
        (p.role, p.text, p.confidence)
        for e in extract("The Western Front accepted responsibility for the bombings in the port.").events
        for p in e.participants
    ]
    assert ("perpetrator", "Western Front", "claimed") in participants


def test_the_people_a_bombing_was_aimed_at_are_its_victims():
    found = _participants("The bombings, which seemed to be aimed at shoppers, shook the city on Friday.")
    assert ("victim", "shoppers") in found


def test_the_place_a_bombing_was_targeted_at_is_its_target():
    found = _participants("The town has seen numerous bombings targeted at the army barracks.")
    assert ("target", "army barracks") in found


def test_a_bomb_that_was_placed_and_exploded_is_the_weapon():
    assert "parcel" in _weapons("The parcel was placed at the door of the office and exploded at noon.")


def test_what_an_explosion_targeted_is_its_target():
    found = _participants("The explosion targeted a bakery on the main street of the old town.")
    assert ("target", "bakery") in found


def test_a_dateline_place_read_as_a_subject_does_not_arrest():
    found = _participants(
        "springfield: a district court on monday rejected the bail plea of the trader, and remanded him "
        "to ten days in custody."
    )
    assert not any(role == "agent" and text == "springfield" for role, text in found)


def test_a_count_of_people_named_by_a_partitive_is_a_participant():
    found = _participants("Police detained 20 of the striking dockers at the gate on Monday.")
    assert any(role == "detainee" and text.startswith("20 of the striking dockers") for role, text in found)


def test_only_a_counted_noun_a_verb_kills_is_a_victim_whatever_the_noun():
    found = _participants("The shelling killed the cattle in the northern valley on Monday.")
    assert ("victim", "cattle") not in found


def test_a_person_who_went_off_is_no_weapon():
    extraction = extract("The spokesman exploded with anger when the bomb was found near the bridge.")
    assert "spokesman" not in [w.text for e in extraction.events for w in e.weapons]
