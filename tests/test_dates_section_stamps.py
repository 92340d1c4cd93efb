"""A page that keeps its older reports under stamps of their own ("UPDATE 3/9: ...", "PREVIOUS 3/2: ...")
tells each section in its own time: a weekday is counted from its section's stamp, not the page's date."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.dates import find_dates

PAGE = (
    "UPDATE 3/9: The girl was released from the hospital on Friday.\n\n"
    "----\n\n"
    "PREVIOUS 3/2: Deputies in Oakvale are looking into a shooting that wounded a girl.\n\n"
    "She was sitting on a porch Sunday when a car drove past. The next day she had surgery."
)


def _days(text: str, anchor: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(m.span.text, m.interval.start) for m in find_dates(text, anchor=anchor) if not m.stamp]


def test_dates_weekday_counts_from_its_sections_stamp():
    assert _days(PAGE, dt.date(2026, 3, 10)) == [
        ("Friday", dt.date(2026, 3, 6)),
        ("Sunday", dt.date(2026, 3, 1)),
        ("The next day", dt.date(2026, 3, 2)),
    ]


def test_dates_section_stamp_with_its_year():
    text = "UPDATE 12/30/25: Police say a man was shot Saturday night on Birch Lane."
    assert _days(text, dt.date(2026, 1, 6)) == [("Saturday night", dt.date(2025, 12, 27))]
    assert [m.span.text for m in find_dates(text, anchor=dt.date(2026, 1, 6)) if m.stamp] == ["12/30/25"]


def test_dates_section_stamp_of_last_year_without_one():
    # Published in early January, a stamp "12/29" is last year's December.
    text = "PREVIOUS 12/29: A clerk was shot Monday during a robbery."
    assert _days(text, dt.date(2026, 1, 4)) == [("Monday", dt.date(2025, 12, 29))]


def test_dates_text_before_any_section_keeps_the_pages_date():
    text = "A man was shot Sunday in Oakvale.\n\nPREVIOUS 3/2: Deputies say a girl was hurt Sunday."
    assert _days(text, dt.date(2026, 3, 10)) == [
        ("Sunday", dt.date(2026, 3, 8)),
        ("Sunday", dt.date(2026, 3, 1)),
    ]


def test_dates_a_previous_weekday_in_running_text_is_no_section():
    text = "He was arrested Friday.\nPrevious Monday: he had been seen at the store."
    assert _days(text, dt.date(2026, 3, 10))[0] == ("Friday", dt.date(2026, 3, 6))


def test_dates_section_stamped_after_the_page_keeps_the_pages_date():
    # An update stamped four days after the page's date is no section of last year.
    text = "A guard was shot Friday at the depot.\n\nUPDATE 12/1: He was shot Friday, police said Monday."
    assert _days(text, dt.date(2026, 11, 27)) == [
        ("Friday", dt.date(2026, 11, 27)),
        ("Friday", dt.date(2026, 11, 27)),
        ("Monday", dt.date(2026, 11, 23)),
    ]
