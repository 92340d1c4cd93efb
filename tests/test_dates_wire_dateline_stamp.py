"""A wire story's dateline at the start of a line dates the report, with or without its year, wherever
the story starts on the page ("By A Writer / OAKVILLE, Ont., March 3 (Reuters) - ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "By A Writer\n\nOAKVILLE, Ont., March 3 (Reuters) - Hours before the blast, police said",
        "LONDON, March 3, 2024 (Reuters) - Shares fell.",
        "Photo credit\nSPRINGDALE, Ark., March 3 (AP) \u2014 A man was wounded.",
    ],
)
def test_a_wire_dateline_is_a_stamp(text: str) -> None:
    first = find_dates(text, anchor=ANCHOR)[0]
    assert first.span.text.startswith("March 3")
    assert first.interval.start == dt.date(2024, 3, 3)
    assert first.stamp


@pytest.mark.parametrize(
    "text",
    [
        "He was shot March 3 (police said) - the first of three.",
        "Officers say the man, shot on March 3 (a holiday) - was armed.",
        "OAKVILLE, Ont., March 3 - no agency named",
    ],
)
def test_a_date_in_running_text_is_no_stamp(text: str) -> None:
    (mention,) = find_dates(text, anchor=ANCHOR)
    assert not mention.stamp
