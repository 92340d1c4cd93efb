"""Fetching is polite and safe: user agent, robots.txt, rate limit, schemes and private addresses."""

from __future__ import annotations

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.fetch import Fetcher, check_url, default_user_agent
from support.http_server import serve_fixtures
from support.web import local_fetch_options


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as running:
        yield running


def test_fetch_sends_a_user_agent_that_says_who_we_are(server):
    with Fetcher(local_fetch_options()) as fetcher:
        fetcher.fetch(server.url("/web/harbour-fire.html"))
    agent = server.requests_to("/web/harbour-fire.html")[-1].user_agent
    assert agent == default_user_agent()
    assert agent.startswith("eventwire/") and agent.endswith("(+https://github.com/eventwire)")


def test_fetch_respects_robots_txt(server):
    with Fetcher(local_fetch_options()) as fetcher, pytest.raises(IngestError, match=r"robots\.txt"):
        fetcher.fetch(server.url("/private/page.html"))
    assert not server.requests_to("/private/page.html")


def test_fetch_reads_robots_txt_once_per_host(server):
    with Fetcher(local_fetch_options()) as fetcher:
        before = len(server.requests_to("/robots.txt"))
        fetcher.fetch(server.url("/web/harbour-fire.html"))
        fetcher.fetch(server.url("/web/bridge-collapse.html"))
    assert len(server.requests_to("/robots.txt")) == before + 1


def test_fetch_waits_between_requests_to_one_host(server):
    waits: list[float] = []
    with Fetcher(local_fetch_options(min_host_interval=0.5), sleep=waits.append) as fetcher:
        fetcher.fetch(server.url("/web/harbour-fire.html"))
        fetcher.fetch(server.url("/web/bridge-collapse.html"))
    # robots.txt, then the first page, then the second, each in its own half-second slot (the fake
    # sleep returns at once, so the second page's slot is a whole second after the robots.txt request).
    assert len(waits) == 2
    assert 0.3 < waits[0] <= 0.5
    assert 0.8 < waits[1] <= 1.0


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("file:///etc/passwd", "file://"),
        ("ftp://example.org/x", "ftp://"),
        ("/relative/path", "relative URL"),
    ],
)
def test_fetch_refuses_other_schemes(url, found):
    with pytest.raises(IngestError, match=found):
        check_url(url, allow_private_network=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/",
        "http://10.1.2.3/",
        "http://192.168.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_fetch_refuses_private_addresses_unless_allowed(url):
    with pytest.raises(IngestError, match="allow_private_network"):
        check_url(url)


def test_fetch_refuses_a_loopback_server_by_default(server):
    options = local_fetch_options(allow_private_network=False)
    with Fetcher(options) as fetcher, pytest.raises(IngestError, match="expected a public internet address"):
        fetcher.fetch(server.url("/web/harbour-fire.html"))


def test_fetch_refuses_a_connection_that_landed_on_a_private_address(server, monkeypatch):
    # A rebinding resolver: the host name looked public when checked, then the connection went to loopback.
    monkeypatch.setattr("eventwire.ingest.fetch.check_url", lambda url, **_: None)
    options = local_fetch_options(allow_private_network=False, respect_robots=False)
    with Fetcher(options) as fetcher, pytest.raises(IngestError, match="DNS rebinding"):
        fetcher.fetch(server.url("/web/harbour-fire.html"))
