"""The extraction pipeline: an explicit, ordered list of stages, each a callable with a contract.

A stage declares what it ``requires`` and ``provides`` (names of :class:`Analysis` fields); the pipeline
checks the order when it is built, so a stage can never read what no earlier stage wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from eventwire.errors import ExtractionError
from eventwire.models import Attribution, Document, EntityType, Event, Place, Relation, Span
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.extract.casualties import CountMention
    from eventwire.extract.dates import DateMention


@dataclass(slots=True, kw_only=True)
class EntityDraft:
    """An entity while the pipeline is still building it; frozen into :class:`Entity` at the end."""

    key: str
    type: EntityType
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    descriptors: list[Span] = field(default_factory=list)
    kind: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NameLink:
    """Text that says a name is another name of an entity ("X, also known as Y", "Islamic State (IS)")."""

    type: Literal["alias_of", "acronym_of"]
    entity: str
    """Key of the entity the name belongs to."""
    name: str
    evidence: Span


@dataclass(slots=True, kw_only=True)
class Analysis:
    """The working record that stages fill in, field by field, for one document."""

    document: Document
    settings: Settings
    doc: Doc | None = None
    anchor: dt.date | None = None
    """The date relative expressions resolve against: the publication date, else the dateline's."""
    entities: list[EntityDraft] = field(default_factory=list)
    entity_at: dict[int, str] = field(default_factory=dict)
    """Entity key by the start offset of each of its mentions."""
    name_links: list[NameLink] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    """Place by entity key, for the entities that name places."""
    metonyms: set[int] = field(default_factory=set)
    """Start offsets of place mentions that stand for a government ("Tehran said")."""
    dates: list[DateMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    attributions: dict[int, Attribution] = field(default_factory=dict)
    """The attribution of each sentence, by the sentence's start offset."""
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


class Stage(Protocol):
    """One step of extraction: reads the fields it requires, writes the fields it provides."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def provides(self) -> tuple[str, ...]: ...

    def __call__(self, analysis: Analysis) -> None: ...


INITIAL_FIELDS = ("document", "settings")


def check_stage_order(stages: Sequence[Stage], *, provided: Sequence[str] = ()) -> None:
    """Raise :class:`ExtractionError` if a stage requires a field that no earlier stage provides.

    ``provided`` names fields filled before the stages run (the parse, done in batches by spaCy).
    """
    available = set(INITIAL_FIELDS) | set(provided)
    for stage in stages:
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise ExtractionError(
                f"E001 stage {stage.name!r} requires {', '.join(missing)}, "
                f"expected an earlier stage to provide it; found only {', '.join(sorted(available))}"
            )
        available.update(stage.provides)


def sentence_span(text: str, start: int, end: int) -> Span:
    """The span of a sentence without the white space spaCy leaves at its ends."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span.of(text, start, end)


def run_stages(stages: Sequence[Stage], analysis: Analysis) -> Analysis:
    """Run the stages in order on one analysis."""
    for stage in stages:
        stage(analysis)
    return analysis
