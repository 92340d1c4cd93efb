"""Dates read with what the text told before them: a year written with the month, "since", future cues."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.dates import DatesStage, find_dates
from eventwire.extract.pipeline import Analysis
from eventwire.models import Document
from eventwire.settings import Settings

TUESDAY = dt.date(2016, 6, 28)


def _found(text: str, anchor: dt.date = TUESDAY) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    return [
        (m.span.text, m.interval.start, m.interval.end, m.interval.precision)
        for m in find_dates(text, anchor=anchor)
    ]


def test_a_day_without_its_year_takes_the_year_written_with_its_month():
    text = "The family moved away in November 2014. The boy was shot on Nov. 9 while playing in the yard."
    assert _found(text)[1] == ("Nov. 9", dt.date(2014, 11, 9), dt.date(2014, 11, 9), "day")


def test_a_year_written_with_another_month_changes_nothing():
    text = "The family moved away in November 2014. The boy was shot on Feb. 9 while playing in the yard."
    assert _found(text)[1][1] == dt.date(2016, 2, 9)


def test_an_upcoming_day_keeps_its_own_year():
    text = "The store opened in July 2014. Its owner will appear in court on July 12."
    assert _found(text)[1][1] == dt.date(2016, 7, 12)


def test_a_month_of_a_year():
    assert _found("Two men were shot in October of 2014 during a robbery.") == [
        ("October of 2014", dt.date(2014, 10, 1), dt.date(2014, 10, 31), "month")
    ]


def test_since_a_day_runs_up_to_the_anchor():
    assert _found("Nine people have been shot across the city since Saturday evening.") == [
        ("Saturday evening", dt.date(2016, 6, 25), TUESDAY, "range")
    ]
    assert _found("The road has been closed since 11 June.")[0][1:3] == (dt.date(2016, 6, 11), TUESDAY)


def test_is_expected_and_is_to_point_forward():
    autopsy = find_dates("An autopsy is expected Thursday morning.", anchor=TUESDAY)[0]
    assert autopsy.future
    assert autopsy.interval.start == dt.date(2016, 6, 30)
    trial = find_dates("The trial is to begin Monday in the county court.", anchor=TUESDAY)[0]
    assert trial.future
    assert trial.interval.start == dt.date(2016, 7, 4)


def test_mentions_say_whether_a_day_is_a_weekday_or_written_out():
    friday, written = find_dates("He was shot Friday. He died on June 3.", anchor=TUESDAY)
    assert (friday.weekday, friday.written) == (4, False)
    assert (written.weekday, written.written) == (None, True)


THURSDAY = dt.date(2014, 3, 27)


def test_last_weekend_is_last_weeks_weekend():
    assert _found("The shooting took place last weekend outside a bar.", THURSDAY)[0][1:3] == (
        dt.date(2014, 3, 22),
        dt.date(2014, 3, 23),
    )
    saturday = dt.date(2014, 3, 29)
    assert _found("He was shot last weekend.", saturday)[0][1] == dt.date(2014, 3, 22)
    sunday = dt.date(2014, 3, 30)
    assert _found("He was shot last weekend.", sunday)[0][1] == dt.date(2014, 3, 29)


def test_this_past_and_this_coming_periods():
    assert _found("A man shot this past weekend has died.", THURSDAY)[0][1:3] == (
        dt.date(2014, 3, 22),
        dt.date(2014, 3, 23),
    )
    assert _found("Three were shot this past week.", THURSDAY)[0][1:3] == (dt.date(2014, 3, 21), THURSDAY)
    assert _found("The vigil is this coming weekend.", THURSDAY)[0][1:3] == (
        dt.date(2014, 3, 29),
        dt.date(2014, 3, 30),
    )


def test_since_a_month_or_a_year_runs_up_to_the_anchor():
    assert _found("Shootings have doubled since March.")[0][1:] == (dt.date(2016, 3, 1), TUESDAY, "range")
    assert _found("He has been missing since 2014.")[0][1:] == (dt.date(2014, 1, 1), TUESDAY, "range")


def test_the_dateline_date_is_a_stamp():
    text = "QUITO, 12 MAR 90 (EFE) -- A BOMB EXPLODED YESTERDAY NEAR THE EMBASSY."
    analysis = Analysis(document=Document(id="d1", text=text, published=None), settings=Settings())
    DatesStage()(analysis)
    assert [(m.span.text, m.stamp) for m in analysis.dates] == [("12 MAR 90", True), ("YESTERDAY", False)]
    assert analysis.anchor == dt.date(1990, 3, 12)


def test_a_recent_day_keeps_its_year_whatever_year_the_text_wrote_before():
    text = "A similar shooting happened in June 2014. On June 20, two men were shot outside a bar."
    assert _found(text)[1][1] == dt.date(2016, 6, 20)
