"""Lower-case text tags no organisation: a group name before a perpetrator's head is still a PerpOrg."""

from __future__ import annotations

from eventwire.eval.muc4 import role_fillers
from eventwire.models import Document, Event, Extraction, Participant, Span

TEXT = "an fmln guerrilla unit and national liberation front (eln) rebels attacked members of the army."


def _perpetrator(phrase: str) -> Participant:
    start = TEXT.index(phrase)
    return Participant(role="perpetrator", text=phrase, evidence=Span.of(TEXT, start, start + len(phrase)))


def _fillers(*phrases: str) -> set[tuple[str, str]]:
    start = TEXT.index("attacked")
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        trigger=Span.of(TEXT, start, start + len("attacked")),
        status="occurred",
        evidence=(),
        participants=tuple(_perpetrator(p) for p in phrases),
    )
    extraction = Extraction(document=Document(id="d", text=TEXT), events=(event,))
    return {(f.role, f.text) for f in role_fillers(extraction)}


def test_muc4_fillers_read_a_learnt_group_name_before_the_head_as_perporg():
    assert _fillers("fmln guerrilla unit") == {("PerpInd", "fmln guerrilla unit"), ("PerpOrg", "fmln")}


def test_muc4_fillers_read_a_spelled_out_name_by_its_acronym():
    found = _fillers("national liberation front (eln) rebels")
    assert ("PerpOrg", "eln") in found
    assert ("PerpOrg", "front") not in found


def test_muc4_fillers_leave_a_post_modified_phrase_alone():
    # the organisation is the phrase's own post-modifier, not a word before its head
    assert _fillers("members of the army") == {("PerpInd", "members of the army")}
