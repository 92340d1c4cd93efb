"""A name written before an event noun that names the site it struck says where, not who."""

from __future__ import annotations

import pytest

from eventwire import extract


def _participants(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for e in extract(text).events for p in e.participants]


@pytest.mark.parametrize(
    "text",
    [
        "The Kandor Airfield bombing killed four soldiers.",  # was "Kandor" and "Airfield"
        "The US Embassy bombing killed four guards.",  # was "US Embassy"
        # was "Corvina": the article writes it before a building noun too
        "Nobody was tried for the Corvina bombing. The bomb had been left at the Corvina cafe in the square.",
    ],
)
def test_participants_a_site_named_before_the_attack_is_no_perpetrator(text: str) -> None:
    assert [p for p in _participants(text) if p[0] == "perpetrator"] == []


def test_participants_a_group_named_before_the_attack_is_its_perpetrator() -> None:
    assert ("perpetrator", "ETA") in _participants("The ETA bombing killed four soldiers.")
