"""A killer who killed others and then themselves is one more dead; one who killed only themselves is the
only one dead."""

from __future__ import annotations

import pytest


def _killed(extractor, text: str) -> int:
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    return max(
        (c.best or 0 for e in extraction.events for c in e.casualties if c.category == "killed"), default=0
    )


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Deputies say the man shot and killed three of his relatives before killing himself.", 4),
        ("The gunman killed two people at the office and then turned the gun on himself.", 3),
        ("Young father kills toddler, self in apparent murder-suicide", 2),
        ("A 9-year-old boy accidentally shot and killed himself while playing with a rifle.", 1),
        ("A hunter shot himself dead while cleaning his rifle on Saturday.", 1),
        # one named first in full and later by the first name alone is one person
        (
            "Deputies said Lyle Brandt shot and killed Annika Vos before killing himself. "
            "Annika was shot and killed in the kitchen of the home.",
            2,
        ),
    ],
)
def test_casualties_counts_a_killer_who_killed_themselves(extractor, text, killed):
    assert _killed(extractor, text) == killed
