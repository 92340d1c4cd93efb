"""WikiEvents arguments told by one mention (venues, the people a toll word counts) count for what that
mention matched, not for every mention of the sentence."""

from __future__ import annotations

from eventwire.eval.wikievents import Argument, Trigger, WikiDocument, match_triggers, predictions
from eventwire.eval.wikievents import _argument_counts as argument_counts
from eventwire.models import (
    Casualty,
    Document,
    Event,
    EventLocation,
    Extraction,
    Place,
    Span,
    TollMention,
    Venue,
)

TEXT = "A bomb exploded in the square, killing two guards. Police said the town was calm."


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span.of(TEXT, start, start + len(word))


def _gold(kind: str, word: str, *arguments: Argument) -> Trigger:
    span = _span(word)
    return Trigger(
        kind=kind, start=span.start, end=span.end, text=word, arguments=arguments, sentence=(0, 50)
    )


def _place(text: str) -> Argument:
    return Argument(role="place", heads=frozenset({text.split()[-1]}), text=text)


def _extraction(
    *, venues: tuple[Venue, ...], location: EventLocation | None = None, told: tuple[TollMention, ...] = ()
) -> Extraction:
    exploded = _span("exploded")
    killed = Casualty(
        category="killed",
        low=2,
        best=2,
        high=2,
        qualifier="exact",
        text="two guards",
        evidence=_span("two guards"),
        victims="guards",
        predicates=(_span("killing"),),
        mentions=told,
    )
    event = Event(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        status="occurred",
        trigger=exploded,
        evidence=(Span.of(TEXT, 0, 50),),
        mentions=(exploded,),
        casualties=(killed,),
        venues=venues,
        location=location,
    )
    return Extraction(document=Document(id="d", text=TEXT), events=(event,))


def _counts(extraction: Extraction, doc: WikiDocument) -> tuple[int, int, int]:
    predicted = predictions(extraction)
    _, pairs, _, _ = match_triggers(predicted, doc.triggers)
    counts, _ = argument_counts(doc, predicted, pairs)
    return counts.tp, counts.fp, counts.fn


def test_eval_wikievents_a_venue_counts_for_its_own_mention_only() -> None:
    doc = WikiDocument(
        doc_id="d",
        text=TEXT,
        triggers=(
            _gold("explode", "exploded", _place("the square")),
            _gold("die", "killing", Argument(role="victim", heads=frozenset({"guards"}), text="guards")),
        ),
    )
    venue = Venue(mention=_span("exploded"), place=_span("the square"))
    tp, fp, fn = _counts(_extraction(venues=()), doc)
    # The square is found for the explosion and not claimed again for the killing in its sentence.
    assert _counts(_extraction(venues=(venue,)), doc) == (tp + 1, fp, fn - 1)


def test_eval_wikievents_the_event_location_is_no_place_argument() -> None:
    doc = WikiDocument(doc_id="d", text=TEXT, triggers=(_gold("explode", "exploded"),))
    town = Place(name="Town", country_code=None, precision="town")
    location = EventLocation(place=town, evidence=_span("town"), inferred=True)
    assert _counts(_extraction(venues=(), location=location), doc) == _counts(_extraction(venues=()), doc)


def test_eval_wikievents_the_people_a_toll_word_counts_are_its_victims() -> None:
    text_gold = Argument(role="victim", heads=frozenset({"guards"}), text="two guards")
    doc = WikiDocument(doc_id="d", text=TEXT, triggers=(_gold("die", "killing", text_gold),))
    told = (TollMention(predicate=_span("killing"), victims=_span("two guards")),)
    assert _counts(_extraction(venues=(), told=told), doc) == (1, 0, 0)


def test_eval_wikievents_toll_victims_count_for_their_predicate_not_the_explosion() -> None:
    doc = WikiDocument(
        doc_id="d", text=TEXT, triggers=(_gold("explode", "exploded"), _gold("die", "killing"))
    )
    told = (TollMention(predicate=_span("killing"), victims=_span("two guards")),)
    # Without toll mentions the count's victims are claimed for every mention of their sentence.
    assert _counts(_extraction(venues=(), told=told), doc) == (0, 1, 0)
    assert _counts(_extraction(venues=()), doc) == (0, 2, 0)
