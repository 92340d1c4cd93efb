"""Headlines with no finite verb still tell a shooting and its toll: "5 shot on the east side",
"3-year-old shot in ...", a Title Case "Girl Killed", a death "from a gunshot wound"; and ordinary uses
of the same words ("a flu shot") tell none."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article
from eventwire.models import Extraction


def _extract(extractor, text: str) -> Extraction:
    return next(extractor.extract_articles([Article(text=text, origin="test")]))


def _toll(extraction: Extraction) -> tuple[int, int]:
    """Killed and injured of the first event with a toll, (0, 0) when none has one."""
    for event in extraction.events:
        killed = max((c.best or 0 for c in event.casualties if c.category == "killed"), default=0)
        injured = max((c.best or 0 for c in event.casualties if c.category == "injured"), default=0)
        if killed or injured:
            return killed, injured
    return 0, 0


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("7 shot on Millbrook's east side, gunman still at large", (0, 7)),
        ("3-year-old shot in North Fairview", (0, 1)),
        ("6-year-old shot allegedly by 8-year-old cousin", (0, 1)),
        ("Five-year-old fatally shot in Dunmore", (1, 0)),
        ("14-Year-Old Kansas Boy Killed In Hunting Accident", (1, 0)),
        ("Ashford area girl, 9, dies from accidental gunshot wound", (1, 0)),
    ],
)
def test_casualties_headline_without_a_finite_verb_tells_a_shooting(extractor, headline, expected):
    extraction = _extract(extractor, headline)
    assert any(e.sub_event_type == "Attack" for e in extraction.events)
    assert _toll(extraction) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor received a flu shot on Tuesday.",
        "The senator took a shot at her rival during the debate.",
    ],
)
def test_casualties_a_shot_that_counts_no_one_is_no_shooting(extractor, text):
    assert _extract(extractor, text).events == ()


def test_casualties_a_clause_run_in_before_the_subject_tells_not_its_toll(extractor):
    # The parser runs two sentences together when a line ends in "p.m."; the mourners were not killed.
    text = (
        "The shooting killed Darnell Okafor at a home near Birch Road around 7 p.m.\n"
        "On Monday, about a dozen relatives were at the home supporting his mother."
    )
    assert _toll(_extract(extractor, text)) == (1, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The family of a 16-year-old shot and killed by a deputy has hired a lawyer.", (1, 0)),
        ("Two men charged after toddler accidentally shot, killed", (1, 0)),
        ("Police: 11-year-old girl accidentally shot, killed older brother", (1, 0)),
    ],
)
def test_casualties_shot_and_killed_told_right_after_is_a_death(extractor, text, expected):
    assert _toll(_extract(extractor, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A family of four, including two children, was found fatally shot in their home.", (4, 0)),
        ("A group of three teens was shot outside a corner store.", (0, 3)),
        # the families of the dead are not the count: the dead are
        ("Officials met the families of the four deputies killed in the shooting on Monday.", (4, 0)),
    ],
)
def test_casualties_a_family_of_n_counts_n_people(extractor, text, expected):
    assert _toll(_extract(extractor, text)) == expected
