"""The page's own stamps come first; a stamp further down dates another item on the page (a related
video), not the report. A numbered update ("UPDATE #2 (05/08/2024):") is a stamp too."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.dates import DatesStage, find_dates
from eventwire.extract.pipeline import Analysis
from eventwire.models import Document
from eventwire.settings import Settings

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _stage(text: str, published: dt.date) -> Analysis:
    analysis = Analysis(document=Document(id="d1", text=text, published=published), settings=Settings())
    DatesStage()(analysis)
    return analysis


def test_a_related_videos_old_stamp_does_not_move_the_anchor() -> None:
    text = (
        "Two teens were hurt in a shooting at a park Wednesday. (Published Thursday, May 9, 2024)\n\n"
        "Police are looking for a gray sedan." + " More on the search." * 20 + "\n\n"
        "Related: A vigil for a slain teen drew hundreds. (Published Tuesday, June 4, 2019)"
    )
    analysis = _stage(text, PUBLISHED)
    assert analysis.anchor == PUBLISHED
    wednesday = next(m for m in analysis.dates if m.span.text == "Wednesday")
    assert wednesday.interval.start == dt.date(2024, 5, 8)


def test_the_posted_and_updated_stamps_told_together_still_anchor() -> None:
    text = "Posted: Monday, May 6, 2024 9:00 AM Updated: Tuesday, May 7, 2024 1:00 PM. A man was shot Sunday."
    analysis = _stage(text, dt.date(2024, 6, 3))
    assert analysis.anchor == dt.date(2024, 5, 6)
    assert analysis.dates[-1].interval.start == dt.date(2024, 5, 5)


def test_a_numbered_update_is_a_stamp() -> None:
    (mention,) = find_dates("UPDATE #2 (05/09/2024): The wounded teen was released.", anchor=PUBLISHED)
    assert mention.stamp
    (mention,) = find_dates("UPDATE#1 (05/09/2024): The wounded teen was released.", anchor=PUBLISHED)
    assert mention.stamp
