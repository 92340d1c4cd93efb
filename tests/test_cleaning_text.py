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
