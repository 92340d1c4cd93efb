"""A shooting told as one of a tally ("wounded in one of three separate shootings") is that one incident,
not a round-up of the three."""

from __future__ import annotations

from eventwire.eval.extractor import counted_events
from eventwire.ingest.article import Article


def test_events_one_of_several_shootings_is_one_incident(extractor):
    text = (
        "A woman wounded in one of three separate shootings in Dunmore on Saturday night is recovering, "
        "police said. She was shot in the arm outside a store on Elm Street."
    )
    (extraction,) = extractor.extract_articles([Article(text=text, origin="<test>")])
    events = counted_events(extraction)
    assert [e.round_up for e in events] == [False]
    assert [(c.category, c.best) for c in events[0].casualties] == [("injured", 1)]


def test_events_several_separate_shootings_still_round_up(extractor):
    text = "Three separate shootings in Dunmore on Saturday night left two men dead, police said."
    (extraction,) = extractor.extract_articles([Article(text=text, origin="<test>")])
    assert any(e.round_up for e in counted_events(extraction))
