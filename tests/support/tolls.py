"""The toll of the event that tells most casualties in one text: the reading most casualty tests assert."""

from __future__ import annotations

from eventwire.eval.gva import shooting
from eventwire.extract.extractor import Extractor, make_document
from eventwire.ingest.article import Article
from eventwire.models import Event


def busiest_event_toll(extractor: Extractor, text: str) -> tuple[int, int]:
    """Killed and injured (largest ``best`` of each) of the event of ``text`` with the most casualties."""
    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    return _toll(max(extraction.events, key=lambda e: len(e.casualties)))


def shooting_toll(extractor: Extractor, text: str) -> tuple[int, int]:
    """Killed and injured of the event of ``text`` the GVA scorer takes for the article's shooting."""
    extraction = extractor.extract_document(make_document(Article(text=text, origin="<test>")))
    event = shooting(extraction)
    assert event is not None, f"no shooting in {text!r}"
    return _toll(event)


def _toll(event: Event) -> tuple[int, int]:
    def best(category: str) -> int:
        return max((c.best or 0 for c in event.casualties if c.category == category), default=0)

    return best("killed"), best("injured")
