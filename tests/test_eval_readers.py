"""Each reader reads the real development files (marked `data`: skipped where ../shared/data is missing)."""

import json

import pytest

from eventwire.eval.gva import read_gva
from eventwire.eval.ipe import read_ipe
from eventwire.eval.muc4_gold import read_muc4
from eventwire.eval.runner import check_floors, default_data_dir, read_floors, run_dataset, run_gate
from eventwire.eval.scoring import Accuracy, Counts, DatasetReport, FieldScore
from eventwire.eval.wikievents import kairos_class, read_wikievents
from eventwire.models import Document, Extraction

DATA = default_data_dir()
needs_data = pytest.mark.skipif(
    not DATA.is_dir(),
    reason=f"evaluation data not found at {DATA.resolve()} "
    "(set EVENTWIRE_DATA or run from the repo root next to ../shared/data)",
)


def _nothing(articles):
    """An extractor that finds nothing: every gold item is a miss."""
    return [Extraction(document=Document(id=a.origin, text=a.text)) for a in articles]


@pytest.mark.data
@needs_data
def test_eval_muc4_reads_both_texts_of_the_same_documents():
    docs = read_muc4(DATA, limit=5)
    assert [d.docid for d in docs] == [f"TST1-MUC3-000{i}" for i in range(1, 6)]
    assert all(d.text_upper.isupper() or not d.text_upper.islower() for d in docs)
    assert any(d.entities for d in docs)


@pytest.mark.data
@needs_data
def test_eval_gva_reads_articles_with_incident_gold():
    articles = list(read_gva(DATA, limit=10))
    assert len(articles) == 10
    assert all(a.state and a.date is not None for a in articles)


@pytest.mark.data
@needs_data
def test_eval_wikievents_trigger_offsets_point_at_trigger_text():
    docs = read_wikievents(DATA, limit=3)
    triggers = [(d.text, t) for d in docs for t in d.triggers]
    assert triggers
    assert all(text[t.start : t.end] == t.text for text, t in triggers)


@pytest.mark.data
@needs_data
def test_eval_ipe_reads_sentences_and_documents_with_labels():
    sentences, documents = read_ipe(DATA, "sents", limit=200), read_ipe(DATA, "docs", limit=20)
    assert len(sentences) == 200 and len(documents) == 20
    assert any(s.labels for s in sentences)


@pytest.mark.data
@needs_data
@pytest.mark.parametrize("dataset", ["muc4", "gva", "wikievents", "ipe", "seed"])
def test_eval_dataset_scores_an_empty_extractor_without_crashing(dataset):
    report = run_dataset(dataset, data_dir=DATA, limit=3, extractor=_nothing)
    assert report.fields
    assert all(f.counts is None or f.counts.tp == 0 for f in report.fields)


def test_eval_kairos_types_map_per_taxonomy():
    assert kairos_class("Conflict.Attack.DetonateExplode") == "explode"
    assert kairos_class("Conflict.Attack.Unspecified") == "attack"
    assert kairos_class("Justice.ArrestJailDetain.Unspecified") == "arrest"
    assert kairos_class("Contact.Contact.Meet") is None


def test_eval_floors_flag_fields_under_their_floor(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(
        json.dumps(
            {"seed": {"limit": 1, "fields": {"events": 0.5, "must_not": 1.0, "gone": 0.1}, "reasons": {}}}
        )
    )
    [floor] = read_floors(path)
    report = DatasetReport(
        dataset="seed",
        documents=1,
        fields=(
            FieldScore(name="events", accuracy=Accuracy(correct=3, total=7)),
            FieldScore(name="must_not", counts=Counts(tp=1)),
        ),
    )
    assert [(s.field, s.value) for s in check_floors(report, floor)] == [
        ("events", pytest.approx(3 / 7)),
        ("gone", None),
    ]


@pytest.mark.data
@needs_data
def test_eval_gate_runs_every_dataset_of_the_floors_file(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"seed": {"limit": 1, "fields": {"must_not": 1.0, "events": 0.1}}}))
    reports, shortfalls = run_gate(path, data_dir=DATA, extractor=_nothing)
    assert [r.dataset for r in reports] == ["seed"]
    assert [s.field for s in shortfalls] == ["events"]
