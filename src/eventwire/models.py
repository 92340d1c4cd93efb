"""The domain records of eventwire: frozen, slotted, keyword-only dataclasses.

Every fact carries a :class:`Span` — half-open character offsets into ``Document.text`` plus the quoted
text — so that anything eventwire says can be checked against the article that says it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SCHEMA_ID = "eventwire/extraction/v1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "OTHER"]
Precision = Literal["point", "town", "admin2", "admin1", "country", "region", "unknown"]
DatePrecision = Literal["day", "week", "month", "year", "range", "unknown"]
Status = Literal["occurred", "attempted", "planned", "foiled", "threatened", "hypothetical", "negated"]
Role = Literal["perpetrator", "agent", "victim", "target", "detainee", "recipient", "participant"]
Confidence = Literal["reported", "claimed", "suspected", "possible"]
CasualtyCategory = Literal["killed", "injured", "arrested", "kidnapped", "missing", "displaced"]
Qualifier = Literal["exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"]
WeaponType = Literal[
    "explosives", "firearms", "incendiary", "melee", "vehicle", "aircraft", "artillery", "chemical", "other"
]
RelationType = Literal[
    "alias_of",
    "acronym_of",
    "member_of",
    "leader_of",
    "affiliated_with",
    "linked_to",
    "located_in",
    "part_of",
    "related_to",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open ``[start, end)`` stretch of ``Document.text`` and the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One cleaned article: the text every offset refers to, and its metadata."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"
    cross_links: tuple[str, ...] = ()
    """Cross-links and boilerplate lines that cleaning split off the text ("SEE ALSO: ...")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A geocoded place. ``precision`` says honestly how exact ``lat``/``lon`` are."""

    name: str
    country_code: str | None
    precision: Precision
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None
    """What the gazetteer holds it as: ``country``, ``admin1``, ``city``, ``region``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation or place, merged over all its mentions in one article."""

    id: str
    type: EntityType
    name: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    descriptors: tuple[Span, ...] = ()
    kind: str | None = None
    place: Place | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """Who said a fact: the source as written, its entity when resolved, and the reporting verb."""

    source_text: str
    source_entity: str | None = None
    verb: str | None = None
    evidence: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """A typed link between two entities of one article, with the text that states it."""

    type: RelationType
    head: str
    tail: str
    evidence: Span
    attribution: tuple[Attribution, ...] = ()
    name: str | None = None
    """For ``alias_of`` and ``acronym_of``: the other name, which the entity also lists in its aliases."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateInterval:
    """When something happened, as the interval ``start..end`` (both inclusive) and a precision."""

    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision
    text: str | None = None
    evidence: Span | None = None
    inferred: bool = False
    """True when no date was written and the interval is inferred (news told undated is recent)."""

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies inside the interval."""
        return self.start is not None and self.end is not None and self.start <= day <= self.end


UNKNOWN_DATE = DateInterval(start=None, end=None, precision="unknown")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventLocation:
    """Where an event happened: a place, the entity that names it, and the text that says so."""

    place: Place
    entity: str | None = None
    evidence: Span | None = None
    inferred: bool = False
    """True when the event's own sentences name no place and the article's main place is used."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """Someone or something taking part in an event, in a role."""

    role: Role
    text: str
    entity: str | None = None
    evidence: Span | None = None
    confidence: Confidence = "reported"


@dataclass(frozen=True, slots=True, kw_only=True)
class TollMention:
    """One statement of a toll: the word that tells it and the people it counts ("six people ... killed")."""

    predicate: Span
    victims: Span
    """The count or the person: "at least six people", "two soldiers", "Jane Doe"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualty:
    """A count of people killed, injured, arrested...: ``low``/``best``/``high`` bounds and the qualifier."""

    category: CasualtyCategory
    low: int | None
    best: int | None
    high: int | None
    qualifier: Qualifier
    text: str
    evidence: Span
    victims: str | None = None
    attribution: tuple[Attribution, ...] = ()
    predicate: Span | None = None
    """The word that says what happened to them ("killed", "died", "injuries"), when it is not the count."""
    predicates: tuple[Span, ...] = ()
    """Every word in the article that told this event's toll of this category, in text order."""
    mentions: tuple[TollMention, ...] = ()
    """Every statement of this event's toll of this category, each predicate with the people it counts."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Weapon:
    """A weapon or means used in an event."""

    type: WeaponType
    text: str
    evidence: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Venue:
    """A place one mention of an event names in its own clause ("killed in Ashford", "at the depot")."""

    mention: Span
    """The trigger or toll word ("killed") whose clause names the place."""
    place: Span
    """The words naming the place, a named one ("Ashford") or a common noun ("the bus station")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Who did what to whom, where, when and with what toll, each part with its evidence."""

    id: str
    event_type: str
    sub_event_type: str
    status: Status
    trigger: Span
    evidence: tuple[Span, ...]
    date: DateInterval = UNKNOWN_DATE
    location: EventLocation | None = None
    participants: tuple[Participant, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    weapons: tuple[Weapon, ...] = ()
    attribution: tuple[Attribution, ...] = ()
    background: bool = False
    round_up: bool = False
    """A round-up of several incidents ("two killed in unrelated shootings around town"): its toll is
    their sum, and each incident the article tells is an event of its own."""
    confidence: float = 0.5
    mentions: tuple[Span, ...] = field(default=())
    """Every trigger in the article that refers to this event, the first one included."""
    venues: tuple[Venue, ...] = ()
    """The places the event's mentions name in their own clauses ("killed in Ashford", "the blast at the
    depot"), in text order: one event told in two towns has both, where ``location`` is one place."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything eventwire extracted from one article: the output contract, as Python objects."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The JSON view defined by ``extraction.schema.json``."""
        from eventwire.serialize import extraction_to_json

        return extraction_to_json(self)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, if the extraction has it."""
        return next((e for e in self.entities if e.id == entity_id), None)
