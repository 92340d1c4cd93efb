"""GVA: an article that rounds up several incidents scores one incident, never the round-up's sum.

The article's shooting is an incident the article tells; a round-up is chosen only when no incident is
told; a headline that rounds up several incidents ("4 dead, 11 wounded in weekend shootings") states no
one incident's toll.
"""

from __future__ import annotations

import datetime as dt

from eventwire.eval.extractor import casualty_best
from eventwire.eval.gva import article_toll, headline_shooting, shooting
from eventwire.ingest.article import Article

PUBLISHED = dt.date(2024, 6, 2)

ROUND_UP = (
    "Two people were killed and at least seven more hurt in shootings across Millbrook since Thursday "
    "night. A 40-year-old woman was shot dead on Walnut Street on Friday afternoon, police said. Late "
    "Thursday, a man was killed and three people were wounded when shots were fired from a car on Cedar "
    "Avenue."
)


def _extract(extractor, *texts: str):
    return list(
        extractor.extract_articles(
            [Article(text=t, origin=f"t{i}", published=PUBLISHED) for i, t in enumerate(texts)]
        )
    )


def _toll(event) -> tuple[int, int]:
    return casualty_best(event, "killed") or 0, casualty_best(event, "injured") or 0


INCIDENT_TOLLS = {(1, 0), (1, 3)}


def test_eval_gva_round_up_article_scores_one_of_its_incidents(extractor) -> None:
    (body,) = _extract(extractor, ROUND_UP)
    chosen = shooting(body)
    assert chosen is not None and not chosen.round_up
    assert _toll(chosen) in INCIDENT_TOLLS


def test_eval_gva_round_up_alone_is_the_shooting(extractor) -> None:
    (body,) = _extract(
        extractor, "At least 14 people were shot in incidents across Millbrook over the weekend."
    )
    chosen = shooting(body)
    assert chosen is not None and chosen.round_up
    assert _toll(chosen) == (0, 14)


def test_eval_gva_round_up_headline_does_not_win(extractor) -> None:
    body, head = _extract(extractor, ROUND_UP, "2 Dead, 7 Wounded In Weekend Shootings")
    assert headline_shooting(head) is None
    assert article_toll(shooting(body), headline_shooting(head)) == _toll(shooting(body))
    assert _toll(shooting(body)) in INCIDENT_TOLLS


def test_eval_gva_headline_of_one_incident_still_wins(extractor) -> None:
    body, head = _extract(
        extractor,
        "A man was killed and two women were wounded outside a bar on Pine Street early Sunday.",
        "1 dead, 3 hurt in Pine Street bar shooting",
    )
    assert headline_shooting(head) is not None
    assert article_toll(shooting(body), headline_shooting(head)) == (1, 3)


def test_eval_gva_history_of_shootings_without_toll_leaves_the_choice_alone(extractor) -> None:
    (body,) = _extract(
        extractor,
        "A man was shot and wounded outside a bar on Pine Street early Sunday, police said. "
        "The tavern has seen several shootings in the past decade.",
    )
    chosen = shooting(body)
    assert chosen is not None and not chosen.round_up
    assert _toll(chosen) == (0, 1)
