"""Namesakes: a country named like a state, a town written inside a county that has none of that name."""

from __future__ import annotations

import re

from eventwire.extract.places import resolve_toponyms


def _places(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None, bool]]:
    mentions = [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]
    return {
        r.span.text: (r.place.country_code, r.place.feature, r.inferred) if r.place else (None, None, False)
        for r in resolve_toponyms(text, mentions)
    }


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(name), text.index(name) + len(name)) for name in names]


def test_places_georgia_among_other_states_is_the_state() -> None:
    text = "The team has flown to Alaska, Hawaii and Florida, and next goes to Georgia for the final."
    assert _places(text, ["Alaska", "Hawaii", "Florida", "Georgia"])["Georgia"] == ("US", "admin1", False)


def test_places_georgia_beside_its_neighbours_is_the_country() -> None:
    text = "Georgia and Armenia signed the deal in Tbilisi as Russia watched."
    assert _places(text, ["Georgia", "Armenia", "Tbilisi", "Russia"])["Georgia"] == ("GE", "country", False)


def test_places_town_written_in_a_county_without_it_lies_in_the_county() -> None:
    text = "Round five is at Rockingham, Northamptonshire, in August."
    place = resolve_toponyms(text, _spans(text, "Rockingham", "Northamptonshire"))[0]
    assert place.inferred and place.place is not None
    assert (place.place.name, place.place.country_code, place.place.precision) == (
        "Northamptonshire",
        "GB",
        "admin2",
    )


def test_places_town_written_in_its_own_state_stays_a_town() -> None:
    text = "He grew up in Rockingham, North Carolina, before the war."
    place = resolve_toponyms(text, _spans(text, "Rockingham", "North Carolina"))[0]
    assert not place.inferred and place.place is not None
    assert (place.place.admin1, place.place.precision) == ("North Carolina", "town")


def test_places_island_of_a_two_island_country_is_that_country() -> None:
    text = "The minister flew home to Trinidad after the talks."
    assert _places(text, ["Trinidad"])["Trinidad"] == ("TT", "country", False)


def test_places_english_is_of_england() -> None:
    text = "The English striker moved to London last year."
    place = resolve_toponyms(text, _spans(text, "English"))[0].place
    assert place is not None
    assert (place.name, place.country_code, place.feature) == ("England", "GB", "admin1")


def test_places_disputed_region_resolves_to_its_recognised_country() -> None:
    text = "Shelling was reported in Nagorno-Karabakh overnight."
    assert _places(text, ["Nagorno-Karabakh"])["Nagorno-Karabakh"] == ("AZ", "region", False)


def test_places_tribal_region_resolves_to_its_country() -> None:
    text = "Drone strikes hit North Waziristan, part of the former FATA, on Monday."
    places = _places(text, ["North Waziristan", "FATA"])
    assert places == {"North Waziristan": ("PK", "region", False), "FATA": ("PK", "region", False)}


def test_places_part_written_as_a_towns_own_lies_in_that_town() -> None:
    text = "Two men were shot in Tampa's Sulphur Springs neighborhood on Friday."
    resolved = resolve_toponyms(text, _spans(text, "Tampa", "Sulphur Springs"))
    assert resolved[1].inferred and resolved[1].place is not None
    assert (resolved[1].place.name, resolved[1].place.admin1) == ("Tampa", "Florida")


def test_places_side_of_a_town_is_no_namesake() -> None:
    text = "Gunfire broke out on the East Side late Monday."
    assert _places(text, ["East Side"])["East Side"] == (None, None, False)
