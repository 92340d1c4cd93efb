"""GVA's text-only toll rows: the event's toll with no headline, as taxonomy.md maps it."""

from __future__ import annotations

from eventwire import extract
from eventwire.eval.gva import article_toll, headline_shooting, shooting


def test_eval_gva_text_toll_ignores_the_headline_the_headline_rows_take() -> None:
    event = shooting(extract("A man was shot in the arm on Friday outside a bar in Elmfield."))
    headline = headline_shooting(extract("2 dead, 3 hurt in Elmfield bar shooting"))
    assert article_toll(event, None) == (0, 1)
    assert article_toll(event, headline) == (2, 3)
