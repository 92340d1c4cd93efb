"""Bad input: one clear line naming the input and the problem, exit status 2, the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

GOOD = "Police arrested three men in Lyon on Friday after a shooting, officials said.\n"


def _store_bytes(db: Path) -> bytes | None:
    return db.read_bytes() if db.exists() else None


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    article = tmp_path / "good.txt"
    article.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(article), "--db", str(db), "--published", "2024-01-19"])
    assert result.exit_code == 0, result.output
    return db


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Les policiers ont arrêté trois hommes à Besançon.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: no need to write it
    folder = tmp_path / "no-text"
    folder.mkdir()
    (folder / "picture.png").write_bytes(b"\x89PNG")
    return {
        "empty": (empty, "empty"),
        "binary": (binary, "binary"),
        "invalid utf-8": (latin, "not UTF-8"),
        "50 MB": (huge, "too large"),
        "folder without text": (folder, "no text"),
        "missing": (tmp_path / "missing.txt", "not found"),
    }


@pytest.mark.parametrize(
    "case", ["empty", "binary", "invalid utf-8", "50 MB", "folder without text", "missing"]
)
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_cli_refuses_bad_input_with_one_line_and_status_2(tmp_path, stored, case, command):
    path, problem = _bad_inputs(tmp_path)[case]
    before = _store_bytes(stored)
    args = [command, str(path)] + (["--db", str(stored)] if command == "ingest" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and problem in lines[0]
    assert _store_bytes(stored) == before


def test_cli_bad_file_among_good_ones_stores_nothing(tmp_path, stored):
    good = tmp_path / "other.txt"
    good.write_text("Gunmen killed two farmers near Jos on Monday, police said.\n", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    before = _store_bytes(stored)
    result = CliRunner().invoke(main, ["ingest", str(good), str(bad), "--db", str(stored)])
    assert result.exit_code == 2
    assert _store_bytes(stored) == before


@pytest.mark.parametrize(
    "args, word",
    [
        (["extract", "{file}", "--format", "xml"], "xml"),
        (["extract", "{file}", "--published", "19/01/2024"], "19/01/2024"),
        (["events", "--db", "{db}", "--since", "yesterday"], "yesterday"),
        (["events", "--db", "{db}", "--limit", "0"], "0"),
    ],
)
def test_cli_unknown_option_value_exits_2_naming_it(tmp_path, stored, args, word):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    args = [a.format(file=article, db=stored) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert word in result.stderr


def test_cli_store_that_is_not_a_database_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("my notes", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(article), "--db", str(not_a_db)])
    assert result.exit_code == 2
    assert "expected a SQLite database file" in result.stderr
    assert not_a_db.read_text(encoding="utf-8") == "my notes"
