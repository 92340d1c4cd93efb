"""Web pages become articles: main text without boilerplate, and the metadata the page declares."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.html import article_from_page, read_html
from support.web import web_fixture


@pytest.fixture(scope="module")
def harbour_page():
    return read_html(web_fixture("harbour-fire.html").read_bytes(), origin="harbour-fire.html")


def test_html_keeps_the_story_paragraphs(harbour_page):
    assert "Two dock workers were injured on Tuesday" in harbour_page.text
    assert "The advice was lifted shortly after midday." in harbour_page.text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "We use cookies",  # cookie notice
        "Accept all cookies",
        "Subscribe",  # navigation
        "Harbour expansion plan approved",  # related-links box
        "dataLayer",  # inline script
        "Sign up for our morning briefing",  # newsletter box
        "All rights reserved",  # footer
    ],
)
def test_html_drops_boilerplate(harbour_page, boilerplate):
    assert boilerplate not in harbour_page.text


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Fire destroys warehouse at Port Kelmer harbour"),
        ("published", dt.date(2024, 3, 12)),
        ("site_name", "The Kelmer Courier"),
        ("author", "Maren Oduya"),
        ("canonical_url", "https://www.kelmercourier.example/news/2024/03/12/harbour-warehouse-fire"),
        ("language", "en"),
    ],
)
def test_html_reads_declared_metadata(harbour_page, field, expected):
    assert getattr(harbour_page, field) == expected


def test_html_article_carries_canonical_url_and_site_name(harbour_page):
    article = article_from_page(harbour_page, url="http://127.0.0.1:1/web/harbour-fire.html")
    assert article.url == harbour_page.canonical_url
    assert article.source == "The Kelmer Courier"
    assert article.origin == "harbour-fire.html"


def test_html_article_falls_back_to_fetched_url_and_host():
    page = read_html(
        b"<html><body><article><p>"
        + b"Flooding closed the ring road. " * 20
        + b"</p></article></body></html>",
        origin="x",
    )
    article = article_from_page(page, url="https://news.example.org/story/1")
    assert article.url == "https://news.example.org/story/1"
    assert article.source == "news.example.org"


def test_html_refuses_a_page_without_text():
    with pytest.raises(IngestError, match="expected an article page with main text"):
        read_html(
            b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
            origin="empty.html",
        )
