"""Relations of each type, with the text that states them and who said it."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article

CASES = [
    # (text, type, head name, tail name, evidence, source)
    (
        "Police said Keith Hayer, also known as Bang Da Hitta, was arrested.",
        "alias_of",
        "Keith Hayer",
        "Keith Hayer",
        "Keith Hayer, also known as Bang Da Hitta",
        "Police",
    ),
    (
        "The Islamic State (IS) claimed the attack, police said.",
        "acronym_of",
        "Islamic State",
        "Islamic State",
        "Islamic State (IS)",
        None,  # the attribution stage gives "police said" no scope over the sentence yet; never "IS" itself
    ),
    (
        "Officials said the Houthis, an ally of Iran, fired the missiles.",
        "affiliated_with",
        "Houthis",
        "Iran",
        "Houthis, an ally of Iran",
        "Officials",
    ),
    (
        "Police said the Insane Cutthroat Gangstas, a faction of the Gangster Disciples, were involved.",
        "part_of",
        "Insane Cutthroat Gangstas",
        "Gangster Disciples",
        "a faction of the Gangster Disciples",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "kind", "head", "tail", "evidence", "source"), CASES)
def test_relations_type_has_evidence_and_attribution(
    extractor, text: str, kind: str, head: str, tail: str, evidence: str, source: str | None
) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="relations-test")]))
    names = {e.id: e.name for e in extraction.entities}
    found = [r for r in extraction.relations if r.type == kind]
    assert found, f"expected a {kind} relation, found {[r.type for r in extraction.relations]}"
    relation = found[0]
    assert (names[relation.head], names[relation.tail]) == (head, tail)
    assert relation.evidence.text == evidence
    assert text[relation.evidence.start : relation.evidence.end] == evidence
    expected = [] if source is None else [source.casefold()]
    assert [a.source_text.casefold() for a in relation.attribution] == expected


def test_relations_organisation_is_no_member_of_its_own_acronym(extractor) -> None:
    text = "Agents of the Bureau of Alcohol, Tobacco and Firearms (ATF) searched the house."
    extraction = next(extractor.extract_articles([Article(text=text, origin="relations-test")]))
    assert not [r for r in extraction.relations if r.type in ("member_of", "part_of")]
