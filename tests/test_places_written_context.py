"""What the text writes around a town name says which town it is: a county after it, a lower-case compass
word before it, a city that owns it in another sentence."""

from __future__ import annotations

from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.places import find_dateline, resolve_toponyms


def _place(text: str, name: str, *, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return resolve_toponyms(text, [(start, start + len(name))])[0].place


def _places(text: str, names: list[str]):
    spans, start = [], 0
    for name in names:
        start = text.index(name, start)
        spans.append((start, start + len(name)))
        start += len(name)
    return [r.place for r in resolve_toponyms(text, spans)]


def test_places_dateline_county_says_which_state_the_town_is_in() -> None:
    text = "ATHENS, ATHENS COUNTY - A man was hurt when a rifle went off in a truck on Friday."
    dateline = find_dateline(text, Gazetteer.load())
    assert dateline is not None
    assert (dateline.place.name, dateline.place.admin1) == ("Athens", "Ohio")


def test_places_county_written_after_a_town_picks_the_town_inside_it() -> None:
    text = "Deputies searched a field near Athens, Athens County, after the shots were heard."
    town, county = _places(text, ["Athens", "Athens County"])
    assert town is not None and (town.name, town.admin1) == ("Athens", "Ohio")
    assert county is not None and (county.admin1, county.precision) == ("Ohio", "admin2")


def test_places_lower_case_compass_word_is_a_part_of_the_town() -> None:
    text = "Officers spent the night in a west Charlotte street after two men were shot outside a shop."
    place = _place(text, "west Charlotte")
    assert place is not None
    assert (place.name, place.admin1, place.precision) == ("Charlotte", "North Carolina", "town")


def test_places_capitalised_compass_word_stays_part_of_the_name() -> None:
    place = _place("Crews drove on to West Virginia that week.", "West Virginia")
    assert place is not None and (place.name, place.precision) == ("West Virginia", "admin1")


def test_places_what_one_mention_says_of_a_quarter_holds_for_every_mention() -> None:
    text = (
        "Three people were hurt in a shooting in Overtown on Sunday.\n\n"
        "Police closed several streets in Miami's Overtown neighborhood for hours."
    )
    first, _, second = _places(text, ["Overtown", "Miami", "Overtown"])
    assert first is not None and second is not None
    assert (second.name, second.admin1) == ("Miami", "Florida")
    assert (first.name, first.admin1, first.precision) == ("Miami", "Florida", "town")


def test_places_town_named_apart_from_a_county_it_lies_in_is_that_county_s_town() -> None:
    text = "A sheriff in Washington County said the boy was found in Marietta after the shot."
    county, town = _places(text, ["Washington County", "Marietta"])
    assert county is not None and town is not None
    assert (town.name, town.admin1) == ("Marietta", "Ohio")
    assert (county.admin1, county.precision) == ("Ohio", "admin2")


def test_places_town_named_like_the_county_is_no_second_clue() -> None:
    text = "Fans of Liverpool FC gathered outside the ground in Liverpool before the match."
    _, town = _places(text, ["Liverpool FC", "Liverpool"])
    assert town is not None and (town.name, town.country_code) == ("Liverpool", "GB")
