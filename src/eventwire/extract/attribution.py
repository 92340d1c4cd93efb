"""Attribution: who says what. "The ministry said in a statement that ..." -> source, verb, evidence.

Each sentence gets the attribution of its reporting verb ("said", "claimed", "according to"); the facts
stated in that sentence (events, counts, relations) carry it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.pipeline import Analysis, sentence_span
from eventwire.models import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_SOURCE_DEPS = ("nsubj", "nsubjpass")


def _source_phrase(source: Token) -> tuple[int, int]:
    """Character bounds of the source noun phrase, without trailing clauses and punctuation."""
    tokens = [
        t for t in source.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos") or t.i == source.i
    ]
    kept = [
        t
        for t in tokens
        if t.i <= source.i or (t.head.i <= source.i and t.dep_ in ("prep", "pobj", "compound"))
    ]
    left = min(t.i for t in kept)
    right = max(t.i for t in kept)
    doc = source.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _entity_in(analysis: Analysis, start: int, end: int) -> str | None:
    for mention_start in sorted(analysis.entity_at):
        if start <= mention_start < end:
            return analysis.entity_at[mention_start]
    return None


def attribute_sentence(sentence: SpacySpan, analysis: Analysis) -> Attribution | None:
    """The attribution that a sentence states, or None when it states its facts itself."""
    verbs = set(read_lexicon("cues.json")["reporting_verbs"])
    text = analysis.document.text
    for token in sentence:
        lemma = token.lemma_.casefold()
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            source = next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
            verb = "according to"
        elif token.pos_ in ("VERB", "AUX") and lemma in verbs:
            source = next((c for c in token.children if c.dep_ in _SOURCE_DEPS), None)
            if source is not None and source.dep_ == "nsubjpass":
                # "X was identified by Y": the agent is the source.
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                source = (
                    next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                )
            verb = lemma
        else:
            continue
        if source is None or (source.pos_ == "PRON" and source.lower_ in ("it", "this", "that", "which")):
            continue
        start, end = _source_phrase(source)
        return Attribution(
            source_text=text[start:end],
            source_entity=_entity_in(analysis, start, end),
            verb=verb,
            evidence=sentence_span(text, sentence.start_char, sentence.end_char),
        )
    return None


class AttributionStage:
    """The attribution of every sentence that has one, by the sentence's start offset."""

    name = "attribution"
    requires = ("doc", "entities", "entity_at")
    provides = ("attributions",)

    def __call__(self, analysis: Analysis) -> None:
        assert analysis.doc is not None
        for sentence in analysis.doc.sents:
            attribution = attribute_sentence(sentence, analysis)
            if attribution is not None:
                analysis.attributions[sentence.start_char] = attribution
