"""Named days of the calendar ("Christmas Eve", "Memorial Day", "Easter Sunday") and their date in a year.

The names and rules are data (``holidays`` in ``lexicons/dates_en.json``): a fixed month and day, the
n-th (or, with -1, the last) weekday of a month, or a number of days from Easter Sunday. Only names that
are days and nothing else are listed: "Christmas" alone also names a season ("Christmas shopping").
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache

from eventwire.extract.lexicons import read_lexicon

__all__ = ["Holiday", "holiday_date", "holidays"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Holiday:
    """How a named day falls in a year: exactly one of ``day``, ``weekday`` or ``easter`` is set."""

    month: int = 0
    day: int | None = None
    weekday: int | None = None
    """With ``nth``: the ``nth`` such weekday of the month (Monday 0), the last one for -1."""
    nth: int = 1
    easter: int | None = None
    """Days after Easter Sunday (negative before it)."""


@cache
def holidays() -> dict[str, Holiday]:
    """Every named day of the lexicon by its lower-case name (spaces single, apostrophes kept)."""
    return {name.lower(): Holiday(**rule) for name, rule in read_lexicon("dates_en.json")["holidays"].items()}


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return dt.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def holiday_date(holiday: Holiday, year: int) -> dt.date:
    """The day ``holiday`` falls on in ``year``."""
    if holiday.easter is not None:
        return _easter(year) + dt.timedelta(days=holiday.easter)
    if holiday.day is not None:
        return dt.date(year, holiday.month, holiday.day)
    assert holiday.weekday is not None
    days = calendar.monthrange(year, holiday.month)[1]
    matching = [
        d for n in range(1, days + 1) if (d := dt.date(year, holiday.month, n)).weekday() == holiday.weekday
    ]
    return matching[-1] if holiday.nth == -1 else matching[holiday.nth - 1]
