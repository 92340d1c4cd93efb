"""The extractor: one article in, the whole contract out.

``Extractor`` loads the spaCy pipeline, the gazetteer and the lexicons once, and runs the stages on each
article. Extraction is a pure function of the text, its metadata and the settings, so a batch maps over
processes or a cluster unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from eventwire.extract.attribution import AttributionStage
from eventwire.extract.casualties import CasualtiesStage
from eventwire.extract.dates import DatesStage
from eventwire.extract.entities import EntitiesStage
from eventwire.extract.events import EventsStage
from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.nlp import load_pipeline
from eventwire.extract.organizations import OrganizationLexicon
from eventwire.extract.pipeline import Analysis, Stage, check_stage_order, run_stages
from eventwire.extract.places import PlacesStage
from eventwire.extract.relations import RelationsStage
from eventwire.ingest.article import Article
from eventwire.ingest.cleaning import clean_text, document_id
from eventwire.models import Document, Entity, Extraction
from eventwire.settings import Settings

_LETTERS = re.compile(r"[^\W\d_]")


def is_all_capitals(text: str) -> bool:
    """Whether the text is wire copy in capitals ("THE ARMY REPORTED..."), which spaCy cannot tag as is."""
    letters = _LETTERS.findall(text[:5000])
    return len(letters) > 20 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def text_for_parsing(text: str) -> str:
    """The text spaCy reads: all-capitals copy is lower-cased (same length, so offsets hold)."""
    if is_all_capitals(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
    return text


def build_stages(*, gazetteer: Gazetteer, organizations: OrganizationLexicon) -> list[Stage]:
    """The stages in their order; the order is checked against their contracts."""
    stages: list[Stage] = [
        EntitiesStage(organizations=organizations, gazetteer=gazetteer),
        PlacesStage(gazetteer=gazetteer),
        DatesStage(),
        CasualtiesStage(),
        AttributionStage(),
        EventsStage(),
        RelationsStage(),
    ]
    check_stage_order(stages, provided=("doc",))
    return stages


def make_document(article: Article) -> Document:
    """The cleaned document of an article; its id is derived from the cleaned text."""
    clean = clean_text(article.text)
    return Document(
        id=document_id(clean.text),
        text=clean.text,
        published=article.published,
        title=article.title,
        url=article.url,
        source=article.source,
        cross_links=clean.cross_links,
    )


def _freeze_entities(analysis: Analysis) -> tuple[Entity, ...]:
    entities = []
    for draft in analysis.entities:
        place = analysis.places.get(draft.key)
        kind = draft.kind or (place.feature if place is not None else None)
        entities.append(
            Entity(
                id=draft.key,
                type=draft.type,
                kind=kind,
                name=draft.name,
                aliases=tuple(draft.aliases),
                descriptors=tuple(draft.descriptors),
                mentions=tuple(draft.mentions),
                place=place,
            )
        )
    return tuple(entities)


class Extractor:
    """Runs the extraction pipeline; build one per process and reuse it."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load_pipeline(self.settings.spacy_model)
        self.stages = build_stages(gazetteer=Gazetteer.load(), organizations=OrganizationLexicon.load())

    def extract_document(self, document: Document) -> Extraction:
        """The extraction of one cleaned document."""
        return self._finish(document, self.nlp(text_for_parsing(document.text)))

    def extract_articles(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """The extractions of many articles, parsed in batches (faster than one at a time)."""
        documents = (make_document(article) for article in articles)
        pairs = ((text_for_parsing(d.text), d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield self._finish(document, doc)

    def _finish(self, document: Document, doc: object) -> Extraction:
        if self.nlp.lang and document.language != self.nlp.lang:
            # The document is in the language of the pipeline that read it (languages detected as
            # another are skipped at ingestion).
            document = replace(document, language=self.nlp.lang)
        analysis = Analysis(document=document, settings=self.settings, doc=doc)  # type: ignore[arg-type]
        run_stages(self.stages, analysis)
        return Extraction(
            document=document,
            entities=_freeze_entities(analysis),
            relations=tuple(analysis.relations),
            events=tuple(analysis.events),
        )


_extractors: dict[Settings, Extractor] = {}


def get_extractor(settings: Settings | None = None) -> Extractor:
    """The extractor for these settings, built once per process."""
    settings = settings or Settings()
    if settings not in _extractors:
        _extractors[settings] = Extractor(settings)
    return _extractors[settings]


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract the events, entities and relations of one article."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = Article(text=text, origin="<text>", published=published, title=title, url=url, source=source)
    return get_extractor(settings).extract_document(make_document(article))


def extract_articles(
    articles: Iterable[Article], *, settings: Settings | None = None
) -> Iterator[Extraction]:
    """Extract many articles, batched through spaCy."""
    return get_extractor(settings).extract_articles(articles)
