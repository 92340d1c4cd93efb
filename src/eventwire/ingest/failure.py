"""What a reader yields instead of an article when one input cannot be read, so a batch goes on."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import IngestError

__all__ = ["IngestFailure"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestFailure:
    """One input that could not be read as an article, and why (what was expected, what was found)."""

    origin: str
    """Where it came from: a path, a URL, ``file.jsonl:12``, ``feed.rss#item3``."""
    problem: str

    @classmethod
    def from_error(cls, error: IngestError) -> IngestFailure:
        """The failure an :class:`IngestError` describes."""
        return cls(origin=error.source, problem=error.problem)

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"
