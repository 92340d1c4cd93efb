"""A story told long after its incident (a trial) has only background events; the one it is about takes
the article's place when its sentences name none, as news does. A recalled incident beside today's news
stays without one."""

from __future__ import annotations

import datetime as dt

from eventwire.ingest.article import Article


def _shootings(extractor, text: str, published: dt.date):
    article = Article(text=text, origin="test", published=published)
    extraction = next(extractor.extract_articles([article]))
    return [e for e in extraction.events if e.sub_event_type == "Attack" and e.status == "occurred"]


def test_events_story_told_late_takes_the_article_place(extractor):
    text = (
        "A jury in Fairbury, Nebraska, found Tom Velker guilty on Tuesday. "
        "He shot his neighbor on May 4, 2012, prosecutors said."
    )
    shootings = _shootings(extractor, text, dt.date(2014, 3, 12))
    assert [e.background for e in shootings] == [True]
    location = shootings[0].location
    assert location is not None and location.inferred
    assert location.place.name == "Fairbury"


def test_events_recalled_incident_beside_news_takes_no_place(extractor):
    text = (
        "A man was shot Tuesday night outside a diner in Fairbury, Nebraska, police said. "
        "He had been shot on May 4, 2012, as well."
    )
    shootings = _shootings(extractor, text, dt.date(2014, 3, 12))
    old = [e for e in shootings if e.background]
    assert old and all(e.location is None for e in old)
