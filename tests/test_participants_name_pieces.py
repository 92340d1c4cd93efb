"""A participant is a whole name, never one word of it, and a weapon is never the doer."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _participants(text: str) -> list[tuple[str, str]]:
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return [(p.role, p.text) for e in extraction.events for p in e.participants]


def test_participants_unit_before_people_is_the_whole_name_not_its_last_word() -> None:
    found = _participants("Fire crews reported today that Bolivian Army troops killed nine peasants.")
    perpetrators = [text for role, text in found if role == "perpetrator"]
    assert "Bolivian Army" in perpetrators
    assert "Army" not in perpetrators


def test_participants_part_of_the_bombs_that_exploded_is_no_perpetrator() -> None:
    found = _participants(
        "Unknown men placed nine bombs at bank branches overnight. Five of the bombs exploded, police said."
    )
    assert all("bombs" not in text for role, text in found if role == "perpetrator")
