"""The span invariant: for every span of an extraction, document.text[start:end] == span.text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.article import Article

WORDS = [
    "Police",
    "arrested",
    "three",
    "men",
    "in",
    "Kabul",
    "on",
    "Friday",
    "after",
    "a",
    "suicide",
    "bombing",
    "killed",
    "at",
    "least",
    "12",
    "people",
    "and",
    "wounded",
    "more",
    "than",
    "30",
    ",",
    ".",
    "the",
    "ministry",
    "said",
    "Islamic",
    "State",
    "(IS)",
    "claimed",
    "attack",
    "SEE",
    "ALSO:",
    "Death",
    "Toll",
    "Rises",
    "To",
    "91The",
    "gunmen",
    "shot",
    "dead",
    "two",
    "soldiers",
    "near",
    "Mosul",
    "yesterday",
    "Ahmed",
    "Khan",
    "also",
    "known",
    "as",
    "Abu",
    "Bakr",
    "dozens",
    "injured",
    "drone",
    "strike",
    "\n",
    "é",
    "—",
    "“",
    "”",
    "\u00a0",
    "\u200b",
    "Syrian",
    "President",
    "Bashar",
    "al-Assad",
    "IRAN",
    "KERMAN",
]


def _assert_spans(data: dict) -> None:
    from conftest import assert_spans_match

    assert_spans_match(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join))
def test_extract_spans_match_text_on_generated_articles(extractor, text):
    if not text.strip():
        return
    extraction = next(extractor.extract_articles([Article(text=text, origin="generated")]))
    _assert_spans(extraction.to_json())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300))
def test_extract_spans_match_text_on_arbitrary_unicode(extractor, text):
    if not text.strip():
        return
    extraction = next(extractor.extract_articles([Article(text=text, origin="generated")]))
    _assert_spans(extraction.to_json())


@pytest.mark.data
def test_extract_spans_match_text_on_real_articles(data_dir, extractor, validate):
    articles = []
    with (data_dir / "gva-longtail" / "incidents_dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            for document in json.loads(line)["documents"]:
                if len(document["content"]) > 200:
                    articles.append(Article(text=document["content"], origin=document["id"]))
            if len(articles) >= 40:
                break
    with (data_dir / "muc4" / "full_templates" / "dev.jsonl").open(encoding="utf-8") as lines:
        for _, line in zip(range(20), lines, strict=False):
            record = json.loads(line)
            articles.append(Article(text=record["text"], origin=record["docid"]))
    for extraction in extractor.extract_articles(articles):
        validate(extraction)
