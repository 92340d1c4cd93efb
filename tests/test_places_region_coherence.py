"""Local names resolve together: a town and a county lie in a state that has both, and the news site's
home in the title steers an ambiguous name toward its state."""

from __future__ import annotations

import pytest

from eventwire.extract.places import resolve_toponyms, site_names


def _admin1(text: str, names: list[str], *, title: str | None = None) -> dict[str, str | None]:
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    resolved = resolve_toponyms(text, spans, site_names=site_names(title))
    return {r.span.text: r.place.admin1 if r.place else None for r in resolved}


@pytest.mark.parametrize(
    ("text", "town", "county", "state"),
    [
        ("A man was shot in Dayton, the Rhea County sheriff said.", "Dayton", "Rhea County", "Tennessee"),
        (
            "A boy was hurt in Salem on Monday, Marion County deputies said.",
            "Salem",
            "Marion County",
            "Oregon",
        ),
    ],
)
def test_places_town_and_county_lie_in_one_state(text: str, town: str, county: str, state: str) -> None:
    assert _admin1(text, [town, county]) == {town: state, county: state}


def test_places_capitals_keep_their_meaning_among_namesakes_of_one_region() -> None:
    # London, Paris and Brussels are all towns of Ontario too: that does not make them so here.
    text = "Talks moved from London to Paris and then to Brussels."
    resolved = resolve_toponyms(
        text, [(text.index(n), text.index(n) + len(n)) for n in ("London", "Paris", "Brussels")]
    )
    assert [r.place.country_code for r in resolved if r.place] == ["GB", "FR", "BE"]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Teen hurt in shooting - KXYZ News 4 - Millbrook, Georgia", ["Georgia"]),
        ("Teen hurt in shooting | kxyz.com - Millbrook, GA", ["GA"]),
        (
            "Teen hurt in shooting - WXYZ-TV: News and Weather for Central Georgia",
            ["Central Georgia", "Georgia"],
        ),
        ("Teen hurt in shooting", []),
    ],
)
def test_places_site_names_come_from_the_title_after_the_headline(title: str, names: list[str]) -> None:
    found = site_names(title)
    assert all(name in found for name in names)
    assert "Teen" not in found and "Millbrook" not in found


def test_places_title_site_steers_an_ambiguous_town_to_its_state() -> None:
    text = "A teen was shot near a park in Columbus on Friday night."
    assert _admin1(text, ["Columbus"]) == {"Columbus": "Ohio"}
    assert _admin1(text, ["Columbus"], title="Teen shot - KXYZ 9 - Millbrook, GA") == {"Columbus": "Georgia"}
    assert _admin1(text, ["Columbus"], title="Teen shot - KXYZ 9 News - Georgia") == {"Columbus": "Georgia"}


def test_places_title_site_is_not_a_place_of_the_text() -> None:
    text = "A teen was shot near a park in Columbus on Friday night."
    resolved = resolve_toponyms(text, [(31, 39)], site_names=["Georgia"])
    assert [r.span.text for r in resolved] == ["Columbus"]
