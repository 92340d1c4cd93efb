"""The one thing the scorers need from the extractor: articles in, extractions out, in order.

Scorers take the extractor as an argument so that tests can hand in canned extractions, and so that
nothing loads spaCy until a real evaluation runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction
from eventwire.settings import Settings

Extractor = Callable[[Sequence[Article]], list[Extraction]]

COUNTED_STATUSES = frozenset({"occurred", "attempted"})
"""Statuses of events that happened (MUC-4 scores accomplished and attempted incidents only)."""

EXPLOSIVE_SUB_TYPES = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})


def make_extractor(settings: Settings | None = None) -> Extractor:
    """The real extractor (``eventwire.extract_articles``), imported only when called."""

    def extract(articles: Sequence[Article]) -> list[Extraction]:
        import eventwire

        extract_articles = eventwire.extract_articles
        extractions = list(extract_articles(articles, settings=settings))
        if len(extractions) != len(articles):
            raise RuntimeError(
                f"extract_articles returned {len(extractions)} extractions for {len(articles)} articles"
            )
        return extractions

    return extract


def casualty_best(event: Event, category: str) -> int | None:
    """The largest ``best`` (else ``low``) count of ``category`` on the event, or None when it has none."""
    values = [c.best if c.best is not None else c.low for c in event.casualties if c.category == category]
    numbers = [v for v in values if v is not None]
    return max(numbers) if numbers else None


def is_explosive(event: Event) -> bool:
    """A bombing: an explosive sub-type, or any event with an explosive weapon."""
    return event.sub_event_type in EXPLOSIVE_SUB_TYPES or any(w.type == "explosives" for w in event.weapons)


def counted_events(extraction: Extraction) -> list[Event]:
    """The events that happened (status occurred or attempted), in order."""
    return [e for e in extraction.events if e.status in COUNTED_STATUSES]
