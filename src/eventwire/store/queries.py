"""Reading the store: the only read path for the CLI, and later the API and the web page."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select

from eventwire.models import Event, Extraction
from eventwire.serialize import extraction_from_json
from eventwire.store import schema


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSummary:
    """One row of an event listing."""

    id: str
    document_id: str
    event_type: str
    sub_event_type: str
    status: str
    background: bool
    round_up: bool
    date_start: dt.date | None
    date_end: dt.date | None
    place_name: str | None
    country_code: str | None
    killed: int | None
    injured: int | None
    arrested: int | None
    trigger: str
    evidence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """What ``list_events`` selects; every field narrows the listing, None leaves it open."""

    type: str | None = None
    """An event_type or sub_event_type, case-insensitive."""
    place: str | None = None
    """A place name (substring) or an ISO country code."""
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    """Words in the evidence sentence."""
    limit: int = 100
    include_duplicates: bool = False
    """Also list the events of near-duplicate (syndicated) copies, which repeat their original's."""


def list_events(connection: Connection, where: EventFilter) -> list[EventSummary]:
    """Stored events matching ``where``, newest first."""
    events = schema.events
    query = select(events)
    if where.type:
        wanted = where.type.casefold()
        query = query.where(
            or_(func.lower(events.c.event_type) == wanted, func.lower(events.c.sub_event_type) == wanted)
        )
    if where.place:
        query = query.where(
            or_(
                func.lower(events.c.place_name).contains(where.place.casefold()),
                func.upper(events.c.country_code) == where.place.upper(),
            )
        )
    if where.since:
        query = query.where(events.c.date_end >= where.since)
    if where.until:
        query = query.where(events.c.date_start <= where.until)
    if where.text:
        query = query.where(func.lower(events.c.evidence).contains(where.text.casefold()))
    if not where.include_duplicates:
        originals = select(schema.documents.c.id).where(schema.documents.c.duplicate_of.is_(None))
        query = query.where(events.c.document_id.in_(originals))
    query = query.order_by(events.c.date_start.desc(), events.c.id).limit(where.limit)
    return [
        EventSummary(**{name: row._mapping[name] for name in EventSummary.__slots__})
        for row in connection.execute(query)
    ]


def get_extraction(connection: Connection, document_id: str) -> Extraction | None:
    """The stored extraction of a document."""
    raw = connection.scalar(select(schema.documents.c.extraction).where(schema.documents.c.id == document_id))
    return None if raw is None else extraction_from_json(json.loads(raw))


def get_event(connection: Connection, event_id: str) -> tuple[Event, Extraction] | None:
    """A stored event and the extraction of the article it comes from (for its evidence)."""
    document_id = connection.scalar(select(schema.events.c.document_id).where(schema.events.c.id == event_id))
    if document_id is None:
        return None
    extraction = get_extraction(connection, document_id)
    if extraction is None:
        return None
    event = next((e for e in extraction.events if e.id == event_id), None)
    return None if event is None else (event, extraction)


def stored_document_ids(connection: Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are stored."""
    return set(connection.scalars(select(schema.documents.c.id).where(schema.documents.c.id.in_(ids))))


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    """How much the store holds."""

    documents: int
    near_duplicates: int
    events: int
    entities: int
    relations: int
    skipped_language: int = 0
    """Articles left out because no installed pipeline reads their language."""
    unreadable: int = 0
    """Inputs (files, rows, feed items, pages) that could not be read as articles."""
    failed_extraction: int = 0
    """Articles the extractor failed on (retried on the next run)."""
    events_of_originals: int = 0
    """Events of documents that are not near-duplicates: what ``eventwire events`` lists."""


def count_rows(connection: Connection) -> StoreCounts:
    """Row counts of the main tables."""

    def count(table: Any, *conditions: Any) -> int:
        return int(connection.scalar(select(func.count()).select_from(table).where(*conditions)) or 0)

    skips = schema.ingest_skips
    originals = select(schema.documents.c.id).where(schema.documents.c.duplicate_of.is_(None))
    return StoreCounts(
        documents=count(schema.documents),
        near_duplicates=count(schema.documents, schema.documents.c.duplicate_of.is_not(None)),
        events=count(schema.events),
        entities=count(schema.entities),
        relations=count(schema.relations),
        skipped_language=count(skips, skips.c.reason == "language"),
        unreadable=count(skips, skips.c.reason == "unreadable"),
        failed_extraction=count(skips, skips.c.reason == "extraction"),
        events_of_originals=count(schema.events, schema.events.c.document_id.in_(originals)),
    )


def stored_signatures(connection: Connection) -> Iterator[tuple[str, int, int, int, bytes]]:
    """Every stored MinHash signature: ``(document_id, num_perm, seed, shingle_words, hashvalues)``."""
    table, documents = schema.near_duplicate_signatures, schema.documents
    # In ingestion order, so that a tie between two originals still goes to the earlier one.
    query = (
        select(table.c.document_id, table.c.num_perm, table.c.seed, table.c.shingle_words, table.c.hashvalues)
        .join(documents, documents.c.id == table.c.document_id)
        .order_by(documents.c.ingested_at, table.c.document_id)
    )
    for row in connection.execute(query):
        yield row.document_id, row.num_perm, row.seed, row.shingle_words, row.hashvalues


def skipped_keys(connection: Connection, keys: list[str], *, reason: str) -> set[str]:
    """Which of ``keys`` were skipped before for ``reason``."""
    table = schema.ingest_skips
    return set(connection.scalars(select(table.c.key).where(table.c.reason == reason, table.c.key.in_(keys))))
