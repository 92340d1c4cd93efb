"""GVA: how a headline's toll and the text's combine (``article_toll``).

A headline count told by a condition ("Two Men Critical") names part of the hurt and does not win; a
headline of people shot, with no dead told, counts the text's dead among them.
"""

from __future__ import annotations

import pytest

from eventwire.eval.gva import article_toll, shooting
from eventwire.ingest.article import Article


def _article_toll(extractor, title: str, text: str) -> tuple[int, int]:
    articles = [Article(text=text, origin="t:body"), Article(text=title, origin="t:title")]
    body, head = extractor.extract_articles(articles)
    return article_toll(shooting(body), shooting(head))


@pytest.mark.parametrize(
    "title, text, expected",
    [
        (
            "Two Women Critical After Riverside Shooting",
            "Five women were wounded in a shooting outside a club in Riverside on Friday night, police said.",
            (0, 5),
        ),
        (
            "One dead, one critical after shooting at Elmfield bar",
            "A man was killed and three people were wounded early Sunday outside a bar in Elmfield.",
            (1, 3),
        ),
    ],
)
def test_eval_gva_condition_headline_count_does_not_win(extractor, title, text, expected):
    assert _article_toll(extractor, title, text) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        (
            "Teenager shot in the chest in Oakdale",
            "A 17-year-old boy was shot and killed Tuesday night outside his home in Oakdale, police said.",
            (1, 0),
        ),
        (
            "Four shot outside Marlow nightclub",
            "Four people were shot outside a nightclub in Marlow early Saturday. "
            "A 30-year-old man died at the hospital, police said.",
            (1, 3),
        ),
    ],
)
def test_eval_gva_headline_people_shot_include_the_texts_dead(extractor, title, text, expected):
    assert _article_toll(extractor, title, text) == expected


def test_eval_gva_headline_count_still_wins_over_a_text_recalling_more(extractor):
    title = "Two wounded in Hillcrest shooting"
    text = (
        "Two men were wounded in a shooting in Hillcrest on Monday. Last year six people were wounded in a "
        "shooting on the same street."
    )
    assert _article_toll(extractor, title, text)[1] == 2
