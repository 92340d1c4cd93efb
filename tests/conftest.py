"""Shared fixtures: the evaluation data folder, one extractor per session, the schema, a fresh store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.models import Extraction
from eventwire.settings import Settings
from support.postgres import postgres_url  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH_CANDIDATES = (ROOT.parent / "shared" / "spec" / "extraction.schema.json",)


def shared_data_dir() -> Path:
    """The evaluation data: $EVENTWIRE_DATA, else ../shared/data beside the repository."""
    return Path(os.environ.get("EVENTWIRE_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set EVENTWIRE_DATA to its folder)")
    return path


@pytest.fixture(scope="session")
def schema() -> dict:
    path = Path(os.environ.get("EVENTWIRE_SCHEMA", SCHEMA_PATH_CANDIDATES[0]))
    if not path.is_file():
        pytest.skip(f"extraction schema not found at {path} (set EVENTWIRE_SCHEMA to it)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate(schema: dict):
    """A function that validates one extraction's JSON against the contract and checks every span."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    def check(extraction: Extraction) -> dict:
        data = extraction.to_json()
        validator.validate(data)
        assert_spans_match(data)
        return data

    return check


def iter_spans(value: object) -> Iterator[dict]:
    """Every span object (a dict with start, end and text) anywhere in a JSON value."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for child in value.values():
            yield from iter_spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from iter_spans(child)


def assert_spans_match(data: dict) -> None:
    text = data["document"]["text"]
    for span in iter_spans({k: v for k, v in data.items() if k != "document"}):
        assert text[span["start"] : span["end"]] == span["text"], span


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def extractor(settings: Settings):
    from eventwire.extract.extractor import get_extractor

    return get_extractor(settings)


@pytest.fixture(scope="session")
def seed_extraction(data_dir: Path, extractor) -> Extraction:
    import datetime as dt

    from eventwire.ingest.article import Article

    text = (data_dir / "seed" / "kerman.txt").read_text(encoding="utf-8")
    article = Article(text=text, origin="kerman.txt", published=dt.date(2024, 1, 19))
    return next(extractor.extract_articles([article]))


@pytest.fixture(scope="session")
def seed_expected(data_dir: Path) -> dict:
    return json.loads((data_dir / "seed" / "kerman.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_settings(request: pytest.FixtureRequest, settings: Settings, db_path: Path) -> Iterator[Settings]:
    """Settings of a fresh, empty store: a SQLite file, then a database on a throwaway PostgreSQL server."""
    if request.param == "sqlite":
        yield settings.with_db_path(db_path)
        return
    from dataclasses import replace

    from sqlalchemy import create_engine

    from eventwire.store import schema

    url = request.getfixturevalue("postgres_url")
    yield replace(settings, database_url=url)
    engine = create_engine(url)
    schema.metadata.drop_all(engine)
    engine.dispose()
