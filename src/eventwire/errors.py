"""The errors eventwire raises. Each message says what was expected and what was found."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class IngestError(EventwireError):
    """An input could not be read as an article (empty, binary, not UTF-8, too large, not found...)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ExtractionError(EventwireError):
    """The pipeline could not be built or run (unknown model, stages out of order...)."""


class StoreError(EventwireError):
    """The store could not be opened, read or written."""
