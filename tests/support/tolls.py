"""The toll of the event that tells most casualties in one text: the reading most casualty tests assert."""

from __future__ import annotations

from eventwire.extract.extractor import Extractor, make_document
from eventwire.ingest.article import Article


def busiest_event_toll(extractor: Extractor, text: str) -> tuple[int, int]:
    """Killed and injured (largest ``best`` of each) of the event of ``text`` with the most casualties."""
    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    event = max(extraction.events, key=lambda e: len(e.casualties))

    def best(category: str) -> int:
        return max((c.best or 0 for c in event.casualties if c.category == category), default=0)

    return best("killed"), best("injured")
