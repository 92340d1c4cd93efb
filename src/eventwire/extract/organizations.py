"""Organisations named in text: armed groups, state institutions, intergovernmental bodies.

spaCy's small English model misses or mistypes many armed groups ("Islamic State (IS) group" is not found at
all). This module is the lexical backstop: it matches the lexicons in ``extract/lexicons`` against raw text
and returns non-overlapping longest matches with half-open character offsets, and it types names that NER
found (:meth:`OrganizationLexicon.kind_of`).

Matching works on a token trie (one dict lookup per token in the common case), so a 1,000-word article
costs well under 2 ms. The rules that keep it honest:

* names of several words match case-insensitively, except that a capitalised word of four or more letters
  (or an all-capitals word) must stay so: "Islamic State group" and "islamic State" match, "an Islamic
  group" and "the base" do not;
* one-word names must be capitalised ("Hamas", not "hamas");
* acronyms match only as written ("LeT", "ISIS"), or upper-cased in all-caps text; acronyms of two letters,
  common words ("IS", "ETA") and acronyms listed as ambiguous need context: the group's full name in the
  same text ("Islamic State (IS)"), or a group-ish neighbour ("IS militants", "pro-IS"). In all-caps text
  (MUC-4 wire copy) a neighbour is not enough for those: the group must be named in full.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from itertools import product
from typing import Any

from eventwire.extract.lexicons import read_lexicon
from eventwire.models import Span

LEXICON_FILES = ("armed_groups.json", "institutions.json", "political_parties.json", "media.json")
"""The lexicon files read, in priority order; files that are not installed are skipped."""

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|[^\W_]+(?:['’ʼ](?![sS]\b)[^\W_]+)*"  # words; Jama'at is one word
    r"|['’ʼ][sS]\b"  # the possessive, its own token: Iraq 's army
    r"|[^\w\s\-‐‑–—/'’‘ʼ`]"  # punctuation that can end a name; hyphens, slashes and apostrophes join words
)
_APOSTROPHES = re.compile(r"['’ʼ]")
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)
_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_MINOR = frozenset({"of", "the", "and"})
_WINDOW = 3
"""Word tokens either side of an acronym that decide whether its neighbourhood is written in capitals."""


@dataclass(frozen=True, slots=True, kw_only=True)
class OrgMatch:
    """One organisation found in text: ``text[start:end]`` and what the lexicon knows about it."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str
    is_acronym: bool = False
    countries: tuple[str, ...] = ()
    category: str | None = None

    @property
    def span(self) -> Span:
        """The evidence span of this match."""
        return Span(start=self.start, end=self.end, text=self.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrgRecord:
    """One named organisation of a lexicon file."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    category: str | None = None


@dataclass(frozen=True, slots=True)
class _Token:
    key: str
    start: int
    end: int
    text: str


class _Tokens:
    """The tokens of a text as parallel lists: cheaper to build than one object per token."""

    __slots__ = ("keys", "spans", "words")

    def __init__(self, text: str) -> None:
        found = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in found]
        self.spans = [m.span() for m in found]
        self.keys = [w.lower() if w.isascii() and w.isalnum() else _key(w) for w in self.words]

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int) -> _Token:
        start, end = self.spans[i]
        return _Token(self.keys[i], start, end, self.words[i])

    def slice(self, first: int, last: int) -> list[_Token]:
        return [self[k] for k in range(max(0, first), min(last, len(self.keys)))]


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a path through the trie stands for: an alias of a record, or a pattern."""

    record: int = -1
    pattern: int = -1
    forms: tuple[str, ...] = ()
    """The alias or pattern literals as written in the lexicon, one per token (slots as ``{name}``)."""
    is_acronym: bool = False


@dataclass(slots=True)
class _Node:
    lit: dict[str, _Node] = field(default_factory=dict)
    slots: list[tuple[str, _Node]] = field(default_factory=list)
    acc: list[_Entry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    canonical: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int
    last: int
    """Index one past the last token."""
    entry: _Entry
    bindings: tuple[tuple[str, str, int, int], ...]


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    return _fold_unicode(word)


@functools.lru_cache(maxsize=4096)
def _fold_unicode(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _title(phrase: str) -> str:
    """A vocabulary phrase as it reads in a canonical name: "court of appeal" -> "Court of Appeal"."""
    words = phrase.split()
    return " ".join(w if w in _MINOR or not w.islower() else w.capitalize() for w in words)


def _key(word: str) -> str:
    """The matching key of one token: case- and accent-folded, apostrophes and dots dropped."""
    if word[0] in "'’ʼ":
        return "'s"
    if word == "&":
        return "and"
    if "." in word and len(word) > 1:
        return word.replace(".", "").lower()
    return _fold(_APOSTROPHES.sub("", word))


def _tokenize(text: str) -> list[_Token]:
    tokens = _Tokens(text)
    return [tokens[i] for i in range(len(tokens))]


def _insert(node: _Node, elements: list[tuple[str, str]], entry: _Entry) -> None:
    """Add a path of ``("lit", key)`` / ``("slot", name)`` elements ending in ``entry``."""
    for what, value in elements:
        if what == "lit":
            node = node.lit.setdefault(value, _Node())
        else:
            child = next((c for name, c in node.slots if name == value), None)
            if child is None:
                child = _Node()
                node.slots.append((value, child))
            node = child
    node.acc.append(entry)


def _keeps_case(form: str, written: str) -> bool:
    """Whether ``written`` keeps the capitals that matter in the lexicon ``form``."""
    if len(form) >= 2 and form.isupper():
        return written.isupper()
    if form[:1].isupper() and len(form) >= 4:
        return written[:1].isupper()
    return True


class OrganizationLexicon:
    """Named organisations and institution patterns, with a longest-match matcher over raw text."""

    def __init__(self, documents: list[Any], *, demonyms: dict[str, str], countries: dict[str, str]) -> None:
        self.records: list[OrgRecord] = []
        self._patterns: list[_Pattern] = []
        self._root = _Node()
        self._slots: dict[str, _Node] = {}
        self._slot_values: dict[str, dict[str, str]] = {}
        self._by_name: dict[str, int] = {}
        self._by_acronym: dict[str, list[int]] = {}
        self._heads: dict[str, str] = {}
        self._country_names: dict[str, str] = {}
        self._common: set[str] = set()
        self._ambiguous: set[str] = set()
        self._after: set[str] = set()
        self._before: set[str] = set()
        for document in documents:
            self._add_document(document, demonyms=demonyms, countries=countries)
        self._starts = set(self._root.lit)
        for name, _ in self._root.slots:
            self._starts |= set(self._slots[name].lit)

    @classmethod
    def load(cls) -> OrganizationLexicon:
        """The lexicon of every installed lexicon file, built once per process."""
        return _load()

    # ----------------------------------------------------------------------------------------- building

    def _add_document(self, document: Any, *, demonyms: dict[str, str], countries: dict[str, str]) -> None:
        header = document.get("header", {})
        self._common |= {w.casefold() for w in header.get("common_words", ())}
        self._ambiguous |= set(header.get("context_acronyms", ()))
        context = header.get("context_words", {})
        self._after |= {_fold(w) for w in context.get("after", ())}
        self._before |= {_fold(w) for w in context.get("before", ())}
        self._country_names.update(document.get("country_names", {}))
        for kind, nouns in document.get("head_nouns", {}).items():
            for noun in nouns:
                self._heads.setdefault(_fold(noun), kind)
        vocabularies = dict(document.get("vocabularies", {}))
        if "patterns" in document:
            vocabularies["demonym"] = demonyms
            vocabularies["country"] = countries
        for name, vocabulary in vocabularies.items():
            self._add_vocabulary(name, vocabulary)
        for raw in document.get("patterns", ()):
            self._add_pattern(raw)
        for raw in document.get("records", ()):
            self._add_record(raw)

    def _add_vocabulary(self, name: str, vocabulary: list[str] | dict[str, Any]) -> None:
        root = self._slots.setdefault(name, _Node())
        values = self._slot_values.setdefault(name, {})
        if isinstance(vocabulary, dict):
            # {"Defence": ["defence", "defense"]} lists phrases per value; {"Iraqi": "IQ"} a value per phrase
            pairs = [
                pair
                for first, second in vocabulary.items()
                for pair in ([(p, first) for p in second] if isinstance(second, list) else [(first, second)])
            ]
        else:
            pairs = [(phrase, _title(phrase)) for phrase in vocabulary]
        for phrase, value in pairs:
            tokens = _tokenize(phrase)
            key = " ".join(t.key for t in tokens)
            values[key] = value
            forms = tuple(t.text for t in tokens)
            _insert(root, [("lit", t.key) for t in tokens], _Entry(forms=forms))

    def _add_pattern(self, raw: dict[str, str]) -> None:
        index = len(self._patterns)
        self._patterns.append(_Pattern(kind=raw["kind"], canonical=raw["canonical"]))
        words = raw["pattern"].split()
        optional = [i for i, w in enumerate(words) if "?" in w]
        words = [w.replace("?", "") for w in words]
        for keep in product((True, False), repeat=len(optional)):
            dropped = {i for i, k in zip(optional, keep, strict=True) if not k}
            elements: list[tuple[str, str]] = []
            forms: list[str] = []
            for i, word in enumerate(words):
                if i in dropped:
                    continue
                if word.startswith("{"):
                    elements.append(("slot", word.strip("{}")))
                    forms.append(word)
                else:
                    elements.append(("lit", "'s" if word == "'s" else _fold(word)))
                    forms.append(word)
            _insert(self._root, elements, _Entry(pattern=index, forms=tuple(forms)))

    def _add_record(self, raw: dict[str, Any]) -> None:
        record = OrgRecord(
            name=raw["name"],
            kind=raw["kind"],
            aliases=tuple(raw.get("aliases", ())),
            acronyms=tuple(raw.get("acronyms", ())),
            countries=tuple(raw.get("countries", ())),
            source=tuple(raw.get("source", ())),
            category=raw.get("category"),
        )
        index = len(self.records)
        self.records.append(record)
        for alias in (record.name, *record.aliases):
            tokens = _tokenize(alias)
            if not tokens or any(not t.text[0].isalnum() and t.key != "'s" for t in tokens):
                continue  # a name with brackets or other punctuation is documentation, not a key
            self._by_name.setdefault(" ".join(t.key for t in tokens), index)
            forms = tuple(t.text for t in tokens)
            _insert(self._root, [("lit", t.key) for t in tokens], _Entry(record=index, forms=forms))
        for acronym in record.acronyms:
            tokens = _tokenize(acronym)
            self._by_acronym.setdefault("".join(t.text for t in tokens), []).append(index)
            forms = tuple(t.text for t in tokens)
            entry = _Entry(record=index, forms=forms, is_acronym=True)
            _insert(self._root, [("lit", t.key) for t in tokens], entry)

    # ----------------------------------------------------------------------------------------- matching

    def match(self, text: str) -> list[OrgMatch]:
        """Non-overlapping longest matches of organisations in ``text``, in text order."""
        tokens = _Tokens(text)
        keys = tokens.keys
        lower = len(text) - len(text.translate(_NO_LOWER))
        upper = len(text) - len(text.translate(_NO_UPPER))
        shouting = upper > 0 and lower < 0.05 * (lower + upper)
        chosen: list[tuple[_Candidate, list[_Entry]]] = []
        starts = self._starts
        i, n = 0, len(keys)
        while i < n:
            if keys[i] not in starts:
                i += 1
                continue
            found = [c for c in self._walk(keys, i) if self._written(c, tokens, shouting)]
            if not found:
                i += 1
                continue
            # longest first; at equal length a named record beats a pattern, a name beats an acronym
            best = max(found, key=lambda c: (c.last, c.entry.record >= 0, not c.entry.is_acronym))
            same = [
                c.entry
                for c in found
                if c.last == best.last and (c.entry.record >= 0) == (best.entry.record >= 0)
            ]
            chosen.append((best, same))
            i = best.last
        named = {e.record for c, es in chosen for e in es if e.record >= 0 and not e.is_acronym}
        out: list[OrgMatch] = []
        for k, (candidate, entries) in enumerate(chosen):
            if candidate.entry.pattern >= 0:
                made = self._pattern_match(candidate, tokens, text)
                if made is not None:
                    out.append(made)
                continue
            if candidate.entry.is_acronym:
                records = [e.record for e in entries]
                defined = [r for r in records if r in named]
                if not self._acronym_allowed(candidate, tokens, chosen, k, bool(defined), shouting):
                    continue
                record = self.records[(defined or records)[0]]
            else:
                record = self.records[candidate.entry.record]
            start, end = tokens.spans[candidate.first][0], tokens.spans[candidate.last - 1][1]
            out.append(
                OrgMatch(
                    start=start,
                    end=end,
                    text=text[start:end],
                    canonical=record.name,
                    kind=record.kind,
                    is_acronym=candidate.entry.is_acronym,
                    countries=record.countries,
                    category=record.category,
                )
            )
        return out

    def _walk(self, keys: list[str], first: int) -> list[_Candidate]:
        """Every path through the trie that starts at token ``first``."""
        found: list[_Candidate] = []
        stack: list[tuple[_Node, int, tuple[tuple[str, str, int, int], ...]]] = [(self._root, first, ())]
        n = len(keys)
        while stack:
            node, i, bindings = stack.pop()
            if node.acc:
                found.extend(_Candidate(first, i, entry, bindings) for entry in node.acc)
            if i >= n:
                continue
            key = keys[i]
            child = node.lit.get(key)
            if child is not None:
                stack.append((child, i + 1, bindings))
            for name, slot_child in node.slots:
                if key in self._slots[name].lit:
                    for j, value_key in self._slot_ends(name, keys, i):
                        stack.append((slot_child, j, (*bindings, (name, value_key, i, j))))
        return found

    def _slot_ends(self, name: str, keys: list[str], i: int) -> list[tuple[int, str]]:
        node: _Node | None = self._slots[name]
        ends = []
        j = i
        while node is not None:
            if node.acc and j > i:
                ends.append((j, " ".join(keys[i:j])))
            if j >= len(keys):
                break
            node = node.lit.get(keys[j])
            j += 1
        return ends

    def _written(self, candidate: _Candidate, tokens: _Tokens, shouting: bool) -> bool:
        """Whether the text is written the way this alias or pattern needs (capitals, acronyms as spelled)."""
        span = tokens.slice(candidate.first, candidate.last)
        entry = candidate.entry
        if entry.is_acronym:
            written = "".join(t.text for t in span)
            spelled = "".join(entry.forms)
            return written == spelled or (shouting and written == spelled.upper())
        if shouting:
            return True
        if entry.record >= 0:
            if len(span) == 1:
                return span[0].text[:1].isupper() and _keeps_case(entry.forms[0], span[0].text)
            return all(_keeps_case(f, t.text) for f, t in zip(entry.forms, span, strict=True))
        # a pattern: its literals, and the vocabulary words bound to its slots, keep their capitals
        slot_tokens = {k for _, _, a, b in candidate.bindings for k in range(a, b)}
        literals = iter(f for f in entry.forms if not f.startswith("{"))
        for k in range(candidate.first, candidate.last):
            if k in slot_tokens:
                continue
            if not _keeps_case(next(literals), tokens[k].text):
                return False
        for name, _, a, b in candidate.bindings:
            if name in ("demonym", "country"):
                words = [t.text for t in tokens.slice(a, b) if t.key not in _MINOR]
            elif name == "court_named":
                words = [t.text for t in tokens.slice(a, b) if len(t.key) >= 4]
            else:
                continue
            if not all(w[:1].isupper() for w in words):
                return False
        return True

    def _acronym_allowed(
        self,
        candidate: _Candidate,
        tokens: _Tokens,
        chosen: list[tuple[_Candidate, list[_Entry]]],
        k: int,
        defined: bool,
        shouting: bool,
    ) -> bool:
        spelled = "".join(candidate.entry.forms)
        letters = sum(c.isalpha() for c in spelled)
        common = spelled.casefold() in self._common
        needs_context = letters <= 2 or common or spelled in self._ambiguous
        caps = shouting or self._capitals_around(tokens, candidate.first, candidate.last)
        if not needs_context and not caps:
            return True
        introduced = self._introduced(candidate, tokens, chosen, k)
        if caps:
            if common:
                return (defined or introduced) and self._has_context(tokens, candidate)
            return defined or introduced or (not needs_context and letters >= 3)
        return defined or introduced or self._has_context(tokens, candidate)

    def _introduced(
        self, candidate: _Candidate, tokens: _Tokens, chosen: list[tuple[_Candidate, list[_Entry]]], k: int
    ) -> bool:
        """Whether the acronym is in brackets right after a full name of its group: "Islamic State (IS)"."""
        first, last = candidate.first, candidate.last
        if k == 0 or first == 0 or last >= len(tokens):
            return False
        if tokens[first - 1].key != "(" or tokens[last].key != ")":
            return False
        before, entries = chosen[k - 1]
        records = {e.record for e in entries}
        return before.last == first - 1 and candidate.entry.record in records

    def _has_context(self, tokens: _Tokens, candidate: _Candidate) -> bool:
        keys = tokens.keys
        last, first = candidate.last, candidate.first - 1
        if last < len(keys) and keys[last] == ")":
            last += 1  # "Islamic State (IS) group": the word after the bracket
        if first >= 0 and keys[first] == "(":
            first -= 1
        after = keys[last] if last < len(keys) else ""
        before = keys[first] if first >= 0 else ""
        return after in self._after or before in self._before

    @staticmethod
    def _capitals_around(tokens: _Tokens, first: int, last: int) -> bool:
        """Whether the words around ``tokens[first:last]`` are all in capitals, as in a headline."""
        around = [
            t
            for t in (*tokens.slice(max(0, first - _WINDOW), first), *tokens.slice(last, last + _WINDOW))
            if sum(c.isalpha() for c in t.text) >= 2
        ]
        return len(around) >= 2 and all(t.text.isupper() for t in around)

    def _pattern_match(self, candidate: _Candidate, tokens: _Tokens, text: str) -> OrgMatch | None:
        start, end = tokens.spans[candidate.first][0], tokens.spans[candidate.last - 1][1]
        pattern = self._patterns[candidate.entry.pattern]
        values: dict[str, str] = {}
        code = None
        for name, key, _, _ in candidate.bindings:
            value = self._slot_values[name][key]
            if name in ("demonym", "country"):
                if start > 0 and text[start - 1] in "-‐‑":
                    return None  # "pro-Russian forces" are not Russia's forces
                code = value
                values["country"] = self._country_name(value)
            else:
                values[name] = value
        return OrgMatch(
            start=start,
            end=end,
            text=text[start:end],
            canonical=pattern.canonical.format(**values),
            kind=pattern.kind,
            countries=(code,) if code else (),
        )

    def _country_name(self, code: str) -> str:
        if code in self._country_names:
            return self._country_names[code]
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            return code
        return getattr(country, "common_name", None) or country.name

    # ----------------------------------------------------------------------------------------- lookups

    def canonical(self, name: str) -> str | None:
        """The canonical name of the organisation called ``name``, if the lexicons know it."""
        found = self._lookup(name)
        return found.canonical if found is not None else None

    def kind_of(self, name: str) -> str | None:
        """The kind of organisation ``name`` is (``armed_group``, ``security_forces``...), if it can be told.

        Known names and patterns first; then the head noun of the name ("... Ministry", "... Brigade").
        """
        found = self._lookup(name)
        if found is not None:
            return found.kind
        words = [t for t in _tokenize(name) if t.text[:1].isalnum()]
        if not words:
            return None
        of = next((i for i, w in enumerate(words) if w.key == "of"), None)
        if self._heads.get(words[-1].key) is None and of:
            words = words[:of]  # "Department of Justice", "University of Chicago": the head comes before "of"
        kind = self._heads.get(words[-1].key)
        if words[-1].key in _CONTAINER_HEADS:
            # "Chicago Police Department", "Sheriff's Office": the word before the container says more.
            kinds = [self._heads.get(w.key) for w in words[:-1]]
            specific = [k for k in kinds if k in ("security_forces", "judiciary")]
            kind = specific[-1] if specific else kind
        return kind

    def _lookup(self, name: str) -> OrgMatch | None:
        stripped = re.sub(r"^(?:the|The|THE)\s+", "", name.strip())
        tokens = _tokenize(stripped)
        if not tokens:
            return None
        index = self._by_name.get(" ".join(t.key for t in tokens))
        if index is None and (records := self._by_acronym.get("".join(t.text for t in tokens))):
            record = self.records[records[0]]
            return OrgMatch(
                start=0,
                end=len(stripped),
                text=stripped,
                canonical=record.name,
                kind=record.kind,
                is_acronym=True,
                countries=record.countries,
                category=record.category,
            )
        if index is not None:
            record = self.records[index]
            return OrgMatch(
                start=0,
                end=len(stripped),
                text=stripped,
                canonical=record.name,
                kind=record.kind,
                countries=record.countries,
                category=record.category,
            )
        matches = self.match(stripped)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
            return matches[0]
        return None


_CONTAINER_HEADS = frozenset({"department", "office", "bureau", "service", "agency", "directorate"})
"""Head nouns that only say an organisation is a part of something: its kind is read from before them."""


def _read_table(name: str) -> dict[str, str]:
    """A two-column TSV of this package's lexicons (``# comment`` lines skipped) as a dict."""
    path = resources.files("eventwire.extract.lexicons").joinpath(name)
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, value = line.split("\t")[:2]
        table.setdefault(key.strip(), value.strip())
    return table


def _country_vocabulary() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (getattr(country, "common_name", None), country.name):
            if name and "," not in name and "(" not in name:
                names.setdefault(name, country.alpha_2)
    names.update(_read_table("places_country_names.tsv"))
    return names


@functools.cache
def _load() -> OrganizationLexicon:
    folder = resources.files("eventwire.extract.lexicons")
    documents = [read_lexicon(name) for name in LEXICON_FILES if folder.joinpath(name).is_file()]
    return OrganizationLexicon(
        documents, demonyms=_read_table("demonyms.tsv"), countries=_country_vocabulary()
    )
