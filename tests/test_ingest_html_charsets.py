"""Pages in legacy charsets are decoded by what they declare, with the labels browsers use."""

from __future__ import annotations

import pytest

from eventwire.ingest.html import declared_charset, decode_html, read_html
from support.web import web_fixture

CP1252_PAGE = web_fixture("market-shooting-cp1252.html").read_bytes()


def test_html_cp1252_page_declared_latin1_keeps_curly_quotes_and_accents():
    page = read_html(CP1252_PAGE, origin="market.html")
    assert "place de l’Église" in page.text  # 0x92 is a right quote in windows-1252, a control in latin-1
    assert "« Tout le monde s’est jeté par terre" in page.text
    assert page.title == "Coups de feu au marché de Saint-Livère : un blessé"
    assert page.author == "Céline Marchetti"
    assert page.language == "fr"


def test_html_meta_latin1_label_means_windows_1252():
    assert declared_charset(CP1252_PAGE) == "cp1252"


def test_html_http_charset_wins_over_meta():
    body = "<html><head><meta charset='utf-8'></head><body><p>Kraków</p></body></html>".encode("iso-8859-2")
    assert "Kraków" in decode_html(body, content_type="text/html; charset=iso-8859-2")


def test_html_undeclared_legacy_page_is_detected():
    text = "Le maire a annoncé le renforcement des patrouilles les jours de marché. " * 5
    body = f"<html><body><p>{text}</p></body></html>".encode("cp1252")
    assert "annoncé" in decode_html(body)


def test_html_wrong_declaration_does_not_garble_utf8():
    body = "<html><head><meta charset='utf-8'></head><body><p>São Paulo – “quoted”</p></body></html>"
    decoded = decode_html(body.encode("utf-8"), content_type="text/html; charset=bogus")
    assert "São Paulo – “quoted”" in decoded


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le")],
)
def test_html_byte_order_mark_decides(bom, encoding):
    body = bom + "<html><body><p>Zürich</p></body></html>".encode(encoding)
    assert "Zürich" in decode_html(body, content_type="text/html; charset=iso-8859-1")
