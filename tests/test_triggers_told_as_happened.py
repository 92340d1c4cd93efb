"""Doubt about an attack's kind or its doer's intent does not make it planned: "killed in a possible
drive-by shooting" happened, "appeared to open fire" was done; a possible attack still to come is planned."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _statuses(extractor, sentence: str) -> list[tuple[str, str]]:
    return [(sentence[t.start : t.end], t.status) for t in find_triggers(extractor.nlp(sentence))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two people died in a possible gang shooting early Sunday.", [("shooting", "occurred")]),
        ("A guard was wounded during a possible robbery at the depot.", [("robbery", "occurred")]),
        ("The clerk said the man appeared to open fire without warning.", [("open fire", "occurred")]),
    ],
)
def test_triggers_doubt_about_a_harmful_event_leaves_it_told(extractor, sentence, expected):
    assert _statuses(extractor, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Guards are preparing for a possible attack on the embassy.", [("attack", "planned")]),
        ("The rebels seem to plan an attack on the capital.", [("attack", "planned")]),
    ],
)
def test_triggers_a_possible_attack_to_come_stays_planned(extractor, sentence, expected):
    assert _statuses(extractor, sentence) == expected
