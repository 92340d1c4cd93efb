"""Counting and matching shared by every dataset scorer: P/R/F1, accuracy, head nouns, report tables.

A scorer turns gold records and extractions into :class:`FieldScore` rows and :class:`ErrorRecord` lines;
this module knows nothing about any one dataset.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

G = TypeVar("G")
P = TypeVar("P")

ErrorKind = Literal["miss", "false_alarm", "wrong"]

_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "some", "several", "two", "three"})
# A noun phrase's head is the last word before its first post-modifier ("members OF the fmln",
# "the man WHO was shot"); cheap, model-free and close to what GRIT's head-noun metric rewards.
_POSTMODIFIERS = frozenset(
    {
        "of",
        "in",
        "at",
        "from",
        "on",
        "near",
        "with",
        "who",
        "whom",
        "whose",
        "that",
        "which",
        "by",
        "for",
        "to",
        "and",
        "during",
        "under",
        "inside",
        "outside",
        "belonging",
    }
)
_WORD = re.compile(r"[\w'-]+")


def normalize_mention(text: str) -> str:
    """Lower-case words of ``text`` without punctuation or leading articles: the exact-match key."""
    words = [w.strip("'-") for w in _WORD.findall(text.lower())]
    words = [w for w in words if w]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def head_noun(text: str) -> str:
    """The head word of a noun phrase: the last word before the first post-modifier."""
    words = normalize_mention(text).split()
    for i, word in enumerate(words):
        if i > 0 and word in _POSTMODIFIERS:
            words = words[:i]
            break
    word = words[-1] if words else ""
    return word[:-2] if word.endswith("'s") else word


def exact_match(predicted: str, gold: str) -> bool:
    """Whether two mentions are the same words, ignoring case, punctuation and leading articles."""
    return bool(normalize_mention(predicted)) and normalize_mention(predicted) == normalize_mention(gold)


def head_match(predicted: str, gold: str) -> bool:
    """Whether two mentions share their head noun."""
    head = head_noun(predicted)
    return bool(head) and head == head_noun(gold)


@dataclass(frozen=True, slots=True, kw_only=True)
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Accuracy:
    """How many of ``total`` items were right."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScore:
    """One row of a report: a field scored either by P/R/F1 or by accuracy."""

    name: str
    counts: Counts | None = None
    accuracy: Accuracy | None = None

    @property
    def value(self) -> float:
        """The number a floor is compared with: F1, or accuracy."""
        if self.counts is not None:
            return self.counts.f1
        return self.accuracy.value if self.accuracy is not None else 0.0

    def to_json(self) -> dict[str, object]:
        if self.counts is not None:
            c = self.counts
            return {
                "name": self.name,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }
        a = self.accuracy or Accuracy()
        return {"name": self.name, "correct": a.correct, "total": a.total, "accuracy": round(a.value, 4)}


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorRecord:
    """A miss, a false alarm or a wrong value, with the text that shows it (one ``--errors`` line)."""

    dataset: str
    doc_id: str
    field: str
    kind: ErrorKind
    gold: str | None
    predicted: str | None
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DatasetReport:
    """The scores of one dataset at one limit, the notes that say how they were counted, and the errors."""

    dataset: str
    documents: int
    fields: tuple[FieldScore, ...]
    skipped: int = 0
    notes: tuple[str, ...] = ()
    errors: tuple[ErrorRecord, ...] = field(default=(), repr=False)

    def field(self, name: str) -> FieldScore | None:
        """The row called ``name``, if scored."""
        return next((f for f in self.fields if f.name == name), None)

    def to_json(self) -> dict[str, object]:
        return {
            "dataset": self.dataset,
            "documents": self.documents,
            "skipped": self.skipped,
            "notes": list(self.notes),
            "fields": [f.to_json() for f in self.fields],
        }


def match_greedy(
    predicted: Sequence[P], gold: Sequence[G], matches: Callable[[P, G], bool]
) -> tuple[list[tuple[P, G]], list[P], list[G]]:
    """One-to-one matching in order: each prediction takes the first unmatched gold item it matches.

    Returns the matched pairs, the unmatched predictions (false alarms) and the unmatched gold (misses).
    A second prediction of an already-found gold item is a false alarm, as in GRIT's scorer.
    """
    taken = [False] * len(gold)
    pairs: list[tuple[P, G]] = []
    spare: list[P] = []
    for p in predicted:
        for i, g in enumerate(gold):
            if not taken[i] and matches(p, g):
                taken[i] = True
                pairs.append((p, g))
                break
        else:
            spare.append(p)
    return pairs, spare, [g for i, g in enumerate(gold) if not taken[i]]


def count_matches(predicted: Sequence[P], gold: Sequence[G], matches: Callable[[P, G], bool]) -> Counts:
    """P/R/F1 counts of a greedy one-to-one matching."""
    pairs, spare, missed = match_greedy(predicted, gold, matches)
    return Counts(tp=len(pairs), fp=len(spare), fn=len(missed))


def sum_counts(items: Iterable[Counts]) -> Counts:
    """Micro-averaged counts."""
    total = Counts()
    for c in items:
        total = total + c
    return total


def render_table(report: DatasetReport) -> str:
    """The report as a fixed-width text table, one field per row."""
    width = max([len(f.name) for f in report.fields] + [5])
    lines = [
        f"{report.dataset}: {report.documents} documents"
        + (f", {report.skipped} skipped" if report.skipped else "")
    ]
    lines.append(f"{'field':<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}  {'counts':>18}")
    for f in report.fields:
        if f.counts is not None:
            c = f.counts
            lines.append(
                f"{f.name:<{width}}  {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {'':>6}  "
                f"{f'tp={c.tp} fp={c.fp} fn={c.fn}':>18}"
            )
        elif f.accuracy is not None:
            a = f.accuracy
            lines.append(
                f"{f.name:<{width}}  {'':>6} {'':>6} {'':>6} {a.value:6.3f}  {f'{a.correct}/{a.total}':>18}"
            )
    lines.extend(f"  note: {n}" for n in report.notes)
    return "\n".join(lines)


def context(text: str, start: int | None, *, width: int = 160) -> str:
    """Up to ``width`` characters of ``text`` either side of ``start`` (the whole head when unknown)."""
    if start is None or start < 0:
        return text[: 2 * width]
    return text[max(0, start - width) : start + width]
