"""Polling fetches only what changed: ETags sent back, 304 Not Modified skips a page or a whole feed."""

from __future__ import annotations

import pytest

from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.sources import SourceOptions, read_sources
from support.http_server import serve_fixtures
from support.web import local_fetch_options

PAGE = "<html><head><title>{title}</title></head><body><article><p>{text}</p></article></body></html>"
FIRST = "Floodwater closed the Brennick ring road on Monday and two drivers were rescued from their cars."
UPDATE = "Floodwater closed the Brennick ring road on Monday; four drivers were rescued, firefighters said."


def _page(text: str) -> tuple[bytes, str]:
    return PAGE.format(title="Ring road closed", text=text).encode(), "text/html; charset=utf-8"


def _feed(server) -> tuple[bytes, str]:
    items = "".join(
        f"<item><title>Item {name}</title><link>{server.url('/live/' + name)}</link></item>"
        for name in ("flood.html", "storm.html")
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>{items}</channel></rss>'
    return body.encode(), "application/rss+xml"


@pytest.fixture
def server():
    with serve_fixtures() as running:
        running.live["flood.html"] = _page(FIRST)
        running.live["storm.html"] = _page("A storm brought down power lines across Tarrow on Sunday night.")
        running.live["feed.rss"] = _feed(running)
        yield running


def test_fetch_if_changed_reads_a_page_it_has_not_fetched(server):
    with Fetcher(local_fetch_options()) as fetcher:
        page = fetcher.fetch_if_changed(server.url("/live/flood.html"))
    assert page is not None and FIRST.encode() in page.body
    assert server.requests_to("/live/flood.html")[0].if_none_match is None


def test_fetch_if_changed_skips_a_page_the_server_says_is_unchanged(server):
    with Fetcher(local_fetch_options()) as fetcher:
        first = fetcher.fetch(server.url("/live/flood.html"))
        again = fetcher.fetch_if_changed(server.url("/live/flood.html"))
    assert first.status == 200 and again is None
    requests = server.requests_to("/live/flood.html")
    assert requests[1].if_none_match is not None and requests[1].if_none_match.startswith('"')


def test_fetch_if_changed_reads_a_page_again_once_it_changed(server):
    with Fetcher(local_fetch_options()) as fetcher:
        fetcher.fetch(server.url("/live/flood.html"))
        server.live["flood.html"] = _page(UPDATE)
        page = fetcher.fetch_if_changed(server.url("/live/flood.html"))
        unchanged = fetcher.fetch_if_changed(server.url("/live/flood.html"))
    assert page is not None and UPDATE.encode() in page.body
    assert unchanged is None


def test_fetch_plain_fetch_never_sends_validators(server):
    with Fetcher(local_fetch_options()) as fetcher:
        fetcher.fetch(server.url("/live/flood.html"))
        page = fetcher.fetch(server.url("/live/flood.html"))
    assert page.status == 200 and FIRST.encode() in page.body
    assert [r.if_none_match for r in server.requests_to("/live/flood.html")] == [None, None]


def test_sources_polling_a_feed_reads_only_the_pages_that_changed(server):
    options = SourceOptions(fetch=local_fetch_options())
    polling = SourceOptions(fetch=local_fetch_options(), only_changed=True)
    feed = [server.url("/live/feed.rss")]
    with Fetcher(options.fetch) as fetcher:
        first = list(read_sources(feed, options=options, fetcher=fetcher))
        unchanged = list(read_sources(feed, options=polling, fetcher=fetcher))
        server.live["flood.html"] = _page(UPDATE)
        feed_body, feed_type = _feed(server)
        server.live["feed.rss"] = (feed_body.replace(b"Item flood", b"Updated flood"), feed_type)
        updated = list(read_sources(feed, options=polling, fetcher=fetcher))
    assert len(first) == 2
    assert unchanged == []
    assert [a.text for a in updated if hasattr(a, "text")] == [UPDATE]
    assert len(server.requests_to("/live/storm.html")) == 2  # once read, once answered 304
