"""``eventwire eval``: a thin click shell over :mod:`eventwire.eval.runner`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventwire.eval.runner import (
    DataMissingError,
    dataset_names,
    default_data_dir,
    run_dataset,
    run_gate,
    write_errors,
    write_numbers,
)
from eventwire.eval.scoring import render_table

DEFAULT_FLOORS = Path("eval") / "floors.json"


@click.command("eval")
@click.argument("dataset", metavar="DATASET|gate")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Evaluation data folder (default: $EVENTWIRE_DATA, else ../shared/data).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score the first N documents only.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write misses and false alarms, with their text, as JSON Lines.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the numbers as JSON.",
)
@click.option(
    "--floors",
    "floors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_FLOORS,
    show_default=True,
    help="With `gate`: the pinned floors to check.",
)
def eval_command(
    dataset: str,
    data_dir: Path | None,
    limit: int | None,
    errors_path: Path | None,
    json_path: Path | None,
    floors_path: Path,
) -> None:
    """Score extraction on DATASET (muc4, gva, wikievents, ipe, seed, geo, coref), or `gate`: every dataset
    at its pinned limit, exiting 1 when a field is under its floor."""
    data = data_dir or default_data_dir()
    try:
        if dataset == "gate":
            reports, shortfalls = run_gate(floors_path, data_dir=data)
        elif dataset in dataset_names():
            reports, shortfalls = [run_dataset(dataset, data_dir=data, limit=limit)], []
        else:
            raise click.BadParameter(
                f"expected one of {', '.join([*dataset_names(), 'gate'])}, found {dataset!r}",
                param_hint="DATASET",
            )
    except DataMissingError as error:
        raise click.ClickException(str(error)) from error
    for report in reports:
        click.echo(render_table(report))
        click.echo()
    if errors_path is not None:
        click.echo(f"{write_errors(reports, errors_path)} errors written to {errors_path}")
    if json_path is not None:
        write_numbers(reports, json_path)
    for s in shortfalls:
        value = "missing" if s.value is None else f"{s.value:.3f}"
        click.echo(f"UNDER FLOOR {s.dataset} {s.field}: {value} < {s.floor:.3f}", err=True)
    if shortfalls:
        sys.exit(1)
    if dataset == "gate":
        click.echo(f"all floors of {floors_path} met")
