"""The "when" stage: date expressions in news text, resolved to inclusive intervals.

Every expression becomes a :class:`DateInterval` ``start..end`` with a precision, so that "Friday",
"last month" and "between March 3 and 5" can all be compared with a gold date by containment. Relative
expressions are resolved against an anchor (the publication date, else the dateline); without one they
resolve to nothing, while absolute dates still resolve.

Matching is regular expressions over the raw text (case-insensitive, ASCII only, so offsets are exact and
ALL-CAPS wire copy works), compiled once on first use from ``lexicons/dates_en.json``: the patterns and
their resolvers live in :mod:`eventwire.extract.date_expressions`, this module reads tense, ranges and
page stamps around them. A spaCy ``Doc`` is optional: when given, its sentences bound the window in which
tense cues ("will", "scheduled") are read.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from eventwire.extract.date_expressions import (
    FLAGS,
    Candidate,
    Tense,
    calendar_day,
    date_patterns,
    find_candidates,
    select_candidates,
)
from eventwire.models import DateInterval, DatePrecision, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.extract.pipeline import Analysis

__all__ = [
    "DateMention",
    "DatesStage",
    "RelativeDate",
    "find_dateline",
    "find_dates",
    "resolve_date",
    "resolve_relative",
    "shift_interval",
]

_TENSE_WINDOW = 60
"""How many characters before a date are searched for a future cue."""
_RECENT_DAYS = 30
"""A day or month without its year that falls this many days before the anchor keeps the anchor's year."""
_STAMP_WINDOW = 40
"""How many characters before a date are searched for a page stamp's cue ("Updated: 10:13 AM EST,")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RelativeDate:
    """A date told as an offset from another one: "the following day", "two days after the attack".

    The interval is ``start_days..end_days`` days from the date it is relative to: the event that
    ``event`` names when there is one ("the attack"), else the date the narrative last mentioned.
    """

    start_days: int
    end_days: int
    event: Span | None = None
    """The event noun phrase the expression is anchored on, when the text names one."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date expression in a text and the interval it resolves to."""

    span: Span
    interval: DateInterval
    relative: RelativeDate | None = None
    """Set for expressions relative to another date; ``interval`` is then resolved against the date the
    text last mentioned (else the anchor), and :func:`resolve_relative` re-resolves it against an event."""
    stamp: bool = False
    """A page's own date ("Posted: Monday, May 4, 2015 5:29 PM", "Updated 10:13 AM, June 2"): it dates
    the report, never an event."""
    future: bool = False
    """Told after a future cue ("will be arraigned Friday", "an autopsy is expected Wednesday")."""
    weekday: int | None = None
    """For a weekday told without its date ("Friday", "last Monday"): the weekday (Monday 0), counted
    from the anchor."""
    written: bool = False
    """A day written out with its month ("March 3", "3 March 2024", "3/3/2024"), not counted from the
    anchor."""


# --- tense, ranges, mentions ---------------------------------------------------------------------------


def _tense_at(text: str, start: int, sentence_start: int) -> Tense:
    """``"future"`` when a future cue ("will", "scheduled") comes shortly before the date, else unknown."""
    window_start = max(sentence_start, start - _TENSE_WINDOW)
    window = text[window_start:start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("\n"), window.rfind("?"), window.rfind("!"))
    return "future" if date_patterns().future.search(window, cut + 1) else None


def _merge_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join "March 30 to April 2" and "between 3 May and 5 June" into one range mention."""
    p = date_patterns()
    merged: list[DateMention] = []
    for mention in mentions:
        if merged:
            left = merged[-1]
            gap = p.joiner.fullmatch(text, left.span.end, mention.span.start)
            is_and = gap is not None and gap.group(0).strip().lower() == "and"
            before = text[max(0, left.span.start - 8) : left.span.start].lower()
            if (
                gap is not None
                and left.interval.precision == "day"
                and mention.interval.precision == "day"
                and (not is_and or before.rstrip().endswith("between"))
                and left.interval.start is not None
                and mention.interval.end is not None
                and left.interval.start < mention.interval.end
            ):
                span = Span.of(text, left.span.start, mention.span.end)
                interval = DateInterval(
                    start=left.interval.start,
                    end=mention.interval.end,
                    precision="range",
                    text=span.text,
                    evidence=span,
                )
                merged[-1] = DateMention(span=span, interval=interval, stamp=left.stamp)
                continue
        merged.append(mention)
    return merged


def _mentions(text: str, anchor: dt.date | None, tense_of: Callable[[Candidate], Tense]) -> list[DateMention]:
    p = date_patterns()
    mentions: list[DateMention] = []
    reference = anchor  # the day the narrative last mentioned: what "the following day" counts from
    years: dict[int, int] = {}  # the year last written with each month ("in December 2014")
    page_anchor = anchor
    sections = _section_stamps(text, page_anchor)
    for candidate in select_candidates(find_candidates(text)):
        section_anchor = _section_anchor(sections, candidate.start, page_anchor)
        if section_anchor != anchor:
            anchor = reference = section_anchor  # a new section counts from its own stamp
        shift = candidate.shift
        tense = tense_of(candidate)
        resolved = candidate.resolve(reference if shift else anchor, tense)
        if resolved is None:
            continue
        start, end, precision = resolved
        if candidate.month is not None and candidate.year_written:
            years[candidate.month] = end.year if candidate.month == end.month else start.year
        elif candidate.month is not None and tense != "future":
            start, end = _in_written_year(start, end, years.get(candidate.month), anchor)
        if (
            precision in ("day", "week", "month", "year")
            and _since(text, candidate.start)
            and anchor is not None
            and start < anchor
        ):
            # "since Friday", "since 11 November", "since March": from then up to the anchor.
            end, precision = anchor, "range"
        span = Span.of(text, candidate.start, candidate.end)
        interval = DateInterval(start=start, end=end, precision=precision, text=span.text, evidence=span)
        relative = None
        if shift is not None:
            event = None if shift.event is None else Span.of(text, *shift.event)
            relative = RelativeDate(start_days=shift.start_days, end_days=shift.end_days, event=event)
        stamp = p.stamp.search(text, max(0, candidate.start - _STAMP_WINDOW), candidate.start) is not None
        stamp = stamp or _in_a_wire_dateline(text, candidate.start, candidate.end)
        stamp = stamp or any(start <= candidate.start < end for start, end, _ in sections)
        # "Published: Monday, 2/23/2015": a date right after a stamp's date is part of the stamp.
        stamp = stamp or bool(
            mentions
            and mentions[-1].stamp
            and not re.search(r"[a-z0-9]", text[mentions[-1].span.end : candidate.start], FLAGS)
            and candidate.start - mentions[-1].span.end <= 3
        )
        mentions.append(
            DateMention(
                span=span,
                interval=interval,
                relative=relative,
                stamp=stamp,
                future=tense == "future",
                weekday=candidate.weekday,
                written=candidate.written and precision == "day",
            )
        )
        if precision == "day":
            reference = start
    return _merge_ranges(text, _back_a_week(mentions, page_anchor))


_SECTION_STAMP = re.compile(
    r"^[ \t]*(?:updated?|previous(?:ly)?|earlier|original(?:\s+story)?)[ \t]*:?[ \t]*"
    r"(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})(?:/(?P<year>[0-9]{2}|[0-9]{4}))?\b[^\n:]{0,24}:",
    FLAGS | re.MULTILINE,
)


def _section_stamps(text: str, anchor: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """The page's sections that open with a stamp of their own at the start of a line ("UPDATE 3/9: ...",
    "PREVIOUS 3/2: ..."), as (stamp start, stamp end, day): a page that keeps its older reports below the
    newest tells each in its own time, and "Monday" in the older one is the Monday before its stamp."""
    if anchor is None:
        return []
    sections: list[tuple[int, int, dt.date]] = []
    for match in _SECTION_STAMP.finditer(text):
        month, day = int(match.group("month")), int(match.group("day"))
        year = match.group("year")
        if year is not None:
            years = [int(year) + (2000 if len(year) == 2 else 0)]
        else:
            years = [anchor.year - 1, anchor.year, anchor.year + 1]
        days = [d for number in years if (d := calendar_day(number, month, day)) is not None]
        if days:
            # The year that puts the stamp nearest the page's date: "UPDATE 12/1" on a page dated Nov. 27
            # is an update four days later, not last December's.
            stamped = min(days, key=lambda d: abs((d - anchor).days))
            sections.append((match.start(), match.end(), stamped))
    return sections


def _section_anchor(
    sections: list[tuple[int, int, dt.date]], start: int, anchor: dt.date | None
) -> dt.date | None:
    """The anchor of the text at ``start``: its section's stamp when that is older than the page's."""
    told = [day for opened, _, day in sections if opened <= start]
    if not told or anchor is None or told[-1] >= anchor:
        return anchor
    return told[-1]


_WIRE_PLACE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'\- ]{1,40}(?:,[ \t]*[A-Za-z.'\- ]{1,30}){0,2},[ \t]*\Z"
)
_WIRE_AGENCY = re.compile(r"[ \t]*\([A-Za-z .]{2,30}\)[ \t]*(?:--|-|\u2014|\u2013)")


_RELEASE_PLACE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'\- ]{1,40}(?:,[ \t]*[A-Za-z.'\- ]{1,30}){1,2}[ \t]*\([ \t]*\Z"
)
_RELEASE_CLOSE = re.compile(r"[ \t]*\)[ \t]*(?:--|-|\u2014|\u2013|:)")


def _in_a_wire_dateline(text: str, start: int, end: int) -> bool:
    """Whether a date is a wire story's dateline at the start of a line, with or without its year
    ("OAKVILLE, Ont., March 3 (Reuters) -"), or a press release's with its date in parentheses
    ("ELMWOOD, Ind. (April 4, 2016) -"): it dates the report, wherever the story starts on the page."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 80:
        return False
    place_from = max(0, line_start - 1)
    return (
        _WIRE_AGENCY.match(text, end) is not None and _WIRE_PLACE.search(text, place_from, start) is not None
    ) or (
        _RELEASE_CLOSE.match(text, end) is not None
        and _RELEASE_PLACE.search(text, place_from, start) is not None
    )


def _back_a_week(mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """Weekdays moved back a week when the story itself looks back over "last week".

    A weekday read as the day after the anchor ("Wednesday" in a story dated Tuesday) is moved back to the
    one six days before, when the story looks back over last week or itself calls that day "last
    Wednesday": then the stamp is right and the Wednesday is last week's. A bare weekday told
    shortly after a lead's "last week" ("opened fire last week ... shortly before 10 p.m. Sunday") that
    falls in the anchor's own week, counted from Sunday as US calendars count it, is last week's too: a day
    of this week would not have been told as "last week".
    """
    if anchor is None:
        return mentions
    last_weeks = [m.span.start for m in mentions if _LAST_WEEK.fullmatch(m.span.text)]
    # "shot Thursday night ... about 11 p.m. last Thursday": the story tells which Thursday it means.
    told_last = {m.weekday for m in mentions if m.weekday is not None and _LAST_WEEKDAY.match(m.span.text)}
    if not last_weeks and not told_last:
        return mentions
    # Only a lead that frames the story as last week's ("opened fire at the park last week") says so of
    # the weekdays that follow; a "last week" told later is another step of the story.
    lead = next((m for m in mentions if not m.stamp), None)
    framed = lead is not None and lead.span.start in last_weeks
    ahead = anchor + dt.timedelta(days=1)
    week_start = anchor - dt.timedelta(days=(anchor.weekday() + 1) % 7)

    def moved(m: DateMention) -> bool:
        if m.weekday is None or m.future or m.interval.start != m.interval.end or m.interval.start is None:
            return False
        if m.interval.start == ahead:
            return bool(last_weeks) or m.weekday in told_last
        told_after = any(0 < m.span.start - start <= _LAST_WEEK_REACH for start in last_weeks)
        bare = _WEEKDAY_MODIFIER.match(m.span.text) is None
        return framed and told_after and bare and week_start <= m.interval.start < anchor

    return [replace(m, interval=shift_interval(m.interval, days=-7)) if moved(m) else m for m in mentions]


_LAST_WEEK_REACH = 400
"""How many characters after "last week" a weekday may come and still be told of last week."""
_WEEKDAY_MODIFIER = re.compile(r"(?:last|this|next)\b", FLAGS)
_LAST_WEEKDAY = re.compile(r"(?:last|this\s+past)\s", FLAGS)
_LAST_WEEK = re.compile(r"(?:last|the\s+past|this\s+past|the\s+previous)\s+week", FLAGS)


def _in_written_year(
    start: dt.date, end: dt.date, year: int | None, anchor: dt.date | None
) -> tuple[dt.date, dt.date]:
    """A day or month told without its year ("Dec. 6"), moved into the earlier year the text last wrote
    with that month ("in December 2014"): the story is telling of that December, not the latest one. A
    day of the last month stays: a story told that recently is today's news."""
    if year is None or year >= start.year or (anchor is not None and (anchor - start).days < _RECENT_DAYS):
        return start, end
    moved_start, moved_end = _with_year(start, year), _with_year(end, year + end.year - start.year)
    if moved_start is None or moved_end is None or (anchor is not None and moved_end > anchor):
        return start, end
    return moved_start, moved_end


def _with_year(day: dt.date, year: int) -> dt.date | None:
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _since(text: str, start: int) -> bool:
    return text[max(0, start - 6) : start].lower().rstrip().endswith("since")


def find_dates(text: str, *, anchor: dt.date | None, doc: Doc | None = None) -> list[DateMention]:
    """Every date expression in ``text`` that resolves, in order, with its span and interval.

    Relative expressions are resolved against ``anchor``; without one only absolute dates are returned.
    The tense of each expression is read from cues just before it ("will be arraigned Friday"); when ``doc``
    is given, its sentence boundaries limit that window.
    """
    sentence_starts: list[int] = [0]
    if doc is not None and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        sentence_starts = [0, *(sent.start_char for sent in doc.sents)]

    def tense_of(candidate: Candidate) -> Tense:
        sentence_start = sentence_starts[bisect.bisect_right(sentence_starts, candidate.start) - 1]
        return _tense_at(text, candidate.start, sentence_start)

    return _mentions(text, anchor, tense_of)


def resolve_date(
    text: str, *, anchor: dt.date | None, tense: Literal["past", "future"] | None = "past"
) -> DateInterval | None:
    """The interval of the longest date expression in ``text`` ("last Friday", "Jan. 19, 2024"), or None.

    ``tense`` decides which way undated references point: "Friday" is the most recent Friday in the past
    and the next one in the future. ``evidence`` is left empty: offsets into a fragment are not evidence.
    """
    mentions = _mentions(text, anchor, lambda _: tense)
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.span.end - m.span.start)
    return replace(best.interval, evidence=None)


def find_dateline(text: str) -> tuple[dt.date, Span] | None:
    """The date of a wire dateline ("SAN SALVADOR, 3 JAN 90 --", "LONDON, Jan. 19, 2024 (Reuters) -")."""
    match = date_patterns().dateline.match(text)
    if match is None:
        return None
    start, end = match.span("date")
    span_text = text[start:end]
    interval = resolve_date(span_text, anchor=None, tense=None)
    if interval is None or interval.start is None or interval.precision != "day":
        return None
    return interval.start, Span.of(text, start, start + len(span_text))


def resolve_relative(mention: DateMention, event_date: DateInterval) -> DateInterval:
    """The interval of a relative mention counted from ``event_date`` instead of the narrative's last date.

    For "two days after the attack", pass the date of the event that ``mention.relative.event`` names;
    a mention that is not relative, or an undated event, gives back ``mention.interval`` unchanged.
    """
    relative = mention.relative
    if relative is None or event_date.start is None or event_date.end is None:
        return mention.interval
    start = event_date.start + dt.timedelta(days=relative.start_days)
    end = event_date.end + dt.timedelta(days=relative.end_days)
    precision: DatePrecision = "day" if start == end else "range"
    return replace(mention.interval, start=start, end=end, precision=precision, inferred=event_date.inferred)


def shift_interval(interval: DateInterval, *, days: int) -> DateInterval:
    """The interval moved by ``days`` ("two days after the attack"); text and evidence are kept."""
    delta = dt.timedelta(days=days)
    return replace(
        interval,
        start=None if interval.start is None else interval.start + delta,
        end=None if interval.end is None else interval.end + delta,
    )


def _stamped_day(dates: list[DateMention]) -> dt.date | None:
    """The earliest day the page's own stamps state outright ("Posted: Monday, May 4, 2015 ... Updated:
    ..."), if any: those told together with the first stamp. Stamps further down date other items on the
    page, a related video "(Published Wednesday, May 4, 2011)", not this report."""
    days = [
        (mention.span.start, interval.start)
        for mention in dates
        if mention.stamp
        and (interval := resolve_date(mention.span.text, anchor=None, tense=None)) is not None
        and interval.precision == "day"
        and interval.start is not None
    ]
    if not days:
        return None
    first = days[0][0]
    return min(day for start, day in days if start - first <= _STAMP_CLUSTER)


_STAMP_CLUSTER = 200
"""How many characters after a page's first stamp its other stamps ("Updated: ...") may start."""


def _dateline_stamped(dates: list[DateMention], dateline: tuple[dt.date, Span] | None) -> list[DateMention]:
    """The dates with the dateline's own ("SAN SALVADOR, 3 JAN 90 --") marked as a stamp: it dates the
    report, and an incident told without a date did not happen on it for that reason."""
    if dateline is None:
        return dates
    span = dateline[1]
    return [
        replace(m, stamp=True) if m.span.start < span.end and span.start < m.span.end else m for m in dates
    ]


class DatesStage:
    """Finds and resolves the dates of a document, anchored on its publication date or dateline."""

    name = "dates"
    requires = ("doc",)
    provides = ("dates", "anchor")

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.document.text
        anchor = analysis.document.published
        dateline = find_dateline(text)
        if anchor is None and dateline is not None:
            anchor = dateline[0]
        dates = _dateline_stamped(find_dates(text, anchor=anchor, doc=analysis.doc), dateline)
        written = _stamped_day(dates)
        if written is not None and anchor is not None and (anchor - written).days > 1:
            # A page stamped "Posted: May 4, 2015" was written then, whenever it was published or fetched:
            # "Friday" in its text is the Friday before the stamp.
            anchor = written
            dates = _dateline_stamped(find_dates(text, anchor=anchor, doc=analysis.doc), dateline)
        analysis.anchor = anchor
        analysis.dates = dates
