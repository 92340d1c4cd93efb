"""Writing extractions: one transaction per batch, idempotent by content-derived ids.

An article already stored is skipped, never rewritten, so a batch that is run again (after a crash, or on
overlapping inputs) neither loses nor duplicates anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select

from eventwire.models import Event, Extraction
from eventwire.serialize import extraction_to_json
from eventwire.store import schema


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteResult:
    """What a batch write did."""

    added: tuple[str, ...]
    """Ids of the documents stored by this write."""
    already_stored: tuple[str, ...]
    """Ids of the documents that were stored before and left as they were."""


def _best(event: Event, category: str) -> int | None:
    return next((c.best for c in event.casualties if c.category == category), None)


def _event_row(event: Event, document_id: str) -> dict[str, object]:
    place = event.location.place if event.location is not None else None
    return {
        "id": event.id,
        "document_id": document_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "status": event.status,
        "background": event.background,
        "round_up": event.round_up,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_precision": event.date.precision,
        "place_name": place.name if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_precision": place.precision if place else None,
        "killed": _best(event, "killed"),
        "injured": _best(event, "injured"),
        "arrested": _best(event, "arrested"),
        "trigger": event.trigger.text,
        "evidence": event.evidence[0].text,
        "confidence": event.confidence,
    }


def _relation_id(document_id: str, index: int, type_: str, head: str, tail: str, start: int) -> str:
    key = f"{document_id}\x1f{type_}\x1f{head}\x1f{tail}\x1f{start}\x1f{index}"
    return "rel_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def write_extractions(
    connection: Connection,
    extractions: Sequence[Extraction],
    *,
    spacy_model: str,
    duplicate_of: dict[str, str] | None = None,
) -> WriteResult:
    """Store the extractions not stored yet, inside the caller's transaction."""
    duplicate_of = duplicate_of or {}
    ids = [e.document.id for e in extractions]
    stored = set(connection.scalars(select(schema.documents.c.id).where(schema.documents.c.id.in_(ids))))
    added: list[str] = []
    now = dt.datetime.now(dt.UTC)
    for extraction in extractions:
        document = extraction.document
        if document.id in stored or document.id in added:
            continue
        connection.execute(
            insert(schema.documents),
            [
                {
                    "id": document.id,
                    "title": document.title,
                    "url": document.url,
                    "source": document.source,
                    "published": document.published,
                    "language": document.language,
                    "text": document.text,
                    "extraction": json.dumps(extraction_to_json(extraction), ensure_ascii=False),
                    "spacy_model": spacy_model,
                    "duplicate_of": duplicate_of.get(document.id),
                    "ingested_at": now,
                }
            ],
        )
        if extraction.entities:
            connection.execute(
                insert(schema.entities),
                [
                    {
                        "id": entity.id,
                        "document_id": document.id,
                        "type": entity.type,
                        "kind": entity.kind,
                        "name": entity.name,
                        "aliases": json.dumps(list(entity.aliases), ensure_ascii=False),
                        "mention_count": len(entity.mentions),
                        "country_code": entity.place.country_code if entity.place else None,
                        "lat": entity.place.lat if entity.place else None,
                        "lon": entity.place.lon if entity.place else None,
                    }
                    for entity in extraction.entities
                ],
            )
        if extraction.events:
            connection.execute(insert(schema.events), [_event_row(e, document.id) for e in extraction.events])
            participants = [
                {"event_id": event.id, "position": i, "role": p.role, "entity_id": p.entity, "text": p.text}
                for event in extraction.events
                for i, p in enumerate(event.participants)
            ]
            if participants:
                connection.execute(insert(schema.event_participants), participants)
        if extraction.relations:
            connection.execute(
                insert(schema.relations),
                [
                    {
                        "id": _relation_id(document.id, i, r.type, r.head, r.tail, r.evidence.start),
                        "document_id": document.id,
                        "type": r.type,
                        "head": r.head,
                        "tail": r.tail,
                        "evidence": r.evidence.text,
                    }
                    for i, r in enumerate(extraction.relations)
                ],
            )
        added.append(document.id)
    return WriteResult(added=tuple(added), already_stored=tuple(i for i in dict.fromkeys(ids) if i in stored))


@dataclass(frozen=True, slots=True, kw_only=True)
class Skip:
    """An input left out of the store, and why: ``language``, ``unreadable`` or ``extraction``."""

    key: str
    """The document id when the text was read (so a rerun knows it), else the origin."""
    reason: str
    origin: str
    problem: str
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Signature:
    """The MinHash signature of a stored original, for finding its near-duplicates in later runs."""

    document_id: str
    num_perm: int
    seed: int
    shingle_words: int
    hashvalues: bytes


def write_skips(connection: Connection, skips: Sequence[Skip]) -> int:
    """Record skipped inputs not recorded yet (a rerun does not count them twice); how many were new."""
    if not skips:
        return 0
    table = schema.ingest_skips
    keys = {s.key for s in skips}
    known = {
        (row.key, row.reason)
        for row in connection.execute(select(table.c.key, table.c.reason).where(table.c.key.in_(keys)))
    }
    now = dt.datetime.now(dt.UTC)
    rows: dict[tuple[str, str], dict[str, object]] = {}
    for skip in skips:
        if (skip.key, skip.reason) not in known:
            rows[(skip.key, skip.reason)] = {
                "key": skip.key,
                "reason": skip.reason,
                "origin": skip.origin,
                "language": skip.language,
                "problem": skip.problem,
                "skipped_at": now,
            }
    if rows:
        connection.execute(insert(table), list(rows.values()))
    return len(rows)


def clear_skips(connection: Connection, keys: Sequence[str]) -> None:
    """Forget earlier skips of these keys: a document that failed once and is now stored."""
    if keys:
        connection.execute(delete(schema.ingest_skips).where(schema.ingest_skips.c.key.in_(list(keys))))


def write_signatures(connection: Connection, signatures: Sequence[Signature]) -> None:
    """Store the MinHash signatures of newly stored originals."""
    if signatures:
        connection.execute(
            insert(schema.near_duplicate_signatures),
            [
                {
                    "document_id": s.document_id,
                    "num_perm": s.num_perm,
                    "seed": s.seed,
                    "shingle_words": s.shingle_words,
                    "hashvalues": s.hashvalues,
                }
                for s in signatures
            ],
        )
