"""A victim of the event that only one toll counts is a victim of that toll's trigger alone."""

from eventwire.eval.wikievents import Argument, Trigger, WikiDocument, match_triggers, predictions
from eventwire.eval.wikievents import _argument_counts as argument_counts
from eventwire.models import Casualty, Document, Event, Extraction, Participant, Span, TollMention

TEXT = "Raiders stormed the depot, killed nine porters and injured another four."


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span.of(TEXT, start, start + len(word))


def _gold(kind: str, word: str, *arguments: Argument) -> Trigger:
    span = _span(word)
    return Trigger(
        kind=kind, start=span.start, end=span.end, text=word, arguments=arguments, sentence=(0, len(TEXT))
    )


def _toll(category: str, word: str, victims: str) -> Casualty:
    return Casualty(
        category=category,  # type: ignore[arg-type]
        low=4,
        best=4,
        high=4,
        qualifier="exact",
        text=victims,
        evidence=_span(victims),
        victims=victims,
        predicates=(_span(word),),
        mentions=(TollMention(predicate=_span(word), victims=_span(victims)),),
    )


def test_eval_wikievents_a_victim_the_killing_counts_is_no_victim_of_the_injuring() -> None:
    porters = Participant(role="victim", text="nine porters", evidence=_span("nine porters"))
    mentions = (_span("stormed"),)
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=mentions[0],
        evidence=mentions,
        mentions=mentions,
        participants=(porters,),
        casualties=(_toll("killed", "killed", "nine porters"), _toll("injured", "injured", "four")),
    )
    gold = (
        _gold("attack", "stormed", Argument(role="victim", heads=frozenset({"porters"}), text="porters")),
        _gold("die", "killed", Argument(role="victim", heads=frozenset({"porters"}), text="porters")),
        _gold("injure", "injured", Argument(role="victim", heads=frozenset({"four"}), text="four")),
    )
    predicted = predictions(Extraction(document=Document(id="d", text=TEXT), events=(event,)))
    _, pairs, _, _ = match_triggers(predicted, gold)
    counts, errors = argument_counts(WikiDocument(doc_id="d", text=TEXT, triggers=gold), predicted, pairs)
    # before: "nine porters" was claimed for the injuring too, a false alarm
    assert (counts.tp, counts.fp, counts.fn) == (3, 0, 0)
    assert errors == []
