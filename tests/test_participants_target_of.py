"""What "was the target of" an attack was hit; a name inside a thing's phrase does not make it a person."""

from __future__ import annotations

import pytest

from eventwire import extract


def _participants(text: str) -> set[tuple[str, str]]:
    return {(p.role, p.text) for e in extract(text).events for p in e.participants}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "a week ago, the french cultural centers in lima and cuzco were the target of bomb attacks.",
            "french cultural centers",
        ),
        (
            "the police said the offices of the governor, a civilian building, was the objective of the "
            "terrorist attack.",
            "offices of the governor, a civilian building",
        ),
    ],
)
def test_participants_read_the_subject_of_the_target_of_an_attack_as_its_target(text, target):
    found = _participants(text)
    assert ("target", target) in found
    assert not any(role == "victim" for role, _ in found)
