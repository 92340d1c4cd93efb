"""The WikiEvents scorer's argument errors: each false or missed argument is an ``--errors`` line, and a
bare count ("the three") is its own head."""

from eventwire.eval.wikievents import Argument, Trigger, WikiDocument, match_triggers, predictions
from eventwire.eval.wikievents import _argument_counts as argument_counts
from eventwire.models import Document, Event, Extraction, Participant, Span

TEXT = "Raiders burned a barn near the mill. They shot the three and left. Nobody was arrested."


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span.of(TEXT, start, start + len(word))


def _gold(word: str, *arguments: Argument) -> Trigger:
    span = _span(word)
    sentence_start = TEXT.rfind(". ", 0, span.start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    return Trigger(
        kind="attack",
        start=span.start,
        end=span.end,
        text=word,
        arguments=arguments,
        sentence=(sentence_start, TEXT.find(".", span.end) + 1),
    )


def _participant(role: str, text: str) -> Participant:
    return Participant(role=role, text=text, evidence=_span(text))


def _score(gold: tuple[Trigger, ...], *participants: Participant):
    mentions = (_span("burned"), _span("shot"))
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status="occurred",
        trigger=mentions[0],
        evidence=mentions,
        mentions=mentions,
        participants=participants,
    )
    predicted = predictions(Extraction(document=Document(id="d", text=TEXT), events=(event,)))
    _, pairs, _, _ = match_triggers(predicted, gold)
    return argument_counts(WikiDocument(doc_id="doc", text=TEXT, triggers=gold), predicted, pairs)


def test_eval_wikievents_false_and_missed_arguments_are_error_lines() -> None:
    gold = (
        _gold("burned", Argument(role="target", heads=frozenset({"barn"}), text="a barn")),
        _gold("shot", Argument(role="perpetrator", heads=frozenset({"they"}), text="They")),
    )
    counts, errors = _score(gold, _participant("target", "barn"), _participant("perpetrator", "Raiders"))
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    lines = sorted((e.field, e.kind, e.gold, e.predicted) for e in errors)
    assert lines == [
        ("argument.perpetrator", "false_alarm", None, "Raiders"),
        ("argument.perpetrator", "miss", "They", None),
    ]
    assert all(e.doc_id == "doc" and e.dataset == "wikievents" for e in errors)
    assert errors[0].text.startswith("[attack 'burned'] Raiders burned")


def test_eval_wikievents_a_bare_count_is_its_own_head() -> None:
    # "three" is read as a determiner elsewhere ("three guards"); alone it is the whole phrase.
    gold = (_gold("shot", Argument(role="victim", heads=frozenset({"three"}), text="the three")),)
    counts, errors = _score(gold, _participant("victim", "the three"))
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)
    assert errors == []
