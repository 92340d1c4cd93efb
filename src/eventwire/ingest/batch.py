"""Ingesting a stream of articles into the store: each article once, resumably, on several processes.

The rules, in the order an article meets them:

1. An input that cannot be read as an article (a bad JSONL/CSV row, a feed item without text, one bad
   file in a folder) is recorded as skipped with reason ``unreadable`` and the batch goes on. (Inputs
   named by the caller that cannot be opened at all are refused earlier, by
   :func:`~eventwire.ingest.sources.open_sources`, before anything is stored.)
2. An article whose content id is already stored, or was already seen in this run, is not extracted
   again: it is counted as already stored. This is what makes a run killed half-way (even by
   ``kill -9``) resume on the next run without losing or duplicating anything.
3. An article in a language no installed pipeline reads is skipped with reason ``language``.
4. Extraction is a pure function of the article and the settings, so batches are mapped to worker
   processes (each builds its extractor once) and the results written here, in input order. One article
   on which the extractor fails is skipped with reason ``extraction`` (and retried on the next run);
   the rest of its batch is stored.
5. A near-duplicate (a syndicated copy) of an article stored before, in this run or an earlier one, is
   stored with ``duplicate_of`` naming the first copy. The MinHash signatures of originals are stored
   with them (1 KB each) and loaded when a run starts: cheaper than re-shingling every stored text, and
   the index stays exact across runs.
6. Each batch -- documents, signatures and skips -- is written in one transaction.

Skips are rows of ``ingest_skips``, counted by ``eventwire stats``; nothing is left out silently.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from eventwire.ingest.article import Article
from eventwire.ingest.cleaning import clean_text, document_id
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.language import check_language, supported_languages
from eventwire.ingest.near_duplicates import DEFAULT_THRESHOLD, NearDuplicateIndex
from eventwire.models import Extraction
from eventwire.settings import Settings
from eventwire.store.store import Store
from eventwire.store.writer import Signature, Skip

__all__ = [
    "BatchReport",
    "SkippedInput",
    "extract_batch",
    "ingest_articles",
    "load_near_duplicate_index",
    "watch",
]

LANGUAGE = "language"
UNREADABLE = "unreadable"
EXTRACTION = "extraction"


@dataclass(frozen=True, slots=True, kw_only=True)
class SkippedInput:
    """An input left out of the store: ``reason`` is ``unreadable``, ``language`` or ``extraction``."""

    origin: str
    reason: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchReport:
    """What an ingestion did."""

    read: int = 0
    """Articles and unreadable inputs taken from the stream."""
    stored: tuple[str, ...] = ()
    """Ids of the documents stored by this run, near-duplicates included."""
    already_stored: int = 0
    near_duplicates: int = 0
    """How many of ``stored`` are near-duplicates of an earlier document."""
    events: int = 0
    """Events of the stored documents that are not near-duplicates."""
    skipped: tuple[SkippedInput, ...] = ()
    seconds: float = 0.0

    def count(self, reason: str) -> int:
        """How many inputs were skipped for ``reason``."""
        return sum(1 for s in self.skipped if s.reason == reason)

    def __add__(self, other: BatchReport) -> BatchReport:
        return BatchReport(
            read=self.read + other.read,
            stored=self.stored + other.stored,
            already_stored=self.already_stored + other.already_stored,
            near_duplicates=self.near_duplicates + other.near_duplicates,
            events=self.events + other.events,
            skipped=self.skipped + other.skipped,
            seconds=self.seconds + other.seconds,
        )


# --- extraction, in this process or in workers -------------------------------------------------------


def _start_worker(settings: Settings) -> None:
    """Build the extractor once per worker process, before its first batch arrives."""
    from eventwire.extract.extractor import get_extractor

    get_extractor(settings)


def extract_batch(articles: Sequence[Article], settings: Settings) -> list[Extraction | str]:
    """The extraction of each article, or the problem that stopped it, in order.

    spaCy parses the batch at once; if anything fails, the articles are redone one by one so that only
    the bad one is lost.
    """
    from eventwire.extract.extractor import get_extractor, make_document

    extractor = get_extractor(settings)
    try:
        return list(extractor.extract_articles(articles))
    except Exception:  # one article broke the batch: find it by going one at a time
        pass
    results: list[Extraction | str] = []
    for article in articles:
        try:
            results.append(extractor.extract_document(make_document(article)))
        except Exception as error:  # a bug in a stage must cost one article, not the batch
            results.append(f"expected the extractor to finish, found {type(error).__name__}: {error}")
    return results


class _Inline(Executor):
    """Runs each submitted batch at once, in this process: ``--workers 1`` without a pool."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def _executor(settings: Settings, workers: int) -> Executor:
    if workers <= 1:
        return _Inline()
    # spawn, not fork: the parent holds threads (tqdm, the fetcher) and a database engine.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(settings,),
    )


# --- near-duplicates across runs ---------------------------------------------------------------------


def load_near_duplicate_index(store: Store, *, threshold: float = DEFAULT_THRESHOLD) -> NearDuplicateIndex:
    """A near-duplicate index holding every original already in the store, from stored signatures."""
    index = NearDuplicateIndex(threshold=threshold)
    for key, num_perm, seed, shingle_words, values in store.signatures():
        if (num_perm, seed, shingle_words) == (index.num_perm, index.seed, index.shingle_words):
            index.insert(key, index.from_bytes(values))
    return index


# --- the run -----------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class _Batch:
    """One batch on its way: what goes to the extractor, and what was decided before."""

    articles: list[Article] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    already_stored: int = 0
    read: int = 0


def _chunks(items: Iterable[Article | IngestFailure], size: int) -> Iterator[list[Article | IngestFailure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Run:
    """The state of one :func:`ingest_articles` call."""

    def __init__(self, store: Store, settings: Settings, *, check_languages: bool) -> None:
        self.store = store
        self.settings = settings
        self.supported = supported_languages(settings) if check_languages else None
        self.index = load_near_duplicate_index(store)
        self.seen: set[str] = set()

    def prepare(self, chunk: list[Article | IngestFailure]) -> _Batch:
        batch = _Batch(read=len(chunk))
        fresh: list[tuple[str, Article]] = []
        for item in chunk:
            if isinstance(item, IngestFailure):
                batch.skips.append(
                    Skip(key=item.origin, reason=UNREADABLE, origin=item.origin, problem=item.problem)
                )
                continue
            key = document_id(clean_text(item.text).text)
            if key in self.seen:
                batch.already_stored += 1
                continue
            self.seen.add(key)
            fresh.append((key, item))
        stored = self.store.stored_ids([key for key, _ in fresh]) if fresh else set()
        for key, article in fresh:
            if key in stored:
                batch.already_stored += 1
                continue
            skip = check_language(article, supported=self.supported) if self.supported is not None else None
            if skip is not None:
                batch.skips.append(
                    Skip(
                        key=key,
                        reason=LANGUAGE,
                        origin=article.origin,
                        problem=skip.problem,
                        language=skip.language,
                    )
                )
                continue
            batch.articles.append(article)
            batch.ids.append(key)
        return batch

    def write(self, batch: _Batch, results: list[Extraction | str]) -> tuple[BatchReport, list[Extraction]]:
        """Store a batch's extractions; its report and the stored originals (not near-duplicates)."""
        extractions: list[Extraction] = []
        duplicate_of: dict[str, str] = {}
        signatures: list[Signature] = []
        skips = list(batch.skips)
        for article, key, result in zip(batch.articles, batch.ids, results, strict=True):
            if isinstance(result, str):
                skips.append(Skip(key=key, reason=EXTRACTION, origin=article.origin, problem=result))
                continue
            document = result.document
            duplicate = self.index.add(document.id, document.text)
            if duplicate is not None:
                duplicate_of[document.id] = duplicate.original
            elif (minhash := self.index.signature_of(document.id)) is not None:
                signatures.append(
                    Signature(
                        document_id=document.id,
                        num_perm=self.index.num_perm,
                        seed=self.index.seed,
                        shingle_words=self.index.shingle_words,
                        hashvalues=self.index.to_bytes(minhash),
                    )
                )
            extractions.append(result)
        written = self.store.write_batch(
            extractions, duplicate_of=duplicate_of, signatures=signatures, skips=skips
        )
        added = set(written.added)
        originals = [e for e in extractions if e.document.id in added and e.document.id not in duplicate_of]
        report = BatchReport(
            read=batch.read,
            stored=written.added,
            already_stored=batch.already_stored + len(written.already_stored),
            near_duplicates=sum(1 for doc_id in duplicate_of if doc_id in added),
            events=sum(len(e.events) for e in originals),
            skipped=tuple(SkippedInput(origin=s.origin, reason=s.reason, problem=s.problem) for s in skips),
        )
        return report, originals


def ingest_articles(
    items: Iterable[Article | IngestFailure],
    *,
    store: Store,
    settings: Settings,
    workers: int = 1,
    progress: bool = False,
    total: int | None = None,
    check_languages: bool = True,
    on_stored: Callable[[Sequence[Extraction]], None] | None = None,
) -> BatchReport:
    """Extract and store every new article of ``items``, in batches of ``settings.batch_size``.

    ``workers`` > 1 extracts on that many processes; results are written here in input order, so the
    store ends the same whatever the number of workers. ``progress`` shows a bar on standard error
    (with ``total``, an ETA too). ``on_stored`` is called with the stored extractions of each batch that
    are not near-duplicates. See the module's docstring for what is skipped and why.
    """
    from tqdm import tqdm

    started = time.monotonic()
    run = _Run(store, settings, check_languages=check_languages)
    report = BatchReport()
    in_flight = max(1, workers) * 2
    pending: deque[tuple[_Batch, Future[list[Extraction | str]]]] = deque()
    bar = tqdm(
        total=total, unit="article", file=sys.stderr, disable=not progress, dynamic_ncols=True, smoothing=0.1
    )

    def finish_oldest() -> None:
        nonlocal report
        batch, future = pending.popleft()
        batch_report, originals = run.write(batch, future.result())
        report += batch_report
        bar.update(batch.read)
        bar.set_postfix(
            stored=len(report.stored),
            copies=report.near_duplicates,
            skipped=len(report.skipped),
            refresh=False,
        )
        if on_stored is not None and originals:
            on_stored(originals)

    with bar, _executor(settings, workers) as executor:
        for chunk in _chunks(items, settings.batch_size):
            batch = run.prepare(chunk)
            future: Future[list[Extraction | str]]
            if batch.articles:
                future = executor.submit(extract_batch, batch.articles, settings)
            else:
                future = Future()
                future.set_result([])
            pending.append((batch, future))
            while len(pending) >= in_flight or (pending and pending[0][1].done()):
                finish_oldest()
        while pending:
            finish_oldest()
    return BatchReport(
        read=report.read,
        stored=report.stored,
        already_stored=report.already_stored,
        near_duplicates=report.near_duplicates,
        events=report.events,
        skipped=report.skipped,
        seconds=time.monotonic() - started,
    )


def watch(
    poll: Callable[[], BatchReport],
    *,
    every: float,
    max_polls: int | None = None,
    on_poll: Callable[[int, BatchReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    wait_first: bool = False,
) -> BatchReport:
    """Call ``poll`` every ``every`` seconds (``max_polls`` times at most) and add up what it did.

    With ``wait_first``, the first poll comes after one wait (the caller has just polled). Ctrl-C ends
    the watch cleanly between or during polls: a poll cut short has stored whole batches only.
    """
    total = BatchReport()
    polls = 0
    try:
        if wait_first:
            sleep(every)
        while max_polls is None or polls < max_polls:
            started = time.monotonic()
            report = poll()
            polls += 1
            total += report
            if on_poll is not None:
                on_poll(polls, report)
            if max_polls is not None and polls >= max_polls:
                break
            sleep(max(0.0, every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        pass
    return total
