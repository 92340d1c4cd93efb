"""A local HTTP server for the ingestion tests: the web fixtures, plus every way a site can misbehave.

It binds to 127.0.0.1 on a free port and runs in a thread; nothing leaves the machine. Routes:

- ``/web/<name>``: a file of ``tests/fixtures/web`` with its content type; in feeds, the placeholder host
  ``https://news.example.org`` is rewritten to this server, so feed items link to pages served here;
- ``/robots.txt``: disallows ``/private/`` to every agent;
- ``/private/page.html``: an article that robots.txt forbids;
- ``/stall``: sends headers and a few bytes, then stalls until the server stops;
- ``/missing``: 404; ``/loop/a`` and ``/loop/b``: redirect to each other; ``/redirect``: to an article;
- ``/huge`` (with Content-Length) and ``/huge-chunked`` (without): a page of ``HUGE_BYTES``;
- ``/flaky``: 503 twice (with ``Retry-After: 0``), then the harbour-fire article;
- ``/image.png``: a PNG; ``/plain.txt``: plain text; ``/feed-as-xml``: the RSS feed as ``text/xml``;
- ``/live/<name>``: a page or feed a test writes into ``live``, which can change between requests.

``/web/`` and ``/live/`` responses carry an ETag (a hash of the body) and answer a request carrying the
same ETag in If-None-Match with 304 Not Modified, as news sites and feed servers do.

Every request is recorded (path, user agent, time) for tests of politeness.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"
PLACEHOLDER_HOST = "https://news.example.org"
HUGE_BYTES = 3 * 1024 * 1024
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
}
# The windows-1252 page is served as old newsroom servers do: no charset in the header at all.
_HEADER_OVERRIDES = {"market-shooting-cp1252.html": "text/html"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    """One request the server received."""

    path: str
    user_agent: str
    at: float
    if_none_match: str | None = None


@dataclass(slots=True, kw_only=True)
class FixtureServer:
    """A running fixture server: its base URL and the requests it has seen."""

    base_url: str
    requests: list[Request] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    flaky_failures: int = 2
    live: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """``/live/<name>`` → (body, content type)."""

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base_url + path

    def requests_to(self, path: str) -> list[Request]:
        """The requests received for ``path``, in order."""
        return [r for r in self.requests if r.path == path]


def _fixture_body(name: str, server: FixtureServer) -> bytes:
    body = (FIXTURES / name).read_bytes()
    if name.endswith((".rss", ".atom", ".xml")):
        body = body.replace(PLACEHOLDER_HOST.encode(), server.base_url.encode())
    return body


def _make_handler(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            return

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _send_validated(self, body: bytes, content_type: str) -> None:
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._send(200, body, content_type, headers={"ETag": etag})

        def do_GET(self) -> None:
            server.requests.append(
                Request(
                    path=self.path,
                    user_agent=self.headers.get("User-Agent", ""),
                    at=time.monotonic(),
                    if_none_match=self.headers.get("If-None-Match"),
                )
            )
            path = self.path.split("?", 1)[0]
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path.startswith("/web/") and (FIXTURES / path[5:]).is_file() and "/" not in path[5:]:
                name = path[5:]
                content_type = _HEADER_OVERRIDES.get(name, _TYPES.get(Path(name).suffix, "text/plain"))
                self._send_validated(_fixture_body(name, server), content_type)
            elif path.startswith("/live/") and path[6:] in server.live:
                self._send_validated(*server.live[path[6:]])
            elif path == "/private/page.html":
                self._send(200, _fixture_body("harbour-fire.html", server))
            elif path == "/stall":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html><head><title>Never")
                self.wfile.flush()
                server.stop.wait(30)
            elif path == "/missing":
                self._send(404, b"<html><body>Not found</body></html>")
            elif path in ("/loop/a", "/loop/b"):
                target = "/loop/b" if path == "/loop/a" else "/loop/a"
                self._send(302, b"", headers={"Location": target})
            elif path == "/redirect":
                self._send(301, b"", headers={"Location": "/web/harbour-fire.html"})
            elif path == "/huge":
                self._send(200, b"<html><body><p>" + b"x" * HUGE_BYTES + b"</p></body></html>")
            elif path == "/huge-chunked":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"y" * 65536 + b"</p>"
                for _ in range(HUGE_BYTES // 65536 + 2):
                    try:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    except OSError:  # the client hung up at its cap, as it should
                        return
                self.wfile.write(b"0\r\n\r\n")
            elif path == "/flaky":
                if server.flaky_failures > 0:
                    server.flaky_failures -= 1
                    self._send(503, b"busy", "text/plain", headers={"Retry-After": "0"})
                else:
                    self._send(200, _fixture_body("harbour-fire.html", server))
            elif path == "/image.png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
            elif path == "/plain.txt":
                self._send(200, b"Flooding closed the ring road on Monday, police said.", "text/plain")
            elif path == "/feed-as-xml":
                self._send(200, _fixture_body("syndicated.rss", server), "text/xml")
            else:
                self._send(404, b"<html><body>Not found</body></html>")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client hanging up mid-response (at its size cap, on a timeout) is what those tests want.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve_fixtures() -> Iterator[FixtureServer]:
    """Run the fixture server on 127.0.0.1 and a free port for the duration of the ``with`` block."""
    httpd = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    server = FixtureServer(base_url=f"http://{host}:{port}")
    httpd.RequestHandlerClass = _make_handler(server)
    thread = threading.Thread(target=httpd.serve_forever, name="fixture-http", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
