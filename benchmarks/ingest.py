"""Ingestion speed and memory: articles/s with 1 and 2 worker processes on real GVA news, into a temporary
store, and peak resident memory of the parent and of its workers.

    /work/venv/bin/python benchmarks/ingest.py [--limit 1000] [--workers 1 2] [--data PATH]

Each configuration runs in a fresh process (peak memory is a per-process high-water mark), on the same
articles: the first ``--limit`` documents of ``incidents_dev.jsonl`` with at least 200 characters of
content (shorter ones are crawl failures). Times include starting the workers and loading the model.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "gva-longtail" / "incidents_dev.jsonl"
)
MIN_CHARS = 200


def read_articles(path: Path, limit: int) -> list:
    from eventwire.ingest.article import Article
    from eventwire.ingest.tabular import parse_published

    articles: list[Article] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            for index, document in enumerate(json.loads(line).get("documents") or [], start=1):
                text = document.get("content") or ""
                if len(text) < MIN_CHARS:
                    continue
                try:
                    published = parse_published(document["dct"]) if document.get("dct") else None
                except ValueError:
                    published = None
                articles.append(
                    Article(
                        text=text,
                        origin=f"{path.name}:{number}#{index}",
                        title=document.get("title"),
                        url=document.get("uri"),
                        published=published,
                    )
                )
                if len(articles) == limit:
                    return articles
    return articles


def run_one(data: Path, limit: int, workers: int) -> dict[str, float]:
    """Ingest the articles into a fresh temporary store; what it took."""
    from eventwire.ingest.batch import ingest_articles
    from eventwire.settings import Settings
    from eventwire.store.store import Store

    articles = read_articles(data, limit)
    chars = sum(len(a.text) for a in articles)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings().with_db_path(Path(folder) / "bench.db")
        store = Store.open(settings)
        started = time.perf_counter()
        report = ingest_articles(articles, store=store, settings=settings, workers=workers)
        seconds = time.perf_counter() - started
        counts = store.counts()
        store.close()
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest of the (finished) workers.
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "workers": workers,
        "articles": len(articles),
        "chars": chars,
        "seconds": seconds,
        "articles_per_s": len(articles) / seconds,
        "stored": len(report.stored),
        "near_duplicates": report.near_duplicates,
        "skipped": len(report.skipped),
        "events": counts.events_of_originals,
        "parent_peak_mb": parent,
        "worker_peak_mb": children,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--single", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.single is not None:
        print(json.dumps(run_one(args.data, args.limit, args.single)))
        return
    rows = []
    for workers in args.workers:
        command = [
            sys.executable,
            __file__,
            "--data",
            str(args.data),
            "--limit",
            str(args.limit),
            "--single",
            str(workers),
        ]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    print(
        f"{'workers':>7} {'articles':>8} {'seconds':>8} {'art/s':>6} {'stored':>6} {'copies':>6} "
        f"{'skipped':>7} {'events':>6} {'parent MB':>9} {'worker MB':>9}"
    )
    for r in rows:
        worker_mb = f"{r['worker_peak_mb']:9.0f}" if r["workers"] > 1 else f"{'-':>9}"
        print(
            f"{r['workers']:>7} {r['articles']:>8} {r['seconds']:>8.1f} {r['articles_per_s']:>6.1f} "
            f"{r['stored']:>6} {r['near_duplicates']:>6} {r['skipped']:>7} {r['events']:>6} "
            f"{r['parent_peak_mb']:>9.0f} {worker_mb}"
        )


if __name__ == "__main__":
    main()
