"""Reading news web pages: the main text and the metadata a page declares, with trafilatura and htmldate.

Boilerplate (navigation, related-links boxes, cookie notices, scripts) is trafilatura's job and the
publication date is htmldate's (through trafilatura): eventwire adds no home-made patterns of its own.
What it adds is decoding by the page's *declared* charset first — the HTTP header, then the
``<meta>`` declaration, with the labels browsers use (``latin-1`` means windows-1252) — and only then
by detection, so that a windows-1252 page keeps its curly quotes and accents.
"""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from eventwire.errors import IngestError
from eventwire.ingest.article import Article

__all__ = ["WebPage", "article_from_page", "declared_charset", "decode_html", "read_html"]

# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard): a page that says latin-1
# almost always means windows-1252, whose 0x80-0x9F bytes are curly quotes and dashes, not controls.
_WINDOWS_1252_LABELS = frozenset(
    {
        "latin-1",
        "latin1",
        "iso-8859-1",
        "iso8859-1",
        "iso_8859-1",
        "l1",
        "us-ascii",
        "ascii",
        "cp819",
        "ibm819",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)
_PRESCAN_BYTES = 4096
_MIN_TEXT_CHARS = 40
"""Less is a menu or a button trafilatura fell back on, not an article: no news story is one line."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WebPage:
    """What a news page says about itself: main text, title, date, site, author and canonical URL."""

    text: str
    origin: str
    title: str | None = None
    published: dt.date | None = None
    site_name: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    language: str | None = None
    """The language the page declares (``<html lang>`` or a meta tag), not a detected one."""


def _charset_of_content_type(value: str) -> str | None:
    message = Message()
    message["content-type"] = value
    charset = message.get_content_charset()
    return charset.strip().lower() if charset else None


def _normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(body: bytes) -> str | None:
    """The charset a page declares in its ``<meta charset>`` or ``<meta http-equiv>``, if any."""
    from lxml import html as lxml_html

    head = body[:_PRESCAN_BYTES].decode("ascii", errors="replace")
    try:
        tree = lxml_html.document_fromstring(head)
    except Exception:  # lxml raises bare ParserError / ValueError on fragments it cannot root
        return None
    for meta in tree.iter("meta"):
        if charset := meta.get("charset"):
            return _normalise_label(charset)
        if (meta.get("http-equiv") or "").lower() == "content-type" and meta.get("content"):
            return _normalise_label(_charset_of_content_type(meta.get("content", "")))
    return None


def decode_html(body: bytes, *, content_type: str | None = None) -> str:
    """Decode a page: byte-order mark, then the HTTP charset, then ``<meta>``, then detection.

    A declared charset that cannot decode the bytes is ignored (servers lie); detection with
    charset-normalizer comes next, and undecodable bytes are replaced only as a last resort.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    candidates: list[str | None] = [
        _normalise_label(_charset_of_content_type(content_type)) if content_type else None,
        declared_charset(body),
        "utf-8",
    ]
    for candidate in candidates:
        if candidate is None:
            continue
        try:
            return body.decode(candidate)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode("utf-8", errors="replace")


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _declared_language(html: str) -> str | None:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html[: _PRESCAN_BYTES * 4])
    except Exception:  # see declared_charset
        return None
    lang = tree.get("lang") or next(
        (
            m.get("content")
            for m in tree.iter("meta")
            if (m.get("http-equiv") or "").lower() == "content-language"
        ),
        None,
    )
    return lang.split("-")[0].lower() if lang else None


def read_html(
    html: str | bytes, *, origin: str, url: str | None = None, content_type: str | None = None
) -> WebPage:
    """Extract the main text and metadata of a news page.

    ``url`` is where the page was found (it helps dating and resolving the canonical link);
    ``content_type`` is the HTTP header, whose charset wins over the page's own declaration.
    Raises :class:`IngestError` when the page has no main text.
    """
    import trafilatura

    text_html = decode_html(html, content_type=content_type) if isinstance(html, bytes) else html
    if not text_html.strip():
        raise IngestError(origin, "expected an HTML page, found an empty document")
    extracted = trafilatura.bare_extraction(
        text_html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if len(text) < _MIN_TEXT_CHARS:
        found = f"only {text[:40]!r}" if text else "none"
        raise IngestError(origin, f"expected an article page with main text, found {found}")
    canonical = getattr(extracted, "url", None) or None
    return WebPage(
        text=text,
        origin=origin,
        title=getattr(extracted, "title", None) or None,
        published=_parse_date(getattr(extracted, "date", None)),
        site_name=getattr(extracted, "sitename", None) or None,
        author=getattr(extracted, "author", None) or None,
        canonical_url=canonical if canonical and canonical.startswith(("http://", "https://")) else None,
        description=getattr(extracted, "description", None) or None,
        language=_declared_language(text_html),
    )


def article_from_page(page: WebPage, *, url: str | None = None) -> Article:
    """The :class:`Article` of a page: its canonical URL (else where it was found) and site name.

    ``source`` is the site name the page declares, else the host of its URL.
    """
    page_url = page.canonical_url or url
    source = page.site_name or (urlsplit(page_url).hostname if page_url else None)
    return Article(
        text=page.text,
        origin=page.origin,
        published=page.published,
        title=page.title,
        url=page_url,
        source=source,
    )
