"""GVA: a page title's headline, without the site's name."""

from __future__ import annotations

import pytest

from eventwire.eval.gva import headline


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "5 shot, 2 dead in Millbrook shooting - KXYZ - Breaking News",
            "5 shot, 2 dead in Millbrook shooting",
        ),
        (
            "Gunfire at a park, one dead, two injured :: WXYZ.com",
            "Gunfire at a park, one dead, two injured",
        ),
        ("Two men shot on Alder Lane", "Two men shot on Alder Lane"),
        ("2014", None),
        (None, None),
    ],
)
def test_eval_gva_headline_drops_the_site_name(title, expected):
    assert headline(title) == expected
