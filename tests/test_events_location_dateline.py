"""A dateline says where a story is filed from: another place its sentence names is the likelier venue,
except one the event is only near ("outside Portland")."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


def _location(extractor, text: str) -> tuple[str, str | None, str | None]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None and event.location.evidence is not None
    return event.location.place.name, event.location.place.admin1, event.location.evidence.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EUGENE, Ore. (KXYZ) - A Springfield man was wounded Saturday when his rifle went off, deputies "
            "said.",
            ("Springfield", "Oregon", "Springfield"),
        ),
        (
            "SALEM, Ore. (KXYZ) - Two men were shot Friday night, police said.",
            ("Salem", "Oregon", "SALEM"),
        ),
        (
            "A Gresham man was shot Saturday near Portland, police said.",
            ("Gresham", "Oregon", "Gresham"),
        ),
    ],
)
def test_events_location_ranks_the_dateline_after_the_places_of_its_sentence(
    extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert _location(extractor, text) == expected
