"""First-level regions sit near the middle of their territory, not of their towns."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km
from eventwire.extract.gazetteer import Gazetteer, _extent_centre


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Manitoba", "CA", 55.0, -97.0),
        ("British Columbia", "CA", 54.0, -125.0),
        ("New South Wales", "AU", -33.0, 146.0),
    ],
)
def test_gazetteer_region_point_lies_near_its_middle(name: str, country: str, lat: float, lon: float) -> None:
    entry = next(e for e in Gazetteer.load().candidates(name) if e.feature == "admin1")
    assert entry.country_code == country
    assert haversine_km(lat, lon, entry.lat, entry.lon) < 161


def test_gazetteer_extent_centre_crosses_the_antimeridian() -> None:
    lat, lon = _extent_centre([51.0, 55.0], [178.0, -170.0])
    assert lat == 53.0 and (lon > 175 or lon < -175)
