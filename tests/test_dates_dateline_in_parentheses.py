"""A press release's dateline tells its date in parentheses ("ROCKFORD, IL (March 4, 2016):"): it dates
the report, and a page fetched long after is read from it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dateline


@pytest.mark.parametrize(
    ("text", "day", "told"),
    [
        (
            "ROCKFORD, IL (March 4, 2016): Detectives are looking into a shooting.",
            dt.date(2016, 3, 4),
            "March 4, 2016",
        ),
        ("Dayton (Jan. 5, 2016) -- A man was wounded.", dt.date(2016, 1, 5), "Jan. 5, 2016"),
        ("SAN SALVADOR, 3 JAN 90 -- [TEXT] Troops clashed.", dt.date(1990, 1, 3), "3 JAN 90"),
    ],
)
def test_the_dateline_date(text: str, day: dt.date, told: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found[0] == day
    assert found[1].text == told
    assert text[found[1].start : found[1].end] == told


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Shares fell.",
        "MIAMI (March 4, 2016 - an unclosed aside.",
        "Police (who said 2 were shot): no date here.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
