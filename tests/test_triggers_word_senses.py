"""Trigger words in the senses that tell an event, and the same words naming a kind of event or a person."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _types(extractor, sentence: str) -> list[tuple[str, str]]:
    return [(t.sub_event_type, sentence[t.start : t.end]) for t in find_triggers(extractor.nlp(sentence))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A suicide bomber blew himself up at the gate of the camp.", [("Suicide bomb", "blew")]),
        ("Militants blew up a bridge on the highway.", [("Remote explosive/landmine/IED", "blew")]),
        ("A dozen bombs had gone off across the town.", [("Remote explosive/landmine/IED", "gone")]),
    ],
)
def test_triggers_read_phrasal_explosion_verbs(extractor, sentence, expected):
    assert _types(extractor, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The smoke alarm went off twice during the night.",
        "The wind blew the roof off the shed.",
    ],
)
def test_triggers_skip_phrasal_verbs_in_other_senses(extractor, sentence):
    assert _types(extractor, sentence) == []


def test_triggers_a_suicide_bomber_alone_is_a_person_not_an_event(extractor):
    sentence = "Neighbours had warned the police about the young suicide bomber for months."
    assert _types(extractor, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The farmer was charged with murder and robbery on Friday.",
        "He now faces murder charges in two states.",
        "The court issued forty arrest warrants last week.",
        "She was accused of crimes of treason and homicide.",
        "He founded a protest movement in his twenties.",
        "The president told a campaign rally that he would win.",
    ],
)
def test_triggers_skip_nouns_that_name_a_kind_of_event(extractor, sentence):
    assert _types(extractor, sentence) == []


def test_triggers_keep_a_charge_that_names_the_event(extractor):
    sentence = "He was charged with the murder of a shopkeeper."
    assert _types(extractor, sentence) == [("Attack", "murder")]


@pytest.mark.parametrize(
    "sentence, sub_type",
    [
        ("Protesters clashed with riot police outside parliament.", "Violent demonstration"),
        ("Police clashed with stone-throwing demonstrators in the square.", "Violent demonstration"),
        ("Troops clashed with rebels near the border.", "Armed clash"),
    ],
)
def test_triggers_a_clash_with_protesters_is_a_riot(extractor, sentence, sub_type):
    assert [t for t, _ in _types(extractor, sentence)] == [sub_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of farmers took to the streets of the capital on Monday.",
        "The union asked its members to take to the streets.",
    ],
)
def test_triggers_taking_to_the_streets_is_a_protest(extractor, sentence):
    triggers = find_triggers(extractor.nlp(sentence))
    assert [(t.sub_event_type, t.family) for t in triggers] == [("Peaceful protest", "protest")]


def test_triggers_every_casualty_verb_of_a_sentence_is_a_mention_of_one_event(extractor):
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    text = "Gunmen killed two guards and wounded three others near the market on Sunday."
    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    assert [[m.text for m in e.mentions] for e in extraction.events] == [["killed", "wounded"]]
