"""A toll told apart from any event goes to the story's event that happened, not to a killing only
planned or feared that the story tells first."""

from __future__ import annotations

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


def test_events_loose_toll_skips_a_planned_killing(extractor) -> None:
    text = (
        "His letter gave no sign that he planned to kill anyone. Police say he fired several shots at a "
        "diner in Orrin, killing Ada Brook and wounding Lee Hart. Omar Fisk was later pronounced dead."
    )
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    planned = [e for e in extraction.events if e.status == "planned"]
    happened = next(e for e in extraction.events if e.status == "occurred" and e.casualties)
    assert all(not e.casualties for e in planned)
    assert (casualty_best(happened, "killed"), casualty_best(happened, "injured")) == (2, 1)
