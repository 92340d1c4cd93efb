"""Score within-article entity coreference on WikiEvents: MUC, B³, CEAF-e and their mean (CoNLL F1).

The key is the gold clusters of ``wikievents/coref/dev.jsonlines`` (singletons are not listed there, as in
CoNLL-2012); the response is our entities, each a cluster of its mentions, singletons dropped likewise.
Gold mentions are often bare heads ("general", "Syria") where ours are whole names ("Major General
Vyacheslav Gladkikh"), so a mention of ours stands for the gold mention it contains or that contains it
(one-to-one, the tightest pair first); an unmatched mention of ours keeps an identity of its own and costs
precision, as in end-to-end scoring. Numerators and denominators are summed over documents (micro).
Gold offsets index the raw text and ours the cleaned text, so gold mentions are realigned word by word; a
mention in text that cleaning cut out stays in its cluster and counts as missed.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.eval.extractor import Extractor
from eventwire.eval.scoring import Counts, DatasetReport, FieldScore
from eventwire.eval.wikievents import align_tokens, offset_map
from eventwire.ingest.article import Article
from eventwire.models import Extraction

__all__ = [
    "CorefDocument",
    "CorefScore",
    "b_cubed",
    "ceaf_e",
    "evaluate_coref",
    "muc",
    "read_coref_documents",
    "realign_mentions",
    "response_clusters",
]

Cluster = frozenset[Hashable]


@dataclass(frozen=True, slots=True, kw_only=True)
class CorefScore:
    """Precision and recall as summed numerators over denominators (so that documents micro-average)."""

    precision_num: float = 0.0
    precision_den: float = 0.0
    recall_num: float = 0.0
    recall_den: float = 0.0

    def __add__(self, other: CorefScore) -> CorefScore:
        return CorefScore(
            precision_num=self.precision_num + other.precision_num,
            precision_den=self.precision_den + other.precision_den,
            recall_num=self.recall_num + other.recall_num,
            recall_den=self.recall_den + other.recall_den,
        )

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class _CorefField(FieldScore):
    """A report row whose value is a coreference F1 (fractional, so not expressible as Counts)."""

    score: CorefScore = CorefScore()

    @property
    def value(self) -> float:
        return self.score.f1

    def to_json(self) -> dict[str, object]:
        s = self.score
        return {
            "name": self.name,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
        }


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> CorefScore:
    """MUC (Vilain et al. 1995): links kept, counted on the partition of each cluster by the other side."""

    def links(clusters: Sequence[Cluster], other: Sequence[Cluster]) -> tuple[float, float]:
        where = {m: i for i, c in enumerate(other) for m in c}
        numerator = denominator = 0.0
        for cluster in clusters:
            parts = {where.get(m, ("alone", m)) for m in cluster}
            numerator += len(cluster) - len(parts)
            denominator += len(cluster) - 1
        return numerator, denominator

    r_num, r_den = links(key, response)
    p_num, p_den = links(response, key)
    return CorefScore(precision_num=p_num, precision_den=p_den, recall_num=r_num, recall_den=r_den)


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> CorefScore:
    """B³ (Bagga & Baldwin 1998): per mention, the share of its cluster that the other side agrees with."""

    def side(clusters: Sequence[Cluster], other: Sequence[Cluster]) -> tuple[float, float]:
        where = {m: c for c in other for m in c}
        numerator = 0.0
        total = 0
        for cluster in clusters:
            for mention in cluster:
                total += 1
                numerator += len(cluster & where.get(mention, frozenset())) / len(cluster)
        return numerator, float(total)

    r_num, r_den = side(key, response)
    p_num, p_den = side(response, key)
    return CorefScore(precision_num=p_num, precision_den=p_den, recall_num=r_num, recall_den=r_den)


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> CorefScore:
    """Entity-based CEAF (Luo 2005): the best one-to-one alignment of clusters under φ4 similarity."""
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return CorefScore(precision_den=float(len(response)), recall_den=float(len(key)))
    import numpy as np

    similarity = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key], dtype=float)
    rows, cols = linear_sum_assignment(-similarity)
    total = float(similarity[rows, cols].sum())
    return CorefScore(
        precision_num=total, precision_den=float(len(response)), recall_num=total, recall_den=float(len(key))
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class CorefDocument:
    """One WikiEvents document: its text, its gold mentions (character spans) and its gold clusters."""

    doc_id: str
    text: str
    mentions: dict[str, tuple[int, int]]
    clusters: tuple[Cluster, ...]


def read_coref_documents(data_dir: Path, *, limit: int | None = None) -> list[CorefDocument]:
    """The first ``limit`` WikiEvents dev documents with their coreference clusters."""
    folder = data_dir / "wikievents"
    clusters: dict[str, list[list[str]]] = {}
    with (folder / "coref" / "dev.jsonlines").open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            clusters[record["doc_key"]] = record["clusters"]
    documents: list[CorefDocument] = []
    with (folder / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(documents) >= limit:
                break
            record = json.loads(line)
            text = " ".join(s[1] for s in record["sentences"])
            tokens = align_tokens(text, [t[0] for s in record["sentences"] for t in s[0]])
            mentions = {
                m["id"]: (tokens[m["start"]][0], tokens[m["end"] - 1][1]) for m in record["entity_mentions"]
            }
            gold = tuple(
                frozenset(m for m in cluster if m in mentions)
                for cluster in clusters.get(record["doc_id"], [])
            )
            documents.append(
                CorefDocument(
                    doc_id=record["doc_id"],
                    text=text,
                    mentions=mentions,
                    clusters=tuple(c for c in gold if len(c) > 1),
                )
            )
    return documents


def realign_mentions(doc: CorefDocument, clean: str) -> CorefDocument:
    """``doc`` with its mention offsets those of the cleaned text (our offsets); mentions in cut text go.

    A mention that cleaning cut out stays in its gold cluster under no offsets, so it counts as missed.
    """
    if clean == doc.text:
        return doc
    to_clean = offset_map(doc.text, clean)
    mentions = {}
    for mention_id, (start, end) in doc.mentions.items():
        first, last = to_clean(start), to_clean(end - 1)
        if first is not None and last is not None:
            mentions[mention_id] = (first, last + 1)
    return replace(doc, text=clean, mentions=mentions)


def response_clusters(
    extraction: Extraction, gold_mentions: dict[str, tuple[int, int]]
) -> tuple[list[Cluster], set[str]]:
    """Our entities as clusters of gold mention ids (or of our own spans where no gold mention matches).

    Returns the clusters with more than one mention and the gold mentions that ours matched.
    """
    ours = [(e.id, m.start, m.end) for e in extraction.entities for m in e.mentions]
    pairs = []
    for n, (_, start, end) in enumerate(ours):
        for gold_id, (g_start, g_end) in gold_mentions.items():
            inside = start <= g_start and g_end <= end
            around = g_start <= start and end <= g_end
            if inside or around:
                pairs.append((abs((end - start) - (g_end - g_start)), n, gold_id))
    pairs.sort()
    identity: dict[int, Hashable] = {}
    taken: set[str] = set()
    for _, n, gold_id in pairs:
        if n not in identity and gold_id not in taken:
            identity[n] = gold_id
            taken.add(gold_id)
    by_entity: dict[str, set[Hashable]] = {}
    for n, (entity, start, end) in enumerate(ours):
        by_entity.setdefault(entity, set()).add(identity.get(n, ("ours", start, end)))
    clusters = [frozenset(c) for c in by_entity.values() if len(c) > 1]
    return clusters, taken


def evaluate_coref(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor``'s entities as coreference clusters on the first ``limit`` WikiEvents documents."""
    docs = read_coref_documents(data_dir, limit=limit)
    extractions = extractor([Article(text=d.text, origin=f"wikievents:{d.doc_id}") for d in docs])
    totals = {"muc": CorefScore(), "b3": CorefScore(), "ceafe": CorefScore()}
    matched = ours = gold = 0
    for raw, extraction in zip(docs, extractions, strict=True):
        doc = realign_mentions(raw, extraction.document.text)
        response, found = response_clusters(extraction, doc.mentions)
        key = list(doc.clusters)
        totals["muc"] += muc(key, response)
        totals["b3"] += b_cubed(key, response)
        totals["ceafe"] += ceaf_e(key, response)
        clustered: set[Hashable] = set().union(*key) if key else set()
        matched += len(clustered & found)
        ours += sum(len(e.mentions) for e in extraction.entities)
        gold += len(clustered)
    conll = sum(s.f1 for s in totals.values()) / 3
    rows: list[FieldScore] = [
        FieldScore(name="mentions", counts=Counts(tp=matched, fp=ours - matched, fn=gold - matched)),
        *(_CorefField(name=name, score=score) for name, score in totals.items()),
        _CorefField(
            name="conll",
            score=CorefScore(precision_num=conll, precision_den=1, recall_num=conll, recall_den=1),
        ),
    ]
    notes = [f"{name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}" for name, s in totals.items()]
    notes.append(f"conll (mean F1 of muc, b3, ceafe): {conll:.3f}")
    notes.append(
        "mentions: ours that match a clustered gold mention (containment); fp also counts ours that"
        " match only gold singletons"
    )
    return DatasetReport(dataset="coref", documents=len(docs), fields=tuple(rows), notes=tuple(notes))
