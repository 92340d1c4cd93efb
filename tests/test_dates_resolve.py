"""resolve_date: one expression in, one interval out, for the forms news copy uses."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import resolve_date

FRIDAY = dt.date(2024, 1, 19)
D = dt.date

# (text, anchor, expected start, expected end, precision)
ABSOLUTE = [
    ("January 19", FRIDAY, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("Jan. 19, 2024", FRIDAY, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("19 Jan 2024", FRIDAY, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("the 19th of January, 2024", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("Friday, Jan. 19, 2024", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("1/19/2024", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("2024-01-19", None, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("December 30", FRIDAY, D(2023, 12, 30), D(2023, 12, 30), "day"),
    ("in January 2020", FRIDAY, D(2020, 1, 1), D(2020, 1, 31), "month"),
    ("in 1979", FRIDAY, D(1979, 1, 1), D(1979, 12, 31), "year"),
    ("in 2020", None, D(2020, 1, 1), D(2020, 12, 31), "year"),
]

RELATIVE = [
    ("today", FRIDAY, D(2024, 1, 19), D(2024, 1, 19), "day"),
    ("yesterday", FRIDAY, D(2024, 1, 18), D(2024, 1, 18), "day"),
    ("last night", FRIDAY, D(2024, 1, 18), D(2024, 1, 18), "day"),
    ("the previous day", FRIDAY, D(2024, 1, 18), D(2024, 1, 18), "day"),
    ("on Wednesday", FRIDAY, D(2024, 1, 17), D(2024, 1, 17), "day"),
    ("Saturday night", FRIDAY, D(2024, 1, 13), D(2024, 1, 13), "day"),
    ("last Friday", FRIDAY, D(2024, 1, 12), D(2024, 1, 12), "day"),
    ("next Monday", FRIDAY, D(2024, 1, 22), D(2024, 1, 22), "day"),
    ("last week", FRIDAY, D(2024, 1, 8), D(2024, 1, 14), "week"),
    ("this week", FRIDAY, D(2024, 1, 15), D(2024, 1, 19), "week"),
    ("earlier this month", FRIDAY, D(2024, 1, 1), D(2024, 1, 19), "month"),
    ("last month", FRIDAY, D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("in March", FRIDAY, D(2023, 3, 1), D(2023, 3, 31), "month"),
    ("in January", FRIDAY, D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("this year", FRIDAY, D(2024, 1, 1), D(2024, 1, 19), "year"),
    ("last year", FRIDAY, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("two days ago", FRIDAY, D(2024, 1, 17), D(2024, 1, 17), "day"),
    ("three weeks ago", FRIDAY, D(2023, 12, 26), D(2024, 1, 1), "week"),
    ("over the weekend", FRIDAY, D(2024, 1, 13), D(2024, 1, 14), "range"),
]

RANGES = [
    ("between March 3 and 5", FRIDAY, D(2023, 3, 3), D(2023, 3, 5), "range"),
    ("from 3 to 5 March 2023", None, D(2023, 3, 3), D(2023, 3, 5), "range"),
    ("March 3-5, 2023", None, D(2023, 3, 3), D(2023, 3, 5), "range"),
    ("from March 30 to April 2", FRIDAY, D(2023, 3, 30), D(2023, 4, 2), "range"),
]

UPPER_CASE = [
    ("10 JAN 90", None, D(1990, 1, 10), D(1990, 1, 10), "day"),
    ("ON 30 DECEMBER", D(1990, 1, 3), D(1989, 12, 30), D(1989, 12, 30), "day"),
    ("YESTERDAY AFTERNOON", D(1990, 1, 3), D(1990, 1, 2), D(1990, 1, 2), "day"),
    ("LAST WEEK", D(1990, 1, 3), D(1989, 12, 25), D(1989, 12, 31), "week"),
    ("IN NOVEMBER 1989", None, D(1989, 11, 1), D(1989, 11, 30), "month"),
    ("JUNE 11 89", None, D(1989, 6, 11), D(1989, 6, 11), "day"),
]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), ABSOLUTE)
def test_dates_resolves_absolute_forms(text, anchor, start, end, precision):
    interval = resolve_date(text, anchor=anchor)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), RELATIVE)
def test_dates_resolves_relative_forms_against_the_anchor(text, anchor, start, end, precision):
    interval = resolve_date(text, anchor=anchor)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), RANGES)
def test_dates_resolves_ranges(text, anchor, start, end, precision):
    interval = resolve_date(text, anchor=anchor)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), UPPER_CASE)
def test_dates_resolves_upper_case_wire_copy(text, anchor, start, end, precision):
    interval = resolve_date(text, anchor=anchor)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text", ["today", "yesterday", "on Friday", "last week", "in January", "two days ago", "January 19"]
)
def test_dates_relative_forms_need_an_anchor(text):
    assert resolve_date(text, anchor=None) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [("on Friday", D(2024, 1, 26)), ("on Wednesday", D(2024, 1, 24)), ("in March", D(2024, 3, 1))],
)
def test_dates_future_tense_points_forward(text, start):
    assert resolve_date(text, anchor=dt.date(2024, 1, 20), tense="future").start == start


@pytest.mark.parametrize(
    "text", ["for three years", "24 hours", "at 3 p.m.", "10:30", "they may 5", "a march 3 miles long"]
)
def test_dates_ignores_durations_times_and_numbers(text):
    assert resolve_date(text, anchor=FRIDAY) is None


def test_dates_and_makes_a_range_only_after_between():
    interval = resolve_date("on March 3 and 5 people died", anchor=FRIDAY)
    assert (interval.text, interval.precision) == ("March 3", "day")


def test_dates_resolve_keeps_the_matched_text_without_evidence():
    interval = resolve_date("police said on Friday night", anchor=FRIDAY)
    assert (interval.text, interval.evidence) == ("Friday night", None)
