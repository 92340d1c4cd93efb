"""Counts told in lists the parser reads as appositions, people told by an age before a noun of what they
are, and deaths told only as a wish or a fear."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


def _toll(extractor, text: str) -> tuple[int, int]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.sub_event_type != "Arrests")
    killed = max((c.best or 0 for c in event.casualties if c.category == "killed"), default=0)
    injured = max((c.best or 0 for c in event.casualties if c.category == "injured"), default=0)
    return killed, injured


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Six women, a boy and two men were injured in the shooting.", (0, 9)),
        ("Three men, two women and a child were wounded in the shooting on Elm Street.", (0, 6)),
        ("A husband, wife and their two children were found dead in a murder-suicide.", (4, 0)),
        ("A man and woman were killed in the shooting.", (2, 0)),
        # an appositive closed by a comma names the people counted, it adds none
        ("Two people, a man and a woman, were wounded in the shooting.", (0, 2)),
        # and so does a list after a colon
        (
            "He shot and wounded two children: his 15-year-old daughter, Ann Lee, and her 7-year-old "
            "cousin, Mia Lee.",
            (0, 2),
        ),
        # ages are no victims
        ("Two girls, ages 5 and 12, and two adults were found shot dead in the house.", (4, 0)),
    ],
)
def test_casualties_adds_up_every_group_of_a_list(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The gunman killed a 15-year-old soccer player outside the gym.", (1, 0)),
        (
            "Police arrested a man in the shooting that took the life of a 16-year-old soccer player and "
            "left three others wounded.",
            (1, 3),
        ),
        ("A 19-year-old college student was shot in the leg on Main Street.", (0, 1)),
    ],
)
def test_casualties_counts_a_person_told_by_age_and_what_they_are(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'A teen shot five people near a school on Tuesday. "Please don\'t let my baby die," one '
            "mother said.",
            (0, 5),
        ),
        ("A man shot two people on Main Street. His sister said she feared her brother would die.", (0, 2)),
        ("Police said the man was shot and later died at the hospital.", (1, 0)),
    ],
)
def test_casualties_a_death_wished_against_or_feared_is_no_death(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the tagger reads "7 Shot" as a percentage; the state word after it makes it a tally
        ("7 Shot, 3 Dead after Riverton Drive-By", (3, 4)),
        # the parser hangs the first of two people on the second
        ("Woman, boyfriend killed in daytime Riverton shooting", (2, 0)),
        ("The shooting happened at 7 p.m. and two people were shot.", (0, 2)),
    ],
)
def test_casualties_reads_headline_tallies_and_pairs(extractor, text, expected):
    assert _toll(extractor, text) == expected
