"""Words that tell gunfire without "shoot": fire opened, a gun that went off or discharged, a bullet that
struck someone, a shooting spree; and the same words in senses that tell no shooting."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


def _triggers(extractor, sentence: str) -> list[tuple[str, str, str | None]]:
    return [
        (sentence[t.start : t.end], t.sub_event_type, t.weapon)
        for t in find_triggers(extractor.nlp(sentence))
        if t.status == "occurred"
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two masked men opened fire on the porch of a house on Birch Lane.", "opened fire"),
        ("A man opens fire at a diner in Lakeview, injuring a cook.", "opens fire"),
        ("The old rifle accidentally discharged as the farmer climbed the fence.", "discharged"),
        ("The hunter discharged his shotgun toward the treeline.", "discharged"),
        ("The uncle was holding a revolver that went off, wounding his niece.", "went"),
        ("She was showing her friends a pistol when it went off in her hand.", "went"),
        ("The cyclist died after being struck by a stray bullet.", "struck"),
        ("A bullet grazed the cashier's shoulder.", "grazed"),
        ("Shots rang out behind the gym shortly after the game.", "Shots rang out"),
        ("The farmer was killed by a shotgun blast at close range.", "blast"),
        ("The gunman went on a shooting spree through the mall.", "shooting spree"),
    ],
)
def test_triggers_read_gunfire_told_without_shoot(extractor, sentence, expected):
    assert _triggers(extractor, sentence) == [(expected, "Attack", "firearms")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The nurse discharged the patient from the ward on Tuesday.",
        "The old factory discharged waste into the river.",
        "A delivery van struck the cyclist at the crossing.",
        "The kitchen timer went off twice before noon.",
        "Hail hit the orchard hard last spring.",
        "The mob went on a rampage through the market.",
    ],
)
def test_triggers_skip_those_words_without_a_gun(extractor, sentence):
    assert _triggers(extractor, sentence) == []


def test_triggers_a_blast_without_a_gun_stays_an_explosion(extractor):
    sentence = "The blast tore the roof off the depot."
    assert _triggers(extractor, sentence) == [("blast", "Remote explosive/landmine/IED", "explosives")]


def test_triggers_bombs_that_went_off_stay_explosions(extractor):
    sentence = "Two bombs that went off near the station wrecked a bus."
    assert ("went", "Remote explosive/landmine/IED", "explosives") in _triggers(extractor, sentence)


def test_triggers_a_guess_at_what_led_to_a_shooting_leaves_it_told(extractor):
    sentence = "A quarrel over money may have preceded the shooting rampage at the depot."
    (trigger,) = find_triggers(extractor.nlp(sentence))
    assert (sentence[trigger.start : trigger.end], trigger.status) == ("shooting rampage", "occurred")


def test_triggers_a_modal_without_the_perfect_still_makes_a_noun_hypothetical(extractor):
    sentence = "Police may make arrests in the case."
    (trigger,) = find_triggers(extractor.nlp(sentence))
    assert trigger.status == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew is known for crimes ranging from murder to robbery.",
        "The gang took part in crimes involving homicide and extortion.",
    ],
)
def test_triggers_skip_kinds_of_crime_listed_after_a_participle(extractor, sentence):
    assert _triggers(extractor, sentence) == []
