"""The gazetteer: countries, regions, towns and demonyms, from installed packages only."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import Gazetteer, fold_name


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Kerman", "IR", "city"),
        ("SAN SALVADOR", "SV", "city"),
        ("São Paulo", "BR", "city"),
        ("sao paulo", "BR", "city"),
        ("Texas", "US", "admin1"),
        ("Iran", "IR", "country"),
    ],
)
def test_gazetteer_candidates_find_the_place_in_any_case(
    gazetteer: Gazetteer, name: str, country: str, feature: str
) -> None:
    assert any(e.country_code == country and e.feature == feature for e in gazetteer.candidates(name))


@pytest.mark.parametrize(
    ("code_or_name", "code"),
    [
        ("IR", "IR"),
        ("IRN", "IR"),
        ("Iran", "IR"),
        ("U.S.", "US"),
        ("Britain", "GB"),
        ("ivory coast", "CI"),
    ],
)
def test_gazetteer_country_by_code_or_name(gazetteer: Gazetteer, code_or_name: str, code: str) -> None:
    country = gazetteer.country(code_or_name)
    assert country is not None and country.country_code == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Iranian", "IR"),
        ("Afghan", "AF"),
        ("Afghans", "AF"),
        ("Salvadoran", "SV"),
        ("British", "GB"),
    ],
)
def test_gazetteer_demonym_names_its_country(gazetteer: Gazetteer, word: str, code: str) -> None:
    assert gazetteer.is_demonym(word)
    assert gazetteer.country_of_demonym(word) == code


@pytest.mark.parametrize("word", ["Iranian", "Afghan"])
def test_gazetteer_demonym_is_not_a_place(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.candidates(word) == []


def test_gazetteer_every_country_has_a_demonym(gazetteer: Gazetteer) -> None:
    sovereign = {"IR", "AF", "SV", "US", "FR", "CN", "IN", "BR", "NG", "SY", "IQ", "UA", "RU"}
    words = [
        "Iranian",
        "Afghan",
        "Salvadoran",
        "American",
        "French",
        "Chinese",
        "Indian",
        "Brazilian",
        "Nigerian",
        "Syrian",
        "Iraqi",
        "Ukrainian",
        "Russian",
    ]
    codes = {gazetteer.country_of_demonym(w) for w in words}
    assert codes == sovereign


@pytest.mark.parametrize(
    ("feature", "precision"),
    [
        ("city", "town"),
        ("admin1", "admin1"),
        ("country", "country"),
        ("region", "region"),
    ],
)
def test_gazetteer_entry_place_has_honest_precision(
    gazetteer: Gazetteer, feature: str, precision: str
) -> None:
    names = {"city": "Kerman", "admin1": "Texas", "country": "Iran", "region": "Middle East"}
    entry = next(e for e in gazetteer.candidates(names[feature]) if e.feature == feature)
    assert entry.to_place().precision == precision


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("SAN SALVADOR", "san salvador"),
        ("Zürich", "zurich"),
        ("U.S.", "us"),
        ("the Netherlands", "netherlands"),
    ],
)
def test_gazetteer_fold_name_drops_case_accents_and_dots(name: str, key: str) -> None:
    assert fold_name(name) == key


def test_gazetteer_load_is_cached_per_process() -> None:
    assert Gazetteer.load() is Gazetteer.load()
