"""The article's own incident carries its toll and ranks above the ones it recalls; an arrest kills no one."""

from __future__ import annotations

import datetime as dt

from eventwire.eval.extractor import casualty_best
from eventwire.eval.gva import shooting
from eventwire.ingest.article import Article

PUBLISHED = dt.date(2015, 3, 1)


def _extract(extractor, text: str):
    return next(extractor.extract_articles([Article(text=text, origin="test", published=PUBLISHED)]))


def test_events_toll_in_an_arrest_sentence_goes_to_its_shooting(extractor) -> None:
    text = (
        "Police arrested a man in the shooting that killed two people outside a bar in Millbrook on Sunday."
    )
    events = _extract(extractor, text).events
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert casualty_best(attack, "killed") == 2
    assert casualty_best(arrest, "killed") is None


def test_events_toll_told_with_an_arrest_alone_goes_to_the_story_shooting(extractor) -> None:
    text = (
        "A gunman shot three people at a gas station in Millbrook on Saturday. "
        "Police arrested a suspect after two died."
    )
    events = _extract(extractor, text).events
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert (casualty_best(attack, "killed"), casualty_best(attack, "injured")) == (2, 1)
    assert not [c for c in arrest.casualties if c.category in ("killed", "injured")]


def test_events_recalled_incident_ranks_below_the_news(extractor) -> None:
    text = (
        "A man was shot and wounded outside a grocery store in Millbrook on Friday, police said. "
        "The shooting came three years after a gunman killed five people at the same store in 2011."
    )
    extraction = _extract(extractor, text)
    recalled = next(e for e in extraction.events if e.background)
    news = next(e for e in extraction.events if not e.background)
    assert news.confidence > recalled.confidence
    chosen = shooting(extraction)
    assert chosen is not None and chosen.id == news.id
    assert casualty_best(chosen, "injured") == 1
