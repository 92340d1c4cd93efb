"""The WikiEvents scorer on hand-written gold and canned extractions: alignment, classes, arguments."""

from eventwire.eval.wikievents import (
    Argument,
    Trigger,
    WikiDocument,
    match_triggers,
    offset_map,
    predictions,
    realign,
)
from eventwire.eval.wikievents import _argument_counts as argument_counts
from eventwire.ingest.cleaning import clean_text
from eventwire.models import Casualty, Document, Event, Extraction, Participant, Span

TEXT = "Gunmen stormed a hotel in the port. They killed four guards. A bomb exploded later near the gate."


def _span(text: str, word: str, *, after: int = 0) -> Span:
    start = text.index(word, after)
    return Span.of(text, start, start + len(word))


def _gold(kind: str, word: str, *, text: str = TEXT, arguments: tuple[Argument, ...] = ()) -> Trigger:
    span = _span(text, word)
    sentence_start = text.rfind(". ", 0, span.start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    while text[sentence_start] == " ":
        sentence_start += 1
    sentence_end = text.find(".", span.end) + 1
    return Trigger(
        kind=kind,
        start=span.start,
        end=span.end,
        text=word,
        arguments=arguments,
        sentence=(sentence_start, sentence_end),
    )


def _event(
    sub_type: str,
    mentions: list[str],
    *,
    event_type: str = "Violence against civilians",
    participants: tuple[Participant, ...] = (),
    casualties: tuple[Casualty, ...] = (),
) -> Event:
    spans = tuple(_span(TEXT, m) for m in mentions)
    return Event(
        id="e1",
        event_type=event_type,
        sub_event_type=sub_type,
        status="occurred",
        trigger=spans[0],
        evidence=spans,
        mentions=spans,
        participants=participants,
        casualties=casualties,
    )


def _extraction(*events: Event) -> Extraction:
    return Extraction(document=Document(id="d", text=TEXT), events=events)


def test_eval_wikievents_offsets_follow_text_cut_out_by_cleaning():
    raw = "Police  came.\nRead more: Other news\nA bomb  exploded in the square."
    clean = clean_text(raw).text
    assert clean == "Police came.\nA bomb exploded in the square."
    to_clean = offset_map(raw, clean)
    assert to_clean(raw.index("came")) == clean.index("came")
    assert to_clean(raw.index("exploded") + 2) == clean.index("exploded") + 2
    assert to_clean(raw.index("Other")) is None  # cut out with the cross-link


def test_eval_wikievents_realign_moves_triggers_onto_the_cleaned_text():
    raw = "Police  came.   A bomb exploded in the square."
    doc = WikiDocument(doc_id="d", text=raw, triggers=(_gold("explode", "exploded", text=raw),))
    clean = clean_text(raw).text
    moved = realign(doc, clean)
    trigger = moved.triggers[0]
    assert clean[trigger.start : trigger.end] == "exploded"
    assert clean[trigger.sentence[0] : trigger.sentence[1]] == "A bomb exploded in the square."


def test_eval_wikievents_casualty_verb_mentions_are_scored_as_die_not_attack():
    event = _event("Attack", ["stormed", "killed"])
    kinds = {(p.kind, TEXT[p.start : p.end]) for p in predictions(_extraction(event))}
    assert kinds == {("attack", "stormed"), ("die", "killed")}


def test_eval_wikievents_attack_finds_an_explode_trigger_in_its_row():
    event = _event("Attack", ["exploded"])
    gold = (_gold("explode", "exploded"),)
    counts, pairs, spare, missed = match_triggers(predictions(_extraction(event)), gold)
    assert (counts["explode"].tp, counts["explode"].fn, counts["attack"].fp) == (1, 0, 0)
    assert len(pairs) == 1 and not spare and not missed


def test_eval_wikievents_arguments_count_for_the_mentions_of_their_sentence():
    gunmen = Participant(role="perpetrator", text="Gunmen", evidence=_span(TEXT, "Gunmen"))
    guards = Participant(role="victim", text="four guards", evidence=_span(TEXT, "four guards"))
    event = _event("Attack", ["stormed", "killed"], participants=(gunmen, guards))
    gold = (
        _gold(
            "attack",
            "stormed",
            arguments=(Argument(role="perpetrator", heads=frozenset({"gunmen"}), text="x"),),
        ),
        _gold("die", "killed", arguments=(Argument(role="victim", heads=frozenset({"guards"}), text="x"),)),
    )
    doc = WikiDocument(doc_id="d", text=TEXT, triggers=gold)
    predicted = predictions(_extraction(event))
    _, pairs, _, _ = match_triggers(predicted, gold)
    counts, _ = argument_counts(doc, predicted, pairs)
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)


def test_eval_wikievents_a_death_has_no_target_argument():
    hotel = Participant(role="target", text="hotel", evidence=_span(TEXT, "hotel"))
    event = _event("Attack", ["killed"], participants=(hotel,))
    gold = (_gold("die", "killed"),)
    doc = WikiDocument(doc_id="d", text=TEXT, triggers=gold)
    predicted = predictions(_extraction(event))
    _, pairs, _, _ = match_triggers(predicted, gold)
    counts, _ = argument_counts(doc, predicted, pairs)
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 0)  # a false alarm once, not claimed for the death


def test_eval_wikievents_the_count_stands_for_unnamed_victims():
    toll = Casualty(
        category="injured",
        low=4,
        best=4,
        high=4,
        qualifier="exact",
        text="four",
        evidence=_span(TEXT, "four"),
        predicates=(_span(TEXT, "killed"),),
    )
    event = _event("Attack", ["stormed"], casualties=(toll,))
    injured = [p for p in predictions(_extraction(event)) if p.kind == "injure"]
    assert [(a.role, a.text) for a in injured[0].arguments] == [("victim", "four")]


def test_eval_wikievents_the_killed_are_no_victims_of_an_injury():
    def toll(category: str, text: str, word: str) -> Casualty:
        return Casualty(
            category=category,
            low=4,
            best=4,
            high=4,
            qualifier="exact",
            text=text,
            evidence=_span(TEXT, text),
            victims=text,
            predicates=(_span(TEXT, word),),
        )

    event = _event(
        "Attack",
        ["stormed"],
        casualties=(toll("killed", "four guards", "killed"), toll("injured", "They", "guards")),
    )
    victims = (Argument(role="victim", heads=frozenset({"guards"}), text="x"),)
    gold = (_gold("die", "killed", arguments=victims), _gold("injure", "guards"))
    doc = WikiDocument(doc_id="d", text=TEXT, triggers=gold)
    predicted = predictions(_extraction(event))
    _, pairs, _, _ = match_triggers(predicted, gold)
    counts, _ = argument_counts(doc, predicted, pairs)
    assert (counts.tp, counts.fp, counts.fn) == (
        1,
        1,
        0,
    )  # "They" for the injury only, "four guards" for the death
