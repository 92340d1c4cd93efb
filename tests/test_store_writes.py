"""The store: idempotent batch writes, one transaction per batch, reads that give back what was written."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.errors import StoreError
from eventwire.examples import example_articles
from eventwire.store.queries import EventFilter
from eventwire.store.store import Store


@pytest.fixture(scope="module")
def extractions(extractor):
    return list(extractor.extract_articles(example_articles()))


@pytest.fixture
def store(store_settings):
    store = Store.open(store_settings)
    yield store
    store.close()


def test_store_write_twice_stores_once(store, extractions):
    first = store.write(extractions)
    second = store.write(extractions)
    assert len(first.added) == len(extractions) and not first.already_stored
    assert not second.added and len(second.already_stored) == len(extractions)
    assert store.counts().documents == len(extractions)
    assert store.counts().events == sum(len(e.events) for e in extractions)


def test_store_write_same_article_twice_in_one_batch_stores_it_once(store, extractions):
    result = store.write([extractions[0], extractions[0]])
    assert result.added == (extractions[0].document.id,)


def test_store_round_trips_the_extraction(store, extractions):
    store.write(extractions)
    assert store.extraction(extractions[0].document.id) == extractions[0]


def test_store_event_gives_the_event_and_its_article(store, extractions):
    store.write(extractions)
    event = extractions[0].events[0]
    found, extraction = store.event(event.id)
    assert found == event and extraction.document.id == extractions[0].document.id


def test_store_failed_batch_leaves_nothing_half_written(store, extractions):
    store.write(extractions[:1])
    broken = dataclasses.replace(extractions[1], events=(extractions[1].events[0], extractions[1].events[0]))
    with pytest.raises(StoreError):
        store.write([extractions[2], broken])
    assert store.counts().documents == 1
    assert store.stored_ids([e.document.id for e in extractions]) == {extractions[0].document.id}


def test_store_events_filter_by_type(store, extractions):
    store.write(extractions)
    assert {e.sub_event_type for e in store.events(EventFilter(type="Arrests"))} == {"Arrests"}


def test_store_refuses_a_directory_as_database(settings, tmp_path):
    with pytest.raises(StoreError, match="found a directory"):
        Store.open(settings.with_db_path(tmp_path))


def test_store_as_context_manager_closes_and_keeps_what_it_wrote(settings, db_path, extractions):
    with Store.open(settings.with_db_path(db_path)) as store:
        store.write(extractions)
        assert store.engine.pool.checkedout() == 0
    with Store.open(settings.with_db_path(db_path)) as reopened:
        assert reopened.counts().documents == len(extractions)
