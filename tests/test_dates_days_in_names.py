"""A day told without its year that is part of a name ("the 3 March Movement", "9 July Avenue") is no
date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    "text",
    [
        "A founder of the 3 March Movement was shot dead at a rally.",
        "A bomb went off near the 9 July Avenue market.",
        "THE 6 DECEMBER BRIGADE CLAIMED THE ATTACK.",
    ],
)
def test_dates_skip_a_day_that_is_part_of_a_name(text):
    assert find_dates(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("He was shot on 19 April. Avenue traffic was closed.", "19 April."),
        ("Gunmen attacked a rally on 19 April 2023 downtown.", "19 April 2023"),
        ("On March 3 park rangers found a body.", "March 3"),
    ],
)
def test_dates_keep_a_day_followed_by_other_words(text, told):
    assert [m.span.text for m in find_dates(text, anchor=ANCHOR)] == [told]
