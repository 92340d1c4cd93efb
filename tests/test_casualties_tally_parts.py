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
        ("Two volleys of gunfire, two dead, four injured", [("injured", 4), ("killed", 2)]),
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
        # the age after a name is no toll; a count after a state word is one
        ("Police said Dana Reyes, 26 was shot in the arm.", [("injured", 1)]),
        ("4 Shot, 1 Killed in City Park", [("injured", 4), ("killed", 1)]),
        # an attempted murder killed no one
        ("Gang members were indicted for the attempted murders of five teenagers.", []),
        # "shot" after a count is still a state
        ("5 shot, 2 dead in overnight shooting", [("injured", 5), ("killed", 2)]),
    ],
)
def test_casualties_counts_only_victims(extractor, sentence, expected):
    assert _tolls(extractor, sentence) == expected


@pytest.mark.parametrize(
    "headline, killed, injured",
    [
        ("3 men, 2 women shot outside downtown bar", 0, 5),
        ("2 adults, four children dead in house fire shootings", 6, 0),
    ],
)
def test_casualties_adds_up_counts_listed_before_their_state(extractor, headline, killed, injured):
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    extraction = extractor.extract_document(make_document(Article(text=headline, origin="<test>")))

    def best(category: str) -> int:
        tolls = [c for e in extraction.events for c in e.casualties if c.category == category]
        return max((c.best or 0 for c in tolls), default=0)

    assert (best("killed"), best("injured")) == (killed, injured)
