"""The store as one object: open it from the settings, write batches, read through the queries."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.models import Event, Extraction
from eventwire.settings import Settings
from eventwire.store import queries, schema
from eventwire.store.writer import (
    Signature,
    Skip,
    WriteResult,
    clear_skips,
    write_extractions,
    write_signatures,
    write_skips,
)


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _check_sqlite_path(url: str) -> None:
    path = url.removeprefix("sqlite:///")
    if not path or path == ":memory:" or url.startswith("sqlite:///:"):
        return
    target = Path(path)
    if target.is_dir():
        raise StoreError(f"{path}: expected a SQLite database file, found a directory")
    if not target.parent.exists():
        raise StoreError(f"{path}: expected an existing folder for the database, found no {target.parent}")
    if target.exists() and target.stat().st_size:
        with target.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise StoreError(f"{path}: expected a SQLite database file, found a file of another kind")


def _prepare(engine: Engine, shown: str) -> None:
    """Create the tables a new store lacks, stamp its schema version, or upgrade an older store."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        version = connection.scalar(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version"))
        if version is None:
            connection.execute(
                schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION))
            )
        elif int(version) != schema.SCHEMA_VERSION:
            _migrate(connection, int(version), shown)


def _migrate(connection: Connection, version: int, shown: str) -> None:
    """Bring a store written by an older eventwire up to ``schema.SCHEMA_VERSION``, inside the caller's
    transaction: all the steps or none. A store from a newer eventwire is refused, never rewritten."""
    if version > schema.SCHEMA_VERSION or any(
        v not in schema.MIGRATIONS for v in range(version, schema.SCHEMA_VERSION)
    ):
        raise StoreError(
            f"{shown}: expected store schema version {schema.SCHEMA_VERSION} or an older one this eventwire "
            f"can upgrade, found {version}"
        )
    for step in range(version, schema.SCHEMA_VERSION):
        for statement in schema.MIGRATIONS[step]:
            connection.execute(text(statement))
    connection.execute(
        update(schema.meta)
        .where(schema.meta.c.key == "schema_version")
        .values(value=str(schema.SCHEMA_VERSION))
    )


def _cannot_open(shown: str, error: SQLAlchemyError) -> StoreError:
    return StoreError(f"{shown}: cannot open the store: {error.__class__.__name__}: {error}")


def _shown(url: str) -> str:
    """The URL for a message: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


class Store:
    """The event store behind ``Settings.database_url``: SQLite by default, PostgreSQL with the same code."""

    def __init__(self, engine: Engine, *, spacy_model: str) -> None:
        self.engine = engine
        self.spacy_model = spacy_model

    @classmethod
    def open(cls, settings: Settings) -> Store:
        """Open (and create if needed) the store named by the settings."""
        url = settings.database_url
        shown = _shown(url)
        if url.startswith("sqlite:///"):
            _check_sqlite_path(url)
        try:
            engine = create_engine(url)
        except SQLAlchemyError as error:
            raise _cannot_open(shown, error) from None
        try:
            _prepare(engine, shown)
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as error:
            engine.dispose()
            raise _cannot_open(shown, error) from None
        return cls(engine, spacy_model=settings.spacy_model)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def write(
        self, extractions: Sequence[Extraction], *, duplicate_of: dict[str, str] | None = None
    ) -> WriteResult:
        """Store a batch in one transaction: all of it, or, on error, none of it."""
        try:
            with self.engine.begin() as connection:
                return write_extractions(
                    connection, extractions, spacy_model=self.spacy_model, duplicate_of=duplicate_of
                )
        except SQLAlchemyError as error:
            raise StoreError(f"cannot write the batch, nothing of it was stored: {error}") from None

    def write_batch(
        self,
        extractions: Sequence[Extraction],
        *,
        duplicate_of: dict[str, str] | None = None,
        signatures: Sequence[Signature] = (),
        skips: Sequence[Skip] = (),
    ) -> WriteResult:
        """Store a batch with its near-duplicate signatures and skipped inputs, in one transaction.

        A batch killed half-way leaves nothing of itself behind, so the next run redoes exactly it.
        """
        try:
            with self.engine.begin() as connection:
                result = write_extractions(
                    connection, extractions, spacy_model=self.spacy_model, duplicate_of=duplicate_of
                )
                added = set(result.added)
                write_signatures(connection, [s for s in signatures if s.document_id in added])
                clear_skips(connection, result.added)
                write_skips(connection, skips)
                return result
        except SQLAlchemyError as error:
            raise StoreError(f"cannot write the batch, nothing of it was stored: {error}") from None

    def signatures(self) -> list[tuple[str, int, int, int, bytes]]:
        """The stored MinHash signatures of originals, in ingestion order."""
        with self._reading() as connection:
            return list(queries.stored_signatures(connection))

    def skipped_ids(self, ids: list[str], *, reason: str) -> set[str]:
        """Which of these document ids were skipped before for ``reason``."""
        with self._reading() as connection:
            return queries.skipped_keys(connection, ids, reason=reason)

    def events(self, where: queries.EventFilter | None = None) -> list[queries.EventSummary]:
        """Stored events, filtered."""
        with self._reading() as connection:
            return queries.list_events(connection, where or queries.EventFilter())

    def event(self, event_id: str) -> tuple[Event, Extraction] | None:
        """One stored event with the extraction it belongs to."""
        with self._reading() as connection:
            return queries.get_event(connection, event_id)

    def extraction(self, document_id: str) -> Extraction | None:
        """The stored extraction of a document."""
        with self._reading() as connection:
            return queries.get_extraction(connection, document_id)

    def stored_ids(self, ids: list[str]) -> set[str]:
        """Which of these document ids are stored."""
        with self._reading() as connection:
            return queries.stored_document_ids(connection, ids)

    def counts(self) -> queries.StoreCounts:
        """How much the store holds."""
        with self._reading() as connection:
            return queries.count_rows(connection)

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
