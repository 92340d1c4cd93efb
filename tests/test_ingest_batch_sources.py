"""eventwire ingest over every kind of input: URLs, feeds with syndicated copies, datasets with bad rows,
articles in other languages, and the same store whatever the number of workers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from support.http_server import serve_fixtures

STORY = "Police arrested three men in Lyon on Friday after a shooting on the quay, officials said."
FRENCH = (
    "La police a arrêté trois hommes à Lyon vendredi après une fusillade sur le quai, selon les autorités. "
    "Les suspects ont été placés en garde à vue au commissariat central de la ville."
)
LOCAL = ["--allow-private-network", "--fetch-interval", "0", "--quiet"]


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as running:
        yield running


def ingest(db: Path, *args: str):
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--quiet", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result


def stats(db: Path) -> dict:
    result = CliRunner().invoke(main, ["stats", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return sorted(connection.execute(sql).fetchall())


def test_ingest_batch_article_url_is_fetched_and_stored(server, db_path):
    result = ingest(db_path, server.url("/web/harbour-fire.html"), *LOCAL)
    assert "1 article(s) stored" in result.stdout
    [(title, url)] = rows(db_path, "select title, url from documents")
    assert title == "Fire destroys warehouse at Port Kelmer harbour"
    assert url == "https://www.kelmercourier.example/news/2024/03/12/harbour-warehouse-fire"  # canonical


def test_ingest_batch_feed_collapses_syndicated_copies(server, db_path):
    result = ingest(db_path, server.url("/web/syndicated.rss"), *LOCAL)
    assert "4 article(s) stored" in result.stdout
    assert "1 near-duplicate(s)" in result.stdout
    counts = stats(db_path)
    assert counts["documents"] == 4 and counts["near_duplicates"] == 1
    [(copy_title, original_title)] = rows(
        db_path,
        "select copy.title, first.title from documents copy join documents first "
        "on copy.duplicate_of = first.id",
    )
    assert copy_title == "Footbridge collapses over Dunmere canal, three injured"
    assert original_title == "Three hurt as footbridge collapses over Dunmere canal"


def test_ingest_batch_copies_are_found_across_runs(server, db_path):
    ingest(db_path, server.url("/web/bridge-collapse.html"), *LOCAL)
    ingest(db_path, server.url("/web/bridge-collapse-syndicated.html"), *LOCAL)
    assert stats(db_path)["near_duplicates"] == 1


def test_ingest_batch_events_of_copies_are_listed_once(server, db_path):
    ingest(db_path, server.url("/web/syndicated.rss"), *LOCAL)
    listing = CliRunner().invoke(main, ["events", "--db", str(db_path), "--format", "json"])
    listed = {json.loads(line)["document_id"] for line in listing.stdout.splitlines()}
    copies = {doc for (doc,) in rows(db_path, "select id from documents where duplicate_of is not null")}
    assert listed and not listed & copies
    assert len(listing.stdout.splitlines()) == stats(db_path)["events_of_originals"]


@pytest.mark.parametrize(
    "name, content",
    [
        (
            "articles.jsonl",
            "\n".join(
                [json.dumps({"text": STORY, "title": "Lyon"}), "{not json", json.dumps({"title": "x"})]
            ),
        ),
        ("articles.csv", f'title,text\nLyon,"{STORY}"\nBroken,too,many\nNo text,\n'),
    ],
)
def test_ingest_batch_dataset_bad_rows_are_reported_and_skipped(tmp_path, db_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = ingest(db_path, str(path))
    assert "1 article(s) stored" in result.stdout
    assert "skipped (unreadable)" in result.stderr and f"{path}:" in result.stderr
    assert stats(db_path)["unreadable"] >= 1


def test_ingest_batch_dataset_columns_are_configurable(tmp_path, db_path):
    path = tmp_path / "gva.jsonl"
    line = {"id": 7, "documents": [{"content": STORY, "headline": "Lyon arrests", "dct": "2024-01-19"}]}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    ingest(db_path, str(path), "--records-field", "documents", "--title-column", "headline")
    assert rows(db_path, "select title, published from documents") == [("Lyon arrests", "2024-01-19")]


def test_ingest_batch_non_english_article_is_skipped_with_its_reason(tmp_path, db_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(STORY, encoding="utf-8")
    result = ingest(db_path, str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"))
    assert "1 article(s) stored" in result.stdout
    assert "skipped (language)" in result.stderr and "found fr" in result.stderr
    [(origin, language, problem)] = rows(
        db_path, "select origin, language, problem from ingest_skips where reason = 'language'"
    )
    assert origin == str(tmp_path / "fr.txt") and language == "fr" and "installed pipeline" in problem
    assert stats(db_path)["skipped_language"] == 1


def test_ingest_batch_bad_file_inside_a_folder_does_not_stop_it(tmp_path, db_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    result = ingest(db_path, str(folder))
    assert "1 article(s) stored" in result.stdout
    assert f"{folder / 'b.txt'}: binary file" in result.stderr


def test_ingest_batch_two_workers_store_what_one_stores(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(6):
        text = f"Gunmen killed {i + 2} farmers near Jos on Monday and police arrested {i + 1} suspects."
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "copy.txt").write_text((folder / "0.txt").read_text() + " Updated.", encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest(one, str(folder), "--workers", "1", "--batch-size", "2")
    ingest(two, str(folder), "--workers", "2", "--batch-size", "2")
    for sql in (
        "select id, duplicate_of from documents",
        "select id, document_id, sub_event_type from events",
    ):
        assert rows(one, sql) == rows(two, sql)
    assert len(rows(one, "select id from documents")) == 7


def test_ingest_batch_watch_polls_a_feed_and_stores_only_what_is_new(server, db_path):
    result = ingest(
        db_path, "--watch", server.url("/web/syndicated.rss"), "--every", "0.1s", "--max-polls", "2", *LOCAL
    )
    assert "poll 1: 4 article(s) stored, 0 already stored" in result.stdout
    assert "poll 2: 0 article(s) stored, 0 already stored" in result.stdout
    assert stats(db_path)["documents"] == 4


def test_ingest_batch_watch_asks_again_only_whether_the_feed_changed(server, db_path):
    feed, page = "/web/syndicated.rss", "/web/harbour-fire.html"
    feed_before, page_before = len(server.requests_to(feed)), len(server.requests_to(page))
    ingest(db_path, "--watch", server.url(feed), "--every", "0.1s", "--max-polls", "3", *LOCAL)
    feed_requests = server.requests_to(feed)[feed_before:]
    assert len(feed_requests) == 3
    assert feed_requests[0].if_none_match is None
    assert feed_requests[1].if_none_match is not None  # answered 304: the item pages are not fetched
    assert len(server.requests_to(page)) == page_before + 1
