"""A person's name written short, or cut short by the tagger, is one entity with the full name."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _people(text: str) -> dict[str, list[str]]:
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return {e.name: [m.text for m in e.mentions] for e in extraction.entities if e.type == "PERSON"}


def test_entities_lower_case_name_runs_to_the_noun_its_last_tagged_word_modifies() -> None:
    people = _people("the attack came a month after the murder of governor antonio roldan betancur.")
    assert "antonio roldan betancur" in people


def test_entities_short_form_before_the_full_name_joins_it() -> None:
    people = _people(
        "gunmen killed governor antonio roldan yesterday. "
        "the attack came a month after the murder of provincial governor antonio roldan betancur."
    )
    assert people["antonio roldan betancur"].count("antonio roldan") == 1


def test_entities_name_does_not_run_into_a_common_noun() -> None:
    people = _people("The Lopez government said gunmen killed Maria Lopez Garcia on Monday.")
    assert "Maria Lopez Garcia" in people
    assert all("government" not in name for name in people)


def test_entities_short_form_held_by_two_names_joins_neither() -> None:
    people = _people(
        "Police said Maria Lopez Garcia and Jose Lopez Garcia were shot dead. Lopez Garcia was a judge."
    )
    assert "Maria Lopez Garcia" in people and "Jose Lopez Garcia" in people
    assert "Lopez Garcia" not in people["Maria Lopez Garcia"] + people["Jose Lopez Garcia"]
