"""Trigger status from modals on the governing verb, excluded modifiers, and armed actors named by a
modifier ("police firing")."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("If need be, we will effect preventive arrests of those trying to create trouble.", "planned"),
        ("Police arrested three men on Tuesday.", "occurred"),
    ],
)
def test_triggers_read_modals_of_the_governing_verb(extractor, sentence, status):
    arrests = [t for t in find_triggers(extractor.nlp(sentence)) if t.sub_event_type == "Arrests"]
    assert [t.status for t in arrests] == [status]


def test_triggers_skip_a_cardiac_arrest(extractor):
    doc = extractor.nlp("Mr Okafor had suffered a cardiac arrest two weeks earlier.")
    assert [t for t in find_triggers(doc) if t.sub_event_type == "Arrests"] == []


def test_triggers_police_firing_is_an_attack_by_police(extractor):
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    text = "Local reports say that 41 persons have been killed in police firing."
    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    event = next(e for e in extraction.events if e.trigger.text == "firing")
    assert [p.text for p in event.participants if p.role == "perpetrator"] == ["police"]
    assert [c.best for c in event.casualties if c.category == "killed"] == [41]
