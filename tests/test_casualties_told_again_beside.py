"""People told again beside their count ("two people, a man and his niece, were both killed") are not added
to it, and a clause with a subject of its own that the parser hung on a person ("a tenant of the cabin where
a boy was fatally wounded") tells nothing of that person."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.eval.extractor import casualty_best
from eventwire.extract.casualties import find_counts
from eventwire.ingest.article import Article


def _event(extractor, text: str):
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return next(e for e in extraction.events if e.sub_event_type != "Arrests" and e.casualties)


def test_casualties_both_restates_the_people_told(extractor) -> None:
    event = _event(
        extractor,
        "A gunman opened fire at a Fernvale party, shooting five guests. Two people, a 30-year-old man and "
        "his 7-year-old niece, were both killed at the scene.",
    )
    assert casualty_best(event, "killed") == 2
    assert casualty_best(event, "injured") == 3


def test_casualties_counts_of_one_predicate_still_add_up(extractor) -> None:
    event = _event(extractor, "Two soldiers and five militants were killed in a clash near Fernvale.")
    assert casualty_best(event, "killed") == 7


def test_casualties_a_clause_with_its_own_subject_is_not_the_persons() -> None:
    # "a tenant of the cabin where a boy was fatally wounded was arrested", with the relative clause hung
    # on the tenant, as the parser sometimes does: only the boy is dead.
    words = [
        "A",
        "tenant",
        "of",
        "the",
        "cabin",
        "where",
        "a",
        "boy",
        "was",
        "fatally",
        "wounded",
        "was",
        "arrested",
        ".",
    ]
    heads = [1, 12, 1, 4, 2, 10, 7, 10, 10, 10, 1, 12, 12, 12]
    deps = [
        "det",
        "nsubjpass",
        "prep",
        "det",
        "pobj",
        "advmod",
        "det",
        "nsubjpass",
        "auxpass",
        "advmod",
        "relcl",
        "auxpass",
        "ROOT",
        "punct",
    ]
    lemmas = [
        "a",
        "tenant",
        "of",
        "the",
        "cabin",
        "where",
        "a",
        "boy",
        "be",
        "fatally",
        "wound",
        "be",
        "arrest",
        ".",
    ]
    tags = ["DT", "NN", "IN", "DT", "NN", "WRB", "DT", "NN", "VBD", "RB", "VBN", "VBD", "VBN", "."]
    pos = [
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "ADV",
        "DET",
        "NOUN",
        "AUX",
        "ADV",
        "VERB",
        "AUX",
        "VERB",
        "PUNCT",
    ]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        lemmas=lemmas,
        tags=tags,
        pos=pos,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    killed = [(c.count.best, c.span.text) for c in find_counts(doc, doc.text) if c.category == "killed"]
    assert killed == [(1, "a boy")]
