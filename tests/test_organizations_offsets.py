"""Every match quotes the text it covers: ``text[start:end] == match.text``."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.organizations import OrganizationLexicon

PIECES = [
    "Islamic State (IS) group",
    " IS claimed ",
    "al-Shabab",
    " Hezbollah's ",
    "Iraq's army",
    "U.S. troops",
    "Ministry of the Interior",
    " the ",
    "FMLN",
    "Kurdistan Workers' Party",
    "Médecins Sans Frontières",
    "\n",
    ", ",
    "(",
    ")",
    " it is ",
    "PFLP-GC",
    "Jama'at Nusrat al-Islam wal-Muslimin",
    "KIA",
    "é",
]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic State (IS) group, Hezbollah's allies and Iraq's army met al-Shabab.",
        "  Kurdistan Workers' Party (PKK) militants and U.S. troops.\n\nMédecins Sans Frontières said.",
    ],
)
def test_organizations_offsets_quote_the_text(text: str) -> None:
    matches = OrganizationLexicon.load().match(text)
    assert matches
    assert all(text[m.start : m.end] == m.text == m.span.text for m in matches)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=12).map("".join))
def test_organizations_offsets_hold_for_any_text(text: str) -> None:
    matches = OrganizationLexicon.load().match(text)
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))
