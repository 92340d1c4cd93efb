"""Toponym resolution in the context of one article."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.places import place_for_name, resolve_toponyms


def _resolve(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    mentions = [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]
    return {
        r.span.text: (r.place.country_code, r.place.feature) if r.place else (None, None)
        for r in resolve_toponyms(text, mentions)
    }


def test_places_kerman_is_the_iranian_town() -> None:
    place = place_for_name("Kerman")
    assert place is not None and place.country_code == "IR" and place.precision == "town"
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 30.28) < 0.1 and abs(place.lon - 57.08) < 0.1


@pytest.mark.parametrize(
    ("name", "country"),
    [("Mashhad", "IR"), ("Paris", "FR"), ("SAN SALVADOR", "SV"), ("Washington", "US"), ("Qamishli", "SY")],
)
def test_places_name_alone_goes_to_the_likeliest_place(name: str, country: str) -> None:
    place = place_for_name(name)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("He grew up in Paris, Texas, near the border.", "Paris", ("US", "city")),
        ("The storm hit Atlanta, Georgia on Monday.", "Georgia", ("US", "admin1")),
        ("Rebels attacked SAN MIGUEL DEPARTMENT overnight.", "SAN MIGUEL DEPARTMENT", ("SV", "admin1")),
        ("The city of Kerman in southern Iran was shaken.", "Kerman", ("IR", "city")),
    ],
)
def test_places_containment_picks_the_contained_place(
    text: str, name: str, expected: tuple[str, str]
) -> None:
    names = [
        w
        for w in ("Paris", "Texas", "Atlanta", "Georgia", "SAN MIGUEL DEPARTMENT", "Kerman", "Iran")
        if w in text
    ]
    assert _resolve(text, names)[name] == expected


def test_places_context_country_steers_an_ambiguous_name() -> None:
    place = place_for_name("Georgia", context_countries=("US",))
    assert place is not None and (place.country_code, place.feature) == ("US", "admin1")


def test_places_dateline_sets_the_country_in_focus() -> None:
    text = "SAN SALVADOR, 3 JAN 90 -- Troops clashed near San Miguel."
    assert _resolve(text, ["San Miguel"])["San Miguel"][0] == "SV"


def test_places_demonym_mention_resolves_to_its_country() -> None:
    assert _resolve("Syrian forces advanced.", ["Syrian"])["Syrian"] == ("SY", "country")


def test_places_unknown_name_resolves_to_nothing() -> None:
    assert place_for_name("Xqzzyville") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crowds gathered at the Convention Centre for the summit.", "Convention Centre"),
        ("The cars dived into Paddock Hill Bend on the first lap.", "Paddock Hill Bend"),
    ],
)
def test_places_word_for_a_kind_of_place_is_no_town(text: str, name: str) -> None:
    assert _resolve(text, [name])[name] == (None, None)


def test_places_name_with_a_kind_word_stands_for_its_named_part_only() -> None:
    text = "Farmers along the Nile Delta fear the dam upstream; the Oxford University team agrees."
    resolved = _resolve(text, ["Nile Delta", "Oxford University"])
    assert resolved["Nile Delta"] == (None, None)  # not Delta, British Columbia
    assert resolved["Oxford University"] == ("GB", "city")


@pytest.mark.parametrize("name", ["North Vermont Avenue", "Auburn Avenue", "Versailles Road", "Hamilton St"])
def test_places_street_is_not_the_place_it_is_named_for(name: str) -> None:
    text = f"Shots were fired on {name} late on Friday."
    assert _resolve(text, [name])[name] == (None, None)


def test_places_name_known_by_a_part_only_needs_the_article_to_point_there() -> None:
    text = "Police in Tulsa, Oklahoma said Jorge Rodriguez, 19, was shot outside a bar in Tulsa."
    resolved = _resolve(text, ["Jorge Rodriguez", "Tulsa", "Oklahoma"])
    # Not Rodriguez in the Philippines: the article's country, at that country's precision, as for any
    # name the gazetteer lacks.
    assert resolved["Jorge Rodriguez"] == ("US", "country")
    assert resolved["Tulsa"] == ("US", "city")


@pytest.mark.parametrize(
    ("name", "admin1"), [("Southern California", "California"), ("Eastern Idaho", "Idaho")]
)
def test_places_compass_word_is_not_the_place_a_name_stands_for(name: str, admin1: str) -> None:
    text = f"Fires spread across {name} on Monday."
    mentions = [(text.index(name), text.index(name) + len(name))]
    place = resolve_toponyms(text, mentions)[0].place
    assert place is not None and (place.country_code, place.admin1) == ("US", admin1)
