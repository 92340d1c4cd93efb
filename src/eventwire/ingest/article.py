"""An article as it comes in, before cleaning and extraction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """Raw text and metadata of one article, as a reader found it."""

    text: str
    origin: str
    """Where it came from (a path, a URL, ``<stdin>``, ``file.jsonl:12``), for messages and provenance."""
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
