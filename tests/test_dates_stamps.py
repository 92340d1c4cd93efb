"""A page's own date stamps ("Posted: ...", "Updated: ..."): found, marked, and anchoring the text."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import DatesStage, find_dates
from eventwire.extract.pipeline import Analysis
from eventwire.models import Document
from eventwire.settings import Settings

ANCHOR = dt.date(2024, 6, 3)


@pytest.mark.parametrize(
    ("text", "stamps"),
    [
        ("Posted: Monday, May 6, 2024 3:13 PM EDT Updated: Monday, May 6, 2024 3:48 PM EDT", 2),
        ("By a reporter Published: 15:41 GMT, 6 May 2024 | Updated: 16:01 GMT, 6 May 2024", 2),
        ("(Published Monday, May 6, 2024)", 1),
        ("Posted 3:57 AM, May 6, 2024, by a reporter", 1),
        ("Updated: 05/06/2024 4:26 PM", 1),
        ("Published: Monday, 5/6/2024 - Updated: 2 days ago", 3),
        ("FOR IMMEDIATE RELEASE DATE: May 6, 2024 9:23:14 AM CDT", 1),
        ("UPDATE, May 6: Four persons of interest were arrested.", 1),
    ],
)
def test_dates_marks_page_stamps(text, stamps):
    mentions = find_dates(text, anchor=ANCHOR)
    assert [m.stamp for m in mentions] == [True] * stamps


def test_dates_in_running_text_are_no_stamps():
    mentions = find_dates("He was shot Monday, and police updated the toll on Tuesday.", anchor=ANCHOR)
    assert [(m.span.text, m.stamp) for m in mentions] == [("Monday", False), ("Tuesday", False)]


def _stage(text: str, published: dt.date) -> Analysis:
    analysis = Analysis(document=Document(id="d1", text=text, published=published), settings=Settings())
    DatesStage()(analysis)
    return analysis


def test_dates_stage_anchors_on_a_stamp_older_than_the_publication_date():
    analysis = _stage("Posted: Wednesday, May 8, 2024 9:00 AM. A man was shot Tuesday night.", ANCHOR)
    assert analysis.anchor == dt.date(2024, 5, 8)
    assert analysis.dates[-1].interval.start == dt.date(2024, 5, 7)


def test_dates_stage_keeps_the_publication_date_when_the_stamp_agrees():
    analysis = _stage("Updated: June 3, 2024. A man was shot Saturday.", ANCHOR)
    assert analysis.anchor == ANCHOR
    assert analysis.dates[-1].interval.start == dt.date(2024, 6, 1)
