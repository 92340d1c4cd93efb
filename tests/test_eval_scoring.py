"""The counting and matching every eval scorer shares."""

import pytest

from eventwire.eval.scoring import Counts, count_matches, exact_match, head_match, head_noun, match_greedy


def test_scoring_counts_give_known_precision_recall_f1():
    counts = Counts(tp=3, fp=1, fn=3)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.5)
    assert counts.f1 == pytest.approx(0.6)


def test_scoring_empty_counts_are_zero_not_errors():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("members of the farabundo marti national liberation front", "members"),
        ("the electric power substation", "substation"),
        ("THE ARCE BATTALION COMMAND", "command"),
        ("a man who was shot", "man"),
        ("Soleimani's", "soleimani"),
    ],
)
def test_scoring_head_noun_is_last_word_before_post_modifier(phrase, head):
    assert head_noun(phrase) == head


def test_scoring_exact_match_ignores_case_articles_and_punctuation():
    assert exact_match("The FMLN.", "fmln")
    assert not exact_match("fmln guerrillas", "fmln")


def test_scoring_head_match_accepts_different_modifiers():
    assert head_match("urban guerrillas", "guerrillas of the fmln")
    assert not head_match("guerrillas", "soldiers")


def test_scoring_greedy_matching_is_one_to_one():
    pairs, spare, missed = match_greedy(["a", "a", "b"], ["a", "c"], lambda p, g: p == g)
    assert pairs == [("a", "a")]
    assert spare == ["a", "b"]
    assert missed == ["c"]
    assert count_matches(["a", "a", "b"], ["a", "c"], lambda p, g: p == g) == Counts(tp=1, fp=2, fn=1)
