"""The trained role model revises the participants the rules read around attack triggers."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.extract import role_model
from eventwire.extract.extractor import get_extractor
from eventwire.extract.triggers import find_triggers


def _participants(text: str) -> list[tuple[str, str, str]]:
    return [(p.role, p.text, p.confidence) for e in extract(text).events for p in e.participants]


def test_participants_role_model_adds_the_people_inside_a_group_phrase():
    text = (
        "a group of guerrillas attacked the town of san lucas yesterday, killing two peasants and a "
        "teacher. the guerrillas belong to the red path front."
    )
    assert ("perpetrator", "guerrillas", "reported") in _participants(text)


def test_participants_role_model_keeps_a_claim_the_rules_read():
    text = "The Islamic State claimed that two of its members detonated bombs at a market on Friday."
    assert ("perpetrator", "Islamic State", "claimed") in _participants(text)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Gunmen kidnapped a businessman in the city of Cali on Monday, police said.", "businessman"),
        ("Gunmen shot dead a judge outside his home in Medellin on Tuesday.", "judge"),
        ("Two men robbed a bank and shot a guard in Houston on Friday.", "guard"),
    ],
)
def test_participants_role_model_keeps_the_victim_the_trigger_verb_acts_on(text, victim):
    assert ("victim", victim, "reported") in _participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "a group of guerrillas attacked the town of san lucas yesterday, killing two peasants.",
        "Gunmen shot dead a judge outside the courthouse on Monday. Police later found the car.",
        "terrorists of the red path front dynamited a power pylon yesterday. they fled on foot.",
    ],
)
def test_participants_role_model_keeps_evidence_offsets(text):
    extraction = extract(text)
    for event in extraction.events:
        for p in event.participants:
            assert p.evidence is not None
            assert extraction.document.text[p.evidence.start : p.evidence.end] == p.evidence.text == p.text


def test_role_model_candidates_outside_trigger_sentences_are_document_scope():
    doc = get_extractor().nlp(
        "Rebels attacked the barracks at dawn. The weather was cold. The front is strong."
    )
    triggers = [t for t in find_triggers(doc) if role_model.applies(t)]
    placed = {
        doc[c.head].lower_: (c.scope, c.gap, t is not None)
        for c, t in role_model.candidates(doc, triggers, {})
    }
    assert placed["barracks"] == ("sentence", 0, True)
    assert placed["weather"] == ("document", 1, False)
    assert placed["front"] == ("document", 2, False)


def test_participants_role_model_names_the_group_an_article_suspects():
    text = (
        "a car bomb exploded in front of a bank in the capital yesterday. police sources said members of "
        "the medellin cartel are suspected."
    )
    extraction = extract(text)
    found = [p for e in extraction.events for p in e.participants if p.role == "perpetrator"]
    assert [(p.text, p.confidence) for p in found] == [("medellin cartel", "suspected")]
    assert found[0].evidence is not None
    assert text[found[0].evidence.start : found[0].evidence.end] == "medellin cartel"
