"""Cleaning: unicode and whitespace normalisation, and cross-links split off the text.

Wire copy often carries navigation glued into the prose ("SEE ALSO: Iran Says Death Toll Rises To 91The
ministry added..."). Left in, such a headline yields entities and events of its own, so cleaning cuts it
out and keeps it aside in ``Document.cross_links``. The document id is derived from the cleaned text, so
the same article cleaned twice gets the same id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_CROSS_LINK_LABEL = re.compile(
    r"(?im)(?:^|(?<=[\s.!?\"”’]))(?:see also|read more|related(?: stories| articles| coverage)?|"
    r"more on this story|also read|recommended|watch)\s*:\s*"
)
# Where a headline glued to the next sentence ends: a lower-case letter, digit or closing punctuation
# directly followed by the capitalised first word of a sentence ("Rises To 91The ministry").
_GLUED_SENTENCE = re.compile(r"(?<=[a-z0-9\"”’)?!.])(?=[A-Z][a-z]+\b)")
_MAX_HEADLINE = 160
"""Characters a cross-link headline runs to at most."""
_MIN_HEADLINE_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[a-z0-9][.?!])\s+(?=[A-Z\"“])")
_NEXT_SENTENCE_WORD = re.compile(r"(?<=[a-z])\s+(?=[A-Z][a-z]+\b)")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
# "5:30p.m. Thursday": a clock time glued to its "a.m."/"p.m." is split off it as a sentence end by the
# parser, which cuts the date after it from the event before it; a space keeps the sentence whole.
_GLUED_MERIDIEM = re.compile(r"(?<=[0-9])(?=[ap]\.m\.)", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanText:
    """Cleaned article text and what was split off it."""

    text: str
    cross_links: tuple[str, ...]


def normalise_text(raw: str) -> str:
    """NFC, one kind of line break, no invisible characters, "5:30p.m." spaced, runs of spaces folded, ends
    stripped."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    text = _GLUED_MERIDIEM.sub(" ", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def _end_of_cross_link(text: str, start: int) -> int | None:
    """Where the cross-link headline that begins at ``start`` ends, or None when that cannot be told.

    At a glued sentence or the line end; where the line goes on past any headline's length (a page
    flattened to one line), at the first sentence end or the first capitalised word after a lower-case one
    past the headline's first words ("... keep committing suicide Police have cordoned ..."). With none of
    these within a headline's length the headline is not cut, for cutting it would cut prose with it.
    """
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    glued = _GLUED_SENTENCE.search(text, start, line_end)
    if glued:
        return glued.start()
    if line_end - start <= _MAX_HEADLINE:
        return line_end
    limit = start + _MAX_HEADLINE
    ends = [m.end() for m in (_SENTENCE_END.search(text, start, limit),) if m]
    words = list(_NEXT_SENTENCE_WORD.finditer(text, start, limit))
    ends += [m.start() for m in words if len(text[start : m.start()].split()) >= _MIN_HEADLINE_WORDS][:1]
    return min(ends) if ends else None


def split_cross_links(text: str) -> CleanText:
    """Cut "SEE ALSO: ..." style cross-links out of ``text`` and return them separately."""
    pieces: list[str] = []
    links: list[str] = []
    position = 0
    for label in _CROSS_LINK_LABEL.finditer(text):
        if label.start() < position:
            continue
        end = _end_of_cross_link(text, label.end())
        if end is None:
            continue
        links.append(text[label.end() : end].strip())
        pieces.append(text[position : label.start()].rstrip())
        position = end
        # The headline ran into the next sentence: keep that sentence, on a line of its own.
        if end < len(text) and text[end] != "\n":
            pieces.append("\n")
    pieces.append(text[position:])
    cleaned = "".join(pieces)
    return CleanText(text=normalise_text(cleaned), cross_links=tuple(link for link in links if link))


def clean_text(raw: str) -> CleanText:
    """The text that all offsets refer to: normalised, with cross-links split off."""
    return split_cross_links(normalise_text(raw))


def document_id(clean: str) -> str:
    """A stable id derived from the cleaned text: the same text always gets the same id."""
    return "doc_" + hashlib.sha256(clean.encode("utf-8")).hexdigest()[:20]
