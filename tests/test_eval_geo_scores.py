"""The GeoWebNews scorer, on the real data when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.eval.geo import evaluate_geo, haversine_km, read_geocoding

DATA = Path(os.environ.get("EVENTWIRE_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.2),
        ((51.5, -0.13), (48.86, 2.35), 343.0),
    ],
)
def test_eval_geo_haversine_measures_great_circle_km(
    a: tuple[float, float], b: tuple[float, float], km: float
) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.01)


def test_eval_geo_reads_a_geocoding_line() -> None:
    article, gold = read_geocoding("7\tAl-Qamishli District,,Qamishli,,36.85071,,41.17243,,216,,224||")
    assert article == "7"
    assert gold == [("Al-Qamishli District", "Qamishli", 36.85071, 41.17243, 216, 224)]


def test_eval_geo_scores_resolution_on_geowebnews() -> None:
    if not (DATA / "geowebnews" / "Geocoding" / "gwn_dev.tsv").exists():
        pytest.skip(f"GeoWebNews not found under {DATA} (set EVENTWIRE_DATA)")
    report = evaluate_geo(DATA / "geowebnews", limit=10)
    assert report.articles == 10
    assert report.resolved > 0
    assert 0.0 <= report.accuracy_161km <= 1.0
