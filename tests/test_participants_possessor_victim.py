"""The possessor of a murder or kidnapping noun is who it was done to; of an attack, who made it."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.extract.triggers import possessor_undergoes


def _participants(text: str) -> set[tuple[str, str]]:
    return {(p.role, p.text) for e in extract(text).events for p in e.participants}


def test_participants_read_the_possessor_of_an_assassination_as_its_victim():
    found = _participants("Mauricio Lopez's assassination was condemned by the bishops of the region.")
    assert ("victim", "Mauricio Lopez's") in found
    assert not any(role == "perpetrator" for role, _ in found)


def test_participants_read_the_possessor_of_an_attack_as_its_perpetrator():
    found = _participants("The rebels' attack on the barracks killed two soldiers.")
    assert ("perpetrator", "rebels") in found


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The judge's murder shocked the town.", "murder", True),
        ("The group's kidnapping of the mayor ended on Friday.", "kidnapping", False),
        ("The rebels' attack failed.", "attack", False),
    ],
)
def test_triggers_tell_when_a_possessor_undergoes_the_act(extractor, sentence, word, expected):
    doc = extractor.nlp(sentence)
    assert possessor_undergoes(next(t for t in doc if t.lower_ == word)) is expected
