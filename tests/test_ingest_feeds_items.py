"""Feeds: each item becomes an article, from its page where it can be fetched, else from its summary."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.feeds import looks_like_feed, parse_feed, read_feed
from eventwire.ingest.fetch import Fetcher
from support.http_server import serve_fixtures
from support.web import local_fetch_options, web_fixture

RSS = web_fixture("syndicated.rss").read_bytes()
ATOM = web_fixture("wire.atom").read_bytes()


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as running:
        yield running


def served_feed(server, name: str) -> bytes:
    return web_fixture(name).read_bytes().replace(b"https://news.example.org", server.base_url.encode())


def test_feeds_rss_items_in_order_with_dates():
    items = parse_feed(RSS, origin="syndicated.rss")
    assert [i.origin for i in items] == [f"syndicated.rss#item{n}" for n in range(1, 5)]
    assert items[0].published == dt.date(2023, 11, 4)
    assert items[0].author == "Tomas Breck"
    assert items[0].feed_title == "Northern Wire: regional news"


def test_feeds_summary_html_becomes_plain_text():
    item = parse_feed(RSS, origin="f")[3]
    assert item.summary is not None
    assert item.summary.startswith("The Kelmer–Ostry ferry was suspended on Wednesday")
    assert "<" not in item.summary


def test_feeds_atom_item_without_link_keeps_its_content():
    item = parse_feed(ATOM, origin="wire.atom")[2]
    assert item.link is None  # an urn: id is not a page to fetch
    assert item.summary is not None and item.summary.startswith("About 4,000 homes")


def test_feeds_without_fetcher_read_summaries():
    articles = list(read_feed(RSS, origin="f"))
    assert all(isinstance(a, Article) for a in articles)
    assert articles[2].text.startswith("Two dock workers were injured")
    assert articles[2].url == "https://news.example.org/web/harbour-fire.html"


def test_feeds_with_fetcher_read_the_linked_pages(server):
    with Fetcher(local_fetch_options()) as fetcher:
        articles = list(read_feed(served_feed(server, "syndicated.rss"), origin="feed", fetcher=fetcher))
    first = articles[0]
    assert isinstance(first, Article)
    assert "Passers-by helped pull them to the bank" in first.text  # from the page, not the summary
    assert first.source == "Dunmere Evening Post"
    assert first.url == "https://dunmerepost.example/local/footbridge-collapse-dunmere-canal"


def test_feeds_fall_back_to_the_summary_when_the_page_is_gone(server):
    with Fetcher(local_fetch_options()) as fetcher:
        articles = list(read_feed(served_feed(server, "syndicated.rss"), origin="feed", fetcher=fetcher))
    ferry = articles[3]
    assert isinstance(ferry, Article)
    assert ferry.origin == "feed#item4"
    assert ferry.text.startswith("The Kelmer–Ostry ferry")


def test_feeds_fall_back_to_the_summary_where_robots_txt_forbids_the_page(server):
    with Fetcher(local_fetch_options()) as fetcher:
        articles = list(read_feed(served_feed(server, "wire.atom"), origin="wire", fetcher=fetcher))
    assert not server.requests_to("/private/page.html")
    assert articles[1].text.startswith("Two dock workers were injured on Tuesday")


def test_feeds_item_with_nothing_to_read_is_a_failure():
    feed = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        b"<item><title>Only a title</title></item></channel></rss>"
    )
    [outcome] = read_feed(feed, origin="thin.rss")
    assert isinstance(outcome, IngestFailure)
    assert outcome.origin == "thin.rss#item1"
    assert "expected an item with a page, content or summary" in outcome.problem


def test_feeds_refuse_what_is_not_a_feed():
    with pytest.raises(IngestError, match="expected an RSS or Atom feed"):
        parse_feed(b"<html><body><p>Hello</p></body></html>", origin="page.xml")


@pytest.mark.parametrize(
    ("body", "expected"),
    [(RSS, True), (ATOM, True), (b"<!DOCTYPE html><html><body>x</body></html>", False), (b"plain", False)],
)
def test_feeds_are_told_apart_from_pages(body, expected):
    assert looks_like_feed(body) is expected
