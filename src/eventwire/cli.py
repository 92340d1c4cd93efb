"""The command line: each command parses its options, calls one library function, and renders.

Errors in the input are one line on stderr naming the input and the problem, with exit status 2.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from eventwire.errors import EventwireError
from eventwire.eval.command import eval_command
from eventwire.ingest.article import Article
from eventwire.ingest.files import read_articles
from eventwire.models import Extraction
from eventwire.settings import DEFAULT_DB, Settings

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
        settings = settings.with_db_path(db)
    if model is not None:
        settings = Settings.from_env(spacy_model=model, database_url=settings.database_url)
    return settings


db_option = click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file of the store.")
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


def _ingest(articles: Iterable[Article], settings: Settings) -> tuple[list[Extraction], list[str]]:
    from eventwire.extract.extractor import get_extractor
    from eventwire.store.store import Store

    store = Store.open(settings)
    extractor = get_extractor(settings)
    extractions = list(extractor.extract_articles(articles))
    result = store.write(extractions)
    store.close()
    return extractions, list(result.added)


@main.command()
@click.argument("files", nargs=-1)
@db_option
@_with_metadata
@click.option("--examples", is_flag=True, help="Ingest the example articles that come with eventwire.")
@model_option
@_fail_cleanly
def ingest(
    files: tuple[str, ...],
    db: str,
    published: dt.date | None,
    title: str | None,
    url: str | None,
    examples: bool,
    model: str | None,
) -> None:
    """Extract articles (text files, folders, '-') and store them; an article already stored is skipped."""
    if not files and not examples:
        raise click.UsageError("expected FILE arguments or --examples, found neither")
    settings = _settings(db=db, model=model)
    # Read and check every input before extracting anything, so a bad one leaves the store untouched.
    articles = (
        list(
            read_articles(
                list(files), max_bytes=settings.max_article_bytes, published=published, title=title, url=url
            )
        )
        if files
        else []
    )
    if examples:
        articles += _example_articles()
    extractions, added = _ingest(articles, settings)
    already = len(extractions) - len(added)
    events = sum(len(e.events) for e in extractions if e.document.id in added)
    click.echo(
        f"{len(added)} article(s) stored, {already} already stored; {events} event(s) found. Store: {db}"
    )
    from eventwire.render import render_event_line

    for extraction in extractions:
        if extraction.document.id in added:
            for event in extraction.events:
                click.echo("  " + render_event_line(event))


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
    "--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@_fail_cleanly
def events(
    db: str,
    event_type: str | None,
    place: str | None,
    since: dt.date | None,
    until: dt.date | None,
    text: str | None,
    limit: int,
    output_format: str,
) -> None:
    """List stored events."""
    from eventwire.render import render_summary_line
    from eventwire.store.queries import EventFilter
    from eventwire.store.store import Store

    _require_store(db)
    store = Store.open(_settings(db=db))
    rows = store.events(
        EventFilter(type=event_type, place=place, since=since, until=until, text=text, limit=limit)
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


def _require_store(db: str) -> None:
    if not Path(db).exists():
        raise EventwireError(f"{db}: expected a store made by 'eventwire ingest', found no such file")


@main.command()
@click.argument("event_id")
@db_option
@click.option(
    "--color/--no-color", default=None, help="Highlight evidence with colour (default: when a terminal)."
)
@_fail_cleanly
def show(event_id: str, db: str, color: bool | None) -> None:
    """Show one stored event with every fact and the sentence that states it."""
    from eventwire.render import render_event
    from eventwire.store.store import Store

    _require_store(db)
    found = Store.open(_settings(db=db)).event(event_id)
    if found is None:
        raise EventwireError(f"{event_id}: expected the id of a stored event, found no such event in {db}")
    event, extraction = found
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(render_event(event, extraction, color=use_color), color=use_color)
