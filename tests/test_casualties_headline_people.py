"""People as headlines and crime reports tell them: a bare noun is one person ("Teen fatally shot"), the
auxiliary is dropped ("Girl killed"), "X others" are the ones not killed, and the one who shot is no
victim ("girl accidentally shot, killed brother")."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_counts


def _tolls(extractor, sentence: str) -> list[tuple[str, int | None]]:
    doc = extractor.nlp(sentence)
    return sorted((c.category, c.count.best) for c in find_counts(doc, sentence) if c.count.best)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Police identify teen fatally shot last week on Oak Avenue", [("killed", 1)]),
        ("Youth dead after late-night shooting", [("killed", 1)]),
        ("Mother admits to firing shot that killed son", [("killed", 1)]),
        ("Police: Woman shot, killed by man she had rejected at dance hall", [("killed", 1)]),
        ("Police: 12-year-old boy accidentally shot, killed older sister", [("killed", 1)]),
        ("15-year-old boy killed, 4 others shot on North Side", [("injured", 4), ("killed", 1)]),
        # an ordinal person is one more of a toll told before, not a toll
        ("Second person dies after shootings at house party", []),
    ],
)
def test_casualties_reads_headline_people(extractor, sentence, expected):
    assert _tolls(extractor, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A man shot and killed his neighbor on Monday.",
        "Two men shot and wounded a clerk at the store.",
    ],
)
def test_casualties_the_shooter_is_no_victim(extractor, sentence):
    doc = extractor.nlp(sentence)
    counts = find_counts(doc, sentence)
    assert all(c.span.text.casefold() not in ("a man", "two men") for c in counts)
