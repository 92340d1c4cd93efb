"""A local story's far small namesake is most likely a part of its own town; a county's namesakes are told
apart by the state the article names, not by their size."""

from __future__ import annotations

from eventwire.extract.places import resolve_toponyms


def _resolved(text: str, *names: str) -> dict[str, tuple[str | None, str | None, bool]]:
    mentions = []
    for name in names:
        start = text.index(name)
        while start != -1:
            mentions.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return {
        r.span.text: (r.place.name, r.place.admin1, r.inferred) if r.place else (None, None, False)
        for r in resolve_toponyms(text, mentions)
    }


def test_places_far_small_namesake_in_a_local_story_is_the_dateline_town() -> None:
    text = (
        "BOISE, Idaho (KXYZ) -- Two men were hurt when shots were fired outside the Lindale lounge late on "
        "Friday, police said."
    )
    assert _resolved(text, "BOISE", "Idaho", "Lindale")["Lindale"] == ("Boise", "Idaho", True)


def test_places_far_small_namesake_is_the_town_the_story_names_most() -> None:
    text = (
        "Boise police are looking for a driver who fired at a crowd near Lindale on Friday night. Boise "
        "officers found two men hurt, and a Boise hospital said both would recover."
    )
    assert _resolved(text, "Boise", "Lindale")["Lindale"] == ("Boise", "Idaho", True)


def test_places_far_namesake_keeps_its_place_when_its_state_is_named() -> None:
    text = (
        "BOISE, Idaho (KXYZ) -- A Boise man was hurt in a crash in Lindale, Texas, on his way to a family "
        "wedding, his brother said."
    )
    assert _resolved(text, "BOISE", "Idaho", "Boise", "Lindale", "Texas")["Lindale"] == (
        "Lindale",
        "Texas",
        False,
    )


def test_places_big_far_city_in_a_local_story_keeps_its_place() -> None:
    text = "BOISE, Idaho (KXYZ) -- The suspect was arrested in Houston on Monday, police said."
    assert _resolved(text, "BOISE", "Idaho", "Houston")["Houston"] == ("Houston", "Texas", False)


def test_places_county_lies_in_the_state_the_article_names() -> None:
    text = (
        "The Franklin County Sheriff's Office said a hunter was wounded on Sunday, the first hunting "
        "accident of the season in Idaho."
    )
    resolved = _resolved(text, "Franklin County", "Idaho")
    assert resolved["Franklin County"] == ("Franklin County", "Idaho", False)


def test_places_county_without_a_named_state_keeps_its_likeliest_namesake() -> None:
    text = "The Franklin County Sheriff's Office said a hunter was wounded on Sunday."
    assert _resolved(text, "Franklin County")["Franklin County"] == ("Franklin County", "Ohio", False)
