"""Dates told relative to another date, seasons, parts of a month, abbreviated weekdays, day/month order."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import RelativeDate, find_dates, resolve_date, resolve_relative
from eventwire.models import DateInterval

FRIDAY = dt.date(2024, 1, 19)
D = dt.date

# (text, anchor, expected start, expected end, precision)
FORMS = [
    ("last summer", FRIDAY, D(2023, 6, 1), D(2023, 8, 31), "range"),
    ("in the spring of 2019", FRIDAY, D(2019, 3, 1), D(2019, 5, 31), "range"),
    ("summer 2019", None, D(2019, 6, 1), D(2019, 8, 31), "range"),
    ("next spring", FRIDAY, D(2024, 3, 1), D(2024, 5, 31), "range"),
    ("this winter", FRIDAY, D(2023, 12, 1), D(2024, 2, 29), "range"),
    ("on Tues.", FRIDAY, D(2024, 1, 16), D(2024, 1, 16), "day"),
    ("Sat. night", FRIDAY, D(2024, 1, 13), D(2024, 1, 13), "day"),
    ("Thurs night", FRIDAY, D(2024, 1, 18), D(2024, 1, 18), "day"),
    ("three hours ago", FRIDAY, FRIDAY, FRIDAY, "day"),
    ("hours ago", FRIDAY, FRIDAY, FRIDAY, "day"),
    ("early January", FRIDAY, D(2024, 1, 1), D(2024, 1, 10), "range"),
    ("mid-January 2020", None, D(2020, 1, 11), D(2020, 1, 20), "range"),
    ("late December", FRIDAY, D(2023, 12, 21), D(2023, 12, 31), "range"),
    ("in late 2019", None, D(2019, 9, 1), D(2019, 12, 31), "range"),
    ("25/12/2023", None, D(2023, 12, 25), D(2023, 12, 25), "day"),
    ("19.01.2024", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("1/19/2024", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), FORMS)
def test_dates_resolves_seasons_parts_abbreviations_and_orders(text, anchor, start, end, precision):
    interval = resolve_date(text, anchor=anchor)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text", ["he sat. Then he left", "The Sun. It said", "the fall of Rome", "in spring"]
)
def test_dates_ignores_words_that_look_like_dates(text):
    assert find_dates(text, anchor=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("He was shot on Jan. 10. He died the following day.", D(2024, 1, 11)),
        ("He was shot on Jan. 10. He had been seen the previous day.", D(2024, 1, 9)),
        ("He was shot on Jan. 10. Two days later, police arrested a man.", D(2024, 1, 12)),
        ("He was shot on Jan. 10 and arrested two days earlier.", D(2024, 1, 8)),
        ("He died the following day.", D(2024, 1, 20)),
    ],
)
def test_dates_counts_narrative_offsets_from_the_last_day_mentioned(text, day):
    mention = find_dates(text, anchor=FRIDAY)[-1]
    assert (mention.interval.start, mention.interval.end) == (day, day)
    assert mention.relative is not None and mention.relative.event is None


def test_dates_anchors_an_offset_on_the_event_it_names():
    text = "Police arrested him two days after the attack."
    (mention,) = find_dates(text, anchor=FRIDAY)
    assert mention.span.text == "two days after the attack"
    assert mention.relative == RelativeDate(start_days=2, end_days=2, event=mention.relative.event)
    assert mention.relative.event.text == "the attack"
    attack = DateInterval(start=D(2024, 1, 3), end=D(2024, 1, 3), precision="day")
    moved = resolve_relative(mention, attack)
    assert (moved.start, moved.end, moved.precision, moved.evidence) == (
        D(2024, 1, 5),
        D(2024, 1, 5),
        "day",
        mention.span,
    )


def test_dates_offset_before_an_unnamed_clause_is_not_guessed():
    assert find_dates("He was arrested two days after he was shot.", anchor=FRIDAY) == []


def test_dates_resolve_relative_keeps_absolute_mentions():
    (mention,) = find_dates("on Jan. 10", anchor=FRIDAY)
    attack = DateInterval(start=D(2024, 1, 3), end=D(2024, 1, 3), precision="day")
    assert resolve_relative(mention, attack) == mention.interval


def test_dates_vague_offsets_are_ranges():
    (mention,) = find_dates("A few days later, he was arrested.", anchor=FRIDAY)
    assert (mention.interval.start, mention.interval.end) == (D(2024, 1, 21), D(2024, 1, 26))
