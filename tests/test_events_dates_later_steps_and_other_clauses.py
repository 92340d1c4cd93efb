"""Dates of later steps (pleas, bail, condemnations, arrests) and of clauses about other nouns: which date
an incident, which do not, and what an incident told only with its arrest is dated."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-14"  # a Thursday


def _incident(text: str, published: str = PUBLISHED) -> Event:
    return next(e for e in extract(text, published=published).events if e.sub_event_type != "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "A teenager entered into a plea agreement Tuesday in the shooting of his cousin in Dover.",
        "Bail was set at $2 million Tuesday for the woman accused in the shooting of her landlord.",
        "The mayor on Tuesday condemned the killing of a shopkeeper in the old market.",
    ],
)
def test_events_are_not_dated_by_a_plea_bail_or_condemnation(text):
    incident = _incident(text)
    assert incident.date.start != dt.date(2024, 3, 12)
    assert incident.date.inferred


def test_events_are_not_dated_by_a_clause_about_another_noun():
    incident = _incident(
        "Ruiz, a founder of the party that signed the peace accord on 10 January, was shot dead in his car. "
        "The shooting happened on Tuesday."
    )
    assert (incident.date.start, incident.date.end) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))


def test_events_keep_a_date_written_right_before_their_phrase():
    incident = _incident("Nobody was charged in the Jan. 9 shooting at the Elm Park depot.")
    assert (incident.date.start, incident.date.end) == (dt.date(2024, 1, 9), dt.date(2024, 1, 9))


def test_events_told_after_another_moment_are_not_dated_by_it():
    incident = _incident(
        "The boy died early Tuesday after relatives say he accidentally shot himself. The shooting "
        "happened on Sunday."
    )
    assert (incident.date.start, incident.date.end) == (dt.date(2024, 3, 10), dt.date(2024, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man Saturday on suspicion of shooting a teenager outside a Dover bar.",
        "A woman was shot in the arm outside a Dover bar. Police arrested her neighbour on Saturday.",
    ],
)
def test_events_told_only_with_their_arrest_are_dated_up_to_it(text):
    incident = _incident(text)
    assert (incident.date.start, incident.date.end) == (dt.date(2024, 3, 8), dt.date(2024, 3, 9))
    assert incident.date.inferred


def test_events_are_not_dated_after_their_arrest():
    # The day first told (the hearing) is after the arrest: the shooting took place by the arrest.
    incident = _incident(
        "Police arrested a man Saturday night after a teenager was shot at a party. The victim's family "
        "spoke to reporters on Monday afternoon.",
        published="2024-03-10",
    )
    assert incident.date.end is not None and incident.date.end <= dt.date(2024, 3, 9)


def test_events_told_without_a_date_take_the_day_on_an_incident_noun():
    # The first clause tells a plan; its day hangs on the attack's own noun, so it dates the attack.
    events = extract(
        "The car bomb attack on 6 March had been planned for months, police said. Three men suspected of "
        "taking part in the attack were released on bail.",
        published=PUBLISHED,
    ).events
    attack = next(e for e in events if e.status == "occurred" and e.sub_event_type == "Attack")
    assert (attack.date.start, attack.date.end) == (dt.date(2024, 3, 6), dt.date(2024, 3, 6))


@pytest.mark.parametrize(
    ("lemma", "lower", "expected"),
    [
        ("decreed", "decreed", {"decreed", "decree", "decre"}),
        ("arrest", "arrested", {"arrest"}),
        ("shoot", "shot", {"shoot"}),
    ],
)
def test_events_read_the_stem_of_a_past_form_left_unlemmatised(lemma, lower, expected):
    from eventwire.extract.events import _verb_lemmas

    class _Verb:
        lemma_ = lemma
        lower_ = lower

    assert _verb_lemmas(_Verb()) == expected  # type: ignore[arg-type]


def test_events_in_a_relative_clause_are_not_dated_by_the_clause_around_it():
    events = extract(
        "The ministry denied charges raised on Tuesday by a group that blames the army for the killing of "
        "six priests. The priests were killed on 16 February.",
        published=PUBLISHED,
    ).events
    killings = [e for e in events if e.sub_event_type == "Attack"]
    assert killings
    assert all(e.date.start == dt.date(2024, 2, 16) for e in killings)


def test_events_in_a_where_clause_share_the_date_of_the_clause_around_them():
    events = extract(
        "Rebels attacked a convoy on 2 March on the coast road, where a judge was wounded.",
        published=PUBLISHED,
    ).events
    assert all(e.date.start == dt.date(2024, 3, 2) for e in events if e.sub_event_type == "Attack")
