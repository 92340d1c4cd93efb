"""MUC-4: incident type, the five GTT roles (exact and head-noun match), and toll, place, date slots.

Every document is extracted twice: the lower-cased GTT text (``gtt.*`` rows) and the original upper-case
wire text with its dateline (``upper.*`` rows). Roles are scored at document level against GTT's gold: a
predicted filler is right when it matches any coreferent mention of a gold entity not yet found (one-to-one,
greedy, in order), micro-averaged over the five roles. Killed/injured counts, location and date come from
the raw answer keys and are scored on the upper-case run only (the dateline anchors relative dates).
Only events with status occurred/attempted and a MUC type (taxonomy.md) count.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.extractor import Extractor, casualty_best, counted_events, is_explosive
from eventwire.eval.muc4_gold import ROLES, DateRange, GoldPlace, MucDocument, RoleEntity, read_muc4
from eventwire.eval.scoring import (
    Accuracy,
    Counts,
    DatasetReport,
    ErrorRecord,
    FieldScore,
    context,
    exact_match,
    head_match,
    head_noun,
    match_greedy,
)
from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.participants import organisation_nouns, people_nouns
from eventwire.extract.role_model import load_model
from eventwire.ingest.article import Article
from eventwire.models import Entity, Event, Extraction, Participant, Place

_ATTACK_SUB_TYPES = frozenset(
    {
        "Armed clash",
        "Attack",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Chemical weapon",
        "Excessive force against protesters",
        "Mob violence",
    }
)


def muc_type(event: Event) -> str | None:
    """The MUC-4 incident type of one of our events (taxonomy.md), or None when it is not a MUC incident.

    Weapons seized or a bomb defused (Disrupted weapons use) are no incident: the taxonomy's "any event
    with a weapon of type explosives" is a bombing names the means of an attack, not what was seized.
    """
    if event.sub_event_type == "Disrupted weapons use":
        return None
    if is_explosive(event):
        return "bombing"
    if event.sub_event_type in _ATTACK_SUB_TYPES:
        return "attack"
    if event.sub_event_type == "Abduction/forced disappearance":
        return "kidnapping"
    if event.sub_event_type == "Looting/property destruction":
        return "arson" if any(w.type == "incendiary" for w in event.weapons) else "robbery"
    if event.sub_event_type == "Change to group/activity" or event.event_type == "Protests":
        return "forced work stoppage"
    return None


def incidents(extraction: Extraction) -> list[Event]:
    """Our events that MUC-4 would have a template for."""
    return [e for e in counted_events(extraction) if muc_type(e) is not None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Filler:
    role: str
    text: str


_GTT_ORG_HEADS = frozenset({"guard"})
"""Heads GTT files under PerpOrg beyond the organisation nouns: "the national guard"."""
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_POSTMODIFIERS = frozenset({"of", "from", "in", "who", "which", "that", ","})
_ORG_ADJECTIVES = frozenset({"leftist", "military"})
"""Words the role model learnt head group names ("the leftist front") that before a noun describe it."""


@functools.cache
def _combatants() -> frozenset[str]:
    """Nouns that name fighters ("troops", "guerrillas"): people, even inside a name tagged ORG."""
    return frozenset(read_lexicon("cues.json")["combatants"])


def role_fillers(extraction: Extraction) -> list[Filler]:
    """Predicted MUC role fillers of a document, one per role and head noun (one per lower-cased text
    for targets).

    GTT's fillers are entities and the score matches them by head noun; we cluster names, not
    descriptions, so "guerrillas" and "fmln guerrillas", "a bomb" and "the car bomb" told in one article
    are one filler, as they are one entity in the keys. Physical targets are the exception: different
    buildings share a head ("the mayor's house", "a judge's house").

    A perpetrator is PerpOrg when it is an organisation (an ORG entity, a phrase headed by an
    organisation noun, "the armed forces", or by a head the role model learnt names groups in MUC-4's
    training keys, "the fmln" in lower-case text where no entity is tagged), else PerpInd; "FMLN
    guerrillas" is also PerpOrg "FMLN".
    A named person is filled by their name ("pieter vos", not "son of the consul, ...");
    a place is no victim, nor a victim told only by a description ("nine peasants"): GTT's Victim is the
    keys' HUM TGT: NAME slot (:func:`_described`).
    """
    fillers: dict[tuple[str, str], Filler] = {}

    def add(role: str, text: str) -> None:
        key = text.lower() if role == "Target" else head_noun(text) or text.lower()
        fillers.setdefault((role, key), Filler(role=role, text=text))

    for event in incidents(extraction):
        for p in event.participants:
            entity = extraction.entity(p.entity) if p.entity else None
            if entity is not None and entity.type in _PLACE_TYPES:
                continue
            text = entity.name if entity is not None and entity.type == "PERSON" else p.text
            if p.role == "perpetrator":
                head = head_noun(p.text)
                # "army troops" tagged as an organisation are people: their head says so.
                is_org = (
                    (entity is not None and entity.type == "ORG" and head not in _combatants())
                    or head in organisation_nouns()
                    or head in _GTT_ORG_HEADS
                    or head in load_model().organisation_heads
                )
                add("PerpOrg" if is_org else "PerpInd", text)
                if not is_org:
                    for org in _organisations_in(p, extraction):
                        add("PerpOrg", org)
            elif p.role == "target":
                add("Target", text)
            elif p.role == "victim" and not _described(text, entity):
                add("Victim", text)
        for w in event.weapons:
            add("Weapon", w.text)
    return list(fillers.values())


_UNNAMED = frozenset({"one", "others", "them", "those", "these", "some", "many", "several", "all", "both"})


@functools.cache
def _description_heads() -> frozenset[str]:
    """Heads of a phrase that describes people ("nine peasants", "a judge", "two of its members")."""
    cues = read_lexicon("cues.json")
    return people_nouns() | frozenset(cues["titles"]) | frozenset(cues["combatants"]) | _UNNAMED


def _described(text: str, entity: Entity | None) -> bool:
    """Whether a victim is told by a description, not a name: GTT's Victim is MUC-4's HUM TGT: NAME
    slot ("peasants", "a judge" go to HUM TGT: DESCRIPTION, which GTT does not score), so a described
    victim can never match a key and is no Victim filler; it is not credited either. A named person
    ("jose ruiz", "judge ana soto") is always one, tagged or not."""
    if entity is not None and entity.type == "PERSON":
        return False
    head = head_noun(text)
    singular = head[:-1] if head.endswith("s") else head
    return head in _description_heads() or singular in _description_heads() or head.isdigit()


def _organisations_in(participant: Participant, extraction: Extraction) -> list[str]:
    """Organisations named inside a participant's phrase ("fmln" in "fmln urban guerrillas"): a tagged
    organisation, or in lower-case text, where none is tagged, a word before the head that the role model
    learnt heads a group's name ("fmln" in "fmln guerrilla unit", "army" in "army troops")."""
    span = participant.evidence
    if span is None:
        return []
    tagged = [
        m.text
        for e in extraction.entities
        if e.type == "ORG"
        for m in e.mentions
        if span.start <= m.start and m.end <= span.end and (m.start, m.end) != (span.start, span.end)
    ]
    if tagged or participant.entity is not None:
        return tagged
    text = participant.text.lower()
    words = text.split()
    if any(w in _POSTMODIFIERS for w in words):
        return []  # "members of the front": the organisation is the phrase's own post-modifier
    # "farabundo marti national liberation front (fmln) rebels": the name is its acronym
    acronym = re.search(r"\(([^()\s]+)\)", text)
    modifiers = [acronym.group(1)] if acronym else words[:-1]
    return [w for w in modifiers if w in load_model().organisation_heads and w not in _ORG_ADJECTIVES]


def _role_counts(
    doc: MucDocument,
    fillers: list[Filler],
    match: Callable[[str, str], bool],
    *,
    errors: list[ErrorRecord],
    variant: str,
    text: str,
) -> dict[str, Counts]:
    counts = {}
    for role in ROLES:
        gold = [e for e in doc.entities if e.role == role]
        predicted = [f for f in fillers if f.role == role]
        pairs, spare, missed = match_greedy(
            predicted, gold, lambda f, e: any(match(f.text, m.text) for m in e.mentions)
        )
        counts[role] = Counts(tp=len(pairs), fp=len(spare), fn=len(missed))
        field = f"{variant}.{role}"
        errors.extend(_error(doc, field, "false_alarm", None, f.text, text) for f in spare)
        errors.extend(
            _error(
                doc, field, "miss", " / ".join(m.text for m in e.mentions), None, text, start=_start(e, text)
            )
            for e in missed
        )
    return counts


def _start(entity: RoleEntity, text: str) -> int | None:
    return text.lower().find(entity.mentions[0].text.lower())


def _error(doc: MucDocument, field: str, kind, gold, predicted, text, *, start=None) -> ErrorRecord:
    if start is None and predicted:
        start = text.find(predicted)
    return ErrorRecord(
        dataset="muc4",
        doc_id=doc.docid,
        field=field,
        kind=kind,
        gold=gold,
        predicted=predicted,
        text=context(text, start),
    )


def _date_matches(event: Event, gold: DateRange) -> bool:
    start, end = event.date.start, event.date.end
    if start is None or end is None:
        return False
    slack = dt.timedelta(days=1)
    low = gold.first - slack if gold.first is not None else dt.date.min
    return low <= start and end <= gold.last + slack


def _country_code(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name.title()).alpha_2
    except LookupError:
        return None


def _folded(name: str) -> str:
    """Upper case without accents, as MUC-4's keys write names ("Medellín" is MEDELLIN)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def place_matches(place: Place, gold: GoldPlace) -> bool:
    """Same country, and our place is one of the names on the gold path (or both are just the country)."""
    if place.country_code and place.country_code != _country_code(gold.country):
        return False
    name = _folded(place.name)
    if name == gold.country or place.precision == "country":
        return gold.names == frozenset({gold.country})
    return any(name == n or (len(name) > 3 and (name in n or n in name)) for n in gold.names - {gold.country})


def country_matches(place: Place, gold: GoldPlace) -> bool:
    """Our place lies in the gold place's country: the level an inferred dateline town asserts."""
    return place.country_code is not None and place.country_code == _country_code(gold.country)


def _count_field(docs_ex, attribute: str, category: str) -> tuple[Counts, int]:
    total, skipped = Counts(), 0
    for doc, extraction in docs_ex:
        gold_values = [getattr(t, attribute) for t in doc.templates]
        if any(v is None for v in gold_values):
            skipped += 1
            continue
        gold = [v for v in gold_values if v]
        predicted = [v for v in (casualty_best(e, category) for e in incidents(extraction)) if v]
        pairs, spare, missed = match_greedy(predicted, gold, lambda p, g: p == g)
        total = total + Counts(tp=len(pairs), fp=len(spare), fn=len(missed))
    return total, skipped


def _told_range(dates: tuple[DateRange, ...]) -> str:
    return " | ".join(f"{d.first}..{d.last}" if d.first else f"on or before {d.last}" for d in dates)


def _date_errors(
    doc: MucDocument, text: str, off_day: list[Event], no_day: list[tuple[DateRange, ...]]
) -> list[ErrorRecord]:
    """A false alarm per dated event no template's date matches, a miss per template date left unmatched;
    the template's alternatives are written ``first..last`` (or "on or before last") joined by ``|``."""
    gold = " | ".join(_told_range(g) for g in (t.dates for t in doc.templates if t.dates)) or None
    errors = [
        _error(
            doc,
            "upper.date",
            "false_alarm",
            gold,
            f"{e.date.start}..{e.date.end}" + (" (inferred)" if e.date.inferred else ""),
            text,
            start=e.trigger.start,
        )
        for e in off_day
    ]
    errors += [_error(doc, "upper.date", "miss", _told_range(g), None, text, start=0) for g in no_day]
    return errors


def _slot_counts(docs_ex, errors: list[ErrorRecord] | None = None) -> list[FieldScore]:
    killed, _ = _count_field(docs_ex, "killed", "killed")
    injured, _ = _count_field(docs_ex, "injured", "injured")
    places, countries, dates = Counts(), Counts(), Counts()
    for doc, extraction in docs_ex:
        events = incidents(extraction)
        located = [e.location.place for e in events if e.location is not None]
        gold_places = [t.places for t in doc.templates if t.places]
        pairs, spare, missed = match_greedy(
            located, gold_places, lambda p, g: any(place_matches(p, x) for x in g)
        )
        places = places + Counts(tp=len(pairs), fp=len(spare), fn=len(missed))
        pairs, spare, missed = match_greedy(
            located, gold_places, lambda p, g: any(country_matches(p, x) for x in g)
        )
        countries = countries + Counts(tp=len(pairs), fp=len(spare), fn=len(missed))
        dated = [e for e in events if e.date.start is not None]
        gold_dates = [t.dates for t in doc.templates if t.dates]
        on_day, off_day, no_day = match_greedy(
            dated, gold_dates, lambda e, g: any(_date_matches(e, x) for x in g)
        )
        dates = dates + Counts(tp=len(on_day), fp=len(off_day), fn=len(no_day))
        if errors is not None:
            errors.extend(_date_errors(doc, extraction.document.text, off_day, no_day))
    return [
        FieldScore(name="upper.killed", counts=killed),
        FieldScore(name="upper.injured", counts=injured),
        FieldScore(name="upper.location", counts=places),
        FieldScore(name="upper.location_country", counts=countries),
        FieldScore(name="upper.date", counts=dates),
    ]


def score_variant(
    variant: str, docs_ex: list[tuple[MucDocument, Extraction]], errors: list[ErrorRecord]
) -> list[FieldScore]:
    """Relevance, incident type and role rows of one text variant (``gtt`` or ``upper``)."""
    relevance, types, type_pairs = Counts(), Accuracy(), Counts()
    exact: dict[str, Counts] = {r: Counts() for r in ROLES}
    head: dict[str, Counts] = {r: Counts() for r in ROLES}
    for doc, extraction in docs_ex:
        events = incidents(extraction)
        relevant, predicted = bool(doc.incident_types), bool(events)
        relevance = relevance + Counts(
            tp=int(relevant and predicted),
            fp=int(predicted and not relevant),
            fn=int(relevant and not predicted),
        )
        predicted_types = list(dict.fromkeys(muc_type(e) or "" for e in events))
        type_pairs = type_pairs + Counts(
            tp=len(set(predicted_types) & set(doc.incident_types)),
            fp=len(set(predicted_types) - set(doc.incident_types)),
            fn=len(set(doc.incident_types) - set(predicted_types)),
        )
        if relevant:
            types = types + Accuracy(
                correct=int(bool(events) and muc_type(events[0]) in doc.incident_types), total=1
            )
        text = extraction.document.text
        fillers = role_fillers(extraction)
        for role, c in _role_counts(doc, fillers, exact_match, errors=[], variant=variant, text=text).items():
            exact[role] = exact[role] + c
        for role, c in _role_counts(
            doc, fillers, head_match, errors=errors, variant=variant, text=text
        ).items():
            head[role] = head[role] + c
    rows = [
        FieldScore(name=f"{variant}.relevance", counts=relevance),
        FieldScore(name=f"{variant}.incident_type", accuracy=types),
        FieldScore(name=f"{variant}.incident_type_pairs", counts=type_pairs),
    ]
    for role in ROLES:
        rows.append(FieldScore(name=f"{variant}.{role}.exact", counts=exact[role]))
        rows.append(FieldScore(name=f"{variant}.{role}.head", counts=head[role]))
    rows.append(FieldScore(name=f"{variant}.roles.exact", counts=sum(exact.values(), Counts())))
    rows.append(FieldScore(name=f"{variant}.roles.head", counts=sum(head.values(), Counts())))
    return rows


def evaluate_muc4(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor`` on the first ``limit`` MUC-4 dev documents (GTT's dev = TST1+TST2)."""
    docs = read_muc4(data_dir, limit=limit)
    lower = extractor(
        [Article(text=d.text_lower, origin=f"muc4:{d.docid}", published=d.published) for d in docs]
    )
    upper = extractor(
        [Article(text=d.text_upper, origin=f"muc4:{d.docid}", published=d.published) for d in docs]
    )
    errors: list[ErrorRecord] = []
    rows = score_variant("gtt", list(zip(docs, lower, strict=True)), errors)
    rows += score_variant("upper", list(zip(docs, upper, strict=True)), errors)
    rows += _slot_counts(list(zip(docs, upper, strict=True)), errors)
    return DatasetReport(
        dataset="muc4",
        documents=len(docs),
        fields=tuple(rows),
        errors=tuple(errors),
        notes=(
            "roles: document-level, one-to-one against coreferent gold mentions; micro over 5 roles",
            "incident_type: accuracy of the first counted event's type on relevant documents",
            "killed/injured: per-template counts from the keys; documents with PLURAL counts skipped",
        ),
    )
