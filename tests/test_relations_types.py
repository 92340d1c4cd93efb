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
        "Police said the Red Alley Crew, a faction of the Gangster Disciples, were involved.",
        "part_of",
        "Red Alley Crew",
        "Gangster Disciples",
        "a faction of the Gangster Disciples",
        "Police",
    ),
    (
        "The army said Karim Nasser, a member of Hezbollah, was killed in the strike.",
        "member_of",
        "Karim Nasser",
        "Hezbollah",
        "a member of Hezbollah",
        "The army",
    ),
    (
        "Officials said Ahmad Rahimi, a colonel in the Iraqi Army, died in the blast.",
        "member_of",
        "Ahmad Rahimi",
        "Iraqi Army",
        "a colonel in the Iraqi Army",
        "Officials",
    ),
    (
        "Prosecutors said Omar Haddad, a commander of the al-Shabaab militant group, was captured.",
        "leader_of",
        "Omar Haddad",
        "al-Shabaab",
        "a commander of the al-Shabaab militant group",
        "Prosecutors",
    ),
    (
        "Police said Juan Perez was linked to the Sinaloa Cartel.",
        "linked_to",
        "Juan Perez",
        "Sinaloa Cartel",
        "Perez was linked to the Sinaloa Cartel",
        "Police",
    ),
    (
        "The ministry said Ali Musa had ties to Boko Haram.",
        "linked_to",
        "Ali Musa",
        "Boko Haram",
        "Musa had ties to Boko Haram",
        "The ministry",
    ),
    (
        "The bomb exploded in the city of Peshawar in northwestern Pakistan, police said.",
        "located_in",
        "Peshawar",
        "Pakistan",
        "Peshawar in northwestern Pakistan",
        "police",
    ),
    (
        "Gunmen attacked a checkpoint in the town of Mopti in central Mali, officials said.",
        "located_in",
        "Mopti",
        "Mali",
        "Mopti in central Mali",
        "officials",
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


def test_relations_one_statement_found_twice_is_one_relation(extractor) -> None:
    text = "The army said Karim Nasser, a member of Hezbollah, was killed in the strike."
    extraction = next(extractor.extract_articles([Article(text=text, origin="relations-test")]))
    assert len([r for r in extraction.relations if r.type == "member_of"]) == 1


def test_relations_the_same_link_stated_in_two_sentences_keeps_both_evidences(extractor) -> None:
    text = (
        "Officials said Ahmad Rahimi, a colonel in the Iraqi Army, died in the blast. "
        "Rahimi, a member of the Iraqi Army, had served for years."
    )
    extraction = next(extractor.extract_articles([Article(text=text, origin="relations-test")]))
    evidence = [r.evidence.text for r in extraction.relations if r.type == "member_of"]
    assert evidence == ["a colonel in the Iraqi Army", "a member of the Iraqi Army"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Gunmen attacked a checkpoint in Mopti, Mali, officials said.", "Mali", "GPE"),
        ("Troops were sent to northern Chad last week.", "Chad", "GPE"),
        ("Chad Miller, 31, was shot on Friday. Chad said he saw nothing.", "Chad Miller", "PERSON"),
    ],
)
def test_entities_country_taken_for_a_person_is_a_place_only_where_a_place_stands(
    extractor, text: str, name: str, expected: str
) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="entities-test")]))
    assert {e.name: e.type for e in extraction.entities}.get(name) == expected
