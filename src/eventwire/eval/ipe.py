"""IndiaPoliceEvents: did police kill, arrest, use force, act at all? Sentence- and document-level P/R/F1.

Read from ConfliBERT's dev split (``conflibert_splits/IndiaPoliceEvents_{sents,docs}_dev.tsv``: text, then
KILL, ARREST, ANY_ACTION, FAIL, FORCE as 0/1); sentences are extracted one by one, documents whole. Our
events answer the questions thus (only events with status occurred/attempted):

- KILL: an event with a killed casualty and a police perpetrator/agent;
- ARREST: an Arrests event whose agent is police or not named (arrests in these reports are police work;
  a court or magistrate that remands someone names no arrester);
- FORCE: KILL, or a violent event (Battles, Explosions/Remote violence, Violence against civilians) with a
  police perpetrator/agent, or a Protest with intervention / Excessive force against protesters;
- ANY_ACTION: any of the above, or any event where police take part in a role other than victim.

FAIL ("did police fail to intervene?") has no counterpart in our output and is not scored.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.extractor import Extractor, casualty_best, counted_events
from eventwire.eval.scoring import Counts, DatasetReport, ErrorRecord, FieldScore
from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction

LABELS = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
_COLUMNS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")
_POLICE = re.compile(
    r"\b(police\w*|cops?|constables?|jawans?|sho|dsp|ssp|dcp|dgp|crpf|srp|rpf|rapid action force|"
    r"security forces)\b",
    re.IGNORECASE,
)
_JUDICIAL = re.compile(r"\b(courts?|magistrates?|judges?|tribunals?|bench)\b", re.IGNORECASE)
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_STATE_FORCE_SUB_TYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelledText:
    """A sentence or a document with the labels it carries."""

    id: str
    text: str
    labels: frozenset[str]


def read_ipe(data_dir: Path, level: str, *, limit: int | None = None) -> list[LabelledText]:
    """The first ``limit`` rows of the ConfliBERT dev split at ``level`` (``sents`` or ``docs``)."""
    path = data_dir / "india-police-events" / "conflibert_splits" / f"IndiaPoliceEvents_{level}_dev.tsv"
    csv.field_size_limit(sys.maxsize)
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for number, row in enumerate(csv.reader(f, delimiter="\t")):
            if limit is not None and number >= limit:
                break
            labels = frozenset(
                name for name, value in zip(_COLUMNS, row[1:], strict=True) if value.strip() == "1"
            )
            rows.append(LabelledText(id=f"{level}:{number}", text=row[0], labels=labels))
    return rows


def _police(event: Event, extraction: Extraction) -> bool:
    for p in event.participants:
        if p.role in ("perpetrator", "agent"):
            entity = extraction.entity(p.entity) if p.entity else None
            if _POLICE.search(p.text) or (entity is not None and _POLICE.search(entity.name)):
                return True
    return False


def _police_involved(event: Event) -> bool:
    return any(p.role != "victim" and _POLICE.search(p.text) for p in event.participants)


def predict_labels(extraction: Extraction) -> frozenset[str]:
    """The IndiaPoliceEvents questions our extraction answers yes (see the module docstring)."""
    labels: set[str] = set()
    for event in counted_events(extraction):
        police = _police(event, extraction)
        if police and (casualty_best(event, "killed") or 0) > 0:
            labels.update(("KILL", "FORCE"))
        if event.sub_event_type == "Arrests" and (
            police
            or not any(
                p.role in ("perpetrator", "agent") and not _JUDICIAL.search(p.text)
                for p in event.participants
            )
        ):
            labels.add("ARREST")
        if (police and event.event_type in _VIOLENT_TYPES) or event.sub_event_type in _STATE_FORCE_SUB_TYPES:
            labels.add("FORCE")
        if labels or _police_involved(event):
            labels.add("ANY_ACTION")
    return frozenset(labels)


def _score(
    level: str, items: list[LabelledText], extractions: list[Extraction], errors: list[ErrorRecord]
) -> list[FieldScore]:
    counts = {label: Counts() for label in LABELS}
    for item, extraction in zip(items, extractions, strict=True):
        predicted = predict_labels(extraction)
        for label in LABELS:
            gold, guess = label in item.labels, label in predicted
            counts[label] = counts[label] + Counts(
                tp=int(gold and guess), fp=int(guess and not gold), fn=int(gold and not guess)
            )
            if gold != guess:
                errors.append(
                    ErrorRecord(
                        dataset="ipe",
                        doc_id=item.id,
                        field=f"{level}.{label}",
                        kind="miss" if gold else "false_alarm",
                        gold=label if gold else None,
                        predicted=label if guess else None,
                        text=item.text[:400],
                    )
                )
    return [FieldScore(name=f"{level}.{label}", counts=counts[label]) for label in LABELS]


def evaluate_ipe(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor`` on the first ``limit`` dev sentences and the first ``limit`` dev documents."""
    sentences = read_ipe(data_dir, "sents", limit=limit)
    documents = read_ipe(data_dir, "docs", limit=limit)
    errors: list[ErrorRecord] = []
    rows = _score(
        "sentence",
        sentences,
        extractor([Article(text=s.text, origin=f"ipe:{s.id}") for s in sentences]),
        errors,
    )
    rows += _score(
        "document",
        documents,
        extractor([Article(text=d.text, origin=f"ipe:{d.id}") for d in documents]),
        errors,
    )
    return DatasetReport(
        dataset="ipe",
        documents=len(sentences) + len(documents),
        fields=tuple(rows),
        errors=tuple(errors),
        notes=(
            f"{len(sentences)} sentences and {len(documents)} documents of ConfliBERT's dev split",
            "FAIL is not scored: nothing in our output says police failed to act",
        ),
    )
