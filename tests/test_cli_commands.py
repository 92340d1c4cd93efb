"""The commands a user runs: extract, ingest, events, show."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main

ARTICLE = (
    "At least 14 people were killed when a car bomb exploded in a market in Mosul on Tuesday, police said. "
    "Security forces later arrested three suspects, the Interior Ministry said.\n"
)


def _write(tmp_path, text=ARTICLE, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_extract_prints_one_json_object_for_one_file(tmp_path, validate):
    result = CliRunner().invoke(main, ["extract", str(_write(tmp_path)), "--published", "2024-05-15"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "eventwire/extraction/v1"
    assert data["document"]["published"] == "2024-05-15"
    assert any(e["sub_event_type"] == "Remote explosive/landmine/IED" for e in data["events"])


def test_cli_extract_prints_json_lines_for_several_files(tmp_path):
    first, second = _write(tmp_path), _write(tmp_path, "Police arrested five protesters in Lagos.\n", "b.txt")
    result = CliRunner().invoke(main, ["extract", str(first), str(second)])
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema"] for line in lines)


def test_cli_extract_reads_stdin(tmp_path):
    result = CliRunner().invoke(main, ["extract", "-", "--title", "Mosul"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["title"] == "Mosul"


def test_cli_extract_table_is_readable(tmp_path):
    result = CliRunner().invoke(
        main, ["extract", str(_write(tmp_path)), "--format", "table", "--published", "2024-05-15"]
    )
    assert "Remote explosive/landmine/IED" in result.stdout
    assert "Mosul" in result.stdout and "killed ≥14" in result.stdout


def test_cli_ingest_twice_stores_once(tmp_path, db_path):
    article = _write(tmp_path)
    first = CliRunner().invoke(main, ["ingest", str(article), "--db", str(db_path)])
    second = CliRunner().invoke(main, ["ingest", str(article), "--db", str(db_path)])
    assert "1 article(s) stored, 0 already stored" in first.stdout
    assert "0 article(s) stored, 1 already stored" in second.stdout
    listing = CliRunner().invoke(main, ["events", "--db", str(db_path), "--format", "json"])
    ids = [json.loads(line)["id"] for line in listing.stdout.splitlines()]
    assert len(ids) == len(set(ids)) >= 2


def test_cli_ingest_examples_prints_the_events_found(db_path):
    result = CliRunner().invoke(main, ["ingest", "--examples", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "3 article(s) stored" in result.stdout
    assert "Mosul" in result.stdout and "Armed clash" in result.stdout


def test_cli_events_filters_by_type_place_and_dates(tmp_path, db_path):
    CliRunner().invoke(main, ["ingest", "--examples", "--db", str(db_path)])

    def listed(*args):
        result = CliRunner().invoke(main, ["events", "--db", str(db_path), "--format", "json", *args])
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert {e["sub_event_type"] for e in listed("--type", "arrests")} == {"Arrests"}
    assert {e["country_code"] for e in listed("--place", "CL")} == {"CL"}
    assert all(e["place_name"] == "Mosul" for e in listed("--place", "mosul"))
    assert all(e["date_end"] >= "2024-05-01" for e in listed("--since", "2024-05-01"))
    assert all(e["date_start"] <= "2024-03-31" for e in listed("--until", "2024-03-31"))
    assert all("car bomb" in e["evidence"] for e in listed("--text", "car bomb"))


def test_cli_show_prints_every_fact_with_highlighted_evidence(tmp_path, db_path):
    CliRunner().invoke(
        main, ["ingest", str(_write(tmp_path)), "--db", str(db_path), "--published", "2024-05-15"]
    )
    listing = CliRunner().invoke(
        main, ["events", "--db", str(db_path), "--type", "Remote explosive/landmine/IED", "--format", "json"]
    )
    event_id = json.loads(listing.stdout.splitlines()[0])["id"]
    result = CliRunner().invoke(main, ["show", event_id, "--db", str(db_path), "--no-color"])
    assert result.exit_code == 0, result.output
    assert "«car bomb»" in result.stdout and "«At least 14 people»" in result.stdout
    assert "killed" in result.stdout and "Mosul" in result.stdout and "police" in result.stdout


def test_cli_show_unknown_event_exits_2(db_path):
    CliRunner().invoke(main, ["ingest", "--examples", "--db", str(db_path)])
    result = CliRunner().invoke(main, ["show", "evt_nope", "--db", str(db_path)])
    assert result.exit_code == 2 and "evt_nope" in result.stderr
