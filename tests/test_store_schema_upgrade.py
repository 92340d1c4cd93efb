"""A store written by an older eventwire is upgraded in place when opened; one from a newer one is refused.

Version 2 added ``events.round_up``: a tally of several incidents ("14 shot in unrelated shootings over
the weekend") is listed as a round-up, not as one incident with 14 hurt.
"""

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from eventwire.errors import StoreError
from eventwire.extract.extractor import Extractor
from eventwire.ingest.article import Article
from eventwire.models import Extraction
from eventwire.render import render_summary_line
from eventwire.store import schema
from eventwire.store.store import Store

ROUND_UP = "At least 14 people were shot in unrelated shootings around Millbrook over the weekend."


def _one(extractor: Extractor, article: Article) -> Extraction:
    (extraction,) = extractor.extract_articles([article])
    return extraction


def _as_version_one(store: Store) -> None:
    """Make a fresh store look like one written before version 2."""
    with store.engine.begin() as connection:
        connection.execute(text("ALTER TABLE events DROP COLUMN round_up"))
        connection.execute(update(schema.meta).values(value="1"))


def _version(store: Store) -> str | None:
    with store.engine.connect() as connection:
        return connection.scalar(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version"))


def test_store_of_version_one_is_upgraded_and_keeps_what_it_held(store_settings, extractor):
    old = _one(extractor, Article(text="A man was shot dead on Main Street on Sunday.", origin="old"))
    with Store.open(store_settings) as store:
        store.write([old])
        _as_version_one(store)
    with Store.open(store_settings) as store:
        assert _version(store) == str(schema.SCHEMA_VERSION)
        assert store.counts().documents == 1
        assert [row.round_up for row in store.events()] == [False] * len(old.events)
        store.write([_one(extractor, Article(text=ROUND_UP, origin="new", published=dt.date(2024, 6, 3)))])
        assert any(row.round_up for row in store.events())


def test_store_lists_a_round_up_as_one(store_settings, extractor):
    extraction = _one(extractor, Article(text=ROUND_UP, origin="t", published=dt.date(2024, 6, 3)))
    with Store.open(store_settings) as store:
        store.write([extraction])
        lines = [render_summary_line(row) for row in store.events()]
    assert any(line.endswith("[round-up]") for line in lines)


def test_store_from_a_newer_eventwire_is_refused_untouched(store_settings):
    with Store.open(store_settings) as store, store.engine.begin() as connection:
        connection.execute(update(schema.meta).values(value="99"))
    with pytest.raises(StoreError, match="found 99"):
        Store.open(store_settings)
