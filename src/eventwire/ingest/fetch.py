"""Polite, safe HTTP fetching of news pages and feeds with httpx.

Polite: a user agent that says who we are, robots.txt respected, one request per host at a time at most
every ``min_host_interval`` seconds, bounded retries with exponential back-off (and ``Retry-After``).
Safe: only http(s); no private, loopback or link-local addresses unless a setting allows them (checked on
every redirect hop, so a public page cannot bounce us into the intranet); a size cap that holds for
streamed and compressed bodies; a deadline for the whole response, so a server trickling bytes cannot
stall a batch; content types checked before the body is read.

DNS is resolved once for the check and again by httpx for the connection; a hostile resolver could
answer differently between the two (DNS rebinding). So the address actually connected to is checked too,
before a byte of the response is read: a request may reach a private address that way, its answer never
reaches eventwire.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventwire.errors import IngestError

__all__ = [
    "FEED_TYPES",
    "PAGE_TYPES",
    "FetchOptions",
    "FetchedPage",
    "Fetcher",
    "check_url",
    "default_user_agent",
]

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX_BYTES = 512 * 1024
_VALIDATORS = (("etag", "If-None-Match"), ("last-modified", "If-Modified-Since"))
"""Response headers that identify a version of a page, and the request headers that send them back."""
_MAX_REMEMBERED_PAGES = 100_000
"""ETag and Last-Modified are kept for this many URLs (the most recently fetched): a few MB at most."""


def default_user_agent() -> str:
    """``eventwire/<version> (+https://github.com/eventwire)``: who is fetching, and where to read why."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        own_version = version("eventwire")
    except PackageNotFoundError:  # running from a source tree that was never installed
        own_version = "0"
    return f"eventwire/{own_version} (+https://github.com/eventwire)"


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How eventwire fetches: timeouts, retries, limits and manners."""

    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    """Longest wait for the next bytes of a response."""
    total_timeout: float = 60.0
    """Longest time for a whole response, so a server sending a byte a second cannot hold a batch."""
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    """Further attempts after a timeout, a dropped connection, a 429 or a 5xx; never after other 4xx."""
    backoff: float = 1.0
    """Seconds before the first retry, doubled for each further one."""
    max_backoff: float = 30.0
    """A longer ``Retry-After`` than this gives up instead of waiting."""
    max_redirects: int = 5
    min_host_interval: float = 1.0
    """Seconds between two requests to the same host."""
    respect_robots: bool = True
    allow_private_network: bool = False
    """Allow loopback, private and link-local addresses (tests, intranet deployments)."""
    user_agent: str = field(default_factory=default_user_agent)


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchedPage:
    """A fetched response body and what the server said it is."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where it was found, after redirects."""
    status: int
    media_type: str | None
    """``text/html``, ``application/rss+xml``...: the Content-Type without parameters."""
    content_type: str | None
    """The whole Content-Type header, charset included."""
    body: bytes


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    return message.get_content_type()


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def check_url(url: str, *, allow_private_network: bool = False) -> None:
    """Refuse what eventwire must not fetch: non-http(s) schemes and, unless allowed, private addresses.

    Raises :class:`IngestError` saying what was expected and what was found.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        found = f"a {parts.scheme}:// URL" if parts.scheme else "a relative URL"
        raise IngestError(url, f"expected an http:// or https:// URL, found {found}")
    host = parts.hostname
    if not host:
        raise IngestError(url, "expected a URL with a host name, found none")
    if allow_private_network:
        return
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as error:
        raise IngestError(url, f"expected a resolvable host, found {host!r} ({error})") from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not _is_public(address):
            raise IngestError(
                url,
                f"expected a public internet address, found {address} for {host!r} "
                "(private, loopback or link-local); set allow_private_network to fetch it",
            )


class Fetcher:
    """An HTTP client that fetches the way a well-behaved news crawler should.

    Use it as a context manager; it keeps one connection pool, the robots.txt of each host and the time
    of the last request to each host. ``sleep`` is injectable so tests need not wait for real.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, RobotFileParser] = {}
        self._last_request: dict[str, float] = {}
        self._validators: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str, *, accept: frozenset[str] = PAGE_TYPES | FEED_TYPES) -> FetchedPage:
        """GET ``url``, following redirects, and return its body.

        ``accept`` lists the media types wanted; a response declaring another one is refused before its
        body is read (a response without a Content-Type is let through for the caller to sniff).
        Raises :class:`IngestError` for every way this can fail, with what was expected and found.
        """
        page = self._fetch(url, accept=accept, conditional=False)
        assert page is not None  # only a conditional request can find a page unchanged
        return page

    def fetch_if_changed(
        self, url: str, *, accept: frozenset[str] = PAGE_TYPES | FEED_TYPES
    ) -> FetchedPage | None:
        """Like :meth:`fetch`, but ``None`` when the server says the page is unchanged (HTTP 304) since
        this fetcher last fetched it: the request carries the ETag and Last-Modified it was given then.

        A server that gives neither is asked for the whole page every time.
        """
        return self._fetch(url, accept=accept, conditional=True)

    def _fetch(self, url: str, *, accept: frozenset[str], conditional: bool) -> FetchedPage | None:
        seen: set[str] = set()
        current = url
        for _ in range(self.options.max_redirects + 1):
            check_url(current, allow_private_network=self.options.allow_private_network)
            if self.options.respect_robots and not self._robots_allow(current):
                raise IngestError(url, f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            seen.add(current)
            validators = self._validators.get(current, {}) if conditional else {}
            status, headers, body = self._get_with_retries(
                current, accept=accept, origin=url, validators=validators
            )
            if status == 304 and validators:
                return None
            if status in _REDIRECT_STATUSES:
                location = headers.get("location")
                if not location:
                    raise IngestError(url, f"expected a Location header with HTTP {status}, found none")
                target = urljoin(current, location)
                if target in seen:
                    raise IngestError(url, f"expected a redirect to a page, found a loop back to {target}")
                current = target
                continue
            if status != 200:
                raise IngestError(url, f"expected HTTP 200, found HTTP {status}")
            self._remember_validators(current, headers)
            content_type = headers.get("content-type")
            return FetchedPage(
                url=url,
                final_url=current,
                status=status,
                content_type=content_type,
                media_type=_media_type(content_type),
                body=body,
            )
        raise IngestError(url, f"expected at most {self.options.max_redirects} redirects, found more")

    def _remember_validators(self, url: str, headers: httpx.Headers) -> None:
        validators = {
            request_header: headers[response_header]
            for response_header, request_header in _VALIDATORS
            if response_header in headers
        }
        with self._lock:
            self._validators.pop(url, None)
            if validators:
                self._validators[url] = validators
                while len(self._validators) > _MAX_REMEMBERED_PAGES:
                    self._validators.popitem(last=False)

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        parser = self._robots.get(base)
        if parser is None:
            parser = RobotFileParser()
            robots_url = base + "/robots.txt"
            try:
                status, _, body = self._get_with_retries(
                    robots_url, accept=frozenset(), origin=robots_url, max_bytes=_ROBOTS_MAX_BYTES, retries=0
                )
            except IngestError:
                status, body = 503, b""
            if status == 200:
                parser.parse(body.decode("utf-8", errors="replace").splitlines())
            elif 400 <= status < 500:
                parser.parse([])  # RFC 9309: an unavailable robots.txt allows everything
            else:
                parser.parse(["User-agent: *", "Disallow: /"])  # RFC 9309: an unreachable one allows nothing
            self._robots[base] = parser
        return parser.can_fetch(self.options.user_agent, url)

    def _wait_for_host(self, host: str) -> None:
        with self._lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            wait = 0.0 if last is None else last + self.options.min_host_interval - now
            self._last_request[host] = now + max(wait, 0.0)
        if wait > 0:
            self._sleep(wait)

    def _get_with_retries(
        self,
        url: str,
        *,
        accept: frozenset[str],
        origin: str,
        max_bytes: int | None = None,
        retries: int | None = None,
        validators: dict[str, str] | None = None,
    ) -> tuple[int, httpx.Headers, bytes]:
        attempts = 1 + (self.options.retries if retries is None else retries)
        delay = self.options.backoff
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                status, response_headers, body = self._get_once(
                    url,
                    accept=accept,
                    origin=origin,
                    max_bytes=max_bytes or self.options.max_bytes,
                    validators=validators or {},
                )
            except (httpx.TimeoutException, httpx.TransportError) as error:
                if last:
                    raise IngestError(origin, _describe_transport_error(error, self.options)) from error
            else:
                if status not in _RETRY_STATUSES or last:
                    return status, response_headers, body
                retry_after = _retry_after(response_headers)
                if retry_after is not None:
                    if retry_after > self.options.max_backoff:
                        raise IngestError(
                            origin,
                            f"expected a retry within {self.options.max_backoff:g} s, "
                            f"found HTTP {status} with Retry-After {retry_after:g} s",
                        )
                    delay = max(delay, retry_after)
            self._sleep(min(delay, self.options.max_backoff))
            delay *= 2
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _get_once(
        self, url: str, *, accept: frozenset[str], origin: str, max_bytes: int, validators: dict[str, str]
    ) -> tuple[int, httpx.Headers, bytes]:
        self._wait_for_host(urlsplit(url).netloc)
        deadline = time.monotonic() + self.options.total_timeout
        with self._client.stream("GET", url, headers=validators) as response:
            if not self.options.allow_private_network:
                _check_peer(response, origin=origin)
            status, headers = response.status_code, response.headers
            if status != 200:
                return status, headers, b""
            media_type = _media_type(headers.get("content-type"))
            if accept and media_type is not None and media_type not in accept:
                raise IngestError(origin, f"expected one of {', '.join(sorted(accept))}, found {media_type}")
            declared = headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(
                    origin, f"expected at most {max_bytes} bytes, found a Content-Length of {declared}"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(origin, f"expected at most {max_bytes} bytes, found more")
                if time.monotonic() > deadline:
                    raise IngestError(
                        origin,
                        f"expected the whole response within "
                        f"{self.options.total_timeout:g} s, found it still coming",
                    )
                chunks.append(chunk)
            return status, headers, b"".join(chunks)


def _check_peer(response: httpx.Response, *, origin: str) -> None:
    """Refuse a response from a private address the host name's first resolution did not give."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return  # a transport without sockets (tests' mock transports)
    address = ipaddress.ip_address(peer[0])
    if not _is_public(address):
        raise IngestError(
            origin,
            f"expected a public internet address, found a connection to {address} "
            "(the host name resolved differently when checked: DNS rebinding?)",
        )


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else None


def _describe_transport_error(error: Exception, options: FetchOptions) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return f"expected a connection within {options.connect_timeout:g} s, found none"
    if isinstance(error, httpx.TimeoutException):
        return f"expected data within {options.read_timeout:g} s, found the server stalled"
    return f"expected an HTTP response, found a transport error: {error.__class__.__name__}: {error}"
