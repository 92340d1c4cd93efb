"""GVA's two date rows: the interval within a day of the incident, and the interval containing it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.eval.gva import date_contains, date_within
from eventwire.models import DateInterval

GOLD = dt.date(2024, 3, 3)


def _interval(start: dt.date | None, end: dt.date | None, precision: str = "range") -> DateInterval:
    return DateInterval(start=start, end=end, precision=precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("interval", "within", "contains"),
    [
        (_interval(dt.date(2024, 3, 3), dt.date(2024, 3, 3), "day"), True, True),
        (_interval(dt.date(2024, 3, 4), dt.date(2024, 3, 4), "day"), True, True),
        (_interval(dt.date(2024, 3, 2), dt.date(2024, 3, 3)), True, True),
        (_interval(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month"), False, True),
        (_interval(dt.date(2024, 2, 26), dt.date(2024, 3, 3), "week"), False, True),
        (_interval(dt.date(2024, 3, 6), dt.date(2024, 3, 6), "day"), False, False),
        (_interval(dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"), False, False),
        (_interval(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"), False, False),
        (_interval(None, dt.date(2024, 3, 10), "unknown"), False, False),
    ],
)
def test_eval_gva_scores_a_date_within_a_day_and_a_date_containing_the_incident(interval, within, contains):
    assert (date_within(interval, GOLD), date_contains(interval, GOLD)) == (within, contains)


def test_eval_gva_scores_no_date_for_no_shooting():
    assert (date_within(None, GOLD), date_contains(None, GOLD)) == (False, False)
