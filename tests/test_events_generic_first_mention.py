"""An event first told by a word that could name any attack ("gunfire", "the attack") and then told
plainly ("fired", "shooting") is no vaguer than one told plainly from the start: it is not ranked down."""

from __future__ import annotations

import datetime as dt

from eventwire.eval.gva import shooting
from eventwire.ingest.article import Article

PUBLISHED = dt.date(2015, 3, 1)


def _extract(extractor, text: str):
    return next(extractor.extract_articles([Article(text=text, origin="test", published=PUBLISHED)]))


def test_events_news_told_first_as_gunfire_ranks_above_a_side_incident(extractor) -> None:
    text = (
        "Gunfire erupted on Elm Street in Millbrook on Sunday night, police said. "
        "A man fired a rifle at a parked car and wounded a neighbor in the leg. "
        "Last month, a gunman shot a cashier at a gas station on Oak Street."
    )
    extraction = _extract(extractor, text)
    news = next(e for e in extraction.events if e.trigger.text == "Gunfire")
    side = next(e for e in extraction.events if e.trigger.text == "shot")
    assert [m.text for m in news.mentions] == ["Gunfire", "fired"]
    assert news.confidence == 0.75
    assert side.confidence == 0.6
    assert shooting(extraction) == news


def test_events_event_told_only_as_gunfire_stays_ranked_down(extractor) -> None:
    text = "Gunfire wounded a man on Elm Street in Millbrook on Sunday night, police said."
    (event,) = _extract(extractor, text).events
    assert event.trigger.text == "Gunfire"
    assert event.confidence == 0.4  # 0.5, 0.1 for its toll, 0.2 less for the vague word
