"""The seed article (Kerman): every expected fact found or missing, and every must-not check.

Matching follows the "about" of ``seed/kerman.expected.json``: a name matches when one is a
case-insensitive substring of the other or is a listed alias; a place matches by country code and, where
given, lies within 50 km of lat/lon; a date matches when the extracted interval lies inside the expected one.
An expected event is *found* when one of our events matches every attribute it lists; ``event_attributes``
counts the attributes matched by the best-matching event of the expected (sub-)type.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.extractor import EXPLOSIVE_SUB_TYPES, Extractor
from eventwire.eval.scoring import Accuracy, DatasetReport, ErrorRecord, FieldScore
from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction, Span

Check = Callable[[Event, Extraction], bool]


def names_match(found: str, expected: str, aliases: tuple[str, ...] = ()) -> bool:
    """One name is a case-insensitive substring of the other, or ``found`` is a listed alias."""
    a, b = found.lower().strip(), expected.lower().strip()
    if not a or not b:
        return False
    return a in b or b in a or a in {x.lower() for x in aliases}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribute:
    """One checkable part of an expected event."""

    name: str
    check: Check


def _location(spec: dict) -> Check:
    def check(event: Event, _: Extraction) -> bool:
        if event.location is None:
            return False
        place = event.location.place
        if place.country_code != spec["country_code"]:
            return False
        if "lat" in spec:
            return (
                place.lat is not None
                and place.lon is not None
                and distance_km(place.lat, place.lon, spec["lat"], spec["lon"]) <= 50
            )
        return True

    return check


def _date(spec: dict) -> Check:
    low, high = (dt.date.fromisoformat(d) for d in spec["within"])
    return lambda e, _: (
        e.date.start is not None and e.date.end is not None and (low <= e.date.start and e.date.end <= high)
    )


def _casualty(spec: dict) -> Check:
    keys = [k for k in ("low", "best", "high", "qualifier") if k in spec]
    return lambda e, _: any(
        c.category == spec["category"] and all(getattr(c, k) == spec[k] for k in keys) for c in e.casualties
    )


def _participant(spec: dict) -> Check:
    def check(event: Event, extraction: Extraction) -> bool:
        for p in event.participants:
            if p.role != spec["role"] or spec.get("confidence", p.confidence) != p.confidence:
                continue
            entity = extraction.entity(p.entity) if p.entity else None
            names = [p.text] + ([entity.name, *entity.aliases] if entity else [])
            if any(names_match(n, spec["name"]) for n in names):
                return True
        return False

    return check


def _attribution(spec: dict) -> Check:
    return lambda e, _: any(names_match(a.source_text, spec["source"]) for a in e.attribution)


def _field_equals(key: str, value: object) -> Check:
    return lambda e, _: getattr(e, key) == value


def _weapon_type(kind: str) -> Check:
    return lambda e, _: any(w.type == kind for w in e.weapons)


def attributes(expected: dict) -> list[Attribute]:
    """The checks an expected event lists, each named for the report."""
    out = []
    for key in ("event_type", "sub_event_type", "status"):
        if key in expected:
            out.append(Attribute(name=f"{key}={expected[key]}", check=_field_equals(key, expected[key])))
    if "location" in expected:
        out.append(
            Attribute(name=f"location={expected['location']['name']}", check=_location(expected["location"]))
        )
    if "date" in expected:
        out.append(Attribute(name=f"date within {expected['date']['within']}", check=_date(expected["date"])))
    for c in expected.get("casualties", []):
        out.append(Attribute(name=f"casualty {c}", check=_casualty(c)))
    for p in expected.get("participants", []):
        out.append(Attribute(name=f"{p['role']} {p['name']}", check=_participant(p)))
    for w in expected.get("weapons", []):
        out.append(
            Attribute(
                name=f"weapon {w['type']}",
                check=_weapon_type(w["type"]),
            )
        )
    for a in expected.get("attribution", []):
        out.append(Attribute(name=f"attributed to {a['source']}", check=_attribution(a)))
    return out


def entity_found(expected: dict, extraction: Extraction) -> bool:
    """An entity of the expected type whose name or alias matches, with the listed extras."""
    aliases = tuple(expected.get("aliases", ()))
    for entity in extraction.entities:
        if entity.type != expected["type"]:
            continue
        if not any(names_match(n, expected["name"], aliases) for n in (entity.name, *entity.aliases)):
            continue
        if "country_code" in expected and (
            entity.place is None or entity.place.country_code != expected["country_code"]
        ):
            continue
        if aliases and not any(names_match(a, x) for a in entity.aliases for x in aliases):
            continue
        if "descriptor" in expected and not any(
            expected["descriptor"].lower() in d.text.lower() for d in entity.descriptors
        ):
            continue
        if len(entity.mentions) < expected.get("mentions_at_least", 0):
            continue
        return True
    return False


def relation_found(expected: dict, extraction: Extraction) -> bool:
    """A relation of the type between entities matching the two names (in either order)."""
    first, second = expected["between"]
    for r in extraction.relations:
        if r.type != expected["type"]:
            continue
        head, tail = extraction.entity(r.head), extraction.entity(r.tail)
        if head is None or tail is None:
            continue
        names = ([head.name, *head.aliases], [tail.name, *tail.aliases])
        for a, b in ((first, second), (second, first)):
            if any(names_match(n, a) for n in names[0]) and any(names_match(n, b) for n in names[1]):
                return True
        if (
            r.type == "alias_of"
            and any(names_match(n, first) for n in names[0] + names[1])
            and any(names_match(x, second) for x in [*head.aliases, *tail.aliases, head.name, tail.name])
        ):
            return True
    return False


def must_not_checks(extraction: Extraction) -> list[tuple[str, bool]]:
    """The four must-not rules of the seed file, each with whether the extraction passes it."""
    text = extraction.document.text
    start = text.find("SEE ALSO:")
    glued = re.compile(r"[a-z0-9](?=[A-Z][a-z])").search(text, start + 10) if start >= 0 else None
    end = glued.end() if glued else (text.find("\n", start) if start >= 0 else -1)

    def inside(span: Span) -> bool:
        return start >= 0 and span.start < end and start < span.end

    spans = [m for en in extraction.entities for m in en.mentions] + [
        s for ev in extraction.events for s in (ev.trigger, *ev.evidence)
    ]
    bombings = [e for e in extraction.events if e.sub_event_type in EXPLOSIVE_SUB_TYPES]
    clashes = [e for e in extraction.events if e.sub_event_type == "Armed clash"]

    def killed(events: list[Event], n: int) -> bool:
        return any(
            c.category == "killed" and n in (c.low, c.best, c.high) for e in events for c in e.casualties
        )

    return [
        (
            "no 'Death Toll' entity and nothing from the SEE ALSO cross-link",
            not any("death toll" in e.name.lower() for e in extraction.entities)
            and not any(map(inside, spans)),
        ),
        (
            "'Kerman' not typed NORP",
            not any(e.type == "NORP" and "kerman" in e.name.lower() for e in extraction.entities),
        ),
        (
            "'Tanveer' not an organisation",
            not any(e.type == "ORG" and "tanveer" in e.name.lower() for e in extraction.entities),
        ),
        (
            "no 2 killed on the bombings, no 91 killed on the shoot-out",
            not killed(bombings, 2) and not killed(clashes, 91),
        ),
    ]


def evaluate_seed(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor`` on ``seed/kerman.txt`` against ``kerman.expected.json`` (``limit`` is ignored)."""
    folder = data_dir / "seed"
    expected = json.loads((folder / "kerman.expected.json").read_text(encoding="utf-8"))
    text = (folder / "kerman.txt").read_text(encoding="utf-8")
    [extraction] = extractor(
        [Article(text=text, origin="seed:kerman.txt", published=dt.date.fromisoformat(expected["published"]))]
    )
    errors: list[ErrorRecord] = []

    def record(field: str, what: str, ok: bool, score: Accuracy) -> Accuracy:
        if not ok:
            errors.append(
                ErrorRecord(
                    dataset="seed",
                    doc_id="kerman",
                    field=field,
                    kind="miss",
                    gold=what,
                    predicted=None,
                    text="",
                )
            )
        return score + Accuracy(correct=int(ok), total=1)

    events, parts = Accuracy(), Accuracy()
    for spec in expected["events"]:
        checks = attributes(spec)
        typed = [
            e
            for e in extraction.events
            if all(getattr(e, k) == spec[k] for k in ("event_type", "sub_event_type") if k in spec)
        ]
        scored = [[c.check(e, extraction) for c in checks] for e in typed or extraction.events]
        best = max(scored, key=sum, default=[False] * len(checks))
        events = record("event", spec["what"], all(best), events)
        for check, ok in zip(checks, best, strict=True):
            parts = record("event_attribute", f"{spec['what']}: {check.name}", ok, parts)
    entities, relations, must_not = Accuracy(), Accuracy(), Accuracy()
    for spec in expected["entities"]:
        entities = record(
            "entity", f"{spec['type']} {spec['name']}", entity_found(spec, extraction), entities
        )
    for spec in expected["relations"]:
        relations = record(
            "relation", f"{spec['type']} {spec['between']}", relation_found(spec, extraction), relations
        )
    for what, ok in must_not_checks(extraction):
        must_not = record("must_not", what, ok, must_not)
    rows = (
        FieldScore(name="events", accuracy=events),
        FieldScore(name="event_attributes", accuracy=parts),
        FieldScore(name="entities", accuracy=entities),
        FieldScore(name="relations", accuracy=relations),
        FieldScore(name="must_not", accuracy=must_not),
    )
    return DatasetReport(
        dataset="seed",
        documents=1,
        fields=rows,
        errors=tuple(errors),
        notes=tuple(f"missing: {e.field}: {e.gold}" for e in errors if e.field != "event_attribute"),
    )
