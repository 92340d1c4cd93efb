"""A plane, helicopter, bus or train that crashed is an accident: those killed on board died in it,
no attack."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _types(extractor, sentence: str) -> list[tuple[str, str]]:
    return [(t.sub_event_type, sentence[t.start : t.end]) for t in find_triggers(extractor.nlp(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "officials said a cargo plane crashed in the hills and that the crew on board were killed.",
        "an army helicopter crashed near the border on friday, killing the four men aboard.",
    ],
)
def test_triggers_read_a_crash_as_an_accident_not_an_attack(extractor, sentence):
    types = [t[0] for t in _types(extractor, sentence)]
    assert "Accident" in types
    assert "Attack" not in types


def test_triggers_read_no_accident_where_markets_crash(extractor):
    assert _types(extractor, "share prices crashed on monday after the announcement.") == []
