"""A participant's phrase keeps its of-phrase but not a clause hung on the noun inside it."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _participants(text: str) -> list[tuple[str, str]]:
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return [(p.role, p.text) for e in extraction.events for p in e.participants]


def test_participants_phrase_stops_before_a_relative_clause_inside_its_of_phrase() -> None:
    found = _participants("gunmen killed the mayor of the town who had received threats.")
    assert ("victim", "mayor of the town") in found


def test_participants_phrase_stops_before_a_relative_clause_on_a_group_name() -> None:
    found = _participants(
        "members of the 9th front of the people's army which operates in the region attacked a bus."
    )
    assert ("perpetrator", "members of the 9th front of the people's army") in found
