"""Event triggers: the words that state an event ("bombings", "shoot-out", "detonated", "arrested"),
typed with the taxonomy from the lexicon ``event_triggers.json`` and refined by their modifiers
("suicide bombing", "drone strike", "detonated explosive belts"), with the status their context gives
("foiled a planned attack" -> foiled, "planned a new attack" -> planned).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from eventwire.extract.lexicons import read_lexicon
from eventwire.models import Status

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

_STATUS_ORDER: tuple[Status, ...] = (
    "foiled",
    "attempted",
    "planned",
    "threatened",
    "hypothetical",
    "negated",
)
_MODALS: dict[str, Status] = {
    "would": "hypothetical",
    "could": "hypothetical",
    "might": "hypothetical",
    "may": "hypothetical",
    "should": "hypothetical",
    "must": "hypothetical",
    "can": "hypothetical",
    "will": "planned",
    "shall": "planned",
}
_IMPLICATIVES = frozenset({"manage", "succeed", "help", "begin", "start", "continue", "appear", "seem"})
"""Verbs whose infinitive happened ("managed to arrest", "the gunman appeared to open fire"); other
infinitives are not done yet."""
_HARM_PREPOSITIONS = frozenset({"in", "during", "after"})
_HEARSAY_VERBS = frozenset(
    {"say", "report", "believe", "think", "know", "seem", "appear", "allege", "understand"}
)
"""Verbs whose passive infinitive tells what was done ("was reported to be shot", "is said to be killed")."""


def _told_as_done(verb: Token) -> bool:
    """An infinitive that tells a deed, not a plan: perfect ("said to have killed") or the passive after a
    verb of hearsay ("was reported to be shot")."""
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and _lemma(verb.head) in _HEARSAY_VERBS


_PERSON_OBJECTS = frozenset(
    [
        "member",
        "members",
        "suspect",
        "suspects",
        "militant",
        "militants",
        "fighter",
        "fighters",
        "rebel",
        "rebels",
        "guerrilla",
        "guerrillas",
        "terrorist",
        "terrorists",
        "man",
        "men",
        "woman",
        "women",
        "people",
        "person",
        "leader",
        "leaders",
        "commander",
        "soldier",
        "soldiers",
        "officer",
        "officers",
        "gunman",
        "gunmen",
        "insurgent",
        "insurgents",
        "extremist",
        "extremists",
        "youth",
        "youths",
        "activist",
        "activists",
        "accused",
        "protester",
        "protesters",
        "offender",
        "offenders",
        "criminal",
        "criminals",
        "thief",
        "thieves",
        "rioter",
        "rioters",
        "miscreant",
        "miscreants",
    ]
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """One mention of an event in the text, typed, with its status."""

    head: int
    """Index of the syntactic head token of the trigger in the spaCy Doc."""
    start: int
    end: int
    event_type: str
    sub_event_type: str
    family: str
    status: Status = "occurred"
    weapon: str | None = None
    generic: bool = False
    casualty_only: bool = False
    definite: bool = False
    """Introduced by "the", "this", "that" or a possessive: likely a mention of an event told before."""
    status_cue: int | None = None
    """Index of the token that gave the status ("foiled", "planned"), for the perpetrator and location."""


@dataclass(frozen=True, slots=True, kw_only=True)
class _Lexicon:
    phrases: dict[str, list[dict[str, Any]]]
    lemmas: dict[tuple[str, str], dict[str, Any]]
    modifiers: dict[str, dict[str, Any]]
    status_cues: dict[str, Status]
    planned_modifiers: frozenset[str]
    weapon_words: frozenset[str]
    firearm_words: frozenset[str]
    label_heads: frozenset[str]
    label_links: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = read_lexicon("event_triggers.json")
    phrases: dict[str, list[dict[str, Any]]] = {}
    for phrase in data["phrases"]:
        phrases.setdefault(phrase["words"][0], []).append(phrase)
    for options in phrases.values():
        options.sort(key=lambda p: -len(p["words"]))
    modifiers = {word: m for m in data["modifiers"] for word in m["words"]}
    cues = read_lexicon("cues.json")
    status_cues: dict[str, Status] = {}
    for status in reversed(_STATUS_ORDER):
        for word in cues["status"][status]:
            status_cues[word] = status
    weapons = read_lexicon("weapons.json")
    weapon_words = frozenset(w for key, words in weapons.items() if key != "about" for w in words)
    return _Lexicon(
        phrases=phrases,
        lemmas={(e["lemma"], e["pos"]): e for e in data["lemmas"]},
        modifiers=modifiers,
        status_cues=status_cues,
        planned_modifiers=frozenset(cues["planned_modifiers"]) - {"new"},
        weapon_words=weapon_words,
        firearm_words=frozenset(weapons["firearms"]),
        label_heads=frozenset(data["label_heads"]),
        label_links=frozenset(data["label_links"]),
    )


def _pos(token: Token) -> str:
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return token.pos_


def _lemma(token: Token) -> str:
    # In all-capitals text spaCy often leaves the lemma as the upper-case word.
    return token.lemma_.casefold()


def _phrase_at(doc: Doc, i: int, lexicon: _Lexicon) -> tuple[dict[str, Any], int] | None:
    for phrase in lexicon.phrases.get(doc[i].lower_, ()):
        words = phrase["words"]
        if [t.lower_ for t in doc[i : i + len(words)]] == words:
            return phrase, i + len(words)
    return None


def _syntactic_head(doc: Doc, start: int, end: int) -> int:
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token.i
    return end - 1


_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def _told_thing(pronoun: Token, verb: Token, lexicon: _Lexicon) -> Token:
    """The thing a subject pronoun stands for where a weapon is told: the noun a relative clause hangs on
    ("a pistol that went off"), or for "it" the last weapon named before it in the sentence ("he was
    showing them the rifle when it went off"); otherwise the pronoun itself."""
    lower = pronoun.lower_
    if lower in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if lower == "it":
        sentence = pronoun.sent
        for earlier in reversed(pronoun.doc[sentence.start : pronoun.i]):
            if _is_word_of(earlier, lexicon.weapon_words):
                return earlier
    return pronoun


def _subjects(token: Token, lexicon: _Lexicon) -> list[Token]:
    """The subjects of a verb, pronouns standing for a weapon resolved (see ``_told_thing``)."""
    return [_told_thing(c, token, lexicon) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]


def _modifier_words(token: Token) -> list[Token]:
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj"):
            words.append(child)
            words.extend(c for c in child.children if c.dep_ in ("compound", "amod"))
            if child.dep_ != "dobj" and (told := _told_thing(child, token, _lexicon())).i != child.i:
                words.append(told)
        if child.dep_ == "prep" and child.lower_ in ("with", "by"):
            for pobj in child.children:
                words.append(pobj)
                words.extend(c for c in pobj.children if c.dep_ in ("compound", "amod"))
    if token.i > 0 and token.doc[token.i - 1].dep_ in ("compound", "amod"):
        words.append(token.doc[token.i - 1])
    return words


def _refine(entry: dict[str, Any], token: Token, lexicon: _Lexicon) -> dict[str, Any] | None:
    """The entry refined by the modifiers of its token; None when a required modifier is missing."""
    family = entry.get("family")
    for word in _modifier_words(token):
        modifier = lexicon.modifiers.get(word.lower_) or lexicon.modifiers.get(_lemma(word))
        if modifier is None:
            continue
        only_for = modifier.get("only_for")
        if only_for is not None and only_for != family:
            continue
        if (lemmas := modifier.get("only_lemmas")) and _lemma(token) not in lemmas:
            continue
        if only_for is None and family not in ("explosion", "violence", None):
            continue
        return entry | {
            "type": modifier["type"],
            "sub_type": modifier["sub_type"],
            "family": modifier.get("family", family or "explosion"),
            "weapon": modifier.get("weapon", entry.get("weapon")),
            "generic": False,
            "needs_modifier": False,
        }
    if entry.get("needs_modifier"):
        return None
    return entry


def _has_required_object(entry: dict[str, Any], token: Token, lexicon: _Lexicon) -> bool:
    if (excluded := entry.get("not_modifiers")) and any(c.lower_ in excluded for c in token.children):
        return False  # "cardiac arrest"
    if (particle := entry.get("needs_particle")) and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in token.children
    ):
        return False  # "picked up", "rounded up", not "picked a fight"
    if entry.get("needs_person_or_passive"):
        # "the offenders had been booked", "police booked him", not "booked a flight"
        return any(
            c.dep_ in ("nsubjpass", "auxpass")
            or (
                c.dep_ == "dobj"
                and (
                    c.ent_type_ == "PERSON"
                    or c.pos_ == "PRON"
                    or _lemma(c) in _PERSON_OBJECTS
                    or c.lower_ in _PERSON_OBJECTS
                )
            )
            for c in token.children
        )
    if entry.get("needs_count"):
        # Headlines count the people shot: "5 shot on the west side", "3-year-old shot in ...".
        return token.tag_ in ("NN", "NNP") and any(
            (c.dep_ == "nummod" and c.like_num) or (c.dep_ == "amod" and c.lower_ == "old")
            for c in token.children
        )
    if words := entry.get("needs_object"):
        return any(_is_word_of(c, words) for c in token.children)
    if entry.get("needs_person_object"):
        return any(
            c.dep_ in ("dobj", "nsubjpass")
            and (c.ent_type_ == "PERSON" or _lemma(c) in _PERSON_OBJECTS or c.lower_ in _PERSON_OBJECTS)
            for c in token.children
        )
    if entry.get("needs_weapon_object"):
        return any(
            c.dep_ in ("dobj", "nsubjpass") and _is_word_of(c, lexicon.weapon_words) for c in token.children
        )
    if entry.get("needs_weapon_subject"):
        # "the bombs had gone off", "a pistol that went off", not "the alarm went off"
        return any(_is_word_of(s, lexicon.weapon_words) for s in _subjects(token, lexicon))
    if entry.get("needs_firearm_argument"):
        # "the rifle discharged", "he discharged a handgun", not "discharged from the hospital"
        arguments = [*_subjects(token, lexicon), *(c for c in token.children if c.dep_ == "dobj")]
        return any(_is_word_of(a, lexicon.firearm_words) for a in arguments)
    if words := entry.get("needs_agent"):
        # "struck by a bullet", "a stray bullet hit her", not "struck by a car"
        agents = [
            o
            for c in token.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for o in c.children
            if o.dep_ == "pobj"
        ]
        subjects = [c for c in _subjects(token, lexicon) if not _passive(token)]
        return any(_is_word_of(a, frozenset(words)) for a in [*agents, *subjects])
    return True


def _is_word_of(token: Token, words: Collection[str]) -> bool:
    return token.lower_ in words or _lemma(token) in words


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _is_label(token: Token, lexicon: _Lexicon) -> bool:
    """Whether a bare trigger noun names a kind of event under a legal or collective word rather than
    telling one that happened: "charged with murder", "crimes of treason and homicide", "murder charges",
    "arrest warrants", "a protest movement", "riot police", "crimes ranging from murder to robbery",
    "crimes involving homicide". "Charged with the murder of ..." is a mention: it has a determiner; so is
    "charged in shooting", told in a headline without one."""
    if token.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    if token.dep_ == "compound":
        return _lemma(token.head) in lexicon.label_heads or token.head.lower_ in lexicon.label_heads
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ == "dobj" and _lemma(current.head) in lexicon.label_links:
        governor = current.head  # "crimes involving homicide"
    elif current.dep_ == "pobj":
        if current.head.lower_ == "in":
            # "charged in fatal shooting", "guilty in slaying": a headline's incident without its
            # article, where "charged with murder", "guilty of murder" name the crime.
            return False
        governor = current.head.head
        if governor.dep_ == "prep" and governor.head.i != governor.i:
            governor = governor.head  # "from murder to robbery": "to" hangs on "from"
    else:
        return False
    if _lemma(governor) in lexicon.label_links and governor.head.i != governor.i:
        governor = governor.head  # "crimes ranging from murder to robbery"
    return _lemma(governor) in lexicon.label_heads or governor.lower_ in lexicon.label_heads


def _status(token: Token, lexicon: _Lexicon, default: Status) -> tuple[Status, int | None]:
    """The status of an event from the words that govern its trigger."""
    found: list[tuple[Status, int]] = []
    governors = [token]
    head = token
    for _ in range(3):
        if head.dep_ in ("ROOT",) or head.head.i == head.i:
            break
        if head.dep_ in ("ccomp",) and head.head.lemma_ in read_lexicon("cues.json")["reporting_verbs"]:
            break
        head = head.head
        governors.append(head)
    for governor in governors[1:]:
        cue = lexicon.status_cues.get(_lemma(governor))
        if cue in ("foiled", "attempted", "planned", "threatened"):
            found.append((cue, governor.i))
    verb = token
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "should be directed to restrain them and detain them": as the first verb
    if verb is not token:
        found.extend(
            (_MODALS[c.lower_], c.i) for c in verb.children if c.dep_ == "aux" and c.lower_ in _MODALS
        )
    if verb.dep_ in ("dobj", "xcomp") and not _perfect(verb.head):
        # "we will effect preventive arrests", "should be directed to detain them": not done yet; "a quarrel
        # may have preceded the shooting" guesses at what led to a shooting that happened.
        found.extend(
            (_MODALS[c.lower_], c.i) for c in verb.head.children if c.dep_ == "aux" and c.lower_ in _MODALS
        )
    if (
        verb.pos_ == "VERB"
        and verb.dep_ in ("xcomp", "advcl", "acl", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and _lemma(verb.head) not in _IMPLICATIVES
        and not _told_as_done(verb)
    ):
        found.append(("planned", verb.head.i))  # "we have to arrest the guilty", "directed to apprehend"
    if token.pos_ in ("NOUN", "PROPN"):
        clause = _noun_clause(token)
        if clause is not None and not _perfect(clause):
            # "preventive actions, including arrest, can be considered": the clause is not done yet.
            found.extend(
                (_MODALS[c.lower_], c.i) for c in clause.children if c.dep_ == "aux" and c.lower_ in _MODALS
            )
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "amod" and lower in lexicon.planned_modifiers and not _told_harm(token):
            found.append(("planned", child.i))
        elif child.dep_ == "neg" or (child.dep_ == "det" and lower == "no"):
            found.append(("negated", child.i))
        elif child.dep_ == "aux" and lower in _MODALS:
            found.append((_MODALS[lower], child.i))
        elif child.dep_ in ("aux", "xcomp") and _lemma(child) in ("try", "attempt"):
            found.append(("attempted", child.i))
    if token.dep_ == "xcomp" and _lemma(token.head) in ("try", "attempt", "fail"):
        found.append(("attempted", token.head.i))
        # "did not try to kill him": no attempt was made either.
        found.extend(("negated", c.i) for c in token.head.children if c.dep_ == "neg")
    if not found:
        return default, None
    status, cue_at = min(found, key=lambda f: _STATUS_ORDER.index(f[0]))
    if status == "attempted":
        # "a commando might attempt to kidnap him", "will try to seize the town": the attempt itself is
        # not done yet, so what governs the attempt verb says the status.
        unmade = [
            f
            for f in found
            if f[0] in ("planned", "hypothetical", "negated")
            and f[1] != cue_at
            and token.doc[f[1]].head.i == cue_at
        ]
        if unmade:
            return min(unmade, key=lambda f: _STATUS_ORDER.index(f[0]))
    return status, cue_at


def _told_harm(noun: Token) -> bool:
    """Whether a noun trigger is what someone was hurt or killed in, told in a past tense ("a man was
    killed in a possible drive-by shooting"): whatever the doubt about its kind, it happened."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _HARM_PREPOSITIONS:
        return False
    verb = preposition.head
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.casefold() in _casualty_verbs()


@functools.cache
def _casualty_verbs() -> frozenset[str]:
    predicates = read_lexicon("cues.json")["casualty_predicates"]
    return frozenset([*predicates["killed"], *predicates["injured"], "shoot"])


def _perfect(verb: Token) -> bool:
    """A verb in a perfect tense ("may have preceded"), which tells of the past, even after a modal."""
    return any(c.dep_ == "aux" and c.lemma_.casefold() == "have" for c in verb.children)


def _noun_clause(token: Token) -> Token | None:
    """The verb whose subject or object holds a noun trigger ("actions, including arrest, can be ...")."""
    current = token
    for _ in range(5):
        if current.dep_ in ("nsubj", "nsubjpass", "dobj") and current.head.pos_ in ("VERB", "AUX"):
            return current.head
        through = ("including", "like", "of")
        if not (
            current.dep_ in ("appos", "conj")
            or (current.dep_ == "pobj" and current.head.lower_ in through)
            or (current.dep_ == "prep" and current.lower_ in through)
        ):
            return None
        current = current.head
    return None


def _is_definite(token: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
        for c in token.children
    ) and not any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in token.children)


def _trigger(doc: Doc, start: int, end: int, entry: dict[str, Any], lexicon: _Lexicon) -> Trigger | None:
    head = doc[_syntactic_head(doc, start, end)]
    refined = _refine(entry, head, lexicon)
    if refined is None or not _has_required_object(refined, head, lexicon) or _is_label(head, lexicon):
        return None
    if _is_month(head) or _is_showing(head):
        return None
    if refined.get("family") != "arrest" and _is_campaign(head):
        return None
    status, cue = _status(head, lexicon, refined.get("status", "occurred"))
    event_type, sub_type = refined["type"], refined["sub_type"]
    if status == "foiled" and sub_type != "Arrests":
        event_type, sub_type = "Strategic developments", "Disrupted weapons use"
    return Trigger(
        head=head.i,
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        event_type=event_type,
        sub_event_type=sub_type,
        family=refined.get("family", "violence"),
        status=status,
        weapon=refined.get("weapon"),
        generic=bool(refined.get("generic")),
        casualty_only=bool(refined.get("casualty_only")),
        definite=_is_definite(head),
        status_cue=cue,
    )


def _is_month(token: Token) -> bool:
    """Whether "march" is the month in text the tagger read no date in (lower or upper case): written
    beside a day or year ("on 19 march", "march 1990"), or with no article, as a protest march takes
    one ("a march", "the march", "their march")."""
    if token.lower_ != "march" or token.pos_ == "VERB":
        return False
    doc = token.doc
    beside = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    if any(t.like_num and (len(t.text) == 4 or (t.text.isdigit() and int(t.text) <= 31)) for t in beside):
        return True
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.lefts)


def _is_showing(token: Token) -> bool:
    """Whether "demonstrate" means to show ("this demonstrates that ...", "demonstrated its resolve", "the
    courage demonstrated by the leaders"): people who protest demonstrate without an object, and what is
    demonstrated (a participle hung on a noun) is shown, not marched for."""
    return token.lemma_.casefold() == "demonstrate" and (
        any(c.dep_ in ("ccomp", "dobj") for c in token.children)
        or (token.dep_ == "acl" and token.tag_ == "VBN")
    )


@functools.cache
def _abstract_adversaries() -> frozenset[str]:
    return frozenset(read_lexicon("cues.json")["abstract_adversaries"])


def _is_campaign(token: Token) -> bool:
    """Whether the trigger is figurative, a campaign against an ill or an attack on an ideal rather than
    violence ("the battle against terrorism", "fighting against drug trafficking", "attacks on freedom",
    "an explosion of joy"): what it is against, on or of is no one who could fight back and nothing to
    hit. The parser may hang the preposition on the verb whose object the trigger is ("winning the
    battle against crime")."""
    around = list(token.children)
    if token.dep_ == "dobj":
        around += [c for c in token.head.children if c.i > token.i]
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("against", "on", "of")
        and any(o.dep_ == "pobj" and _lemma(o) in _abstract_adversaries() for o in c.children)
        for c in around
    )


@functools.cache
def _possessor_undergoes() -> frozenset[str]:
    return frozenset(read_lexicon("cues.json")["possessor_undergoes"])


def possessor_undergoes(head: Token) -> bool:
    """Whether the possessor of this trigger noun is who the act was done to ("the mayor's murder",
    "the judge's kidnapping"), not who did it ("the rebels' attack", "the group's kidnapping of the
    mayor", where "of" names the victim)."""
    return (
        head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.casefold() in _possessor_undergoes()
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def is_specific(trigger: Trigger, doc: Doc) -> bool:
    """Whether the trigger names its kind of event ("suicide bombing", "detonated") rather than the bare
    noun the lexicon types by default ("bombings"), which may refer to an event told before."""
    head = doc[trigger.head]
    entry = _lexicon().lemmas.get((head.lemma_.casefold(), "NOUN"))
    return (
        entry is None
        or entry["sub_type"] != trigger.sub_event_type
        or trigger.end - trigger.start > len(head.text)
    )


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every event trigger in the parsed text, in text order."""
    lexicon = _lexicon()
    triggers: list[Trigger] = []
    in_dates = {t.i for ent in doc.ents if ent.label_ in ("DATE", "TIME") for t in ent}
    i = 0
    while i < len(doc):
        if i in in_dates and doc[i].pos_ != "VERB":
            # "in March 2021" is no march; a verb the tagger took into a date is still one
            # ("12-Year-Old Girl Killed In Hunting Accident").
            i += 1
            continue
        phrase = _phrase_at(doc, i, lexicon)
        if phrase is not None:
            entry, end = phrase
            trigger = _trigger(doc, i, end, entry, lexicon)
            if trigger is not None:
                triggers.append(trigger)
            i = end
            continue
        token = doc[i]
        found = (
            lexicon.lemmas.get((_lemma(token), _pos(token)))
            or lexicon.lemmas.get((token.lower_, _pos(token)))
            or _title_case_plural(token, lexicon)
        )
        if found is not None:
            trigger = _trigger(doc, i, i + 1, found, lexicon)
            if trigger is not None:
                triggers.append(trigger)
        i += 1
    return _without_lone_casualty_verbs(doc, triggers)


def _title_case_plural(token: Token, lexicon: _Lexicon) -> dict[str, Any] | None:
    """The entry of a title-case plural the tagger took for a name and left unlemmatised ("Shootings"
    in "Two Hurt in Weekend Shootings"): its singular noun's."""
    word = token.lower_
    if token.tag_ not in ("NNP", "NNPS") or token.lemma_.casefold() != word or not word.endswith("s"):
        return None
    return lexicon.lemmas.get((word[:-1], "NOUN"))


def _without_lone_casualty_verbs(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """ "killed", "wounded" are events only where nothing else in their sentence is."""
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        by_sentence.setdefault(doc[trigger.head].sent.start, []).append(trigger)
    kept: list[Trigger] = []
    for group in by_sentence.values():
        substantive = [t for t in group if not t.casualty_only]
        if substantive:
            kept.extend(substantive)
        else:
            # "gunmen killed two and wounded three": every verb is a mention of one attack (the later
            # ones join the first, as casualty verbs do).
            kept.extend(replace(t, generic=False) for t in group)
    return sorted(kept, key=lambda t: t.start)
