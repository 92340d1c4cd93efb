"""An infinitive after another verb is a plan, unless it tells a deed: perfect, or passive after hearsay."""

from __future__ import annotations

import pytest

import eventwire


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A 19-year-old man was reported to be shot on Elm Street on Friday night.", "occurred"),
        ("The gunman is said to have killed three people before fleeing.", "occurred"),
        ("The group planned to attack the embassy next week.", "planned"),
        ("Police were ordered to arrest the protesters.", "planned"),
        ("The suspect is believed to be planning an attack.", "planned"),
    ],
)
def test_triggers_infinitive_status(text: str, status: str) -> None:
    events = eventwire.extract(text, published="2024-03-04").events  # type: ignore[attr-defined]
    assert [e.status for e in events] == [status]
