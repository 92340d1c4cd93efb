"""Within-article coreference of people: a role noun after an apposition, quoted aliases."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.ingest.article import Article


def _entities(text: str):  # type: ignore[no-untyped-def]
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return {e.name: e for e in extraction.entities}


@pytest.mark.parametrize("noun", ["general", "commander", "minister"])
def test_entities_role_noun_refers_to_the_one_person_it_describes(noun: str) -> None:
    text = (
        f"Police said Qasem Soleimani, a senior {noun} in the army, was killed. The {noun} had led the force."
    )
    person = _entities(text)["Qasem Soleimani"]
    assert f"The {noun}" in [m.text for m in person.mentions]


def test_entities_role_noun_shared_by_two_people_refers_to_neither() -> None:
    text = (
        "Ali Rezaei, a general in the army, met Hassan Karimi, a general in the navy. "
        "The general said nothing."
    )
    entities = _entities(text)
    assert all("The general" not in [m.text for m in e.mentions] for e in entities.values())


def test_entities_quoted_alias_is_taken_whole() -> None:
    entities = _entities('The student leader Camila Rojas, also known as "La Negra", was held.')
    assert "La Negra" in entities["Camila Rojas"].aliases
