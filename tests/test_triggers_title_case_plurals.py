"""A title-case plural the tagger takes for a name and leaves unlemmatised ("Shootings") is still the
trigger its singular is, so a headline that rounds up several incidents is told as a round-up."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    "headline",
    [
        "Two Men Killed, Four Wounded In Weekend Shootings",
        "Teens Killed in Separate Shootings in Brackford",
        "3 Shot, 1 Fatally, in Separate Shootings Overnight",
    ],
)
def test_triggers_title_case_plural_is_a_round_up(extractor, headline):
    article = Article(text=headline, origin="test", published=dt.date(2016, 5, 9))
    extraction = next(extractor.extract_articles([article]))
    events = [e for e in extraction.events if e.sub_event_type == "Attack"]
    assert [(e.trigger.text, e.round_up) for e in events] == [("Shootings", True)]


def test_triggers_title_case_name_ending_in_s_is_no_trigger(extractor):
    article = Article(text="Mayor Opens New Library at Fairbanks Commons", origin="test")
    extraction = next(extractor.extract_articles([article]))
    assert extraction.events == ()
