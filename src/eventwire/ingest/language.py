"""Which language an article is in, and whether an installed spaCy pipeline can read it.

Detection is langdetect's, made deterministic: its detector samples at random, so the factory is
seeded before every detection and the same text always gets the same answer, run after run. An
article in a language no installed pipeline covers is skipped with a recorded reason rather than fed
to an English pipeline that would extract nonsense from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.ingest.article import Article
from eventwire.settings import Settings

__all__ = ["LanguageSkip", "check_language", "detect_language", "pipeline_language", "supported_languages"]

_SEED = 0
_SAMPLE_CHARS = 2_000
"""langdetect costs time per character; two thousand are plenty to tell a news language."""
_MIN_LETTERS = 40
"""Below this many letters (a headline, a caption) detection is a guess: such texts are not skipped."""
MULTILINGUAL = "xx"
"""spaCy's code for pipelines that read any language."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSkip:
    """An article left out because no installed pipeline reads its language."""

    origin: str
    language: str
    problem: str


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language (``en``, ``fr``, ``zh``...), or ``None`` when it has no
    letters to go by. The same text always gets the same code."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = _SEED
    try:
        code = detect(text[:_SAMPLE_CHARS])
    except LangDetectException:
        return None
    # langdetect tells Chinese scripts apart as zh-cn / zh-tw; ISO 639-1 and spaCy say zh.
    return code.split("-")[0].lower()


def pipeline_language(model: str) -> str | None:
    """The language of an installed spaCy pipeline, from its package metadata, else from its name.

    spaCy pipeline packages are named for their language (``en_core_web_sm``, ``xx_ent_wiki_sm``).
    """
    from importlib import resources

    try:
        meta = resources.files(model).joinpath("meta.json")
        if meta.is_file():
            import json

            lang = json.loads(meta.read_text(encoding="utf-8")).get("lang")
            if isinstance(lang, str) and lang:
                return lang.lower()
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    prefix = model.replace("-", "_").split("_", 1)[0].lower()
    return prefix if 2 <= len(prefix) <= 3 and prefix.isalpha() else None


def supported_languages(settings: Settings, *, extra_models: Iterable[str] = ()) -> frozenset[str]:
    """The languages the configured pipeline (and any ``extra_models``) can read."""
    languages = (pipeline_language(name) for name in (settings.spacy_model, *extra_models))
    return frozenset(code for code in languages if code)


def check_language(article: Article, *, supported: frozenset[str]) -> LanguageSkip | None:
    """A :class:`LanguageSkip` when ``article`` is in a language outside ``supported``, else ``None``.

    Texts too short to tell, and everything when a multilingual (``xx``) pipeline is installed, pass.
    """
    if MULTILINGUAL in supported:
        return None
    if sum(ch.isalpha() for ch in article.text[:_SAMPLE_CHARS]) < _MIN_LETTERS:
        return None
    language = detect_language(article.text)
    if language is None or language in supported:
        return None
    expected = ", ".join(sorted(supported)) or "none installed"
    return LanguageSkip(
        origin=article.origin,
        language=language,
        problem=f"expected an article in a language with an installed pipeline ({expected}), "
        f"found {language}",
    )
