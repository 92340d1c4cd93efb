"""People told again beside their count ("two of the victims, A and B, were both killed") are not added to
it, and a clause with a subject of its own that the parser hung on a person ("a tenant of the home where a
boy was fatally injured") tells nothing of that person."""

from __future__ import annotations

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


def _event(extractor, text: str):
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return next(e for e in extraction.events if e.sub_event_type != "Arrests" and e.casualties)


def test_casualties_both_restates_the_people_told(extractor) -> None:
    event = _event(
        extractor,
        "Police said a man shot five members of his family at their Fernvale home, killing two. Two of the "
        "victims, Omar Lane, 30, and a 9-year-old girl, were both killed at the scene.",
    )
    assert casualty_best(event, "killed") == 2
    assert casualty_best(event, "injured") == 3


def test_casualties_counts_of_one_predicate_still_add_up(extractor) -> None:
    event = _event(extractor, "Two soldiers and five militants were killed in a clash near Fernvale.")
    assert casualty_best(event, "killed") == 7


def test_casualties_a_clause_with_its_own_subject_is_not_the_persons(extractor) -> None:
    event = _event(
        extractor,
        "A tenant of the Pine County home where a 5-year-old boy was fatally injured by a gunshot to the "
        "chest has been arrested on suspicion of negligent homicide.",
    )
    assert casualty_best(event, "killed") == 1
