"""A lead that tells "last week" dates the bare weekdays after it in last week, counted from Sunday."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.dates import find_dates

MONDAY = dt.date(2024, 3, 18)


def _days(text: str, anchor: dt.date) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {m.span.text: (m.interval.start, m.interval.end) for m in find_dates(text, anchor=anchor)}


def test_a_weekday_after_a_last_week_lead_is_last_weeks() -> None:
    text = (
        "Deputies say two men traded shots outside a diner last week.\n\n"
        "One of them died. The gunfire broke out shortly after 11 p.m. Sunday."
    )
    assert _days(text, MONDAY)["Sunday"] == (dt.date(2024, 3, 10), dt.date(2024, 3, 10))


def test_a_weekday_told_before_last_week_stays_in_this_week() -> None:
    text = "A cyclist was struck by a stray bullet Sunday. Last week, the city added patrols."
    assert _days(text, MONDAY)["Sunday"] == (dt.date(2024, 3, 17), dt.date(2024, 3, 17))


def test_a_weekday_far_from_the_lead_stays() -> None:
    text = "The council debated a curfew last week." + " It ran long." * 40 + " A man was shot Sunday."
    assert _days(text, MONDAY)["Sunday"] == (dt.date(2024, 3, 17), dt.date(2024, 3, 17))


def test_a_weekday_with_its_own_modifier_stays() -> None:
    text = "Officers searched a warehouse last week. This Sunday a woman was wounded there."
    assert _days(text, dt.date(2024, 3, 19))["This Sunday"] == (dt.date(2024, 3, 17), dt.date(2024, 3, 17))


def test_a_later_last_week_does_not_move_the_weekdays() -> None:
    text = "On Friday the mayor spoke. A clerk was robbed last week. A teen was shot Sunday."
    assert _days(text, MONDAY)["Sunday"] == (dt.date(2024, 3, 17), dt.date(2024, 3, 17))


WEDNESDAY = dt.date(2024, 3, 20)


def test_a_weekday_after_the_anchor_agrees_with_last_weekday_told_elsewhere() -> None:
    text = "Friends mourned a clerk shot Thursday night. He was found about 11 p.m. last Thursday."
    days = _days(text, WEDNESDAY)
    assert days["Thursday night"] == days["last Thursday"] == (dt.date(2024, 3, 14), dt.date(2024, 3, 14))


def test_a_weekday_after_the_anchor_stays_without_such_a_cue() -> None:
    text = "A clerk was shot Thursday. Last Friday, a bakery was robbed."
    assert _days(text, WEDNESDAY)["Thursday"] == (dt.date(2024, 3, 21), dt.date(2024, 3, 21))
