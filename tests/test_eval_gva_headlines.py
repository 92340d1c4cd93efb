"""GVA: a page title's headline, without the site's name."""

from __future__ import annotations

import pytest

from eventwire.eval.gva import headline


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "4 shot, 1 dead in Pine Bluff shooting - KATV - Breaking News",
            "4 shot, 1 dead in Pine Bluff shooting",
        ),
        (
            "Three bursts of gunfire, three dead, three injured :: WRAL.com",
            "Three bursts of gunfire, three dead, three injured",
        ),
        ("Four men shot on Erb Street", "Four men shot on Erb Street"),
        ("2014", None),
        (None, None),
    ],
)
def test_eval_gva_headline_drops_the_site_name(title, expected):
    assert headline(title) == expected
