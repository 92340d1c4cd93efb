"""Stated zeros, people named by their age, and the words that tell a toll."""

from __future__ import annotations

import pytest


def _document(text: str):
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    return make_document(Article(text=text, origin="<test>"))


def _best(event, category: str) -> int:
    return max((c.best or 0 for c in event.casualties if c.category == category), default=0)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("A man was shot and killed in the shooting on Main Street. No one else was injured.", 1, 0),
        ("Police said no one was hurt in the shooting.", 0, 0),
        ("A 17-year-old was shot Sunday night on Elm Street.", 0, 1),
        ("Police said a 6-year-old boy shot his grandfather during a family barbecue.", 0, 1),
    ],
)
def test_casualties_zeros_and_ages(extractor, text, killed, injured):
    extraction = extractor.extract_document(_document(text))
    event = max(extraction.events, key=lambda e: len(e.casualties))
    assert (_best(event, "killed"), _best(event, "injured")) == (killed, injured)


def test_casualties_carry_every_predicate_that_told_the_toll(extractor):
    text = "A bomb exploded in the market, killing two people. Two people were killed, police said."
    extraction = extractor.extract_document(_document(text))
    killed = [c for e in extraction.events for c in e.casualties if c.category == "killed"]
    assert killed
    casualty = killed[0]
    assert casualty.predicate is not None and casualty.predicate.text == "killing"
    assert [p.text for p in casualty.predicates] == ["killing", "killed"]
    for span in (casualty.predicate, *casualty.predicates):
        assert text[span.start : span.end] == span.text
