"""Reading RSS and Atom feeds with feedparser: each item becomes an article.

An item's page is fetched and read as a web page where a :class:`Fetcher` is given and the page can be
had; otherwise (no fetcher, no link, robots.txt says no, the page is gone) the item's own content or
summary is the article, and only an item with neither is a failure. feedparser never touches the
network here: bytes come from a file or from our own polite fetcher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from eventwire.errors import IngestError
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.fetch import PAGE_TYPES, Fetcher
from eventwire.ingest.html import article_from_page, read_html

__all__ = ["FeedItem", "looks_like_feed", "parse_feed", "read_feed"]

_SNIFF_BYTES = 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One item of a feed, as the feed describes it."""

    origin: str
    """``<feed>#item<n>``, counting from 1."""
    title: str | None = None
    link: str | None = None
    """The item's page, when it is an http(s) URL."""
    summary: str | None = None
    """Plain text of the item's content, else of its summary."""
    published: dt.date | None = None
    author: str | None = None
    feed_title: str | None = None


def looks_like_feed(body: bytes) -> bool:
    """Whether ``body`` starts like an RSS, RDF or Atom document rather than a web page."""
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<!doctype html") or b"<html" in head:
        return False
    return any(marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf"))


def _plain_text(fragment: str) -> str:
    from lxml import html as lxml_html

    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    try:
        text = lxml_html.fromstring(f"<div>{fragment}</div>").text_content()
    except Exception:  # lxml's ParserError on fragments that are not markup after all
        text = fragment
    return " ".join(text.split())


def _date_of(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    # feedparser gives UTC; the feed's calendar day in UTC is what we know of the date.
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)


def parse_feed(data: bytes, *, origin: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order.

    Raises :class:`IngestError` when ``data`` is not a feed.
    """
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        found = parsed.get("bozo_exception") or "no <rss>, <rdf:RDF> or <feed> element"
        raise IngestError(origin, f"expected an RSS or Atom feed, found {found}")
    feed_title = parsed.feed.get("title") or None
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        contents = [c.get("value", "") for c in entry.get("content", [])]
        body = max(contents, key=len, default="") or entry.get("summary", "")
        items.append(
            FeedItem(
                origin=f"{origin}#item{number}",
                title=entry.get("title") or None,
                link=link if link and urlsplit(link).scheme in ("http", "https") else None,
                summary=_plain_text(body) or None,
                published=_date_of(entry),
                author=entry.get("author") or None,
                feed_title=feed_title,
            )
        )
    return items


def _article_from_summary(item: FeedItem) -> Article | None:
    if not item.summary:
        return None
    return Article(
        text=item.summary,
        origin=item.origin,
        published=item.published,
        title=item.title,
        url=item.link,
        source=item.feed_title or (urlsplit(item.link).hostname if item.link else None),
    )


def _article_from_link(item: FeedItem, link: str, fetcher: Fetcher, *, only_changed: bool) -> Article | None:
    fetch = fetcher.fetch_if_changed if only_changed else fetcher.fetch
    page = fetch(link, accept=PAGE_TYPES)
    if page is None:
        return None
    if page.media_type == "text/plain":
        return Article(
            text=page.body.decode("utf-8", errors="replace"),
            origin=link,
            published=item.published,
            title=item.title,
            url=page.final_url,
        )
    article = article_from_page(
        read_html(page.body, origin=link, url=page.final_url, content_type=page.content_type),
        url=page.final_url,
    )
    # The feed knows the title and date for sure when the page hides them.
    return Article(
        text=article.text,
        origin=article.origin,
        published=article.published or item.published,
        title=article.title or item.title,
        url=article.url,
        source=article.source,
    )


def read_feed(
    data: bytes, *, origin: str, fetcher: Fetcher | None = None, only_changed: bool = False
) -> Iterator[Article | IngestFailure]:
    """Each item of a feed as an :class:`Article`, or an :class:`IngestFailure` saying why not.

    With a ``fetcher``, an item's linked page is fetched and its main text used; when that fails the
    item's content or summary stands in. With ``only_changed``, an item whose page the server says is
    unchanged since the fetcher last fetched it is left out. Raises :class:`IngestError` only when
    ``data`` is not a feed.
    """
    for item in parse_feed(data, origin=origin):
        page_problem = None
        if fetcher is not None and item.link:
            try:
                article = _article_from_link(item, item.link, fetcher, only_changed=only_changed)
                if article is not None:
                    yield article
                continue
            except IngestError as error:
                page_problem = error.problem
        article = _article_from_summary(item)
        if article is not None:
            yield article
            continue
        reasons = ["expected an item with a page, content or summary"]
        reasons.append(f"found its page unreadable ({page_problem})" if page_problem else "found none")
        yield IngestFailure(origin=item.origin, problem=", ".join(reasons))
