"""Venues: the place each mention of an event names in its own clause ("killed in Ashford", "the blast at
the bus station").

An event has one location, where the story says it happened; a venue belongs to one mention and is only
what that mention's clause states, so an event told in two towns has two venues. A venue is the object of
a locative preposition ("in", "at", "near"; "on" only before a street) that is a named place or a place
noun ("station", "village"), found

- on the mention itself ("attacks in Northvale", "killed in the province", "At Mill Road, two died");
- on the verb the mention is subject or object of ("the explosion was at the station", "bombs went off in
  the city", "carried out attacks in ..."), and on that verb's object ("the blast hit a shop on Elm
  Street");
- on what the mention acts on ("attacked the camp in Kerrow Province", "the hall in the city was wrecked
  by an explosion", "an attack on the market in Dunmore");
- as a settlement the mention is "of" ("the bombing of the city"), or the noun a "where" clause describes
  ("the station, where six people were killed").

Places joined by "and" are venues each ("in Northvale and Eastmere"). A casualty participle ("exploded,
wounding nine people on a street") names no place of its own: the event it follows does, even where the
parser hung the participle on another verb of the sentence ("police hunt a man whose bomb exploded on
Friday, wounding nine people on a street").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.extract.lexicons import read_lexicon
from eventwire.models import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_TARGET_PREPOSITIONS = frozenset({"on", "against", "of", "between"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    prepositions: frozenset[str]
    surface_prepositions: frozenset[str]
    nouns: frozenset[str]
    street_nouns: frozenset[str]
    settlement_nouns: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = read_lexicon("venues.json")
    return _Lexicon(**{name: frozenset(data[name]) for name in _Lexicon.__dataclass_fields__})


def find_venues(head: Token, text: str, *, place_tokens: frozenset[int]) -> list[Span]:
    """The places the clause of the mention headed by ``head`` says it happened at, in text order.

    ``place_tokens`` are the indices of tokens inside mentions the places stage resolved (not metonyms).
    """
    found: dict[int, Token] = {}
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX", "NOUN"):
        return []  # "exploded on Friday, wounding nine people on a street": the place is the explosion's
    for holder in _holders(head):
        for preposition in holder.children:
            for place in _objects(preposition, place_tokens):
                found.setdefault(place.i, place)
    if head.pos_ == "NOUN":
        # "the bombing of the city": a settlement bombed is where the bombing was, a building its target.
        for preposition in head.children:
            if preposition.dep_ == "prep" and preposition.lower_ == "of":
                for place in preposition.children:
                    if place.dep_ == "pobj" and (
                        place.ent_type_ in ("GPE", "LOC")
                        or place.lemma_.casefold() in _lexicon().settlement_nouns
                    ):
                        found.setdefault(place.i, place)
    if head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        described = head.head
        if _is_place(described, place_tokens):
            found.setdefault(described.i, described)
    named = {place.i: place for place in map(_named_by, found.values())}
    return [_phrase(named[i], text) for i in sorted(named)]


def _named_by(place: Token) -> Token:
    """The name a settlement noun is "of" ("the southern city of Ardan" is Ardan), else ``place``."""
    if place.lemma_.casefold() not in _lexicon().settlement_nouns:
        return place
    for preposition in place.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            for name in preposition.children:
                if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ not in _NOT_PLACE_LABELS:
                    return name
    return place


def _holders(head: Token) -> list[Token]:
    """The tokens whose prepositions may say where the mention happened."""
    holders = [head]
    # "a wave of shootings broke out in ...", "a series of attacks in ...": the noun the mention counts.
    anchor = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
        anchor = head.head.head
        holders.append(anchor)
    governor = anchor.head
    if governor.i != anchor.i:
        if anchor.dep_ in _CORE_DEPS and governor.pos_ in ("VERB", "AUX"):
            holders.append(governor)  # "the explosion was at ...", "carried out attacks in ..."
            if anchor.dep_ == "nsubj":
                # "the blast hit a shop on Elm Street"
                holders.extend(c for c in governor.children if c.dep_ == "dobj")
        elif anchor.dep_ == "pobj" and governor.dep_ == "agent":
            holders.append(governor.head)  # "... was shattered by an explosion"
            holders.extend(c for c in governor.head.children if c.dep_ == "nsubjpass")
    # What the mention acts on: its object, its passive subject, what an attack is "on".
    for child in head.children:
        if child.dep_ in _OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
            holders.append(child)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            holders.extend(objects + [c for o in objects for c in o.conjuncts])
        elif child.dep_ == "advcl" and child.tag_ == "VBG":
            # "exploded on Friday, wounding nine people on a busy street"
            holders.extend([child, *(c for c in child.children if c.dep_ == "dobj")])
    follower = _toll_participle_after(head)
    if follower is not None:
        holders.extend([follower, *(c for c in follower.children if c.dep_ == "dobj")])
    return holders


_TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _toll_participle_after(head: Token) -> Token | None:
    """A casualty participle right after the mention's clause that the parser hung on another verb ("police
    hunt a man who left a bomb that exploded on Friday, wounding nine people on a street": "wounding"
    hangs on "hunt" but tells of the explosion)."""
    doc = head.doc
    comma = head.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    participle = doc[comma + 1]
    if (
        participle.tag_ != "VBG"
        or participle.dep_ != "advcl"
        or participle.head.i == head.i
        or participle.lemma_.casefold() not in _TOLL_LEMMAS
    ):
        return None
    return participle


def _objects(preposition: Token, place_tokens: frozenset[int]) -> list[Token]:
    """The places a locative preposition introduces: its object and the objects joined to it."""
    lexicon = _lexicon()
    word = preposition.lower_
    if preposition.dep_ != "prep" or word not in lexicon.prepositions | lexicon.surface_prepositions:
        return []
    found = []
    for first in (c for c in preposition.children if c.dep_ == "pobj"):
        if not _is_place(first, place_tokens) or not (
            word in lexicon.prepositions or first.lemma_.casefold() in lexicon.street_nouns
        ):
            continue
        found.append(first)
        # "in Quetta and Peshawar": a name joined to a place is a place, whatever its tag says.
        found += [
            c
            for c in first.conjuncts
            if _is_place(c, place_tokens) or (c.pos_ == "PROPN" and c.ent_type_ not in _NOT_PLACE_LABELS)
        ]
    return found


def _is_place(token: Token, place_tokens: frozenset[int]) -> bool:
    if token.ent_type_ in _NOT_PLACE_LABELS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.i in place_tokens or token.ent_type_ in _PLACE_LABELS:
        return True
    return token.lemma_.casefold() in _lexicon().nouns or token.lower_ in _lexicon().nouns


def _phrase(token: Token, text: str) -> Span:
    """The words of the place ``token`` heads: its pre-modifiers and the rest of a name it starts."""
    start = token.left_edge.idx
    last = token
    doc = token.doc
    while (
        last.i + 1 < len(doc)
        and last.ent_type_
        and doc[last.i + 1].ent_iob_ == "I"
        and doc[last.i + 1].ent_type_ == last.ent_type_
    ):
        last = doc[last.i + 1]
    return Span.of(text, start, last.idx + len(last.text))
