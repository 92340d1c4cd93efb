"""What a tally counts: people, not shootings or rounds; a part told after a toll is not added to it; the
people who did the harm are not its victims."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_counts


def _tolls(extractor, sentence: str) -> list[tuple[str, int | None]]:
    doc = extractor.nlp(sentence)
    return sorted((c.category, c.count.best) for c in find_counts(doc, sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # nouns that are no victims
        ("Gunmen Fire 30 Rounds at Bar, Injure 3", [("injured", 3)]),
        ("The house has seen three shootings this year, one of them fatal.", []),
        ("Two bursts of gunfire, two dead, four injured", [("injured", 4), ("killed", 2)]),
        # a verb the headline tagger takes for a noun still tells its toll
        ("Weekend gunfire kills 2, wounds 9 across the city", [("injured", 9), ("killed", 2)]),
        # a part of the toll, told by its severity
        ("Seven injured, three critically, in downtown shooting", [("injured", 7)]),
        # the subjects of an active clause are those who did it
        ("Police seek 3 men in a shooting that wounded 5 outside a bar", [("injured", 5)]),
        (
            "Two men were arrested after a shooting that left one woman dead and three others wounded.",
            [("arrested", 2), ("injured", 3), ("killed", 1)],
        ),
        # "shot" after a count is still a state
        ("5 shot, 2 dead in overnight shooting", [("injured", 5), ("killed", 2)]),
    ],
)
def test_casualties_counts_only_victims(extractor, sentence, expected):
    assert _tolls(extractor, sentence) == expected
