"""A round-up of several incidents is a round-up event; each incident the article then tells is its own.

"Two men were killed and nine people hurt in unrelated shootings across Millbrook since Thursday" is no one
incident: the tally is kept as an event marked ``round_up`` (its toll the sum, its confidence below the
incidents'), and "The most recent killing came late Saturday ..." is an event with its own toll.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction
from eventwire.serialize import extraction_from_json

PUBLISHED = dt.date(2024, 6, 2)


def _extract(extractor, text: str) -> Extraction:
    return next(extractor.extract_articles([Article(text=text, origin="test", published=PUBLISHED)]))


def _toll(event: Event) -> tuple[int | None, int | None]:
    return casualty_best(event, "killed"), casualty_best(event, "injured")


def _shootings(extraction: Extraction) -> list[Event]:
    return [e for e in extraction.events if e.sub_event_type == "Attack" and e.status == "occurred"]


def test_events_round_up_is_an_event_apart_from_the_incident_told_next(extractor) -> None:
    text = (
        "Two men were killed and at least nine other people hurt in unrelated shootings across Millbrook "
        "since Thursday evening. The most recent killing came late Saturday in the Eastgate neighborhood, "
        "where a 44-year-old man was shot dead and two women were wounded."
    )
    events = _shootings(_extract(extractor, text))
    round_ups = [e for e in events if e.round_up]
    incidents = [e for e in events if not e.round_up]
    assert [_toll(e) for e in round_ups] == [(2, 9)]
    assert [_toll(e) for e in incidents] == [(1, 2)]
    assert incidents[0].confidence > round_ups[0].confidence


def test_events_numbered_incidents_are_each_their_own_event(extractor) -> None:
    text = (
        "Detectives are looking into two unrelated shootings that wounded five people late Tuesday. "
        "The first shooting came about 9 p.m., when three men were hit outside a bar. "
        "In the second shooting, two women were shot on Elm Street."
    )
    events = _shootings(_extract(extractor, text))
    assert [(e.round_up, _toll(e)) for e in events] == [
        (True, (None, 5)),
        (False, (None, 3)),
        (False, (None, 2)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "4 Dead, 11 Wounded In Weekend Shootings",
        # the tally hangs on the second participle, which the parser hangs on the first
        "4 Killed, 11 Hurt In Weekend Shootings",
        "Six shot in three separate incidents overnight",
        "At least 15 people were shot in incidents across all four districts over the weekend.",
        "Six people have been shot in Millbrook since Monday afternoon.",
        "Three shootings kill four in Millbrook in six hours",
        "Weekend gunfire in Millbrook leaves one dead and nine wounded",
        "Two people were killed and eight wounded in Monday shootings, police said.",
        "Seven people were shot on the North and West sides overnight, police said.",
        "3 hurt, 1 dead after shootings in east Millbrook",
        "Three incidents of gunfire in Millbrook left a man dead and five others wounded on Tuesday.",
        "A series of shootings left four people dead in Millbrook over two days.",
        "Two toddlers have been shot around Millbrook in the past five days, one of them fatally.",
        "Two boys in three days shoot themselves with guns left at home",
    ],
)
def test_events_round_up_wordings(extractor, text: str) -> None:
    events = _shootings(_extract(extractor, text))
    assert events and all(e.round_up for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # a double homicide: "two homicides" counts the dead of one incident
        "Police are investigating two homicides at a house on Birch Road early Friday.",
        # a street crossed, not an area
        "A man was shot from across the street outside a store in Millbrook on Friday.",
        # one person since a year, not a tally of the news
        "The deputy, the first officer killed since 2008, was shot during a traffic stop on Friday.",
        # one incident with several people hurt
        "Three people were wounded in a shooting outside a bar in Millbrook on Saturday night.",
        # one incident told by two joined verbs
        "A man was killed and two women were hurt in a shooting on Elm Street on Friday.",
        # a spree named by its place
        "Police made an arrest in the Millbrook shootings that left three people dead on Friday.",
        # a day's shootings told before
        "Police made an arrest in the Sunday shootings that left three people dead.",
        # one person shot over days is no tally of incidents
        "A man was shot twice in two days on Alder Street.",
        # one gunman's spree is one incident
        "A shooting spree left four people dead in Millbrook on Tuesday.",
    ],
)
def test_events_single_incidents_are_no_round_up(extractor, text: str) -> None:
    events = _shootings(_extract(extractor, text))
    assert events and not any(e.round_up for e in events)


def test_events_pair_of_bombings_told_before_is_no_round_up(extractor) -> None:
    text = (
        "Two suicide bombers blew themselves up at a market in Eastport on Monday, killing 30 people. "
        "The two bombings were the deadliest in the country this year."
    )
    assert not any(e.round_up for e in _extract(extractor, text).events)


def test_events_round_up_is_kept_in_the_json_view(extractor) -> None:
    extraction = _extract(extractor, "4 Dead, 11 Wounded In Weekend Shootings")
    data = extraction.to_json()
    assert [e.get("round_up", False) for e in data["events"]] == [e.round_up for e in extraction.events]
    assert any(e.get("round_up") for e in data["events"])
    assert extraction_from_json(data).events == extraction.events


def test_events_toll_told_apart_goes_to_the_incident_told_before_it(extractor) -> None:
    text = (
        "Deputies are looking into two unrelated shootings that wounded six people on Wednesday evening. "
        "The first shooting came about 10 p.m. on Alder Street. All four victims were treated at a "
        "hospital for minor wounds, deputies said. The second shooting came an hour "
        "later on Birch Street, where two men were wounded."
    )
    events = _shootings(_extract(extractor, text))
    assert [(e.round_up, _toll(e)) for e in events] == [
        (True, (None, 6)),
        (False, (None, 4)),
        (False, (None, 2)),
    ]
