"""Events: triggers merged into events, with their date, place, participants, casualties, weapons and
attribution, each part from the clause that states it.

Mentions of one event across an article merge: "the deadly suicide bombings ... the attack ... the
bombings" are one event; "the attack" (a definite, generic mention) joins the most salient earlier event of
its kind. An event dated well before publication is recalled history (``background``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.extract.casualties import SELF, Count, number_value
from eventwire.extract.dates import resolve_relative
from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.participants import counted_groups, find_participants, find_weapons
from eventwire.extract.pipeline import Analysis, sentence_span
from eventwire.extract.places import COUNTY_REACH_KM
from eventwire.extract.triggers import Trigger, find_triggers, is_specific
from eventwire.extract.venues import find_venues
from eventwire.models import (
    UNKNOWN_DATE,
    Attribution,
    Casualty,
    DateInterval,
    Event,
    EventLocation,
    Participant,
    Place,
    Qualifier,
    Span,
    TollMention,
    Venue,
    Weapon,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from eventwire.extract.casualties import CountMention
    from eventwire.extract.dates import DateMention

_CAUSE_PREPOSITIONS = frozenset({"in", "during", "by", "after", "from", "following", "amid", "at"})
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "inside", "on", "of", "around", "across", "from"}
)
_VIOLENT_FAMILIES = frozenset({"violence", "explosion"})
_REFLEXIVES = frozenset({"himself", "herself", "self", "themselves"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
_SUB_TYPE_GROUPS = {
    "Suicide bomb": "bomb",
    "Remote explosive/landmine/IED": "bomb",
    "Grenade": "bomb",
    "Air/drone strike": "strike",
    "Shelling/artillery/missile attack": "strike",
}


@dataclass(slots=True, kw_only=True)
class _Draft:
    """An event while its mentions are being merged."""

    trigger: Trigger
    mentions: list[Trigger] = field(default_factory=list)
    date: DateInterval = UNKNOWN_DATE
    location: EventLocation | None = None
    participants: list[Participant] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    tolls: list[CountMention] = field(default_factory=list)
    """One-person and shot-not-said-how counts, added up when the event is frozen (see ``_tolls``)."""
    predicates: dict[str, list[Span]] = field(default_factory=dict)
    """Every predicate that told a toll of each category ("killed", "died", "dead")."""
    told: dict[str, list[TollMention]] = field(default_factory=dict)
    """Every predicate of each category with the people it counts."""
    refined: bool = True
    """Typed by a phrase or modifier ("suicide bombing"), not by a bare word ("bombings")."""
    round_up: bool = False
    """A round-up of several incidents ("five killed in separate shootings"), not one incident."""
    ordinal: str | None = None
    """The word that told this incident apart from another ("the second shooting", "another shooting")."""

    def killed(self) -> int:
        return max((c.best or 0 for c in self.casualties if c.category == "killed"), default=0)


def _clause_head(token: Token) -> Token:
    """The verb that heads the clause of ``token`` (the token itself when it is a verb)."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_reporting(token: Token) -> bool:
    return token.lemma_.casefold() in read_lexicon("cues.json")["reporting_verbs"]


def _governs_within_clause(head: Token, token: Token) -> bool:
    """Whether ``head`` governs ``token`` without a verb between them ("bombings earlier this month")."""
    current = token
    for _ in range(12):
        if current.i == head.i:
            return True
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _ancestors_with_self(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def _date_for(
    trigger: Trigger, doc: Doc, dates: list[tuple[Token, DateMention]], others: list[Trigger]
) -> DateInterval:
    head = doc[trigger.head]
    sentence = head.sent
    clause = _clause_head(head)
    happened = trigger.status in ("occurred", "attempted")
    in_sentence = [
        (t, d)
        for t, d in dates
        if t.sent.start == sentence.start
        and not _names_trigger(d, doc[trigger.head].idx)
        and not (happened and d.future)  # "an autopsy is expected Wednesday" dates no shooting
    ]
    own: list[tuple[int, DateMention]] = []
    loose: list[tuple[int, DateMention]] = []
    for token, mention in in_sentence:
        distance = abs(token.i - head.i)
        date_clause = _clause_head(token)
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is not None and _dates_the_aftermath(date_clause, head, token, words):
            continue
        if _dates_an_occasion(token, head):
            continue
        if _coordinated(date_clause, clause) and _present(date_clause) != _present(clause):
            # "his mother died last year and her murder makes it harder": a conjunct in another tense
            # tells another moment, and its date is not the event's.
            continue
        if (
            _governs_within_clause(head, token)
            or date_clause == clause
            or _coordinated(date_clause, clause)
            or _describes(date_clause, head)
            or _elapsed_since(date_clause, clause)
        ):
            own.append((distance, mention))
        elif (
            not _is_reporting(date_clause)
            and not (_describes_another(date_clause, head) and not _next_to(head, words))
            and not _in_relative_clause_below(clause, date_clause)
            and not _told_apart(clause, token)
            and not _told_within(clause, token)
            and not any(doc[o.head] in _ancestors_with_self(token) for o in others if o is not trigger)
            and all(
                abs(token.i - o.head) >= distance for o in others if doc[o.head].sent.start == sentence.start
            )
        ):
            # A date loose in the sentence belongs to the nearest event mention only.
            loose.append((distance, mention))
    for group in (own, loose):
        if group:
            return min(group, key=lambda g: g[0])[1].interval
    return _date_told_next(trigger, doc, dates, others)


def _tallied(head: Token, date: DateInterval) -> bool:
    """Whether a mention is a bare plural told over a period longer than a month ("a spike in homicides
    this year", "shootings last year"): a tally of such events, whose period does not date the one event
    it joins."""
    return (
        head.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
        and date.start is not None
        and date.end is not None
        and (date.end - date.start).days > 31
    )


_HAPPEN_VERBS = frozenset({"happen", "occur"})
_EVENT_PRONOUNS = frozenset({"it", "this"})


def _date_told_next(
    trigger: Trigger, doc: Doc, dates: list[tuple[Token, DateMention]], others: list[Trigger]
) -> DateInterval:
    """The date of the sentence right after the event's when it tells only that "it happened" then ("A man
    was shot in Millbrook. It happened about 2 a.m. Sunday."), and the event is the last one told before."""
    sentence = doc[trigger.head].sent
    if any(sentence.start_char <= o.start < sentence.end_char and o.start > trigger.start for o in others):
        return UNKNOWN_DATE
    after = sentence.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return UNKNOWN_DATE
    following = doc[after].sent
    verb = following.root
    happened = verb.lemma_.casefold() in _HAPPEN_VERBS or (
        verb.lemma_.casefold() == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    if not happened or not any(c.dep_ == "nsubj" and c.lower_ in _EVENT_PRONOUNS for c in verb.children):
        return UNKNOWN_DATE
    if any(following.start_char <= o.start < following.end_char for o in others):
        return UNKNOWN_DATE
    told = [
        m
        for t, m in dates
        if t.sent.start == following.start and _clause_head(t).i == verb.i and not m.future
    ]
    return told[0].interval if told else UNKNOWN_DATE


_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until"})
_DATE_ATTACHMENTS = frozenset({"npadvmod", "poss", "compound", "nmod", "appos", "pobj"})


def _dates_an_occasion(token: Token, head: Token) -> bool:
    """Whether a date hangs on a later occasion's noun ("at his bond hearing Friday", "Wednesday's
    arraignment", "made his first appearance in court Monday"): it dates that occasion, not the event."""
    occasions = read_lexicon("dates_en.json")["later_occasions"]
    noun = token.head
    if token.dep_ == "pobj" and noun.dep_ == "prep":
        noun = noun.head  # "the hearing on Friday"
    return (
        token.dep_ in _DATE_ATTACHMENTS
        and noun.i != head.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lemma_.casefold() in occasions
    )


def _verb_chain(verb: Token) -> set[int]:
    """The verb and the verbs it complements ("was reported stolen": "stolen", "reported")."""
    chain = {verb.i}
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        chain.add(verb.i)
    return chain


def _told_within(clause: Token, token: Token) -> bool:
    """Whether the event is told in a clause that describes the subject of the date's clause ("the pistol
    fired in the attack had gone missing in 2019", "the man, who was accused of shooting five, was
    found dead Saturday"), or a noun the subject is told of ("the names of two hikers killed in a fall
    were carved on a bench last week"): the date tells what befell that subject, not when the event
    happened."""
    date_clause = _clause_head(token)
    for current in _ancestors_with_self(clause):
        if current.dep_ in ("relcl", "acl"):
            described = current.head
            for _ in range(4):  # "the names of" ... "the families of the victims of"
                if described.dep_ != "pobj" or described.head.dep_ != "prep":
                    break
                described = described.head.head
            return (
                described.dep_ in ("nsubj", "nsubjpass")
                and described.head.i in _verb_chain(date_clause)
                and not any(t.i == token.i for t in current.subtree)
            )
    return False


def _told_apart(clause: Token, token: Token) -> bool:
    """Whether the event's clause is set before or after the clause a date is told in ("died April 18,
    two days after she was shot", "died early Tuesday after relatives say he shot himself"), itself or a
    clause it is told within: that date is another moment's, not the event's."""
    date_clause = _clause_head(token)
    for current in _ancestors_with_self(clause):
        if current.i == date_clause.i or any(t.i == token.i for t in current.subtree):
            return False
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in current.children
        ):
            return True
    return False


def _next_to(head: Token, words: TokenSpan | None) -> bool:
    """Whether a date is written right before the event's noun phrase ("the Nov. 5, 2009, Fort Hood
    shooting") or right after it ("the shooting on May 2"), wherever the parser hung it."""
    if words is None:
        return False
    doc = head.doc
    if words[-1].i < head.i:
        between = doc[words[-1].i + 1 : head.i]
        return len(between) <= 4 and all(
            t.is_punct or t.dep_ in ("compound", "amod", "nmod", "det", "poss") for t in between
        )
    between = doc[head.i + 1 : words[0].i]
    prepositions = read_lexicon("dates_en.json")["date_prepositions"]
    return len(between) <= 1 and all(t.lower_ in prepositions for t in between)


def _in_relative_clause_below(clause: Token, date_clause: Token) -> bool:
    """Whether the event is told in a relative clause inside the date's clause ("denied charges raised
    yesterday by a group that blames officers for the murder"): the date is the outer clause's. A clause
    opened by "where" or "when" is set at the outer clause's place or moment ("incidents that occurred on
    2 July on the road, where a judge was wounded") and shares its date."""
    for current in _ancestors_with_self(clause):
        if current.i == date_clause.i:
            return False
        if current.dep_ == "relcl":
            return not any(c.lower_ in ("where", "when") for c in current.children) and any(
                t.i == current.i for t in date_clause.subtree
            )
    return False


def _describes_another(date_clause: Token, head: Token) -> bool:
    """Whether a date is told in a clause that describes a noun other than the event's ("Pizarro, leader of
    the group that laid down its arms on 9 March, was killed"): it dates what that clause tells."""
    return (
        date_clause.dep_ in ("relcl", "acl")
        and date_clause.head.i != head.i
        and not any(t.i == head.i for t in date_clause.subtree)
    )


def _coordinated(first: Token, second: Token) -> bool:
    """Whether two verbs are conjuncts of one another ("shot and killed two men in May"): they share
    the date told with either."""
    return (first.dep_ == "conj" and first.head.i == second.i) or (
        second.dep_ == "conj" and second.head.i == first.i
    )


def _present(verb: Token) -> bool:
    """Whether a clause's verb is in the simple present ("makes", "remain"), not told as past."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _describes(date_clause: Token, head: Token) -> bool:
    """Whether a date's clause describes the event noun itself ("the shooting that took place last
    weekend", "the attack, which happened Friday"): a relative clause on the noun tells its date."""
    return date_clause.dep_ == "relcl" and date_clause.head.i == head.i and head.pos_ in ("NOUN", "PROPN")


def _elapsed_since(date_clause: Token, clause: Token) -> bool:
    """Whether a date tells how long ago the event's clause was ("it's been four months since the boy was
    shot"): the time since it, told on "been", dates the event the "since" clause tells."""
    return (
        date_clause.lemma_.casefold() == "be"
        and clause.dep_ == "advcl"
        and clause.head.i == date_clause.i
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)
    )


def _dates_the_aftermath(date_clause: Token, head: Token, token: Token, words: TokenSpan) -> bool:
    """Whether a date tells when a later step was taken, not the event: "was charged Friday in the
    shooting", "pleaded guilty Tuesday to the killing" (unless the step is the event itself)."""
    lexicon = read_lexicon("dates_en.json")
    if date_clause.i == head.i or not _is_aftermath(date_clause):
        return False
    phrase = head
    while phrase.dep_ in ("compound", "amod") and phrase.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head  # "the shooting death August 14": the date hangs on "death"
    if _governs_within_clause(phrase, token):
        return False
    # A date right after the event's phrase ("charged in the shooting over the weekend") or right before
    # it ("the May 7, 2015, shooting") is the event's own, wherever the parser hung it.
    doc = head.doc
    after = doc[phrase.right_edge.i + 1 : words[0].i]
    before = doc[words[-1].i + 1 : head.i]
    follows = words[0].i > phrase.i and len(after) <= 1
    precedes = words[-1].i < head.i and len(before) <= 2
    # "arrested in the shooting at a gas station about 7 p.m. Friday": a date told with a clock time right
    # after the event's phrase and its place is the event's time, not the arrest's.
    timed = (
        words[0].i > phrase.i
        and len(after) <= 10
        and _CLOCK.fullmatch(doc[words[0].i - 1].text) is not None
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in after[:-1])
    )
    return not (
        (follows and all(t.lower_ in lexicon["date_prepositions"] for t in after))
        or (precedes and all(t.pos_ in ("PUNCT", "ADJ", "PART") for t in before))
        or timed
    )


_CLOCK = re.compile(r"(?:[ap]\.?m\.?|[0-9]{1,2}[:.][0-9]{2}(?:[ap]\.?m\.?)?|noon|midnight)", re.IGNORECASE)


def _is_aftermath(clause: Token) -> bool:
    """Whether a clause tells a step taken after an incident: its verb is one ("charged", "sentenced",
    "condemned"), a court word or bail is its subject or complement ("a jury found him guilty", "bond was
    set"), or a court word heads its object ("entered a guilty plea", "entered into plea agreements")."""
    lexicon = read_lexicon("dates_en.json")
    steps = lexicon["court_steps"]
    nouns = {*steps, *lexicon["aftermath_nouns"]}
    if not _verb_lemmas(clause).isdisjoint(lexicon["aftermath_verbs"]):
        return True
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "acomp", "oprd", "ccomp", "xcomp", "dobj") and (
            child.lower_ in nouns or child.lemma_.casefold() in nouns
        ):
            return True
        objects = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "into":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        for noun in objects:
            if any(
                t.lemma_.casefold() in steps and _governs_within_clause(noun, t)
                for t in noun.subtree
                if t.pos_ in ("NOUN", "PROPN", "ADJ")
            ):
                return True
    return False


def _verb_lemmas(verb: Token) -> set[str]:
    """The lemma of a verb, with the stems of a past form the tagger left unlemmatised ("decreed" read as a
    present "decreed": "decree"), as upper-case wire copy often is."""
    lemma = verb.lemma_.casefold()
    if lemma != verb.lower_ or not lemma.endswith("ed"):
        return {lemma}
    return {lemma, lemma[:-1], lemma[:-2]}


def _narrows(date: DateInterval, known: DateInterval) -> bool:
    """Whether a mention's date tells an event's date better: the first told, or a day within the
    month told before ("in February" ... "on Feb. 6")."""
    if date.start is None or date.end is None:
        return False
    if known.start is None or known.end is None:
        return True
    return (
        known.start <= date.start
        and date.end <= known.end
        and date.end - date.start < known.end - known.start
    )


def _names_trigger(mention: DateMention, offset: int) -> bool:
    """Whether the trigger at ``offset`` is the event a relative date counts from ("after [the attack]")."""
    named = mention.relative.event if mention.relative is not None else None
    return named is not None and named.start <= offset < named.end


def _named_event(mention: DateMention, drafts: list[_Draft], own: _Draft) -> _Draft | None:
    """The event a relative date names: the one whose mention it quotes ("two days after the attack"),
    else, for a word no trigger reads ("the incident"), the nearest event told before it."""
    named = mention.relative.event if mention.relative is not None else None
    if named is None:
        return None
    for draft in drafts:
        if draft is not own and any(named.start <= m.start < named.end for m in draft.mentions):
            return draft
    noun = named.text.split()[-1].casefold()
    if noun not in read_lexicon("dates_en.json")["any_event_nouns"]:
        return None
    before = [
        (max(m.start for m in d.mentions if m.start < mention.span.start), d)
        for d in drafts
        if d is not own and d.date.start is not None and any(m.start < mention.span.start for m in d.mentions)
    ]
    return max(before, key=lambda b: b[0])[1] if before else None


def _count_from_named_events(drafts: list[_Draft], dates: list[DateMention]) -> None:
    """Re-date events told relative to another event from that event's date, not the last date told."""
    relative = {m.span.start: m for m in dates if m.relative is not None and m.relative.event is not None}
    for draft in sorted(drafts, key=lambda d: d.date.evidence.start if d.date.evidence else -1):
        mention = relative.get(draft.date.evidence.start) if draft.date.evidence is not None else None
        if mention is None:
            continue
        named = _named_event(mention, drafts, draft)
        if named is not None and named.date.start is not None:
            draft.date = resolve_relative(mention, named.date)


def _may_date_an_incident(
    token: Token, mention: DateMention, anchor: dt.date | None, *, precision: str = "day"
) -> bool:
    """Whether a day (or a date of another ``precision``) the article tells may be an incident's: past,
    and not the day of a report or of a later step ("Police said Monday", "was charged Friday")."""
    interval, clause = mention.interval, _clause_head(token)
    return (
        anchor is not None
        and interval.precision == precision
        and interval.end is not None
        # A day of slack, as for dates read against the anchor: stamps lag the story by a day.
        and interval.end <= anchor + dt.timedelta(days=1)
        and (
            # "the car bomb attack on 6 December had been planned": a day on an incident's own noun is
            # that incident's, whatever the clause around it tells.
            _on_incident_noun(token)
            or (
                not _is_reporting(clause)
                and not _is_aftermath(clause)
                # "His funeral is Saturday", "the hearing is Monday": told in the present, a day is upcoming.
                and clause.tag_ not in ("VBZ", "VBP")
            )
        )
    )


def _on_incident_noun(token: Token) -> bool:
    """Whether a date hangs on an incident's noun within its clause ("the attack on 6 December", "the
    June 3 shooting")."""
    nouns = read_lexicon("dates_en.json")["incident_nouns"]
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return False
        if current.pos_ in ("NOUN", "PROPN") and current.lower_ in nouns:
            return True
    return False


def _main_incident_date(
    drafts: list[_Draft],
    dated: list[tuple[Token, DateMention]],
    analysis: Analysis,
    *,
    first_day: bool = True,
) -> DateInterval | None:
    """The date of the article's main incident: that of its deadliest dated incident of the news (else of
    the past; the first told on a tie), else (with ``first_day``) the first day the article tells that may
    be an incident's."""
    incidents = [
        d
        for d in drafts
        if d.date.start is not None
        and not d.date.inferred
        and d.trigger.status in ("occurred", "attempted")  # an attempt happened on its day too
        and d.trigger.family in _VIOLENT_FAMILIES | {"accident"}
    ]
    if incidents:
        after_days = analysis.settings.background_after_days
        return max(
            incidents,
            key=lambda d: (
                not _is_background(d.date, analysis.anchor, after_days),
                d.killed(),
                -d.trigger.start,
            ),
        ).date
    if not first_day:
        return None
    told = sorted(dated, key=lambda pair: pair[1].span.start)
    for token, mention in told:
        # "Hours before the shooting, he texted a friend": a day counted from an event is another moment's.
        counted_from_event = mention.relative is not None and mention.relative.event is not None
        if not counted_from_event and _may_date_an_incident(token, mention, analysis.anchor):
            return mention.interval
    # No day told: a story that tells only a month gone by ("while showing him a gun last May") is told
    # after the fact, and its incident happened in that month, not the day before publication.
    for token, mention in told:
        end = mention.interval.end
        if (
            _may_date_an_incident(token, mention, analysis.anchor, precision="month")
            and analysis.anchor is not None
            and end is not None
            and end < analysis.anchor.replace(day=1)
            and not _told_of_another(token)
        ):
            return mention.interval
    return None


def _narrow_from_article(
    drafts: list[_Draft], dated: list[tuple[Token, DateMention]], anchor: dt.date | None
) -> None:
    """An incident dated only by a week or a month ("last week", "in May") takes the first day the article
    tells inside it ("on May 7") that may be an incident's and dates no other event, marked inferred."""
    taken = {d.date.evidence.start for d in drafts if d.date.evidence is not None}
    days = [
        m
        for token, m in sorted(dated, key=lambda pair: pair[1].span.start)
        if m.span.start not in taken and _may_date_an_incident(token, m, anchor)
    ]
    for draft in drafts:
        date = draft.date
        if (
            date.precision not in ("week", "month", "year", "range")
            or date.start is None
            or date.end is None
            or draft.trigger.family not in _VIOLENT_FAMILIES | {"accident"}
        ):
            continue
        inside = next((m for m in days if _narrows(m.interval, date)), None)
        if inside is not None:
            draft.date = replace(inside.interval, inferred=True)


_ANOTHER_INCIDENT = frozenset(
    {"other", "another", "second", "previous", "earlier", "prior", "separate", "similar"}
)


def _told_of_another(token: Token) -> bool:
    """Whether a written day is told of another incident than the article's news: its sentence, or the
    sentence right before, sets it apart ("The block has seen other violence this year. On May 2, a man
    was robbed", "in a separate shooting on May 2"), so a weekday the news is told with is not that day."""
    sentence = token.sent
    start = sentence.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    return any(
        t.lower_ in _ANOTHER_INCIDENT and t.pos_ in ("ADJ", "DET") for t in token.doc[start : sentence.end]
    )


def _on_written_day(
    drafts: list[_Draft], dated: list[tuple[Token, DateMention]], anchor: dt.date | None
) -> None:
    """An incident dated by a bare weekday ("was killed Monday") in an article that writes out an older
    day of that weekday ("his Jan. 19 death") happened that day: the article was written weeks later, and
    its "Monday" is the written one, not the Monday before publication."""
    weekdays = {m.span.start: m for _, m in dated if m.weekday is not None}
    if not weekdays:
        return
    doc = dated[0][0].doc
    nouns = read_lexicon("dates_en.json")["event_nouns"]
    incident_sentences = {
        doc[m.head].sent.start_char
        for d in drafts
        if d.trigger.family in _VIOLENT_FAMILIES | {"accident"}
        for m in d.mentions
    }
    written = [
        m
        for token, m in dated
        if m.written
        and m.interval.start is not None
        and _may_date_an_incident(token, m, anchor)
        and not _told_of_another(token)
        # Told of the past: in a sentence that tells an incident, of an incident's noun ("his Jan. 19
        # death"), or in a past-tense clause ("arrived at 2 a.m. March 22", not "takes office Jan. 1").
        and (
            token.sent.start_char in incident_sentences
            or token.head.lemma_.casefold() in nouns
            or _clause_head(token).tag_ in ("VBD", "VBN")
        )
    ]
    for draft in drafts:
        date = draft.date
        told = weekdays.get(date.evidence.start) if date.evidence is not None else None
        if told is None or date.start is None or draft.trigger.family not in _VIOLENT_FAMILIES | {"accident"}:
            continue
        older = [
            m
            for m in written
            if m.interval.start is not None
            and m.interval.start.weekday() == told.weekday
            and (date.start - m.interval.start).days >= 7
        ]
        if older:
            day = min(older, key=lambda m: abs(m.span.start - told.span.start)).interval.start
            draft.date = replace(date, start=day, end=day)


def _cut_at_anchor(drafts: list[_Draft], anchor: dt.date | None) -> None:
    """An incident that happened "this month" or "this week" happened by the anchor: the part of the
    period after it is cut."""
    for draft in drafts:
        date = draft.date
        if (
            anchor is not None
            and draft.trigger.status == "occurred"
            and date.precision in ("week", "month", "year")
            and date.start is not None
            and date.end is not None
            and date.start <= anchor < date.end
        ):
            draft.date = replace(date, end=anchor, precision="range")


def _settle_dates(drafts: list[_Draft], dated: list[tuple[Token, DateMention]], analysis: Analysis) -> None:
    """Dates that need the whole article: relative dates counted from the event they name, weekdays
    counted from the older day the article writes, periods cut at the anchor, then, for an incident told
    without a date, the main incident's date (marked inferred)."""
    _count_from_named_events(drafts, analysis.dates)
    _on_written_day(drafts, dated, analysis.anchor)
    _cut_at_anchor(drafts, analysis.anchor)
    _narrow_from_article(drafts, dated, analysis.anchor)
    undated = [
        d
        for d in drafts
        if d.date.start is None
        and d.trigger.status == "occurred"
        and d.trigger.family in _VIOLENT_FAMILIES | {"accident"}
    ]
    if not undated:
        return
    main = _main_incident_date(drafts, dated, analysis, first_day=False)
    day = None if main is not None else _main_incident_date(drafts, dated, analysis)
    for draft in undated:
        date = main or day
        arrest = None if main is not None else _arrest_window(draft, dated, analysis)
        if arrest is not None and (date is None or _after(date, arrest)):
            # An incident is not told after its arrest: the day first told is another moment's.
            date = arrest
        if date is not None:
            draft.date = replace(date, inferred=True)


def _after(date: DateInterval, other: DateInterval) -> bool:
    return date.start is not None and other.end is not None and date.start > other.end


def _arrest_window(
    draft: _Draft, dated: list[tuple[Token, DateMention]], analysis: Analysis
) -> DateInterval | None:
    """For an incident told without a date, the days up to an arrest the article dates: the arrest that
    tells it ("arrested Saturday on suspicion of shooting a teen"), else the first one the article tells.
    An arrest follows its incident, mostly within a day, so the incident took place the day of the arrest
    or just before (the ``undated_news_days`` window, counted back from the arrest, not the story)."""
    anchor = analysis.anchor
    if anchor is None:
        return None
    arrests = read_lexicon("dates_en.json")["arrest_verbs"]
    days = [
        (token, m)
        for token, m in sorted(dated, key=lambda pair: pair[1].span.start)
        if m.interval.precision == "day"
        and m.interval.start is not None
        and m.interval.end is not None
        and not m.future
        and m.interval.end <= anchor + dt.timedelta(days=1)
        and not _verb_lemmas(_clause_head(token)).isdisjoint(arrests)
    ]
    if not days:
        return None
    doc = days[0][0].doc
    governing = {a.i for m in draft.mentions for a in doc[m.head].ancestors}
    mention = next((m for t, m in days if _clause_head(t).i in governing), days[0][1])
    day = mention.interval.end
    assert day is not None
    start = day - dt.timedelta(days=analysis.settings.undated_news_days)
    return replace(mention.interval, start=start, end=day, precision="range")


@dataclass(frozen=True, slots=True, kw_only=True)
class _PlaceMention:
    """A mention of a resolved place that may be an event's venue (metonyms are not)."""

    entity: str
    mention: Span
    token: Token
    place: Place


def _place_mentions(doc: Doc, analysis: Analysis) -> list[_PlaceMention]:
    """Every venue-capable place mention of the document, with its token, found once per document."""
    found = []
    for entity in analysis.entities:
        place = analysis.places.get(entity.key)
        if place is None:
            continue
        for mention in entity.mentions:
            token = None if mention.start in analysis.metonyms else _token_at(doc, mention.start)
            if token is not None:
                found.append(_PlaceMention(entity=entity.key, mention=mention, token=token, place=place))
    return found


def _location_for(trigger: Trigger, doc: Doc, places: list[_PlaceMention]) -> EventLocation | None:
    head = doc[trigger.head]
    sentence = head.sent
    clause = _clause_head(head)
    scoped = {t.i for t in head.subtree} | {t.i for t in clause.subtree if t.sent == sentence}
    if trigger.status_cue is not None:
        scoped |= {t.i for t in doc[trigger.status_cue].subtree}
    best: tuple[int, EventLocation] | None = None
    inside = _contained_mentions(doc.text, places)
    for candidate in places:
        mention, token, place = candidate.mention, candidate.token, candidate.place
        if not sentence.start_char <= mention.start < sentence.end_char:
            continue
        # "KOKOMO, Ind. -- Police said...": the state only says where the town is; the town is the venue.
        candidate = inside.get(mention.start, candidate)
        mention, place = candidate.mention, candidate.place
        rank = abs(token.i - head.i) + (0 if token.i in scoped else 1000)
        if _is_dateline(doc.text, mention):
            rank += _DATELINE_RANK  # "EVERETT, Wash. - A Millbrook man was hurt": filed from, not the venue
        elif _NEAR_BEFORE.search(doc.text, max(0, mention.start - 12), mention.start) or _QUARTER_AFTER.match(
            doc.text, mention.end
        ):
            # "outside Millbrook", "in the Elmwood neighborhood": no nearer to the venue than the dateline.
            rank += _DATELINE_RANK
        if (
            token.dep_ in ("compound", "amod", "nmod", "poss")
            and token.head.pos_ in ("NOUN", "PROPN")
            and place.feature == "country"
        ):
            rank += 2000  # "a U.S. drone strike", "U.S. soldiers": the country acts or owns, it is no venue
        # A place that only names an organisation's country ("Iran's Intelligence Ministry") is no venue.
        if token.dep_ == "poss" or (token.head.dep_ == "poss" and token.head.ent_type_):
            rank += 2000
        # "the Millbrook suburb of Elmwood", "a Millbrook-area home": the town only locates another place.
        elif (
            token.dep_ in ("compound", "amod", "nmod", "npadvmod")
            and token.head.lemma_.casefold() in read_lexicon("venues.json")["vicinity_nouns"]
        ):
            rank += 500
        if best is None or rank < best[0]:
            best = (rank, EventLocation(place=place, entity=candidate.entity, evidence=mention))
    if best is None or best[0] >= 2000:
        return None
    chosen = (
        _town_within(best[1], sentence.start_char, sentence.end_char, places)
        or _town_of_article_within(best[1], places)
        or best[1]
    )
    return _town_of_quarter(chosen, places) or chosen


_DATELINE_AT = re.compile(r"[ \t]*(?:,[^\n]{0,40}?)?[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?(?:--|—|–|-)")
_DATELINE_RANK = 300
"""How much farther than its words a dateline is from an event in its sentence: other places come first."""
_NEAR_BEFORE = re.compile(r"\b(?:outside|near)\s+\Z", re.IGNORECASE)


def _is_dateline(text: str, mention: Span) -> bool:
    """Whether ``mention`` is a dateline: a name in capitals opening a line, closed by a dash after its
    state or source ("MILLBROOK, Ore. (KXYZ) -"). It says where the story is filed from, which is the
    venue only when the sentence names no other place."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        not text[line_start : mention.start].strip()
        and mention.text.isupper()
        and _DATELINE_AT.match(text, mention.end) is not None
    )


def _place_tokens(doc: Doc, places: list[_PlaceMention]) -> frozenset[int]:
    """Indices of the tokens inside venue-capable place mentions."""
    found: set[int] = set()
    for candidate in places:
        span = doc.char_span(candidate.mention.start, candidate.mention.end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return frozenset(found)


def _venues(draft: _Draft, doc: Doc, text: str, place_tokens: frozenset[int]) -> tuple[Venue, ...]:
    """The places each mention of the event, trigger or toll predicate, names in its own clause."""
    mentions = [(Span.of(text, m.start, m.end), doc[m.head]) for m in draft.mentions]
    mentions += [
        (span, token)
        for spans in draft.predicates.values()
        for span in spans
        if (token := _token_at(doc, span.start)) is not None
    ]
    venues = {
        Venue(mention=mention, place=place)
        for mention, head in mentions
        for place in find_venues(head, text, place_tokens=place_tokens)
    }
    return tuple(sorted(venues, key=lambda v: (v.place.start, v.mention.start)))


def _town_within(
    location: EventLocation, start: int, end: int, places: list[_PlaceMention]
) -> EventLocation | None:
    """A town in the same sentence that lies inside the chosen county or state: the more exact venue.

    "CLIFTON, Colo. - A teen was killed Sunday in Mesa County": the county is nearer the verb, but the
    town inside it says more.
    """
    region = location.place
    if region.feature not in ("admin1", "admin2") or region.lat is None or region.lon is None:
        return None
    for candidate in places:
        place = candidate.place
        if (
            start <= candidate.mention.start < end
            and place.lat is not None
            and place.lon is not None
            and _lies_within(place, region)
        ):
            return EventLocation(place=place, entity=candidate.entity, evidence=candidate.mention)
    return None


def _town_of_article_within(location: EventLocation, places: list[_PlaceMention]) -> EventLocation | None:
    """The town the article names most (first, on a tie) inside the chosen county, state or country.

    "Deputies in Marlow County were called to a shooting ... the Harlan woman": a sentence that places
    the event in a region only is made exact by the town the article tells inside it. The town was not
    written as the venue, so the location is marked ``inferred``.
    """
    towns = [c for c in places if _lies_within(c.place, location.place)]
    if not towns:
        return None
    return _most_told(towns)


def _most_told(towns: list[_PlaceMention]) -> EventLocation:
    """An inferred location at the town the article names most among ``towns`` (the first, on a tie)."""
    told: dict[str, int] = {}
    for candidate in towns:
        told[candidate.entity] = told.get(candidate.entity, 0) + 1
    town = min(towns, key=lambda c: (-told[c.entity], c.mention.start))
    return EventLocation(place=town.place, entity=town.entity, evidence=town.mention, inferred=True)


_QUARTER_AFTER = re.compile(r"\s+neighbou?rhood\b", re.IGNORECASE)
_QUARTER_REACH_KM = 30.0
"""How far from a town the text calls a neighbourhood the town it is a part of may lie."""


def _town_of_quarter(location: EventLocation, places: list[_PlaceMention]) -> EventLocation | None:
    """The town a place the text calls a neighbourhood is part of ("in the Elmwood neighborhood" of a
    story filed from Millbrook): another town of the article, near it, told most (first, on a tie).

    The gazetteer holds some quarters as towns of their own; only the text's word says one is a part of
    a town, and only a town the article names nearby says which, so nothing is guessed without both."""
    evidence = location.evidence
    place = location.place
    if evidence is None or not places or place.precision != "town" or place.lat is None or place.lon is None:
        return None
    text = places[0].token.doc.text
    if not _QUARTER_AFTER.match(text, evidence.end):
        return None
    towns = [
        c
        for c in places
        if c.entity != location.entity
        and c.place.precision == "town"
        and c.place.country_code == place.country_code
        and c.place.lat is not None
        and c.place.lon is not None
        and not _QUARTER_AFTER.match(text, c.mention.end)
        and _km(place.lat, place.lon, c.place.lat, c.place.lon) <= _QUARTER_REACH_KM
    ]
    return _most_told(towns) if towns else None


def _lies_within(place: Place, region: Place) -> bool:
    """Whether the town ``place`` lies in the county, state or country ``region``."""
    if (
        place.precision != "town"
        or region.feature not in ("admin1", "admin2", "country")
        or place.country_code != region.country_code
    ):
        return False
    if region.feature == "country":
        return True
    if place.admin1 != region.admin1:
        return False
    if region.feature == "admin1":
        return True
    return (
        place.lat is not None
        and place.lon is not None
        and region.lat is not None
        and region.lon is not None
        and _km(place.lat, place.lon, region.lat, region.lon) <= COUNTY_REACH_KM
    )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def _contained_mentions(text: str, places: list[_PlaceMention]) -> dict[int, _PlaceMention]:
    """Mentions of a state or country written right after a place inside it ("Kokomo, Ind."), by start."""
    found = {}
    by_end = {p.mention.end: p for p in places}
    for outer in places:
        if outer.place.feature not in ("admin1", "country"):
            continue
        start = outer.mention.start
        ends = (start - k for k in (1, 2, 3) if text[start - k : start].strip() in (",", "("))
        inner = next((by_end[end] for end in ends if end in by_end), None)
        if (
            inner is not None
            and inner.place.feature not in ("admin1", "country")
            and inner.place.country_code == outer.place.country_code
            and (outer.place.feature == "country" or inner.place.admin1 == outer.place.admin1)
        ):
            found[outer.mention.start] = inner
    return found


def _cause_of(predicate: Token, triggers_by_token: dict[int, int]) -> int | None:
    """The trigger that caused a casualty predicate, found through the parse."""
    if predicate.i in triggers_by_token:
        return triggers_by_token[predicate.i]
    # "killed in a shoot-out", "killed by a car bomb"
    for child in predicate.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in _CAUSE_PREPOSITIONS | {"by"}:
            for token in child.subtree:
                if token.i in triggers_by_token:
                    return triggers_by_token[token.i]
        if child.dep_ in ("nsubj",) and child.i in triggers_by_token:
            return triggers_by_token[child.i]
    # "the attack, which killed": a relative clause on the trigger itself
    if predicate.dep_ in ("relcl", "acl") and predicate.head.i in triggers_by_token:
        return triggers_by_token[predicate.head.i]
    if predicate.dep_ == "relcl":
        # "the bombings in the city of Kerman that killed 91": places do not kill, the event before does.
        before = [i for i in triggers_by_token if i < predicate.i and predicate.doc[i].sent == predicate.sent]
        if before:
            return triggers_by_token[max(before)]
    # "a stampede broke out and 56 were killed", "an explosion ripped through, killing five"
    for ancestor in predicate.ancestors:
        if ancestor.i in triggers_by_token:
            return triggers_by_token[ancestor.i]
        for child in ancestor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in triggers_by_token:
                return triggers_by_token[child.i]
    return None


def _casualty(count: CountMention, analysis: Analysis) -> Casualty:
    attribution = analysis.attributions.get(count.sentence.start)
    predicate = None
    if analysis.doc is not None:
        word = analysis.doc[count.predicate]
        predicate = Span.of(analysis.document.text, word.idx, word.idx + len(word.text))
    return Casualty(
        category=count.category,
        low=count.count.low,
        best=count.count.best,
        high=count.count.high,
        qualifier=count.count.qualifier,
        victims=count.victims,
        text=count.span.text,
        evidence=count.span,
        attribution=() if attribution is None else (attribution,),
        predicate=predicate,
    )


def _compatible(draft: _Draft, trigger: Trigger) -> bool:
    if draft.trigger.status != trigger.status:
        return False
    if draft.trigger.sub_event_type == trigger.sub_event_type:
        return True
    if trigger.generic and trigger.definite:
        return draft.trigger.family == trigger.family or (
            trigger.family in _VIOLENT_FAMILIES and draft.trigger.family in _VIOLENT_FAMILIES
        )
    return False


def _merge_target(drafts: list[_Draft], trigger: Trigger, refined: bool) -> _Draft | None:
    candidates = [d for d in drafts if _compatible(d, trigger)]
    if not refined and not trigger.generic:
        # A bare "bombings" names the bombing already told, whatever kind of bombing it was.
        group = _SUB_TYPE_GROUPS.get(trigger.sub_event_type)
        candidates += [
            d
            for d in drafts
            if group is not None
            and _SUB_TYPE_GROUPS.get(d.trigger.sub_event_type) == group
            and d.trigger.status == trigger.status
            and d not in candidates
        ]
    if trigger.casualty_only:
        # "Eleven officers were injured": a toll told in a sentence of its own belongs to the story's event.
        candidates = [
            d
            for d in drafts
            if d.trigger.family in _VIOLENT_FAMILIES | {"accident", "protest"}
            and d.trigger.status == "occurred"
        ]
        return max(candidates, key=lambda d: (d.killed(), -d.trigger.start)) if candidates else None
    if not candidates:
        return None
    if trigger.generic or (not refined and len(candidates) > 1):
        # "the attack" refers to the story's main event: the deadliest, else the first told.
        return max(candidates, key=lambda d: (d.killed(), -d.trigger.start))
    return candidates[-1] if trigger.sub_event_type != "Arrests" else candidates[0]


def _incident_tally(noun: Token) -> bool:
    """Whether a noun counts several incidents: a plural incident noun set apart ("separate shootings"),
    numbered ("three shootings", "two incidents"), tallied over a stretch of time ("weekend shootings",
    "weekend gunfire") or spread over an area ("shootings across the city", "incidents spanning the
    boroughs"); "the two bombings" told before is the story's own pair of events, not a round-up."""
    words = read_lexicon("roundups.json")
    lemma = _noun_lemma(noun)
    plural = _is_plural(noun) and lemma in words["incident_nouns"]
    mass = lemma in words["mass_nouns"]
    if not (plural or mass):
        return False
    told_before = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    for child in noun.children:
        word = child.lower_
        if child.dep_ in ("compound", "npadvmod", "amod", "nmod") and word in words["period_words"]:
            return True
        if not plural:
            continue
        if child.dep_ in ("amod", "compound") and word in words["separate_words"]:
            return True
        if child.dep_ == "compound" and word in read_lexicon("dates_en.json")["weekdays"] and not told_before:
            # "in Monday shootings": a day's tally ("the Sunday shootings" may be one spree told before)
            return True
        if child.dep_ == "nummod" and not told_before and lemma in words["counted_incident_nouns"]:
            value = number_value([child.text])
            if value is not None and not value[1] and (value[0] or 0) >= 2:
                return True
        if child.dep_ in ("acl", "relcl") and child.lemma_.casefold() in words["spread_verbs"]:
            return True
        if child.dep_ == "prep" and _spread_over_an_area(child):
            return True
    return False


def _noun_lemma(noun: Token) -> str:
    """The lemma of a noun, a title-case plural too ("Weekend Shootings", which the tagger takes for a
    name and leaves as it is)."""
    lemma = noun.lemma_.casefold()
    if noun.tag_ in ("NNP", "NNPS") and lemma == noun.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def _is_plural(noun: Token) -> bool:
    """A plural noun, a title-case one the tagger took for a name too ("In Weekend Shootings")."""
    return noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "NNP" and noun.lower_.endswith("s"))


def _of_several(verb: Token) -> bool:
    """Whether a verb tells of several people ("four people have been shot since ..."), not of one ("the
    first deputy killed since 2008")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (_is_plural(c) or c.like_num) for c in verb.children)


def _several_days(preposition: Token) -> bool:
    """Whether a preposition spans several days or hours ("in the past four days", "over two weeks")."""
    words = read_lexicon("roundups.json")
    return any(
        c.dep_ == "pobj" and _is_plural(c) and _noun_lemma(c) in words["span_nouns"]
        for c in preposition.children
    )


def _spread_over_an_area(preposition: Token) -> bool:
    """ "across the city", "throughout the county", "in three neighborhoods": an area, not a street crossed
    ("across the street")."""
    words = read_lexicon("roundups.json")
    areas = [c for c in preposition.children if c.dep_ == "pobj" and _noun_lemma(c) in words["area_nouns"]]
    if preposition.lower_ in words["spread_prepositions"]:
        return bool(areas)
    # "on the North and West sides", "in three neighborhoods": several areas
    return preposition.lower_ in ("in", "on") and any(_is_plural(a) for a in areas)


def _rounds_up(head: Token) -> bool:
    """Whether an event mention tallies several incidents rather than telling one: a tally noun itself
    ("two separate shootings that left five hurt"), or a toll told of tally incidents ("shot in three
    separate incidents", "wounded in shootings across the city", a bare "in incidents"), spread over an
    area ("have been shot across the city") or over a stretch of time ("shot since Tuesday"). A mention
    told as one of a tally ("hurt in one of four separate shootings") is that one incident."""
    head = _incident_noun(head)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("one", "another"):
        return False
    if _incident_tally(head):
        return True
    words = read_lexicon("roundups.json")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        # "three incidents of gunfire", "a series of shootings": the noun the incidents are told of
        tally = head.head.head
        if _incident_tally(tally) or (
            _noun_lemma(tally) in words["series_nouns"]
            and (_is_plural(head) or head.lemma_ in words["mass_nouns"])
        ):
            return True
    if (
        _is_plural(head)
        and _noun_lemma(head) in words["counted_incident_nouns"]
        and head.dep_ == "pobj"
        and head.head.lower_ in ("in", "after", "during")
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in head.children)
    ):
        # "2 dead, 7 hurt after shootings": incidents told bare, neither named nor told before.
        return True
    told = head
    if (
        _is_plural(head)
        and _noun_lemma(head) in words["incident_nouns"]
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
    ):
        # "were killed in shootings since Friday": the toll's verb tells the spread.
        told = head.head.head
    for child in _with_joined_verbs(told):
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            p.dep_ == "prep" and p.lower_ in words["span_prepositions"] and _several_days(p)
            for p in child.children
        ):
            # "Three children in four days shoot themselves"
            return True
        if child.dep_ != "prep":
            continue
        if child.lower_ in words["since"] and told.pos_ == "VERB" and _of_several(told):
            return True
        if child.lower_ in words["span_prepositions"] and _of_several(told) and _several_days(child):
            # "three children have been shot in the past four days"
            return True
        if _spread_over_an_area(child):
            return True
        if child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                bare = _is_plural(noun) and not any(c.dep_ in ("det", "poss") for c in noun.children)
                if _incident_tally(noun) or (bare and _noun_lemma(noun) == "incident"):
                    return True
    return False


def _with_joined_verbs(told: Token) -> list[Token]:
    """The words hung on a mention and on the verbs joined to it, which tell the same toll ("4 Killed, 11
    Hurt In Weekend Shootings": the tally hangs on "Hurt", which the parser hangs on "Killed")."""
    joined = [c for c in told.children if c.dep_ in ("conj", "dep") and c.pos_ == "VERB"]
    return [*told.children, *(grandchild for verb in joined for grandchild in verb.children)]


def _incident_noun(head: Token) -> Token:
    """The noun an event mention is told by: the incident noun a trigger is a compound of ("three separate
    shooting incidents", "the second shooting incident"), else the trigger itself."""
    if head.dep_ == "compound" and _noun_lemma(head.head) in read_lexicon("roundups.json")["incident_nouns"]:
        return head.head
    return head


def _ordinal(head: Token) -> str | None:
    """The word that tells a singular event mention apart from one told before: "the second shooting",
    "another shooting", "a third stabbing", "the second shooting incident"."""
    head = _incident_noun(head)
    if head.tag_ not in ("NN", "NNP"):
        return None
    words = read_lexicon("roundups.json")["ordinal_words"]
    return next((c.lower_ for c in head.children if c.dep_ in ("amod", "det") and c.lower_ in words), None)


def _incident_drafts(drafts: list[_Draft], head: Token) -> list[_Draft]:
    """The drafts a mention that is no round-up may join: not a round-up of several incidents, which an
    incident told next ("The latest shooting happened Sunday") is one of, not the whole of; "the
    shootings" told again may be the round-up."""
    head = _incident_noun(head)
    if _is_plural(head) and any(c.dep_ in ("det", "poss") for c in head.children):
        return drafts
    return [d for d in drafts if not d.round_up]


def _event_id(document_id: str, draft: _Draft) -> str:
    key = f"{document_id}\x1f{draft.trigger.sub_event_type}\x1f{draft.trigger.start}"
    return "evt_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _dates_by_token(doc: Doc, dates: list[DateMention]) -> list[tuple[Token, DateMention]]:
    """The dates that may date an event (a page's "Posted:" stamp dates no event), with their root token."""
    found = []
    for mention in (m for m in dates if not m.stamp):
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None and len(span):
            found.append((span.root, mention))
    return found


def _is_background(date: DateInterval, published: dt.date | None, after_days: int) -> bool:
    return published is not None and date.end is not None and (published - date.end).days > after_days


def _article_place(analysis: Analysis) -> EventLocation | None:
    """Where the article's news happens when a sentence does not say: its first town, else its first place."""
    mentioned = [
        (mention.start, entity.key, mention, analysis.places[entity.key])
        for entity in analysis.entities
        if entity.key in analysis.places
        for mention in entity.mentions
        if mention.start not in analysis.metonyms
    ]
    if not mentioned:
        return None
    mentioned.sort(key=lambda m: m[0])
    towns = [m for m in mentioned if m[3].precision in ("point", "town", "admin2")]
    _, key, mention, place = (towns or mentioned)[0]
    return EventLocation(place=place, entity=key, evidence=mention, inferred=True)


def _recent(anchor: dt.date | None, days: int) -> DateInterval:
    """The date of news told without one: the days before the anchor, marked as inferred."""
    if anchor is None:
        return UNKNOWN_DATE
    return DateInterval(start=anchor - dt.timedelta(days=days), end=anchor, precision="range", inferred=True)


def _before(anchor: dt.date | None) -> DateInterval:
    """The date of an incident told only as the matter of a court step: some time before the anchor."""
    if anchor is None:
        return UNKNOWN_DATE
    return DateInterval(start=None, end=anchor, precision="unknown", inferred=True)


def _told_in_court(draft: _Draft, doc: Doc) -> bool:
    """Whether the event is told as what a court step is about ("sentenced Monday for killing his
    girlfriend", "indicted in the fatal shooting", "the trial in the slaying"): such a story is told
    months or years after the incident, so an incident it does not date is not today's news."""
    steps = read_lexicon("dates_en.json")["court_steps"]
    for mention in draft.mentions:
        head = doc[mention.head]
        for ancestor in head.ancestors:
            if ancestor.sent.start != head.sent.start:
                break
            if ancestor.lemma_.casefold() in steps or ancestor.lower_ in steps:
                return True
    return False


def _recalls_another(draft: _Draft, trigger: Trigger, date: DateInterval, analysis: Analysis) -> bool:
    """Whether a mention told as "a shooting" with a date long past ("a shooting in March of 2009") is
    another, older incident than the undated one told so far, which is the article's news: joining it
    would date the news as history. A story told from a court step keeps the date, which is its
    incident's."""
    doc = analysis.doc
    assert doc is not None
    head = doc[trigger.head]
    return (
        draft.date.start is None
        and bool(draft.mentions)
        and draft.trigger.family in _VIOLENT_FAMILIES
        and head.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        and _is_background(date, analysis.anchor, analysis.settings.background_after_days)
        and not _told_in_court(draft, doc)
        and not _told_in_court(_Draft(trigger=trigger, mentions=[trigger]), doc)
    )


def build_events(analysis: Analysis) -> list[Event]:
    """The events of one analysed article."""
    doc = analysis.doc
    assert doc is not None
    triggers = find_triggers(doc)
    dated = _dates_by_token(doc, analysis.dates)
    places = _place_mentions(doc, analysis)
    drafts: list[_Draft] = []
    owner_of_trigger: dict[int, _Draft] = {}
    counts_of_trigger, loose_counts = _counts_by_cause(analysis, doc, triggers)
    for trigger in triggers:
        date = _date_for(trigger, doc, dated, triggers)
        location = _location_for(trigger, doc, places)
        refined = is_specific(trigger, doc)
        ordinal = None
        roundup = trigger.family in _VIOLENT_FAMILIES and _rounds_up(doc[trigger.head])
        if roundup:
            target = next(
                (d for d in reversed(drafts) if d.round_up and d.trigger.status == trigger.status), None
            )
        elif (ordinal := _ordinal(doc[trigger.head])) is not None:
            # "The second shooting happened on Elm Street": another incident than the one told before,
            # unless this one was told so before.
            target = next((d for d in drafts if d.ordinal == ordinal and not d.round_up), None)
        else:
            target = _merge_target(_incident_drafts(drafts, doc[trigger.head]), trigger, refined)
        if (
            target is not None
            and date.start is not None
            and target.date.start is not None
            and not (
                date.start <= target.date.end and target.date.start <= date.end  # type: ignore[operator]
            )
        ):
            target = None
        if target is not None and _recalls_another(target, trigger, date, analysis):
            target = None
        if target is None:
            target = _Draft(trigger=trigger, refined=refined, round_up=roundup, ordinal=ordinal)
            drafts.append(target)
        elif refined and not target.refined and not (trigger.generic or trigger.casualty_only):
            # A more specific mention ("suicide bombings") types the event told plainly before.
            target.trigger = replace(
                target.trigger, event_type=trigger.event_type, sub_event_type=trigger.sub_event_type
            )
            target.refined = True
        target.mentions.append(trigger)
        owner_of_trigger[trigger.head] = target
        joined = len(target.mentions) > 1
        if _narrows(date, target.date) and not (joined and _tallied(doc[trigger.head], date)):
            target.date = date
        if target.location is None and location is not None:
            target.location = location
        for participant in find_participants(trigger, doc, analysis):
            if all(p.text != participant.text or p.role != participant.role for p in target.participants):
                target.participants.append(participant)
        for weapon in find_weapons(trigger, doc, analysis.document.text):
            if all(w.text.casefold() != weapon.text.casefold() for w in target.weapons):
                target.weapons.append(weapon)
        for count in counts_of_trigger.get(trigger.head, ()):
            _add_count(target, count, analysis)
    _settle_dates(drafts, dated, analysis)
    main = [
        d
        for d in drafts
        if d.trigger.family in _VIOLENT_FAMILIES | {"accident"}
        and not _is_background(d.date, analysis.anchor, analysis.settings.background_after_days)
    ]
    # A story told long after its event (a trial, a charge) has only background events: the toll is still
    # its event's.
    home = main or [d for d in drafts if d.trigger.family in _VIOLENT_FAMILIES | {"accident"}]
    for count in loose_counts:
        # A toll told apart from any event ("Police said one person died") belongs to the story's event.
        if count.category in ("killed", "injured") and home:
            _add_count(_home_of(count, home), count, analysis)
    place_tokens = _place_tokens(doc, places)
    # In a story told long after its event every incident is history, and the one the story is about
    # still happened where the article is.
    told_late = [] if main else home
    return [
        replace(
            _freeze(draft, analysis, told_late=any(draft is d for d in told_late)),
            venues=_venues(draft, doc, analysis.document.text, place_tokens),
        )
        for draft in drafts
    ]


def _home_of(count: CountMention, home: list[_Draft]) -> _Draft:
    """The event a toll told apart from any event belongs to: the story's, unless the story rounds up
    several incidents, where it is the incident told last before it ("The first shooting happened at 9
    p.m. ... All three victims were taken to the hospital"). An event only feared or planned ("gave no sign
    he meant to kill anyone") is no one's home while the story tells one that happened."""
    home = [d for d in home if d.trigger.status in ("occurred", "attempted")] or home
    if not any(d.round_up for d in home):
        return home[0]
    before = [
        (max(m.start for m in d.mentions if m.start < count.span.start), d)
        for d in home
        if not d.round_up and any(m.start < count.span.start for m in d.mentions)
    ]
    return max(before, key=lambda b: b[0])[1] if before else home[0]


def _add_count(draft: _Draft, count: CountMention, analysis: Analysis) -> None:
    if analysis.doc is not None and count.count.best != 0:
        word = analysis.doc[count.predicate]
        span = Span.of(analysis.document.text, word.idx, word.idx + len(word.text))
        category = "injured" if count.shot else count.category
        told = draft.predicates.setdefault(category, [])
        if span not in told:
            told.append(span)
        for group in counted_groups(analysis.doc, count.span, analysis.document.text):
            mention = TollMention(predicate=span, victims=group)
            if mention not in draft.told.setdefault(category, []):
                draft.told[category].append(mention)
    if count.person is not None or count.shot:
        draft.tolls.append(count)
    else:
        _add_casualty(draft, _casualty(count, analysis))


def _tolls(draft: _Draft, analysis: Analysis) -> None:
    """Add the one-person and shot counts to the numbers told: distinct people, not mentions.

    Killed is the larger of the largest number told and the people told killed (named people each count
    once; unnamed ones -- "the victim", "he" -- count one in all, and only when no one is named), and one
    more for a killer who killed themselves ("shot his wife, then himself"). Shot
    people not killed are injured: "four people were shot, one fatally" -> 1 killed, 3 injured. A person
    told killed is not also injured ("Smith was wounded in the head ... Smith died"), and people told only
    as shot may be the dead told without their names ("a teen was killed ... Smith was shot"). An
    unnamed person hurt ("the victim was wounded") is the one killed when anyone but the killer was,
    unless told apart from the dead (see ``_hurt_apart``).
    """
    # The dead besides a killer who killed themselves, and whether a hurt one is told apart from them,
    # as told before this adds the people counted here.
    victims_killed = draft.killed() > 0 or any(
        c.category == "killed"
        and c.person not in (None, SELF)
        and (c.victims or "").casefold() not in _REFLEXIVES
        for c in draft.tolls
    )
    apart = analysis.doc is not None and _hurt_apart(draft, analysis.doc)
    named: dict[str, set[str]] = {"killed": set(), "injured": set(), "shot": set()}
    unnamed: dict[str, CountMention] = {}
    first: dict[str, CountMention] = {}
    # "Samantha" told alone is the "Samantha Carpenter" told in full.
    surnames = {
        c.victims.split()[0].casefold(): c.person
        for c in draft.tolls
        if c.person and c.victims and len(c.victims.split()) > 1
    }
    for count in draft.tolls:
        kind = "shot" if count.shot else count.category
        first.setdefault(kind, count)
        if count.person:
            named[kind].add(surnames.get(count.person, count.person))
        else:
            unnamed.setdefault(kind, count)
    # One who killed others and then themselves is dead besides those they killed, as told beside it
    # ("killed four ... before killing himself": five); a toll told elsewhere may count them already.
    selves = [c.sentence for c in draft.tolls if c.person == SELF]
    named["killed"].discard(SELF)
    # People told by a bare description ("killed her husband and daughter", keys "#...") are most likely the
    # people the story names as well ("her husband Al Roe and daughter Bea Roe"): as many as the larger.
    described = {kind: {k for k in keys if k.startswith("#")} for kind, keys in named.items()}
    real_killed = named["killed"] - described["killed"]
    killed_people = max(len(real_killed), len(described["killed"])) or int("killed" in unnamed)
    # People told dead by one predicate are as many as told: "the man and woman were pronounced dead".
    together: dict[int, int] = {}
    for count in draft.tolls:
        if (
            count.category == "killed"
            and count.person not in (None, SELF)
            and (count.victims or "").casefold() not in _REFLEXIVES  # "Hinrichs shot himself dead"
        ):
            together[count.predicate] = together.get(count.predicate, 0) + 1
    killed_people = max(killed_people, max(together.values(), default=0))
    killed = max(draft.killed(), killed_people + bool(selves))
    if selves:
        beside = [
            c.best or 0
            for c in draft.casualties
            if c.category == "killed" and any(s.start <= c.evidence.start < s.end for s in selves)
        ]
        killed = max(killed, max(beside, default=0) + 1)
        if analysis.doc is not None:
            # "A man killed a clerk. ... He then took his own life": the victims of a doer, told before
            # the killer's own death, never count him.
            start = min(s.start for s in selves)
            before = [
                c.best or 0
                for c in draft.casualties
                if c.category == "killed" and c.evidence.end <= start and _victims_of_a_doer(c, analysis.doc)
            ]
            killed = max(killed, max(before, default=-1) + 1)
    if killed > draft.killed():
        _add_casualty(draft, _casualty(_counted(first["killed"], killed), analysis))
    hurt = named["injured"] - named["killed"]
    shot_only = named["shot"] - named["killed"] - hurt
    killers = {c.person for c in draft.tolls if (c.victims or "").casefold() in _REFLEXIVES}
    if len(real_killed - killers) >= sum(len(keys) for keys in described.values()):
        # "shot her husband and daughter before killing herself" told of the dead named elsewhere
        shot_only -= described["shot"]
    dead_unnamed = max(0, killed - len(named["killed"]))
    hurt_described = {k for k in hurt if k.startswith("#")}
    injured_people = max(len(hurt - hurt_described), len(hurt_described)) + max(
        0, len(shot_only) - dead_unnamed
    )
    if not hurt and not shot_only and "injured" in unnamed and (not victims_killed or apart):
        injured_people = 1
    # The killer dead by their own hand is not among the people they shot ("shot six people, killing
    # four of them, before turning the gun on himself": two hurt), but a count of the shot told apart from
    # that ("each of the three had been hit by gunfire") may count the killer too.
    injured = max(
        injured_people,
        int("shot" in unnamed) - (killed - bool(selves)),
        *(
            (c.count.best or 0) - (killed - (c.sentence in selves or _told_before(c, selves)))
            for c in draft.tolls
            if c.shot and c.person is None
        ),
    )
    told = max((c.best or 0 for c in draft.casualties if c.category == "injured"), default=0)
    if injured > told:
        source = first.get("injured") or first["shot"]
        _add_casualty(draft, _casualty(_counted(source, injured), analysis))


def _victims_of_a_doer(casualty: Casualty, doc: Doc) -> bool:
    """Whether a killed count is the object of a killer's active verb ("a man killed a clerk"), so
    people other than the killer."""
    if casualty.predicate is None:
        return False
    verb = _token_at(doc, casualty.predicate.start)
    noun = _token_at(doc, casualty.evidence.end - 1)
    return (
        verb is not None
        and noun is not None
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _told_before(count: CountMention, selves: list[Span]) -> bool:
    """Whether people shot are told before the killer's death by their own hand ("A man shot two women.
    He then took his own life."): his victims, never him."""
    return bool(selves) and count.sentence.end <= min(s.start for s in selves)


_ANOTHER = frozenset({"another", "other", "second", "third", "fourth"})
"""Words that set a person apart from those told before ("another man was wounded")."""


def _hurt_apart(draft: _Draft, doc: Doc) -> bool:
    """Whether an unnamed person told hurt is someone other than the dead: told as another ("another man
    in the home was wounded"), or told hurt in the sentence that tells someone else killed ("shot his
    younger brother to death and wounded his older brother"); a pronoun may be the dead told again."""
    hurt = [c for c in draft.tolls if c.category == "injured" and not c.shot and c.person == ""]
    dead = [
        c.span
        for c in draft.tolls
        if c.category == "killed"
        and c.person not in (None, SELF)
        and (c.victims or "").casefold() not in _PRONOUNS | _REFLEXIVES
    ]
    dead += [c.evidence for c in draft.casualties if c.category == "killed" and c.best]
    for count in hurt:
        word = _token_at(doc, count.span.start)
        if word is not None and any(c.lower_ in _ANOTHER for c in word.children if c.i < word.i):
            return True
        if (count.victims or "").casefold() in _PRONOUNS:
            continue
        sentence = count.sentence
        if any(sentence.start <= d.start < sentence.end and d != count.span for d in dead):
            return True
    return False


def _counted(count: CountMention, value: int) -> CountMention:
    qualifier: Qualifier = "exact" if value == (count.count.best or 0) else "at_least"
    return replace(
        count,
        category="injured" if count.shot else count.category,
        count=Count(low=value, best=value, high=value if qualifier == "exact" else None, qualifier=qualifier),
    )


def _add_casualty(draft: _Draft, casualty: Casualty) -> None:
    same = next((c for c in draft.casualties if c.category == casualty.category), None)
    if same is None:
        draft.casualties.append(casualty)
    elif (casualty.low or casualty.best or 0) > (same.low or same.best or 0):
        # Reports of one toll: keep the highest bound, the toll as it stands.
        draft.casualties[draft.casualties.index(same)] = casualty


def _counts_by_cause(
    analysis: Analysis, doc: Doc, triggers: list[Trigger]
) -> tuple[dict[int, list[CountMention]], list[CountMention]]:
    """Each count under the trigger that caused it, and the counts with no event in their sentence."""
    by_token = {}
    for trigger in triggers:
        for token in doc[doc[trigger.head].i : doc[trigger.head].i + 1]:
            by_token[token.i] = trigger.head
        span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        for token in span or ():
            by_token[token.i] = trigger.head
    by_cause: dict[int, list[CountMention]] = {}
    loose: list[CountMention] = []
    arrests = {t.head for t in triggers if t.family == "arrest"}
    for count in analysis.counts:
        predicate = doc[count.predicate]
        cause = _cause_of(predicate, by_token)
        if cause is None:
            in_sentence = [t for t in triggers if doc[t.head].sent.start == predicate.sent.start]
            if in_sentence:
                cause = min(in_sentence, key=lambda t: abs(t.head - predicate.i)).head
        if cause is not None and count.category in ("killed", "injured") and cause in arrests:
            # "Man arrested after 2 killed": an arrest harms no one; the toll is its shooting's.
            cause = _violent_in_sentence(predicate, triggers)
        if cause is None:
            loose.append(count)
        else:
            by_cause.setdefault(cause, []).append(count)
    text = analysis.document.text
    return {cause: _summed(counts, text) for cause, counts in by_cause.items()}, _summed(loose, text)


def _violent_in_sentence(predicate: Token, triggers: list[Trigger]) -> int | None:
    """The violent event told in the sentence of a toll an arrest was taken for, the nearest one."""
    violent = [
        t
        for t in triggers
        if t.family in _VIOLENT_FAMILIES and predicate.doc[t.head].sent.start == predicate.sent.start
    ]
    return min(violent, key=lambda t: abs(t.head - predicate.i)).head if violent else None


def _summed(counts: list[CountMention], text: str) -> list[CountMention]:
    """Counts of one predicate added up: "two soldiers and at least five militants were killed" -> at
    least 7; one-person counts are left for ``_tolls``."""
    by_predicate: dict[tuple[int, str], list[CountMention]] = {}
    summed: list[CountMention] = [c for c in counts if c.person is not None]
    for count in (c for c in counts if c.person is None):
        by_predicate.setdefault((count.predicate, count.category), []).append(count)
    for group in by_predicate.values():
        if len(group) == 1 or any(c.count.best is None for c in group):
            summed.extend(group)
            continue
        if any(_restates(c) for c in group):
            # "two of the victims, a man and a girl, were both killed": the same people told again
            summed.append(max(group, key=lambda c: c.count.best or 0))
            continue
        exact = all(c.count.qualifier == "exact" for c in group)
        total = sum(c.count.best or 0 for c in group)
        span = Span.of(text, min(c.span.start for c in group), max(c.span.end for c in group))
        summed.append(
            replace(
                group[0],
                span=span,
                count=Count(
                    low=sum(c.count.low or c.count.best or 0 for c in group),
                    best=total,
                    high=total if exact else None,
                    qualifier="exact" if exact else "at_least",
                ),
            )
        )
    return summed


def _restates(count: CountMention) -> bool:
    """Whether a count restates the people told beside it with no noun of its own ("were both killed",
    "all three died"), unlike "both brothers were shot, along with a cousin"."""
    words = count.span.text.casefold().split()
    return words == ["both"] or (len(words) == 2 and words[0] == "all")


def _freeze(draft: _Draft, analysis: Analysis, *, told_late: bool) -> Event:
    """The event of a draft; ``told_late``: an incident of a story told long after it (a trial), which
    takes the article's place when its sentences name none, as news does."""
    doc = analysis.doc
    assert doc is not None
    if draft.tolls:
        _tolls(draft, analysis)
    text = analysis.document.text
    evidence: list[Span] = []
    attributions: list[Attribution] = []
    for mention in draft.mentions:
        sentence = doc[mention.head].sent
        span = sentence_span(text, sentence.start_char, sentence.end_char)
        if span not in evidence:
            evidence.append(span)
        attribution = analysis.attributions.get(sentence.start_char)
        if attribution is not None and attribution not in attributions:
            attributions.append(attribution)
    background = _is_background(
        draft.date, analysis.document.published, analysis.settings.background_after_days
    )
    location = draft.location
    if location is None and (not background or told_late):
        location = _article_place(analysis)
    date = draft.date
    if date.start is None and not background and draft.trigger.status == "occurred":
        if _told_in_court(draft, doc):
            date = _before(analysis.anchor)
        else:
            date = _recent(analysis.anchor, analysis.settings.undated_news_days)
    confidence = (
        0.5
        + 0.1 * bool(draft.casualties)
        + 0.1 * bool(draft.participants)
        + 0.05 * min(len(draft.mentions) - 1, 3)
    )
    if all(m.generic for m in draft.mentions):
        # Told only as "the attack", "gunfire": a story's event told also as "fired", "shooting" is not.
        confidence -= 0.2
    if background:
        # A recalled incident is told in passing: the article's own news ranks above it.
        confidence -= 0.1
    if draft.round_up:
        # A round-up of several incidents: each incident told ranks above the tally of them all.
        confidence -= 0.2
    trigger = draft.trigger
    return Event(
        id=_event_id(analysis.document.id, draft),
        event_type=trigger.event_type,
        sub_event_type=trigger.sub_event_type,
        status=trigger.status,
        trigger=Span.of(text, trigger.start, trigger.end),
        mentions=tuple(Span.of(text, m.start, m.end) for m in draft.mentions),
        evidence=tuple(evidence),
        date=date,
        location=location,
        participants=tuple(draft.participants),
        casualties=tuple(
            replace(
                c,
                predicates=tuple(sorted(draft.predicates.get(c.category, ()), key=lambda m: m.start)),
                mentions=tuple(sorted(draft.told.get(c.category, ()), key=lambda m: m.predicate.start)),
            )
            for c in draft.casualties
        ),
        weapons=tuple(draft.weapons),
        attribution=tuple(attributions),
        background=background,
        round_up=draft.round_up,
        confidence=round(min(confidence, 0.95), 2),
    )


class EventsStage:
    """Triggers merged into events with everything attached."""

    name = "events"
    requires = (
        "doc",
        "entities",
        "entity_at",
        "places",
        "metonyms",
        "dates",
        "anchor",
        "counts",
        "attributions",
    )
    provides = ("events",)

    def __call__(self, analysis: Analysis) -> None:
        analysis.events = build_events(analysis)
