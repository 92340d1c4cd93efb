"""WikiEvents (KAIROS): event type F1 by trigger match, and argument role F1 by head match.

Gold event mentions of the mapped KAIROS types become one of six classes (taxonomy.md): ``attack``
(Conflict.Attack.* but DetonateExplode), ``explode`` (DetonateExplode), ``arrest``, ``demonstrate``,
``die`` and ``injure``. Each of our events predicts its class at every one of its mentions (trigger
included); ``die``/``injure`` are predicted at every predicate that told its killed/injured toll ("killed",
"died"; the count phrase when there is none). A prediction
is right when its span overlaps a gold trigger of the same class (``attack`` also accepts ``explode``
gold: an attack that was a bombing is still an attack). An argument is right when its event is, its role
is the same mapped role, and its head noun is the head of the gold argument or of a coreferent mention.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.extractor import Extractor, is_explosive
from eventwire.eval.scoring import (
    Counts,
    DatasetReport,
    ErrorRecord,
    FieldScore,
    context,
    head_match,
    match_greedy,
    sum_counts,
)
from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction

CLASSES = ("attack", "explode", "arrest", "demonstrate", "die", "injure")
_ROLES = {
    "Attacker": "perpetrator",
    "Killer": "perpetrator",
    "Injurer": "perpetrator",
    "Jailer": "perpetrator",
    "Detainer": "perpetrator",
    "Victim": "victim",
    "Target": "target",
    "Detainee": "detainee",
    "Instrument": "weapon",
    "ExplosiveDevice": "weapon",
    "Place": "place",
}
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Argument:
    role: str
    heads: frozenset[str]
    """Head nouns of the argument and of every coreferent mention."""
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    kind: str
    start: int
    end: int
    text: str
    arguments: tuple[Argument, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class WikiDocument:
    doc_id: str
    text: str
    triggers: tuple[Trigger, ...]


def kairos_class(event_type: str) -> str | None:
    """Our class of a KAIROS event type, or None when it is not mapped."""
    if event_type.startswith("Conflict.Attack.DetonateExplode"):
        return "explode"
    return {
        "Conflict.Attack": "attack",
        "Justice.ArrestJailDetain": "arrest",
        "Conflict.Demonstrate": "demonstrate",
        "Life.Die": "die",
        "Life.Injure": "injure",
    }.get(".".join(event_type.split(".")[:2]))


def read_wikievents(data_dir: Path, *, limit: int | None = None) -> list[WikiDocument]:
    """The first ``limit`` dev documents; text rebuilt as the space-joined sentences the offsets index."""
    folder = data_dir / "wikievents"
    clusters: dict[str, list[str]] = {}
    with (folder / "coref" / "dev.jsonlines").open(encoding="utf-8") as f:
        for line in f:
            for cluster in json.loads(line)["clusters"]:
                for mention in cluster:
                    clusters[mention] = cluster
    documents: list[WikiDocument] = []
    with (folder / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(documents) >= limit:
                break
            record = json.loads(line)
            text = " ".join(s[1] for s in record["sentences"])
            tokens = align_tokens(text, [t[0] for s in record["sentences"] for t in s[0]])
            mentions = {m["id"]: m for m in record["entity_mentions"]}
            triggers = []
            for event in record["event_mentions"]:
                kind = kairos_class(event["event_type"])
                if kind is None:
                    continue
                first, last = tokens[event["trigger"]["start"]], tokens[event["trigger"]["end"] - 1]
                arguments = []
                for a in event["arguments"]:
                    role = _ROLES.get(a["role"])
                    if role is None:
                        continue
                    if role == "target" and mentions.get(a["entity_id"], {}).get("entity_type") == "PER":
                        role = "victim"
                    coref = clusters.get(a["entity_id"], [a["entity_id"]])
                    texts = [a["text"], *(mentions[m]["text"] for m in coref if m in mentions)]
                    arguments.append(Argument(role=role, heads=frozenset(_heads(texts)), text=a["text"]))
                triggers.append(
                    Trigger(
                        kind=kind,
                        start=first[0],
                        end=last[1],
                        text=event["trigger"]["text"],
                        arguments=tuple(arguments),
                    )
                )
            documents.append(WikiDocument(doc_id=record["doc_id"], text=text, triggers=tuple(triggers)))
    return documents


def align_tokens(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character offsets of ``tokens`` in ``text``, found in order.

    The released token offsets assume one space between sentences, which some documents break, so they
    are recomputed by searching each token after the previous one.
    """
    offsets, cursor = [], 0
    for token in tokens:
        start = text.find(token, cursor)
        if start < 0:
            start = cursor
        offsets.append((start, start + len(token)))
        cursor = start + len(token)
    return offsets


def _heads(texts: list[str]) -> list[str]:
    from eventwire.eval.scoring import head_noun

    return [h for h in (head_noun(t) for t in texts) if h]


@dataclass(frozen=True, slots=True, kw_only=True)
class Predicted:
    kind: str
    start: int
    end: int
    arguments: tuple[tuple[str, str], ...]
    """(role, text) pairs."""


def event_class(event: Event) -> str | None:
    """Our class for one of our events (``die``/``injure`` come from casualties, not from here)."""
    if event.sub_event_type == "Arrests":
        return "arrest"
    if event.event_type == "Protests":
        return "demonstrate"
    if event.event_type in _VIOLENT_TYPES:
        return "explode" if is_explosive(event) else "attack"
    return None


def predictions(extraction: Extraction) -> list[Predicted]:
    """Every (class, span, arguments) our extraction claims."""
    out = []
    for event in extraction.events:
        arguments: list[tuple[str, str]] = [
            ("perpetrator" if p.role == "agent" else p.role, p.text) for p in event.participants
        ]
        arguments += [("weapon", w.text) for w in event.weapons]
        if event.location is not None:
            place = event.location.evidence.text if event.location.evidence else event.location.place.name
            arguments.append(("place", place))
        kind = event_class(event)
        if kind is not None:
            for span in event.mentions or (event.trigger,):
                out.append(Predicted(kind=kind, start=span.start, end=span.end, arguments=tuple(arguments)))
        for casualty in event.casualties:
            if casualty.category in ("killed", "injured") and casualty.best != 0:  # "no one was hurt"
                victims = [("victim", casualty.victims)] if casualty.victims else []
                told = casualty.predicates or (casualty.predicate or casualty.evidence,)
                out.extend(
                    Predicted(
                        kind="die" if casualty.category == "killed" else "injure",
                        start=where.start,
                        end=where.end,
                        arguments=tuple(arguments + victims),
                    )
                    for where in told
                )
    return out


def _same_event(p: Predicted, g: Trigger) -> bool:
    kind_ok = p.kind == g.kind or (p.kind == "attack" and g.kind == "explode")
    return kind_ok and p.start < g.end and g.start < p.end


def evaluate_wikievents(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor`` on the first ``limit`` WikiEvents dev documents."""
    docs = read_wikievents(data_dir, limit=limit)
    extractions = extractor([Article(text=d.text, origin=f"wikievents:{d.doc_id}") for d in docs])
    per_class = {k: Counts() for k in CLASSES}
    arguments = Counts()
    errors: list[ErrorRecord] = []
    for doc, extraction in zip(docs, extractions, strict=True):
        predicted = predictions(extraction)
        for kind in CLASSES:
            pairs, spare, missed = match_greedy(
                [p for p in predicted if p.kind == kind],
                [g for g in doc.triggers if g.kind == kind],
                _same_event,
            )
            per_class[kind] = per_class[kind] + Counts(tp=len(pairs), fp=len(spare), fn=len(missed))
            errors.extend(
                ErrorRecord(
                    dataset="wikievents",
                    doc_id=doc.doc_id,
                    field=f"trigger.{kind}",
                    kind="false_alarm",
                    gold=None,
                    predicted=doc.text[p.start : p.end],
                    text=context(doc.text, p.start),
                )
                for p in spare
            )
            errors.extend(
                ErrorRecord(
                    dataset="wikievents",
                    doc_id=doc.doc_id,
                    field=f"trigger.{kind}",
                    kind="miss",
                    gold=g.text,
                    predicted=None,
                    text=context(doc.text, g.start),
                )
                for g in missed
            )
        arguments = arguments + _argument_counts(doc, predicted)
    rows = [FieldScore(name=f"trigger.{k}", counts=per_class[k]) for k in CLASSES]
    rows.append(FieldScore(name="trigger.micro", counts=sum_counts(per_class.values())))
    rows.append(FieldScore(name="argument.head", counts=arguments))
    return DatasetReport(
        dataset="wikievents",
        documents=len(docs),
        fields=tuple(rows),
        errors=tuple(errors),
        notes=(
            "triggers: overlap of our event mentions / casualty evidence with gold triggers, per class",
            "arguments: mapped roles only, head noun of the argument or a coreferent mention",
        ),
    )


def _argument_counts(doc: WikiDocument, predicted: list[Predicted]) -> Counts:
    """Argument triples (gold trigger, role, head): a prediction counts once per gold trigger it matches."""
    gold = [(i, a.role, a.heads) for i, g in enumerate(doc.triggers) for a in g.arguments]
    claimed: list[tuple[int, str, str]] = []
    for p in predicted:
        for i, g in enumerate(doc.triggers):
            if _same_event(p, g):
                claimed.extend((i, role, text) for role, text in p.arguments)
    claimed = list(dict.fromkeys(claimed))
    unmatched_events = [p for p in predicted if not any(_same_event(p, g) for g in doc.triggers)]
    pairs, spare, missed = match_greedy(
        claimed, gold, lambda c, g: c[0] == g[0] and c[1] == g[1] and any(head_match(c[2], h) for h in g[2])
    )
    false_alarms = len(spare) + sum(
        len(args) for _, args in {(p.kind, p.arguments) for p in unmatched_events}
    )
    return Counts(tp=len(pairs), fp=false_alarms, fn=len(missed))
