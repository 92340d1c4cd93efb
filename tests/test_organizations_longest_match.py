"""Matches never overlap, and the longest name wins."""

from __future__ import annotations

import itertools

import pytest

from eventwire.extract.organizations import OrganizationLexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Islamic State of Iraq and the Levant said", "Islamic State of Iraq and the Levant"),
        ("Islamic State group fighters", "Islamic State group"),
        ("the Popular Front for the Liberation of Palestine-General Command", None),
        ("Egyptian Islamic Jihad claimed", "Egyptian Islamic Jihad"),
        ("The Iraqi Defence Ministry said", "Iraqi Defence Ministry"),
        ("the Syrian National Army advanced", "Syrian National Army"),
    ],
)
def test_organizations_longest_match_wins(text: str, expected: str | None) -> None:
    matches = OrganizationLexicon.load().match(text)
    assert len(matches) == 1
    assert matches[0].text == (expected or text[4:])


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("the Syrian National Army advanced", "Syrian National Army"),
        ("Syrian government forces advanced", "Military Forces of Syria"),
        ("Pakistan's Supreme Court ruled", "Supreme Court of Pakistan"),
        ("US troops left", "Military Forces of United States"),
        ("the armed forces of Ukraine said", "Military Forces of Ukraine"),
    ],
)
def test_organizations_named_record_beats_pattern_and_patterns_name_the_country(
    text: str, canonical: str
) -> None:
    assert [m.canonical for m in OrganizationLexicon.load().match(text)] == [canonical]


@pytest.mark.parametrize("text", ["pro-Russian forces shelled the town", "Iranian-backed militias"])
def test_organizations_backers_are_not_the_forces_they_back(text: str) -> None:
    assert [m.canonical for m in OrganizationLexicon.load().match(text)] == []


def test_organizations_matches_do_not_overlap() -> None:
    text = "Hamas, the Izz ad-Din al-Qassam Brigades and the Islamic State (IS) group; Iraqi security forces."
    matches = OrganizationLexicon.load().match(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))
