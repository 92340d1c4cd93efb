"""Train the role model (src/eventwire/extract/models/muc4_roles.json) on MUC-4's training split.

    PYTHONPATH=src python training/train_muc4_roles.py ../shared/data/muc4/processed/train.json

Reproducible: documents in file order, a fixed seed for the example order, and weights written as sorted
JSON with rounded values. Only the training split is read; never pass the dev or test file.
See training/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from eventwire.eval.scoring import head_noun
from eventwire.extract import role_model
from eventwire.extract.extractor import Extractor, make_document
from eventwire.extract.participants import document_rule_heads, modelled_triggers
from eventwire.extract.pipeline import Analysis, run_stages
from eventwire.ingest.article import Article

OUTPUT = Path(__file__).resolve().parents[1] / "src/eventwire/extract/models" / role_model.MODEL_FILE
SEED = 13
# Gold roles a candidate head is checked against, most specific first.
LABEL_ORDER = ("PerpOrg", "PerpInd", "Victim", "Target")


def gold_heads(record: dict) -> dict[str, set[str]]:
    """Head nouns of every gold mention of every role filler of the document."""
    heads: dict[str, set[str]] = {role: set() for role in LABEL_ORDER}
    for template in record["templates"]:
        for role in LABEL_ORDER:
            for entity in template[role]:
                heads[role].update(head_noun(text) for text, _ in entity)
    return heads


def organisation_heads(records: list[dict], *, min_count: int) -> list[str]:
    """Head nouns the training keys file more often under PerpOrg than PerpInd ("fmln", "cartel")."""
    tally: dict[str, list[int]] = {}
    for record in records:
        for template in record["templates"]:
            for column, role in enumerate(("PerpOrg", "PerpInd")):
                for entity in template[role]:
                    for head in {head_noun(text) for text, _ in entity}:
                        tally.setdefault(head, [0, 0])[column] += 1
    return sorted(h for h, (org, ind) in tally.items() if h and org >= min_count and org > ind)


def label(text: str, heads: dict[str, set[str]]) -> str:
    head = head_noun(text)
    return next((role for role in LABEL_ORDER if head and head in heads[role]), "none")


def parsed(extractor: Extractor, records: list[dict], cache: Path | None):
    """(spaCy Doc, Document) of each record; with ``cache``, the parses are kept there between runs."""
    from spacy.tokens import DocBin

    documents = [make_document(Article(text=r["doctext"], origin=f"muc4:{r['docid']}")) for r in records]
    if cache is not None and cache.exists():
        docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(extractor.nlp.vocab))
        yield from zip(docs, documents, strict=True)
        return
    store = DocBin()
    for doc in extractor.nlp.pipe((d.text for d in documents), batch_size=32):
        store.add(doc)
    if cache is not None:
        cache.write_bytes(store.to_bytes())
    yield from zip(store.get_docs(extractor.nlp.vocab), documents, strict=True)


def examples(records: list[dict], cache: Path | None) -> list[tuple[list[str], str]]:
    """(features, label) of every candidate of every training document, in document order."""
    extractor = Extractor()
    stages = [s for s in extractor.stages if s.name not in ("events", "relations")]
    found: list[tuple[list[str], str]] = []
    started = time.monotonic()
    for n, ((doc, document), record) in enumerate(
        zip(parsed(extractor, records, cache), records, strict=True)
    ):
        analysis = Analysis(document=document, settings=extractor.settings, doc=doc)
        run_stages(stages, analysis)
        heads = gold_heads(record)
        text = document.text
        triggers = modelled_triggers(doc)
        if not triggers:
            continue
        rules = document_rule_heads(doc, analysis, triggers)
        for candidate, trigger in role_model.candidates(doc, triggers, rules):
            found.append(
                (
                    role_model.features(candidate, doc, trigger),
                    label(text[candidate.start : candidate.end], heads),
                )
            )
        if n % 100 == 0:
            print(f"{n} documents, {len(found)} examples, {time.monotonic() - started:.0f}s", file=sys.stderr)
    return found


def train(
    data: list[tuple[list[str], str]], *, epochs: int, rate: float, l2: float, min_count: int
) -> dict[str, list[float]]:
    """Multinomial logistic regression by stochastic gradient descent (AdaGrad steps, L2)."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows = [np.array(sorted({index[f] for f in feats if f in index}), dtype=np.int64) for feats, _ in data]
    labels = np.array([role_model.CLASSES.index(y) for _, y in data])
    weights = np.zeros((len(names), len(role_model.CLASSES)))
    squares = np.full_like(weights, 1e-6)
    rng = np.random.default_rng(SEED)
    for epoch in range(epochs):
        order = rng.permutation(len(rows))
        loss = 0.0
        for i in order:
            idx = rows[i]
            scores = weights[idx].sum(axis=0)
            scores -= scores.max()
            p = np.exp(scores)
            p /= p.sum()
            loss -= np.log(p[labels[i]] + 1e-12)
            p[labels[i]] -= 1.0
            grad = p[None, :] + l2 * weights[idx]
            squares[idx] += grad**2
            weights[idx] -= rate * grad / np.sqrt(squares[idx])
        print(f"epoch {epoch + 1}: loss {loss / len(rows):.4f}", file=sys.stderr)
    return {
        name: [round(float(w), 3) for w in weights[i]]
        for i, name in enumerate(names)
        if np.abs(weights[i]).max() >= 0.02
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="MUC-4 processed/train.json (GTT format)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="keep the spaCy parses in this file between runs")
    args = parser.parse_args(argv)
    raw = args.train.read_bytes()
    records = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    data = examples(records, args.cache)
    weights = train(data, epochs=args.epochs, rate=args.rate, l2=args.l2, min_count=args.min_count)
    model = {
        "version": 1,
        "feature_version": role_model.FEATURE_VERSION,
        "classes": list(role_model.CLASSES),
        "training": {
            "command": (
                f"python training/train_muc4_roles.py {args.train.name} --epochs {args.epochs} "
                f"--rate {args.rate} --l2 {args.l2} --min-count {args.min_count}"
            ),
            "data": "MUC-4 train split (GTT processed/train.json, MUC DEV 0001-1300)",
            "data_sha256": hashlib.sha256(raw).hexdigest(),
            "documents": len(records),
            "examples": len(data),
            "seed": SEED,
        },
        "organisation_heads": organisation_heads(records, min_count=args.min_count),
        "weights": weights,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(weights)} features written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
