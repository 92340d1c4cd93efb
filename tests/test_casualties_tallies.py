"""Tallies as headlines and crime reports put them: state words after counts, "shot to death",
self-inflicted wounds, "suffered injuries", relative clauses, and the killer who is not a toll."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_counts


def _tolls(extractor, sentence: str) -> list[tuple[str, int | None]]:
    doc = extractor.nlp(sentence)
    return sorted((c.category, c.count.best) for c in find_counts(doc, sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a state word right after the count, which the parser attaches to the wrong number
        ("1 Dead, 6 Hurt After Shooting At Birthday Party", [("injured", 6), ("killed", 1)]),
        ("1 Dead, 3 Hurt Barbershop Shooting", [("injured", 3), ("killed", 1)]),
        ("3 Killed, 2 Hurt in Park Shooting", [("injured", 2), ("killed", 3)]),
        ("One Dead, Six Injured in Nightclub Shooting", [("injured", 6), ("killed", 1)]),
        ("4 Shot, 1 Killed in City Park", [("injured", 4), ("killed", 1)]),
        ("Shooting Leaves Five Men Wounded", [("injured", 5)]),
        # "shot to death", "found shot to death"
        ("A woman was shot to death Sunday.", [("killed", 1)]),
        ("A man was found shot to death in his car.", [("killed", 1)]),
        ("6 members of a family shot to death in a domestic dispute", [("killed", 6)]),
        # relative clauses about a person
        ("Police identified the man who was shot and killed Sunday.", [("killed", 1)]),
        ("Officers found the victim dead inside the home.", [("killed", 1)]),
        # names the tagger missed, known as people by their age
        ("He was charged in connection with the death of Dario Fenwick, 18.", [("killed", 1)]),
        ("Mallory is charged in the fatal shooting of 15-year-old Tobin Ashworth.", [("killed", 1)]),
        # self-inflicted wounds and "suffered ... injuries"
        ("The boy accidentally shot himself in the arm.", [("injured", 1)]),
        ("An 11-year-old boy suffered a self-inflicted gunshot wound early Thursday.", [("injured", 1)]),
        ("Two men suffered non-life-threatening injuries.", [("injured", 2)]),
        ("He suffered a fatal gunshot wound.", [("killed", 1)]),
        # the subject of an active "killed" is the killer, not one of the dead
        ("A gunman killed six people and wounded seven others.", [("injured", 7), ("killed", 6)]),
        ("The gunman shot himself.", []),
    ],
)
def test_casualties_reads_tallies(extractor, sentence, expected):
    assert _tolls(extractor, sentence) == expected
