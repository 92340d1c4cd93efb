"""GVA's date rows fall back on the headline's shooting when the article's text tells none."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval.extractor import make_extractor
from eventwire.eval.gva import evaluate_gva

LOGIN_WALL = (
    "Sign in to keep reading. We have sent you a confirmation message; please follow the link inside it "
    "to activate your account. If the message does not arrive within a few minutes, look in your spam "
    "folder or ask for another one. Thank you for reading the Millbrook Courier."
)


def _data(tmp_path: Path, text: str, title: str) -> Path:
    folder = tmp_path / "gva-longtail"
    folder.mkdir()
    incident = {
        "incident_uri": "test-1",
        "date": "March 13, 2024",
        "city_or_county": "Millbrook",
        "state": "Ohio",
        "num_killed": 0,
        "num_injured": 2,
        "documents": [{"id": "doc-1", "content": text, "title": title, "dct": "2024-03-14"}],
    }
    (folder / "incidents_dev.jsonl").write_text(json.dumps(incident) + "\n", encoding="utf-8")
    return tmp_path


def _rows(data_dir: Path) -> dict[str, tuple[int, int]]:
    report = evaluate_gva(data_dir, limit=None, extractor=make_extractor())
    return {f.name: (f.accuracy.correct, f.accuracy.total) for f in report.fields if f.accuracy is not None}


def test_eval_gva_dates_the_headline_shooting_when_the_text_tells_none(tmp_path):
    rows = _rows(_data(tmp_path, LOGIN_WALL, "Two men shot outside Millbrook bar - Millbrook Courier"))
    # No shooting in the text: the other rows still say so; the date rows read the headline's event,
    # dated like undated news in the text would be (the day before publication to publication day).
    assert rows["shooting_found"] == (0, 1)
    assert rows["date"] == (1, 1)
    assert rows["date_contains"] == (1, 1)


def test_eval_gva_scores_no_date_when_neither_text_nor_headline_tells_a_shooting(tmp_path):
    rows = _rows(_data(tmp_path, LOGIN_WALL, "Millbrook Courier - Sign in"))
    assert rows["date"] == (0, 1)
    assert rows["date_contains"] == (0, 1)
