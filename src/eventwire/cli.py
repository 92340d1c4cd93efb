"""The command line: each command parses its options, calls one library function, and renders.

Errors in the input are one line on stderr naming the input and the problem, with exit status 2.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import wraps
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from eventwire.errors import EventwireError
from eventwire.eval.command import eval_command
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.files import read_articles
from eventwire.models import Extraction
from eventwire.settings import DEFAULT_DB, Settings

if TYPE_CHECKING:
    from eventwire.ingest.batch import BatchReport

F = TypeVar("F", bound=Callable[..., Any])


def _fail_cleanly(command: F) -> F:
    """Turn eventwire's errors into one line on stderr and exit status 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except EventwireError as error:
            click.echo(f"eventwire: error: {error}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date as YYYY-MM-DD, found {value!r}") from None


def _settings(db: str | None = None, model: str | None = None) -> Settings:
    settings = Settings.from_env()
    if db is not None:
        settings = replace(settings, database_url=db) if _is_url(db) else settings.with_db_path(db)
    if model is not None:
        settings = replace(settings, spacy_model=model)
    return settings


def _is_url(db: str) -> bool:
    return "://" in db


def _store_name(db: str | None) -> str:
    """How to name the store in messages: the path or URL as given (without a password)."""
    from sqlalchemy.engine import make_url

    url = _settings(db=db).database_url
    if url.startswith("sqlite:///"):
        return db if db is not None and not _is_url(db) else url.removeprefix("sqlite:///")
    return make_url(url).render_as_string(hide_password=True)


db_option = click.option(
    "--db",
    default=None,
    help=f"The store: a SQLite file, or a SQLAlchemy URL such as postgresql+psycopg://user@host/name "
    f"[default: $EVENTWIRE_DATABASE_URL, else {DEFAULT_DB}].",
)
model_option = click.option("--model", default=None, help="Name of an installed spaCy pipeline to use.")
metadata_options = [
    click.option(
        "--published",
        callback=_iso_date,
        help="Publication date (YYYY-MM-DD): the anchor for relative dates.",
    ),
    click.option("--title", default=None, help="Title of the article."),
    click.option("--url", default=None, help="URL of the article."),
]


def _with_metadata(command: F) -> F:
    for option in reversed(metadata_options):
        command = option(command)
    return command


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: news articles in, a sourced and queryable database of events out."""


main.add_command(eval_command)


# --- extract -----------------------------------------------------------------------------------------


def _table(extraction: Extraction) -> str:
    from eventwire.render import render_extraction

    return render_extraction(extraction)


@main.command()
@click.argument("files", nargs=-1, required=True)
@_with_metadata
@click.option(
    "--format", "output_format", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@model_option
@_fail_cleanly
def extract(
    files: tuple[str, ...],
    published: dt.date | None,
    title: str | None,
    url: str | None,
    output_format: str,
    model: str | None,
) -> None:
    """Print the extraction of each article FILE ('-' for stdin): JSON, JSON Lines for several, or a table."""
    from eventwire.extract.extractor import get_extractor

    settings = _settings(model=model)
    articles = list(
        read_articles(
            list(files), max_bytes=settings.max_article_bytes, published=published, title=title, url=url
        )
    )
    extractions = get_extractor(settings).extract_articles(articles)
    for extraction in extractions:
        if output_format == "table":
            click.echo(_table(extraction))
        else:
            indent = 2 if len(articles) == 1 else None
            click.echo(json.dumps(extraction.to_json(), ensure_ascii=False, indent=indent))


# --- ingest ------------------------------------------------------------------------------------------


def _example_articles() -> list[Article]:
    from eventwire.examples import example_articles

    return example_articles()


def _duration(_ctx: click.Context, _param: click.Parameter, value: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = value.strip().lower()
    try:
        seconds = float(text[:-1]) * units[text[-1]] if text[-1:] in units else float(text)
    except (ValueError, IndexError):
        seconds = -1.0
    if seconds <= 0:
        raise click.BadParameter(f"expected a duration like 30s, 10m or 1h, found {value!r}")
    return seconds


_MAX_LINES = 50
"""Event lines and skipped inputs listed after an ingestion; beyond this, a count and where to look."""


def _with_metadata_filled(
    items: Iterable[Article | IngestFailure], *, published: dt.date | None, title: str | None, url: str | None
) -> Iterator[Article | IngestFailure]:
    """The items, with the command line's metadata where an article has none of its own."""
    for item in items:
        if isinstance(item, Article) and (published or title or url):
            item = replace(
                item,
                published=item.published or published,
                title=item.title or title,
                url=item.url or url,
            )
        yield item


@main.command()
@click.argument("inputs", nargs=-1)
@db_option
@_with_metadata
@click.option("--examples", is_flag=True, help="Ingest the example articles that come with eventwire.")
@click.option("--text-column", default=None, help="Dataset column of the text [text, content, body...].")
@click.option("--title-column", default=None, help="Dataset column of the title [title, headline].")
@click.option("--url-column", default=None, help="Dataset column of the URL [url, link, uri].")
@click.option(
    "--published-column", default=None, help="Dataset column of the date [published, date, dct...]."
)
@click.option("--source-column", default=None, help="Dataset column of the outlet [source, site...].")
@click.option(
    "--records-field", default=None, help="JSONL: a list of article objects in each line (e.g. documents)."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes extracting in parallel.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=None,
    help="Articles per batch and per store transaction [32].",
)
@click.option("--quiet", is_flag=True, help="No progress bar (there is none when stderr is not a terminal).")
@click.option(
    "--fetch-pages/--no-fetch-pages",
    default=True,
    show_default=True,
    help="Fetch each feed item's page, or read items from their summaries.",
)
@click.option(
    "--fetch-interval",
    type=click.FloatRange(0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to the same host.",
)
@click.option(
    "--allow-private-network",
    is_flag=True,
    help="Allow fetching from loopback and private addresses (an intranet, tests).",
)
@click.option("--watch", is_flag=True, help="Keep polling the INPUTS (feeds) and ingest what is new.")
@click.option(
    "--every",
    default="10m",
    show_default=True,
    callback=_duration,
    help="With --watch: time between polls (30s, 10m, 1h).",
)
@click.option("--max-polls", type=click.IntRange(1), default=None, help="With --watch: stop after N polls.")
@model_option
@_fail_cleanly
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    published: dt.date | None,
    title: str | None,
    url: str | None,
    examples: bool,
    text_column: str | None,
    title_column: str | None,
    url_column: str | None,
    published_column: str | None,
    source_column: str | None,
    records_field: str | None,
    workers: int,
    batch_size: int | None,
    quiet: bool,
    fetch_pages: bool,
    fetch_interval: float,
    allow_private_network: bool,
    watch: bool,
    every: float,
    max_polls: int | None,
    model: str | None,
) -> None:
    """Extract articles and store them: text and HTML files, folders (recursive), '-' for stdin, JSONL and
    CSV datasets, article URLs, and RSS/Atom feeds (files or URLs).

    \b
    An article already stored (same cleaned text) is not extracted again, so an interrupted run resumes.
    Near-duplicates (syndicated copies) are stored linked to their first copy; articles in a language
    without an installed pipeline, and unreadable rows, items or files inside an input, are skipped,
    recorded (see 'eventwire stats') and listed on stderr; the exit status is still 0.
    An input named here that cannot be opened at all stops the run with status 2 before anything is stored.
    """
    from eventwire.ingest.batch import ingest_articles
    from eventwire.ingest.batch import watch as watch_polls
    from eventwire.ingest.fetch import Fetcher, FetchOptions
    from eventwire.ingest.sources import SourceOptions, estimate_count, open_sources, read_sources
    from eventwire.ingest.tabular import Columns
    from eventwire.render import render_event_line
    from eventwire.store.store import Store

    if not inputs and not examples:
        raise click.UsageError("expected INPUTS or --examples, found neither")
    if watch and not inputs:
        raise click.UsageError("expected feeds to --watch, found none")
    settings = _settings(db=db, model=model)
    if batch_size is not None:
        settings = replace(settings, batch_size=batch_size)
    options = SourceOptions(
        settings=settings,
        columns=Columns(
            text=text_column,
            title=title_column,
            url=url_column,
            published=published_column,
            source=source_column,
            records=records_field,
        ),
        fetch=FetchOptions(min_host_interval=fetch_interval, allow_private_network=allow_private_network),
        fetch_feed_pages=fetch_pages,
    )
    # One fetcher for the whole run: its per-host clock, robots.txt and the validators (ETag,
    # Last-Modified) that let later polls of --watch skip feeds and pages the server says are unchanged.
    fetcher = Fetcher(options.fetch)
    store: Store | None = None
    event_lines: list[str] = []

    def collect(stored: Sequence[Extraction]) -> None:
        event_lines.extend("  " + render_event_line(e) for x in stored for e in x.events)

    progress = not quiet and sys.stderr.isatty()
    total = estimate_count(inputs, columns=options.columns) if progress else None

    def run(sources: Iterable[Article | IngestFailure]) -> BatchReport:
        assert store is not None
        return ingest_articles(
            _with_metadata_filled(sources, published=published, title=title, url=url),
            store=store,
            settings=settings,
            workers=workers,
            progress=progress,
            total=None if total is None else total + (len(examples_list) if examples else 0),
            on_stored=collect,
        )

    def poll() -> BatchReport:
        return run(read_sources(list(inputs), options=replace(options, only_changed=True), fetcher=fetcher))

    def on_poll(number: int, polled: BatchReport) -> None:
        _echo_report(polled, db, event_lines, poll=number + 1)
        event_lines.clear()

    examples_list = _example_articles() if examples else []
    try:
        # Every input is opened (its first article read) before anything is stored: a bad one exits 2.
        items = open_sources(list(inputs), options=options, fetcher=fetcher) if inputs else iter(())
        store = Store.open(settings)
        _echo_report(run(chain(items, examples_list)), db, event_lines, poll=1 if watch else None)
        event_lines.clear()
        if watch and max_polls != 1:
            remaining = None if max_polls is None else max_polls - 1
            watch_polls(poll, every=every, max_polls=remaining, on_poll=on_poll, wait_first=True)
    finally:
        if store is not None:
            store.close()
        fetcher.close()


def _echo_report(
    report: BatchReport, db: str | None, event_lines: list[str], *, poll: int | None = None
) -> None:
    from eventwire.ingest.batch import EXTRACTION, LANGUAGE, UNREADABLE

    prefix = f"poll {poll}: " if poll is not None else ""
    click.echo(
        f"{prefix}{len(report.stored)} article(s) stored, {report.already_stored} already stored; "
        f"{report.events} event(s) found. Store: {_store_name(db)}"
    )
    notes = [
        (report.near_duplicates, "near-duplicate(s) stored linked to their first copy"),
        (report.count(LANGUAGE), "skipped: language without an installed pipeline"),
        (report.count(UNREADABLE), "skipped: unreadable"),
        (report.count(EXTRACTION), "failed: extraction"),
    ]
    for count, what in notes:
        if count:
            click.echo(f"  {count} {what}")
    for line in event_lines[:_MAX_LINES]:
        click.echo(line)
    if len(event_lines) > _MAX_LINES:
        click.echo(f"  ... and {len(event_lines) - _MAX_LINES} more: eventwire events --db {_store_name(db)}")
    for skipped in report.skipped[:_MAX_LINES]:
        click.echo(f"eventwire: skipped ({skipped.reason}): {skipped}", err=True)
    if len(report.skipped) > _MAX_LINES:
        click.echo(f"eventwire: ... and {len(report.skipped) - _MAX_LINES} more: eventwire stats", err=True)


# --- events and show ---------------------------------------------------------------------------------


@main.command()
@db_option
@click.option("--type", "event_type", default=None, help="An event type or sub-type, e.g. Arrests.")
@click.option("--place", default=None, help="A place name, or an ISO country code.")
@click.option("--since", callback=_iso_date, help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_iso_date, help="Events on or before this date (YYYY-MM-DD).")
@click.option("--text", default=None, help="Words in the evidence sentence.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option(
    "--include-duplicates", is_flag=True, help="Also list the events of near-duplicate (syndicated) copies."
)
@click.option(
    "--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@_fail_cleanly
def events(
    db: str | None,
    event_type: str | None,
    place: str | None,
    since: dt.date | None,
    until: dt.date | None,
    text: str | None,
    limit: int,
    include_duplicates: bool,
    output_format: str,
) -> None:
    """List stored events."""
    from eventwire.render import render_summary_line
    from eventwire.store.queries import EventFilter
    from eventwire.store.store import Store

    _require_store(db)
    with Store.open(_settings(db=db)) as store:
        rows = store.events(
            EventFilter(
                type=event_type,
                place=place,
                since=since,
                until=until,
                text=text,
                limit=limit,
                include_duplicates=include_duplicates,
            )
        )
    for row in rows:
        if output_format == "json":
            click.echo(json.dumps({k: _jsonable(getattr(row, k)) for k in row.__slots__}, ensure_ascii=False))
        else:
            click.echo(render_summary_line(row))
    if output_format == "table":
        click.echo(f"{len(rows)} event(s)", err=True)


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _require_store(db: str | None) -> None:
    url = _settings(db=db).database_url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        name = _store_name(db)
        raise EventwireError(f"{name}: expected a store made by 'eventwire ingest', found no such file")


@main.command()
@click.argument("event_id")
@db_option
@click.option(
    "--color/--no-color", default=None, help="Highlight evidence with colour (default: when a terminal)."
)
@_fail_cleanly
def show(event_id: str, db: str | None, color: bool | None) -> None:
    """Show one stored event with every fact and the sentence that states it."""
    from eventwire.render import render_event
    from eventwire.store.store import Store

    _require_store(db)
    with Store.open(_settings(db=db)) as store:
        found = store.event(event_id)
    if found is None:
        raise EventwireError(
            f"{event_id}: expected the id of a stored event, found no such event in {_store_name(db)}"
        )
    event, extraction = found
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(render_event(event, extraction, color=use_color), color=use_color)


@main.command()
@click.argument("name")
@db_option
@_fail_cleanly
def entity(name: str, db: str | None) -> None:
    """Show everything stored about an entity NAME (or alias), in every article: a dossier."""
    from eventwire.store.dossier import build_dossier, render_dossier
    from eventwire.store.store import Store

    _require_store(db)
    with Store.open(_settings(db=db)) as store, store.engine.connect() as connection:
        dossier = build_dossier(connection, name)
    if dossier is None:
        raise EventwireError(
            f"{name}: expected the name or alias of a stored entity, found none in {_store_name(db)}"
        )
    click.echo(render_dossier(dossier))


# --- stats -------------------------------------------------------------------------------------------


@main.command()
@db_option
@click.option(
    "--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@_fail_cleanly
def stats(db: str | None, output_format: str) -> None:
    """Count what the store holds: documents, near-duplicates collapsed, skipped inputs, events, entities."""
    from dataclasses import asdict

    from eventwire.store.store import Store

    _require_store(db)
    with Store.open(_settings(db=db)) as store:
        counts = store.counts()
    if output_format == "json":
        click.echo(json.dumps(asdict(counts)))
        return
    rows = [
        ("documents", counts.documents, ""),
        ("near-duplicates collapsed", counts.near_duplicates, "stored, linked to their first copy"),
        ("skipped by language", counts.skipped_language, "no installed pipeline reads them"),
        ("unreadable inputs", counts.unreadable, "rows, feed items, files, pages"),
        ("failed extractions", counts.failed_extraction, "retried on the next ingest"),
        ("events", counts.events_of_originals, "not counting near-duplicates' copies"),
        ("events, with copies", counts.events, ""),
        ("entities", counts.entities, ""),
        ("relations", counts.relations, ""),
    ]
    for name, value, note in rows:
        click.echo(f"{name:<27}{value:>9,}" + (f"  ({note})" if note else ""))
