"""Reading plain-text articles from files, folders and standard input, refusing what is not an article.

Every refusal is an :class:`IngestError` naming the input and saying what was expected and what was found.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import IngestError
from eventwire.ingest.article import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
STDIN = "-"


def decode_article(data: bytes, *, origin: str, max_bytes: int) -> str:
    """The text of an article file's bytes, or an :class:`IngestError` saying why it is not one."""
    if len(data) > max_bytes:
        raise IngestError(
            origin, f"too large: expected at most {max_bytes:,} bytes for one article, found {len(data):,}"
        )
    if b"\x00" in data[:8192]:
        raise IngestError(origin, "binary file: expected UTF-8 text, found NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            origin,
            f"not UTF-8: expected UTF-8 text, found byte 0x{data[error.start]:02x} at offset {error.start}",
        ) from None
    if not text.strip():
        raise IngestError(origin, "empty: expected article text, found no text")
    return text


def _read_bytes(stream: BinaryIO, *, origin: str, max_bytes: int) -> bytes:
    # Read one byte past the cap so an oversized input is refused without reading all of it.
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(
            origin, f"too large: expected at most {max_bytes:,} bytes for one article, found more"
        )
    return data


def read_text_file(
    path: Path,
    *,
    max_bytes: int,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    """One article from a text file."""
    origin = str(path)
    if not path.exists():
        raise IngestError(
            origin, "not found: expected a text file, a folder or '-', found nothing at this path"
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            origin, f"too large: expected at most {max_bytes:,} bytes for one article, found {size:,}"
        )
    with path.open("rb") as stream:
        data = _read_bytes(stream, origin=origin, max_bytes=max_bytes)
    text = decode_article(data, origin=origin, max_bytes=max_bytes)
    return Article(text=text, origin=origin, published=published, title=title, url=url)


def read_stdin(
    *, max_bytes: int, published: dt.date | None = None, title: str | None = None, url: str | None = None
) -> Article:
    """One article from standard input."""
    data = _read_bytes(sys.stdin.buffer, origin="<stdin>", max_bytes=max_bytes)
    text = decode_article(data, origin="<stdin>", max_bytes=max_bytes)
    return Article(text=text, origin="<stdin>", published=published, title=title, url=url)


def text_files_in(folder: Path) -> list[Path]:
    """The text files below ``folder``, sorted, or an :class:`IngestError` when there are none."""
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
    )
    if not files:
        raise IngestError(str(folder), "no text: expected a folder with .txt files, found none")
    return files


def read_articles(
    specs: list[str],
    *,
    max_bytes: int,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Iterator[Article]:
    """The articles named by ``specs``: text files, folders of text files (recursive) or ``-`` for stdin.

    Every input is checked before any article is yielded, so a bad one stops the run before anything is
    extracted or stored.
    """
    plan: list[Path | None] = []
    for spec in specs:
        if spec == STDIN:
            plan.append(None)
            continue
        path = Path(spec)
        if path.is_dir():
            plan.extend(text_files_in(path))
        elif not path.exists():
            raise IngestError(
                spec, "not found: expected a text file, a folder or '-', found nothing at this path"
            )
        else:
            plan.append(path)
    articles = [
        read_stdin(max_bytes=max_bytes, published=published, title=title, url=url)
        if path is None
        else read_text_file(path, max_bytes=max_bytes, published=published, title=title, url=url)
        for path in plan
    ]
    yield from articles
