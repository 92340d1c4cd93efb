"""A press release's dateline down the page, its date in parentheses ("ELMWOOD, Ind. (April 4, 2016) -"),
dates the report, not an incident."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.dates import find_dates

ANCHOR = dt.date(2016, 4, 4)


def test_dates_mark_a_press_release_dateline_down_the_page_as_a_stamp():
    text = (
        "Jury reaches verdict\n"
        "ELMWOOD, Ind. (April 4, 2016) - On Thursday, a jury convicted a man of killing two men in Nov. 2015."
    )
    assert [(m.span.text, m.stamp) for m in find_dates(text, anchor=ANCHOR)] == [
        ("April 4, 2016", True),
        ("Thursday", False),
        ("Nov. 2015", False),
    ]


def test_dates_do_not_take_a_parenthesised_date_in_prose_for_a_dateline():
    (mention,) = find_dates("Police said (April 4, 2016) - nothing more.", anchor=ANCHOR)
    assert not mention.stamp
