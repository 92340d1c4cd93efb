"""read_sources: one entry point that reads each spec by what it is, and never stops at a bad one."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.sources import SourceOptions, read_sources
from eventwire.ingest.tabular import Columns
from support.http_server import serve_fixtures
from support.web import local_fetch_options, web_fixture

STORY = "Police said two men were injured in a shooting on Elm Street on Monday night."


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as running:
        yield running


@pytest.fixture
def local_options():
    return SourceOptions(fetch=local_fetch_options())


def read_all(specs, options=None, fetcher=None):
    options = options or SourceOptions(fetch_feed_pages=False)
    return list(read_sources(specs, options=options, fetcher=fetcher))


def test_sources_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    [article] = read_all([str(tmp_path / "a.txt")])
    assert article.text == STORY


def test_sources_html_file():
    [article] = read_all([str(web_fixture("harbour-fire.html"))])
    assert article.title == "Fire destroys warehouse at Port Kelmer harbour"
    assert article.source == "The Kelmer Courier"


def test_sources_feed_file_without_fetching():
    articles = read_all([str(web_fixture("wire.atom"))])
    assert [a.origin.rsplit("#", 1)[1] for a in articles] == ["item1", "item2", "item3"]


def test_sources_datasets(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"body\n{STORY}\n", encoding="utf-8")
    options = SourceOptions(columns=Columns(), fetch_feed_pages=False)
    assert [a.origin for a in read_all([str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")], options)] == [
        f"{tmp_path / 'a.jsonl'}:1",
        f"{tmp_path / 'b.csv'}:2",
    ]


def test_sources_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    origins = [a.origin for a in read_all([str(tmp_path)])]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_sources_stdin_sniffs_html_and_text():
    html = web_fixture("harbour-fire.html").read_bytes()
    [page] = read_all(["-"], SourceOptions(stdin=io.BytesIO(html), fetch_feed_pages=False))
    assert page.origin == "<stdin>" and page.title == "Fire destroys warehouse at Port Kelmer harbour"
    [text] = read_all(["-"], SourceOptions(stdin=io.BytesIO(STORY.encode()), fetch_feed_pages=False))
    assert text.text == STORY


def test_sources_bad_specs_are_failures_and_reading_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    names = ["missing.txt", "empty.txt", "doc.pdf"]
    outcomes = read_all([*(str(tmp_path / n) for n in names), "file:///etc/passwd", str(tmp_path / "ok.txt")])
    assert [type(o).__name__ for o in outcomes] == ["IngestFailure"] * 4 + ["Article"]
    problems = [o.problem for o in outcomes[:4]]
    assert "not found" in problems[0]
    assert "empty" in problems[1]
    assert "found .pdf" in problems[2]
    assert "found a file:// URL" in problems[3]


def test_sources_url_of_an_article(server, local_options):
    [article] = read_all([server.url("/web/harbour-fire.html")], local_options)
    assert article.url == "https://www.kelmercourier.example/news/2024/03/12/harbour-warehouse-fire"
    assert "Two dock workers" in article.text


def test_sources_url_of_a_legacy_page_without_header_charset(server, local_options):
    [article] = read_all([server.url("/web/market-shooting-cp1252.html")], local_options)
    assert "place de l’Église" in article.text
    assert article.url == server.url("/web/market-shooting-cp1252.html")


@pytest.mark.parametrize("path", ["/web/syndicated.rss", "/feed-as-xml"])
def test_sources_url_of_a_feed_fetches_its_pages(server, local_options, path):
    outcomes = read_all([server.url(path)], local_options)
    assert len(outcomes) == 4
    assert outcomes[1].source == "Northern Wire"  # read from the syndicated page itself
    assert outcomes[3].text.startswith("The Kelmer–Ostry ferry")  # its page is a 404: the summary stands in


def test_sources_url_failures_are_reported(server, local_options):
    outcomes = read_all(
        [server.url("/missing"), server.url("/image.png"), server.url("/plain.txt")], local_options
    )
    assert isinstance(outcomes[0], IngestFailure) and "HTTP 404" in outcomes[0].problem
    assert isinstance(outcomes[1], IngestFailure) and "image/png" in outcomes[1].problem
    assert isinstance(outcomes[2], Article) and outcomes[2].text.startswith("Flooding closed the ring road")


def test_sources_private_urls_refused_by_default(server):
    [outcome] = read_all([server.url("/web/harbour-fire.html")])
    assert isinstance(outcome, IngestFailure)
    assert "allow_private_network" in outcome.problem


def test_sources_share_a_given_fetcher(server, local_options):
    with Fetcher(local_fetch_options()) as fetcher:
        read_all([server.url("/web/harbour-fire.html")], local_options, fetcher=fetcher)
        [article] = read_all([server.url("/web/bridge-collapse.html")], local_options, fetcher=fetcher)
    assert article.source == "Dunmere Evening Post"
