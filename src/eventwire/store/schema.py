"""The tables of the store. SQLite by default; the same definitions serve PostgreSQL.

The full extraction of each article is kept as JSON (the contract); the other tables index it for queries.
Every id is derived from content, so writing the same article twice changes nothing.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

SCHEMA_VERSION = 2
"""1: the first tables; 2: ``events.round_up`` (see ``MIGRATIONS``)."""

metadata = MetaData()

meta = Table(
    "eventwire_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", Date),
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("extraction", Text, nullable=False, doc="the extraction as JSON (extraction.schema.json)"),
    Column("spacy_model", String(128), nullable=False),
    Column("duplicate_of", String(40), doc="the first copy of a near-duplicate (syndicated) article"),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("kind", String(64)),
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False, doc="JSON list of other names"),
    Column("mention_count", Integer, nullable=False),
    Column("country_code", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Index("ix_entities_name", "name"),
    Index("ix_entities_document", "document_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("background", Boolean, nullable=False),
    Column(
        "round_up",
        Boolean,
        nullable=False,
        server_default=false(),
        doc="a tally of several incidents, not one incident",
    ),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False),
    Column("place_name", Text),
    Column("country_code", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_precision", String(16)),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("trigger", Text, nullable=False),
    Column("evidence", Text, nullable=False, doc="the first sentence that states the event"),
    Column("confidence", Float, nullable=False),
    Index("ix_events_type", "event_type", "sub_event_type"),
    Index("ix_events_date", "date_start"),
    Index("ix_events_document", "document_id"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("role", String(16), nullable=False),
    Column("entity_id", String(40)),
    Column("text", Text, nullable=False),
    Index("ix_participants_entity", "entity_id"),
)

relations = Table(
    "relations",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32), nullable=False),
    Column("head", String(40), nullable=False),
    Column("tail", String(40), nullable=False),
    Column("evidence", Text, nullable=False),
    Index("ix_relations_head", "head"),
    Index("ix_relations_tail", "tail"),
)

# MinHash signatures of stored originals, so near-duplicates are found across runs without re-reading
# every stored text (1 KB a document).
near_duplicate_signatures = Table(
    "near_duplicate_signatures",
    metadata,
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("num_perm", Integer, nullable=False),
    Column("seed", Integer, nullable=False),
    Column("shingle_words", Integer, nullable=False),
    Column("hashvalues", LargeBinary, nullable=False, doc="the MinHash of an original, uint64 little-endian"),
)


ingest_skips = Table(
    "ingest_skips",
    metadata,
    Column("key", Text, primary_key=True, doc="the document id when the text was read, else the origin"),
    Column("reason", String(16), primary_key=True, doc="language, unreadable or extraction"),
    Column("origin", Text, nullable=False),
    Column("language", String(16)),
    Column("problem", Text, nullable=False),
    Column("skipped_at", DateTime(timezone=True), nullable=False),
    Index("ix_ingest_skips_reason", "reason"),
)

MIGRATIONS: dict[int, tuple[str, ...]] = {
    # Stores written before round-ups were told apart hold none: every event of theirs is one incident.
    1: ("ALTER TABLE events ADD COLUMN round_up BOOLEAN NOT NULL DEFAULT FALSE",),
}
"""The statements that bring a store of each older version up to the next one, in one transaction."""
