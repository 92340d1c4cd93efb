"""What the doers wore ("men wearing military uniforms") tells who they looked like: it is no participant."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("five men wearing military uniforms shot dead a shopkeeper in the village on sunday.", "five men"),
        ("the attackers, who wore police uniforms, killed the mayor of the town.", "attackers"),
    ],
)
def test_participants_read_no_clothes_as_perpetrators(text, doer):
    found = {(p.role, p.text) for e in extract(text).events for p in e.participants}
    assert ("perpetrator", doer) in found
    assert not any("uniforms" in t for _, t in found)
