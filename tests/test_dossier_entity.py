"""The entity dossier: one name, every stored article, with evidence and who said it."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.models import (
    Attribution,
    DateInterval,
    Document,
    Entity,
    Event,
    Extraction,
    Participant,
    Relation,
    Span,
)
from eventwire.store.dossier import build_dossier, render_dossier
from eventwire.store.store import Store

TEXT_A = "Islamic State (IS) claimed the bombing in Kerman, the ministry said. IS fighters fled."
TEXT_B = "The Islamic State group, police said, was led by a man known as Abu Bakr."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def _extractions() -> list[Extraction]:
    doc_a = Document(id="doc_a", text=TEXT_A, published=dt.date(2024, 1, 20))
    group_a = Entity(
        id="ent_a_is",
        type="ORG",
        name="Islamic State",
        kind="armed_group",
        aliases=("IS",),
        mentions=(_span(TEXT_A, "Islamic State"), _span(TEXT_A, "IS")),
    )
    said = Attribution(source_text="the ministry", verb="said")
    bombing = Event(
        id="evt_a",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        status="occurred",
        trigger=_span(TEXT_A, "bombing"),
        evidence=(_span(TEXT_A, "Islamic State (IS) claimed the bombing in Kerman, the ministry said."),),
        date=DateInterval(start=dt.date(2024, 1, 3), end=dt.date(2024, 1, 3), precision="day"),
        participants=(
            Participant(
                role="perpetrator", text="Islamic State", entity="ent_a_is", evidence=group_a.mentions[0]
            ),
        ),
    )
    acronym = Relation(
        type="acronym_of",
        head="ent_a_is",
        tail="ent_a_is",
        name="IS",
        evidence=_span(TEXT_A, "Islamic State (IS)"),
        attribution=(said,),
    )
    doc_b = Document(id="doc_b", text=TEXT_B)
    group_b = Entity(
        id="ent_b_is",
        type="ORG",
        name="Islamic State",
        kind="armed_group",
        mentions=(_span(TEXT_B, "Islamic State"),),
        descriptors=(_span(TEXT_B, "group"),),
    )
    leader = Entity(id="ent_b_ab", type="PERSON", name="Abu Bakr", mentions=(_span(TEXT_B, "Abu Bakr"),))
    led = Relation(
        type="leader_of",
        head="ent_b_ab",
        tail="ent_b_is",
        evidence=_span(TEXT_B, "was led by a man known as Abu Bakr"),
        attribution=(Attribution(source_text="police", verb="said"),),
    )
    return [
        Extraction(document=doc_a, entities=(group_a,), relations=(acronym,), events=(bombing,)),
        Extraction(document=doc_b, entities=(group_b, leader), relations=(led,)),
    ]


@pytest.fixture
def store(store_settings):  # type: ignore[no-untyped-def]
    store = Store.open(store_settings)
    store.write(_extractions())
    yield store
    store.close()


@pytest.mark.parametrize("name", ["Islamic State", "islamic state", "IS", "is", "  Islamic   State "])
def test_dossier_matches_names_and_aliases_in_any_case(store, name: str) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        dossier = build_dossier(connection, name)
    assert dossier is not None
    assert set(dossier.documents) == {"doc_a", "doc_b"}
    assert dossier.kinds == ("armed_group",)


def test_dossier_gathers_relations_with_who_said_them(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        dossier = build_dossier(connection, "IS")
    assert dossier is not None
    by_type = {r.type: r for r in dossier.relations}
    assert by_type["leader_of"].other == "Abu Bakr" and by_type["leader_of"].direction == "in"
    assert by_type["leader_of"].said_by == ("police",)
    assert by_type["acronym_of"].evidence == "Islamic State (IS)"


def test_dossier_lists_events_by_role_with_their_sentence(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        dossier = build_dossier(connection, "Islamic State")
    assert dossier is not None
    (event,) = dossier.events
    assert event.role == "perpetrator" and event.date_start == dt.date(2024, 1, 3)
    assert event.evidence.startswith("Islamic State (IS) claimed the bombing")
    text = render_dossier(dossier)
    assert "as perpetrator:" in text and "leader_of" in text and "said by police" in text


def test_dossier_finds_a_person_by_last_name(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        dossier = build_dossier(connection, "bakr")
        assert dossier is not None and dossier.names[0][0] == "Abu Bakr"
        assert build_dossier(connection, "nobody at all") is None


def test_dossier_cli_prints_it_and_fails_cleanly_on_unknown_names(store, store_settings) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    found = runner.invoke(main, ["entity", "is", "--db", store_settings.database_url])
    assert found.exit_code == 0, found.output
    assert found.output.startswith("Islamic State") and "armed_group" in found.output
    missing = runner.invoke(main, ["entity", "Nobody", "--db", store_settings.database_url])
    assert missing.exit_code != 0 and "Nobody" in missing.output
