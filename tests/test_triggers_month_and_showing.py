""" "march" the month and "demonstrate" meaning to show are no protests, in any letter case."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _types(extractor, sentence: str) -> list[tuple[str, str]]:
    return [(t.sub_event_type, sentence[t.start : t.end]) for t in find_triggers(extractor.nlp(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "the council elections of 12 march passed without incident.",
        "THE COUNCIL ELECTIONS ON 12 MARCH 1991 PASSED WITHOUT INCIDENT.",
        "the new tax takes effect in march next year.",
        "this demonstrates that the talks have stalled.",
        "the mayor demonstrated his resolve at the meeting.",
    ],
)
def test_triggers_read_no_protest_in_a_month_or_a_showing(extractor, sentence):
    assert [t for t in _types(extractor, sentence) if t[0] == "Peaceful protest"] == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("farmers held a march through the town square on friday.", "march"),
        ("thousands joined the march to the ministry.", "march"),
        ("nurses demonstrated outside the hospital against the cuts.", "demonstrated"),
    ],
)
def test_triggers_still_read_marches_and_demonstrations(extractor, sentence, word):
    assert ("Peaceful protest", word) in _types(extractor, sentence)
