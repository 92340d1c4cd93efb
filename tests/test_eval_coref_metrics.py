"""The coreference scorer: MUC, B³ and CEAF-e on hand-built clusters, and the WikiEvents reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.coref import b_cubed, ceaf_e, muc, read_coref_documents, response_clusters
from eventwire.models import Document, Entity, Extraction, Span

KEY = [frozenset("abc")]
SPLIT = [frozenset("ab"), frozenset("c")]


@pytest.mark.parametrize("metric", [muc, b_cubed, ceaf_e])
def test_eval_coref_perfect_response_scores_one(metric) -> None:  # type: ignore[no-untyped-def]
    key = [frozenset("abc"), frozenset("de")]
    score = metric(key, key)
    assert score.precision == pytest.approx(1.0) and score.recall == pytest.approx(1.0)


def test_eval_coref_muc_counts_links() -> None:
    score = muc(KEY, [frozenset("ab"), frozenset("cd")])
    assert score.recall == pytest.approx(0.5) and score.precision == pytest.approx(0.5)


def test_eval_coref_b_cubed_averages_over_mentions() -> None:
    score = b_cubed(KEY, SPLIT)
    assert score.recall == pytest.approx(5 / 9) and score.precision == pytest.approx(1.0)


def test_eval_coref_ceaf_e_aligns_clusters_one_to_one() -> None:
    score = ceaf_e(KEY, SPLIT)
    assert score.precision == pytest.approx(0.4) and score.recall == pytest.approx(0.8)


def test_eval_coref_empty_response_scores_zero() -> None:
    for metric in (muc, b_cubed, ceaf_e):
        assert metric(KEY, []).f1 == 0.0


def test_eval_coref_our_mentions_take_the_gold_mention_they_contain() -> None:
    text = "Major General Ivan Petrov died. Petrov was 50. A driver died."
    document = Document(id="d", text=text)
    spans = [Span.of(text, 0, 25), Span.of(text, 32, 38)]
    extraction = Extraction(
        document=document,
        entities=(Entity(id="e1", type="PERSON", name="Ivan Petrov", mentions=tuple(spans)),),
    )
    gold = {"T1": (14, 25), "T2": (32, 38), "T3": (49, 55)}
    clusters, matched = response_clusters(extraction, gold)
    assert clusters == [frozenset({"T1", "T2"})] and matched == {"T1", "T2"}


DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.skipif(not (DATA / "wikievents" / "coref").is_dir(), reason="WikiEvents data not present")
def test_eval_coref_reader_gives_clusters_of_character_spans() -> None:
    documents = read_coref_documents(DATA, limit=2)
    assert len(documents) == 2
    for document in documents:
        assert document.clusters and all(len(c) > 1 for c in document.clusters)
        for cluster in document.clusters:
            for mention in cluster:
                start, end = document.mentions[str(mention)]
                assert 0 <= start < end <= len(document.text)


def test_coref_gold_mentions_move_to_the_cleaned_text_and_cut_ones_go() -> None:
    from eventwire.eval.coref import CorefDocument, realign_mentions
    from eventwire.ingest.cleaning import clean_text

    raw = "Police  said Ali   Musa fled.\nRead more: Musa profile\nHe was caught."
    mentions = {"m1": (13, 23), "m2": (41, 45), "m3": (54, 56)}
    assert [raw[s:e] for s, e in mentions.values()] == ["Ali   Musa", "Musa", "He"]
    doc = CorefDocument(doc_id="d", text=raw, mentions=mentions, clusters=(frozenset(mentions),))
    clean = clean_text(raw).text
    moved = realign_mentions(doc, clean)
    assert {k: clean[s:e] for k, (s, e) in moved.mentions.items()} == {"m1": "Ali Musa", "m3": "He"}
    assert moved.clusters == doc.clusters
