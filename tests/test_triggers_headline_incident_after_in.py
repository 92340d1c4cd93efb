"""A legal word with "in" and a bare incident noun ("charged in fatal shooting", a headline without its
article) tells the incident; "charged with murder", "guilty of murder" still name only the crime."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


def _events(extractor, text: str):
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return [(e.sub_event_type, e.trigger.text) for e in extraction.events]


@pytest.mark.parametrize(
    "headline",
    ["Teen charged in fatal shooting of Millbrook student", "Brackford man guilty in shooting at diner"],
)
def test_triggers_legal_word_with_in_tells_the_incident(extractor, headline):
    assert ("Attack", "shooting") in _events(extractor, headline)


def test_triggers_legal_word_with_with_names_the_crime(extractor):
    events = _events(extractor, "Orrin was charged with murder and is guilty of assault, the court heard.")
    assert all(sub_type != "Attack" for sub_type, _ in events)
