"""A document records the language of the spaCy pipeline that read it."""

from __future__ import annotations

import eventwire


def test_extraction_document_is_in_the_language_of_the_pipeline_that_read_it(extractor) -> None:
    import spacy

    from eventwire.extract.extractor import Extractor
    from eventwire.ingest.article import Article

    assert eventwire.extract("Police arrested two men on Monday.").document.language == "en"
    german = Extractor.__new__(Extractor)
    german.settings, german.nlp, german.stages = extractor.settings, spacy.blank("de"), []
    (extraction,) = german.extract_articles([Article(text="Die Polizei nahm zwei Männer fest.", origin="t")])
    assert extraction.document.language == "de"
