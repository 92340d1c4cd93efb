"""eventwire stats: documents, near-duplicates collapsed, skipped and failed inputs, events, entities."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main

STORY = (
    "At least 14 people were killed when a car bomb exploded in a market in Mosul on Tuesday, police said. "
    "Security forces later arrested three suspects, the Interior Ministry said.\n"
)


def test_cli_stats_counts_what_ingest_did(tmp_path, db_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(STORY + " Reporting by the wire desk.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": ""}\n', encoding="utf-8")
    inputs = [str(tmp_path / name) for name in ("a.txt", "copy.txt", "rows.jsonl")]
    ingest = CliRunner().invoke(main, ["ingest", "--db", str(db_path), *inputs])
    assert ingest.exit_code == 0, ingest.output
    result = CliRunner().invoke(main, ["stats", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout and "near-duplicates collapsed" in result.stdout
    counts = json.loads(CliRunner().invoke(main, ["stats", "--db", str(db_path), "--format", "json"]).stdout)
    assert counts["documents"] == 2 and counts["near_duplicates"] == 1 and counts["unreadable"] == 1
    assert counts["events"] > counts["events_of_originals"] > 0 and counts["entities"] > 0


def test_cli_stats_without_a_store_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db" in result.stderr
