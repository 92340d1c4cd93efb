"""Where a bomb went off ("outside the bank") is what it was set against, whatever the role model scores."""

from __future__ import annotations

import pytest

from eventwire import extract


def _participants(text: str) -> set[tuple[str, str]]:
    return {(p.role, p.text) for e in extract(text).events for p in e.participants}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("a bomb exploded outside the bank.", "bank"),
        ("a bomb went off outside a federal police building in lima.", "federal police building"),
    ],
)
def test_participants_keep_what_a_bomb_went_off_outside_as_its_target(text, target):
    assert ("target", target) in _participants(text)
