"""Acronyms of places: spelt out by a place the article names, or a standard state abbreviation."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.places import resolve_toponyms


def _resolve(text: str, name: str) -> tuple[str | None, str | None]:
    """The place of ``name`` when every capitalised phrase of ``text`` is a place mention."""
    mentions = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w&]*(?: and [A-Z]\w+)?", text)]
    resolved = {r.span.text: r.place for r in resolve_toponyms(text, mentions)}
    place = resolved[name]
    return (place.country_code, place.feature) if place else (None, None)


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("Trinidad and Tobago skipped the meeting. T&T said it would object.", "T&T", ("TT", "country")),
        ("South Africans went to the polls. SA holds the reserves.", "SA", ("ZA", "country")),
        ("Wastewater in WA is diluted before it reaches the sea near Perth.", "WA", ("AU", "admin1")),
    ],
)
def test_places_acronym_resolves_to_the_place_it_abbreviates(
    text: str, acronym: str, expected: tuple[str, str]
) -> None:
    assert _resolve(text, acronym) == expected


def test_places_acronym_spelling_out_nothing_named_stays_unresolved() -> None:
    assert _resolve("Officials said TQ had filed the papers.", "TQ") == (None, None)
