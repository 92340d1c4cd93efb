"""Within-article coreference: pronouns with one possible antecedent, demonyms of a named country."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _entities(text: str):  # type: ignore[no-untyped-def]
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return extraction.entities


def _mentions_of(text: str, name: str) -> list[str]:
    (entity,) = [e for e in _entities(text) if e.name == name]
    return [m.text for m in entity.mentions]


def test_entities_he_after_a_sentence_whose_subject_is_the_only_person() -> None:
    text = "John Smith was arrested on Monday in Chicago. He faces two counts of murder."
    assert _mentions_of(text, "John Smith") == ["John Smith", "He"]


def test_entities_he_after_a_sentence_with_two_people_stays_unresolved() -> None:
    text = "John Smith met Mary Jones in Chicago on Monday. He left early."
    for entity in _entities(text):
        assert "He" not in [m.text for m in entity.mentions]


def test_entities_pronoun_inside_a_sentence_joins_the_only_person_named_before_it() -> None:
    text = "John Smith was arrested on Monday in Chicago. Police said he faces two counts of murder."
    assert _mentions_of(text, "John Smith") == ["John Smith", "he"]


def test_entities_possessive_with_two_people_before_it_stays_unresolved() -> None:
    text = "John Smith was arrested after a fight with Mary Jones. Police said his car was seized."
    for entity in _entities(text):
        assert "his" not in [m.text for m in entity.mentions]


def test_entities_pronoun_looks_back_one_sentence_only() -> None:
    text = "John Smith was arrested on Monday. The court met on Tuesday. The judge said he would rule soon."
    assert _mentions_of(text, "John Smith") == ["John Smith"]


def test_entities_relative_pronoun_stands_for_the_name_it_describes() -> None:
    text = "The attack was claimed by Boko Haram, which has killed thousands, and by Ali Musa, who fled."
    assert _mentions_of(text, "Boko Haram") == ["Boko Haram", "which"]
    assert _mentions_of(text, "Ali Musa") == ["Ali Musa", "who"]


def test_entities_their_joins_the_only_group_named_before_it() -> None:
    text = "Al-Shabaab fighters stormed the base on Monday. Officials said their commander was killed."
    (group,) = [e for e in _entities(text) if e.type == "ORG"]
    assert [m.text for m in group.mentions][-1] == "their"


def test_entities_demonym_is_a_mention_of_the_country_the_article_names() -> None:
    text = "Russia launched missiles at Kyiv on Monday. Russian officials denied hitting homes in Ukraine."
    assert "Russian" in _mentions_of(text, "Russia")


def test_entities_demonym_without_its_country_stays_a_people() -> None:
    text = "Russian officials denied on Monday that missiles hit homes in Kyiv."
    assert not any(e.type == "GPE" and "Russian" in [m.text for m in e.mentions] for e in _entities(text))
