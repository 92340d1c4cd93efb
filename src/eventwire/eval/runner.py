"""Which datasets exist, where their data lives, how to run one, and the floor gate over all of them."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.extractor import Extractor, make_extractor
from eventwire.eval.scoring import Accuracy, Counts, DatasetReport, ErrorRecord, FieldScore
from eventwire.settings import Settings

Evaluate = Callable[..., DatasetReport]

# dataset name -> (module, function); imported only when that dataset runs.
DATASETS: dict[str, tuple[str, str]] = {
    "coref": ("eventwire.eval.coref", "evaluate_coref"),
    "gva": ("eventwire.eval.gva", "evaluate_gva"),
    "ipe": ("eventwire.eval.ipe", "evaluate_ipe"),
    "muc4": ("eventwire.eval.muc4", "evaluate_muc4"),
    "seed": ("eventwire.eval.seed", "evaluate_seed"),
    "wikievents": ("eventwire.eval.wikievents", "evaluate_wikievents"),
}
_GEO = ("eventwire.eval.geo", "evaluate_geo")


def dataset_names() -> list[str]:
    """The datasets ``eventwire eval`` knows, geo included when its scorer is installed."""
    names = set(DATASETS)
    if importlib.util.find_spec(_GEO[0]) is not None:
        names.add("geo")
    return sorted(names)


def default_data_dir() -> Path:
    """``$EVENTWIRE_DATA``, else ``../shared/data`` relative to the current directory."""
    return Path(os.environ.get("EVENTWIRE_DATA") or Path("..") / "shared" / "data")


class DataMissingError(FileNotFoundError):
    """The evaluation data is not where it was looked for."""


def run_dataset(
    name: str,
    *,
    data_dir: Path,
    limit: int | None,
    extractor: Extractor | None = None,
    settings: Settings | None = None,
) -> DatasetReport:
    """Score one dataset on its first ``limit`` documents."""
    if not data_dir.is_dir():
        raise DataMissingError(
            f"expected the evaluation data in {data_dir}, found no such directory "
            "(pass --data or set EVENTWIRE_DATA)"
        )
    if name == "geo":
        return _run_geo(data_dir, limit=limit, settings=settings)
    if name not in DATASETS:
        raise KeyError(f"unknown dataset {name!r}: expected one of {', '.join(dataset_names())}")
    module, function = DATASETS[name]
    evaluate: Evaluate = getattr(importlib.import_module(module), function)
    return evaluate(data_dir, limit=limit, extractor=extractor or make_extractor(settings))


def _run_geo(data_dir: Path, *, limit: int | None, settings: Settings | None) -> DatasetReport:
    """Adapt the GeoWebNews scorer (``eval/geo.py``, its own GeoReport) to a DatasetReport."""
    import spacy

    module = importlib.import_module(_GEO[0])
    nlp = spacy.load((settings or Settings()).spacy_model)
    report = getattr(module, _GEO[1])(data_dir, limit=limit, nlp=nlp)
    gold, predicted = report.gold_toponyms, report.predicted_toponyms
    recognition = Counts(
        tp=report.matched_gold, fp=predicted - report.matched_predicted, fn=gold - report.matched_gold
    )
    rows = (
        FieldScore(name="recognition", counts=recognition),
        FieldScore(
            name="resolution_161km", accuracy=Accuracy(correct=report.within_161km, total=report.resolved)
        ),
        FieldScore(name="country", accuracy=Accuracy(correct=report.correct_country, total=report.resolved)),
    )
    errors = tuple(
        ErrorRecord(
            dataset="geo",
            doc_id=error.article,
            field="resolution",
            kind="miss" if error.predicted is None else "wrong",
            gold=f"{error.gold_name} ({error.gold_lat:.2f}, {error.gold_lon:.2f})",
            predicted=error.predicted
            if error.predicted is None or error.predicted_lat is None or error.predicted_lon is None
            else f"{error.predicted} ({error.predicted_lat:.2f}, {error.predicted_lon:.2f})",
            text=error.text,
        )
        for error in report.errors
    )
    return DatasetReport(
        dataset="geo",
        documents=report.articles,
        fields=rows,
        notes=(f"median error {report.median_km:.1f} km, {report.unresolved} gold toponyms unresolved",),
        errors=errors,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Floor:
    dataset: str
    limit: int | None
    fields: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Shortfall:
    """A field under its pinned floor (or missing from the report)."""

    dataset: str
    field: str
    value: float | None
    floor: float


def read_floors(path: Path) -> list[Floor]:
    """The pinned floors: ``{dataset: {"limit": N, "fields": {field: floor}, "reasons": {...}}}``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [
        Floor(dataset=name, limit=spec.get("limit"), fields=tuple(sorted(spec.get("fields", {}).items())))
        for name, spec in raw.items()
        if not name.startswith("_")
    ]


def check_floors(report: DatasetReport, floor: Floor) -> list[Shortfall]:
    """Every field of ``floor`` the report falls under (a tiny epsilon absorbs float rounding)."""
    shortfalls = []
    for name, minimum in floor.fields:
        row = report.field(name)
        value = row.value if row is not None else None
        if value is None or value + 1e-9 < minimum:
            shortfalls.append(Shortfall(dataset=report.dataset, field=name, value=value, floor=minimum))
    return shortfalls


def run_gate(
    floors_path: Path, *, data_dir: Path, extractor: Extractor | None = None, settings: Settings | None = None
) -> tuple[list[DatasetReport], list[Shortfall]]:
    """Run every dataset of the floors file at its pinned limit; return the reports and the shortfalls."""
    reports, shortfalls = [], []
    shared = extractor or make_extractor(settings)
    for floor in read_floors(floors_path):
        report = run_dataset(
            floor.dataset, data_dir=data_dir, limit=floor.limit, extractor=shared, settings=settings
        )
        reports.append(report)
        shortfalls.extend(check_floors(report, floor))
    return reports, shortfalls


def write_errors(reports: list[DatasetReport], path: Path) -> int:
    """Write every error of ``reports`` as JSON Lines; return how many."""
    from dataclasses import asdict

    count = 0
    with path.open("w", encoding="utf-8") as f:
        for report in reports:
            for error in report.errors:
                f.write(json.dumps(asdict(error), ensure_ascii=False) + "\n")
                count += 1
    return count


def write_numbers(reports: list[DatasetReport], path: Path) -> None:
    """Write the numbers of ``reports`` as one JSON object keyed by dataset."""
    path.write_text(json.dumps({r.dataset: r.to_json() for r in reports}, indent=2) + "\n", encoding="utf-8")
