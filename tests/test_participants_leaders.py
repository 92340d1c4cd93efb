"""Who commands the doers is a perpetrator too: "soldiers led by Captain Ruiz killed six farmers"."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _perpetrators(text: str) -> list[str]:
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return [p.text for e in extraction.events for p in e.participants if p.role == "perpetrator"]


def test_participants_leader_of_the_doers_is_a_perpetrator() -> None:
    found = _perpetrators("Soldiers led by Captain Ana Ruiz killed six farmers on Monday.")
    assert "Soldiers" in found
    assert "Captain Ana Ruiz" in found


def test_participants_commander_of_the_unit_the_doers_belong_to_is_a_perpetrator() -> None:
    found = _perpetrators("troops of the 3rd brigade commanded by lieutenant ramos murdered two farmers.")
    assert "lieutenant ramos" in found


def test_participants_a_person_the_doers_were_merely_near_is_no_leader() -> None:
    found = _perpetrators("Soldiers standing beside Captain Ana Ruiz killed six farmers on Monday.")
    assert "Captain Ana Ruiz" not in found
