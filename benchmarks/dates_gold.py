"""How often the resolved event date contains the gold date, on MUC-4 and GVA.

The event date is a rough proxy for what the events stage will do: the first date expression in the
first sentence that has an attack/killing/shooting word (the dateline itself excluded). ``strict`` counts
a sentence without a date as a miss; ``fallback`` uses the anchor day (dateline or publication date)
instead. ``ceiling`` is how often *any* date found in the article contains the gold date: the resolver's
recall, whatever picks the event's date.

MUC-4 (``full_templates``, the date slot, anchor = the dateline): per document, a hit if the predicted
interval overlaps the gold date of any of its templates; "- 08 JAN 90" (on or before) is read as 08 JAN 90,
"08 JAN 90 - 09 JAN 90" as that range, "/" alternatives as either. GVA (incident date, anchor = ``dct``):
per article of at least 200 characters, a hit if the interval overlaps the gold date plus or minus a day.

    /work/venv/bin/python benchmarks/dates_gold.py [--data DIR] [--muc FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.extract.dates import DateMention, find_dateline, find_dates
from eventwire.models import DateInterval

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MUC_TRIGGER = re.compile(
    r"\b(?:kill\w*|murder\w*|assassinat\w*|shot|shoot\w*|gunned|machinegunned|bomb\w*|explo\w*|dynamit\w*"
    r"|attack\w*|kidnap\w*|abduct\w*|massacr\w*|burn\w*|set\s+fire|ambush\w*)\b",
    re.IGNORECASE,
)
GVA_TRIGGER = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunshots?|gunned|killed|wounded|fired|slain|homicide)\b", re.IGNORECASE
)
MUC_DATE = re.compile(r"[0-9]{1,2} [A-Z]{3} [0-9]{2}")


@dataclass(slots=True)
class Tally:
    """Hits out of a sample, for the three readings of the event date."""

    n: int = 0
    strict: int = 0
    fallback: int = 0
    ceiling: int = 0
    with_date: int = 0

    def line(self, name: str) -> str:
        def pct(k: int) -> str:
            return f"{100 * k / self.n:5.1f}%" if self.n else "  n/a"

        return (
            f"{name:<8} n={self.n:<5} strict={pct(self.strict)}  fallback={pct(self.fallback)}  "
            f"ceiling={pct(self.ceiling)}  (trigger sentence has a date: {pct(self.with_date)})"
        )


def event_date(
    text: str, mentions: list[DateMention], trigger: re.Pattern[str], skip: int
) -> DateInterval | None:
    """The first date in the first trigger sentence that starts at or after ``skip``."""
    start = 0
    for piece in SENTENCE_END.split(text):
        begin = text.find(piece, start)
        end = begin + len(piece)
        start = end
        if end <= skip or not trigger.search(piece):
            continue
        inside = [m for m in mentions if begin <= m.span.start < end and m.span.start >= skip]
        return inside[0].interval if inside else None
    return None


def overlaps(interval: DateInterval | None, low: dt.date, high: dt.date) -> bool:
    return (
        interval is not None
        and interval.start is not None
        and interval.end is not None
        and interval.start <= high
        and low <= interval.end
    )


def parse_muc_day(raw: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(raw, "%d %b %y").date()
    except ValueError:  # the keys hold a few impossible days ("31 NOV 89")
        return None


def muc_gold(slot: list[str]) -> Iterator[tuple[dt.date, dt.date]]:
    """Gold intervals of one MUC date slot; "-" and "*" give none."""
    for line in slot:
        for alternative in line.split("/"):
            days = [d for raw in MUC_DATE.findall(alternative.upper()) if (d := parse_muc_day(raw))]
            if len(days) == 1:
                yield days[0], days[0]
            elif len(days) == 2:
                yield min(days), max(days)


def score(
    tally: Tally,
    interval: DateInterval | None,
    anchor: dt.date,
    golds: list[tuple[dt.date, dt.date]],
    mentions: list[DateMention],
) -> None:
    tally.n += 1
    tally.with_date += interval is not None
    if any(overlaps(interval, lo, hi) for lo, hi in golds):
        tally.strict += 1
    point = DateInterval(start=anchor, end=anchor, precision="day")
    if any(overlaps(interval or point, lo, hi) for lo, hi in golds):
        tally.fallback += 1
    if any(overlaps(m.interval, lo, hi) for m in mentions for lo, hi in golds):
        tally.ceiling += 1


def run_muc(path: Path) -> tuple[Tally, int, float]:
    tally, no_dateline, seconds = Tally(), 0, 0.0
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        golds = [g for t in record["templates"] for g in muc_gold(t.get("2. INCIDENT: DATE", []))]
        if not golds:
            continue
        text = record["text"]
        dateline = find_dateline(text)
        if dateline is None:
            no_dateline += 1
            continue
        anchor, span = dateline
        clock = time.perf_counter()
        mentions = find_dates(text, anchor=anchor)
        seconds += time.perf_counter() - clock
        score(tally, event_date(text, mentions, MUC_TRIGGER, span.end), anchor, golds, mentions)
    return tally, no_dateline, seconds


def run_gva(path: Path) -> tuple[Tally, float]:
    tally, seconds = Tally(), 0.0
    for line in path.open(encoding="utf-8"):
        incident = json.loads(line)
        gold = dt.datetime.strptime(incident["date"], "%B %d, %Y").date()
        window = [(gold - dt.timedelta(days=1), gold + dt.timedelta(days=1))]
        for article in incident["documents"]:
            text = article.get("content") or ""
            if len(text) < 200 or not article.get("dct"):
                continue
            anchor = dt.date.fromisoformat(article["dct"][:10])
            clock = time.perf_counter()
            mentions = find_dates(text, anchor=anchor)
            seconds += time.perf_counter() - clock
            score(tally, event_date(text, mentions, GVA_TRIGGER, 0), anchor, window, mentions)
    return tally, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--muc", default="muc4/full_templates/dev.jsonl", help="MUC file, relative to --data")
    args = parser.parse_args()

    muc, no_dateline, muc_seconds = run_muc(args.data / args.muc)
    gva, gva_seconds = run_gva(args.data / "gva-longtail" / "incidents_dev.jsonl")
    print(f"resolved event date contains the gold date ({args.muc}; gva-longtail/incidents_dev.jsonl)")
    print(muc.line("MUC-4") + f"  [{no_dateline} docs with gold dates skipped: no dateline]")
    print(gva.line("GVA ±1d"))
    articles = muc.n + gva.n
    print(f"find_dates: {articles / (muc_seconds + gva_seconds):.0f} articles/s over {articles} articles")


if __name__ == "__main__":
    main()
