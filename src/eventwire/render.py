"""Readable text views of extractions and stored events, for the terminal."""

from __future__ import annotations

import click

from eventwire.models import Event, Extraction, Span
from eventwire.store.queries import EventSummary


def _when(event: Event) -> str:
    date = event.date
    if date.start is None:
        # An incident a court story tells without its date happened some time before the story.
        return f"by {date.end.isoformat()}" if date.end is not None else "date unknown"
    if date.start == date.end:
        when = date.start.isoformat()
    else:
        when = f"{date.start.isoformat()}..{date.end.isoformat() if date.end else ''}"
    return f"{when} (inferred)" if date.inferred else when


def _where(event: Event) -> str:
    if event.location is None:
        return "place unknown"
    place = event.location.place
    return f"{place.name}, {place.country_code or '??'} [{place.precision}]"


def _toll(event: Event) -> str:
    parts = []
    for casualty in event.casualties:
        bound = {
            "at_least": "≥",
            "more_than": "≥",
            "at_most": "≤",
            "less_than": "≤",
            "about": "~",
            "vague": "~",
        }.get(casualty.qualifier, "")
        parts.append(f"{casualty.category} {bound}{casualty.best if casualty.best is not None else '?'}")
    return ", ".join(parts)


def _marks(*, background: bool, round_up: bool) -> list[str]:
    """What sets an event apart from one current incident: history told again, or a tally of several."""
    return [name for name, marked in (("background", background), ("round-up", round_up)) if marked]


def render_event_line(event: Event) -> str:
    """One line: type, status, date, place, toll and trigger."""
    flags = [event.status, *_marks(background=event.background, round_up=event.round_up)]
    toll = f"; {_toll(event)}" if event.casualties else ""
    return (
        f"{event.sub_event_type} ({', '.join(flags)}) {_when(event)} at {_where(event)}{toll}"
        f" — “{event.trigger.text}” {event.id}"
    )


def render_summary_line(row: EventSummary) -> str:
    """One line of ``eventwire events``."""
    when = row.date_start.isoformat() if row.date_start else "????-??-??"
    place = f"{row.place_name}, {row.country_code}" if row.place_name else "place unknown"
    toll = " ".join(
        f"{name} {value}"
        for name, value in (("killed", row.killed), ("injured", row.injured), ("arrested", row.arrested))
        if value is not None
    )
    marks = ", ".join(_marks(background=row.background, round_up=row.round_up))
    return f"{row.id}  {when}  {row.sub_event_type:<32} {row.status:<9} {place:<28} {toll}" + (
        f"  [{marks}]" if marks else ""
    )


def _highlight(sentence: Span, spans: list[Span], *, color: bool) -> str:
    """The sentence with the given spans marked: coloured on a terminal, «bracketed» elsewhere."""
    pieces = []
    position = sentence.start
    inside = [s for s in spans if sentence.start <= s.start and s.end <= sentence.end]
    for span in sorted(inside, key=lambda s: (s.start, -s.end)):
        if span.start < position:
            continue
        pieces.append(sentence.text[position - sentence.start : span.start - sentence.start])
        marked = span.text
        pieces.append(click.style(marked, fg="yellow", bold=True) if color else f"«{marked}»")
        position = span.end
    pieces.append(sentence.text[position - sentence.start :])
    return "".join(pieces)


def render_event(event: Event, extraction: Extraction, *, color: bool) -> str:
    """Every fact of one event with the sentence that states it, the evidence highlighted."""
    names = {e.id: e.name for e in extraction.entities}
    lines = [
        f"{event.event_type} / {event.sub_event_type} — {event.status}"
        + (" (background)" if event.background else "")
        + (" (round-up of several incidents)" if event.round_up else ""),
        f"  id:         {event.id}",
        f"  document:   {extraction.document.id}"
        + (f" — {extraction.document.title}" if extraction.document.title else ""),
        f"  when:       {_when(event)}" + (f" from “{event.date.text}”" if event.date.text else ""),
        f"  where:      {_where(event)}",
        f"  confidence: {event.confidence:.2f}",
    ]
    marked: list[Span] = [event.trigger, *event.mentions]
    for participant in event.participants:
        entity = f" = {names[participant.entity]}" if participant.entity in names else ""
        lines.append(f"  {participant.role:<11} {participant.text}{entity} ({participant.confidence})")
        if participant.evidence:
            marked.append(participant.evidence)
    for casualty in event.casualties:
        bounds = f"low={casualty.low} best={casualty.best} high={casualty.high}"
        lines.append(f"  {casualty.category:<11} “{casualty.text}” {casualty.qualifier} ({bounds})")
        marked.append(casualty.evidence)
    for weapon in event.weapons:
        lines.append(f"  weapon:     {weapon.text} ({weapon.type})")
        if weapon.evidence:
            marked.append(weapon.evidence)
    for attribution in event.attribution:
        lines.append(f"  said by:    {attribution.source_text} ({attribution.verb})")
    if event.date.evidence:
        marked.append(event.date.evidence)
    if event.location and event.location.evidence:
        marked.append(event.location.evidence)
    lines.append("  evidence:")
    for sentence in event.evidence:
        lines.append(f"    [{sentence.start}:{sentence.end}] " + _highlight(sentence, marked, color=color))
    return "\n".join(lines)


def render_extraction(extraction: Extraction) -> str:
    """A readable summary of one extraction: its events, then its entities."""
    document = extraction.document
    lines = [
        f"{document.id}"
        + (f" — {document.title}" if document.title else "")
        + (f" (published {document.published.isoformat()})" if document.published else "")
    ]
    lines.append(f"events ({len(extraction.events)}):")
    lines.extend("  " + render_event_line(event) for event in extraction.events)
    lines.append(f"entities ({len(extraction.entities)}):")
    for entity in extraction.entities:
        aliases = f" aka {', '.join(entity.aliases)}" if entity.aliases else ""
        kind = f"/{entity.kind}" if entity.kind else ""
        label = f"{entity.type}{kind}"
        lines.append(f"  {label:<22} {entity.name}{aliases} ×{len(entity.mentions)}")
    return "\n".join(lines)
