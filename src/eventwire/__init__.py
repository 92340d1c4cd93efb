"""eventwire: news articles in, a sourced and queryable database of events out.

The public surface is listed in ``__all__``; everything else is private to the package. Importing eventwire
is cheap: spaCy, the gazetteer and the lexicons load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.errors import EventwireError, ExtractionError, IngestError, StoreError

# ``eventwire.extract`` is both a subpackage and the main function: binding the function after the
# subpackage is imported keeps the function (later submodule imports do not rebind the name). The
# extractor module is light: spaCy, the gazetteer and the lexicons load when first used.
from eventwire.extract.extractor import Extractor, extract, extract_articles
from eventwire.ingest.article import Article
from eventwire.models import (
    Attribution,
    Casualty,
    DateInterval,
    Document,
    Entity,
    Event,
    EventLocation,
    Extraction,
    Participant,
    Place,
    Relation,
    Span,
    Venue,
    Weapon,
)
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.store.store import Store

__all__ = [
    "Article",
    "Attribution",
    "Casualty",
    "DateInterval",
    "Document",
    "Entity",
    "Event",
    "EventLocation",
    "EventwireError",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "IngestError",
    "Participant",
    "Place",
    "Relation",
    "Settings",
    "Span",
    "Store",
    "StoreError",
    "Venue",
    "Weapon",
    "extract",
    "extract_articles",
]

_LAZY = {"Store": "eventwire.store.store"}


def __getattr__(name: str) -> Any:
    # The store pulls in SQLAlchemy; load it when first asked for, not when eventwire is imported.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
