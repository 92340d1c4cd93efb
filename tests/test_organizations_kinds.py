"""OrganizationLexicon.kind_of: the kind an organisation's head noun says it is."""

from __future__ import annotations

import pytest

from eventwire.extract.organizations import OrganizationLexicon


@pytest.fixture(scope="module")
def lexicon() -> OrganizationLexicon:
    return OrganizationLexicon.load()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Chicago Police Department", "security_forces"),
        ("Harris County Sheriff's Office", "security_forces"),
        ("Justice Department", "government"),
        ("Department of Justice", "government"),
        ("Supreme Court", "judiciary"),
        ("Democratic Party", "political_party"),
        ("Acme Corporation", "company"),
        ("Bank of America", "company"),
        ("Stanford University", "education"),
        ("University of Chicago", "education"),
        ("The Springfield Herald", "media"),
        ("Mount Sinai Hospital", "health"),
        ("St. Mary's Church", "religious"),
        ("Gates Foundation", "ngo"),
    ],
)
def test_organizations_kind_from_the_head_noun(lexicon: OrganizationLexicon, name: str, kind: str) -> None:
    assert lexicon.kind_of(name) == kind


@pytest.mark.parametrize("name", ["Friends of the Earth", "Acme"])
def test_organizations_kind_unknown_without_a_telling_head(lexicon: OrganizationLexicon, name: str) -> None:
    assert lexicon.kind_of(name) is None
