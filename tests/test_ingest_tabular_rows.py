"""Datasets: one article per row, configurable columns, and a bad row reported by line, not fatal."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.article import Article
from eventwire.ingest.failure import IngestFailure
from eventwire.ingest.tabular import Columns, parse_published, read_csv, read_jsonl, read_table

MAX = 1024 * 1024
STORY = "Police said two men were injured in a shooting on Elm Street on Monday night."


def write_jsonl(path, rows):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_tabular_jsonl_default_columns(tmp_path):
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {
                "text": STORY,
                "title": "Two hurt",
                "url": "https://x.example/1",
                "published": "2024-05-02",
                "source": "X News",
            },
        ],
    )
    [article] = read_jsonl(path, max_bytes=MAX)
    assert article == Article(
        text=STORY,
        origin=f"{path}:1",
        published=dt.date(2024, 5, 2),
        title="Two hurt",
        url="https://x.example/1",
        source="X News",
    )


def test_tabular_jsonl_sensible_fallback_names(tmp_path):
    row = {"content": STORY, "headline": "H", "link": "u", "dct": "2014-06-30"}
    [article] = read_jsonl(write_jsonl(tmp_path / "a.jsonl", [row]), max_bytes=MAX)
    assert (article.text, article.title, article.url) == (STORY, "H", "u")
    assert article.published == dt.date(2014, 6, 30)


def test_tabular_configured_columns_win(tmp_path):
    row = {"text": "not this", "story_body": STORY, "when": "June 30, 2014"}
    path = write_jsonl(tmp_path / "a.jsonl", [row])
    [article] = read_jsonl(path, columns=Columns(text="story_body", published="when"), max_bytes=MAX)
    assert article.text == STORY
    assert article.published == dt.date(2014, 6, 30)


def test_tabular_bad_rows_are_reported_by_line_and_reading_goes_on(tmp_path):
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {"text": STORY},
            "{not json",
            "",
            {"title": "no text"},
            {"text": STORY, "published": "next Tuesday"},
            "[1, 2]",
            {"text": STORY},
        ],
    )
    outcomes = list(read_jsonl(path, max_bytes=MAX))
    assert [type(o).__name__ for o in outcomes] == [
        "Article",
        "IngestFailure",
        "IngestFailure",
        "IngestFailure",
        "IngestFailure",
        "Article",
    ]
    failures = {o.origin: o.problem for o in outcomes if isinstance(o, IngestFailure)}
    assert "invalid JSON" in failures[f"{path}:2"]
    assert "expected article text" in failures[f"{path}:4"]
    assert "expected a date in published" in failures[f"{path}:5"]
    assert "found list" in failures[f"{path}:6"]
    assert outcomes[-1].origin == f"{path}:7"


def test_tabular_jsonl_invalid_utf8_line_is_a_failure(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"text": STORY}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    outcomes = list(read_jsonl(path, max_bytes=MAX))
    assert isinstance(outcomes[1], IngestFailure) and "expected UTF-8, found byte 0xe9" in outcomes[1].problem


def test_tabular_jsonl_nested_records(tmp_path):
    path = write_jsonl(
        tmp_path / "incidents.jsonl",
        [
            {
                "incident": 1,
                "documents": [{"content": STORY, "dct": "2014-06-30"}, {"content": STORY + " Yes."}],
            },
        ],
    )
    articles = list(read_jsonl(path, columns=Columns(records="documents"), max_bytes=MAX))
    assert [a.origin for a in articles] == [f"{path}:1#1", f"{path}:1#2"]


def test_tabular_csv_reports_the_line_where_a_multiline_row_starts(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        'title,text,date\n"One","First line\nsecond line",2024-01-02\n'
        '"Two","",2024-01-03\n"Three","ok",2024-01-04\n',
        encoding="utf-8",
    )
    outcomes = list(read_csv(path, max_bytes=MAX))
    assert outcomes[0].text == "First line\nsecond line"
    assert outcomes[0].published == dt.date(2024, 1, 2)
    assert isinstance(outcomes[1], IngestFailure) and outcomes[1].origin == f"{path}:4"
    assert outcomes[2].origin == f"{path}:5"


def test_tabular_csv_without_a_text_column_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("headline,when\nx,y\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"expected a text column .* found columns headline, when"):
        list(read_csv(path, max_bytes=MAX))


def test_tabular_tsv_by_suffix(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text(f"text\tsource\n{STORY}\tWire\n", encoding="utf-8")
    [article] = read_table(path, max_bytes=MAX)
    assert article.source == "Wire"


def test_tabular_row_over_the_size_cap_is_a_failure(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "x" * 2000}])
    [outcome] = read_jsonl(path, max_bytes=1000)
    assert isinstance(outcome, IngestFailure) and "expected at most 1,000 bytes" in outcome.problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-06-30", dt.date(2014, 6, 30)),
        ("2014-06-30T23:10:00Z", dt.date(2014, 6, 30)),
        ("June 30, 2014", dt.date(2014, 6, 30)),
        ("30 June 2014", dt.date(2014, 6, 30)),
        ("Mon, 30 Jun 2014 08:00:00 GMT", dt.date(2014, 6, 30)),
    ],
)
def test_tabular_parses_common_date_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["06/07/2014", "yesterday", ""])
def test_tabular_refuses_ambiguous_or_vague_dates(value):
    with pytest.raises(ValueError):
        parse_published(value)
