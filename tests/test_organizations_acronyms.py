"""Short and common-word acronyms match only in context: "IS" the group, never "it is" or "THE ARMY IS"."""

from __future__ import annotations

import pytest

from eventwire.extract.organizations import OrganizationLexicon


def acronyms(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in OrganizationLexicon.load().match(text) if m.is_acronym]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Islamic State (IS) group said its fighters held the town. IS claimed the attack.",
            [("IS", "Islamic State"), ("IS", "Islamic State")],
        ),
        ("IS militants stormed the prison.", [("IS", "Islamic State")]),
        ("Clashes with pro-IS fighters continued.", [("IS", "Islamic State")]),
        (
            "The Kachin Independence Army (KIA) said KIA troops took the post.",
            [("KIA", "Kachin Independence Army")] * 2,
        ),
        (
            "FMLN guerrillas attacked a power station.",
            [("FMLN", "Farabundo Marti National Liberation Front")],
        ),
        ("ELN rebels kidnapped two engineers.", [("ELN", "National Liberation Army")]),
    ],
)
def test_organizations_acronym_in_context_is_matched(text: str, expected: list[tuple[str, str]]) -> None:
    assert acronyms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear who is responsible.",
        "THE ARMY IS IN CONTROL OF THE CITY.",
        "THE ISLAMIC STATE HOLDS THE TOWN, BUT THE ARMY IS IN CONTROL OF THE ROADS.",
        "IS THIS THE END OF THE WAR?",
        "The police said IS was the word on the sign.",
        "The KIA dealership was closed.",
        "Let the talks begin.",
    ],
)
def test_organizations_acronym_without_context_is_not_matched(text: str) -> None:
    assert acronyms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOLDIERS CLASHED WITH FMLN GUERRILLAS IN SAN MIGUEL.", ["FMLN"]),
        ("THE MANUEL RODRIGUEZ PATRIOTIC FRONT (FPMR) BOMBED A PYLON.", ["FPMR"]),
        ("THE ISLAMIC STATE (IS) GROUP CLAIMED IT.", ["IS"]),
    ],
)
def test_organizations_all_caps_wire_text_keeps_defined_acronyms(text: str, expected: list[str]) -> None:
    assert [found for found, _ in acronyms(text)] == expected


@pytest.mark.parametrize("text", ["hamas fired rockets.", "the base was shelled.", "an Islamic group said."])
def test_organizations_names_that_need_capitals_are_not_matched_in_lower_case(text: str) -> None:
    assert OrganizationLexicon.load().match(text) == []
