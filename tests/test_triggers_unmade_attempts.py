"""An attempt that is only possible, planned or denied ("might try to kill") did not happen: the words
governing the attempt verb give the status; an attempt told as done stays attempted."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _statuses(extractor, sentence: str) -> dict[str, str]:
    return {sentence[t.start : t.end]: t.status for t in find_triggers(extractor.nlp(sentence))}


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        ("officials feared a gang might attempt to kidnap the banker.", "kidnap", "hypothetical"),
        ("they would try to kidnap the judge.", "kidnap", "hypothetical"),
        ("the rebels will attempt to kill the governor next week.", "kill", "planned"),
        ("the gunmen did not try to kill the mayor.", "kill", "negated"),
    ],
)
def test_triggers_read_an_unmade_attempt_as_not_happened(extractor, sentence, word, status):
    assert _statuses(extractor, sentence)[word] == status


@pytest.mark.parametrize(
    "sentence",
    [
        "the gunmen tried to kill the mayor on sunday.",
        "two men attempted to kidnap the banker outside his home.",
    ],
)
def test_triggers_keep_a_made_attempt_attempted(extractor, sentence):
    assert "attempted" in _statuses(extractor, sentence).values()
