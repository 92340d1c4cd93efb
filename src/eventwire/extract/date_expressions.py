"""Where date expressions are in a text and how each resolves: the parsing half of the dates stage.

:mod:`eventwire.extract.dates` turns these candidates into mentions (tense, ranges, page stamps) and
is the public surface; this module holds the calendar arithmetic, the patterns compiled from
``lexicons/dates_en.json`` and one resolver per kind of expression. Each candidate resolves against an
anchor and a tense only when asked, so the same match can be read against another anchor.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from eventwire.extract.holidays import Holiday, holiday_date, holidays
from eventwire.extract.lexicons import read_lexicon
from eventwire.models import DatePrecision

__all__ = ["FLAGS", "Candidate", "Resolved", "Tense", "date_patterns", "find_candidates", "select_candidates"]

Tense = Literal["past", "future"] | None
Resolved = tuple[dt.date, dt.date, DatePrecision]
Resolver = Callable[[dt.date | None, Tense], Resolved | None]

FLAGS = re.IGNORECASE | re.ASCII
_YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NOT_TIME = r"(?![:.]?[0-9])(?!\s*[ap]\.?m\b)(?!\s*(?:%|percent\b|hours?\b|minutes?\b))"
_FUNCTION_WORDS = r"(?:on|of|in|at|for|about|by|with|and|or|to|that|which|into|from|after|before)"
"""Words that end a noun phrase: "a 2014 report on shootings" is no 2014 shooting."""
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "march"})
"""Month names that are also common English words: read in lower case only with a year."""
_SCHEDULED_WINDOW = 30
"""With unknown tense, a day-and-month this many days after the anchor is taken as upcoming."""


@dataclass(frozen=True, slots=True)
class _Shift:
    start_days: int
    end_days: int
    event: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """Where a pattern matched (``start..end``) and how it resolves against an anchor and a tense."""

    start: int
    end: int
    resolve: Resolver
    shift: _Shift | None = None
    month: int | None = None
    """The month of a day or month told by name."""
    year_written: bool = False
    weekday: int | None = None
    written: bool = False


# --- calendar arithmetic -------------------------------------------------------------------------------


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None where the calendar has none (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_interval(year: int, month: int) -> Resolved:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _clip(start: dt.date, end: dt.date, anchor: dt.date, tense: Tense) -> tuple[dt.date, dt.date]:
    """The part of a period containing the anchor that lies before (past) or after (future) it."""
    if tense == "past":
        return start, min(end, anchor)
    if tense == "future":
        return max(start, anchor), end
    return start, end


def _two_digit_year(yy: int, anchor: dt.date | None) -> int:
    if anchor is None:
        return 2000 + yy if yy < 70 else 1900 + yy
    return min((1900 + yy, 2000 + yy), key=lambda y: abs(y - anchor.year))


def _year_for(month: int, day: int, anchor: dt.date, tense: Tense) -> dt.date | None:
    """The occurrence of ``month/day`` that the tense points to, relative to the anchor."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    options = [d for y in years if (d := calendar_day(y, month, day))]
    # One day of slack: publication dates and local event dates often straddle midnight.
    past = [d for d in options if d <= anchor + dt.timedelta(days=1)]
    future = [d for d in options if d >= anchor]
    if tense == "future":
        return min(future, default=None)
    if tense is None and future and (future[0] - anchor).days <= _SCHEDULED_WINDOW:
        return future[0]
    return max(past, default=None)


def _month_year_for(month: int, anchor: dt.date, tense: Tense, *, strict: bool) -> int:
    same_month_counts = month == anchor.month and not strict
    tomorrow = anchor + dt.timedelta(days=1)
    if tense != "future" and not strict and tomorrow.month == month != anchor.month:
        # "the first hours of June" in a story stamped May 31: stamps lag a day, as for days of the month.
        return tomorrow.year
    if tense == "future":
        return anchor.year if month > anchor.month or same_month_counts else anchor.year + 1
    return anchor.year if month < anchor.month or same_month_counts else anchor.year - 1


def _weekday_for(weekday: int, anchor: dt.date, tense: Tense, *, strict: bool) -> dt.date:
    if tense == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=7 if strict and ahead == 0 else ahead)
    back = (anchor.weekday() - weekday) % 7
    if tense is None and not strict and back == 6:
        # "Wednesday" in a story dated Tuesday: the story was written a day after its date stamp (stamps
        # lag, and late-evening stories cross midnight), not about a Wednesday six days back, which
        # news would call "last Wednesday".
        return anchor + dt.timedelta(days=1)
    return anchor - dt.timedelta(days=7 if strict and back == 0 else back)


def _ago(anchor: dt.date, count: int, unit: str) -> Resolved:
    if unit == "day":
        day = anchor - dt.timedelta(days=count)
        return day, day, "day"
    if unit == "week":
        middle = anchor - dt.timedelta(days=7 * count)
        return middle - dt.timedelta(days=3), middle + dt.timedelta(days=3), "week"
    if unit == "month":
        return _month_interval(*_add_months(anchor.year, anchor.month, -count))
    year = anchor.year - count
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _period(anchor: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    """The calendar week, month or year ``offset`` periods from the one containing the anchor."""
    if unit == "week":
        return _week_of(anchor + dt.timedelta(days=7 * offset))
    if unit == "month":
        start, end, _ = _month_interval(*_add_months(anchor.year, anchor.month, offset))
        return start, end
    year = anchor.year + offset
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _weekend(anchor: dt.date, tense: Tense, *, offset: int = 0) -> tuple[dt.date, dt.date]:
    if anchor.weekday() == 6 or tense != "future":
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    else:
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    saturday += dt.timedelta(days=7 * offset)
    return saturday, saturday + dt.timedelta(days=1)


# --- the lexicon and the patterns ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Patterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    vague: frozenset[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    month_year: re.Pattern[str]
    year: re.Pattern[str]
    iso: re.Pattern[str]
    slash: re.Pattern[str]
    weekday: re.Pattern[str]
    holiday: re.Pattern[str]
    relative: re.Pattern[str]
    season: re.Pattern[str]
    shift: re.Pattern[str]
    joiner: re.Pattern[str]
    future: re.Pattern[str]
    stamp: re.Pattern[str]
    dateline: re.Pattern[str]


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _holiday_names(lexicon: dict[str, Any]) -> str:
    """The named days and the words that are one only after "on", apostrophes straight or curly."""
    names = sorted([*lexicon["holidays"], *lexicon["holiday_words"]], key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for n in names)


@cache
def date_patterns() -> _Patterns:
    path = resources.files("eventwire").joinpath("extract", "lexicons", "dates_en.json")
    lexicon = json.loads(path.read_text(encoding="utf-8"))
    months, weekdays = lexicon["months"], lexicon["weekdays"]
    abbreviations = lexicon["weekday_abbreviations"]
    mon = rf"(?P<mon>{_alternation(months)})\b"
    # An abbreviated weekday needs its full stop ("Sat."), unless it is no English word ("Tues").
    wd = rf"(?P<wd>(?:{_alternation(weekdays)})\b|(?:{_alternation(abbreviations)})\.|(?:tues|thurs|weds)\b)"
    wdp = rf"(?:\b(?P<wdp>{_alternation(weekdays)}|{_alternation(abbreviations)}\.?),?\s+)?"
    pre = r"(?:\b(?P<pre>between|from)\s+)?"
    # "and" joins a range only after "between": "on March 3 and 5 people died" is not a range.
    join = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|(?(pre)\band\b|(?!)))\s*"
    ordinal = r"(?:st|nd|rd|th)?\b" + _NOT_TIME
    year = rf"(?P<y>{_YEAR4})\b(?![-/.:]?[0-9])"
    numbers = _alternation([*lexicon["numbers"], *lexicon["vague_numbers"]])
    seasons = lexicon["seasons"]
    return _Patterns(
        months=months,
        weekdays=weekdays,
        weekday_abbreviations=abbreviations,
        seasons={name: (first, last) for name, (first, last) in seasons.items()},
        numbers=lexicon["numbers"],
        vague=frozenset(lexicon["vague_numbers"]),
        month_day=re.compile(
            rf"{pre}(?P<body>{wdp}\b{mon}(?:\.\s*|\s+)(?P<d1>[0-3]?[0-9]){ordinal}"
            rf"(?:{join}(?P<d2>[0-3]?[0-9]){ordinal})?"
            rf"(?:,?\s*{year}|,?\s*'(?P<y2>[0-9]{{2}})\b|,?\s+(?P<y3>[0-9]{{2}})\b(?![-/.:]?[0-9])(?!\s*[a-z]))?)",
            FLAGS,
        ),
        day_month=re.compile(
            rf"{pre}(?P<body>{wdp}(?:\bthe\s+)?\b(?P<d1>[0-3]?[0-9]){ordinal}"
            rf"(?:{join}(?:the\s+)?(?P<d2>[0-3]?[0-9]){ordinal})?\s+(?:of\s+)?{mon}\.?"
            # A two-digit year ("10 JAN 90") only when no word follows: "on 3 May 90 people died".
            rf"(?:,?\s*{year}|\s+(?P<y2>[0-9]{{2}})\b(?![-/.:]?[0-9])(?!\s*[a-z]))?)",
            FLAGS,
        ),
        month_year=re.compile(
            rf"(?:\b(?P<cue>{_alternation(lexicon['month_cues'])})\s+(?:the\s+month\s+of\s+)?)?"
            rf"(?P<body>(?:\b(?P<mod>early|late|mid|last|this|next)(?:\s+|-))?\b{mon}\.?"
            rf"(?:,?\s*(?:of\s+)?{year}|\s+'(?P<y2>[0-9]{{2}})\b)?)",
            FLAGS,
        ),
        year=re.compile(
            rf"(?:\b(?P<cue>{_alternation(lexicon['year_cues'])})\s+(?:the\s+year\s+)?"
            rf"|\b(?P<det>the|a|an|that|this|his|her|their)\s+)?"
            rf"(?P<body>(?:\b(?P<mod>early|late|mid)(?:\s+|-))?\b{year})(?!,[0-9])"
            # "the 2014 shooting", "a 2015 fatal stabbing": the year an event noun is told with.
            rf"(?P<noun>(?(det)\s+(?:(?!{_FUNCTION_WORDS}\b)[a-z-]+\s+){{0,2}}?(?:{_alternation(lexicon['event_nouns'])})\b|(?!)))?",
            FLAGS,
        ),
        iso=re.compile(r"\b(?P<y>[12][0-9]{3})-(?P<m>[01]?[0-9])-(?P<d>[0-3]?[0-9])\b(?![-/:][0-9])", FLAGS),
        slash=re.compile(
            r"(?<![0-9/.])\b(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])(?P=sep)"
            r"(?P<y>[0-9]{4}|(?<=/)[0-9]{2})\b(?![/.-]?[0-9])",
            FLAGS,
        ),
        holiday=re.compile(
            rf"\b(?P<body>(?P<name>{_holiday_names(lexicon)})(?:,?\s+{year})?)\b"
            r"(?!['\u2019]s\b|\s+(?:weekend|holiday|season|break|week)\b)",
            FLAGS,
        ),
        weekday=re.compile(
            rf"\b(?P<body>(?:(?P<mod>last|this\s+past|this\s+coming|this|next)\s+)?(?:(?:early|late)\s+)?"
            rf"{wd}(?:\s+(?:morning|afternoon|evening|night)\b)?)",
            FLAGS,
        ),
        relative=re.compile(
            r"\b(?P<body>"
            r"(?P<dby>the\s+day\s+before\s+yesterday)"
            r"|(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
            r"|(?P<yday>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)"
            r"|(?P<tmrw>tomorrow(?:\s+(?:morning|afternoon|evening|night))?)"
            r"|(?P<rmod>earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|the\s+previous"
            r"|the\s+preceding|the\s+past|this\s+past|this\s+coming|last|this|next)\s+(?P<unit>weekend|week|month|year)"
            r"|(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bat\s))(?P<wkend>the\s+weekend)"
            rf"|(?P<n>[0-9]{{1,3}}|{numbers})\s+(?P<agounit>day|week|month|year)s?\s+ago"
            # "It's been four months since he was shot": as long ago as "four months ago".
            r"|(?<=\bbeen\s)(?:(?:nearly|almost|about|roughly|more\s+than|over|just\s+over|less\s+than)\s+)?"
            rf"(?P<sn>[0-9]{{1,3}}|{numbers})\s+(?P<sinceunit>day|week|month|year)s?(?=\s+since\b)"
            rf"|(?P<hours>(?:(?:[0-9]{{1,2}}|{numbers})\s+)?hours?\s+ago)"
            # "in recent days", "over the past few weeks", "the last two months": up to the anchor.
            rf"|(?P<recent>(?:the\s+(?:last|past|previous)\s+(?P<rn>[0-9]{{1,2}}|{numbers})|recent)"
            r"\s+(?P<runit>days|weeks|months))"
            # "during the last few hours", "in the past 24 hours", "overnight": the night before the anchor.
            r"|(?P<night>(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bwithin\s))the\s+(?:last|past|previous)\s+"
            rf"(?:(?:[0-9]{{1,2}}|{numbers}|twenty-four|twenty\s+four)\s+)?hours"
            r"|overnight(?!\s+(?:stay|stays|trip|trips|bag|shift|shifts|guest|guests|camp|flight|flights|parking)\b))"
            r")\b",
            FLAGS,
        ),
        season=re.compile(
            rf"\b(?P<body>(?:(?P<mod>last|this\s+past|this\s+coming|this|next)\s+)?"
            rf"(?:(?P<the>the)\s+)?(?:(?:early|late|mid)(?:\s+|-))?(?P<season>{_alternation(seasons)})\b"
            # "the Spring-area shooting", "a summer-long drought": the first part of a compound word.
            r"(?!-[a-z])"
            rf"(?:(?:\s+of|,)?\s+{year})?)",
            FLAGS,
        ),
        shift=re.compile(
            r"\b(?P<body>(?:"
            r"(?P<next>the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)"
            r"|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
            r"|the\s+(?:day|night)\s+before)"
            rf"|(?P<n>[0-9]{{1,2}}|{numbers})\s+(?P<unit>day|week)s?\s+(?P<dir>later|earlier|before|after|prior\s+to)"
            rf"|(?P<hours>(?:(?:[0-9]{{1,2}}|{numbers})\s+)?hours\s+(?P<hdir>later|earlier|before|after))"
            r")"
            rf"(?:\s+(?P<event>(?:the|that|this)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alternation(lexicon['event_nouns'])})))?)"
            r"\b(?P<after>\s*[,.;:)]|\s*\Z)?",
            FLAGS,
        ),
        joiner=re.compile(join.replace("(?(pre)\\band\\b|(?!))", "\\band\\b"), FLAGS),
        future=re.compile(rf"(?<![a-z])(?:{_alternation(lexicon['future_cues'])})(?![a-z])", FLAGS),
        # The cue, then maybe "on", a clock time and a time zone, right before the date.
        stamp=re.compile(
            # "UPDATE #2 (01/21/2024):", a numbered update, dates its paragraph too.
            rf"\b(?:{_alternation(lexicon['stamp_cues'])})\s*(?:#\s*[0-9]{{1,2}}\s*)?(?:on\b|:|-|,|\()?\s*"
            r"(?:[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?\s*,?\s*)?\Z",
            FLAGS,
        ),
        dateline=re.compile(
            # "SAN SALVADOR, 3 JAN 90 --", "LONDON, Jan. 19, 2024 (Reuters) -", and a press release's
            # "ROCKFORD, IL (March 4, 2016):", its date in parentheses.
            r"\A\s*[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Za-z.'\- ]{1,30})?(?:\s*\([A-Za-z .]+\))?"
            r"(?:,\s+|\s*(?P<paren>\()\s*)"
            rf"(?P<date>[0-3]?[0-9]\s+{mon}\.?\s+(?:{_YEAR4}|[0-9]{{2}})"
            rf"|(?:{_alternation(months)})\.?\s+[0-3]?[0-9],?\s+(?:{_YEAR4}|[0-9]{{2}}))"
            r"(?(paren)\s*\))\s*(?:\(|--|-|—|–|\[|:)",
            FLAGS,
        ),
    )


# --- candidates: where a pattern matched, and how to resolve it ----------------------------------------


def _month_of(p: _Patterns, match: re.Match[str], group: str = "mon") -> int:
    return p.months[match.group(group).lower().rstrip(".")]


def _explicit_year(match: re.Match[str], anchor: dt.date | None) -> int | None:
    if match.group("y"):
        return int(match.group("y"))
    for group in ("y2", "y3"):
        if group in match.re.groupindex and match.group(group):
            return _two_digit_year(int(match.group(group)), anchor)
    return None


def _year_of_weekday(found: dt.date, weekday: int | None, tense: Tense) -> int:
    """The year of a day told with its weekday but no year ("Sunday, Nov. 15"): the one the anchor points
    to, unless the weekday falls on that day only the year before (a page fetched long after it was
    written). An upcoming day keeps its year: a wrong weekday there is more likely a slip."""
    if weekday is None or found.weekday() == weekday or tense == "future":
        return found.year
    other = calendar_day(found.year - 1, found.month, found.day)
    return other.year if other is not None and other.weekday() == weekday else found.year


def _day_resolver(p: _Patterns, match: re.Match[str]) -> Resolver | None:
    """Month and day, maybe a second day (a range), maybe a year: both word orders."""
    month = _month_of(p, match)
    first = int(match.group("d1"))
    last = int(match.group("d2")) if match.group("d2") else first
    if not (1 <= first <= last <= 31):
        return None
    has_year = _explicit_year(match, None) is not None
    if match.group("mon").lower() in _AMBIGUOUS_MONTHS and match.group("mon").islower() and not has_year:
        return None
    told = (match.group("wdp") or "").lower().rstrip(".")
    weekday = p.weekdays.get(told, p.weekday_abbreviations.get(told)) if first == last else None

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        year = _explicit_year(match, anchor)
        if year is None:
            if anchor is None:
                return None
            found = _year_for(month, first, anchor, tense)
            if found is None:
                return None
            year = _year_of_weekday(found, weekday, tense)
        start, end = calendar_day(year, month, first), calendar_day(year, month, last)
        if start is None or end is None:
            return None
        return start, end, "day" if first == last else "range"

    return resolve


def _month_year_resolver(p: _Patterns, match: re.Match[str]) -> Resolver | None:
    month = _month_of(p, match)
    mod = (match.group("mod") or "").lower()
    has_year = bool(match.group("y")) or bool(match.group("y2"))
    if not has_year and not match.group("cue") and not mod:
        return None
    if match.group("mon").lower() in _AMBIGUOUS_MONTHS and match.group("mon").islower() and not has_year:
        return None

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        year = _explicit_year(match, anchor)
        if year is None:
            if anchor is None:
                return None
            if mod == "this":
                year = anchor.year
            else:
                direction: Tense = "future" if mod == "next" else "past" if mod == "last" else tense
                year = _month_year_for(month, anchor, direction, strict=mod in ("last", "next"))
        start, end, precision = _month_interval(year, month)
        if mod in _THIRDS:
            # "early January" is its first ten days, "mid-January" the next ten, "late January" the rest.
            first, last = _THIRDS[mod]
            return start.replace(day=first), end if last is None else end.replace(day=last), "range"
        return start, end, precision

    return resolve


_THIRDS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_YEAR_THIRDS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _year_resolver(match: re.Match[str]) -> Resolver | None:
    if not match.group("cue") and not match.group("mod") and not match.group("noun"):
        return None
    year = int(match.group("y"))
    interval: Resolved = (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    mod = (match.group("mod") or "").lower()
    if mod in _YEAR_THIRDS:
        first, last = _YEAR_THIRDS[mod]
        interval = (dt.date(year, first, 1), _month_interval(year, last)[1], "range")
    return lambda anchor, tense: interval


def _holiday(match: re.Match[str]) -> Holiday:
    name = " ".join(match.group("name").lower().replace("\u2019", "'").split())
    words = read_lexicon("dates_en.json")["holiday_words"]
    return holidays()[words.get(name, name)]


def _holiday_resolver(match: re.Match[str]) -> Resolver | None:
    """ "on Christmas Eve", "Memorial Day 2015": a named day, in the year the tense points to."""
    name = " ".join(match.group("name").lower().split())
    before = match.string[max(0, match.start() - 8) : match.start()].lower().split()
    if name in read_lexicon("dates_en.json")["holiday_words"] and (not before or before[-1] != "on"):
        return None  # "Christmas shopping", "since Easter": a season or a word, not a day
    if before and before[-1] in ("before", "after", "until", "till", "by"):
        return None
    holiday = _holiday(match)

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        if match.group("y"):
            day = holiday_date(holiday, int(match.group("y")))
            return day, day, "day"
        if anchor is None:
            return None
        options = [holiday_date(holiday, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        past = [d for d in options if d <= anchor + dt.timedelta(days=1)]
        future = [d for d in options if d >= anchor]
        if tense == "future" or (tense is None and future and (future[0] - anchor).days <= _SCHEDULED_WINDOW):
            day = min(future)
        else:
            day = max(past)
        return day, day, "day"

    return resolve


def _weekday_resolver(p: _Patterns, match: re.Match[str]) -> Resolver | None:
    name = match.group("wd").lower().rstrip(".")
    weekday = p.weekdays.get(name)
    if weekday is None:
        # "Sat." and "Sun." are words too: an abbreviation counts capitalised and not after "the".
        if (
            match.group("wd").islower()
            or match.string[max(0, match.start() - 4) : match.start()].lower() == "the "
        ):
            return None
        weekday = p.weekday_abbreviations[name]
    mod = " ".join((match.group("mod") or "").lower().split())

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        if anchor is None:
            return None
        if mod in ("last", "this past"):
            day = _weekday_for(weekday, anchor, "past", strict=True)
        elif mod in ("next", "this coming"):
            day = _weekday_for(weekday, anchor, "future", strict=True)
        else:
            day = _weekday_for(weekday, anchor, tense, strict=False)
        return day, day, "day"

    return resolve


def _relative_resolver(p: _Patterns, match: re.Match[str]) -> Resolver:
    groups = match.groupdict()

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        if anchor is None:
            return None
        days = {"today": 0, "yday": -1, "dby": -2, "tmrw": 1, "hours": 0}
        for name, delta in days.items():
            if groups[name]:
                day = anchor + dt.timedelta(days=delta)
                return day, day, "day"
        if groups["night"]:
            return anchor - dt.timedelta(days=1), anchor, "range"
        if groups["recent"]:
            return _resolve_recent(p, groups["rn"], groups["runit"].lower(), anchor)
        if groups["wkend"]:
            return (*_weekend(anchor, tense), "range")
        if groups["n"]:
            return _resolve_ago(p, groups["n"], groups["agounit"].lower(), anchor)
        if groups["sn"]:
            return _resolve_ago(p, groups["sn"], groups["sinceunit"].lower(), anchor)
        modifier = " ".join(groups["rmod"].lower().split())
        return _resolve_period(modifier, groups["unit"].lower(), anchor, tense)

    return resolve


_RECENT_DAYS = {"days": 1, "weeks": 7, "months": 30}
_RECENT_VAGUE = {"days": 7, "weeks": 28, "months": 120}
"""How far back "the past few days/weeks/months" and "recent days/weeks/months" reach."""


def _resolve_recent(p: _Patterns, number: str | None, unit: str, anchor: dt.date) -> Resolved:
    """ "the past two weeks": from that long before the anchor to the anchor."""
    words = " ".join((number or "").lower().split())
    if not words or words in p.vague:
        days = _RECENT_VAGUE[unit]
    else:
        days = (int(words) if words.isdigit() else p.numbers[words]) * _RECENT_DAYS[unit]
    return anchor - dt.timedelta(days=days), anchor, "range"


def _resolve_ago(p: _Patterns, number: str, unit: str, anchor: dt.date) -> Resolved:
    number = " ".join(number.lower().split())
    if number in p.vague:
        # "a few days ago": somewhere between two and seven units back.
        return _ago(anchor, 7, unit)[0], _ago(anchor, 2, unit)[1], "range"
    return _ago(anchor, int(number) if number.isdigit() else p.numbers[number], unit)


def _resolve_period(mod: str, unit: str, anchor: dt.date, tense: Tense) -> Resolved:
    precision: DatePrecision = "range" if unit == "weekend" else unit  # type: ignore[assignment]
    if unit == "weekend":
        offset = {"last": -1, "the previous": -1, "the preceding": -1, "this past": -1, "next": 1}.get(mod, 0)
        if mod == "this coming":
            offset = 1
        if offset == -1:
            # "last weekend" is last week's: from Monday to Friday the one just past; on a Saturday the one
            # before; on a Sunday the one just ending.
            monday = anchor - dt.timedelta(days=anchor.weekday())
            saturday = monday - dt.timedelta(days=2)
            if anchor.weekday() == 6:
                saturday = anchor - dt.timedelta(days=1)
            return saturday, saturday + dt.timedelta(days=1), precision
        if offset == 1:
            return (*_weekend(anchor, "future", offset=0 if anchor.weekday() < 5 else 1), precision)
        return (*_weekend(anchor, tense), precision)
    if mod in ("the past", "this past"):
        span = {"week": 6, "month": 30, "year": 365}[unit]
        return anchor - dt.timedelta(days=span), anchor, "range"
    if mod in ("last", "the previous", "the preceding"):
        if unit == "week" and anchor.weekday() == 6:
            # "last week" in a Sunday paper is the week just ending, Sunday to Saturday, as a US calendar
            # counts it; the Monday-to-Sunday week before it is not what the reader takes it for.
            return anchor - dt.timedelta(days=7), anchor - dt.timedelta(days=1), precision
        return (*_period(anchor, unit, -1), precision)
    if mod in ("next", "this coming"):
        return (*_period(anchor, unit, 1), precision)
    start, end = _period(anchor, unit, 0)
    if mod.startswith("earlier"):
        return start, anchor, precision
    if mod.startswith("later"):
        return anchor, end, precision
    return (*_clip(start, end, anchor, tense), precision)


def _season_of(p: _Patterns, name: str, year: int) -> tuple[dt.date, dt.date]:
    """A season of the northern hemisphere by meteorological months; winter Y runs Dec Y-1 to Feb Y."""
    first, last = p.seasons[name]
    start_year = year - 1 if first > last else year
    return dt.date(start_year, first, 1), _month_interval(year, last)[1]


def _season_resolver(p: _Patterns, match: re.Match[str]) -> Resolver | None:
    name = match.group("season").lower()
    mod = " ".join((match.group("mod") or "").lower().split())
    if match.group("y") is None and not mod:
        # "the fall" and "spring" are words: a bare season counts only as "in the summer".
        before = match.string[max(0, match.start() - 8) : match.start()].lower().split()
        if (
            not match.group("the")
            or not before
            or before[-1] not in ("in", "during", "over", "since", "until")
        ):
            return None

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        if match.group("y"):
            return (*_season_of(p, name, int(match.group("y"))), "range")
        if anchor is None:
            return None
        seasons = [_season_of(p, name, year) for year in range(anchor.year - 1, anchor.year + 3)]
        ended = [s for s in seasons if s[1] < anchor]
        begun = [s for s in seasons if s[0] <= anchor]
        coming = [s for s in seasons if s[0] > anchor]
        if mod == "last":
            chosen = ended[-1]
        elif mod in ("next", "this coming") or (tense == "future" and mod != "this past"):
            chosen = coming[0]
        elif mod == "this":
            chosen = min(
                seasons,
                key=lambda s: (
                    0 if s[0] <= anchor <= s[1] else min(abs((s[0] - anchor).days), abs((s[1] - anchor).days))
                ),
            )
        else:
            chosen = begun[-1][0], min(begun[-1][1], anchor)
        return chosen[0], chosen[1], "range"

    return resolve


def _shift_candidate(p: _Patterns, match: re.Match[str]) -> Candidate | None:
    """ "the following day", "two days earlier", "a week after the attack": an offset from another date."""
    groups = match.groupdict()
    event = match.span("event") if groups["event"] else None
    direction = (groups["dir"] or groups["hdir"] or "").lower()
    loose = groups["next"] or groups["prev"] or ""
    # "two days after he was shot" is relative to a clause we cannot date: only a named event or nothing.
    if (
        (
            direction in ("before", "after")
            or direction.startswith("prior")
            or loose.lower().endswith(("after", "before"))
        )
        and event is None
        and groups["after"] is None
    ):
        return None
    sign = -1 if groups["prev"] or direction in ("earlier", "before") or direction.startswith("prior") else 1
    if groups["next"] or groups["prev"]:
        low = high = sign
    elif groups["hours"]:
        low = high = 0
    else:
        number = " ".join(groups["n"].lower().split())
        unit = 7 if groups["unit"].lower() == "week" else 1
        if number in p.vague:
            low, high = 2 * unit * sign, 7 * unit * sign
        else:
            count = int(number) if number.isdigit() else p.numbers[number]
            low = high = count * unit * sign
        if unit == 7:
            low, high = low - 1, high + 1  # "a week later" is loose by a day
    low, high = min(low, high), max(low, high)

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        if anchor is None:
            return None
        start, end = anchor + dt.timedelta(days=low), anchor + dt.timedelta(days=high)
        return start, end, "day" if low == high else "range"

    end = match.end("body")
    return Candidate(match.start("body"), end, resolve, _Shift(low, high, event))


def _iso_resolver(match: re.Match[str]) -> Resolver | None:
    day = calendar_day(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return None if day is None else (lambda anchor, tense: (day, day, "day"))


def _slash_resolver(match: re.Match[str]) -> Resolver | None:
    raw_year = match.group("y")

    def resolve(anchor: dt.date | None, tense: Tense) -> Resolved | None:
        year = int(raw_year) if len(raw_year) == 4 else _two_digit_year(int(raw_year), anchor)
        first, second = int(match.group("a")), int(match.group("b"))
        # Slashes are read in US order (month/day) and dots in European order (day.month), unless the
        # month would be over 12: "25/12/2023" and "12.25.2023" can only be read one way.
        month, day_of_month = (first, second) if match.group("sep") == "/" else (second, first)
        if month > 12 >= day_of_month:
            month, day_of_month = day_of_month, month
        day = calendar_day(year, month, day_of_month)
        return None if day is None else (day, day, "day")

    return resolve


def find_candidates(text: str) -> Iterator[Candidate]:
    p = date_patterns()
    makers: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Resolver | None]]] = [
        (p.month_day, lambda m: _day_resolver(p, m)),
        (p.day_month, lambda m: _day_resolver(p, m)),
        (p.month_year, lambda m: _month_year_resolver(p, m)),
        (p.year, _year_resolver),
        (p.iso, _iso_resolver),
        (p.slash, _slash_resolver),
        (p.weekday, lambda m: _weekday_resolver(p, m)),
        (p.holiday, _holiday_resolver),
        (p.relative, lambda m: _relative_resolver(p, m)),
        (p.season, lambda m: _season_resolver(p, m)),
    ]
    for pattern, make in makers:
        for match in pattern.finditer(text):
            if pattern in (p.month_day, p.day_month) and _names_something(match, text):
                continue
            resolver = make(match)
            if resolver is not None:
                body = "body" if "body" in pattern.groupindex else 0
                yield Candidate(match.start(body), match.end(body), resolver, **_facts(p, pattern, match))
    for match in p.shift.finditer(text):
        if (candidate := _shift_candidate(p, match)) is not None:
            yield candidate


@cache
def _name_heads() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternation(read_lexicon('dates_en.json')['date_names'])})\b", FLAGS)


def _names_something(match: re.Match[str], text: str) -> bool:
    """Whether a day told without its year is part of a name ("the 3 March Movement", "9 July Avenue")."""
    body = match.group("body")
    return (
        _explicit_year(match, None) is None
        and body[-1:].isalnum()
        and _name_heads().match(text, match.end("body")) is not None
    )


def _facts(p: _Patterns, pattern: re.Pattern[str], match: re.Match[str]) -> dict[str, Any]:
    """What a candidate tells besides its interval: its named month and whether the year is written,
    its weekday when it is one told without a date, whether it is a written-out day."""
    if pattern in (p.month_day, p.day_month, p.month_year):
        has_year = _explicit_year(match, None) is not None
        return {
            "month": _month_of(p, match),
            "year_written": has_year,
            "written": pattern is not p.month_year,
        }
    if pattern in (p.iso, p.slash):
        return {"year_written": True, "written": True}
    if pattern is p.holiday:
        month = _holiday(match).month or None  # Easter's month depends on the year
        return {"month": month, "year_written": bool(match.group("y")), "written": True}
    if pattern is p.weekday:
        name = match.group("wd").lower().rstrip(".")
        return {"weekday": p.weekdays.get(name, p.weekday_abbreviations.get(name))}
    return {}


def select_candidates(candidates: Iterator[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, preferring the earliest start and then the longest match."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if not chosen or candidate.start >= chosen[-1].end:
            chosen.append(candidate)
    return chosen
