"""The country a GeoWebNews gold toponym lies in, which country accuracy is scored against."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import _GoldCountries
from eventwire.extract.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gold_country() -> _GoldCountries:
    return _GoldCountries(Gazetteer.load())


@pytest.mark.parametrize(
    ("name", "lat", "lon", "code"),
    [
        ("Georgia", 41.9, 43.4, "GE"),  # the country, at its own point
        ("Georgia", 32.7, -83.4, "US"),  # the state: a namesake of the country, far from it
        ("Fiji", -17.8, 178.0, "FJ"),
        ("Nashville", 36.17, -86.78, "US"),
    ],
)
def test_eval_geo_gold_country_trusts_a_country_name_only_near_that_country(
    gold_country: _GoldCountries, name: str, lat: float, lon: float, code: str
) -> None:
    assert gold_country(name, lat, lon) == code
