"""A quarter named "X neighborhood" lies in the article's town, not in a namesake town far away."""

from __future__ import annotations

from eventwire.extract.places import resolve_toponyms


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(name), text.index(name) + len(name)) for name in names]


def test_places_neighbourhood_without_a_dateline_lies_in_the_town_the_article_names() -> None:
    text = "Two men were shot in the Belmont neighborhood on Friday. Officers from Dayton and Xenia came."
    quarter = resolve_toponyms(text, _spans(text, "Belmont", "Dayton", "Xenia"))[0]
    assert quarter.inferred and quarter.place is not None
    assert (quarter.place.name, quarter.place.admin1) == ("Dayton", "Ohio")


def test_places_neighbourhood_without_any_town_keeps_its_own_reading() -> None:
    text = "Two men were shot in the Belmont neighborhood on Friday."
    quarter = resolve_toponyms(text, _spans(text, "Belmont"))[0]
    assert not quarter.inferred and quarter.place is not None and quarter.place.name == "Belmont"
