"""Participants stated around the trigger: conjoined names, bomb sites, blame, the units of attackers."""

from __future__ import annotations

from eventwire import extract


def _participants(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for e in extract(text).events for p in e.participants]


def test_conjoined_victims_are_each_a_victim():
    found = _participants("Gunmen killed Hugo Martinez and Raul Ramirez in San Salvador on Monday.")
    assert ("victim", "Hugo Martinez") in found
    assert ("victim", "Raul Ramirez") in found


def test_a_bomb_that_exploded_at_a_building_hit_it():
    found = _participants("A car bomb exploded at the offices of the newspaper in Bogota yesterday.")
    assert ("target", "offices of the newspaper") in found


def test_the_time_a_bomb_exploded_at_is_no_target():
    found = _participants("A bomb exploded at 2100 in Medellin yesterday.")
    assert not any(role == "target" for role, _ in found)


def test_an_attack_attributed_to_a_group_names_its_perpetrator():
    found = _participants("The bombing of the bank was attributed to the Medellin Cartel.")
    assert any(role == "perpetrator" and "Cartel" in text for role, text in found)


def test_holding_a_group_responsible_names_the_perpetrator():
    found = _participants("The president holds the FMLN responsible for the assassination of the minister.")
    assert ("perpetrator", "FMLN") in found


def test_the_unit_of_attacking_troops_is_a_perpetrator_too():
    found = _participants("Honduran army troops attacked the village on Sunday.")
    assert ("perpetrator", "Honduran army troops") in found
    assert ("perpetrator", "Honduran army") in found


def test_the_agent_of_a_passive_is_the_perpetrator():
    found = _participants("The judge was murdered by urban guerrillas in Lima on Tuesday.")
    assert ("perpetrator", "urban guerrillas") in found


def test_a_terrorist_attack_names_a_terrorist_perpetrator():
    found = _participants("A terrorist attack on the power station left the city dark on Monday.")
    assert ("perpetrator", "terrorist") in found


def test_what_an_explosion_damaged_is_a_target():
    found = _participants("A violent explosion damaged the Salvadoran consulate in Santiago on Sunday.")
    assert any(role == "target" and text.endswith("consulate") for role, text in found)


def test_a_burned_truck_is_a_target_not_a_weapon():
    extraction = extract("Guerrillas burned a tank truck on the highway on Friday.")
    assert ("target", "tank truck") in [(p.role, p.text) for e in extraction.events for p in e.participants]
    assert not [w.text for e in extraction.events for w in e.weapons]


def test_people_suspected_of_taking_part_in_an_attack_are_suspected_perpetrators():
    extraction = extract("Three men suspected of participating in the attack on the bank were released.")
    found = [(p.role, p.text, p.confidence) for e in extraction.events for p in e.participants]
    assert ("perpetrator", "Three men", "suspected") in found


def test_no_one_injured_is_no_victim():
    found = _participants("A bomb exploded at the consulate in Santiago on Sunday. No one was injured.")
    assert not any(text.casefold() == "no one" for _, text in found)
