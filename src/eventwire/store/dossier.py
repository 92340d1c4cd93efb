"""An entity's dossier: everything the store holds about one name, across every stored article.

The name is matched case-insensitively against the names and aliases of the stored entities (one row per
entity per article). For each match the article's stored extraction supplies what the index tables leave
out: descriptors, relations with their evidence and attribution, and the events the entity takes part in,
by role, with the sentences that say so. Near-duplicate copies are skipped: their original says the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from eventwire.models import Entity, Extraction
from eventwire.serialize import extraction_from_json
from eventwire.store import schema

__all__ = [
    "Dossier",
    "DossierDescriptor",
    "DossierEvent",
    "DossierRelation",
    "build_dossier",
    "render_dossier",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class DossierDescriptor:
    """What an article calls the entity ("a former general"), with the article it comes from."""

    text: str
    document_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DossierRelation:
    """A relation of the entity: ``direction`` says whether it is the head ("out") or the tail ("in")."""

    type: str
    direction: str
    other: str
    """The other entity's name, or the other name for ``alias_of``/``acronym_of``."""
    evidence: str
    said_by: tuple[str, ...]
    """Who said it (the attributions' sources as written); empty when the article says it itself."""
    document_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DossierEvent:
    """An event the entity takes part in, in one role."""

    event_id: str
    role: str
    event_type: str
    sub_event_type: str
    status: str
    date_start: dt.date | None
    date_end: dt.date | None
    place: str | None
    evidence: str
    document_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Dossier:
    """Everything stored about the entities that go by one name."""

    query: str
    names: tuple[tuple[str, int], ...]
    """Each name and how many articles use it, most used first."""
    aliases: tuple[str, ...]
    types: tuple[str, ...]
    kinds: tuple[str, ...]
    descriptors: tuple[DossierDescriptor, ...]
    relations: tuple[DossierRelation, ...]
    events: tuple[DossierEvent, ...]
    documents: tuple[str, ...]


def _matches(name: str, aliases_json: str, wanted: str) -> bool:
    if name.casefold() == wanted:
        return True
    try:
        aliases = json.loads(aliases_json or "[]")
    except ValueError:
        return False
    return any(isinstance(a, str) and a.casefold() == wanted for a in aliases)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def build_dossier(connection: Connection, name: str) -> Dossier | None:
    """The dossier of the entities called ``name`` (or having it as an alias), or None if none is stored."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    entities, documents = schema.entities, schema.documents
    # SQL narrows by ASCII lower-casing and a substring of the aliases' JSON; Python decides exactly.
    lowered = wanted.lower()
    rows = connection.execute(
        select(entities.c.id, entities.c.document_id, entities.c.name, entities.c.aliases)
        .join(documents, documents.c.id == entities.c.document_id)
        .where(documents.c.duplicate_of.is_(None))
        .where(
            or_(
                func.lower(entities.c.name) == lowered,
                func.lower(entities.c.aliases).contains(
                    json.dumps(lowered, ensure_ascii=False)[1:-1], autoescape=True
                ),
                entities.c.name.ilike(name.strip()),
            )
        )
        .order_by(entities.c.document_id, entities.c.id)
    ).all()
    found = [(row.id, row.document_id) for row in rows if _matches(row.name, row.aliases, wanted)]
    if not found and " " not in wanted:
        # A lone surname or last word ("Soleimani") names the entities whose full name ends with it.
        by_last_word = connection.execute(
            select(entities.c.id, entities.c.document_id, entities.c.name)
            .join(documents, documents.c.id == entities.c.document_id)
            .where(documents.c.duplicate_of.is_(None))
            .where(entities.c.name.ilike(f"% {_escape_like(wanted)}", escape="\\"))
            .order_by(entities.c.document_id, entities.c.id)
        ).all()
        found = [(r.id, r.document_id) for r in by_last_word if r.name.casefold().split()[-1] == wanted]
    if not found:
        return None
    found = _with_same_names(connection, found)
    by_document: dict[str, list[str]] = {}
    for entity_id, document_id in found:
        by_document.setdefault(document_id, []).append(entity_id)
    names: Counter[str] = Counter()
    aliases: dict[str, None] = {}
    types: dict[str, None] = {}
    kinds: dict[str, None] = {}
    descriptors: list[DossierDescriptor] = []
    relations: list[DossierRelation] = []
    events: list[DossierEvent] = []
    for document_id, ids in by_document.items():
        raw = connection.scalar(select(documents.c.extraction).where(documents.c.id == document_id))
        if raw is None:
            continue
        extraction = extraction_from_json(json.loads(raw))
        for entity_id in ids:
            entity = extraction.entity(entity_id)
            if entity is None:
                continue
            names[entity.name] += 1
            aliases.update(dict.fromkeys(a for a in entity.aliases if a.casefold() != wanted))
            types[entity.type] = None
            if entity.kind:
                kinds[entity.kind] = None
            descriptors.extend(
                DossierDescriptor(text=d.text, document_id=document_id) for d in entity.descriptors
            )
            relations.extend(_relations_of(entity, extraction))
            events.extend(_events_of(entity, extraction))
    return Dossier(
        query=name,
        names=tuple(names.most_common()),
        aliases=tuple(a for a in aliases if a not in names),
        types=tuple(types),
        kinds=tuple(kinds),
        descriptors=tuple(dict.fromkeys(descriptors)),
        relations=tuple(relations),
        events=tuple(sorted(events, key=lambda e: (e.date_start or dt.date.max, e.event_id, e.role))),
        documents=tuple(by_document),
    )


def _with_same_names(connection: Connection, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Add the entities of other articles that bear a found entity's own name and type: the dossier of
    "IS" holds the articles that only ever write "Islamic State"."""
    entities, documents = schema.entities, schema.documents
    named = connection.execute(
        select(entities.c.name, entities.c.type).where(entities.c.id.in_([i for i, _ in found]))
    ).all()
    wanted = {(row.name.casefold(), row.type) for row in named}
    rows = connection.execute(
        select(entities.c.id, entities.c.document_id, entities.c.name, entities.c.type)
        .join(documents, documents.c.id == entities.c.document_id)
        .where(documents.c.duplicate_of.is_(None))
        .where(func.lower(entities.c.name).in_(sorted({n.lower() for n, _ in wanted})))
        .order_by(entities.c.document_id, entities.c.id)
    ).all()
    more = [(r.id, r.document_id) for r in rows if (r.name.casefold(), r.type) in wanted]
    return sorted(dict.fromkeys([*found, *more]), key=lambda pair: (pair[1], pair[0]))


def _relations_of(entity: Entity, extraction: Extraction) -> list[DossierRelation]:
    found = []
    for relation in extraction.relations:
        if entity.id not in (relation.head, relation.tail):
            continue
        outgoing = relation.head == entity.id
        other_id = relation.tail if outgoing else relation.head
        other = extraction.entity(other_id)
        other_name = relation.name if relation.name and outgoing else (other.name if other else other_id)
        found.append(
            DossierRelation(
                type=relation.type,
                direction="out" if outgoing else "in",
                other=other_name,
                evidence=relation.evidence.text,
                said_by=tuple(a.source_text for a in relation.attribution),
                document_id=extraction.document.id,
            )
        )
    return found


def _events_of(entity: Entity, extraction: Extraction) -> list[DossierEvent]:
    found = []
    for event in extraction.events:
        for role in dict.fromkeys(p.role for p in event.participants if p.entity == entity.id):
            # The sentence of the event that names the entity, else the event's first sentence.
            at = [p.evidence.start for p in event.participants if p.entity == entity.id and p.evidence]
            sentence = next(
                (s for s in event.evidence if any(s.start <= start < s.end for start in at)),
                event.evidence[0] if event.evidence else None,
            )
            found.append(
                DossierEvent(
                    event_id=event.id,
                    role=role,
                    event_type=event.event_type,
                    sub_event_type=event.sub_event_type,
                    status=event.status,
                    date_start=event.date.start,
                    date_end=event.date.end,
                    place=event.location.place.name if event.location else None,
                    evidence=sentence.text if sentence else event.trigger.text,
                    document_id=extraction.document.id,
                )
            )
    return found


def render_dossier(dossier: Dossier) -> str:
    """The dossier as plain text, section by section, every fact with its evidence."""
    lines = [f"{dossier.names[0][0]}  ({', '.join(dossier.types)}; {len(dossier.documents)} article(s))"]
    if len(dossier.names) > 1:
        lines.append("names: " + "; ".join(f"{n} ({c})" for n, c in dossier.names))
    if dossier.aliases:
        lines.append("aliases: " + "; ".join(dossier.aliases))
    if dossier.kinds:
        lines.append("kind: " + ", ".join(dossier.kinds))
    if dossier.descriptors:
        lines.append("described as:")
        lines.extend(f"  - {d.text}  [{d.document_id}]" for d in dossier.descriptors)
    if dossier.relations:
        lines.append("relations:")
        for r in dossier.relations:
            arrow = f"{r.type} -> {r.other}" if r.direction == "out" else f"{r.other} {r.type} -> (this)"
            said = f" (said by {', '.join(r.said_by)})" if r.said_by else ""
            lines.append(f"  - {arrow}{said}  [{r.document_id}]")
            lines.append(f"      “{r.evidence}”")
    if dossier.events:
        lines.append("events:")
        for role in dict.fromkeys(e.role for e in dossier.events):
            lines.append(f"  as {role}:")
            for e in (e for e in dossier.events if e.role == role):
                when = _when(e.date_start, e.date_end)
                where = e.place or "place unknown"
                lines.append(f"    - {e.sub_event_type} ({e.status}) {when} at {where}  {e.event_id}")
                lines.append(f"        “{e.evidence}”")
    return "\n".join(lines)


def _when(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return "date unknown"
    if end is None or end == start:
        return f"on {start.isoformat()}"
    return f"{start.isoformat()}..{end.isoformat()}"
