"""Page furniture (photo captions and credits) glued into a phrase by the parser names no participant."""

from __future__ import annotations

import pytest

from eventwire import extract


def _participants(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for e in extract(text).events for p in e.participants]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Scores died in the raids. image copyright AFP image caption The province has seen frequent "
            "attacks on police.",
            [],
        ),
        (
            "Caption Farmers took to the streets of the capital on Monday in a protest against the new tax.",
            [("target", "new tax")],
        ),
    ],
)
def test_participants_a_phrase_glued_to_a_caption_is_no_participant(
    text: str, kept: list[tuple[str, str]]
) -> None:
    # before: "image copyright AFP image caption" made the attacks, "Caption Farmers" the protest
    assert _participants(text) == kept


def test_participants_the_sentence_after_a_caption_keeps_its_participants() -> None:
    found = _participants("image caption A march in the capital. Farmers took to the streets on Monday.")
    assert ("perpetrator", "Farmers") in found
