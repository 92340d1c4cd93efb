"""Which date each event gets: its own clause's, counted from the event it names, else inferred."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import extract
from eventwire.models import Event

PUBLISHED = "2024-03-15"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return list(extract(text, published=published).events)


def _dated(text: str, sub_event_type: str, published: str = PUBLISHED) -> Event:
    return next(e for e in _events(text, published) if e.sub_event_type == sub_event_type)


def test_a_date_after_a_named_event_counts_from_that_event():
    text = (
        "Gunmen attacked a bus station in the northern town on March 3, killing four people. "
        "A bomb exploded in a market on March 9, wounding ten. "
        "Two days after the attack, police arrested three men in the capital."
    )
    arrest = _dated(text, "Arrests")
    assert (arrest.date.start, arrest.date.end) == (dt.date(2024, 3, 5), dt.date(2024, 3, 5))
    assert arrest.date.text == "Two days after the attack"


def test_the_event_a_relative_date_names_keeps_its_own_date():
    text = (
        "Gunmen attacked a bus station in the northern town on March 3, killing four people. "
        "Two days after the attack, police arrested three men in the capital."
    )
    attacks = [e for e in _events(text) if e.sub_event_type == "Attack"]
    assert [(e.date.start, e.date.text) for e in attacks] == [(dt.date(2024, 3, 3), "March 3")]


def test_an_incident_named_by_a_general_word_is_the_nearest_event_before():
    text = (
        "A man was shot dead outside a bar on Main Street on March 2. "
        "Three days after the incident, police arrested a suspect."
    )
    assert _dated(text, "Arrests").date.start == dt.date(2024, 3, 5)


def test_a_page_stamp_dates_no_event():
    text = (
        "Four hurt in club shooting Posted: Monday, March 11, 2024 10:24 AM EDT\n\n"
        "Four people were wounded in a shooting early Saturday outside a nightclub, police said."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.text) == (dt.date(2024, 3, 9), "early Saturday")


@pytest.mark.parametrize(
    "text",
    [
        "A 20-year-old man was charged Thursday in the shooting of a teenager outside a store.",
        "Police were searching late Tuesday for two suspects in a shooting that wounded four people.",
        "A man was being held Thursday on charges of murder in the shooting of his neighbor.",
    ],
)
def test_the_date_of_a_later_step_does_not_date_the_event(text):
    shooting = _dated(text, "Attack")
    assert shooting.date.inferred
    assert shooting.date.text is None


@pytest.mark.parametrize(
    ("text", "start", "told"),
    [
        ("He pleaded guilty Tuesday in the March 2 shooting of a neighbor.", dt.date(2024, 3, 2), "March 2"),
        (
            "Two men were charged in connection with a shooting over the weekend that wounded three people.",
            dt.date(2024, 3, 9),
            "the weekend",
        ),
    ],
)
def test_a_date_beside_the_event_is_its_own_even_in_a_later_step(text, start, told):
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.text, shooting.date.inferred) == (start, told, False)


def test_an_incident_told_without_a_date_gets_the_articles_date_marked_inferred():
    text = (
        "A 4-year-old boy was shot in the hand at his home. "
        "Deputies were called to the house around 8 p.m. Wednesday."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.text, shooting.date.inferred) == (
        dt.date(2024, 3, 13),
        "Wednesday",
        True,
    )


def test_the_day_of_a_report_is_no_incident_date():
    shooting = _dated("Police said Tuesday that a man was shot at his home.", "Attack")
    assert (shooting.date.start, shooting.date.end, shooting.date.inferred) == (
        dt.date(2024, 3, 14),
        dt.date(2024, 3, 15),
        True,
    )


def test_a_day_told_later_narrows_the_month_told_first():
    text = (
        "A teenager was shot and killed in February outside a school in the town. "
        "Police said the shooting on Feb. 6 followed an argument."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.end, shooting.date.text) == (
        dt.date(2024, 2, 6),
        dt.date(2024, 2, 6),
        "Feb. 6",
    )


def test_a_day_the_article_tells_inside_the_week_dates_the_incident_inferred():
    text = (
        "Two people were wounded in a shooting last week in the parking lot of a bar. "
        "Witnesses told officers that the gunman drove off around 2 a.m. on March 7."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.text, shooting.date.inferred) == (
        dt.date(2024, 3, 7),
        "March 7",
        True,
    )


def test_the_main_incident_is_one_of_the_news_not_a_deadlier_one_recalled():
    text = (
        "Gunmen killed two police officers in an ambush on Tuesday. "
        "A man was also wounded in a shooting near the station. "
        "In 2019, a stampede at a festival in the city killed 56 people."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.inferred) == (dt.date(2024, 3, 12), True)


def test_the_day_of_a_statement_does_not_narrow_an_incidents_month():
    text = (
        "A man was wounded in a shooting earlier this month, police said. "
        "The police chief said on March 12 that officers had no suspects."
    )
    shooting = _dated(text, "Attack")
    assert (shooting.date.text, shooting.date.precision) == ("earlier this month", "month")


def test_a_future_date_does_not_date_an_incident():
    text = (
        "A teenager died of a gunshot wound early Thursday at a home on Elm Street. "
        "It was not clear whether he was shot more than once, but an autopsy is expected Saturday."
    )
    shooting = next(e for e in _events(text) if e.sub_event_type == "Attack" and e.date.text)
    assert all(e.date.start != dt.date(2024, 3, 16) for e in _events(text))
    assert shooting.date.start == dt.date(2024, 3, 14)


def test_a_weekday_is_the_older_written_day_of_that_weekday():
    text = (
        "A toddler was killed Tuesday after his older sister found a loaded pistol and fired it. "
        "The county prosecutor said on Friday that no charges would be filed. "
        "He called the boy's Jan. 30 death a tragic accident."
    )
    shooting = next(e for e in _events(text) if e.date.text == "Tuesday")
    assert shooting.date.start == dt.date(2024, 1, 30)  # a Tuesday, six weeks before publication


def test_a_weekday_of_another_weekday_than_the_written_day_is_counted_from_publication():
    text = (
        "A toddler was killed Wednesday after his older sister found a loaded pistol and fired it. "
        "He called the boy's Jan. 30 death a tragic accident."
    )
    shooting = next(e for e in _events(text) if e.date.text == "Wednesday")
    assert shooting.date.start == dt.date(2024, 3, 13)


def test_an_incident_of_this_month_is_cut_at_publication():
    text = "Two men were shot dead outside a nightclub in the city center this month, police said."
    shooting = _dated(text, "Attack")
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 15))


def test_coordinated_verbs_share_the_date_told_with_either():
    text = (
        "A man was in jail Wednesday after police said he shot and killed two people "
        "at a gas station in January."
    )
    shooting = next(e for e in _events(text) if e.sub_event_type == "Attack")
    assert (shooting.date.start, shooting.date.end) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
