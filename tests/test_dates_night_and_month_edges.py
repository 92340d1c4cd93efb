"""The night before the anchor ("during the last few hours", "overnight") and a month that starts the day
after a lagging stamp ("the first minutes of June" in a story stamped May 31)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates, resolve_date

TUESDAY = dt.date(2024, 4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "rebels struck two towns during the last few hours",
        "in the past 24 hours three posts were attacked",
        "Shots rang out overnight near the depot",
        "an overnight shooting left one dead",
        "OVER THE LAST 48 HOURS GUERRILLAS BURNED TWO BUSES",
    ],
)
def test_the_night_before_the_anchor(text: str) -> None:
    (mention,) = find_dates(text, anchor=TUESDAY)
    assert (mention.interval.start, mention.interval.end) == (dt.date(2024, 4, 8), TUESDAY)
    assert mention.interval.precision == "range"


def test_an_overnight_stay_is_no_date() -> None:
    assert find_dates("The shelter offers an overnight stay to families.", anchor=TUESDAY) == []


def test_the_last_hours_need_a_preposition() -> None:
    assert find_dates("the last few hours of the vote were calm", anchor=TUESDAY) == []


def test_next_month_on_the_last_day_of_a_month_is_this_year() -> None:
    interval = resolve_date("within the first minutes of June", anchor=dt.date(2024, 5, 31), tense=None)
    assert interval is not None
    assert (interval.start, interval.end) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


def test_a_later_month_before_the_last_day_is_last_years() -> None:
    interval = resolve_date("he was hired in June", anchor=dt.date(2024, 5, 20), tense=None)
    assert interval is not None
    assert interval.start == dt.date(2023, 6, 1)


def test_december_told_on_new_years_eve_is_the_past_one() -> None:
    interval = resolve_date("in December", anchor=dt.date(2024, 12, 31), tense=None)
    assert interval is not None
    assert interval.start == dt.date(2024, 12, 1)


def test_january_told_on_new_years_eve_is_the_coming_one() -> None:
    interval = resolve_date("the first hours of January", anchor=dt.date(2024, 12, 31), tense=None)
    assert interval is not None
    assert interval.start == dt.date(2025, 1, 1)
