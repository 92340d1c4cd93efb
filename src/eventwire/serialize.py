"""The JSON view of an extraction (``extraction.schema.json``) and its way back to Python objects."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.models import (
    SCHEMA_ID,
    Attribution,
    Casualty,
    DateInterval,
    Document,
    Entity,
    Event,
    EventLocation,
    Extraction,
    Participant,
    Place,
    Relation,
    Span,
    TollMention,
    Venue,
    Weapon,
)

Json = dict[str, Any]


def _span(span: Span | None) -> Json | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _place(place: Place) -> Json:
    return {
        "name": place.name,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.precision,
        "feature": place.feature,
    }


def _attribution(attribution: Attribution) -> Json:
    return {
        "source_text": attribution.source_text,
        "source_entity": attribution.source_entity,
        "verb": attribution.verb,
        "evidence": _span(attribution.evidence),
    }


def _attributions(attributions: tuple[Attribution, ...]) -> list[Json]:
    return [_attribution(a) for a in attributions]


def _without_none_evidence(record: Json) -> Json:
    # The schema types "evidence" of participants, casualties and weapons as a span, not a null.
    if record.get("evidence") is None:
        record.pop("evidence", None)
    return record


def _event(event: Event) -> Json:
    location = None
    if event.location is not None:
        location = _place(event.location.place) | {
            "entity": event.location.entity,
            "evidence": _span(event.location.evidence),
            "inferred": event.location.inferred,
        }
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "status": event.status,
        "background": event.background,
        **({"round_up": True} if event.round_up else {}),
        "trigger": _span(event.trigger),
        "mentions": [_span(s) for s in event.mentions],
        "evidence": [_span(s) for s in event.evidence],
        "date": {
            "start": _iso(event.date.start),
            "end": _iso(event.date.end),
            "precision": event.date.precision,
            "text": event.date.text,
            "evidence": _span(event.date.evidence),
            "inferred": event.date.inferred,
        },
        "location": location,
        **(
            {"venues": [{"mention": _span(v.mention), "place": _span(v.place)} for v in event.venues]}
            if event.venues
            else {}
        ),
        "participants": [
            _without_none_evidence(
                {
                    "role": p.role,
                    "entity": p.entity,
                    "text": p.text,
                    "evidence": _span(p.evidence),
                    "confidence": p.confidence,
                }
            )
            for p in event.participants
        ],
        "casualties": [
            {
                "category": c.category,
                "low": c.low,
                "best": c.best,
                "high": c.high,
                "qualifier": c.qualifier,
                "victims": c.victims,
                "text": c.text,
                "evidence": _span(c.evidence),
                "attribution": _attributions(c.attribution),
                **({"predicate": _span(c.predicate)} if c.predicate is not None else {}),
                **({"predicates": [_span(m) for m in c.predicates]} if c.predicates else {}),
                **(
                    {
                        "mentions": [
                            {"predicate": _span(m.predicate), "victims": _span(m.victims)} for m in c.mentions
                        ]
                    }
                    if c.mentions
                    else {}
                ),
            }
            for c in event.casualties
        ],
        "weapons": [
            _without_none_evidence({"type": w.type, "text": w.text, "evidence": _span(w.evidence)})
            for w in event.weapons
        ],
        "attribution": _attributions(event.attribution),
        "confidence": event.confidence,
    }


def extraction_to_json(extraction: Extraction) -> Json:
    """The JSON object that ``extraction.schema.json`` defines for one article."""
    document = extraction.document
    return {
        "schema": SCHEMA_ID,
        "document": {
            "id": document.id,
            "text": document.text,
            "title": document.title,
            "url": document.url,
            "source": document.source,
            "published": _iso(document.published),
            "language": document.language,
            "cross_links": list(document.cross_links),
        },
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                "kind": e.kind,
                "name": e.name,
                "aliases": list(e.aliases),
                "descriptors": [_span(s) for s in e.descriptors],
                "mentions": [_span(s) for s in e.mentions],
                "place": None if e.place is None else _place(e.place),
            }
            for e in extraction.entities
        ],
        "relations": [
            {
                "type": r.type,
                "head": r.head,
                "tail": r.tail,
                "evidence": _span(r.evidence),
                "attribution": _attributions(r.attribution),
                "name": r.name,
            }
            for r in extraction.relations
        ],
        "events": [_event(e) for e in extraction.events],
    }


# --- back from JSON (the store keeps the JSON view; readers rebuild the objects) ---


def _to_span(data: Json | None) -> Span | None:
    return None if data is None else Span(start=data["start"], end=data["end"], text=data["text"])


def _need_span(data: Json) -> Span:
    return Span(start=data["start"], end=data["end"], text=data["text"])


def _to_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _to_place(data: Json) -> Place:
    return Place(
        name=data["name"],
        country_code=data.get("country_code"),
        admin1=data.get("admin1"),
        lat=data.get("lat"),
        lon=data.get("lon"),
        geonames_id=data.get("geonames_id"),
        precision=data["precision"],
        feature=data.get("feature"),
    )


def _to_attributions(items: list[Json] | None) -> tuple[Attribution, ...]:
    return tuple(
        Attribution(
            source_text=a["source_text"],
            source_entity=a.get("source_entity"),
            verb=a.get("verb"),
            evidence=_to_span(a.get("evidence")),
        )
        for a in items or ()
    )


def _to_event(data: Json) -> Event:
    location = data.get("location")
    date = data["date"]
    return Event(
        id=data["id"],
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        status=data["status"],
        background=data.get("background", False),
        round_up=data.get("round_up", False),
        trigger=_need_span(data["trigger"]),
        mentions=tuple(_need_span(s) for s in data.get("mentions", ())),
        venues=tuple(
            Venue(mention=_need_span(v["mention"]), place=_need_span(v["place"]))
            for v in data.get("venues", ())
        ),
        evidence=tuple(_need_span(s) for s in data["evidence"]),
        date=DateInterval(
            start=_to_date(date["start"]),
            end=_to_date(date["end"]),
            precision=date["precision"],
            text=date.get("text"),
            evidence=_to_span(date.get("evidence")),
            inferred=date.get("inferred", False),
        ),
        location=None
        if location is None
        else EventLocation(
            place=_to_place(location),
            entity=location.get("entity"),
            evidence=_to_span(location.get("evidence")),
            inferred=location.get("inferred", False),
        ),
        participants=tuple(
            Participant(
                role=p["role"],
                entity=p.get("entity"),
                text=p["text"],
                evidence=_to_span(p.get("evidence")),
                confidence=p.get("confidence", "reported"),
            )
            for p in data["participants"]
        ),
        casualties=tuple(
            Casualty(
                category=c["category"],
                low=c["low"],
                best=c["best"],
                high=c["high"],
                qualifier=c["qualifier"],
                victims=c.get("victims"),
                text=c["text"],
                evidence=_need_span(c["evidence"]),
                attribution=_to_attributions(c.get("attribution")),
                predicate=_to_span(c.get("predicate")),
                predicates=tuple(_need_span(m) for m in c.get("predicates", ())),
                mentions=tuple(
                    TollMention(predicate=_need_span(m["predicate"]), victims=_need_span(m["victims"]))
                    for m in c.get("mentions", ())
                ),
            )
            for c in data["casualties"]
        ),
        weapons=tuple(
            Weapon(type=w["type"], text=w["text"], evidence=_to_span(w.get("evidence")))
            for w in data["weapons"]
        ),
        attribution=_to_attributions(data["attribution"]),
        confidence=data["confidence"],
    )


def extraction_from_json(data: Json) -> Extraction:
    """The Python objects of a JSON extraction (the inverse of :func:`extraction_to_json`)."""
    document = data["document"]
    return Extraction(
        document=Document(
            id=document["id"],
            text=document["text"],
            title=document.get("title"),
            url=document.get("url"),
            source=document.get("source"),
            published=_to_date(document.get("published")),
            language=document["language"],
            cross_links=tuple(document.get("cross_links", ())),
        ),
        entities=tuple(
            Entity(
                id=e["id"],
                type=e["type"],
                kind=e.get("kind"),
                name=e["name"],
                aliases=tuple(e["aliases"]),
                descriptors=tuple(_need_span(s) for s in e.get("descriptors", ())),
                mentions=tuple(_need_span(s) for s in e["mentions"]),
                place=None if e.get("place") is None else _to_place(e["place"]),
            )
            for e in data["entities"]
        ),
        relations=tuple(
            Relation(
                type=r["type"],
                head=r["head"],
                tail=r["tail"],
                evidence=_need_span(r["evidence"]),
                attribution=_to_attributions(r.get("attribution")),
                name=r.get("name"),
            )
            for r in data["relations"]
        ),
        events=tuple(_to_event(e) for e in data["events"]),
    )
