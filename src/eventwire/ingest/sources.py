"""One entry point for every kind of input: files, folders, standard input, datasets, feeds and URLs.

:func:`read_sources` looks at what each spec is and hands it to the right reader:

====================================  ===================================================
``-``                                 standard input: a feed, an HTML page or plain text, by sniffing
a folder                              every readable file below it, recursively, in sorted order
``.txt`` / ``.text`` / no suffix      one plain-text article
``.html`` / ``.htm``                  one web page: main text and metadata
``.jsonl`` / ``.ndjson`` / ``.csv``   a dataset: one article per row
``.xml`` / ``.rss`` / ``.atom``       a feed: one article per item (pages fetched when allowed)
``http://`` / ``https://``            fetched; a feed or a page by Content-Type, else by sniffing
====================================  ===================================================

Nothing here is fatal: an input that cannot be read becomes an :class:`IngestFailure` and the next one
is read, so one bad file, row or URL never costs a batch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import IngestError
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.feeds import looks_like_feed, read_feed
from eventwire.ingest.fetch import FEED_TYPES, Fetcher, FetchOptions
from eventwire.ingest.files import decode_article, read_text_file
from eventwire.ingest.html import article_from_page, read_html
from eventwire.ingest.tabular import TABULAR_SUFFIXES, Columns, read_table
from eventwire.settings import Settings

__all__ = ["READABLE_SUFFIXES", "SourceOptions", "estimate_count", "open_sources", "read_sources"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABULAR_SUFFIXES | FEED_SUFFIXES
STDIN = "-"
_SNIFF_BYTES = 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOptions:
    """How :func:`read_sources` reads: size limits, dataset columns, fetching manners."""

    settings: Settings = field(default_factory=Settings)
    columns: Columns = field(default_factory=Columns)
    fetch: FetchOptions = field(default_factory=FetchOptions)
    fetch_feed_pages: bool = True
    """Fetch the page of each feed item (politely); without it, items are read from their summaries."""
    stdin: BinaryIO | None = None
    """Where ``-`` reads from; standard input when ``None``."""
    only_changed: bool = False
    """Skip URLs and feed item pages the server says are unchanged (HTTP 304) since the shared fetcher
    last fetched them: what the polls of ``--watch`` after the first one do."""


def _looks_like_html(body: bytes) -> bool:
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head


def _read_capped(stream: BinaryIO, *, origin: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(origin, f"too large: expected at most {max_bytes:,} bytes, found more")
    if not data.strip():
        raise IngestError(origin, "empty: expected an article, a page or a feed, found no content")
    return data


class _Reader:
    """The state of one :func:`read_sources` call: its options and, once needed, its fetcher."""

    def __init__(self, options: SourceOptions, fetcher: Fetcher | None) -> None:
        self.options = options
        self._fetcher = fetcher
        self._owns_fetcher = fetcher is None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options.fetch)
        return self._fetcher

    def close(self) -> None:
        if self._owns_fetcher and self._fetcher is not None:
            self._fetcher.close()

    @property
    def max_bytes(self) -> int:
        return self.options.settings.max_article_bytes

    def read(self, spec: str) -> Iterator[Article | IngestFailure]:
        if spec == STDIN:
            stdin = self.options.stdin or sys.stdin.buffer
            yield from self.read_bytes(
                _read_capped(stdin, origin="<stdin>", max_bytes=self.max_bytes), origin="<stdin>"
            )
        elif spec.startswith(("http://", "https://")):
            yield from self.read_url(spec)
        elif "://" in spec:
            scheme = spec.split("://", 1)[0]
            raise IngestError(spec, f"expected a path, '-' or an http(s) URL, found a {scheme}:// URL")
        else:
            path = Path(spec)
            if path.is_dir():
                yield from self.read_folder(path)
            elif not path.exists():
                raise IngestError(
                    spec,
                    "not found: expected a file, a folder, '-' or an http(s) URL, found nothing at this path",
                )
            else:
                yield from self.read_file(path)

    def read_folder(self, folder: Path) -> Iterator[Article | IngestFailure]:
        files = sorted(
            p
            for p in folder.rglob("*")
            if p.is_file()
            and p.suffix.lower() in READABLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        )
        if not files:
            expected = ", ".join(sorted(s for s in READABLE_SUFFIXES if s))
            raise IngestError(
                str(folder), f"no text: expected a folder with readable files ({expected}), found none"
            )
        for path in files:
            yield from _guarded(str(path), self.read_file(path))

    def read_file(self, path: Path) -> Iterator[Article | IngestFailure]:
        suffix = path.suffix.lower()
        origin = str(path)
        if suffix in TEXT_SUFFIXES:
            yield read_text_file(path, max_bytes=self.max_bytes)
        elif suffix in TABULAR_SUFFIXES:
            yield from read_table(path, columns=self.options.columns, max_bytes=self.max_bytes)
        elif suffix in HTML_SUFFIXES | FEED_SUFFIXES:
            with path.open("rb") as stream:
                data = _read_capped(stream, origin=origin, max_bytes=self.max_bytes)
            if suffix in HTML_SUFFIXES:
                yield article_from_page(read_html(data, origin=origin))
            else:
                yield from read_feed(
                    data, origin=origin, fetcher=self._feed_fetcher(), only_changed=self.options.only_changed
                )
        else:
            expected = ", ".join(sorted(s for s in READABLE_SUFFIXES if s))
            raise IngestError(origin, f"expected a file ending in one of {expected}, found {suffix}")

    def read_url(self, url: str) -> Iterator[Article | IngestFailure]:
        page = self.fetcher.fetch_if_changed(url) if self.options.only_changed else self.fetcher.fetch(url)
        if page is None:
            return
        if page.media_type in FEED_TYPES - {"application/xml", "text/xml"} or (
            page.media_type in (None, "application/xml", "text/xml", "text/html", "text/plain")
            and looks_like_feed(page.body)
        ):
            yield from read_feed(
                page.body, origin=url, fetcher=self._feed_fetcher(), only_changed=self.options.only_changed
            )
        elif page.media_type == "text/plain":
            text = decode_article(page.body, origin=url, max_bytes=self.max_bytes)
            yield Article(text=text, origin=url, url=page.final_url)
        elif page.media_type in ("text/html", "application/xhtml+xml") or _looks_like_html(page.body):
            html = read_html(page.body, origin=url, url=page.final_url, content_type=page.content_type)
            yield article_from_page(html, url=page.final_url)
        else:
            raise IngestError(url, f"expected an HTML page, a feed or plain text, found {page.media_type}")

    def read_bytes(self, data: bytes, *, origin: str) -> Iterator[Article | IngestFailure]:
        if looks_like_feed(data):
            yield from read_feed(
                data, origin=origin, fetcher=self._feed_fetcher(), only_changed=self.options.only_changed
            )
        elif _looks_like_html(data):
            yield article_from_page(read_html(data, origin=origin))
        else:
            yield Article(text=decode_article(data, origin=origin, max_bytes=self.max_bytes), origin=origin)

    def _feed_fetcher(self) -> Fetcher | None:
        return self.fetcher if self.options.fetch_feed_pages else None


def _guarded(origin: str, items: Iterator[Article | IngestFailure]) -> Iterator[Article | IngestFailure]:
    """``items``, with an :class:`IngestError` raised while producing them turned into a failure."""
    try:
        yield from items
    except IngestError as error:
        yield IngestFailure.from_error(error)
    except (OSError, ValueError) as error:  # unreadable file, permission denied, decoding trouble
        yield IngestFailure(origin=origin, problem=f"expected a readable input, found {error}")


def read_sources(
    specs: Sequence[str], *, options: SourceOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[Article | IngestFailure]:
    """Every article the ``specs`` hold, in order, each bad input as an :class:`IngestFailure`.

    A spec is ``-`` (standard input), a folder, a file (``.txt``, ``.html``, ``.jsonl``, ``.csv``,
    ``.rss``...) or an http(s) URL of a page or a feed. ``fetcher`` lets a caller share one polite
    :class:`Fetcher` (and its per-host clock) across calls; otherwise one is made when first needed.
    """
    reader = _Reader(options or SourceOptions(), fetcher)
    try:
        for spec in specs:
            yield from _guarded(spec, reader.read(spec))
    finally:
        reader.close()


def _names_the_spec(failure: IngestFailure, spec: str) -> bool:
    if spec == STDIN:
        return failure.origin == "<stdin>"
    return failure.origin in (spec, str(Path(spec)))


def open_sources(
    specs: Sequence[str], *, options: SourceOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[Article | IngestFailure]:
    """Like :func:`read_sources`, but first checks that every spec can be opened at all.

    The first item of every spec is read when this is called, before it returns. When that item is a
    failure of the spec itself (a missing, empty, binary or oversized file, a folder with nothing
    readable, a dataset without a text column, a URL that cannot be fetched), :class:`IngestError` is
    raised: a caller can stop before storing anything. Failures *inside* a readable input (a row, a
    feed item, one file of a folder) are yielded as :class:`IngestFailure`, as :func:`read_sources` does.
    """
    options = options or SourceOptions()
    own_fetcher = fetcher is None
    shared = fetcher or Fetcher(options.fetch)
    opened: list[tuple[Article | IngestFailure | None, Iterator[Article | IngestFailure]]] = []
    try:
        for spec in specs:
            items = read_sources([spec], options=options, fetcher=shared)
            first = next(items, None)
            if isinstance(first, IngestFailure) and _names_the_spec(first, spec):
                raise IngestError(first.origin, first.problem)
            opened.append((first, items))
    except BaseException:
        if own_fetcher:
            shared.close()
        raise
    return _rest(opened, shared if own_fetcher else None)


def _rest(
    opened: list[tuple[Article | IngestFailure | None, Iterator[Article | IngestFailure]]],
    fetcher: Fetcher | None,
) -> Iterator[Article | IngestFailure]:
    try:
        for first, items in opened:
            if first is not None:
                yield first
            yield from items
    finally:
        if fetcher is not None:
            fetcher.close()


def _count_in_file(path: Path, *, records: str | None) -> int | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        return 1
    if suffix in TABULAR_SUFFIXES and records is None:
        with path.open("rb") as stream:
            lines = sum(1 for line in stream if line.strip())
        # A CSV's header is no article; a quoted field spanning lines makes this an over-estimate.
        return lines - 1 if suffix in (".csv", ".tsv") else lines
    return None  # a feed, or nested records: unknown until read


def estimate_count(specs: Sequence[str], *, columns: Columns | None = None) -> int | None:
    """About how many items :func:`read_sources` will yield for ``specs``, for a progress bar's ETA.

    ``None`` when any spec cannot be counted without reading it (stdin, URLs, feeds, nested records).
    """
    records = (columns or Columns()).records
    total = 0
    for spec in specs:
        if spec == STDIN or "://" in spec:
            return None
        path = Path(spec)
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in paths:
            if file.suffix.lower() not in READABLE_SUFFIXES or not file.exists():
                continue
            try:
                count = _count_in_file(file, records=records)
            except OSError:
                count = 1
            if count is None:
                return None
            total += count
    return total
