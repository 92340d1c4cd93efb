"""--db takes a SQLite file or a SQLAlchemy URL, $EVENTWIRE_DATABASE_URL is the default, no password shows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main


def test_cli_ingests_and_lists_events_in_the_store_a_url_names(store_settings) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    url = store_settings.database_url
    ingested = runner.invoke(main, ["ingest", "--examples", "--db", url])
    assert ingested.exit_code == 0, ingested.output
    listed = runner.invoke(main, ["events", "--db", url, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    stats = runner.invoke(main, ["stats", "--db", url, "--format", "json"])
    assert rows and len(rows) == json.loads(stats.stdout)["events"]
    again = runner.invoke(main, ["ingest", "--examples", "--db", url])
    assert again.exit_code == 0 and "0 article(s) stored" in again.output


def test_cli_takes_the_store_from_the_environment_when_no_db_is_given(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVENTWIRE_DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.db'}")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["ingest", "--examples"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-env.db").exists() and not (tmp_path / "eventwire.db").exists()


def test_cli_never_prints_the_password_of_a_database_url() -> None:
    url = "postgresql+psycopg://reader:s3cret-word@127.0.0.1:1/events?connect_timeout=2"
    result = CliRunner().invoke(main, ["events", "--db", url])
    assert result.exit_code == 2
    assert "cannot open the store" in result.output and "127.0.0.1" in result.output
    assert "s3cret-word" not in result.output
