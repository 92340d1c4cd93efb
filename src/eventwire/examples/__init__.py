"""Example articles that come with eventwire, for the quick start and for tests.

They were written for eventwire: short, fictional wire reports in the style of real ones, so that they can
ship with the package under its own licence. Their metadata sits in ``index.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from eventwire.ingest.article import Article


def example_articles() -> list[Article]:
    """The bundled example articles, with their titles and publication dates."""
    folder = resources.files(__package__)
    index = json.loads(folder.joinpath("index.json").read_text(encoding="utf-8"))
    return [
        Article(
            text=folder.joinpath(entry["file"]).read_text(encoding="utf-8"),
            origin=f"examples/{entry['file']}",
            published=dt.date.fromisoformat(entry["published"]),
            title=entry["title"],
            source=entry.get("source"),
        )
        for entry in index
    ]
