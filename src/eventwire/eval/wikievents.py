"""WikiEvents (KAIROS): event type F1 by trigger match, and argument role F1 by head match.

Gold event mentions of the mapped KAIROS types become one of six classes (taxonomy.md): ``attack``
(Conflict.Attack.* but DetonateExplode), ``explode`` (DetonateExplode), ``arrest``, ``demonstrate``,
``die`` and ``injure``. Each of our events predicts its class at every one of its mentions (trigger
included), except mentions that are casualty verbs ("killed", "wounded"), which KAIROS types as Life.Die /
Life.Injure; ``die``/``injure`` are predicted at every predicate that told its killed/injured toll
("killed", "died"; the count phrase when there is none). A prediction is right when its span overlaps a
gold trigger of the same class (``attack`` also accepts ``explode`` gold: an attack that was a bombing is
still an attack). Gold offsets index the raw text and ours the cleaned text, so the gold is realigned.

An argument is right when its event is, its role is the same mapped role, and its head noun is the head of
the gold argument or of a coreferent mention. KAIROS gives each event mention its own arguments, in the
mention's sentence, so an argument of one of our events counts for the matched mentions of its sentence
(else for the nearest one), and only for the roles their KAIROS type has. Two kinds of argument belong to
one mention and count only for what that mention matched: places, which are the event's venues (the place
one mention's own clause names, "killed in Ashford"), not its one location; and the victims of a die or
injure prediction, the people its predicate counts ("six people were killed"). A victim of the event that
only the killed toll counts is no victim of an injury, and one only the injured toll counts none of a
death ("killed 23 soldiers and injured another 15": the soldiers are the killing's alone).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

from eventwire.eval.extractor import Extractor, is_explosive
from eventwire.eval.scoring import (
    Counts,
    DatasetReport,
    ErrorKind,
    ErrorRecord,
    FieldScore,
    context,
    head_noun,
    match_greedy,
    sum_counts,
)
from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction, Span

CLASSES = ("attack", "explode", "arrest", "demonstrate", "die", "injure")
_ROLES = {
    "Attacker": "perpetrator",
    "Killer": "perpetrator",
    "Injurer": "perpetrator",
    "Jailer": "perpetrator",
    "Detainer": "perpetrator",
    "Demonstrator": "perpetrator",
    "Victim": "victim",
    "Target": "target",
    "Detainee": "detainee",
    "Instrument": "weapon",
    "ExplosiveDevice": "weapon",
    "Place": "place",
}
_CLASS_ROLES = {
    "attack": frozenset({"perpetrator", "victim", "target", "weapon", "place"}),
    "explode": frozenset({"perpetrator", "victim", "target", "weapon", "place"}),
    "arrest": frozenset({"perpetrator", "detainee", "place"}),
    "demonstrate": frozenset({"perpetrator", "victim", "target", "place"}),
    "die": frozenset({"perpetrator", "victim", "place"}),
    "injure": frozenset({"perpetrator", "victim", "weapon", "place"}),
}
"""Our roles that the KAIROS event types of each class can have (event_role_KAIROS.json): a Life.Die
event has a Killer, a Victim and a Place, never an Instrument or a Target."""
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Argument:
    role: str
    heads: frozenset[str]
    """Head nouns of the argument and of every coreferent mention."""
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    kind: str
    start: int
    end: int
    text: str
    arguments: tuple[Argument, ...]
    sentence: tuple[int, int]
    """Start and end of the trigger's sentence, where all its arguments are."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WikiDocument:
    doc_id: str
    text: str
    triggers: tuple[Trigger, ...]


def kairos_class(event_type: str) -> str | None:
    """Our class of a KAIROS event type, or None when it is not mapped."""
    if event_type.startswith("Conflict.Attack.DetonateExplode"):
        return "explode"
    return {
        "Conflict.Attack": "attack",
        "Justice.ArrestJailDetain": "arrest",
        "Conflict.Demonstrate": "demonstrate",
        "Life.Die": "die",
        "Life.Injure": "injure",
    }.get(".".join(event_type.split(".")[:2]))


def read_wikievents(data_dir: Path, *, limit: int | None = None) -> list[WikiDocument]:
    """The first ``limit`` dev documents; text rebuilt as the space-joined sentences the offsets index."""
    folder = data_dir / "wikievents"
    clusters: dict[str, list[str]] = {}
    with (folder / "coref" / "dev.jsonlines").open(encoding="utf-8") as f:
        for line in f:
            for cluster in json.loads(line)["clusters"]:
                for mention in cluster:
                    clusters[mention] = cluster
    documents: list[WikiDocument] = []
    with (folder / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(documents) >= limit:
                break
            record = json.loads(line)
            text = " ".join(s[1] for s in record["sentences"])
            tokens = align_tokens(text, [t[0] for s in record["sentences"] for t in s[0]])
            sentences, first_token = [], 0
            for sentence in record["sentences"]:
                last_token = first_token + len(sentence[0]) - 1
                sentences.append((tokens[first_token][0], tokens[last_token][1]))
                first_token = last_token + 1
            mentions = {m["id"]: m for m in record["entity_mentions"]}
            triggers = []
            for event in record["event_mentions"]:
                kind = kairos_class(event["event_type"])
                if kind is None:
                    continue
                first, last = tokens[event["trigger"]["start"]], tokens[event["trigger"]["end"] - 1]
                arguments = []
                for a in event["arguments"]:
                    role = _ROLES.get(a["role"])
                    if role is None:
                        continue
                    if role == "target" and mentions.get(a["entity_id"], {}).get("entity_type") == "PER":
                        role = "victim"
                    coref = clusters.get(a["entity_id"], [a["entity_id"]])
                    texts = [a["text"], *(mentions[m]["text"] for m in coref if m in mentions)]
                    arguments.append(Argument(role=role, heads=frozenset(_heads(texts)), text=a["text"]))
                triggers.append(
                    Trigger(
                        kind=kind,
                        start=first[0],
                        end=last[1],
                        text=event["trigger"]["text"],
                        arguments=tuple(arguments),
                        sentence=sentences[event["trigger"]["sent_idx"]],
                    )
                )
            documents.append(WikiDocument(doc_id=record["doc_id"], text=text, triggers=tuple(triggers)))
    return documents


def align_tokens(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character offsets of ``tokens`` in ``text``, found in order.

    The released token offsets assume one space between sentences, which some documents break, so they
    are recomputed by searching each token after the previous one.
    """
    offsets, cursor = [], 0
    for token in tokens:
        start = text.find(token, cursor)
        if start < 0:
            start = cursor
        offsets.append((start, start + len(token)))
        cursor = start + len(token)
    return offsets


_WORDS = re.compile(r"\S+")


def offset_map(raw: str, clean: str) -> Callable[[int], int | None]:
    """Where each character offset of ``raw`` is in ``clean``, the text cleaning made of it (None: cut).

    Our offsets index the cleaned document text (runs of spaces folded, cross-links such as "Read more:
    ..." cut out), the gold offsets the raw text; the two are aligned word by word.
    """
    raw_words = [(m.start(), m.group()) for m in _WORDS.finditer(raw)]
    clean_words = [(m.start(), m.group()) for m in _WORDS.finditer(clean)]
    matcher = SequenceMatcher(None, [w for _, w in raw_words], [w for _, w in clean_words], autojunk=False)
    moved = {
        a + k: clean_words[b + k][0] for a, b, size in matcher.get_matching_blocks() for k in range(size)
    }
    starts = [start for start, _ in raw_words]

    def to_clean(offset: int) -> int | None:
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or k not in moved or offset >= starts[k] + len(raw_words[k][1]):
            return None
        return moved[k] + offset - starts[k]

    return to_clean


def realign(doc: WikiDocument, clean: str) -> WikiDocument:
    """``doc`` with its text and trigger offsets those of the cleaned text; triggers in cut text get -1."""
    if clean == doc.text:
        return doc
    to_clean = offset_map(doc.text, clean)
    triggers = []
    for t in doc.triggers:
        start, last = to_clean(t.start), to_clean(t.end - 1)
        if start is None or last is None:
            triggers.append(replace(t, start=-1, end=-1, sentence=(-1, -1)))
            continue
        first, final = to_clean(t.sentence[0]), to_clean(t.sentence[1] - 1)
        sentence = (start if first is None else first, last + 1 if final is None else final + 1)
        triggers.append(replace(t, start=start, end=last + 1, sentence=sentence))
    return replace(doc, text=clean, triggers=tuple(triggers))


def _heads(texts: list[str]) -> list[str]:
    return [h for h in (_head(t) for t in texts) if h]


def _head(text: str) -> str:
    """The head noun of a mention; a bare count ("the three", "two") is its own head, which
    :func:`head_noun` drops as the determiner it is in "three guards"."""
    return head_noun(text) or next(iter(reversed(_WORD.findall(text.lower()))), "")


_WORD = re.compile(r"\w[\w'-]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class PredictedArgument:
    role: str
    text: str
    start: int | None
    """Where the text says it, when known: an argument counts for the mentions of its sentence."""
    toll: str | None = None
    """``die`` or ``injure`` for the victims of a toll: the killed are no victims of an injury."""
    mention: tuple[int, int] | None = None
    """The event mention whose own clause states the argument: it counts for what that mention matched."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Predicted:
    kind: str
    start: int
    end: int
    event: int
    """Index of the event in the extraction: the mentions of one event share its arguments."""
    arguments: tuple[PredictedArgument, ...]


# KAIROS types a casualty verb as a Life.Die / Life.Injure event of its own, never as the attack that
# caused it; an event mention that is one of these words claims that toll, so it is scored as one.
_DIE_WORDS = frozenset({"kill", "kills", "killed", "killing"})
_INJURE_WORDS = frozenset(
    {
        "wound",
        "wounds",
        "wounded",
        "wounding",
        "injure",
        "injures",
        "injured",
        "injuring",
        "beat",
        "beaten",
        "beating",
    }
)


def event_class(event: Event) -> str | None:
    """Our class for one of our events (``die``/``injure`` come from casualties, not from here)."""
    if event.sub_event_type == "Arrests":
        return "arrest"
    if event.event_type == "Protests" or event.sub_event_type == "Violent demonstration":
        return "demonstrate"
    if event.event_type in _VIOLENT_TYPES:
        return "explode" if is_explosive(event) else "attack"
    return None


def _event_arguments(event: Event) -> list[PredictedArgument]:
    arguments = [
        PredictedArgument(
            role="perpetrator" if p.role == "agent" else p.role,
            text=p.text,
            start=p.evidence.start if p.evidence else None,
            toll=_toll_of(event, p.evidence) if p.role == "victim" else None,
        )
        for p in event.participants
    ]
    arguments += [
        PredictedArgument(role="weapon", text=w.text, start=w.evidence.start if w.evidence else None)
        for w in event.weapons
    ]
    # KAIROS gives each mention the place its own sentence names: the venues, not the event's one location.
    arguments += [
        PredictedArgument(
            role="place", text=v.place.text, start=v.place.start, mention=(v.mention.start, v.mention.end)
        )
        for v in event.venues
    ]
    return arguments


def _toll_of(event: Event, evidence: Span | None) -> str | None:
    """``die`` or ``injure`` for a victim that only the killed or only the injured toll counts ("killed 23
    soldiers and injured another 15": the soldiers are no victims of the injuring), else None."""
    if evidence is None:
        return None
    tolls = {
        "die" if c.category == "killed" else "injure"
        for c in event.casualties
        if c.category in ("killed", "injured")
        for m in c.mentions
        if m.victims.start < evidence.end and evidence.start < m.victims.end
    }
    return tolls.pop() if len(tolls) == 1 else None


def predictions(extraction: Extraction) -> list[Predicted]:
    """Every (class, span, arguments) our extraction claims."""
    out: list[Predicted] = []
    for index, event in enumerate(extraction.events):
        arguments = _event_arguments(event)
        kind = event_class(event)
        tolls: list[Predicted] = []
        for casualty in event.casualties:
            if casualty.category in ("killed", "injured") and casualty.best != 0:  # "no one was hurt"
                # The count stands for the victims when nothing names them ("wounded 71").
                toll_kind = "die" if casualty.category == "killed" else "injure"
                victim = PredictedArgument(
                    role="victim",
                    text=casualty.victims or casualty.text,
                    start=casualty.evidence.start,
                    toll=toll_kind,
                )
                told = casualty.predicates or (casualty.predicate or casualty.evidence,)
                for where in told:
                    # The people each predicate counts ("six people were killed") are its victims.
                    counted = tuple(
                        PredictedArgument(
                            role="victim",
                            text=m.victims.text,
                            start=m.victims.start,
                            toll=toll_kind,
                            mention=(where.start, where.end),
                        )
                        for m in casualty.mentions
                        if m.predicate == where
                    )
                    tolls.append(
                        Predicted(
                            kind=toll_kind,
                            start=where.start,
                            end=where.end,
                            event=index,
                            arguments=(*arguments, *(counted or (victim,))),
                        )
                    )
        if kind is not None:
            for span in event.mentions or (event.trigger,):
                word = span.text.casefold()
                toll = "die" if word in _DIE_WORDS else "injure" if word in _INJURE_WORDS else None
                if toll is None:
                    out.append(
                        Predicted(
                            kind=kind, start=span.start, end=span.end, event=index, arguments=tuple(arguments)
                        )
                    )
                elif not any(t.kind == toll and t.start < span.end and span.start < t.end for t in tolls):
                    tolls.append(
                        Predicted(
                            kind=toll, start=span.start, end=span.end, event=index, arguments=tuple(arguments)
                        )
                    )
        out.extend(tolls)
    return out


def _same_event(p: Predicted, g: Trigger) -> bool:
    kind_ok = p.kind == g.kind or (p.kind == "attack" and g.kind == "explode")
    return kind_ok and p.start < g.end and g.start < p.end


def match_triggers(
    predicted: list[Predicted], gold: tuple[Trigger, ...]
) -> tuple[dict[str, Counts], list[tuple[Predicted, Trigger]], list[Predicted], list[Trigger]]:
    """Per-class counts, matched pairs, false alarms and misses of one document's triggers.

    Each class is matched on its own; then an ``attack`` left over may still match an ``explode`` gold
    trigger left over (KAIROS' DetonateExplode is a sub-type of Conflict.Attack: "the attack" told of a
    bombing names the right event at the type level), counted as found in the ``explode`` row.
    """
    pairs: list[tuple[Predicted, Trigger]] = []
    spare: dict[str, list[Predicted]] = {}
    missed: dict[str, list[Trigger]] = {}
    found: dict[str, int] = {}
    for kind in CLASSES:
        matched, spare[kind], missed[kind] = match_greedy(
            [p for p in predicted if p.kind == kind], [g for g in gold if g.kind == kind], _same_event
        )
        pairs.extend(matched)
        found[kind] = len(matched)
    matched, spare["attack"], missed["explode"] = match_greedy(
        spare["attack"], missed["explode"], _same_event
    )
    pairs.extend(matched)
    found["explode"] += len(matched)
    counts = {k: Counts(tp=found[k], fp=len(spare[k]), fn=len(missed[k])) for k in CLASSES}
    return (
        counts,
        pairs,
        [p for kind in CLASSES for p in spare[kind]],
        [g for kind in CLASSES for g in missed[kind]],
    )


def evaluate_wikievents(data_dir: Path, *, limit: int | None, extractor: Extractor) -> DatasetReport:
    """Score ``extractor`` on the first ``limit`` WikiEvents dev documents."""
    docs = read_wikievents(data_dir, limit=limit)
    extractions = extractor([Article(text=d.text, origin=f"wikievents:{d.doc_id}") for d in docs])
    per_class = {k: Counts() for k in CLASSES}
    arguments = Counts()
    errors: list[ErrorRecord] = []
    for raw, extraction in zip(docs, extractions, strict=True):
        doc = realign(raw, extraction.document.text)
        predicted = predictions(extraction)
        counts, pairs, spare, missed = match_triggers(predicted, doc.triggers)
        for kind in CLASSES:
            per_class[kind] = per_class[kind] + counts[kind]
        errors.extend(
            ErrorRecord(
                dataset="wikievents",
                doc_id=doc.doc_id,
                field=f"trigger.{p.kind}",
                kind="false_alarm",
                gold=None,
                predicted=doc.text[p.start : p.end],
                text=context(doc.text, p.start),
            )
            for p in spare
        )
        errors.extend(
            ErrorRecord(
                dataset="wikievents",
                doc_id=doc.doc_id,
                field=f"trigger.{g.kind}",
                kind="miss",
                gold=g.text,
                predicted=None,
                text=context(doc.text, g.start)
                if g.start >= 0
                else "[cut out by cleaning] " + context(raw.text, raw.triggers[doc.triggers.index(g)].start),
            )
            for g in missed
        )
        counted, wrong = _argument_counts(doc, predicted, pairs)
        arguments = arguments + counted
        errors.extend(wrong)
    rows = [FieldScore(name=f"trigger.{k}", counts=per_class[k]) for k in CLASSES]
    rows.append(FieldScore(name="trigger.micro", counts=sum_counts(per_class.values())))
    rows.append(FieldScore(name="argument.head", counts=arguments))
    return DatasetReport(
        dataset="wikievents",
        documents=len(docs),
        fields=tuple(rows),
        errors=tuple(errors),
        notes=(
            "triggers: overlap of our event mentions / casualty evidence with gold triggers, per class",
            "arguments: mapped roles only, head noun of the argument or a coreferent mention",
        ),
    )


def _same_head(text: str, heads: frozenset[str]) -> bool:
    head = _head(text)
    return bool(head) and any(head == _head(h) for h in heads)


def _can_have(trigger: Trigger, argument: PredictedArgument) -> bool:
    """Whether the KAIROS type of the gold trigger has the argument's role (and toll)."""
    if argument.role not in _CLASS_ROLES[trigger.kind]:
        return False
    return not (argument.toll and trigger.kind in ("die", "injure") and trigger.kind != argument.toll)


def _argument_counts(
    doc: WikiDocument, predicted: list[Predicted], pairs: list[tuple[Predicted, Trigger]]
) -> tuple[Counts, list[ErrorRecord]]:
    """Argument triples (gold trigger, role, head) against ours, and an error record for each one wrong.

    WikiEvents gives each event mention its own arguments, all in the mention's sentence. An argument of
    one of our events is claimed for each gold trigger one of the event's mentions matched whose sentence
    states it (an argument without evidence is claimed for all of them); one claimed for none is a false
    alarm, once per event.
    """
    gold = [(i, a.role, a.heads, a.text) for i, g in enumerate(doc.triggers) for a in g.arguments]
    index = {id(g): i for i, g in enumerate(doc.triggers)}
    matched_by_event: dict[int, set[int]] = {}
    matched_by_mention: dict[tuple[int, int, int], set[int]] = {}
    for p, g in pairs:
        matched_by_event.setdefault(p.event, set()).add(index[id(g)])
        matched_by_mention.setdefault((p.event, p.start, p.end), set()).add(index[id(g)])
    claimed: list[tuple[int, str, str]] = []
    starts: dict[tuple[int, str, str], int | None] = {}
    unclaimed: set[tuple[int, str, str, int | None]] = set()
    for p in predicted:
        triggers = matched_by_event.get(p.event, set())
        for a in p.arguments:
            own = triggers if a.mention is None else matched_by_mention.get((p.event, *a.mention), set())
            able = [i for i in sorted(own) if _can_have(doc.triggers[i], a)]
            here = [
                i
                for i in able
                if a.start is None or doc.triggers[i].sentence[0] <= a.start < doc.triggers[i].sentence[1]
            ]
            if not here and able and a.start is not None:
                # Told in another sentence (often a coreferent mention): for the nearest mention only.
                start = a.start
                here = [min(able, key=lambda i: (abs(doc.triggers[i].start - start), i))]
            claimed.extend((i, a.role, a.text) for i in here)
            starts.update(((i, a.role, a.text), a.start) for i in here)
            if not here:
                unclaimed.add((p.event, a.role, a.text, a.start))
    claimed = list(dict.fromkeys(claimed))
    found, spare, missed = match_greedy(
        claimed, gold, lambda c, g: c[0] == g[0] and c[1] == g[1] and _same_head(c[2], g[2])
    )

    def error(
        trigger: Trigger | None,
        role: str,
        kind: ErrorKind,
        gold: str | None,
        ours: str | None,
        at: int | None,
    ) -> ErrorRecord:
        said = f"[{trigger.kind} {trigger.text!r}] " if trigger is not None else "[no trigger matched] "
        return ErrorRecord(
            dataset="wikievents",
            doc_id=doc.doc_id,
            field=f"argument.{role}",
            kind=kind,
            gold=gold,
            predicted=ours,
            text=said + context(doc.text, at if at is not None else trigger.start if trigger else None),
        )

    errors = [error(doc.triggers[c[0]], c[1], "false_alarm", None, c[2], starts[c]) for c in spare]
    errors += [error(None, u[1], "false_alarm", None, u[2], u[3]) for u in sorted(unclaimed, key=str)]
    errors += [error(doc.triggers[g[0]], g[1], "miss", g[3], None, None) for g in missed]
    return Counts(tp=len(found), fp=len(spare) + len(unclaimed), fn=len(missed)), errors
