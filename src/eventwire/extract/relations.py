"""Descriptors and relations: what the article says an entity is, and how entities are linked.

Descriptors come from appositions ("Qasem Soleimani, a general in ..."), titles before a name ("Syrian
President Bashar al-Assad"), copulas in relative clauses ("who ... was the primary architect ...") and
"identified as" phrases. Relations come from the name links found by the entities stage (aliases,
acronyms), from descriptors that name an organisation ("a general in the Guards Corps" -> member_of;
"a commander of the group" -> leader_of), from "linked/tied/connected to", "an ally of", and from one
place written inside another ("the city of Kerman in southern Iran" -> located_in).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.pipeline import Analysis, EntityDraft
from eventwire.models import Relation, RelationType, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@functools.cache
def _leader_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("relations.json")["leader_nouns"])


@functools.cache
def _link_adjectives() -> frozenset[str]:
    return frozenset(read_lexicon("relations.json")["link_adjectives"])


@functools.cache
def _link_nouns() -> dict[str, str]:
    nouns: dict[str, str] = read_lexicon("relations.json")["link_nouns"]
    return nouns


def _mention_token(doc: Doc, mention: Span) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _subtree_span(token: Token, text: str) -> Span | None:
    tokens = list(token.subtree)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return Span.of(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _descriptor_heads(token: Token) -> list[Token]:
    """Noun phrases that describe the entity whose mention ends in ``token``."""
    heads = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        heads.append(token.head)
    for child in token.children:
        if child.dep_ == "relcl":
            # "who ... was the primary architect": the attribute of a copula in the relative clause
            for verb in [child, *child.subtree]:
                if verb.lemma_ == "be":
                    heads.extend(c for c in verb.children if c.dep_ == "attr")
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
        for child in verb.children:
            if child.dep_ == "advcl" and child.tag_ == "VBN":
                # "Identified ... as 'an IS emir', Tanveer is ..."
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        heads.extend(g for g in prep.children if g.dep_ == "pobj")
        if verb.lemma_ == "be":
            heads.extend(c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return heads


def _title_before(doc: Doc, start: int, text: str) -> Span | None:
    """ "Syrian President" before "Bashar al-Assad"."""
    titles = set(read_lexicon("cues.json")["titles"])
    first = _mention_token(doc, Span(start=start, end=start + 1, text=text[start]))
    if first is None or first.i == 0:
        return None
    i = first.i - 1
    while (
        i >= 0
        and doc[i].dep_ in ("compound", "amod")
        and (doc[i].lower_ in titles or doc[i].ent_type_ == "NORP")
    ):
        i -= 1
    if i == first.i - 1 or not any(doc[j].lower_ in titles for j in range(i + 1, first.i)):
        return None
    return Span.of(text, doc[i + 1].idx, doc[first.i - 1].idx + len(doc[first.i - 1].text))


def add_descriptors(analysis: Analysis) -> None:
    """Fill in the descriptors of people and organisations."""
    doc = analysis.doc
    assert doc is not None
    text = analysis.document.text
    for entity in analysis.entities:
        if entity.type not in ("PERSON", "ORG"):
            continue
        for mention in entity.mentions:
            token = _mention_token(doc, mention)
            if token is None:
                continue
            found = [
                span
                for h in _descriptor_heads(token)
                if h.pos_ in ("NOUN", "PROPN")
                if (span := _subtree_span(h, text)) is not None
            ]
            if entity.type == "PERSON" and (title := _title_before(doc, mention.start, text)):
                found.append(title)
            for span in found:
                inside_a_mention = any(m.start <= span.start and span.end <= m.end for m in entity.mentions)
                if span not in entity.descriptors and not inside_a_mention:
                    entity.descriptors.append(span)


def _entities_in(span: Span, analysis: Analysis, *, types: tuple[str, ...]) -> list[EntityDraft]:
    found = []
    for entity in analysis.entities:
        if entity.type in types and any(span.start <= m.start < span.end for m in entity.mentions):
            found.append(entity)
    return found


def _relation(
    type_: RelationType, head: str, tail: str, evidence: Span, analysis: Analysis, name: str | None = None
) -> Relation:
    # Who said it: the report around the evidence, never a party named inside it ("The Islamic State (IS)
    # claimed the attack, police said" is the police's word that IS is the group's acronym).
    text = analysis.document.text
    reports = [
        a
        for _, a in sorted(analysis.attributions.items())
        if a.evidence
        and a.evidence.start <= evidence.start < a.evidence.end
        and not _overlapping_names(a.source_text, text[evidence.start : evidence.end])
    ]
    attribution = max(
        reports, key=lambda a: a.evidence.end - a.evidence.start if a.evidence else 0, default=None
    )
    return Relation(
        type=type_,
        head=head,
        tail=tail,
        evidence=evidence,
        name=name,
        attribution=() if attribution is None else (attribution,),
    )


def _overlapping_names(source: str, evidence: str) -> bool:
    source = re.sub(r"^the\s+", "", source.casefold())
    evidence = re.sub(r"^the\s+", "", evidence.casefold())
    return bool(source) and (source in evidence or evidence in source)


_ROLE_THEN_ORGANISATION = re.compile(
    r"^(?:an?|the)?\s*(?P<role>(?:[\w-]+\s+){1,3}?)(?:in|of|at|with|for|from|within)\s+(?:the\s+)?(?:[\w.’'-]+['’]s\s+)?$",
    re.IGNORECASE,
)
_ORGANISATION_THEN_ROLE = re.compile(r"^(?:an?|the)?\s*$", re.IGNORECASE)


def _descriptor_relations(entity: EntityDraft, analysis: Analysis) -> list[Relation]:
    """Member and leader relations from descriptors: "a general in X", "a commander of X", "an X emir".

    Only people are members or leaders; an organisation described as one of another's ("the Red
    Alley Crew, a Gangster Disciples street gang") is part of it. An organisation is never a
    member of its own acronym or alias ("the Bureau of Alcohol, Tobacco and Firearms (ATF)").
    """
    text = analysis.document.text
    relations: list[Relation] = []
    if entity.type not in ("PERSON", "ORG"):
        return relations
    same_name = {link.entity for link in analysis.name_links if link.name in (entity.name, *entity.aliases)}
    for descriptor in entity.descriptors:
        for organisation in _entities_in(descriptor, analysis, types=("ORG",)):
            if organisation.key == entity.key or organisation.key in same_name:
                continue
            if organisation.name in entity.aliases or entity.name in organisation.aliases:
                continue
            if entity.type == "ORG" and any(
                link.entity == entity.key and link.name == organisation.name for link in analysis.name_links
            ):
                continue
            mention = next(m for m in organisation.mentions if descriptor.start <= m.start < descriptor.end)
            before = text[descriptor.start : mention.start]
            if match := _ROLE_THEN_ORGANISATION.match(before):
                role_words = match.group("role").split()
            elif _ORGANISATION_THEN_ROLE.match(before):
                role_words = text[mention.end : descriptor.end].split()[:1]
            else:
                continue
            nouns = {w.casefold().strip(',."') for w in role_words}
            kind: RelationType = "leader_of" if nouns & _leader_nouns() else "member_of"
            if entity.type == "ORG":
                kind = "part_of"
            relations.append(_relation(kind, entity.key, organisation.key, descriptor, analysis))
            break
    return relations


def _link_relations(analysis: Analysis) -> list[Relation]:
    """ "X is linked to Y", "X, an ally of Y", "members connected to Y"."""
    doc = analysis.doc
    assert doc is not None
    text = analysis.document.text
    relations = []
    by_start = {m.start: e for e in analysis.entities for m in e.mentions}
    link_adjectives, link_nouns = _link_adjectives(), _link_nouns()
    for token in doc:
        lower = token.lower_
        if lower in link_adjectives or lower in link_nouns:
            prep = next(
                (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "with")), None
            )
            if prep is None:
                continue
            tail_token = next((c for c in prep.children if c.dep_ == "pobj"), None)
            head_token = (
                token.head
                if token.dep_ in ("appos", "acl", "amod")
                else next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if token.dep_ in ("acomp", "attr", "oprd", "dobj")  # "X had ties to Y"
                else None
            )
            if token.dep_ == "ROOT" or token.pos_ == "VERB":
                head_token = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), head_token)
            if head_token is None or tail_token is None:
                continue
            head = _entity_of(head_token, by_start, analysis)
            tail = _entity_of(tail_token, by_start, analysis)
            if head is None or tail is None or head == tail:
                continue
            kind: RelationType = link_nouns.get(lower, "linked_to")  # type: ignore[assignment]
            sentence = token.sent
            evidence = Span.of(
                text,
                min(head_token.idx, token.idx),
                max(tail_token.idx + len(tail_token.text), token.idx + len(token.text)),
            )
            if evidence.end <= evidence.start:
                evidence = Span.of(text, sentence.start_char, sentence.end_char)
            relations.append(_relation(kind, head, tail, evidence, analysis))
    return relations


def _entity_of(token: Token, by_start: dict[int, EntityDraft], analysis: Analysis) -> str | None:
    """The entity a token names, itself or through one apposition ("Assad -- an ally of ...")."""
    if token.lower_ in ("who", "which") and token.head.dep_ == "relcl":
        token = token.head.head
    appositions = [c for c in token.children if c.dep_ == "appos"]
    candidates = [token, *([token.head] if token.dep_ == "appos" else []), *appositions]
    for candidate in candidates:
        for entity in analysis.entities:
            if any(m.start <= candidate.idx < m.end for m in entity.mentions):
                return entity.key
    return None


_COMMA = re.compile(r",\s*")
_IN_REGION = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?",
    re.IGNORECASE,
)
"""What stands between a place and the region containing it: "Mopti in central Mali"."""


def _located_in(analysis: Analysis) -> list[Relation]:
    """ "Kerman in southern Iran", "Houston, Texas": one place inside another, as written."""
    doc = analysis.doc
    assert doc is not None
    text = analysis.document.text
    places = [e for e in analysis.entities if e.key in analysis.places]
    by_start = {m.start: e for e in places for m in e.mentions}
    relations = []
    for entity in places:
        for mention in entity.mentions:
            token = _mention_token(doc, mention)
            if token is None:
                continue
            containers = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            after = _COMMA.match(text, mention.end, mention.end + 3) or _IN_REGION.match(
                text, mention.end, mention.end + 40
            )
            if after and after.end() in by_start:
                start = after.end()
                following = doc.char_span(start, start + 1, alignment_mode="expand")
                if following is not None and len(following):
                    containers.append(following[0])
            for container in containers:
                other = _entity_of(container, by_start, analysis)
                inner, outer = analysis.places[entity.key], None
                if other is not None and other != entity.key:
                    outer = next((e for e in places if e.key == other), None)
                if outer is None or inner.country_code != analysis.places[outer.key].country_code:
                    continue
                end = (
                    max(m.end for m in outer.mentions if m.start >= mention.start)
                    if any(m.start >= mention.start for m in outer.mentions)
                    else mention.end
                )
                relations.append(
                    _relation(
                        "located_in", entity.key, outer.key, Span.of(text, mention.start, end), analysis
                    )
                )
    return relations


def build_relations(analysis: Analysis) -> list[Relation]:
    """Every relation the article states between its entities."""
    text = analysis.document.text
    relations = [
        _relation(
            link.type,
            link.entity,
            link.entity,
            Span.of(text, link.evidence.start, link.evidence.end),
            analysis,
            name=link.name,
        )
        for link in analysis.name_links
    ]
    for entity in analysis.entities:
        relations.extend(_descriptor_relations(entity, analysis))
    relations.extend(_link_relations(analysis))
    relations.extend(_located_in(analysis))
    unique: list[Relation] = []
    for relation in relations:
        if not any(_same_statement(r, relation) for r in unique):
            unique.append(relation)
    return unique


def _same_statement(a: Relation, b: Relation) -> bool:
    """Two findings of one statement: same type and ends, evidence overlapping ("Nasser, a member of X")."""
    return (
        (a.type, a.head, a.tail) == (b.type, b.head, b.tail)
        and a.evidence.start < b.evidence.end
        and b.evidence.start < a.evidence.end
    )


class RelationsStage:
    """Descriptors of people and organisations, and the relations between entities."""

    name = "relations"
    requires = ("doc", "entities", "places", "name_links", "attributions")
    provides = ("relations",)

    def __call__(self, analysis: Analysis) -> None:
        add_descriptors(analysis)
        analysis.relations = build_relations(analysis)
