"""Reading articles from datasets: JSON Lines and CSV/TSV, one article per row.

Columns are configurable and have sensible defaults (``text`` else ``content``, ``body``...). A bad row —
invalid JSON, no text, an unreadable date — is yielded as an :class:`IngestFailure` naming the file and
line, and reading goes on: one broken row must not cost a dataset. Only a file that cannot be a dataset
at all (no text column in a CSV header, not found) raises :class:`IngestError`.

JSONL lines may nest their articles: with ``records="documents"``, each element of a line's
``documents`` list is a row (``file.jsonl:12#3`` is the third document of line 12).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from eventwire.errors import IngestError
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure

__all__ = [
    "DEFAULT_COLUMNS",
    "TABULAR_SUFFIXES",
    "Columns",
    "parse_published",
    "read_csv",
    "read_jsonl",
    "read_table",
]

TABULAR_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".tsv"})
DEFAULT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "story"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri"),
    "published": ("published", "publish_date", "published_at", "pubdate", "date", "dct"),
    "source": ("source", "site", "publisher", "outlet", "domain"),
}
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d")


@dataclass(frozen=True, slots=True, kw_only=True)
class Columns:
    """Which column holds what. ``None`` means the first of :data:`DEFAULT_COLUMNS` present in a row."""

    text: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    records: str | None = None
    """JSONL only: the key of a list of article objects inside each line, read as rows."""

    def candidates(self, field_name: str) -> tuple[str, ...]:
        """The column names tried, in order, for ``field_name`` (``text``, ``title``...)."""
        chosen = getattr(self, field_name)
        return (chosen,) if chosen else DEFAULT_COLUMNS[field_name]


def parse_published(value: str) -> dt.date:
    """A publication date from ISO 8601, RFC 2822 or a spelled-out date ("June 30, 2014").

    Raises :class:`ValueError` for anything else: day/month order is not guessed.
    """
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    for date_format in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(value) from None


def _fail(origin: str, problem: str) -> IngestFailure:
    return IngestFailure(origin=origin, problem=problem)


def _pick(row: Mapping[str, object], names: tuple[str, ...]) -> tuple[str | None, str | None]:
    for name in names:
        value = row.get(name)
        if value is not None and str(value).strip():
            return name, value if isinstance(value, str) else str(value)
    return None, None


def _article_from_row(
    row: Mapping[str, object], *, origin: str, columns: Columns, max_bytes: int
) -> Article | IngestFailure:
    text_names = columns.candidates("text")
    _, text = _pick(row, text_names)
    if text is None or not text.strip():
        return _fail(origin, f"expected article text in {' or '.join(text_names)}, found none")
    if len(text.encode("utf-8")) > max_bytes:
        return _fail(origin, f"expected at most {max_bytes:,} bytes of text, found more")
    published = None
    date_column, date_text = _pick(row, columns.candidates("published"))
    if date_text is not None:
        try:
            published = parse_published(date_text)
        except ValueError:
            expected = "ISO 8601, RFC 2822 or 'June 30, 2014'"
            return _fail(origin, f"expected a date in {date_column} ({expected}), found {date_text[:40]!r}")
    return Article(
        text=text,
        origin=origin,
        published=published,
        title=_pick(row, columns.candidates("title"))[1],
        url=_pick(row, columns.candidates("url"))[1],
        source=_pick(row, columns.candidates("source"))[1],
    )


def read_jsonl(
    path: Path, *, columns: Columns | None = None, max_bytes: int
) -> Iterator[Article | IngestFailure]:
    """The articles of a JSON Lines file, one per line (or per element of ``columns.records``)."""
    columns = columns or Columns()
    with _open(path, "rb") as stream:
        for number, raw in enumerate(stream, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                found = f"byte 0x{raw[error.start]:02x} at column {error.start + 1}"
                yield _fail(origin, f"expected UTF-8, found {found}")
                continue
            except json.JSONDecodeError as error:
                yield _fail(
                    origin,
                    f"expected a JSON object, found invalid JSON ({error.msg} at column {error.colno})",
                )
                continue
            if not isinstance(row, dict):
                yield _fail(origin, f"expected a JSON object, found {type(row).__name__}")
                continue
            if columns.records is None:
                yield _article_from_row(row, origin=origin, columns=columns, max_bytes=max_bytes)
                continue
            records = row.get(columns.records)
            if not isinstance(records, list):
                yield _fail(origin, f"expected a list in {columns.records!r}, found {type(records).__name__}")
                continue
            for index, record in enumerate(records, start=1):
                record_origin = f"{origin}#{index}"
                if isinstance(record, dict):
                    yield _article_from_row(
                        record, origin=record_origin, columns=columns, max_bytes=max_bytes
                    )
                else:
                    yield IngestFailure(
                        origin=record_origin, problem=f"expected a JSON object, found {type(record).__name__}"
                    )


def read_csv(
    path: Path, *, columns: Columns | None = None, max_bytes: int, delimiter: str = ","
) -> Iterator[Article | IngestFailure]:
    """The articles of a CSV (or, with ``delimiter="\\t"``, TSV) file with a header row, one per row.

    Raises :class:`IngestError` when the header has no text column.
    """
    columns = columns or Columns()
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    with _open(path, "r") as stream:
        reader = csv.DictReader(stream, delimiter=delimiter)
        try:
            fieldnames = reader.fieldnames or []
        except UnicodeDecodeError as error:
            raise IngestError(str(path), f"expected UTF-8 CSV, found byte at offset {error.start}") from None
        text_names = columns.candidates("text")
        if not set(text_names) & set(fieldnames):
            expected, found = ", ".join(text_names), ", ".join(fieldnames) or "none"
            raise IngestError(str(path), f"expected a text column ({expected}), found columns {found}")
        last_line = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                yield IngestFailure(
                    origin=f"{path}:{last_line + 1}",
                    problem="expected UTF-8, found undecodable bytes; the rest is not read",
                )
                return
            except csv.Error as error:
                yield _fail(f"{path}:{last_line + 1}", f"expected a CSV row, found {error}")
                last_line = reader.line_num
                continue
            origin = f"{path}:{last_line + 1}"
            last_line = reader.line_num
            if None in row:
                yield _fail(origin, f"expected {len(fieldnames)} fields, found more")
                continue
            yield _article_from_row(row, origin=origin, columns=columns, max_bytes=max_bytes)


def read_table(
    path: Path, *, columns: Columns | None = None, max_bytes: int
) -> Iterator[Article | IngestFailure]:
    """The articles of a dataset file, by its suffix: ``.jsonl``/``.ndjson``, ``.csv`` or ``.tsv``."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(path, columns=columns, max_bytes=max_bytes)
    if suffix in (".csv", ".tsv"):
        delimiter = "\t" if suffix == ".tsv" else ","
        return read_csv(path, columns=columns, max_bytes=max_bytes, delimiter=delimiter)
    found = suffix or "no suffix"
    raise IngestError(str(path), f"expected a .jsonl, .ndjson, .csv or .tsv file, found {found}")


def _open(path: Path, mode: str) -> IO[Any]:
    try:
        if mode == "rb":
            return path.open("rb")
        return path.open("r", encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise IngestError(str(path), "expected a dataset file, found nothing at this path") from None
    except IsADirectoryError:
        raise IngestError(str(path), "expected a dataset file, found a folder") from None
