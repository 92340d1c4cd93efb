"""A fight against an ill ("the battle against crime") is a campaign, not a clash; what is demonstrated
("the courage demonstrated by ...") is shown, not a protest."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _types(extractor, sentence: str) -> list[tuple[str, str]]:
    return [(t.sub_event_type, sentence[t.start : t.end]) for t in find_triggers(extractor.nlp(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "the minister said the police will keep winning the battle against crime.",
        "the navy joined exercises to practise fighting against drug trafficking.",
        "THE GOVERNOR PROMISED A BATTLE AGAINST CORRUPTION IN THE PROVINCE.",
    ],
)
def test_triggers_read_no_clash_in_a_campaign_against_an_ill(extractor, sentence):
    assert [t for t in _types(extractor, sentence) if t[0] == "Armed clash"] == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("the battle against the rebels lasted four hours near the river.", "battle"),
        ("heavy fighting against the insurgents broke out in the valley on monday.", "fighting"),
    ],
)
def test_triggers_still_read_a_fight_against_an_armed_side(extractor, sentence, word):
    assert ("Armed clash", word) in _types(extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the editors condemned the attacks on freedom of the press by the new law.",
        "the crowd greeted the result with an explosion of joy.",
    ],
)
def test_triggers_read_no_violence_in_a_figure_of_speech(extractor, sentence):
    assert [
        t for t in _types(extractor, sentence) if t[0] in ("Attack", "Remote explosive/landmine/IED")
    ] == []


def test_triggers_still_read_an_attack_on_a_place(extractor):
    sentence = "gunmen carried out an attack on the police station in the capital."
    assert ("Attack", "attack") in _types(extractor, sentence)


def test_triggers_still_read_an_arrest_on_drug_charges(extractor):
    sentence = "police made two arrests on drug trafficking charges near the border."
    assert [t[0] for t in _types(extractor, sentence)] == ["Arrests"]


def test_triggers_read_no_protest_in_a_quality_demonstrated(extractor):
    sentence = "the council praised the courage demonstrated by the firefighters during the flood."
    assert [t for t in _types(extractor, sentence) if t[0] == "Peaceful protest"] == []
