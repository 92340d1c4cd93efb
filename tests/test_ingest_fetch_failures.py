"""Every way a site can misbehave ends in an IngestError that says what was expected and found."""

from __future__ import annotations

import time

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.fetch import PAGE_TYPES, Fetcher
from support.http_server import serve_fixtures
from support.web import local_fetch_options


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as running:
        yield running


@pytest.fixture
def fetcher():
    with Fetcher(local_fetch_options()) as client:
        yield client


def test_fetch_reads_a_page_with_its_content_type(server, fetcher):
    page = fetcher.fetch(server.url("/web/harbour-fire.html"))
    assert page.status == 200
    assert page.media_type == "text/html"
    assert b"Port Kelmer" in page.body


def test_fetch_follows_a_redirect(server, fetcher):
    page = fetcher.fetch(server.url("/redirect"))
    assert page.final_url == server.url("/web/harbour-fire.html")
    assert page.url == server.url("/redirect")


def test_fetch_reports_a_404(server, fetcher):
    with pytest.raises(IngestError, match="expected HTTP 200, found HTTP 404"):
        fetcher.fetch(server.url("/missing"))


def test_fetch_stops_a_redirect_loop(server, fetcher):
    with pytest.raises(IngestError, match="loop"):
        fetcher.fetch(server.url("/loop/a"))


def test_fetch_gives_up_on_a_stalled_page_within_its_timeouts(server):
    started = time.monotonic()
    with Fetcher(local_fetch_options(retries=1)) as fetcher, pytest.raises(IngestError, match="stalled"):
        fetcher.fetch(server.url("/stall"))
    assert time.monotonic() - started < 3.0


@pytest.mark.parametrize("path", ["/huge", "/huge-chunked"])
def test_fetch_refuses_a_page_over_the_size_cap(server, fetcher, path):
    with pytest.raises(IngestError, match="expected at most 1048576 bytes"):
        fetcher.fetch(server.url(path))


def test_fetch_refuses_an_unwanted_content_type(server, fetcher):
    with pytest.raises(IngestError, match="found image/png"):
        fetcher.fetch(server.url("/image.png"), accept=PAGE_TYPES)


def test_fetch_retries_a_busy_server_with_back_off(server):
    server.flaky_failures = 2
    waits: list[float] = []
    with Fetcher(local_fetch_options(retries=2, backoff=0.25), sleep=waits.append) as fetcher:
        page = fetcher.fetch(server.url("/flaky"))
    assert b"Port Kelmer" in page.body
    assert waits == [0.25, 0.5]


def test_fetch_retries_are_bounded(server):
    server.flaky_failures = 5
    with Fetcher(local_fetch_options(retries=1)) as fetcher, pytest.raises(IngestError, match="HTTP 503"):
        fetcher.fetch(server.url("/flaky"))
    server.flaky_failures = 0


def test_fetch_reports_a_refused_connection():
    options = local_fetch_options(retries=0, respect_robots=False)
    with Fetcher(options) as fetcher, pytest.raises(IngestError, match="expected an HTTP response"):
        fetcher.fetch("http://127.0.0.1:9/")  # the discard port: nothing listens there
