"""Datelines: the town an article is filed from, with its state, is where its unplaced names lie."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.places import find_dateline, resolve_toponyms


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("HUNTSVILLE, Ala. (WAFF) - A man was shot on Monday.", "Huntsville", "Alabama"),
        ("ELGIN, Ill. -- Police are looking for a gunman.", "Elgin", "Illinois"),
        ("STOCKTON-  Stockton Police say four people were shot.", "Stockton", "California"),
    ],
)
def test_places_dateline_names_the_town_and_its_state(text: str, name: str, admin1: str) -> None:
    dateline = find_dateline(text, Gazetteer.load())
    assert dateline is not None
    assert dateline.place.name == name and dateline.place.admin1 == admin1
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text


def test_places_no_dateline_in_an_ordinary_opening() -> None:
    assert find_dateline("It was a quiet Monday in the county.", Gazetteer.load()) is None


def test_places_unknown_park_lies_in_the_dateline_town() -> None:
    text = "STOCKTON-  Four people were shot at Constitution Park late Wednesday."
    start = text.index("Constitution Park")
    resolved = resolve_toponyms(text, [(start, start + len("Constitution Park"))])[0]
    assert resolved.inferred and resolved.place is not None
    assert resolved.place.name == "Stockton" and resolved.place.precision == "town"


def test_places_unknown_dateline_town_lies_in_its_written_state() -> None:
    text = "FORT NOWHERE, Wash. - Crews trained for a week, and the governor in Olympia praised them."
    start = text.index("FORT NOWHERE")
    resolved = resolve_toponyms(text, [(start, start + len("FORT NOWHERE"))])[0]
    assert resolved.inferred and resolved.place is not None
    assert (resolved.place.name, resolved.place.precision) == ("Washington", "admin1")


def test_places_written_dateline_state_steers_the_other_names() -> None:
    text = "FORT NOWHERE, Ga. - The crew later drove to Columbus for a drill."
    start = text.index("Columbus")
    place = resolve_toponyms(text, [(start, start + len("Columbus"))])[0].place
    assert place is not None and (place.country_code, place.admin1) == ("US", "Georgia")


def test_places_neighbourhood_of_the_dateline_town_lies_in_it() -> None:
    text = "DAYTON, Ohio -- Two men were shot in the Belmont neighborhood late Friday."
    start = text.index("Belmont")
    resolved = resolve_toponyms(text, [(start, start + len("Belmont"))])[0]
    assert resolved.inferred and resolved.place is not None
    assert (resolved.place.name, resolved.place.precision) == ("Dayton", "town")


def test_places_neighbourhood_written_in_a_town_lies_in_it() -> None:
    text = "Two men were shot in the Belmont neighborhood in east Dayton late Friday."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Belmont", "Dayton")]
    resolved = resolve_toponyms(text, spans)[0]
    assert resolved.inferred and resolved.place is not None
    assert (resolved.place.name, resolved.place.admin1) == ("Dayton", "Ohio")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Photo courtesy of a reader\n\nAGAWAM, Mass. (WXYZ) - A man was hurt by a stray round on Friday.",
            "Agawam",
            "Massachusetts",
        ),
        (
            "Updated 9:14 PM\n\nDENVER (KXYZ) -- Two men were shot outside a bar overnight.",
            "Denver",
            "Colorado",
        ),
    ],
)
def test_places_dateline_opening_a_later_line_with_its_state_or_source(
    text: str, name: str, admin1: str
) -> None:
    dateline = find_dateline(text, Gazetteer.load())
    assert dateline is not None
    assert (dateline.place.name, dateline.place.admin1) == (name, admin1)
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text


def test_places_capitalised_heading_down_the_page_is_no_dateline() -> None:
    text = "Read more below.\n\nDENVER - Readers sent in their photos of the storm."
    assert find_dateline(text, Gazetteer.load()) is None


def test_places_unknown_park_lies_in_the_dateline_county() -> None:
    text = "SUSSEX COUNTY, Del. -- Troopers said a man was hurt at Quillow Pond Park on Sunday."
    start = text.index("Quillow Pond Park")
    resolved = resolve_toponyms(text, [(start, start + len("Quillow Pond Park"))])[0]
    assert resolved.inferred and resolved.place is not None
    assert (resolved.place.name, resolved.place.admin1, resolved.place.precision) == (
        "Sussex County",
        "Delaware",
        "admin2",
    )
