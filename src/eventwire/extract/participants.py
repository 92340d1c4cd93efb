"""Participants and weapons of one event mention, read from the parse around its trigger.

Roles follow the taxonomy: the doer of an attack is the ``perpetrator`` (``agent`` for arrests), the people
it harms are ``victim``s, the things it hits ``target``s, the people arrested ``detainee``s. "IS claimed that
two of its members detonated..." makes IS a perpetrator with confidence ``claimed``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.extract import role_model
from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.pipeline import Analysis
from eventwire.extract.triggers import Trigger, find_triggers, possessor_undergoes
from eventwire.models import Confidence, Participant, Role, Span, Weapon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PEOPLE = frozenset(
    [
        "people",
        "person",
        "persons",
        "man",
        "men",
        "woman",
        "women",
        "child",
        "children",
        "boy",
        "boys",
        "girl",
        "girls",
        "civilian",
        "civilians",
        "victim",
        "victims",
        "resident",
        "residents",
        "worker",
        "workers",
        "student",
        "students",
        "soldier",
        "soldiers",
        "officer",
        "officers",
        "policeman",
        "policemen",
        "police",
        "guard",
        "guards",
        "member",
        "members",
        "leader",
        "leaders",
        "official",
        "officials",
        "peasant",
        "peasants",
        "farmer",
        "farmers",
        "villager",
        "villagers",
        "passenger",
        "passengers",
        "journalist",
        "journalists",
        "pilgrim",
        "pilgrims",
        "worshipper",
        "worshippers",
        "family",
        "families",
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "suspect",
        "suspects",
        "militant",
        "militants",
        "judge",
        "judges",
        "priest",
        "priests",
        "mayor",
        "candidate",
        "driver",
        "drivers",
        "troops",
        "crowd",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "friend",
        "friends",
        "neighbor",
        "neighbors",
        "general",
        "commander",
        "minister",
        "jesuit",
        "jesuits",
        "missionary",
        "missionaries",
        "engineer",
        "engineers",
        "technician",
        "technicians",
        "businessman",
        "businessmen",
        "bodyguard",
        "bodyguards",
        "senator",
        "archbishop",
        "bishop",
        "clergyman",
        "nun",
        "nuns",
        "ambassador",
        "diplomat",
        "diplomats",
        "lawyer",
        "lawyers",
        "hostage",
        "hostages",
        "citizen",
        "citizens",
        "director",
        "president",
        "attorney",
        "councilman",
        "councilmen",
        "protester",
        "protesters",
        "protestor",
        "protestors",
        "demonstrator",
        "demonstrators",
        "activist",
        "activists",
        "insurgent",
        "insurgents",
        "gunman",
        "gunmen",
        "fighter",
        "fighters",
        "rebel",
        "rebels",
        "guerrilla",
        "guerrillas",
        "attacker",
        "attackers",
        "bomber",
        "bombers",
        "customer",
        "customers",
        "employee",
        "employees",
        "guest",
        "guests",
        "shopper",
        "shoppers",
        "pedestrian",
        "pedestrians",
        "bystander",
        "bystanders",
        "tourist",
        "tourists",
        "prisoner",
        "prisoners",
        "personnel",
        "staff",
        "supporter",
        "supporters",
        "opponent",
        "opponents",
        "agent",
        "agents",
        "nurse",
        "nurses",
        "doctor",
        "doctors",
        "teacher",
        "teachers",
    ]
)
# Proper names of places that can be hit, by a word they contain ("Camp Bastion", "Kabul Airport").
_FACILITIES = frozenset(
    {
        "camp",
        "base",
        "airport",
        "airfield",
        "airbase",
        "station",
        "embassy",
        "consulate",
        "hotel",
        "market",
        "mosque",
        "church",
        "cathedral",
        "temple",
        "synagogue",
        "hospital",
        "school",
        "university",
        "college",
        "barracks",
        "prison",
        "jail",
        "stadium",
        "bridge",
        "building",
        "tower",
        "headquarters",
        "palace",
        "cafe",
        "restaurant",
        "bar",
        "pub",
        "mall",
        "plaza",
        "centre",
        "center",
        "port",
        "checkpoint",
        "outpost",
        "compound",
    }
)
# Gatherings an attack can strike, named in the name of the attack ("the Boston Marathon bombing").
_OCCASIONS = frozenset(
    {"marathon", "concert", "festival", "parade", "carnival", "wedding", "funeral", "games"}
)
# Verbs that kill or wound: what they act on is a victim whatever the noun ("killed 13 protesters").
_KILL_VERBS = frozenset(
    {"kill", "murder", "wound", "injure", "assassinate", "massacre", "execute", "slay", "behead", "maim"}
)
# Common nouns that name an armed actor when they modify an event noun: "police firing", "army shelling".
_ARMED_MODIFIERS = frozenset({"police", "army", "military", "troops", "paramilitary", "rebel", "militant"})
# Words that say who made an attack when they modify it: "a terrorist attack", "guerrilla attacks".
_ATTACKER_MODIFIERS = frozenset({"terrorist", "terrorists", "guerrilla", "guerrillas", "insurgent", "rebels"})
_AGENTIVE_ROLES = {"Arrests": "agent", "Disrupted weapons use": "agent"}
_CONDUCT_VERBS = frozenset(
    {
        "carry",
        "conduct",
        "launch",
        "stage",
        "perpetrate",
        "commit",
        "mount",
        "execute",
        "plan",
        "plot",
        "claim",
        "organize",
        "organise",
        "mastermind",
        "order",
        "lead",
    }
)


_DAMAGE_VERBS = frozenset({"damage", "destroy", "affect", "hit", "wreck", "demolish", "shatter", "raze"})
_TAKE_PART = frozenset({"participate", "involve", "implicate", "take"})
# Verbs that blame an event on someone, with the preposition that names them ("attributed to", "blamed on").
_BLAME_VERBS = {"attribute": "to", "blame": "on", "ascribe": "to", "credit": "to"}
# Verbs of setting off or leaving a bomb, and the prepositions that say what it was set against.
_BOMB_VERBS = frozenset(
    {"explode", "detonate", "go", "blow", "burst", "hurl", "throw", "place", "plant", "set"}
)
# Nouns that count events: "a series of attacks" was launched as the attacks were.
_SERIES = frozenset({"series", "wave", "string", "spate", "campaign", "round", "number", "couple", "pair"})
# What a bomb is hidden in, that "exploded" when it did ("the parcel exploded").
_CONTAINERS = frozenset({"package", "parcel", "bag", "backpack", "suitcase", "box", "charge", "letter"})
# Verbs whose object is the device set off ("detonated the charge", "planted explosives").
_DEVICE_VERBS = frozenset({"detonate", "plant", "explode"})
# Participles that say what a vehicle or container was loaded with ("a truck rigged with dynamite").
_LOADED_WITH = frozenset({"rig", "load", "pack", "fill", "contain", "lade", "stuff", "booby-trap"})
_AIM_VERBS = frozenset({"target", "aim", "hit", "direct"})
# Nouns that name what an attack was made against: "X was the target of the attack".
_AIMS = frozenset({"target", "objective", "object"})
# Events that befall only people: what they act on is a victim, not a target.
_PEOPLE_ONLY = frozenset(
    {"assassinate", "assassination", "murder", "kidnap", "kidnapping", "abduct", "abduction"}
)
# Nouns of owning an event ("claimed responsibility for the bombing") with the verbs that own it.
_RESPONSIBILITY = frozenset({"responsibility", "credit"})
_OWN_VERBS = frozenset({"claim", "accept", "admit", "take", "assume", "acknowledge"})
_PLACED_AT = frozenset({"at", "outside", "near", "inside", "in", "against", "on"})
# Of those, the ones that name what a bomb was set against, not the area it went off in ("in midair").
_SET_AGAINST = frozenset({"at", "outside", "inside", "against"})


@functools.cache
def _weapon_index() -> tuple[dict[tuple[str, ...], str], int]:
    lexicon = read_lexicon("weapons.json")
    index: dict[tuple[str, ...], str] = {}
    for weapon_type, words in lexicon.items():
        if weapon_type == "about":
            continue
        for word in words:
            index.setdefault(tuple(word.split()), weapon_type)
    return index, max(len(k) for k in index)


_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _phrase(token: Token) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``token``, without clauses and appositions."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "quantmod", "nmod", "case"):
            left = min(left, min(t.i for t in child.subtree))
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            # "the 6th floor of the hotel, killing two": the of-phrase without a clause hung on its noun
            clauses = [t for t in child.subtree if t.dep_ in _CLAUSES and t.i > child.i]
            stop = min(c.left_edge.i for c in clauses) if clauses else None
            right = max(right, max(t.i for t in child.subtree if stop is None or t.i < stop))
        elif child.dep_ in ("compound", "case", "nummod"):
            right = max(right, child.i)
    doc = token.doc
    while left < token.i and (
        doc[left].is_punct or (doc[left].dep_ == "det" and doc[left].lower_ in ("the", "a", "an"))
    ):
        left += 1
    while right > token.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _entity_for(token: Token, analysis: Analysis, start: int, end: int) -> str | None:
    for entity in analysis.entities:
        for mention in entity.mentions:
            if start <= mention.start < end or mention.start <= token.idx < mention.end:
                return entity.key
    return None


def _covers(key: str, token: Token, analysis: Analysis) -> bool:
    """Whether a mention of the entity ``key`` holds ``token``."""
    return any(m.start <= token.idx < m.end for e in analysis.entities if e.key == key for m in e.mentions)


def _resolve(token: Token) -> Token:
    """Through relative pronouns and appositions to the noun they stand for ("a general ... who")."""
    if token.lower_ in ("who", "whom", "which", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    if token.dep_ == "appos":
        token = token.head
    return token


def _participant(
    token: Token,
    role: Role,
    analysis: Analysis,
    confidence: Confidence = "reported",
    *,
    killed: bool = False,
    listed: bool = False,
) -> Participant | None:
    """The participant ``token`` names; ``killed`` when the trigger kills or wounds it: a counted noun it
    kills is living ("killed 13 protesters" names victims whatever the noun); ``listed`` for an item of a
    list, which stands for itself even where the parser made it an apposition of the item before."""
    if not listed:
        token = _resolve(token)
    if token.pos_ == "PRON" and token.lower_ not in ("those",):
        return None
    if _nobody(token):
        return None
    if role in ("perpetrator", "victim", "agent") and any(
        t.ent_type_ == "" and _is_weapon(t) and not (role == "victim" and _is_vehicle(t))
        for t in (token, *_partitive_of(token))
    ):
        return None  # "a bomb exploded", "seven of the bombs exploded": the means, found as weapons
    if token.ent_type_ != "PERSON":
        # "the son of the Dutch consul, Pieter Vos": the person by their name
        nouns = [token] + [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        named = next(
            (c for n in nouns for c in n.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
        )
        if named is not None:
            token = named
    start, end = _phrase(token)
    text = analysis.document.text
    entity = _entity_for(token, analysis, start, end)
    if entity is not None and token.pos_ == "PROPN" and not _covers(entity, token, analysis):
        entity = None  # "tomas ibarra celdran" tagged PERSON only as "tomas ibarra": keep the whole name
    if entity is not None:
        start, end = _whole_name(entity, start, end, analysis)
    if role == "victim" and (token.ent_type_ == "FAC" or _is_facility(token)):
        role = "target"  # "attacked Camp Bastion": a place that was hit, not a victim
    elif role == "victim" and token.ent_type_ == "" and _is_vehicle(token):
        role = "target"  # "burned two trucks of the Red Cross": the trucks, whoever owns them
    elif (
        role == "victim"
        and not (killed and any(c.dep_ == "nummod" for c in token.children))
        # a name inside the phrase that does not head it ("the french cultural centers") names no one hit
        and (entity is None or _names_inside(token, entity, analysis))
        and token.ent_type_ == ""
        and token.lemma_.casefold() not in _PEOPLE
        and token.lower_ not in _PEOPLE
        and not token.like_num
        and not (token.pos_ == "PROPN" and not _is_setting(token, analysis))
    ):
        role = "target"
    return Participant(
        role=role,
        text=text[start:end],
        entity=entity,
        evidence=Span.of(text, start, end),
        confidence=confidence,
    )


def _whole_name(entity: str, start: int, end: int, analysis: Analysis) -> tuple[int, int]:
    """The bounds of a phrase that is one word of a name ("el" of "el nisperal"): the whole name's,
    but not the people it qualifies where the tagger took them in ("Bolivian Army" of "Bolivian Army
    troops")."""
    for e in analysis.entities:
        if e.key == entity:
            for m in e.mentions:
                if m.start <= start and end <= m.end:
                    after = analysis.document.text[end : m.end].casefold().split()
                    if any(w in _PEOPLE or w in _combatants() for w in after):
                        return m.start, end
                    return m.start, m.end
    return start, end


@functools.cache
def _combatants() -> frozenset[str]:
    return frozenset(read_lexicon("cues.json")["combatants"])


def _partitive_of(token: Token) -> list[Token]:
    """What a count or quantifier is a part of: "bombs" in "seven of these bombs", "most of the men"."""
    if not (token.like_num or token.ent_type_ == "CARDINAL" or token.lower_ in _QUANTIFIERS):
        return []
    return [
        g
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


_QUANTIFIERS = frozenset({"some", "many", "most", "several", "all", "none", "each", "both", "few", "one"})


def _names_inside(token: Token, entity: str, analysis: Analysis) -> bool:
    """Whether ``entity`` is only named inside a common noun's phrase, not by its head ("the french
    cultural centers", "two trucks of the red cross"): the thing is no one. A group ("the m-19 unit")
    is people."""
    return (
        token.pos_ == "NOUN"
        and token.ent_type_ == ""
        and token.lemma_.casefold() not in organisation_nouns()
        and token.lower_ not in organisation_nouns()
        and not _covers(entity, token, analysis)
        # "mariela espinosa" with only "mariela" tagged: the last word of a name
        and not any(c.dep_ == "compound" and _covers(entity, c, analysis) for c in token.lefts)
    )


def _nobody(token: Token) -> bool:
    """Whether a phrase names no one: "no group has claimed it", "an attack on 13 September", "wounded 71"
    (a date, a time or a bare count; "20 of the activists" names people)."""
    negated = any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in token.lefts)
    partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
    return negated or (token.ent_type_ in ("DATE", "TIME", "CARDINAL") and not partitive)


def _is_facility(token: Token) -> bool:
    """Whether a proper name names a building or compound ("Camp Bastion", "the Central Hotel")."""
    if token.pos_ != "PROPN":
        return False
    words = [token, *(c for c in token.lefts if c.dep_ == "compound")]
    return any(w.lower_ in _FACILITIES for w in words)


def _names_a_site(token: Token) -> bool:
    """Whether a name written before an event noun names the site or the occasion it struck: a building
    ("the Bagram Airfield bombing"), a gathering ("the Boston Marathon bombing"), or a name the article
    also writes before a building noun ("the Rolando bombing" where "the Rolando cafe" was hit)."""
    # the name's own words, and those the parser hung beside it on the event noun ("Bagram", "Airfield")
    words = [token, *(c for c in token.lefts if c.dep_ == "compound")]
    words += [t for t in token.doc[token.i + 1 : token.head.i] if t.dep_ == "compound"]
    if any(w.lower_ in _FACILITIES or w.lower_ in _OCCASIONS for w in words):
        return True
    return any(
        t.lower_ == token.lower_ and t.dep_ == "compound" and t.head.lemma_.casefold() in _FACILITIES
        for t in token.doc
    )


def _within_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` depends on ``head`` with no other verb between them."""
    current = token
    while current.i != head.i:
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _is_weapon(token: Token) -> bool:
    index, _ = _weapon_index()
    modified = (*(t.lower_ for t in token.lefts if t.dep_ in ("amod", "compound")), token.lower_)
    return any(key in index for key in ((token.lower_,), (token.lemma_.casefold(),), modified, modified[-2:]))


def _is_vehicle(token: Token) -> bool:
    index, _ = _weapon_index()
    return index.get((token.lower_,)) == "vehicle" or index.get((token.lemma_.casefold(),)) == "vehicle"


def _names_a_town(token: Token, analysis: Analysis) -> bool:
    for entity in analysis.entities:
        place = analysis.places.get(entity.key)
        if (
            place is not None
            and place.feature != "country"
            and any(m.start <= token.idx < m.end for m in entity.mentions)
        ):
            return True
    return False


def _claimer(token: Token, analysis: Analysis) -> Token | None:
    """The subject of a claim verb that governs ``token`` ("IS claimed that ... detonated")."""
    claims = read_lexicon("cues.json")["claim_verbs"]
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    # Only what the claim itself says: "IS claimed that its members detonated", "claimed the attack".
    for ancestor in (clause, clause.head):
        if ancestor.lemma_.casefold() in claims and (ancestor.i == clause.i or clause.dep_ == "ccomp"):
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is None:
                # Capitalised acronyms fool the tagger ("IS claimed" read as a passive): take a named
                # organisation written before the verb in its clause.
                subject = next((c for c in ancestor.lefts if c.idx in analysis.entity_at), None)
            return subject
    return None


def _listed(token: Token) -> list[Token]:
    """The items of a list that ``token`` introduces with "including" ("twelve people, including two
    children", "were arrested, including A, B and C"): each conjunct, and each name set off by a comma
    that the parser made an apposition of the name before it."""
    items: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        for first in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")):
            items.append(first)
            doc = first.doc
            for t in first.subtree:
                if t.i == first.i or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                if t.dep_ == "conj" or (
                    t.dep_ == "appos"
                    and t.pos_ == "PROPN"
                    and t.head.pos_ == "PROPN"
                    and any(w.lower_ == "," for w in doc[t.head.i + 1 : t.i])
                ):
                    items.append(t)
    return items


def _conjuncts(token: Token) -> list[Token]:
    """``token`` and the nouns conjoined to it ("Ana and Rosa Quintal", "the bank and a store")."""
    found = [token]
    named = [c for c in token.children if c.dep_ == "appos"]
    for node in (token, *named):
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                found.extend(_conjuncts(child))
    return found


def _participants(
    token: Token,
    role: Role,
    analysis: Analysis,
    confidence: Confidence = "reported",
    *,
    killed: bool = False,
) -> list[Participant]:
    """The participant ``token`` names and those conjoined to it, each in ``role``."""
    found = [
        p
        for t in _conjuncts(token)
        if (p := _participant(t, role, analysis, confidence, killed=killed)) is not None
    ]
    # "were arrested, including A, B and C", "killed 12 people, including two children"
    found.extend(
        p
        for t in _conjuncts(token)
        for item in _listed(t)
        if (p := _participant(item, role, analysis, confidence, killed=killed, listed=True)) is not None
    )
    if role == "perpetrator":
        # "troops commanded by Colonel Soto": who leads the doers answers for what they did.
        found.extend(
            p
            for t in _conjuncts(token)
            for leader in _leaders_of(t)
            if (p := _participant(leader, role, analysis, confidence)) is not None
        )
        # "Honduran army troops", "members of the FMLN": the organisation the people belong to acts too.
        for t in _conjuncts(token):
            for org in _units_of(t):
                if org.dep_ == "prep" or org.head.i != t.i or org.i > t.i:
                    if (p := _participant(org, role, analysis, confidence)) is not None:
                        found.append(p)
                    continue
                # "Honduran army troops": the unit with the words that qualify it, before the people noun
                left = min(
                    [org.i] + [c.i for c in t.lefts if c.i < org.i and c.dep_ in ("amod", "compound", "nmod")]
                )
                start, end = org.doc[left].idx, org.idx + len(org.text)
                text = analysis.document.text
                entity = _entity_for(org, analysis, start, end)
                if entity is not None:
                    start, end = _whole_name(entity, start, end, analysis)
                found.append(
                    Participant(
                        role=role,
                        text=text[start:end],
                        entity=entity,
                        evidence=Span.of(text, start, end),
                        confidence=confidence,
                    )
                )
    return found


def people_nouns() -> frozenset[str]:
    """Common nouns that describe people ("peasants", "a judge", "the victims") rather than name them."""
    return _PEOPLE


_LEAD_VERBS = frozenset({"command", "lead", "head"})


def _leaders_of(token: Token) -> list[Token]:
    """Who commands the people ``token`` names: "Ruiz" in "soldiers led by Captain Ruiz", "troops of
    the 3rd brigade commanded by Colonel Ruiz"."""
    units = [token, *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    return [
        g
        for unit in units
        for c in unit.children
        if c.dep_ == "acl" and c.lemma_.casefold() in _LEAD_VERBS
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]


@functools.cache
def organisation_nouns() -> frozenset[str]:
    """Head nouns of a phrase that names a group or unit ("the Honduran army", "the ... Front")."""
    return frozenset(read_lexicon("cues.json")["organisation_nouns"])


def _is_unit(token: Token) -> bool:
    return token.lemma_.casefold() in organisation_nouns() or token.ent_type_ == "ORG"


def _units_of(token: Token) -> list[Token]:
    """Organisations named inside a phrase about people ("army troops", "members of the front")."""
    if _is_unit(token):
        return []
    units = [c for c in token.children if c.dep_ in ("compound", "nmod") and _is_unit(c)]
    units.extend(
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and _is_unit(g)
    )
    return units


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition, through "in front of" ("exploded in front of the embassy")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "in" and len(objects) == 1 and objects[0].lower_ == "front":
        return [
            g
            for c in objects[0].children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return objects


def _is_setting(token: Token, analysis: Analysis) -> bool:
    """Whether a noun says where or when rather than what was hit ("at 2100", "in Medellin")."""
    return (
        token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL")
        or token.like_num
        or _names_a_town(token, analysis)
    )


def _support_verb(noun: Token) -> Token | None:
    """The verb that says someone made the event a noun names ("launched attacks", "carried out a series
    of bombings", "the attack was staged", "attacks carried out by")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.casefold() in _SERIES:
        noun = noun.head.head  # "a series of attacks": the series was launched
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.casefold() in _CONDUCT_VERBS:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.casefold() in _CONDUCT_VERBS), None)


def _doers(verb: Token) -> list[Token]:
    """Who does what ``verb`` says: its subject or passive agent, else the subject of the verb it
    completes ("decided to carry out") or the owner of the noun it qualifies ("the IRA's decision to")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if doers or any(c.dep_ == "nsubjpass" for c in verb.children):
        return doers
    governor = verb.head
    if verb.dep_ in ("xcomp", "conj", "advcl") and governor.pos_ in ("VERB", "AUX") and governor.i != verb.i:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children):
            return []  # "he was shot, killing ...": the one the governing verb names underwent it
        return _doers(governor)
    if verb.dep_ == "acl" and governor.pos_ == "NOUN":
        return [c for c in governor.children if c.dep_ == "poss"]
    return []


def _device(verb: Token) -> int | None:
    """Index of the thing a verb of exploding says went off or was set off: the object of "detonated" or
    "planted", the subject of "exploded" or "went off" ("the bombs began to explode", "a device that
    exploded"), when it is no person; None when the verb names none."""
    lemma = verb.lemma_.casefold()
    went_off = lemma in ("explode", "detonate", "blow") or (
        lemma == "go" and any(c.lower_ == "off" for c in verb.children)
    )
    if lemma in _DEVICE_VERBS or (lemma == "set" and any(c.lower_ == "off" for c in verb.children)):
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                return c.i
    if not went_off or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    if lemma == "blow" and any(c.dep_ == "dobj" or c.lower_ == "himself" for c in verb.children):
        return None  # "he blew himself up"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        # "the bombs began to explode", "the bomb was placed at the door and exploded"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    subject = _resolve(subject)
    if subject.pos_ != "NOUN" or not (_is_weapon(subject) or subject.lemma_.casefold() in _CONTAINERS):
        return None  # "the bomber detonated", "the plane exploded": what went off only when it is one
    return subject.i


def _owned_by(head: Token) -> Token | None:
    """Who claimed or accepted responsibility for the event ``head`` names ("X claimed responsibility for
    the attack", "X has taken credit for the bombing")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.casefold() not in _RESPONSIBILITY:
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.casefold() not in _OWN_VERBS:
        return None
    doers = _doers(verb)
    return doers[0] if doers else None


def _named_before(noun: Token, analysis: Analysis) -> Token | None:
    """An organisation named right before an event noun that the parser did not attach to it ("IS
    attacks" read as a verb and its complement): it made the attack, as "ETA attacks" does."""
    if noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if before.head.i == noun.i or before.pos_ in ("NOUN", "ADJ", "DET", "ADP", "PUNCT"):
        return None  # attached (the rules read modifiers), or a phrase of its own
    key = next(
        (e.key for e in analysis.entities for m in e.mentions if m.end == before.idx + len(before.text)),
        None,
    )
    entity = next((e for e in analysis.entities if e.key == key), None)
    if entity is None or entity.type != "ORG" or key in analysis.places:
        return None
    return before


def _implied_doers(head: Token) -> set[int]:
    """Indices of the doers the trigger's support or governing verb names ("IS launched attacks", "a
    bomber blew himself up, killing six"), as sure as the subject of the trigger itself."""
    if head.pos_ in ("VERB", "AUX"):
        if head.tag_ == "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in head.children):
            return set()
        verb: Token | None = head
    else:
        verb = _support_verb(head)
    return {c.i for c in _doers(verb)} if verb is not None else set()


def _blamed(head: Token, analysis: Analysis) -> list[Participant]:
    """Who an event is blamed on: "attributed to X", "blamed on X", "holds X responsible", "accused X of"."""
    found: list[Participant] = []
    governor = head.head
    if (
        governor.dep_ == "prep"
        and governor.lower_ in ("in", "of")
        and governor.head.lemma_.casefold() in _TAKE_PART
    ):
        # "three persons suspected of participating in the attack", "the men involved in the murder"
        verb = governor.head
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            found.extend(_participants(verb.head, "perpetrator", analysis, "suspected"))
        elif verb.dep_ == "pcomp":
            head, governor = verb, verb.head
    if (
        governor.dep_ == "prep"
        and governor.lower_ == "of"
        and governor.head.dep_ == "acl"
        and governor.head.lemma_.casefold() in ("suspect", "accuse", "charge", "convict")
        and governor.head.head.pos_ in ("NOUN", "PROPN")
    ):
        # "persons suspected of the attack", "the men accused of the murder"
        found.extend(_participants(governor.head.head, "perpetrator", analysis, "suspected"))
    lemma = governor.lemma_.casefold()
    if head.dep_ in ("nsubjpass", "dobj") and lemma in _BLAME_VERBS:
        # "the attack was attributed to the FMLN", "blamed the bombing on the cartel"
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ == _BLAME_VERBS[lemma]:
                for g in _objects(child):
                    found.extend(_participants(g, "perpetrator", analysis, "suspected"))
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in ("for", "of"):
        holder = governor.head
        if holder.lower_ == "responsible":
            # "holds the FMLN responsible for", "the FMLN is responsible for"
            if holder.dep_ == "amod":
                found.extend(_participants(holder.head, "perpetrator", analysis, "suspected"))
            else:
                own = [c for c in holder.children if c.dep_ == "nsubj"]
                verb = holder.head
                held = own or [c for c in verb.children if c.dep_ == "dobj"]
                if not held and holder.dep_ == "acomp":
                    held = [c for c in verb.children if c.dep_ == "nsubj"]
                for c in held:
                    found.extend(_participants(c, "perpetrator", analysis, "suspected"))
        elif holder.lemma_.casefold() in ("accuse", "blame", "charge", "hold"):
            # "accused the FMLN of the crime", "blamed the army for the massacre"
            role_dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in holder.children) else "dobj"
            found.extend(
                p
                for c in holder.children
                if c.dep_ == role_dep
                for p in _participants(c, "perpetrator", analysis, "suspected")
            )
    return found


def counted_groups(doc: Doc, counted: Span, text: str) -> list[Span]:
    """The groups of people one casualty count joins ("four workers and two soldiers" -> "four workers",
    "two soldiers"), each the victims of the predicate that counts them; the phrase itself otherwise."""
    whole = Span.of(text, counted.start, counted.end)  # as written, whatever case the count read
    phrase = doc.char_span(counted.start, counted.end, alignment_mode="expand")
    if phrase is None or not len(phrase):
        return [whole]
    root = phrase.root
    # "three porters, a driver and two guards": the parser may hang a list on its first item as an apposition.
    listed = [c for c in root.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)]
    items = [root, *root.conjuncts, *listed, *(t for c in listed for t in c.conjuncts)]
    heads = list({t.i: t for t in items if phrase.start <= t.i < phrase.end}.values())
    if len(heads) == 1:
        return [whole]
    groups = []
    for head in sorted(heads, key=lambda t: t.i):
        own = [head] + [
            t
            for child in head.children
            if child.dep_ not in ("conj", "cc", "punct", "appos")
            for t in child.subtree
            if phrase.start <= t.i < phrase.end
        ]
        start, last = min(t.idx for t in own), max(own, key=lambda t: t.i)
        groups.append(Span.of(text, start, last.idx + len(last.text)))
    return groups


def find_participants(trigger: Trigger, doc: Doc, analysis: Analysis) -> list[Participant]:
    """Who took part in the event that ``trigger`` mentions, and in what role.

    The rules read the parse around the trigger; for attacks, bombings, kidnappings and arson the trained
    role model (:mod:`eventwire.extract.role_model`) then adds what they missed and drops what they
    wrongly kept.
    """
    found = find_rule_participants(trigger, doc, analysis)
    if role_model.applies(trigger):
        found = _revised(trigger, doc, analysis, found)
    if _acts_on_people(trigger, doc):
        found = [_as_victim(p, doc, analysis) for p in found]
    kept = [p for p in found if not _in_page_furniture(p, doc)]
    return list(dict.fromkeys(kept))  # two words of one name give the name twice


def _acts_on_people(trigger: Trigger, doc: Doc) -> bool:
    """Whether the event can only befall people: a kidnapping, an assassination, a murder."""
    lemma = doc[trigger.head].lemma_.casefold()
    return trigger.sub_event_type == "Abduction/forced disappearance" or lemma in _PEOPLE_ONLY


def _as_victim(participant: Participant, doc: Doc, analysis: Analysis) -> Participant:
    """A target of an event that befalls only people is a victim when its head is no building, vehicle,
    weapon or named place ("kidnapped norberto ruiz" in lower-case text, where no name is tagged)."""
    if participant.role != "target" or participant.evidence is None:
        return participant
    span = doc.char_span(participant.evidence.start, participant.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return participant
    head = span.root
    thing = (
        head.lower_ in _FACILITIES
        or head.lemma_.casefold() in _FACILITIES
        or _is_weapon(head)
        or _is_vehicle(head)
        or head.ent_type_ in ("FAC", "GPE", "LOC", "ORG")
        or _is_setting(head, analysis)
    )
    return participant if thing else replace(participant, role="victim")


def _in_page_furniture(participant: Participant, doc: Doc) -> bool:
    """Whether a participant's phrase holds a word of page furniture ("image copyright AFP image caption",
    "View Photos Thousands have been arrested"): the parser glued a caption or a credit into it, so
    neither its bounds nor its role can be trusted."""
    if participant.evidence is None:
        return False
    span = doc.char_span(participant.evidence.start, participant.evidence.end, alignment_mode="expand")
    furniture = _page_furniture()
    return span is not None and any(t.lower_ in furniture for t in span)


@functools.cache
def _page_furniture() -> frozenset[str]:
    return frozenset(read_lexicon("page_furniture.json")["words"])


def find_rule_participants(trigger: Trigger, doc: Doc, analysis: Analysis) -> list[Participant]:
    """The participants the rules find around the trigger, before the role model revises them."""
    head = doc[trigger.head]
    found: list[Participant] = []
    doer: Role = _AGENTIVE_ROLES.get(trigger.sub_event_type, "perpetrator")  # type: ignore[assignment]
    undergoer: Role = "detainee" if trigger.sub_event_type == "Arrests" else "victim"
    if trigger.status_cue is not None:
        # "the ministry foiled a planned attack": the foiler acts on the attack, it did not make it.
        cue = doc[trigger.status_cue]
        if trigger.status == "foiled":
            for c in cue.children:
                if c.dep_ == "nsubj":
                    found.extend(_participants(c, "agent", analysis))
        elif trigger.status == "planned":
            for c in cue.children:
                if c.dep_ == "nsubj":
                    found.extend(_participants(c, "perpetrator", analysis))
    if head.pos_ in ("VERB", "AUX"):
        # "police firing" read as a gerund: the modifier still names who fired.
        for c in head.children:
            if c.dep_ == "compound" and c.lower_ in _ARMED_MODIFIERS:
                found.extend(_participants(c, doer, analysis))
        for child in head.children:
            if (
                child.dep_ == "nsubj"
                and undergoer == "detainee"
                and head.tag_ == "VBN"
                and not any(c.dep_ == "dobj" for c in head.children)
            ):
                # "several others detained": a passive with its auxiliary left out
                found.extend(_participants(child, undergoer, analysis))
            elif child.dep_ == "nsubj" and _device(head) is not None and _device(head) == child.i:
                continue  # "the package exploded": what went off is the means, not who set it off
            elif child.dep_ == "nsubj":
                found.extend(_participants(child, doer, analysis))
            elif child.dep_ in ("dobj", "nsubjpass") and (
                (_is_weapon(child) and not _is_vehicle(child)) or head.lemma_.casefold() in _DEVICE_VERBS
            ):
                # "detonated explosive belts", "devices were detonated": the means, not a target ("burned
                # a truck" is one)
                continue
            elif child.dep_ in ("dobj", "nsubjpass"):
                killed = head.lemma_.casefold() in _KILL_VERBS
                found.extend(_participants(child, undergoer, analysis, killed=killed))
            elif child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        found.extend(_participants(g, doer, analysis))
            elif child.dep_ == "prep" and child.lower_ == "including":
                # "Activists were arrested, including A, B and C": each one listed underwent it
                for item in _listed(head):
                    if (p := _participant(item, undergoer, analysis, listed=True)) is not None:
                        found.append(p)
            elif (
                child.dep_ == "prep"
                and child.lower_ in _PLACED_AT
                and head.lemma_.casefold() in _BOMB_VERBS
                and undergoer == "victim"
            ):
                # "a bomb exploded at the offices of X", "placed a bomb outside the bank"
                for g in _objects(child):
                    if not _is_setting(g, analysis) and not _is_weapon(g):
                        found.extend(_participants(g, "target", analysis))
        if head.tag_ != "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in head.children):
            # "a bomber blew himself up, killing six", "decided to attack": the subject of the verb governing
            # the trigger does it
            for c in _doers(head):
                # a place read as the subject ("new delhi: a court rejected ... and remanded him") is the
                # dateline, not who did it
                if c.i != _device(head) and (not _is_setting(c, analysis) or c.idx in analysis.metonyms):
                    found.extend(_participants(c, doer, analysis))
        if (
            head.dep_ in ("acl", "relcl")
            and head.tag_ == "VBN"
            and undergoer == "detainee"
            and head.head.pos_ in ("NOUN", "PROPN", "PRON")
        ):
            # "those arrested", "suspects detained"
            subject = head.head
            copula = subject.head
            if subject.dep_ == "pobj" and subject.head.head.dep_ == "nsubj":
                copula = subject.head.head.head
            attr = next((c for c in copula.children if c.dep_ == "attr"), None)
            found.extend(_participants(attr if attr is not None else subject, "detainee", analysis))
    else:
        named = _named_before(head, analysis)
        if named is not None and undergoer == "victim":
            found.extend(_participants(named, doer, analysis))
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and (
                child.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
                or child.lower_ in _ARMED_MODIFIERS
                or (undergoer == "victim" and child.lower_ in _ATTACKER_MODIFIERS)
            ):
                if _names_a_town(child, analysis) or _names_a_site(child):
                    continue  # "the Kerman bombings", "the Bagram Airfield bombing": where, not who
                done_to = child.dep_ == "poss" and undergoer == "victim" and possessor_undergoes(head)
                found.extend(_participants(child, undergoer if done_to else doer, analysis))
            elif child.dep_ == "prep" and child.lower_ == "by":
                for g in child.children:
                    if g.dep_ == "pobj":
                        found.extend(_participants(g, doer, analysis))
            elif child.dep_ == "prep" and child.lower_ in ("on", "against"):
                for g in child.children:
                    if g.dep_ == "pobj":
                        found.extend(_participants(g, undergoer, analysis))
            elif child.dep_ == "prep" and child.lower_ == "of" and undergoer == "detainee":
                for g in child.children:
                    if g.dep_ == "pobj":
                        found.extend(_participants(g, "detainee", analysis))
            elif child.dep_ in ("acl", "relcl"):
                # "attacks targeting the police", "bombings aimed at civilians", "which seemed to be aimed at"
                aim = child
                if aim.lemma_.casefold() not in _AIM_VERBS:
                    aim = next((c for c in child.children if c.dep_ == "xcomp"), child)
                if aim.lemma_.casefold() not in _AIM_VERBS:
                    continue
                for g in aim.children:
                    if g.dep_ == "dobj":
                        found.extend(_participants(g, undergoer, analysis))
                    elif g.dep_ == "prep" and g.lower_ in ("at", "against") and aim.tag_ == "VBN":
                        for o in _objects(g):
                            if not _is_setting(o, analysis):
                                found.extend(_participants(o, undergoer, analysis))
        governor = head.head
        named_aim = governor.head if head.dep_ == "pobj" and governor.lower_ == "of" else None
        if (
            named_aim is not None
            and named_aim.dep_ == "attr"
            and named_aim.lemma_.casefold() in _AIMS
            and undergoer == "victim"
        ):
            # "the cultural centers were the target of bomb attacks": the subject of the copula was hit
            for c in named_aim.head.children:
                if c.dep_ == "nsubj" and not _is_setting(c, analysis):
                    found.extend(_participants(c, undergoer, analysis))
        if head.dep_ == "nsubj" and governor.lemma_.casefold() in _AIM_VERBS and undergoer == "victim":
            # "the explosion targeted a bakery", "the attack targeted pilgrims"
            for c in governor.children:
                if c.dep_ == "dobj" and not _is_setting(c, analysis):
                    found.extend(_participants(c, undergoer, analysis))
        elif head.dep_ == "nsubj" and governor.lemma_.casefold() in _DAMAGE_VERBS and undergoer == "victim":
            # "the explosion damaged the consulate", "the attacks affected the main powerline"
            for c in governor.children:
                if c.dep_ == "dobj" and not _is_setting(c, analysis):
                    found.extend(_participants(c, "target", analysis))
        support = _support_verb(head)
        if support is not None:
            # "IS launched a series of attacks", "decided to carry out the attacks", "was carried out by"
            for c in _doers(support):
                found.extend(_participants(c, doer, analysis))
        # "Soleimani ... was killed in a U.S. drone strike": the one killed is a victim.
        if (
            head.dep_ == "pobj"
            and governor.dep_ == "prep"
            and governor.head.lemma_.casefold() in ("kill", "wound", "injure", "die")
        ):
            for c in governor.head.children:
                if c.dep_ == "nsubjpass":
                    found.extend(_participants(c, "victim", analysis))
    if undergoer == "victim":
        found.extend(_blamed(head, analysis))
    owner = _owned_by(head)
    if owner is not None and undergoer == "victim":
        # "the IRA accepted responsibility for the bombings"
        found.extend(_participants(owner, "perpetrator", analysis, confidence="claimed"))
    claimer = _claimer(head, analysis)
    if claimer is not None and undergoer == "victim":
        found.extend(_participants(claimer, "perpetrator", analysis, confidence="claimed"))
    return [p for p in found if p.text]


_MODEL_ROLES: dict[str, Role] = {
    "PerpInd": "perpetrator",
    "PerpOrg": "perpetrator",
    "Target": "target",
    "Victim": "victim",
}
_READ_ROLES = frozenset({"perpetrator", "victim", "target"})
# How sure the role model must be before it overrides the rules: adding a phrase they did not find,
# dropping one they found, giving one they found another role, naming the article's organisation.
_ADD = 0.4
_DROP = 0.8
_SWAP = 0.7
_DOCUMENT_ADD = {"perpetrator": 0.5, "victim": 0.4, "target": 0.4}


def rule_heads(found: list[Participant], doc: Doc) -> dict[int, tuple[str, int, int]]:
    """The head token of each rule participant in a role the model reads: ``(role, start, end)``."""
    heads: dict[int, tuple[str, int, int]] = {}
    for p in found:
        if p.role not in _READ_ROLES or p.evidence is None:
            continue
        span = doc.char_span(p.evidence.start, p.evidence.end, alignment_mode="expand")
        if span is not None and len(span):
            heads.setdefault(span.root.i, (p.role, p.evidence.start, p.evidence.end))
    return heads


@dataclass(frozen=True, slots=True, kw_only=True)
class _Revision:
    """What the role model changes in one article: rule participants dropped or given another role (by
    their bounds) and participants added, by the head of the trigger they join."""

    dropped: frozenset[tuple[int, int]]
    swapped: dict[tuple[int, int], Role]
    added: dict[int, list[Participant]]


def modelled_triggers(doc: Doc) -> list[Trigger]:
    """The article's triggers whose participants the role model reads, in text order."""
    return [t for t in find_triggers(doc) if role_model.applies(t)]


def document_rule_heads(
    doc: Doc, analysis: Analysis, triggers: list[Trigger]
) -> dict[int, tuple[str, int, int]]:
    """:func:`rule_heads` of the rule participants of every trigger of the article."""
    heads: dict[int, tuple[str, int, int]] = {}
    for trigger in triggers:
        for i, found in rule_heads(find_rule_participants(trigger, doc, analysis), doc).items():
            heads.setdefault(i, found)
    return heads


def _revision(doc: Doc, analysis: Analysis) -> _Revision:
    """The role model's changes for the whole article, worked out once per parse."""
    cached = doc.user_data.get("eventwire.roles.revision")
    if isinstance(cached, _Revision):
        return cached
    model = role_model.load_model()
    triggers = modelled_triggers(doc)
    text = analysis.document.text
    dropped: set[tuple[int, int]] = set()
    swapped: dict[tuple[int, int], Role] = {}
    added: dict[int, list[Participant]] = {}
    rules = document_rule_heads(doc, analysis, triggers)
    placed = role_model.candidates(doc, triggers, rules)
    told = {(role, doc[i].lower_) for i, (role, _, _) in rules.items()}
    best: dict[tuple[Role, str], tuple[float, role_model.Candidate, Trigger | None]] = {}
    for candidate, trigger in placed:
        probabilities = model.probabilities(role_model.features(candidate, doc, trigger))
        by_role: dict[Role, float] = {}
        for label, probability in zip(role_model.CLASSES, probabilities, strict=True):
            if label != "none":
                role = _MODEL_ROLES[label]
                by_role[role] = by_role.get(role, 0.0) + probability
        role, probability = max(by_role.items(), key=lambda item: (item[1], item[0]))
        bounds = (candidate.start, candidate.end)
        token, rule_role = doc[candidate.head], candidate.rule_role
        # The guard on the trigger verb's doer and victim does not hold in combat or for a mass plural.
        if (
            rule_role is not None
            and _sure(token, trigger, rule_role)
            and not role_model.may_overrule(token, trigger, rule_role)
        ):
            continue
        if candidate.rule_role is not None:
            if probabilities[0] >= _DROP:
                dropped.add(bounds)
            elif probability >= _SWAP and role != candidate.rule_role:
                swapped[bounds] = role
        elif (
            _adds(role, probability, trigger)
            and not _nobody(doc[candidate.head])
            and not _worn(doc[candidate.head])
        ):
            # One phrase per role and head word: "guerrillas" told five times is one participant.
            key = (role, doc[candidate.head].lower_)
            if key not in told and (key not in best or probability > best[key][0]):
                best[key] = (probability, candidate, trigger)
    for key in sorted(best, key=lambda key: best[key][1].start):
        _, candidate, trigger = best[key]
        role = key[0]
        # What no trigger's sentence holds belongs to the article's first incident.
        joins = trigger if trigger is not None else triggers[0]
        # Outside its sentences a perpetrator is the one the article blames, a victim or target only
        # possibly the first incident's.
        confidence: Confidence = "reported"
        if trigger is None:
            confidence = "suspected" if role == "perpetrator" else "possible"
        added.setdefault(joins.head, []).append(_modelled(candidate, role, doc, analysis, text, confidence))
    revision = _Revision(dropped=frozenset(dropped), swapped=swapped, added=added)
    doc.user_data["eventwire.roles.revision"] = revision
    return revision


def _worn(token: Token) -> bool:
    """Whether a phrase names what someone wore ("men wearing military uniforms", "dressed in fatigues"):
    clothes tell who the doers looked like, and are no one."""
    governor = token.head
    if token.dep_ == "dobj" and governor.lemma_.casefold() == "wear":
        return True
    return (
        token.dep_ == "pobj"
        and governor.lower_ == "in"
        and governor.head.lemma_.casefold() in ("dress", "clad", "clothe", "disguise")
    )


def _adds(role: Role, probability: float, trigger: Trigger | None) -> bool:
    """Whether the model is sure enough to add a phrase the rules did not find; outside any trigger's
    sentence it must be surer (the group an article blames, the victim named in a later sentence)."""
    return probability >= (_ADD if trigger is not None else _DOCUMENT_ADD.get(role, 1.0))


def _sure(token: Token, trigger: Trigger | None, role: str) -> bool:
    """Whether the rules read ``token`` where the model may not overturn them: a word that qualifies the
    trigger noun ("a terrorist attack", "police firing"), the doer of the trigger verb ("police fired",
    "was shot by soldiers") or the victim it acts on ("kidnapped a businessman", "a guard was shot")."""
    if trigger is None:
        return False
    if token.head.i == trigger.head and token.dep_ in ("compound", "amod", "poss", "nmod"):
        return True
    doer = token.head.i == trigger.head and token.dep_ == "nsubj"
    agent = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == trigger.head
    patient = token.head.i == trigger.head and token.dep_ in ("dobj", "nsubjpass")
    head = token.doc[trigger.head]
    aimed = token.dep_ == "pobj" and token.head.lower_ in ("against", "at")
    if aimed and (token.lemma_.casefold() in _PEOPLE or token.lower_ in _PEOPLE):
        # "bombings aimed at civilians": the people it was made against
        setter = token.head.head
        patient = setter.lemma_.casefold() in _AIM_VERBS and head.i in (setter.head.i, setter.head.head.i)
    if not patient and role == "victim":
        # "killed twelve people, including two children": listed among those it acts on
        patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        patient = any(token.i == t.i for p in (head, *patients) for t in _listed(p))
    if role == "perpetrator":
        return doer or agent or token.i in _implied_doers(token.doc[trigger.head])
    if role == "target":
        # "a bomb exploded outside the bank": where a bomb went off is what it was set against
        prep = token.head
        return (
            token.dep_ == "pobj"
            and prep.lower_ in _SET_AGAINST
            and prep.head.i == trigger.head
            and head.lemma_.casefold() in _BOMB_VERBS
        )
    return role == "victim" and patient


def _revised(trigger: Trigger, doc: Doc, analysis: Analysis, found: list[Participant]) -> list[Participant]:
    revision = _revision(doc, analysis)
    revised = []
    for p in found:
        bounds = (p.evidence.start, p.evidence.end) if p.evidence is not None else None
        # A named participant or a claim the rules read is kept as they read it: the model, trained on
        # one corpus, may drop unnamed phrases, not names.
        revisable = p.role in _READ_ROLES and p.entity is None and p.confidence == "reported"
        if bounds in revision.dropped and revisable:
            continue
        if bounds is not None and bounds in revision.swapped and revisable:
            p = replace(p, role=revision.swapped[bounds])
        revised.append(p)
    for p in revision.added.get(trigger.head, ()):
        if all(q.text.casefold() != p.text.casefold() or q.role != p.role for q in revised):
            revised.append(p)
    return revised


def _modelled(
    candidate: role_model.Candidate,
    role: Role,
    doc: Doc,
    analysis: Analysis,
    text: str,
    confidence: Confidence,
) -> Participant:
    start, end = candidate.start, candidate.end
    entity = _entity_for(doc[candidate.head], analysis, start, end)
    if entity is not None and not _covers(entity, doc[candidate.head], analysis):
        entity = None  # a name the tagger cut short: keep the whole phrase, not the entity's name
    if entity is not None:
        start, end = _whole_name(entity, start, end, analysis)
    return Participant(
        role=role,
        text=text[start:end],
        entity=entity,
        evidence=Span.of(text, start, end),
        confidence=confidence,
    )


def _hyphenated(doc: Doc, i: int) -> bool:
    """Whether the word before ``doc[i]`` is joined to it by a hyphen ("car-bomb", ".22-caliber")."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and (doc[i - 2].is_alpha or doc[i - 2].like_num)
    )


def _is_calibre(token: Token) -> bool:
    """A number that gives a gun's calibre ("a .38 revolver", "a 9mm pistol"), not how many there were."""
    return token.dep_ == "nummod" and (token.text.startswith(".") or not token.whitespace_)


def _qualifies_a_weapon(token: Token, index: dict[tuple[str, ...], str], in_scope: set[int]) -> bool:
    """Whether a weapon word only qualifies a weapon noun after it (".38" and "caliber" of ".38 caliber
    revolver"), which names the weapon with them."""
    noun = token.head
    return (
        token.dep_ in ("amod", "compound", "nummod")
        and noun.i > token.i
        and noun.i in in_scope
        and ((noun.lower_,) in index or (noun.lemma_.casefold(),) in index)
    )


def find_weapons(trigger: Trigger, doc: Doc, text: str) -> list[Weapon]:
    """Weapons named in the trigger's clause ("detonated explosive belts", "a car bomb exploded")."""
    index, longest = _weapon_index()
    head = doc[trigger.head]
    clause = [t.i for t in head.subtree if _within_clause(t, head)]
    # "a truck rigged with dynamite exploded", "a car bomb containing 300 kg of dynamite": what it was
    # loaded with is the means too
    device = _device(head)
    for i in [*clause, *([device] if device is not None else [])]:
        for c in doc[i].children:
            if c.dep_ == "acl" and c.lemma_.casefold() in _LOADED_WITH:
                clause.extend(t.i for t in c.subtree if t.i != c.i)
    scope = sorted(set(clause) | ({head.head.i} if head.dep_ != "ROOT" else set()))

    weapons: list[Weapon] = []
    taken: set[int] = set()
    in_scope = set(scope)
    for i in scope:
        if i in taken:
            continue
        for size in range(longest, 0, -1):
            words = tuple(t.lower_ for t in doc[i : i + size])
            if len(words) < size or not all(j in in_scope for j in range(i, i + size)):
                continue
            weapon_type = index.get(words) or (index.get((doc[i].lemma_.casefold(),)) if size == 1 else None)
            if weapon_type is None:
                continue
            if size == 1 and (doc[i].pos_ == "VERB" or i == head.i or weapon_type == "vehicle"):
                break  # "bombed", "the bombing", "burned a truck": the act or what it hit, not the means
            if size == 1 and _qualifies_a_weapon(doc[i], index, in_scope):
                break  # ".38 caliber revolver": one weapon, named by the noun the words qualify
            start, end = doc[i].idx, doc[i + size - 1].idx + len(doc[i + size - 1].text)
            # Widen to the modifiers written before the weapon ("explosive belts", "AK-47 rifles", "a
            # car-bomb"), not to a date ("the january dynamite attack").
            while i > 0 and (i - 1) in in_scope:
                before = doc[i - 1]
                if _hyphenated(doc, i) and (i - 2) in in_scope:
                    i -= 2
                elif (
                    (before.dep_ in ("amod", "compound") or _is_calibre(before) or (before.lower_,) in index)
                    and before.head.i in range(i, i + size)
                    and before.ent_type_ not in ("DATE", "TIME")
                ):
                    i -= 1
                else:
                    break
                start = doc[i].idx
            weapons.append(Weapon(type=weapon_type, text=text[start:end], evidence=Span.of(text, start, end)))  # type: ignore[arg-type]
            taken.update(range(i, i + size))
            break
    device = _device(head)
    if device is not None and device not in taken:
        # "the devices were detonated", "the package exploded": what went off was the weapon, named in the
        # lexicon or not; it replaces a weapon word that only qualified it ("explosive packages").
        start, end = _phrase(doc[device])
        weapons = [w for w in weapons if w.evidence is None or not start <= w.evidence.start < end]
        weapon_type = index.get((doc[device].lemma_.casefold(),)) or index.get((doc[device].lower_,))
        weapons.append(
            Weapon(type=weapon_type or "explosives", text=text[start:end], evidence=Span.of(text, start, end))  # type: ignore[arg-type]
        )
    return weapons
