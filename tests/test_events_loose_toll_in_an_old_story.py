"""A toll told apart from any event goes to the story's event even when the story is told long after it
(a charge, a trial), where every event is background."""

from __future__ import annotations

import datetime as dt

from eventwire.ingest.article import Article


def test_events_loose_toll_goes_to_a_background_event_when_there_is_no_other(extractor):
    text = (
        "A Millbrook man has been charged in the death of his four-year-old son. "
        "According to court papers, the shooting happened at the family's home on March 3, 2013. "
        "The child was pronounced dead at Millbrook General Hospital."
    )
    article = Article(text=text, origin="test", published=dt.date(2014, 6, 1))
    extraction = next(extractor.extract_articles([article]))
    shootings = [e for e in extraction.events if e.sub_event_type == "Attack"]
    assert shootings and all(e.background for e in shootings)
    killed = [c.best for e in shootings for c in e.casualties if c.category == "killed"]
    assert killed == [1]
