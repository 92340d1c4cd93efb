"""Numbers and casualties: "at least 91 people were killed" -> killed, low=best=91, qualifier at_least.

A count is a number phrase (digits, number words, or vague quantities like "dozens") tied by the parse to a
casualty predicate (killed, injured, arrested, kidnapped, missing, displaced). The events stage attaches each
count to the event that caused it, through the predicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.pipeline import Analysis, sentence_span
from eventwire.models import CasualtyCategory, Qualifier, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "teen",
        "teenager",
        "child",
        "person",
        "victim",
        "officer",
        "deputy",
        "trooper",
        "soldier",
        "policeman",
        "policewoman",
        "guard",
        "student",
        "driver",
        "resident",
        "worker",
        "suspect",
        "gunman",
        "shooter",
        "civilian",
        "infant",
        "baby",
        "toddler",
        "father",
        "mother",
        "son",
        "daughter",
        "husband",
        "wife",
        "brother",
        "sister",
        "friend",
        "neighbor",
        "neighbour",
        "youth",
        "juvenile",
        "adult",
        "motorist",
        "passenger",
        "pedestrian",
        "customer",
        "clerk",
        "employee",
        "owner",
        "male",
        "female",
        "individual",
        "journalist",
        "militant",
        "rebel",
        "guerrilla",
        "terrorist",
        "extremist",
        "peasant",
        "farmer",
        "leader",
        "official",
        "member",
        "grandfather",
        "grandmother",
        "grandson",
        "granddaughter",
        "nephew",
        "niece",
        "cousin",
        "uncle",
        "aunt",
        "boyfriend",
        "girlfriend",
        "roommate",
        "stepfather",
        "stepson",
        "stepdaughter",
        "stepmother",
        "bystander",
        "patron",
        "relative",
        "classmate",
        "mom",
        "dad",
        "kid",
        "fiance",
        "fiancee",
        "homeowner",
        "tenant",
    ]
)
_STATE_VERBS = frozenset({"be", "leave", "remain", "lie", "find", "pronounce", "declare", "report"})
_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "injury", "injuries", "wound", "wounds"})
_DEATH_NOUNS = frozenset(
    {
        "death",
        "deaths",
        "murder",
        "murders",
        "killing",
        "killings",
        "slaying",
        "slayings",
        "homicide",
        "homicides",
    }
)
_HEADLINE_STATES = frozenset({"dead", "injured", "wounded", "hurt"})
_TALLY_STATES = frozenset({"dead", "injured", "wounded", "hurt", "killed", "slain", "shot", "hospitalized"})
_PEOPLE_WORDS = frozenset({"people", "men", "women", "others", "children", "kids", "teens", "persons"})
_SHOOTERS = frozenset(
    {"gunman", "gunmen", "shooter", "suspect", "officer", "police", "deputy", "trooper", "robber"}
)
_FATAL_WORDS = frozenset({"fatal", "deadly", "fatally"})
_HARM_VERBS = frozenset({"shoot", "stab", "gun", "beat"})
_REFLEXIVES = frozenset({"himself", "herself", "self", "themselves"})
SELF = "#self"
"""The ``person`` of one who killed others and then themselves, counted on top of their toll."""
_SINGULAR_DETERMINERS = frozenset({"a", "an", "the", "one"})
_PARTITIVE_PRONOUNS = frozenset({"those", "them", "these", "us", "whom"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """A number as reported: bounds and how it was qualified."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: Qualifier


@dataclass(frozen=True, slots=True, kw_only=True)
class CountMention:
    """A casualty count found in the text, before it is attached to an event."""

    category: CasualtyCategory
    count: Count
    span: Span
    """The count phrase ("at least 91 people")."""
    sentence: Span
    predicate: int
    """Index of the predicate token ("killed") in the spaCy Doc: the link to the event."""
    victims: str | None = None
    person: str | None = None
    """For one person told without a number ("Sarah Davidson was killed", "the victim died"): who, as a
    key ("davidson"; "" when unnamed), so that the events stage counts distinct people, not mentions."""
    shot: bool = False
    """Shot, with no word on whether fatally ("four people were shot"): an ``injured`` count that the
    events stage reduces by the killed ("four people were shot, one fatally" -> 1 killed, 3 injured)."""


def _lexicon() -> dict:
    return read_lexicon("quantities.json")


def number_value(words: list[str]) -> tuple[int | None, bool] | None:
    """The value of number words ("two hundred", "1,200", "dozens"): (value, is_vague), or None."""
    lexicon = _lexicon()
    phrase = " ".join(w.casefold() for w in words)
    if phrase in lexicon["vague"]:
        return lexicon["vague"][phrase], True
    total = 0
    current = 0
    seen = False
    for word in (w.casefold() for w in words if w != "-"):
        for part in word.split("-"):
            if _DIGITS.match(part):
                current += int(part.replace(",", ""))
            elif part in lexicon["multipliers"] and (current or seen):
                current = max(current, 1) * lexicon["multipliers"][part]
                total, current = total + current, 0
            elif part in lexicon["numbers"]:
                current += lexicon["numbers"][part]
            else:
                return None
            seen = True
    return (total + current, False) if seen else None


def read_count(value: int | None, *, vague: bool, qualifier: Qualifier | None) -> Count:
    """Bounds of a count: 'at least 91' -> 91..; 'more than 200' -> 201..; 'dozens' -> vague 12."""
    if value is None:
        return Count(low=None, best=None, high=None, qualifier="vague")
    if vague:
        return Count(low=value, best=value, high=None, qualifier="vague")
    match qualifier:
        case "at_least":
            return Count(low=value, best=value, high=None, qualifier="at_least")
        case "more_than":
            return Count(low=value + 1, best=value + 1, high=None, qualifier="more_than")
        case "at_most":
            return Count(low=None, best=value, high=value, qualifier="at_most")
        case "less_than":
            return Count(low=None, best=value - 1, high=value - 1, qualifier="less_than")
        case "about":
            return Count(low=None, best=value, high=None, qualifier="about")
        case _:
            return Count(low=value, best=value, high=value, qualifier="exact")


def _qualifier_before(text: str, position: int) -> tuple[Qualifier | None, int]:
    """The qualifier phrase that ends just before ``position``, and where it starts."""
    window = text[max(0, position - 30) : position].casefold()
    for phrase, qualifier in sorted(_lexicon()["qualifiers"].items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?:^|\W){re.escape(phrase)}\s+$", window):
            start = position - len(window) + window.rstrip().rfind(phrase)
            return qualifier, start
    return None, position


def _predicate_category(token: Token) -> CasualtyCategory | None:
    predicates: dict[str, list[str]] = read_lexicon("cues.json")["casualty_predicates"]
    lemma = token.lemma_.casefold()
    lower = token.lower_
    for category, words in predicates.items():
        if lemma in words or lower in words:
            if category == "killed" and lemma in ("lose", "toll") and token.pos_ == "VERB":
                continue
            if category == "injured" and any(c.lower_ == "fatally" for c in token.children):
                return "killed"  # "fatally wounding the victim"
            return category  # type: ignore[return-value]
    if lemma in _HARM_VERBS and any(c.lower_ in ("fatally", "dead") for c in token.children):
        return "killed"
    if _phrasal_death(token):
        return "killed"  # "was gunned down", "passed away"
    if lemma in _HARM_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in token.children
    ):
        return "killed"  # "shot to death", "beaten to death"
    return None


_PHRASAL_DEATHS = {"gun": "down", "pass": "away"}
"""Verbs that tell a death with their particle: "was gunned down", "passed away"."""


def _phrasal_death(verb: Token) -> bool:
    particle = _PHRASAL_DEATHS.get(verb.lemma_.casefold())
    return (
        particle is not None
        and verb.pos_ == "VERB"
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)
    )


def _acts_on_someone(verb: Token) -> bool:
    """Whether a verb coordinated with ``verb`` has an object: in "girl accidentally shot, killed her
    brother" the girl is the one who shot."""
    return any(
        c.dep_ == "conj" and _shares_subject(c) and any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )


def _shares_subject(verb: Token) -> bool:
    """Whether a coordinated verb tells of the first verb's subject: "was shot and killed", not "was shot
    and another was killed"."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _shot_clause(verb: Token, *, past: bool = False) -> tuple[Token, CasualtyCategory, bool] | None:
    """What a clause about a person says happened to them: "(who was) shot and killed" -> killed;
    "(who was) shot" -> injured, shot; "(who was) wounded" -> injured. With ``past``, a "shot" tagged as
    a past tense is read as the participle too (a clause with no subject the tagger misread)."""
    category = _predicate_category(verb)
    if category in ("killed", "injured"):
        return verb, category, False
    if verb.lemma_.casefold() != "shoot" or verb.tag_ not in (("VBN", "VBD") if past else ("VBN",)):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and _predicate_category(conj) == "killed" and _shares_subject(conj):
            return conj, "killed", False
    return verb, "injured", True


def _died_after(hurt: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """The death a hurt person's own verb goes on to tell: "was critically wounded and later died"."""
    if _predicate_category(hurt) != "injured":
        return None
    for conj in hurt.children:
        if (
            conj.dep_ == "conj"
            and _predicate_category(conj) == "killed"
            and _shares_subject(conj)
            and not any(c.dep_ == "dobj" for c in conj.children)
        ):
            return conj, "killed", False
    return None


def _is_listed_appos(noun: Token) -> bool:
    """Whether an "appos" is the parser's reading of the second item of a list: "Six women, a boy and two
    men were hurt" (no comma closes it), not an appositive, "two people, a man and a woman, were shot"."""
    if noun.dep_ != "appos" or not any(c.dep_ in ("cc", "conj") for c in noun.children):
        return False
    start = min(t.i for t in noun.subtree) - 1
    if start >= 0 and noun.doc[start].text == ":":
        return False  # "two other children: his daughter and her cousin" names them
    end = max(t.i for t in noun.subtree) + 1
    return end < len(noun.doc) and noun.doc[end].text != ","


def _list_head(noun: Token) -> Token:
    """The first item of the list a counted noun is in: "five militants" of "two soldiers and five
    militants were killed", "two men" of "Six women, a boy and two men were injured"."""
    while (
        (noun.dep_ == "conj" or _is_listed_appos(noun))
        and not _after_a_verb(noun)
        and noun.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
    ):
        noun = noun.head
    return noun


def _after_a_verb(noun: Token) -> bool:
    """Whether a coordinated noun is the object of a gerund the parser read as its modifier: "killing two
    deputies and leading dozens of officers" lists acts, not the killed."""
    return any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < noun.i for c in noun.children)


def _along_with(noun: Token) -> Token | None:
    """The verb that people "along with" whom are told: "Dale Hart was killed, along with two other men"."""
    with_ = noun.head
    along = with_.head
    if noun.dep_ != "pobj" or with_.lower_ != "with" or along.lower_ != "along":
        return None
    verb = along.head  # "wounded in the shooting along with ...": the parser may hang it on the noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _lone_subject(verb: Token) -> int:
    """1 when a verb's subject is one person told without a number ("Dale Hart", "he", "the man"), else 0:
    a count of the subject is counted on its own."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.like_num or any(c.dep_ in ("nummod", "conj") for c in subject.children):
            return 0
        if subject.lower_ in _PRONOUNS or (subject.tag_ == "NNP" and subject.ent_type_ == "PERSON"):
            return 1
        if subject.tag_ == "NN" and subject.lemma_.casefold() in _PERSON_NOUNS:
            return 1
    return 0


def _find_predicate(noun: Token) -> Token | None:
    """The casualty predicate a counted noun depends on: "two people [were killed]", "[killed] two"."""
    noun = _list_head(noun)  # "two soldiers and five militants were killed"
    along = _along_with(noun)
    if along is not None and _predicate_category(along):
        return along  # "a man was killed, along with two others"
    if noun.lower_ in _HEADLINE_STATES:
        return noun  # headlines: "Three Dead, One Critically Hurt"
    for child in noun.children:
        if (
            child.dep_ in ("amod", "acl", "relcl")
            and _predicate_category(child)
            and not any(c.dep_ == "dobj" for c in child.children)
            # not "a tenant of the cabin where a boy was killed", a clause the parser hung on the tenant
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_PRONOUNS
                for c in child.children
            )
        ):
            return child  # not "two suspects who wounded four": they are the ones who did it
    head = noun.head
    if (
        noun.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and (any(c.dep_ == "dobj" for c in head.children) or _acts_on_someone(head))
    ):
        return None  # "a gunman killed three people": the subject of an active verb is the killer
    if noun.dep_ in (
        "nsubjpass",
        "nsubj",
        "dobj",
        "conj",
        "appos",
        "attr",
        "npadvmod",
    ) and _predicate_category(head):
        return head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_ in _STATE_VERBS:
        for child in head.children:
            if (
                child.dep_ in ("acomp", "oprd", "attr", "xcomp", "ccomp")
                and _predicate_category(child)
                and child.i > noun.i  # a clause before the subject is another sentence run in
            ):
                return child
    if noun.dep_ in ("nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX") and head.lemma_ != "be":
        # "a man was shot and killed": the count is the subject of the first of coordinated verbs;
        # "four are dead and two are injured" are two counts, not one.
        for conj in head.children:
            if (
                conj.dep_ == "conj"
                and conj.pos_ == "VERB"
                and _predicate_category(conj)
                and _shares_subject(conj)
            ):
                return conj
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ == "to"
        and head.head.lemma_ in ("rise", "climb", "reach", "increase", "jump", "soar", "mount")
    ):
        for child in head.head.children:
            if child.dep_ == "nsubj" and child.lemma_ in ("toll", "number", "count"):
                return child
    return None


def _state_after(doc: Doc, number: Token, noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """The state word right after a count, as headlines and tallies put it ("1 Dead, 6 Hurt",
    "Four Men Wounded", "two killed"), which the parser often attaches to the wrong number."""
    after = number.i + 1
    if (
        after < len(doc)
        and doc[after].lower_ not in _TALLY_STATES
        and noun.i == after
        and (noun.lemma_.casefold() in _PERSON_NOUNS or noun.lower_ in _PEOPLE_WORDS)
    ):
        after = noun.i + 1
    if after >= len(doc) or doc[after].lower_ not in _TALLY_STATES:
        return None
    state = doc[after]
    if any(c.dep_ == "dobj" for c in state.children) or _acts_on_someone(state):
        return None  # "a gunman killed six people", "a man shot and killed his wife": the killer
    if state.lower_ == "shot":
        if (
            after + 2 < len(doc)
            and doc[after + 1].lower_ == "and"
            and _predicate_category(doc[after + 2]) == "killed"
        ):
            return doc[after + 2], "killed", False  # "two men shot and killed"
        if _predicate_category(state) == "killed":
            return state, "killed", False  # "3 shot dead", "six shot to death"
        return state, "injured", True
    category = _predicate_category(state)
    if category not in ("killed", "injured"):
        return None
    return state, category, False


def _counted_noun(token: Token) -> Token:
    if token.dep_ in ("nummod", "quantmod", "amod", "det") and token.head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
        "ADJ",
    ):
        return token.head
    return token


def _victims(noun: Token, number: Token, text: str) -> str | None:
    if noun.i == number.i:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if target is None:
            return None
        noun = target
    words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i != number.i] + [noun]
    return " ".join(text[w.idx : w.idx + len(w)] for w in words)


def _age_noun(doc: Doc, token: Token) -> Token | None:
    """The "old" of "16-year-old" when ``token`` is its number and the phrase names a person, or the noun
    it describes when that is no word of a person ("a 15-year-old soccer player")."""
    words = [t.lower_ for t in doc[token.i + 1 : token.i + 5]]
    if words[:4] == ["-", "year", "-", "old"] and token.i + 4 < len(doc):
        old = doc[token.i + 4]
        if old.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj") or _is_headline_shot(old.head):
            return old  # "a 16-year-old was shot"; headlines: "3-year-old shot in ..."
        described = old.head
        if (
            old.dep_ == "amod"
            and described.tag_ == "NN"
            and described.i > old.i
            and described.lemma_.casefold() not in _PERSON_NOUNS  # "a 16-year-old boy": a person's count
            and described.lemma_.casefold() not in _lexicon()["not_victims"]  # "a 20-year-old car"
        ):
            return described  # "took the life of a 15-year-old soccer player"
    return None


def _is_headline_shot(token: Token) -> bool:
    """The noun "shot" of a headline that counts people shot ("5 shot", "3-year-old shot"), which the
    tagger takes for the noun of "a shot"."""
    return token.lower_ == "shot" and token.tag_ in ("NN", "NNP")


def _is_page_counter(doc: Doc, number: Token) -> bool:
    """Whether ``number`` is the first of "4 of 12" in digits with nothing counted after it: the counter of
    a photo gallery or slideshow that pages carry between sentences. "2 of 3 victims" counts people."""
    i = number.i
    if not number.text.isdigit() or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    total = doc[i + 2]
    after = doc[i + 3] if i + 3 < len(doc) else None
    return total.text.isdigit() and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))


def find_counts(doc: Doc, text: str) -> list[CountMention]:
    """Every casualty count in the parsed text."""
    lexicon = _lexicon()
    excluded = {t.i for ent in doc.ents if ent.label_ in _NOT_COUNTS for t in ent}
    found: list[CountMention] = []
    used: set[int] = set()
    listed: tuple[Token, int, int, Token, Token] | None = None
    dead_among: set[int] = set()
    ordinals: dict[int, int] = {}
    """Counts of one person told by their place ("a fourth victim"), by index in ``found``."""
    """Totals the dead are told among ("one of the five people hospitalized has died")."""
    """A count of people with no predicate of its own, which the next count may share (see below)."""
    for token in doc:
        lower = token.lower_
        is_number = token.like_num or lower in lexicon["numbers"] or lower in lexicon["vague"]
        if (
            not is_number
            or token.i in used
            or (token.i in excluded and _age_noun(doc, token) is None and not _tallied(doc, token))
        ):
            continue  # ages ("a 17-year-old") are often tagged DATE, yet name a person
        if lower == "one" and token.i > 0 and doc[token.i - 1].lower_ in ("no", "not"):
            continue  # "no one was injured": a stated zero, read by ``_zeros``
        if _is_page_counter(doc, token):
            used.add(token.i + 2)
            continue  # "Photo 4 of 12": a gallery's counter, not four (or twelve) people
        if (
            lower == "another"
            and token.dep_ not in ("dobj", "nsubj", "nsubjpass", "conj")
            and _along_with(token.head) is None
        ):
            # "killing two and wounding another" is one more; "another victim", "another man" may be one
            # told before (MUC-4 reports tell "another policeman" of a template with no injured).
            continue
        if (
            lower in ("a", "an", "the", "one", "single", "lone")
            and token.dep_ in ("det", "nummod")
            and (token.head.lemma_.casefold() not in _PERSON_NOUNS or token.head.tag_ in ("NNS", "NNPS"))
            and not (lower == "one" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _TALLY_STATES)
        ):
            continue  # "a" counts one person only: "a man was killed", not "a bomb"
        age = _age_noun(doc, token)
        if age is not None:
            # "a 16-year-old was fatally shot": one person, named by their age.
            predicate = _find_predicate(age)
            category = _predicate_category(predicate) if predicate is not None else None
            shot = False
            if category is None and (implied := _implied_predicate(age)) is not None:
                predicate, category, shot = implied  # "a 17-year-old was shot"
            if predicate is not None and category is not None:
                start = (
                    doc[token.i - 1].idx
                    if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an")
                    else token.idx
                )
                used.update(range(token.i, age.i + 1))
                found.append(
                    CountMention(
                        category=category,
                        count=read_count(1, vague=False, qualifier=None),
                        span=Span.of(text, start, age.idx + len(age.text)),
                        sentence=sentence_span(text, token.sent.start_char, token.sent.end_char),
                        predicate=predicate.i,
                        victims=text[token.idx : age.idx + len(age)],
                        shot=shot,
                    )
                )
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in (
            "-year",
            "year",
            "years",
            "%",
            "-",
            "percent",
        ):
            continue
        # Multi-word numbers: "two hundred", "three dozen", "1,200"; the head word carries the phrase.
        first = token
        while (
            first.i > 0
            and doc[first.i - 1].head.i == token.i
            and doc[first.i - 1].dep_ in ("compound", "quantmod", "nummod")
            and (doc[first.i - 1].like_num or doc[first.i - 1].lower_ in lexicon["numbers"])
            and not (doc[first.i - 1].text.isdigit() and token.text.isdigit())  # "33 6": two numbers
        ):
            first = doc[first.i - 1]
        if first.i > 1 and doc[first.i - 1].text == "-" and doc[first.i - 2].lower_ in lexicon["numbers"]:
            first = doc[first.i - 2]  # "twenty-five"
        if (
            first.i > 0
            and doc[first.i - 1].lower_ in ("a",)
            and lower in ("few", "dozen", "couple", "handful")
        ):
            first = doc[first.i - 1]
        words = [t.text for t in doc[first.i : token.i + 1]]
        value = number_value(words)
        if value is None:
            continue
        noun = _counted_noun(token)
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.casefold() in ("family", "group")
            and noun.head.head.tag_ == "NN"  # not "the families of the six soldiers killed"
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
            and _is_people(noun, token)
        ):
            noun = noun.head.head  # "a family of five was found dead", "a group of four teens was shot"
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _PARTITIVE_PRONOUNS for g in c.children)
            for c in noun.children
        ) and not (_killed_of_those_shot(noun) or _fatal_part_of(noun) is not None):
            continue
        if (
            noun.i == token.i
            and token.i > 1
            and doc[token.i - 1].text == ","
            and doc[token.i - 2].tag_ == "NNP"
            and _is_a_name(doc[token.i - 2])
            and doc[token.i - 2].lower_ not in _TALLY_STATES
            and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _TALLY_STATES)
            and not any(c.lower_ in _FATAL_WORDS for c in token.children)  # "on Friday, one fatally"
        ):
            continue  # "Dana Reyes, 26 was shot": an age, not "4 Shot, 1 Killed"
        if noun.i == token.i and any(c.lower_ in lexicon["severities"] for c in token.children):
            continue  # "six injured, two critically": a part of the toll told
        if _part_by_condition(token):
            continue  # "three were hospitalized, two in critical condition": a part of the toll told
        shot = False
        told = _state_after(doc, token, noun)
        if (
            told is None
            and noun.i != token.i
            and noun.lemma_.casefold() in lexicon["not_victims"]
            and noun.lower_ not in _TALLY_STATES
        ):
            continue  # "two shootings", "20 rounds"; not "4 shot, 1 dead"
        if noun.i == token.i - 1 and _predicate_category(noun) in ("killed", "injured"):
            told = (noun, _predicate_category(noun), False)  # type: ignore[assignment]
        if told is not None:
            predicate, category, shot = told
            if predicate.i == token.i + 1:
                noun = token  # "3 Hurt Bellflower Barbershop Shooting": the count is "3"
        else:
            predicate = _find_predicate(noun)
            category = _predicate_category(predicate) if predicate is not None else None
        if category is None:
            implied = _implied_predicate(noun)
            if implied is None and noun.i != token.i and _is_people(noun, token):
                implied = _reduced_relative(noun)  # "three men fatally shot outside a bar"
            if implied is None:
                if value[0] and not value[1] and _is_people(noun, token):
                    listed = (first, max(noun.i, token.i), value[0], noun, token)
                continue
            predicate, category, shot = implied
        assert predicate is not None
        if _natural_death(predicate) or _generic(predicate):
            continue  # "two others died of illness": deaths no one caused; "any time one is hurt"
        if category != "killed" and _partitive_total(noun, token) is not None:
            continue  # "one of the four people hospitalized": a part of the whole told beside it
        if (
            shot
            and (
                noun.lower_ == "others"
                or (predicate.lemma_ == "shoot" and any(c.lower_ == "other" for c in noun.children))
            )
            and not _joined_to_a_person(noun)
        ):
            shot = False  # "a boy killed, 6 others shot": the others are the ones not killed
        if shot and _shot_by_the_dead(predicate):
            shot = False  # "was killed by deputies after shooting three people": the three are the hurt
        qualifier, start = _qualifier_before(text, first.idx)
        if lower in ("a", "an", "the"):
            value = (1, False)
        if value[0] is not None and not value[1] and _joined_to_a_person(noun):
            value = (value[0] + 1, False)  # "she and three others were shot": four
        if value[0] is not None and not value[1]:
            value = (value[0] + _persons_joined_after(noun), False)  # "a man and his daughter": two
        if value[0] is not None and not value[1] and (along := _along_with(noun)) is not None:
            value = (value[0] + _lone_subject(along), False)  # "Hart was killed, along with two others": 3
        count = read_count(value[0], vague=value[1], qualifier=qualifier)
        end = (
            max(noun.idx + len(noun.text), token.idx + len(token.text))
            if noun.i > token.i
            else token.idx + len(token.text)
        )
        sentence = token.sent
        used.update(range(first.i, token.i + 1))
        if category == "killed" and (among := _partitive_total(noun, token)) is not None:
            dead_among.add(among)
        found.append(
            CountMention(
                category=category,
                count=count,
                span=Span.of(text, start, end),
                sentence=sentence_span(text, sentence.start_char, sentence.end_char),
                predicate=predicate.i,
                victims=_victims(noun, token, text),
                shot=shot,
            )
        )
        if value == (1, False) and (place := _ordinal(noun)) is not None:
            ordinals[len(found) - 1] = place
        if listed is not None and listed[1] + 2 == first.i and doc[listed[1] + 1].text == ",":
            # Headlines list counts before their state: "2 men, 3 women shot" tells five.
            head, last, number, counted, numeral = listed
            used.update(range(head.i, last + 1))
            found.append(
                replace(
                    found[-1],
                    count=read_count(number, vague=False, qualifier=None),
                    span=Span.of(text, head.idx, doc[last].idx + len(doc[last].text)),
                    victims=_victims(counted, numeral, text),
                )
            )
        listed = None
    found = [
        replace(c, shot=True)
        if c.category == "injured" and c.person is None and c.count.best in dead_among
        else c
        for c in found
    ]
    # "the gunfire wounded a 15-year-old" ... "the gunfire killed a 15-year-old": one person, hurt then dead
    dead_told = {
        c.victims.casefold() for c in found if c.category == "killed" and c.count.best == 1 and c.victims
    }
    found = [
        replace(c, shot=True)
        if c.category == "injured" and c.count.best == 1 and (c.victims or "").casefold() in dead_told
        else c
        for c in found
    ]
    for index, place in ordinals.items():
        # "two men were struck by gunfire ... a third man was wounded as well": three
        one = found[index]
        if one.category == "injured" and not one.shot:
            # "one woman died and a second woman was hurt": the second of the people harmed, the dead among
            # the ones before (``CountMention.shot``): 2 harmed, 1 killed, 1 hurt
            found[index] = replace(one, count=read_count(place, vague=False, qualifier=None), shot=True)
        elif one.category == "injured" or any(
            c.category == one.category and c.count.best == place - 1 and c.person is None
            for i, c in enumerate(found)
            if i != index
        ):
            found[index] = replace(one, count=read_count(place, vague=False, qualifier=None))
    found += _ordinal_people(doc, text, used)
    found = _dead_of_the_hurt(doc, text, found)
    return [_killed_after_shot(doc, c) for c in found + _people(doc, text, used)] + _zeros(doc, text)


def _shot_by_the_dead(verb: Token) -> bool:
    """Whether people were shot by one told killed in the clause the shooting hangs on: "a gunman was
    killed by deputies after shooting three people", "gunman who wounded 3 is killed", whose dead is not
    among the three."""
    if verb.lemma_.casefold() != "shoot":
        return False
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        shooter = verb.head
        return shooter.dep_ == "nsubjpass" and _predicate_category(shooter.head) == "killed"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("after", "before"):
        head = head.head
    elif verb.dep_ != "advcl":
        return False
    if _predicate_category(head) != "killed" or any(c.dep_ == "dobj" for c in head.children):
        return False
    clause = head.head if head.dep_ == "conj" and _shares_subject(head) else head
    return any(c.dep_ == "nsubjpass" for c in clause.children)


def _part_of_those(noun: Token) -> bool:
    """Whether a count is told as a part of people named before: "two of them", "one of those men"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.lower_ in _PARTITIVE_PRONOUNS
            or (
                g.dep_ == "pobj"
                and any(d.dep_ == "det" and d.lower_ in ("those", "these") for d in g.children)
            )
            for g in c.children
        )
        for c in noun.children
    )


def _dead_of_the_hurt(doc: Doc, text: str, found: list[CountMention]) -> list[CountMention]:
    """The dead told as a part of people told hurt before: "four teenagers were hit by gunfire ... two of
    them later died" tells two dead among the four, so the four are people shot, not said
    how badly (``CountMention.shot``: the events stage takes the dead from them), and the two are dead,
    where "two of them" alone would be no count at all."""
    found = list(found)
    numbers = _lexicon()["numbers"]
    for token in doc:
        if not (token.like_num or token.lower_ in numbers) or token.i + 1 >= len(doc):
            continue
        if not _part_of_those(token) or (value := number_value([token.text])) is None or value[1]:
            continue
        if (dead := value[0]) is None:
            continue
        predicate = _find_predicate(token)
        if predicate is None or _predicate_category(predicate) != "killed" or not _asserted(predicate):
            continue
        # The people told just before, if hurt: not "two were killed and three hurt ... one of them".
        before = [
            i
            for i, c in enumerate(found)
            if c.category in ("killed", "injured") and c.person is None and c.span.end <= token.idx
        ]
        hurt = [
            i
            for i in before[-1:]
            if found[i].category == "injured"
            and not any(
                c.category == "killed" and c.person is None and c.span.start >= found[i].sentence.start
                for c in (found[j] for j in before)
            )
            and found[i].predicate != token.head.i
            and (found[i].count.best or 0) > dead
            and found[i].sentence.start >= token.sent.start_char - 600
        ]
        if not hurt:
            continue
        found[hurt[-1]] = replace(found[hurt[-1]], shot=True)
        if not any(c.predicate == predicate.i and c.category == "killed" for c in found):
            sentence = token.sent
            found.append(
                CountMention(
                    category="killed",
                    count=read_count(dead, vague=False, qualifier=None),
                    span=Span.of(text, token.idx, token.idx + len(token.text)),
                    sentence=sentence_span(text, sentence.start_char, sentence.end_char),
                    predicate=predicate.i,
                    victims=token.text,
                )
            )
    return found


_ORDINAL_WORDS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL_DIGITS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")


def _ordinal(noun: Token) -> int | None:
    """The place of one person told as "a fourth victim", "an 8th teen"."""
    for child in noun.children:
        if child.dep_ not in ("amod", "nummod") or child.i > noun.i:
            continue
        if child.lower_ in _ORDINAL_WORDS:
            return _ORDINAL_WORDS[child.lower_]
        if (digits := _ORDINAL_DIGITS.match(child.lower_)) is not None:
            return int(digits.group(1))
    return None


def _ordinal_people(doc: Doc, text: str, used: set[int]) -> list[CountMention]:
    """People told hurt by their place alone: "two were killed and a third was hurt" tells three people
    harmed, the dead among them (``CountMention.shot``), so one hurt."""
    found = []
    for token in doc:
        place = _ORDINAL_WORDS.get(token.lower_)
        if (
            place is None
            or token.i in used
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj")
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        ):
            continue
        predicate = _find_predicate(token)
        if predicate is None or _predicate_category(predicate) != "injured" or not _asserted(predicate):
            continue
        det = next(c for c in token.children if c.dep_ == "det")
        found.append(
            CountMention(
                category="injured",
                count=read_count(place, vague=False, qualifier=None),
                span=Span.of(text, det.idx, token.idx + len(token.text)),
                sentence=sentence_span(text, token.sent.start_char, token.sent.end_char),
                predicate=predicate.i,
                victims=token.text,
                shot=True,
            )
        )
    return found


def _part_by_condition(number: Token) -> bool:
    """Whether a bare number told with a condition or injuries hangs on a clause that counts people
    already: "four more were taken to hospital -- three in serious condition, and one with cuts"
    tells three, not six."""
    if number.dep_ not in ("appos", "npadvmod", "conj"):
        return False
    told = any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "with")
        and any(g.dep_ == "pobj" and g.lower_ in ("condition", *_HOSPITAL_WORDS) for g in p.children)
        for p in number.children
    )
    before = [t for t in number.sent if t.i < number.i and (t.like_num or t.lower_ in _PEOPLE_WORDS)]
    return told and bool(before)


def _killed_of_those_shot(noun: Token) -> bool:
    """Whether "N of them" are the dead among people shot in the same clause: "shot four people, killing
    one of them"; the events stage takes the dead from those shot. Other parts ("two of them died", of
    people told hurt) are read after (see ``_dead_of_the_hurt``)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and _predicate_category(verb) == "killed"
        and verb.dep_ in ("conj", "advcl")
        and verb.head.lemma_.casefold() == "shoot"
        and any(c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES for c in verb.head.children)
    )


def _tallied(doc: Doc, number: Token) -> bool:
    """Whether a state word follows a number, as in a headline tally the tagger took for a percentage or a
    time ("7 Shot, 3 Dead")."""
    return number.i + 1 < len(doc) and doc[number.i + 1].lower_ in _TALLY_STATES


def _partitive_total(noun: Token, number: Token) -> int | None:
    """N of "one of the N (people hospitalized)", the total a part is told of; None when the count's own
    number is that N ("a group of three teens")."""
    for of in noun.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for whole in of.children:
            if whole.dep_ != "pobj":
                continue
            numbers = [whole] if whole.like_num else [c for c in whole.children if c.dep_ == "nummod"]
            for total in numbers:
                if total.i == number.i:
                    return None
                value = number_value([total.text])
                if value is not None and value[0] and not value[1]:
                    return value[0]
    return None


def _killed_after_shot(doc: Doc, count: CountMention) -> CountMention:
    """A count of people shot that the words right after say were killed ("a 17-year-old shot and killed
    by police", "baby girl accidentally shot, killed"), where the parser hung "killed" elsewhere; not
    "girl accidentally shot, killed her brother", where she is the one who shot."""
    shot = doc[count.predicate]
    if not count.shot or shot.lemma_.casefold() not in ("shoot", "shot") or shot.i + 2 >= len(doc):
        return count
    joiner, verb = doc[shot.i + 1], doc[shot.i + 2]
    if (
        joiner.lower_ in ("and", ",")
        and verb.lower_ in ("killed", "slain")
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return replace(count, category="killed", predicate=verb.i, shot=False)
    return count


def _is_people(noun: Token, number: Token) -> bool:
    """Whether a count counts people: "3 women", "two", not "3 cars"."""
    return noun.i == number.i or noun.lemma_.casefold() in _PERSON_NOUNS or noun.lower_ in _PEOPLE_WORDS


def _zeros(doc: Doc, text: str) -> list[CountMention]:
    """Stated zeros: "no one was injured", "nobody was hurt", "none of them were killed" -> 0."""
    found = []
    for token in doc:
        lower = token.lower_
        if lower in ("nobody", "none") or (
            lower == "one" and token.i > 0 and doc[token.i - 1].lower_ in ("no", "not")
        ):
            noun = token
            predicate = _find_predicate(noun)
            category = _predicate_category(predicate) if predicate is not None else None
            if predicate is None or category not in ("killed", "injured"):
                continue
            start = doc[token.i - 1].idx if lower == "one" else token.idx
            sentence = token.sent
            found.append(
                CountMention(
                    category=category,
                    count=read_count(0, vague=False, qualifier=None),
                    span=Span.of(text, start, token.idx + len(token.text)),
                    sentence=sentence_span(text, sentence.start_char, sentence.end_char),
                    predicate=predicate.i,
                )
            )
    return found


def _fatal_part_of(noun: Token) -> Token | None:
    """The shooting a trailing "one fatally" tells the dead of when the parser hangs the part on a word
    of the clause that is no verb ("were shot in Easton on Monday, one fatally": on "Monday") or on the
    reporting verb ("were shot, one of them fatally, police said"): the last "shot" before it in the
    sentence, so long as nothing but the part's own words lies between."""
    if noun.dep_ not in ("dep", "appos", "npadvmod", "nsubj") or not (
        noun.like_num or noun.lower_ in ("one", "both", "all")
    ):
        return None
    if not any(c.lower_ in _FATAL_WORDS and c.dep_ == "advmod" for c in noun.children):
        return None
    sentence = noun.sent
    for token in reversed(sentence[: noun.i - sentence.start]):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() != "shoot":
            return None  # "shot a man and fled, one witness fatally ..." is no part of the shot
        if token.lemma_.casefold() == "shoot" and token.tag_ in ("VBN", "VBD"):
            return token
    return None


def _implied_predicate(noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """A casualty said without a casualty word: "four people were shot" (shot: injured unless killed),
    "one fatally", "taken to the hospital", "with non-life threatening injuries", "the fatal shooting of
    four people", "the death of his son"."""
    noun = _list_head(noun)
    head = noun.head
    lemma = head.lemma_.casefold()
    if noun.lower_ == "shot" and noun.tag_ == "NN":
        return noun, "injured", True  # headlines: "4 shot, 1 dead"
    if noun.dep_ == "amod" and noun.lower_ == "old" and _is_headline_shot(head):
        if any(c.lower_ in ("fatally", "dead") for c in head.children):
            return head, "killed", False  # "4-year-old fatally shot in ..."
        return head, "injured", True  # headlines: "3-year-old shot in ..."
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN" and child.lemma_.casefold() == "shoot":
            return _shot_clause(child)  # "4 people shot in southeast Atlanta", "a man shot and killed"
    along = _along_with(noun)
    if along is not None and along.lemma_.casefold() == "shoot" and along.tag_ == "VBN":
        return _shot(along)  # "both brothers were shot, along with a cousin"
    if (
        noun.dep_ == "nsubj"
        and lemma == "shoot"
        and head.tag_ == "VBD"
        and noun.lemma_.casefold() not in _SHOOTERS
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children)
        and not _acts_on_someone(head)
    ):
        return _shot(head)  # headlines drop the auxiliary: "7 men shot at Antioch house"
    if (
        noun.dep_ == "nsubj"
        and lemma == "shoot"
        and noun.lemma_.casefold() not in _SHOOTERS
        and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in head.children)
    ):
        return _shot(head)  # "the boy accidentally shot himself", "shot himself dead"
    if noun.dep_ == "nsubj" and lemma in ("suffer", "sustain", "receive"):
        for wound in head.children:
            if wound.dep_ == "dobj" and wound.lower_ in _HOSPITAL_WORDS:
                if any(c.lower_ in _FATAL_WORDS for c in wound.children):
                    return wound, "killed", False  # "suffered a fatal gunshot wound"
                gunshot = any(c.lower_ in ("gunshot", "bullet") for c in wound.children)
                return wound, "injured", gunshot  # "two men suffered non-life-threatening injuries"
    if (
        noun.dep_ in ("dep", "appos", "npadvmod")
        and any(c.lower_ in _FATAL_WORDS for c in noun.children)
        and (lemma == "shoot" or any(t.lemma_.casefold() == "shoot" for t in head.subtree))
    ):
        # "four people were shot, one fatally"; the parser may hang "one fatally" on the verb above the
        # shooting: "rounds were fired where six people were shot, two fatally".
        return head, "killed", False
    fatal_part = _fatal_part_of(noun)
    if fatal_part is not None:
        return fatal_part, "killed", False
    if noun.dep_ in ("nsubjpass", "dobj") and lemma == "shoot":
        for conj in head.children:
            if (
                conj.dep_ == "conj"
                and _predicate_category(conj) == "killed"
                and _shares_subject(conj)
                and not any(c.dep_ == "dobj" for c in conj.children)  # "shot four, killing one of them"
            ):
                return conj, "killed", False
        return _shot(head)
    if noun.dep_ in ("nsubjpass", "dobj", "nsubj") and head.pos_ in ("VERB", "AUX"):
        for prep in head.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in ("to", "with")
                and any(g.dep_ == "pobj" and g.lower_ in _HOSPITAL_WORDS for g in prep.children)
            ):
                # "Both were taken to the hospital, where one died": all of those taken are the harmed,
                # dead or not, like those shot; others taken, and those "with injuries", are the hurt.
                every = {noun.lower_} | {c.lower_ for c in noun.children}
                # "was flown to a hospital, where he died": the one taken is the one dead
                died_there = any(t.dep_ == "relcl" and _tells_a_death(t) for t in prep.subtree)
                return head, "injured", prep.lower_ == "to" and (bool(every & {"both", "all"}) or died_there)
    if _life_taken(noun):
        return head.head if noun.dep_ == "poss" else head.head.head, "killed", False
    if noun.dep_ == "pobj" and head.lower_ == "of":
        event = head.head
        if event.lemma_.casefold() == "body" and event.dep_ in ("nsubjpass", "dobj", "nsubj"):
            return event, "killed", False  # "the bodies of two men were found"
        if any(c.lemma_.casefold() == "attempt" for c in event.children):
            return None  # "the attempted murders of five teenagers": no one died
        if event.lower_ in _DEATH_NOUNS or (
            event.lemma_.casefold() == "shooting"
            and any(c.lower_ in _FATAL_WORDS for c in event.children if c.dep_ in ("amod", "compound"))
        ):
            return event, "killed", False
        if event.lower_ in ("shooting", "shootings") and event.tag_ in ("NN", "NNS"):
            return event, "injured", True  # "the shooting of four men": shot, the dead among them
    return _wound_predicate(noun)


def _tells_a_death(verb: Token) -> bool:
    """Whether a clause says someone died: "where he died", "where one was pronounced dead"."""
    return (
        verb.lemma_.casefold() == "die"
        or _predicate_category(verb) == "killed"
        or any(c.dep_ in ("oprd", "acomp") and c.lower_ in ("dead", "deceased") for c in verb.children)
    )


def _life_taken(noun: Token) -> bool:
    """Whether a person's life is told taken: "took the life of his nephew", "claims one man's life"."""
    head = noun.head
    if noun.dep_ == "poss" and head.lemma_.casefold() == "life":
        life = head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.casefold() == "life":
        life = head.head
    else:
        return False
    return life.dep_ == "dobj" and life.head.lemma_.casefold() in ("take", "claim", "end")


_PROJECTILES = frozenset({"gunfire", "bullet", "round", "pellet", "gunshot", "shotgun", "shrapnel"})
_WOUNDS = frozenset({"injury", "injuries", "wound", "wounds"})
_CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "good", "grave", "satisfactory"})


def _wound_predicate(noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """A person hurt told by what hit them, what they suffer or their condition: "two men were hit by
    gunfire", "a girl was struck by a stray bullet" (shot), "a man with a gunshot wound", "three men
    suffering from gunshot wounds", "the victim is listed in critical condition" (injured)."""
    head = noun.head
    struck = [head] if noun.dep_ == "nsubjpass" else []
    struck += [  # "four victims who had been struck by gunfire"
        c
        for c in noun.children
        if c.dep_ == "relcl"
        and any(g.dep_ == "nsubjpass" and g.lower_ in ("who", "that") for g in c.children)
    ]
    for verb in struck:
        if verb.lemma_.casefold() not in ("hit", "strike", "graze"):
            continue
        # "were also hit": others than any told dead, so hurt, not maybe the dead
        shot = not any(c.lower_ == "also" for c in verb.children)
        by = [c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")]
        if any(g.dep_ == "pobj" and g.lemma_.casefold() in _PROJECTILES for p in by for g in p.children):
            return verb, "injured", shot
        if not by and (verb.lemma_.casefold() == "graze" or _tells_of_gunfire(noun.doc)):
            return verb, "injured", shot  # "five were hit" in a story of a shooting, "was grazed"
    if noun.dep_ == "dobj" and head.lemma_.casefold() in ("hit", "strike") and _fired_at(head):
        for then in head.children:
            if then.dep_ in ("advcl", "conj") and _predicate_category(then) == "killed":
                return then, "killed", False  # "the bullet struck him in the heart, killing him"
        return head, "injured", True  # "the bullet struck his son", "the gun went off, hitting the boy"
    if _shot_self(noun):
        return noun.head if noun.dep_ == "nsubj" else noun, "injured", True  # "a boy who shot himself"
    sufferers = {c.i for c in noun.children if c.dep_ in ("acl", "relcl")}
    if noun.dep_ == "nsubj":
        sufferers.add(head.i)  # "officers found four men suffering from gunshot wounds"
    for child in [*noun.children, head]:
        with_wound = child.dep_ == "prep" and child.lower_ == "with" and child.head.i == noun.i
        carriers = [child] if with_wound else []
        if child.i in sufferers and child.lemma_.casefold() in ("suffer", "sustain"):
            carriers = [child] + [c for c in child.children if c.dep_ == "prep" and c.lower_ == "from"]
        for carrier in carriers:
            for wound in carrier.children:
                if wound.dep_ in ("pobj", "dobj") and wound.lower_ in _WOUNDS:
                    if any(c.lower_ in _FATAL_WORDS for c in wound.children):
                        return wound, "killed", False
                    return wound, "injured", any(c.lower_ in ("gunshot", "bullet") for c in wound.children)
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.casefold() in ("be", "list", "remain", "report"):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for condition in prep.children:
                    if (
                        condition.dep_ == "pobj"
                        and condition.lemma_.casefold() == "condition"
                        and any(c.lower_ in _CONDITIONS for c in condition.children)
                    ):
                        return condition, "injured", False
    return None


_GUNFIRE_WORDS = frozenset({"gunfire", "gunshot", "gunshots", "shots", "bullet", "bullets", "shooting"})


def _tells_of_gunfire(doc: Doc) -> bool:
    """Whether a story tells of shots fired, so that one "hit" with nothing said of what hit them was hit by
    a bullet ("shots rang out ... five were hit")."""
    return any(t.lower_ in _GUNFIRE_WORDS for t in doc)


_FIREARMS = frozenset({"gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "weapon", "firearm"})


def _fired_at(verb: Token) -> bool:
    """Whether a "hit"/"struck" is a shot's: its subject is a bullet or a gun ("the bullet struck"), or it
    tells the outcome of a firing ("fired his gun, striking his son", "it went off, hitting the boy")."""
    # "the bullet went through a wall and struck his son": the subject of the first verb
    doer = verb.head if verb.dep_ == "conj" and _shares_subject(verb) else verb
    if any(c.dep_ == "nsubj" and c.lemma_.casefold() in _PROJECTILES | _FIREARMS for c in doer.children):
        return True
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    # "charged with firing into a car, striking two women": the firing told under the verb it hangs on
    firings = [verb.head] + [
        g for p in verb.head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"
    ]
    return any(
        firing.lemma_.casefold() in ("fire", "discharge", "shoot", "go")
        and (firing.lemma_.casefold() != "go" or any(c.lower_ == "off" for c in firing.children))
        for firing in firings
    )


def _shot_self(noun: Token) -> bool:
    """Whether a person shot themselves: "the boy accidentally shot himself", "a toddler who shot
    himself", "grabbed the gun and shot himself in the leg"."""
    if noun.lemma_.casefold() in _SHOOTERS:
        return False  # "the gunman shot himself" after shooting others: dead or not, the text says elsewhere
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    chain = []
    while verbs:
        verb = verbs.pop()
        chain.append(verb)
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and _shares_subject(c))
    objects = [c for v in chain if _lemma_of(v) in _HARM_VERBS for c in v.children if c.dep_ == "dobj"]
    together = any(c.dep_ == "conj" for c in noun.children) or (
        noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1
    )
    if together and any(o.lower_ != "themselves" for o in objects):
        return False  # "the boy and a friend found a gun, and he shot himself": one of them
    return bool(objects) and all(c.lower_ in _REFLEXIVES for c in objects)


def _lemma_of(token: Token) -> str:
    return token.lemma_.casefold()


def _shot(verb: Token) -> tuple[Token, CasualtyCategory, bool]:
    """A "shot" that says nothing of how badly is an injury to be reduced by the dead; "fatally shot",
    "shot dead", "shot, killed" is a death."""
    if _predicate_category(verb) == "killed":
        return verb, "killed", False
    linked = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ in ("conj", "advcl"):
        linked.append(verb.head)  # "baby girl accidentally shot, killed"
    for other in linked:
        if (
            other.tag_ in ("VBN", "VBD")
            and _predicate_category(other) == "killed"
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != verb.i for c in other.children)
        ):
            return other, "killed", False
    return verb, "injured", True


def _joined_to_a_person(noun: Token) -> bool:
    """Whether a counted noun is coordinated with one person: "she and three others", "a man and two"."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    return (
        first.lower_ in ("he", "she")
        or (first.lower_ in ("him", "her") and first.tag_ == "PRP")  # "killed her and three others"
        or (first.ent_type_ == "PERSON" and first.tag_ == "NNP")
        or (
            first.tag_ == "NN"
            and first.lemma_.casefold() in _PERSON_NOUNS
            and any(c.dep_ == "poss" for c in first.children)
        )  # "his wife and two children"
    )


def _persons_joined_after(noun: Token) -> int:
    """How many people with no count of their own are listed after a counted noun: "a man and his daughter
    were found dead" tells two, "a husband, wife and their two children" three and two, "a woman and her two
    sons" is counted apart; a bare singular is one only after a singular ("a man and woman")."""
    members = [
        c for c in noun.children if c.dep_ == "conj" or (noun.tag_ in ("NN", "CD") and _is_listed_appos(c))
    ]
    members += [g for c in members if c.dep_ == "appos" for g in c.children if g.dep_ == "conj"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "three girls, ages 2 to 9, and their grandfather were found dead": the parser makes each a subject
        members += [
            c
            for c in noun.head.children
            if c.dep_ == noun.dep_
            and c.i > noun.i
            and any(t.lower_ == "and" for t in noun.doc[noun.i + 1 : c.i])
        ]
        # "a teen was wounded along with his brother"
        members += [
            t
            for t in noun.head.subtree
            if t.i != noun.i and (verb := _along_with(t)) is not None and verb.i == noun.head.i
        ]
    return sum(
        1
        for c in members
        if c.tag_ == "NN"
        and c.lemma_.casefold() in _PERSON_NOUNS
        and not any(g.dep_ in ("nummod", "det") for g in c.children)
        and (any(g.dep_ == "poss" for g in c.children) or noun.tag_ == "NN")
    ) + _pair_beside(noun)


_PAIRS = frozenset({"parents", "couple"})
"""Words of two people, told in a list without a number ("Parents, 2 children dead")."""


def _pair_beside(noun: Token) -> int:
    """Two for a pair listed before a counted noun: "parents, 2 children dead", "the couple and their
    three children were found dead"."""
    first = noun.head
    return (
        2
        if noun.dep_ in ("conj", "appos")
        and first.lower_ in _PAIRS
        and first.i < noun.i
        and not any(c.dep_ == "nummod" for c in first.children)
        else 0
    )


_PRONOUNS = frozenset({"he", "she"})
_DYING = frozenset({"die", "perish", "succumb"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "another", "latest", "last"})
_BARE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT", "conj", "appos"})


def _is_a_name(token: Token) -> bool:
    """A person's name: tagged so, untagged, or mistagged but given an age ("Chazz Jenkins, 18",
    "15-year-old Tobin Ashworth"), which only people have; never a word of harm ("Shooting Death")."""
    if token.ent_type_ == "" and _predicate_category(token) is not None:
        return False
    if token.ent_type_ in ("PERSON", ""):
        return True
    return any(
        (c.dep_ == "appos" and c.like_num) or (c.dep_ == "amod" and c.lower_ == "old") for c in token.children
    )


def _headline_item(token: Token) -> bool:
    """Whether a noun is the first of two people a headline lists with a comma, which the parser hangs on
    the second as a modifier ("Woman, boyfriend killed in ...")."""
    return (
        token.dep_ == "nmod"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ","
        and token.head.i == token.i + 2
    )


def _person_key(token: Token) -> str | None:
    """Who a one-person mention names: the surname of a name, "" for "he" or "the victim", else None."""
    if token.lower_ in _PRONOUNS:
        return ""  # "HE WAS SHOT" in capitals is tagged a name
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "mug" and after is not None and after.lower_ in ("shot", "shots"):
        return None  # "Mug shot of the suspect": a photograph, not someone shot
    if token.tag_ == "NNP" and token.dep_ not in ("compound", "poss") and _is_a_name(token):
        return token.lower_
    # A common noun of a person, also as Title Case headlines tag it ("Iowa Girl Killed ...").
    if token.lemma_.casefold() in _PERSON_NOUNS and (
        token.tag_ == "NN" or (token.tag_ == "NNP" and token.ent_type_ != "PERSON")
    ):
        if any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one", "no", "any")
            for c in token.children
        ):
            return ""
        if (token.dep_ in _BARE_ROLES or _headline_item(token)) and not any(
            c.dep_ in ("det", "poss", "nummod", "quantmod") or c.lower_ in _ORDINALS for c in token.children
        ):
            return f"#{token.lemma_.casefold()}"  # headlines: "Teen fatally shot", "Woman, boyfriend killed"
    return None


def _person_predicate(noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """The casualty predicate of one person: "Davidson was killed", "he died", "killing Sarah Davidson";
    never the subject of an active "killed", which is the killer."""
    while (noun.dep_ == "conj" or _headline_item(noun)) and noun.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = noun.head
    if (
        noun.dep_ == "appos"
        and noun.tag_ == "NNP"
        and noun.is_title  # a name as mixed-case text writes it: in capitals any word may be tagged one
        and noun.head.tag_ == "NN"
        and noun.head.lemma_.casefold() in _PERSON_NOUNS - _SHOOTERS
    ):
        # "his mother, Marie Hollis, died": her death is told of her name, which tells her apart from others
        # named; a hurt one is left to the common noun, which may be the dead told again ("the boy").
        told = _person_predicate(noun.head)
        return told if told is not None and told[1] == "killed" else None
    head = noun.head
    lemma = head.lemma_.casefold()
    category = _predicate_category(head)
    if noun.dep_ == "nsubjpass" and category in ("killed", "injured"):
        return _died_after(head) or (head, category, False)
    if noun.dep_ == "nsubj" and (lemma in _DYING or _phrasal_death(head)):
        return head, "killed", False
    if noun.dep_ == "nsubj" and lemma in ("shoot", "suffer", "sustain", "receive"):
        return _implied_predicate(noun)  # "he shot himself", "she suffered a gunshot wound"
    if noun.dep_ == "dobj" and category in ("killed", "injured") and head.pos_ == "VERB":
        return head, category, False
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma in _STATE_VERBS:
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "xcomp") and _predicate_category(child) in (
                "killed",
                "injured",
            ):
                return child, _predicate_category(child), False  # type: ignore[return-value]
    if noun.dep_ == "nsubj" and head.lower_ == "dead" and head.pos_ == "ADJ":
        return head, "killed", False  # "officers found the victim dead"
    if (
        noun.dep_ == "nsubj"
        and category in ("killed", "injured")
        and head.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp") for c in head.children)
        and not _acts_on_someone(head)
    ):
        return head, category, False  # headlines drop the auxiliary: "Girl Killed In Hunting Accident"
    for child in noun.children:
        if (
            child.dep_ == "relcl"
            and child.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in child.children)
        ):
            return _shot_clause(child)  # "the man who was shot and killed"
        if (
            child.dep_ == "relcl"
            and (child.lemma_.casefold() in _DYING or _phrasal_death(child))
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children)
        ):
            return child, "killed", False  # "the woman who died at the hospital"
        if (
            child.dep_ == "acl"
            and child.tag_ in ("VBN", "VBD")
            and not any(c.dep_ == "dobj" for c in child.children)
        ):
            told = _shot_clause(child)  # "police identify teen fatally shot last week"
            if told is not None:
                return told
        if child.dep_ == "amod" and child.lower_ in _HEADLINE_STATES:
            category = _predicate_category(child)
            if category in ("killed", "injured"):
                return child, category, False  # "Youth dead after shooting"
    if noun.dep_ in ("nsubjpass", "dobj") and lemma == "shoot":
        return _implied_predicate(noun)
    if noun.dep_ == "pobj":
        return _implied_predicate(noun)
    return _wound_predicate(noun) or _died_after_all(noun) or _reduced_relative(noun)


def _died_after_all(noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """A death the subject's next verb tells after one that is none: "the driver did not survive and was
    pronounced dead", "was rushed to the hospital and died there"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for conj in noun.head.children:
        if (
            conj.dep_ != "conj"
            or not conj.tag_.startswith("VB")  # "jailed on counts of theft and murder"
            or not _shares_subject(conj)
            or any(c.dep_ == "dobj" for c in conj.children)
        ):
            continue
        if conj.lemma_.casefold() in _DYING or _predicate_category(conj) == "killed":
            return conj, "killed", False
        for state in conj.children:
            if state.dep_ in ("oprd", "acomp") and state.lower_ in ("dead", "deceased"):
                return state, "killed", False
    return None


def _reduced_relative(noun: Token) -> tuple[Token, CasualtyCategory, bool] | None:
    """The clause right after a person that the parser hung elsewhere: "detectives named the woman
    fatally shot Tuesday" (a clause of the woman, not of the detectives); its only subject may be the
    ordinal of the phrase the person is in ("the last of three men fatally shot": "last")."""
    doc = noun.doc
    after = noun.i + 1
    while after < len(doc) and doc[after].tag_ == "RB":
        after += 1
    if after >= len(doc) or after - noun.i > 2:
        return None
    verb = doc[after]
    if (
        verb.tag_ not in ("VBN", "VBD")
        or verb.head.i == noun.i
        or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")
            and not (c.lower_ in _ORDINAL_WORDS and c.is_ancestor(noun))  # not "two of the victims died"
            for c in verb.children
        )
    ):
        return None
    return _shot_clause(verb, past=True)


_UNREAL_GOVERNORS = frozenset({"let", "fear", "pray", "hope", "want", "wish", "think", "worry", "afraid"})
"""Verbs whose clause tells a wish, a fear or a thought, not a deed: "don't let my baby die"."""


def _asserted(predicate: Token) -> bool:
    """Whether a predicate tells what happened: not "was not hurt", nor "he will hurt her", nor a clause
    under a negated verb or one of wish or fear ("please don't let my baby die", "I thought I would die")."""
    unreal = read_lexicon("cues.json")["unreal_auxiliaries"]
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in unreal) for c in predicate.children):
        return False
    clause = predicate
    for _ in range(2):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            return True
        clause = clause.head
        if clause.lemma_.casefold() in _UNREAL_GOVERNORS or any(c.dep_ == "neg" for c in clause.children):
            return False
    return True


def _one_dead(token: Token, text: str, *, predicate: Token, person: str) -> CountMention:
    """One dead told by ``token`` ("himself", "him"), killed by ``predicate``."""
    return CountMention(
        category="killed",
        count=read_count(1, vague=False, qualifier=None),
        span=Span.of(text, token.idx, token.idx + len(token.text)),
        sentence=sentence_span(text, token.sent.start_char, token.sent.end_char),
        predicate=predicate.i,
        victims=token.text,
        person=person,
    )


def _killed_self(token: Token) -> tuple[Token, str] | None:
    """The predicate and person key when ``token`` is the reflexive of a killing: ``SELF`` for one who
    killed others first ("killed his wife and then himself", "kills infant, self", "turned the gun on
    himself"), "" for one who killed only themselves ("the boy accidentally shot and killed himself")."""
    if _own_life_taken(token):
        verb = token.head.head  # "took his own life"
        return verb, SELF if _harmed_others(verb) or _harmed_before(verb) else ""
    if token.lower_ not in _REFLEXIVES:
        return None
    noun = token
    # "killed five of his neighbors, his brother and himself": the list may start at a bare number
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and _predicate_category(head) == "killed" and head.pos_ == "VERB":
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "turn":
        verb = head.head  # "turned the gun on himself"
    elif noun.dep_ == "dobj" and head.lemma_.casefold() == "shoot" and _harmed_others(head, killed=True):
        return head, SELF  # "killed two neighbours before shooting himself": dead by their own hand
    else:
        return None
    return verb, SELF if noun.i != token.i or _harmed_others(verb) or _harmed_before(verb) else ""


_OWN_LIFE_VERBS = frozenset({"take", "end"})
_NOT_KILLERS = frozenset({"police", "officer", "officers", "deputy", "deputies", "trooper", "troopers"})


def _shooter_killed_by_police(token: Token) -> Token | None:
    """The killing when ``token`` is a pronoun the police killed ("officers returned fire, killing him")
    after a shooting of others told before it or in its own sentence ("He opened fire, wounding two
    clerks."): the shooter, dead besides his victims."""
    if token.lower_ not in ("him", "her") or token.dep_ != "dobj":
        return None
    verb = token.head
    if _predicate_category(verb) != "killed":
        return None
    doer = _subject_of(verb)
    # "fire and deputies returned fire": the parser may join the police to a word before them
    doers = [doer, *doer.conjuncts] if doer is not None else []
    if not any({d.lower_, d.lemma_.casefold()} & _NOT_KILLERS for d in doers):
        return None
    return verb if _others_harmed_before(verb, ("killed", "injured")) else None


def _own_life_taken(token: Token) -> bool:
    """Whether ``token`` is the owner in "took his own life", "ended her own life": a killing of oneself."""
    life = token.head
    return (
        token.dep_ == "poss"
        and token.lower_ in ("his", "her", "their")
        and life.lemma_.casefold() == "life"
        and any(c.lower_ == "own" for c in life.children)
        and life.dep_ == "dobj"
        and life.head.lemma_.casefold() in _OWN_LIFE_VERBS
    )


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to ("he shot and killed himself")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _harmed_before(verb: Token) -> bool:
    """Whether one who killed themselves, told by a pronoun or as the shooter ("He then turned the gun on
    himself"), is told in an earlier sentence to have shot or killed someone else ("A man shot two women
    at a diner.", "Three men were shot."): then they are dead besides their victims, as in one
    sentence."""
    subject = _subject_of(verb)
    if subject is None or not (subject.lower_ in _PRONOUNS or subject.lemma_.casefold() in _SHOOTERS):
        return False
    if subject.lemma_.casefold() in _NOT_KILLERS:
        return False
    return _others_harmed_before(verb, ("killed",))


def _others_harmed_before(verb: Token, categories: tuple[str, ...]) -> bool:
    """Whether a sentence before ``verb``'s tells people harmed (a predicate of ``categories`` or a harm
    verb): several told hurt or dead ("Two women were shot at a diner."), or someone harmed by a doer who
    is not the police ("A man shot two clerks.")."""
    for token in verb.doc[: verb.sent.start]:
        if not (_predicate_category(token) in categories or token.lemma_.casefold() in _HARM_VERBS):
            continue
        if any(c.dep_ == "nsubjpass" and (c.tag_ == "NNS" or c.like_num) for c in token.children):
            return True
        if not any(c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES for c in token.children):
            continue
        doer = _subject_of(token)
        if doer is not None and not {doer.lower_, doer.lemma_.casefold()} & _NOT_KILLERS:
            return True
    return False


def _harmed_others(verb: Token, *, killed: bool = False) -> bool:
    """Whether a clause tied to ``verb`` (coordinated, or "before"/"after" it) shoots or kills someone
    else: "killed four of his family before killing himself", "shot his wife, then turned the gun on
    himself"; with ``killed``, only one that kills ("killed his wife before shooting himself")."""
    related = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    related += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    current = verb
    while current.dep_ in ("conj", "advcl", "pcomp", "prep", "xcomp") and current.head.i != current.i:
        current = current.head
        related.append(current)
    return any(
        (_predicate_category(r) == "killed" or (not killed and r.lemma_.casefold() in _HARM_VERBS))
        and any(c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES for c in r.children)
        for r in related
    )


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


_GENERIC_MARKS = frozenset({"if", "whenever", "anytime", "unless"})
_ANY_WORDS = frozenset({"any", "every", "each"})


def _generic(predicate: Token) -> bool:
    """Whether a predicate is in a clause of what may happen, not of what did: "any time a child in this
    town gets hurt", "whenever a child gets shot", "if anyone had been killed"."""
    clause = predicate
    for _ in range(3):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _GENERIC_MARKS for c in clause.children):
            return True
        times = [c for c in clause.children if c.dep_ == "npadvmod"]
        if clause.dep_ in ("relcl", "acl"):
            times.append(clause.head)
        if any(
            time.lemma_.casefold() == "time" and any(d.lower_ in _ANY_WORDS for d in time.children)
            for time in times
        ):
            return True
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return False


def _natural_death(predicate: Token) -> bool:
    """Whether a death is told of an illness or the like: "died of cancer", "died from natural causes"."""
    causes = _lexicon()["natural_causes"]
    return predicate.lemma_.casefold() == "die" and any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "from")
        and any(g.dep_ == "pobj" and g.lower_ in causes for g in p.children)
        for p in predicate.children
    )


def _kin_keys(doc: Doc) -> dict[int, str]:
    """Person keys for the words of names of people who share a surname, as kin in one story do ("Ben
    Ostrow", 7, and his father, "Glen Ostrow"): the given name and surname, and for the surname told alone
    ("Ostrow died"), the one last named in full before it."""
    names: list[tuple[list[Token], list[Token]]] = []
    seen: set[int] = set()
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha and t.lower_ not in _NAME_SUFFIXES]
        if ent.label_ == "PERSON" and words:
            names.append((list(ent), words))
            seen.update(t.i for t in ent)
    for token in doc:
        # "Glen Ostrow" the tagger did not see: a title-case word with a given name compounded to it
        first = [c for c in token.lefts if c.dep_ == "compound" and c.tag_ == "NNP" and c.is_title]
        if token.tag_ == "NNP" and token.is_title and token.ent_type_ == "" and first and token.i not in seen:
            names.append(([*first, token], [*first, token]))
    names.sort(key=lambda name: name[0][0].i)
    given: dict[str, set[str]] = {}
    for _, words in names:
        if len(words) > 1:
            given.setdefault(words[-1].lower_, set()).add(words[0].lower_)
    keys: dict[int, str] = {}
    last: dict[str, str] = {}
    for tokens, words in names:
        surname = words[-1].lower_
        if len(given.get(surname, ())) < 2:
            continue
        if len(words) > 1:
            last[surname] = f"{words[0].lower_} {surname}"
        if surname in last:
            keys.update((t.i, last[surname]) for t in tokens)
    return keys


def _given_names(doc: Doc, kin: dict[int, str]) -> dict[str, str]:
    """The person key of each given name that names one person told in full in the text ("Tavon" of
    "Tavon Greer": "greer"), so that the name told alone is the same person; never a surname too."""
    keys: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha and t.lower_ not in _NAME_SUFFIXES]
        if ent.label_ != "PERSON" or len(words) < 2:
            continue
        surnames.add(words[-1].lower_)
        keys.setdefault(words[0].lower_, set()).add(kin.get(words[-1].i, words[-1].lower_))
    return {name: next(iter(key)) for name, key in keys.items() if len(key) == 1 and name not in surnames}


def _killer_name(verb: Token, kin: dict[int, str]) -> str | None:
    """The person key of the named subject of a killing of oneself ("Mark Dorn shot his wife before killing
    himself": "dorn"): when the dead are named, the killer named among them is no one more."""
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if verb.dep_ not in ("conj", "advcl", "pcomp", "prep", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subject.tag_ != "NNP" or subject.ent_type_ != "PERSON":
        return None
    return kin.get(subject.i, subject.lower_)


def _people(doc: Doc, text: str, used: set[int]) -> list[CountMention]:
    """One-person casualties told without a number, each with who it is (see ``CountMention.person``)."""
    found = []
    kin = _kin_keys(doc)
    given_names = _given_names(doc, kin)
    for token in doc:
        if token.i in used:
            continue
        self_killed = _killed_self(token)
        if self_killed is not None:
            killer, self_key = self_killed
            if self_key == SELF and (name := _killer_name(killer, kin)) is not None:
                self_key = SELF + name  # told by name among the dead too, perhaps: see the end
            found.append(_one_dead(token, text, predicate=killer, person=self_key))
            continue
        police_killing = _shooter_killed_by_police(token)
        if police_killing is not None:
            # dead besides the people they shot, as one dead by their own hand
            found.append(_one_dead(token, text, predicate=police_killing, person=SELF))
            continue
        key = _person_key(token)
        if key is None:
            continue
        if key and token.i in kin:
            key = kin[token.i]  # "Ostrow" is which of the Ostrows named
        elif key in given_names:
            key = given_names[key]  # "Tavon was shot" of one named "Tavon Greer" elsewhere
        implied = _person_predicate(token)
        if implied is None:
            continue
        predicate, category, shot = implied
        if _natural_death(predicate) or _generic(predicate):
            continue
        if (
            (not key or key.startswith("#"))
            and category == "killed"
            and any(c.dep_ == "appos" and _person_predicate(c) is not None for c in token.children)
        ):
            continue  # "the victim, Carl Brant, died": told once, by the name beside it
        if category not in ("killed", "injured") or not _asserted(predicate):
            continue
        first = token
        while token.ent_iob_ != "O" and first.ent_iob_ == "I" and first.i > 0:
            first = doc[first.i - 1]  # back to the first word of the name
        given = [c for c in token.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
        if key and given and given[0].i < first.i:
            first = given[0]  # a name the tagger did not see whole
        start = first.idx
        sentence = token.sent
        found.append(
            CountMention(
                category=category,
                count=read_count(1, vague=False, qualifier=None),
                span=Span.of(text, start, token.idx + len(token.text)),
                sentence=sentence_span(text, sentence.start_char, sentence.end_char),
                predicate=predicate.i,
                victims=text[start : token.idx + len(token.text)],
                person=key,
                shot=shot,
            )
        )
    named_dead = {c.person for c in found if c.category == "killed" and c.person and c.person[0] != "#"}
    return [
        replace(c, person=c.person[len(SELF) :] if c.person[len(SELF) :] in named_dead else SELF)
        if c.person and c.person.startswith(SELF)
        else c
        for c in found
    ]


class CasualtiesStage:
    """Finds casualty counts with their qualifiers; the events stage attaches them to events."""

    name = "casualties"
    requires = ("doc",)
    provides = ("counts",)

    def __call__(self, analysis: Analysis) -> None:
        assert analysis.doc is not None
        analysis.counts = find_counts(analysis.doc, analysis.document.text)
