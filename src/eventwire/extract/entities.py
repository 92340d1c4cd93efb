"""Entities: spaCy's named entities corrected by lexicons and rules, merged per article.

Corrections, each general: organisations from the armed-group and institution lexicons win over spaCy's
guesses; a defined acronym ("Islamic State (IS)") and a name given as "also known as" become aliases whose
later mentions join the entity; a lone surname joins the person it shortens ("Tanveer" after "Mohammad
Omran Tanveer"); a place name that the gazetteer knows and that is no demonym is a place, not a people;
definite nominals ("the ministry", "the group") join the organisation they refer to.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.pipeline import Analysis, EntityDraft, NameLink
from eventwire.models import EntityType, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.extract.gazetteer import Gazetteer
    from eventwire.extract.organizations import OrganizationLexicon

KEPT_LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
}
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_OWNER = re.compile(r"^[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
"""A possessive before an organisation's name names its owner: "Iran's Intelligence Ministry"."""
_TRAILING = re.compile(r"(?:\s*['’]s|['’]|[\s,;:]+|(?<![A-Z])\.)$")
_ACRONYM_DEFINITION = re.compile(r"\s?\(([A-Z][A-Za-z]?[A-Z]{0,7}|[A-Z]{2,8})\)")
_ALIAS_CUE = re.compile(
    r",?\s*\(?\s*(?:also known as|better known as|known as|alias|a\.k\.a\.?|aka|nicknamed|dubbed|"
    r"whose nom de guerre is|under the name)\s+[\"“']?",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\b(?:the|The|THE)\s+(ministry|group|organi[sz]ation|militia|movement|army|police|force|forces|"
    r"agency|department|party|government|company|network|front|faction|cell)\b",
    re.IGNORECASE,
)
_GROUP_NOUNS = frozenset(
    {"group", "organisation", "organization", "militia", "movement", "network", "front", "faction", "cell"}
)


_PLACE_PREPOSITIONS = frozenset({"in", "into", "from", "across", "throughout", "near", "inside", "outside"})
_COMPASS_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
        "southeast", "southwest",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mention:
    start: int
    end: int
    type: EntityType
    kind: str | None = None
    canonical: str | None = None
    """A name to prefer over the mention's own text (from a lexicon)."""


def entity_key(document_id: str, type_: str, name: str) -> str:
    """The id of an entity: derived from its document, type and canonical name, never from order."""
    digest = hashlib.sha256(f"{document_id}\x1f{type_}\x1f{name.casefold()}".encode()).hexdigest()
    return "ent_" + digest[:16]


def _trimmed(text: str, start: int, end: int, *, organisation: bool = False) -> tuple[int, int]:
    """``start``/``end`` without a leading article or a trailing possessive or punctuation."""
    piece = text[start:end]
    if lead := _LEADING.match(piece):
        start += lead.end()
    if organisation and (owner := _OWNER.match(text[start:end])):
        start += owner.end()
    while True:
        piece = text[start:end]
        trail = _TRAILING.search(piece)
        if not trail or trail.start() == 0:
            break
        end = start + trail.start()
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class EntitiesStage:
    """spaCy NER corrected by lexicons and rules, merged into one draft per entity."""

    name = "entities"
    requires = ("doc",)
    provides = ("entities", "entity_at", "name_links")

    def __init__(self, *, organizations: OrganizationLexicon, gazetteer: Gazetteer) -> None:
        self._organizations = organizations
        self._gazetteer = gazetteer

    def __call__(self, analysis: Analysis) -> None:
        assert analysis.doc is not None
        text = analysis.document.text
        mentions = self._mentions(analysis.doc, text)
        drafts, entity_at = _merge(mentions, text, analysis.document.id)
        links = _link_acronyms(drafts, entity_at, text, analysis.document.id)
        links += _link_aliases(drafts, entity_at, text)
        _add_nominals(drafts, entity_at, text)
        _add_person_nominals(drafts, entity_at, text)
        _add_pronouns(drafts, entity_at, text, analysis.doc)
        analysis.entities = sorted(drafts.values(), key=lambda d: d.mentions[0].start)
        analysis.entity_at = entity_at
        analysis.name_links = links

    def _mentions(self, doc: Doc, text: str) -> list[_Mention]:
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        # Lower-case or all-capital copy: no capital tells where a name ends.
        cased = any(c.islower() for c in text) and any(c.isupper() for c in text)
        named = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ("ORG", "FAC")]
        for match in self._organizations.match(text):
            start, end = match.start, match.end
            # spaCy may see more of the name than the lexicon knows ("Islamic Revolutionary Guards Corps").
            wider = [n for n in named if n[0] <= start and end <= n[1] and (n[1] - n[0]) > (end - start)]
            if wider:
                start, end = max(wider, key=lambda n: n[1] - n[0])
            start, end = _trimmed(text, start, end, organisation=True)
            found.append(
                _Mention(start=start, end=end, type="ORG", kind=match.kind, canonical=match.canonical)
            )
            taken.append((start, end))
        for ent in doc.ents:
            type_ = KEPT_LABELS.get(ent.label_)
            if type_ is None:
                continue
            end_char = ent.end_char
            if type_ == "PERSON":
                last = doc[_person_end(doc, ent.start, ent.end, cased=cased) - 1]
                end_char = last.idx + len(last)
            start, end = _trimmed(text, ent.start_char, end_char, organisation=type_ == "ORG")
            if end <= start or any(_overlaps((start, end), t) for t in taken):
                continue
            name = text[start:end]
            if not any(c.isalpha() for c in name):
                continue
            kind = self._organizations.kind_of(name) if type_ == "ORG" else None
            if type_ == "NORP" and not self._gazetteer.is_demonym(name) and self._gazetteer.candidates(name):
                type_ = "GPE"
            if type_ == "PERSON" and self._is_country_in_place_context(doc, ent.start, name):
                type_ = "GPE"
            found.append(_Mention(start=start, end=end, type=type_, kind=kind))
        return sorted(found, key=lambda m: m.start)

    def _is_country_in_place_context(self, doc: Doc, start: int, name: str) -> bool:
        """ "in central Mali", "from Chad", "Mopti, Mali": a country that the model took for a person.

        A country's name is also a given name ("Chad", "Jordan"), so it becomes a place only where a
        person's name would not stand: after a preposition of place, a compass word, or a place and comma.
        """
        if len(name) < 3 or self._gazetteer.country(name) is None or start == 0:
            return False
        before = doc[start - 1]
        if before.lower_ in _PLACE_PREPOSITIONS or before.lower_ in _COMPASS_WORDS:
            return True
        return before.text == "," and start >= 2 and doc[start - 2].ent_type_ in ("GPE", "LOC")


_NOT_NAMES = frozenset(
    {
        "government", "administration", "family", "house", "home", "residence", "car", "case", "trial",
        "murder", "killing", "death", "assassination", "kidnapping", "funeral", "wife", "husband", "son",
        "daughter", "brother", "sister", "father", "mother", "supporters", "followers", "aide", "aides",
        "bodyguard", "bodyguards", "escort", "group", "people", "men", "man", "regime", "camp", "era",
        "foundation", "street", "avenue", "square", "school", "hospital", "airport", "today", "yesterday",
    }
)  # fmt: skip
"""Common nouns a name stands before ("the Ruiz government", "the Ruiz family"): not the rest of it."""


def _person_end(doc: Doc, start: int, end: int, *, cased: bool) -> int:
    """Where a person's name ends: the tagger may stop one or two words short of the noun its last word
    modifies ("Ana Ruiz" of "ana ruiz soto" in lower-case copy), and those words are the rest of the
    name when they are nouns and, in copy with capitals, capitalised, and no common noun ends them."""
    head = doc[end - 1]
    # Follow the chain of compounds "luis antonio -> meneses -> benavides", two words at most.
    while head.dep_ == "compound" and head.head.i == head.i + 1 and head.i + 1 < end + 2:
        head = head.head
    if head.i < end or head.sent.start != doc[start].sent.start:
        return end
    rest = doc[end : head.i + 1]
    if any(
        not t.is_alpha or t.tag_ not in ("NN", "NNS", "NNP", "NNPS") or t.ent_type_ not in ("", "PERSON")
        for t in rest
    ):
        return end
    if cased and not all(t.text[:1].isupper() for t in rest):
        return end
    if head.lower_ in _NOT_NAMES or head.lower_ in _cue_nouns():
        return end
    return head.i + 1


@functools.cache
def _cue_nouns() -> frozenset[str]:
    """Titles, organisation and combatant nouns: words that head a phrase, never end a name."""
    cues = read_lexicon("cues.json")
    return frozenset(cues["titles"]) | frozenset(cues["organisation_nouns"]) | frozenset(cues["combatants"])


def _name_of(mention: _Mention, text: str) -> str:
    return text[mention.start : mention.end]


def _merge(
    mentions: Iterable[_Mention], text: str, document_id: str
) -> tuple[dict[str, EntityDraft], dict[int, str]]:
    """One draft per entity: same name, or a short form of an earlier longer name of the same type."""
    drafts: dict[str, EntityDraft] = {}
    by_name: dict[str, str] = {}
    by_token: dict[str, str] = {}
    entity_at: dict[int, str] = {}
    for mention in mentions:
        name = _name_of(mention, text)
        folded = name.casefold()
        key = by_name.get(folded)
        if key is None and mention.canonical:
            key = by_name.get(mention.canonical.casefold())
        if key is None and " " not in name:
            # A lone word that ends or begins a longer name already seen: "Tanveer", "Soleimani".
            key = by_token.get(folded)
        if key is None:
            key = entity_key(document_id, mention.type, name)
            if key in drafts:  # the same name under another spelling of case
                pass
            else:
                drafts[key] = EntityDraft(key=key, type=mention.type, name=name, kind=mention.kind)
            by_name[folded] = key
            if mention.canonical:
                by_name.setdefault(mention.canonical.casefold(), key)
            words = name.split()
            if len(words) > 1 and mention.type in ("PERSON", "ORG"):
                for word in (words[-1], words[0]) if mention.type == "PERSON" else (words[-1],):
                    if word[:1].isupper() and len(word) > 2:
                        by_token.setdefault(word.casefold(), key)
        draft = drafts[key]
        if (
            mention.canonical
            and mention.canonical.casefold() != name.casefold()
            and mention.canonical not in draft.aliases
        ):
            draft.aliases.append(mention.canonical)
        if draft.type != "PERSON" and mention.type == "PERSON" and " " in name:
            draft.type = "PERSON"
        if draft.kind is None:
            draft.kind = mention.kind
        draft.mentions.append(Span.of(text, mention.start, mention.end))
        entity_at[mention.start] = key
    _reassign_people_inside_names(drafts, by_token, entity_at, text)
    _join_short_names(drafts, entity_at)
    for draft in drafts.values():
        # The canonical name is the longest proper mention, as the article writes it.
        longest = max((m.text for m in draft.mentions), key=len)
        if len(longest) > len(draft.name):
            draft.name = longest
        if draft.name in draft.aliases:
            draft.aliases.remove(draft.name)
    return drafts, entity_at


_NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "y", "van", "von", "der", "da", "di", "al", "el", "bin"}
)


def _short_form_of(short: list[str], full: list[str]) -> bool:
    """Whether a person's name is written short: its first words ("Ana Ruiz" of "Ana Ruiz Soto"), its
    last ones, or one word of it that is no particle (a surname, "Ruiz", before a mother's name)."""
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] in full and short[0] not in _NAME_PARTICLES and len(short[0]) > 2
    return full[: len(short)] == short or full[-len(short) :] == short


def _join_short_names(drafts: dict[str, EntityDraft], entity_at: dict[int, str]) -> None:
    """A person written short ("Ana Ruiz", "Ruiz") is the one person of the article whose longer name
    holds it ("Ana Ruiz Soto"), whichever comes first, and in lower-case copy too, where no capital
    tells a name: two longer names that hold it leave it alone."""
    people = [d for d in drafts.values() if d.type == "PERSON"]
    words = {d.key: max((m.text for m in d.mentions), key=len).casefold().split() for d in people}
    for draft in sorted(people, key=lambda d: -len(words[d.key])):
        fuller = {d.key for d in people if d.key in drafts and _short_form_of(words[draft.key], words[d.key])}
        if len(fuller) != 1:
            continue
        owner = drafts[fuller.pop()]
        for mention in draft.mentions:
            owner.mentions.append(mention)
            entity_at[mention.start] = owner.key
        owner.mentions.sort(key=lambda m: m.start)
        owner.aliases.extend(a for a in draft.aliases if a not in owner.aliases)
        del drafts[draft.key]


def _reassign_people_inside_names(
    drafts: dict[str, EntityDraft], by_token: dict[str, str], entity_at: dict[int, str], text: str
) -> None:
    """ "Commemorations of Soleimani": a phrase tagged as an organisation that ends in a known person."""
    for key, draft in list(drafts.items()):
        if draft.type == "PERSON" or len(draft.mentions) != 1:
            continue
        mention = draft.mentions[0]
        words = mention.text.split(" of ")
        person = by_token.get(words[-1].casefold()) if len(words) > 1 else None
        if person is None or person == key or drafts[person].type != "PERSON":
            continue
        start = mention.end - len(words[-1])
        del drafts[key]
        entity_at.pop(mention.start, None)
        drafts[person].mentions.append(Span.of(text, start, mention.end))
        drafts[person].mentions.sort(key=lambda m: m.start)
        entity_at[start] = person


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la"})


def _initials(words: list[str]) -> str:
    # In upper-case wire copy "OF" and "THE" are capitalised too, and spell nothing.
    return "".join(w[0] for w in words if w[:1].isupper() and w.casefold() not in _FUNCTION_WORDS)


def _link_acronyms(
    drafts: dict[str, EntityDraft], entity_at: dict[int, str], text: str, document_id: str
) -> list[NameLink]:
    """ "Islamic State (IS)": the acronym becomes an alias and its later mentions join the entity."""
    links: list[NameLink] = []
    for definition in _ACRONYM_DEFINITION.finditer(text):
        acronym = definition.group(1)
        owner = _entity_ending_at(drafts, definition.start())
        if owner is None:
            owner = _name_spelled_by(acronym, drafts, entity_at, text, definition.start(), document_id)
        if owner is None:
            continue
        draft = drafts[owner]
        if acronym not in draft.aliases and acronym != draft.name:
            draft.aliases.append(acronym)
        evidence_start = min(
            (m.start for m in draft.mentions if m.end <= definition.start()), default=definition.start()
        )
        links.append(
            NameLink(
                type="acronym_of",
                entity=owner,
                name=acronym,
                evidence=Span.of(text, evidence_start, definition.end()),
            )
        )
        for use in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if use.start() in entity_at or use.start() == definition.start(1):
                continue
            if any(m.start <= use.start() < m.end for d in drafts.values() for m in d.mentions):
                continue
            draft.mentions.append(Span.of(text, use.start(), use.end()))
            entity_at[use.start()] = owner
        draft.mentions.sort(key=lambda m: m.start)
    return links


def _entity_ending_at(drafts: dict[str, EntityDraft], position: int) -> str | None:
    for draft in drafts.values():
        for mention in draft.mentions:
            if 0 <= position - mention.end <= 1:
                return draft.key
    return None


def _name_spelled_by(
    acronym: str,
    drafts: dict[str, EntityDraft],
    entity_at: dict[int, str],
    text: str,
    position: int,
    document_id: str,
) -> str | None:
    """A new organisation from the capitalised words before "(ACRONYM)" whose initials spell it."""
    before = text[max(0, position - 120) : position]
    words = list(re.finditer(r"[A-Z][\w'’-]*|of|the|and|for|de|del|la|al-\w+", before))
    if words and before.isupper():
        # Upper-case copy: no capital marks where the name starts, so it starts with a word that counts.
        while words and words[-1].group().casefold() in _FUNCTION_WORDS:
            words.pop()
    for size in range(len(acronym), min(len(words), len(acronym) + 4) + 1):
        chosen = words[-size:]
        names = [w.group() for w in chosen]
        if not names[0][:1].isupper() or _initials(names).upper() != acronym.upper():
            continue
        start = position - len(before) + chosen[0].start()
        end = position - len(before) + chosen[-1].end()
        if text[end:position].strip():
            return None
        name = text[start:end]
        key = entity_key(document_id, "ORG", name)
        drafts.setdefault(key, EntityDraft(key=key, type="ORG", name=name))
        drafts[key].mentions.append(Span.of(text, start, end))
        entity_at[start] = key
        return key
    return None


def _link_aliases(drafts: dict[str, EntityDraft], entity_at: dict[int, str], text: str) -> list[NameLink]:
    """ "X, also known as Y": Y becomes an alias of X, and Y's mentions join X."""
    links: list[NameLink] = []
    starts = sorted(entity_at)
    for draft in list(drafts.values()):
        if draft.type not in ("PERSON", "ORG"):
            continue
        for mention in list(draft.mentions):
            cue = _ALIAS_CUE.match(text, mention.end)
            if not cue:
                continue
            alias_start = cue.end()
            alias_key = entity_at.get(alias_start)
            if alias_key is not None and alias_key != draft.key and alias_key in drafts:
                alias = drafts.pop(alias_key)
                alias_end = alias.mentions[0].end if alias.mentions[0].start == alias_start else alias_start
                for moved in alias.mentions:
                    entity_at[moved.start] = draft.key
                draft.mentions.extend(alias.mentions)
                draft.mentions.sort(key=lambda m: m.start)
                name = alias.name
            else:
                words = re.match(
                    r"(?:[A-Z][\w'’-]*(?:\s+|$|(?=[\"”’')])))+", text[alias_start : alias_start + 80]
                )
                if not words or alias_start in starts:
                    continue
                name = words.group().strip()
                alias_end = alias_start + len(name)
                draft.mentions.append(Span.of(text, alias_start, alias_end))
                entity_at[alias_start] = draft.key
            if name not in draft.aliases:
                draft.aliases.append(name)
            links.append(
                NameLink(
                    type="alias_of",
                    entity=draft.key,
                    name=name,
                    evidence=Span.of(text, mention.start, alias_end),
                )
            )
    return links


def _add_nominals(drafts: dict[str, EntityDraft], entity_at: dict[int, str], text: str) -> None:
    """ "the ministry", "the group": a mention of the latest organisation they can refer to."""
    organisations = [d for d in drafts.values() if d.type == "ORG"]
    if not organisations:
        return
    for nominal in _NOMINAL.finditer(text):
        if nominal.start() in entity_at or any(
            m.start <= nominal.start() < m.end for d in organisations for m in d.mentions
        ):
            continue
        noun = nominal.group(1).casefold()
        candidates = [
            d
            for d in organisations
            if d.mentions[0].start < nominal.start()
            and (
                d.name.casefold().split()[-1].rstrip("s") == noun.rstrip("s")
                or (noun in _GROUP_NOUNS and d.kind == "armed_group")
            )
        ]
        if not candidates:
            continue
        owner = max(candidates, key=lambda d: max(m.start for m in d.mentions if m.start < nominal.start()))
        owner.mentions.append(Span.of(text, nominal.start(), nominal.end()))
        owner.mentions.sort(key=lambda m: m.start)
        entity_at[nominal.start()] = owner.key


_ROLE_NOUNS = (
    "general|commander|minister|president|leader|spokesman|spokeswoman|spokesperson|official|cleric|colonel|"
    "captain|lieutenant|sergeant|major|chief|governor|mayor|senator|lawmaker|ambassador|envoy|prosecutor|"
    "judge|militant|suspect|gunman|bomber|activist|journalist|reporter|director|secretary|premier|king|"
    "prince|emir|imam|sheikh|officer|soldier|student|teacher|doctor|lawyer|businessman|businesswoman"
)
_APPOSITION = re.compile(rf"\A,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?({_ROLE_NOUNS})\b", re.IGNORECASE)
_PERSON_NOMINAL = re.compile(
    rf"\b(?:the|The|THE)\s+(?:former\s+|late\s+|slain\s+)?({_ROLE_NOUNS})\b(?!\s+of\b)"
)


def _add_person_nominals(drafts: dict[str, EntityDraft], entity_at: dict[int, str], text: str) -> None:
    """ "Qasem Soleimani, a general in ...", later "the general": a mention of that person.

    Only when the role noun describes exactly one person of the article, and only after that description.
    """
    described: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for draft in drafts.values():
        if draft.type != "PERSON":
            continue
        for mention in draft.mentions:
            apposition = _APPOSITION.match(text[mention.end : mention.end + 120])
            if apposition:
                noun = apposition.group(1).casefold()
                described.setdefault(noun, set()).add(draft.key)
                first_at[noun] = min(first_at.get(noun, len(text)), mention.end)
    for nominal in _PERSON_NOMINAL.finditer(text):
        noun = nominal.group(1).casefold()
        owners = described.get(noun, set())
        if len(owners) != 1 or nominal.start() <= first_at[noun] or nominal.start() in entity_at:
            continue
        if any(m.start <= nominal.start() < m.end for d in drafts.values() for m in d.mentions):
            continue
        owner = drafts[next(iter(owners))]
        owner.mentions.append(Span.of(text, nominal.start(), nominal.end()))
        owner.mentions.sort(key=lambda m: m.start)
        entity_at[nominal.start()] = owner.key


_PERSON = frozenset({"PERSON"})
_GROUP = frozenset({"ORG", "NORP"})
_PERSONAL_PRONOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), _PERSON),
    **dict.fromkeys(("they", "them", "their", "themselves"), _GROUP),
    **dict.fromkeys(("its", "itself"), frozenset({"ORG"})),
}
"""Personal pronouns and the kinds of entity each can stand for."""
_RELATIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "who": frozenset({"PERSON", "ORG", "NORP"}),
    "whom": frozenset({"PERSON", "ORG", "NORP"}),
    "whose": frozenset({"PERSON", "ORG", "NORP"}),
    "which": frozenset({"ORG"}),
}
"""Relative pronouns and the kinds of entity each can stand for."""


def _add_pronouns(drafts: dict[str, EntityDraft], entity_at: dict[int, str], text: str, doc: Doc) -> None:
    """Pronouns with one possible antecedent, found without knowing anyone's gender or number.

    A relative pronoun stands for the name its clause describes ("Ali Musa, who ..."). A personal one
    stands for the one entity of its kinds (``_PERSONAL_PRONOUNS``: "his" a person, "their" a group, "its"
    an organisation) named between the start of the previous sentence and the pronoun; with two
    candidates it stays unresolved.
    """
    if not doc.has_annotation("DEP"):
        return
    named = [(m.start, m.end, d.key, d.type) for d in drafts.values() for m in d.mentions]
    found: list[tuple[int, int, str]] = []
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        window_start = sentences[index - 1].start_char if index else sentence.start_char
        for token in sentence:
            lower = token.lower_
            key: str | None = None
            if lower in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                antecedent = token.head.head
                key = next(
                    (
                        k
                        for start, end, k, type_ in named
                        if start <= antecedent.idx < end and type_ in _RELATIVE_PRONOUNS[lower]
                    ),
                    None,
                )
            elif lower in _PERSONAL_PRONOUNS:
                kinds = _PERSONAL_PRONOUNS[lower]
                inside = {
                    k for start, _, k, type_ in named if type_ in kinds and window_start <= start < token.idx
                }
                key = next(iter(inside)) if len(inside) == 1 else None
            if key is not None and token.idx not in entity_at:
                # ``text``, not ``doc.text``: upper-case wire copy is parsed lower-cased.
                found.append((token.idx, token.idx + len(token.text), key))
    for start, end, key in found:
        drafts[key].mentions.append(Span.of(text, start, end))
        entity_at[start] = key
    for key in {k for _, _, k in found}:
        drafts[key].mentions.sort(key=lambda m: m.start)
