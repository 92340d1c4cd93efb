"""Every alias, transliteration and acronym of a group resolves to the same canonical name."""

from __future__ import annotations

import pytest

from eventwire.extract.organizations import OrganizationLexicon

SAME_GROUP = [
    (
        "Islamic State",
        ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant", "IS"],
    ),
    ("Al-Shabaab", ["al-Shabaab", "al-Shabab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen"]),
    ("Hezbollah", ["Hezbollah", "Hizballah", "Hizbullah"]),
    ("Shining Path", ["Shining Path", "Sendero Luminoso"]),
    ("Farabundo Marti National Liberation Front", ["FMLN", "Farabundo Martí National Liberation Front"]),
    (
        "Islamic Revolutionary Guard Corps",
        ["IRGC", "Revolutionary Guards", "Islamic Revolutionary Guard Corps"],
    ),
    ("Tupac Amaru Revolutionary Movement", ["MRTA", "Tupac Amaru Revolutionary Movement"]),
    ("Manuel Rodriguez Patriotic Front", ["FPMR", "Manuel Rodríguez Patriotic Front"]),
]


@pytest.mark.parametrize(
    ("canonical", "alias"), [(canonical, alias) for canonical, aliases in SAME_GROUP for alias in aliases]
)
def test_organizations_alias_resolves_to_canonical_name(canonical: str, alias: str) -> None:
    assert OrganizationLexicon.load().canonical(alias) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Fighters of al-Shabab attacked the base.", "Al-Shabaab"),
        ("Daesh claimed the bombing.", "Islamic State"),
        ("The Sendero Luminoso blew up a pylon.", "Shining Path"),
        ("Hizballah fired rockets.", "Hezbollah"),
    ],
)
def test_organizations_alias_in_text_matches_canonical_name(text: str, canonical: str) -> None:
    assert [m.canonical for m in OrganizationLexicon.load().match(text)] == [canonical]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Hamas", "armed_group"),
        ("Boko Haram", "armed_group"),
        ("Iraqi army", "security_forces"),
        ("the FBI", "security_forces"),
        ("Interpol", "intergovernmental"),
        ("Ministry of Defence", "government"),
        ("Supreme Court", "judiciary"),
        ("Knesset", "legislature"),
        ("Ninawa Provincial Council", "government"),
        ("Tenth Mountain Brigade", "security_forces"),
    ],
)
def test_organizations_kind_of_types_names_found_by_ner(name: str, kind: str) -> None:
    assert OrganizationLexicon.load().kind_of(name) == kind


@pytest.mark.parametrize("name", ["is", "Acme Widgets", "John Smith", ""])
def test_organizations_unknown_names_have_no_kind_or_canonical(name: str) -> None:
    lexicon = OrganizationLexicon.load()
    assert (lexicon.kind_of(name), lexicon.canonical(name)) == (None, None)


def test_organizations_lexicon_is_built_once_per_process() -> None:
    assert OrganizationLexicon.load() is OrganizationLexicon.load()
