"""A trained linear model that finds the participants of violent events the rules miss, and drops
the ones they wrongly keep.

Candidates are noun phrases: the noun chunks of a trigger's sentence and what the rules already found
there (``sentence`` scope), and organisation-like phrases anywhere in the article (``document`` scope:
"the FMLN claimed responsibility"). Each gets sparse string features (head word, entity label, dependency,
governing verb, preposition, relation to the trigger, the rule's own role...) and a multinomial logistic
regression over :data:`CLASSES` scores it. The weights are a data file trained by
``training/train_muc4_roles.py`` on MUC-4's training split and read lazily, once per process.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING, Literal

from eventwire.extract.lexicons import read_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.extract.triggers import Trigger

FEATURE_VERSION = "2"
"""Bump when :func:`features` or the candidates change: the weights file records the version it was
trained with and a test checks they agree."""
MODEL_FILE = "muc4_roles.json"
CLASSES = ("none", "PerpInd", "PerpOrg", "Target", "Victim")
Scope = Literal["sentence", "document"]

# Families of triggers whose participants the model reads: attacks, bombings, kidnappings, arson.
FAMILIES = frozenset({"violence", "explosion", "abduction", "property"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "agent"})
# Words in a sentence that point to who is behind an attack ("claimed responsibility", "blamed").
_BLAME_WORDS = frozenset(
    {
        "claim",
        "responsibility",
        "responsible",
        "blame",
        "attribute",
        "accuse",
        "perpetrate",
        "commit",
        "carry",
        "suspect",
        "guerrilla",
        "terrorist",
        "rebel",
        "command",
        "member",
    }
)
_ORG_WORDS = frozenset(
    {
        "army",
        "force",
        "front",
        "cartel",
        "police",
        "movement",
        "party",
        "government",
        "brigade",
        "battalion",
        "command",
        "military",
        "organization",
        "organisation",
        "alliance",
        "union",
        "detachment",
        "group",
        "commando",
        "cell",
        "extraditables",
        "squad",
        "path",
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A noun phrase that may fill a role: its head token and the character bounds of its text."""

    head: int
    start: int
    end: int
    scope: Scope
    rule_role: str | None = None
    gap: int = 0
    """Sentences between this one and the nearest with a trigger the model reads."""


@functools.cache
def _claim_lemmas() -> frozenset[str]:
    return frozenset(read_lexicon("cues.json")["claim_verbs"]) | _BLAME_WORDS


@functools.cache
def _weapon_words() -> frozenset[str]:
    lexicon = read_lexicon("weapons.json")
    return frozenset(w for k, words in lexicon.items() if k != "about" for w in words if " " not in w)


@functools.cache
def _cue_words(key: str) -> frozenset[str]:
    return frozenset(read_lexicon("cues.json")[key])


def _lemma(token: Token) -> str:
    return str(token.lemma_).casefold()


def name_bounds(token: Token) -> tuple[int, int]:
    """The words of a proper name ending at ``token`` ("mauricio gutierrez castro" in "court president
    mauricio gutierrez castro"): the run of proper-noun compounds before it."""
    left = token.i
    doc = token.doc
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == token.i:
        left -= 1
    return doc[left].idx, token.idx + len(token.text)


def chunk_bounds(chunk: Span) -> tuple[int, int]:
    """The characters of a noun chunk without leading articles, possessives and numbers-as-quantifiers."""
    start = chunk.start
    while start < chunk.end - 1 and (
        chunk.doc[start].lower_ in ("the", "a", "an") or chunk.doc[start].is_punct
    ):
        start += 1
    root = chunk.root
    if root.pos_ == "PROPN" and any(t.pos_ != "PROPN" for t in chunk.doc[start : root.i]):
        return name_bounds(root)
    last = chunk.doc[chunk.end - 1]
    return chunk.doc[start].idx, last.idx + len(last.text)


def _chunks(doc: Doc) -> list[Span]:
    """The noun chunks of the parse, computed once per Doc."""
    cached = doc.user_data.get("eventwire.noun_chunks")
    if cached is None:
        cached = [c for c in doc.noun_chunks if c.root.pos_ in ("NOUN", "PROPN")]
        doc.user_data["eventwire.noun_chunks"] = cached
    return list(cached)


def applies(trigger: Trigger) -> bool:
    """Whether the model reads the participants of this trigger's event (attacks, not arrests)."""
    return trigger.family in FAMILIES and trigger.sub_event_type != "Arrests"


def may_overrule(token: Token, trigger: Trigger | None, role: str) -> bool:
    """Whether the model may drop a doer or victim of the trigger verb that the rules otherwise keep
    whatever it scores ("gunmen shot dead a judge" keeps its judge). Two kinds of reading are no such
    fact: the sides of a combat report ("troops clashed with rebels", "rebels attacked army troops"),
    where doer and victim are both armed, and a plural told as a mass rather than people acted on
    ("death squads murder priests", "many peasants have been killed"). A word that qualifies the trigger
    noun ("a rebel attack") stays as the rules read it."""
    if trigger is None:
        return False
    if token.head.i == trigger.head and token.dep_ in ("compound", "amod", "poss", "nmod"):
        return False
    if trigger.sub_event_type == "Armed clash":
        return True
    if role != "victim":
        return False
    # Only what the verb acts on directly: "aimed at shoppers" names whom the attack was made against.
    mass = token.dep_ in ("dobj", "nsubjpass") and _is_mass_plural(token)
    return mass or (_is_combatant(token) and _armed_doer(token.doc[trigger.head]))


def _is_combatant(token: Token) -> bool:
    return _lemma(token) in _cue_words("combatants") or token.lower_ in _cue_words("combatants")


def _armed_doer(head: Token) -> bool:
    """Whether the trigger verb's doer is an armed side: fighters, or a unit or force."""
    for child in head.children:
        doer = child
        if child.dep_ == "agent":
            doer = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        if _is_combatant(doer) or _lemma(doer) in _cue_words("organisation_nouns"):
            return True
    return False


def _is_mass_plural(token: Token) -> bool:
    """A plural with no article, possessive or count of its own, or only a vague one ("priests", "innocent
    people", "many civilians"), and no "of" naming whose ("members of the union")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    vague = _cue_words("vague_quantifiers")
    if any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in vague for c in token.lefts):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)


def candidates(
    doc: Doc, triggers: list[Trigger], rules: dict[int, tuple[str, int, int]]
) -> list[tuple[Candidate, Trigger | None]]:
    """Every noun chunk of the article and every phrase the rules found (by head token: ``(role, start,
    end)``), one per head token, each with the nearest trigger of its sentence (``sentence`` scope) or
    none (``document`` scope). ``triggers`` are the ones :func:`applies` to, in text order."""
    found: dict[int, Candidate] = {}
    for i, (role, start, end) in rules.items():
        found[i] = Candidate(head=i, start=start, end=end, scope="sentence", rule_role=role)
    heads = {t.head for t in triggers}
    for chunk in _chunks(doc):
        if chunk.root.i in found or chunk.root.i in heads:
            continue
        start, end = chunk_bounds(chunk)
        found[chunk.root.i] = Candidate(head=chunk.root.i, start=start, end=end, scope="sentence")
    sentences = _sentences(doc)
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        by_sentence.setdefault(sentences.index[trigger.head], []).append(trigger)
    placed: list[tuple[Candidate, Trigger | None]] = []
    for i in sorted(found):
        index = sentences.index[i]
        near = by_sentence.get(index)
        if near:
            anchor = min(near, key=lambda t: (abs(t.head - i), t.head))
            placed.append((found[i], anchor))
        else:
            gap = min((abs(index - s) for s in by_sentence), default=99)
            placed.append((replace(found[i], scope="document", gap=gap), None))
    return placed


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12):
        if n <= limit:
            return str(limit)
    return "far"


def _relation(token: Token, trigger: Token) -> str:
    if token.head.i == trigger.i:
        return f"child:{token.dep_}"
    if token.head.head.i == trigger.i:
        return f"grandchild:{token.head.dep_}:{token.head.lower_}"
    if trigger.head.i == token.i:
        return f"parent:{trigger.dep_}"
    if token.head.i == trigger.head.i:
        return f"sibling:{trigger.dep_}:{token.dep_}"
    if trigger.is_ancestor(token):
        return "descendant"
    if token.is_ancestor(trigger):
        return "ancestor"
    return "other"


def features(candidate: Candidate, doc: Doc, trigger: Trigger | None) -> list[str]:
    """The sparse features of one candidate (as the weights file knows them)."""
    token = doc[candidate.head]
    scope = candidate.scope[0]
    lemma = _lemma(token)
    words = _sentences(doc).text[candidate.start : candidate.end].casefold().split()
    feats = [
        "bias",
        f"w={token.lower_}",
        f"l={lemma}",
        f"pos={token.pos_}",
        f"ent={token.ent_type_}",
        f"dep={token.dep_}",
        f"dep_gov={token.dep_}|{_lemma(token.head)}",
        f"gov={_lemma(token.head)}",
        f"rule={candidate.rule_role}",
        f"rule_dep={candidate.rule_role}|{token.dep_}",
        f"len={_bucket(len(words))}",
    ]
    feats.extend(f"mod={_lemma(c)}" for c in token.lefts if c.dep_ in ("amod", "compound", "nmod"))
    if words and words[0] != token.lower_:
        feats.append(f"first={words[0]}")
    for child in token.children:
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            feats.append(f"postprep={child.lower_}")
            feats.extend(f"postobj={child.lower_}|{_lemma(g)}" for g in objects)
            feats.extend(f"postobj_ent={g.ent_type_}" for g in objects if g.ent_type_)
        elif child.dep_ in ("appos", "relcl", "acl"):
            feats.append(f"post={child.dep_}|{_lemma(child)}")
    if token.dep_ == "pobj":
        prep = token.head
        feats.append(f"prep={prep.lower_}|{_lemma(prep.head)}")
        feats.append(f"prep_pos={prep.lower_}|{prep.head.pos_}")
        if prep.head.dep_ == "agent" or (prep.lower_ == "by" and prep.head.tag_ == "VBN"):
            feats.append("passive_agent")
    governor = token.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    feats.append(f"verb={_lemma(governor)}")
    feats.append(f"verb_dep={_lemma(governor)}|{token.dep_}")
    if any(c.dep_ == "auxpass" for c in governor.children):
        feats.append(f"passive|{token.dep_}")
    if lemma in _ORG_WORDS:
        feats.append("orgword")
    if token.lower_ in _weapon_words() or lemma in _weapon_words():
        feats.append("weaponword")
    if token.like_num:
        feats.append("number")
    sentences = _sentences(doc)
    index = sentences.index[token.i]
    feats.extend(sentences.cues[index])
    feats.append(f"sent_pos={_bucket(index)}")
    feats.append(f"gap={_bucket(candidate.gap)}")
    feats = [f"{scope}:{f}" for f in feats]
    if trigger is not None:
        head = doc[trigger.head]
        feats.extend(
            [
                f"t:l={_lemma(head)}",
                f"t:type={trigger.sub_event_type}",
                f"t:rel={_relation(token, head)}",
                f"t:rel_l={_relation(token, head)}|{_lemma(head)}",
                f"t:side={'before' if token.i < head.i else 'after'}|{token.dep_}",
                f"t:dist={_bucket(abs(token.i - head.i))}",
                f"t:rule_type={candidate.rule_role}|{trigger.sub_event_type}",
                f"t:l_type={lemma}|{trigger.family}",
            ]
        )
    return feats


@dataclass(frozen=True, slots=True)
class _Sentences:
    """Sentence of each token (``Token.sent`` walks the Doc on each call) and the cue words of each."""

    index: list[int]
    starts: list[int]
    cues: list[list[str]]
    text: str
    """``Doc.text``, which spaCy joins anew on each access."""


def _sentences(doc: Doc) -> _Sentences:
    cached = doc.user_data.get("eventwire.roles.sentences")
    if isinstance(cached, _Sentences):
        return cached
    index = [0] * len(doc)
    starts, cues = [], []
    claims = _claim_lemmas()
    for n, sentence in enumerate(doc.sents):
        starts.append(sentence.start)
        lemmas = set()
        for token in sentence:
            index[token.i] = n
            lemmas.add(_lemma(token))
        cues.append([f"cue={c}" for c in sorted(lemmas & claims)])
    found = _Sentences(index=index, starts=starts, cues=cues, text=doc.text)
    doc.user_data["eventwire.roles.sentences"] = found
    return found


@dataclass(frozen=True, slots=True)
class RoleModel:
    """Weights per feature, one per class; scores are softmax probabilities over :data:`CLASSES`."""

    weights: dict[str, list[float]]
    organisation_heads: frozenset[str]
    """Head nouns that name an organisation rather than people in the training keys ("fmln", "cartel")."""
    metadata: dict[str, object]

    def probabilities(self, feats: list[str]) -> list[float]:
        scores = [0.0] * len(CLASSES)
        for f in feats:
            row = self.weights.get(f)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@functools.cache
def load_model() -> RoleModel:
    """The trained weights, read once per process from the package data."""
    path = resources.files("eventwire.extract").joinpath("models", MODEL_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    return RoleModel(
        weights=data["weights"],
        organisation_heads=frozenset(data["organisation_heads"]),
        metadata={k: v for k, v in data.items() if k not in ("weights", "organisation_heads")},
    )
