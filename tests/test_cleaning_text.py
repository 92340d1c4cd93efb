"""Cleaning: normalised text, cross-links split off, ids derived from content."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest.cleaning import clean_text, document_id


@pytest.mark.parametrize(
    "raw, text, links",
    [
        (
            "Bombs hit Kabul.\nSEE ALSO: Iran Says Death Toll Rises To 91The ministry added more.",
            "Bombs hit Kabul.\nThe ministry added more.",
            ("Iran Says Death Toll Rises To 91",),
        ),
        (
            "Two were killed.\nRead more: Police arrest suspect\nThe mayor spoke.",
            "Two were killed.\nThe mayor spoke.",
            ("Police arrest suspect",),
        ),
        ("Shots were fired. Related: Man shot in Ohio", "Shots were fired.", ("Man shot in Ohio",)),
        ("No links here, see the also-ran.", "No links here, see the also-ran.", ()),
        (
            "Stations were closed. Read more: Why city bus drivers keep going on strike Police have sealed"
            " off the area near the station, where the blast wounded thirteen people on Friday evening and"
            " left a crater in the road that engineers said would take a week to fill and resurface.",
            "Stations were closed.\nPolice have sealed off the area near the station, where the blast wounded"
            " thirteen people on Friday evening and left a crater in the road that engineers said would take"
            " a week to fill and resurface.",
            ("Why city bus drivers keep going on strike",),
        ),
        (
            "Stations were closed. Read more: Is the new security plan missing the point? Every evening our"
            " editors send out a selection of the day's news, and this evening they wrote about the blast"
            " that wounded thirteen people near the station on Friday.",
            "Stations were closed.\nEvery evening our editors send out a selection of the day's news, and"
            " this evening they wrote about the blast that wounded thirteen people near the station on"
            " Friday.",
            ("Is the new security plan missing the point?",),
        ),
    ],
)
def test_cleaning_splits_off_cross_links(raw, text, links):
    cleaned = clean_text(raw)
    assert (cleaned.text, cleaned.cross_links) == (text, links)


def test_cleaning_normalises_unicode_and_white_space():
    raw = "Cafe\u0301\u00a0 bombing\u200b in  Paris.\r\n\r\n\r\nTwo   killed.  "
    assert clean_text(raw).text == "Café bombing in Paris.\n\nTwo killed."


def test_cleaning_same_text_gets_same_id_whatever_its_white_space():
    assert document_id(clean_text("A  bomb\r\nexploded.").text) == document_id(
        clean_text("A bomb\nexploded.").text
    )


@given(st.text())
def test_cleaning_is_idempotent(raw):
    once = clean_text(raw).text
    assert clean_text(once).text == once


def test_cleaning_leaves_a_headline_whose_end_cannot_be_told_in_the_text():
    prose = "the blast wounded thirteen people near the station on friday evening " * 4
    raw = f"Stations were closed. Watch: {prose.strip()}."
    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    "raw, text",
    [
        (
            "It happened at 5:30p.m. Thursday near the dock.",
            "It happened at 5:30 p.m. Thursday near the dock.",
        ),
        ("Shots rang out about 11a.m. Monday.", "Shots rang out about 11 a.m. Monday."),
        ("Police arrived at 9:15 A.M. on Friday.", "Police arrived at 9:15 A.M. on Friday."),
        ("The p.m. edition and 5pm news.", "The p.m. edition and 5pm news."),
    ],
)
def test_cleaning_spaces_a_clock_time_glued_to_its_meridiem(raw, text):
    assert clean_text(raw).text == text
