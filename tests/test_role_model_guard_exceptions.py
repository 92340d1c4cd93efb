"""Where the role model may drop a doer or victim of the trigger verb: the sides of a combat report and
plurals told as a mass; never a person the attack acts on ("gunmen shot dead a judge")."""

from __future__ import annotations

import pytest

from eventwire.extract import role_model
from eventwire.extract.triggers import find_triggers


def _overrules(extractor, sentence: str, word: str, role: str) -> bool:
    doc = extractor.nlp(sentence)
    trigger = next(t for t in find_triggers(doc) if role_model.applies(t))
    token = next(t for t in doc if t.lower_ == word)
    return role_model.may_overrule(token, trigger, role)


@pytest.mark.parametrize(
    ("sentence", "word", "role"),
    [
        ("Army troops clashed with a rebel column near the river on Sunday.", "troops", "perpetrator"),
        ("Rebel fighters attacked army troops near the bridge at dawn.", "troops", "victim"),
        ("The death squads murder priests and teachers with impunity.", "priests", "victim"),
        ("Many peasants have been killed in the province this year.", "peasants", "victim"),
        ("Rebels attacked the soldiers of the garrison at dawn.", "soldiers", "victim"),
    ],
)
def test_role_model_may_overrule_combat_sides_and_mass_plurals(extractor, sentence, word, role):
    assert _overrules(extractor, sentence, word, role)


@pytest.mark.parametrize(
    ("sentence", "word", "role"),
    [
        ("Gunmen shot dead a judge outside his home on Tuesday.", "judge", "victim"),
        ("Gunmen killed nine villagers near the market on Monday.", "villagers", "victim"),
        ("Two men robbed a bank and shot a guard on Friday.", "guard", "victim"),
        ("Gunmen shot dead a judge outside his home on Tuesday.", "gunmen", "perpetrator"),
        ("Guerrillas killed two soldiers in a rebel attack on the base.", "rebel", "perpetrator"),
    ],
)
def test_role_model_keeps_the_guard_on_people_the_attack_acts_on(extractor, sentence, word, role):
    assert not _overrules(extractor, sentence, word, role)


def test_role_model_keeps_the_guard_on_the_people_an_attack_was_aimed_at(extractor):
    sentence = "The bombings, which were aimed at commuters, shook the port on Monday."
    assert not _overrules(extractor, sentence, "commuters", "victim")
