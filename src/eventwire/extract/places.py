"""Toponym resolution: which real place each place name of one article means, and which ones are metonyms.

Every name is looked up in the :class:`~eventwire.extract.gazetteer.Gazetteer`; its candidates are scored
by population (the prior), by the countries the article is about (a dateline, countries named, demonyms,
names already resolved) and by containment written in the text ("Houston, Texas", "the city of Kerman in
southern Iran", "SAN MIGUEL DEPARTMENT"). All mentions of one name in one article get the same place.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.extract.gazetteer import ADMIN1_WORDS, Gazetteer, GazetteerEntry, fold_name, subdivision_name
from eventwire.models import Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.extract.pipeline import Analysis, EntityDraft

__all__ = [
    "Dateline",
    "PlacesStage",
    "ResolvedToponym",
    "find_dateline",
    "find_metonyms",
    "place_for_name",
    "resolve_toponyms",
]

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Scores are in units of "a factor of ten in population".
_FEATURE_BONUS = {"country": 3.0, "admin1": -0.8, "admin2": -1.2}
# The gazetteer holds no population for wider regions; they are named far more often than any town that
# shares their name ("Africa" is also an alternate name of Mahdia, "Middle East" a hamlet in Ohio).
_WIDE_PRIOR = {"continent": 10.0, "ocean": 9.0, "region": 8.5, "sea": 8.5}
_ALTERNATE_ONLY = 0.5
"""Penalty for a candidate matched on an alternate name only."""
_ALTERNATE_BESIDE_PRIMARY = 2.5
"""Penalty for it when another candidate bears the name as its own ("Venice" is also a name of Dayton)."""
_CONTEXT_SHARE = 2.5
_CONTEXT_PRESENT = 1.0
_CONTEXT_GIVEN = 2.0
_CONTAINED_IN_ADMIN1 = 6.0
_CONTAINED_IN_COUNTRY = 4.0
_REGION_PRESENT = 1.0
_REGION_SHARE = 0.5
_KIND_MATCH = 4.0
_SPELT_OUT = 4.0
_SIBLING_STATES = 2
"""Other states of one country an article names before a country named like one of them loses its bonus."""

_DATELINE = re.compile(
    r"\A\W*(?P<name>[A-Z][A-Z.'’ -]{1,40}?[A-Z.])\s*"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\s*(?=[(,:—–-])|,[^\n]{0,30}?)?"
    r"\s*(?:\(|--|—|–|-|,|:)"
)
# A dateline opening a later line, under a photo caption or a byline ("MILLBROOK (WXYZ) -",
# "MEMPHIS, Tenn. --"): written in capitals and closed by a dash, as a heading or a sentence is not.
_LINE_DATELINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’ -]{1,40}?[A-Z.])[ \t]*"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})[ \t]*)?"
    r"(?P<source>\([^)\n]{1,40}\)[ \t]*)?(?:--|—|–|-(?![a-z]))",
    re.MULTILINE,
)
_LINE_DATELINE_REACH = 1500
"""How far into the text a dateline may open a line: page furniture comes first, other stories later."""
_CONTAINER_GAP = re.compile(
    r"\A\s*(?:,|\(|\bin\b|\bnear\b|\boutside\b|\bof\b)\s*(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)\s+)?(?:part of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)
_NEIGHBOURHOOD_OF = re.compile(
    r"\A\s+neighbou?rhood\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|"
    r"eastern|western|downtown|northeast|northwest|southeast|southwest)\s+)?\Z",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"[A-Z][\w .-]*['’]s\s+")
_PART_OF_TOWN_KM = 30.0


def _apart(town: GazetteerEntry | None, part: GazetteerEntry | None) -> bool:
    """Whether ``part`` (None: unknown) cannot be a part of the city ``town`` written before it."""
    if town is None or town.feature != "city":
        return False
    if part is None:
        return True
    return part.country_code != town.country_code or (
        part.feature == "city" and _distance_km(town, part) > _PART_OF_TOWN_KM
    )


def _distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    dlat, dlon = math.radians(b.lat - a.lat), math.radians(b.lon - a.lon)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


_NEIGHBOURHOOD_AFTER = re.compile(r"\s+neighbou?rhood\b", re.IGNORECASE)
_WRITTEN_CONTAINER = re.compile(r"\A\s*(?:,|\()\s*\Z")
_CITY_BEFORE = re.compile(r"\b(?:city|town|village|capital|outskirts|suburb|port|district)\s+of\s+\Z", re.I)
_ADMIN1_AFTER = re.compile(r"\A\s+(" + "|".join(sorted(ADMIN1_WORDS)) + r")\b", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedToponym:
    """One place mention and the place it was resolved to (None when the gazetteer has no such name)."""

    span: Span
    place: Place | None
    score: float = 0.0
    inferred: bool = False
    """The gazetteer does not know the name: ``place`` is the known place written as containing it ("Palais
    des Nations in Geneva"), else the country the article is about, at that place's own precision."""


def _prior(entry: GazetteerEntry, key: str, *, primary_elsewhere: bool = False) -> float:
    if entry.feature in _WIDE_PRIOR:
        score = _WIDE_PRIOR[entry.feature]
    else:
        population = entry.population // 3 if entry.feature in ("admin1", "admin2") else entry.population
        score = math.log10(population + 10) + _FEATURE_BONUS.get(entry.feature, 0.0)
    if fold_name(entry.name) != key:  # matched on an alternate name only
        score -= _ALTERNATE_BESIDE_PRIMARY if primary_elsewhere else _ALTERNATE_ONLY
    return score


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The place a news article is filed from ("HUNTSVILLE, Ala. (WAFF) -", "ELGIN, Ill. --")."""

    span: Span
    """The place name as written at the head of the article."""
    place: GazetteerEntry
    region: GazetteerEntry | None
    """The state, province or country written after the name, when one is."""


def find_dateline(text: str, gazetteer: Gazetteer) -> Dateline | None:
    """The dateline of ``text``: a capitalised place name opening the article, and its state if written.

    A town needs its state written after it, or 20,000 people: a capitalised word opening a story is
    often no place at all.
    """
    written = _dateline_region(text, gazetteer)
    if written is None:
        return None
    name_span, region = written
    name = name_span.text
    found = [e for e in gazetteer.candidates(name) if e.feature not in _WIDE_PRIOR]
    if region is not None:
        found = [
            e
            for e in found
            if _lies_in(e, region)
            and e.feature != "admin1"
            and (region.feature != "admin2" or _distance_km(e, region) <= COUNTY_REACH_KM)
        ]
    else:
        found = [e for e in found if e.population >= 20_000 or e.feature != "city"]
    if not found:
        return None
    key = fold_name(name)
    # "PUYALLUP, Wash.": the town of that name, not a bigger one that has it as an alternate name.
    primary = any(fold_name(e.name) == key and e.feature == "city" for e in found)
    best = max(found, key=lambda e: _prior(e, key, primary_elsewhere=primary and e.feature == "city"))
    return Dateline(span=name_span, place=best, region=region)


def _dateline_region(text: str, gazetteer: Gazetteer) -> tuple[Span, GazetteerEntry | None] | None:
    """The name opening the article as a dateline, and the state or country written after it, if any.

    The name need not be known: "CAMP MURRAY, Wash. -" still says the story is filed from Washington.
    """
    match = _DATELINE.match(text)
    if not match:
        # Down the page, a capitalised word and a dash may be a heading ("SEATTLE - ..." over a list of
        # stories): only a state or a source written after the name ("(AP)", "(WXYZ)") makes it a dateline.
        match = _LINE_DATELINE.search(text, 0, _LINE_DATELINE_REACH)
        if match is None or not (match["region"] or match["source"]):
            return None
    name = match["name"].rstrip(" .-")
    region = None
    if match["region"]:
        regions = [e for e in gazetteer.candidates(match["region"]) if e.feature in ("admin1", "country")]
        # "ATHENS, ATHENS COUNTY -": a county written after the town says which state, when it is
        # written as a county and only one state has it.
        counties = [e for e in gazetteer.candidates(match["region"]) if e.feature == "admin2"]
        if not regions and _COUNTY_WORD.search(match["region"]) and len(counties) == 1:
            regions = counties
        region = regions[0] if regions else None
    start = match.start("name")
    return Span.of(text, start, start + len(name)), region


def _lies_in(entry: GazetteerEntry, region: GazetteerEntry) -> bool:
    """Whether ``entry`` lies in the country or region ``region`` (for a county: in the county's state)."""
    return entry.country_code == region.country_code and (
        region.feature == "country" or entry.admin1 == region.admin1
    )


_COUNTY_WORD = re.compile(r"\b(?:county|parish|borough)\b", re.IGNORECASE)
COUNTY_REACH_KM = 60.0
"""How far from a county's point a town may lie and still be taken to be inside it."""


def _is_local(dateline: Dateline, gazetteer: Gazetteer) -> bool:
    """Whether the story is filed from a town or a county ("STOKES COUNTY, N.C. --") of a state."""
    region = dateline.region
    return (
        dateline.place.feature in ("city", "admin2")
        and (region is None or region.feature == "admin1")
        and not gazetteer.is_capital(dateline.place)
    )


def _demonym_countries(text: str, gazetteer: Gazetteer) -> list[str]:
    codes = []
    for match in _CAPITALISED_WORD.finditer(text):
        code = gazetteer.country_of_demonym(match.group())
        if code is None and " " in match.group():
            code = gazetteer.country_of_demonym(match.group().split()[0])
        if code:
            codes.append(code)
    return codes


def resolve_toponyms(
    text: str,
    mentions: Iterable[tuple[int, int]] | Iterable[Span],
    *,
    context_countries: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    fallback_to_focus: bool = True,
    site_names: Sequence[str] = (),
) -> list[ResolvedToponym]:
    """Resolve the place mentions ``[start, end)`` of one article ``text`` to places, in input order.

    Pure: needs no spaCy. ``context_countries`` are ISO alpha-2 codes known to be in focus beforehand.
    A mention that is a demonym ("Syrian") resolves to its country. With ``fallback_to_focus``, a name the
    gazetteer does not know resolves to the country the article is clearly about, marked ``inferred`` and
    with precision ``country``: a centroid is never passed off as a town.

    ``site_names`` are the place names of the news site's part of the title ("Springfield, Illinois" in
    "... - Channel 9 - Springfield, Illinois"): like a dateline, they favour the names of their state, and
    are never places of the article themselves.
    """
    gazetteer = gazetteer or Gazetteer.load()
    focus = frozenset(context_countries)
    spans = [m if isinstance(m, Span) else Span.of(text, m[0], m[1]) for m in mentions]
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    keys = [fold_name(_strip_compass(_strip_possessive(span.text))) for span in spans]
    acronyms = {key for span, key in zip(spans, keys, strict=True) if _is_acronym(span.text)}

    # "the 3500 block of Elm", "near 40th and Elm", "Elm Parkway": a street named like a town is no town.
    streets = {i for i, span in enumerate(spans) if _is_street(text, span)}
    candidates: dict[str, list[GazetteerEntry]] = {}
    for key in {k for i, k in enumerate(keys) if i in streets} - {
        k for i, k in enumerate(keys) if i not in streets
    }:
        candidates[key] = []
    for key in keys:
        if key not in candidates:
            # A demonym first: "Canadian" is also a town in Texas.
            found = _candidates(key, gazetteer)
            if key in acronyms:  # "EU", "WA": never a village that happens to be spelt so
                found = [e for e in found if e.feature != "city" or fold_name(e.name) != key]
            candidates[key] = found

    bonus: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for position, i in enumerate(order):
        span, key = spans[i], keys[i]
        before, after = text[max(0, span.start - 20) : span.start], text[span.end : span.end + 25]
        for n, entry in enumerate(candidates[key]):
            if _CITY_BEFORE.search(before) and entry.feature == "city":
                bonus[key][n] += _KIND_MATCH
            if _ADMIN1_AFTER.match(after) and entry.feature == "admin1":
                bonus[key][n] += _KIND_MATCH
        if position + 1 < len(order):
            container = spans[order[position + 1]]
            if _CONTAINER_GAP.match(text[span.end : container.start]):
                outer = keys[order[position + 1]]
                _add_containment(bonus[key], bonus[outer], candidates[key], candidates[outer])

    _add_shared_regions(bonus, candidates, gazetteer)
    _add_towns_in_counties(bonus, candidates)

    # The dateline names where the article is filed from: its town, and its state's towns, come first.
    dateline = find_dateline(text, gazetteer)
    # A dateline town the gazetteer lacks ("CAMP MURRAY, Wash.") still lies in the state written after it:
    # no namesake elsewhere, and at worst that state.
    written = _dateline_region(text, gazetteer) if dateline is None else None
    filed_in = written[1] if written is not None else None
    if written is not None and filed_in is not None:
        for span, key in zip(spans, keys, strict=True):
            if span.start == written[0].start:
                candidates[key] = [e for e in candidates[key] if _lies_in(e, filed_in) and e != filed_in]
    if dateline is not None:
        for key in candidates:
            for n, entry in enumerate(candidates[key]):
                if entry == dateline.place:
                    bonus[key][n] += _KIND_MATCH
    # "SA" in an article that names South Africa, "T&T" in one that names Trinidad and Tobago.
    demonym_countries = _demonym_countries(text, gazetteer)
    named = [e for key in candidates if key not in acronyms for e in candidates[key]]
    named += [c for c in map(gazetteer.country, set(demonym_countries)) if c is not None]
    for key in acronyms:
        have = {e.geonames_id or (e.name, e.country_code) for e in candidates[key]}
        for entry in _spelt_out(key, named):
            if (entry.geonames_id or (entry.name, entry.country_code)) not in have:
                have.add(entry.geonames_id or (entry.name, entry.country_code))
                candidates[key].append(entry)
            bonus[key][candidates[key].index(entry)] += _SPELT_OUT

    regions: Counter[tuple[str, str]] = Counter()
    sibling_states: set[str] = set()
    own_regions: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    region_total = 1

    def best(key: str, context: Counter[str], exclude: Counter[str]) -> tuple[GazetteerEntry | None, float]:
        total = sum(context.values()) - sum(exclude.values())
        choice, top = None, -math.inf
        primary = any(fold_name(e.name) == key and e.feature == "city" for e in candidates[key])
        for n, entry in enumerate(candidates[key]):
            score = _prior(entry, key, primary_elsewhere=primary and entry.feature == "city") + bonus[key][n]
            region = (entry.country_code or "", entry.admin1 or "")
            in_region = regions[region] - own_regions[key][region]
            if in_region > 0:  # the article names the state or province this place lies in, or its towns
                score += _REGION_PRESENT + _REGION_SHARE * in_region / region_total
            if entry.country_code in focus:  # the caller knows the article is about this country
                score += _CONTEXT_GIVEN
            weight = context[entry.country_code or ""] - exclude[entry.country_code or ""]
            if weight > 0 and total > 0:
                score += _CONTEXT_SHARE * weight / total + _CONTEXT_PRESENT
            if entry.feature == "country" and key in sibling_states:
                score -= _FEATURE_BONUS["country"]
            if score > top:
                choice, top = entry, score
        return choice, top

    # Pass 1: population, containment and the article's dateline and demonyms.
    base: Counter[str] = Counter({code: 1 for code in context_countries})
    if dateline is not None and dateline.place.country_code:
        base[dateline.place.country_code] += 3
    elif filed_in is not None and filed_in.country_code:
        base[filed_in.country_code] += 3
    base.update(demonym_countries)
    first = {key: best(key, base, Counter())[0] for key in candidates}
    votes: Counter[str] = Counter()
    own: dict[str, Counter[str]] = {}
    for key in keys:
        chosen = first[key]
        own[key] = own.get(key, Counter())
        if chosen is not None and chosen.country_code:
            weight = 2 if chosen.feature == "country" else 1
            votes[chosen.country_code] += weight
            own[key][chosen.country_code] += weight
    # Pass 2: the same, with every other name's first choice as context, and the first-level regions that
    # the article names (a county or a town inside one of them is likelier than a namesake elsewhere).
    for key in keys:
        chosen = first[key]
        if chosen is not None and chosen.feature not in _WIDE_PRIOR and chosen.country_code and chosen.admin1:
            weight = 2 if chosen.feature == "admin1" else 1
            regions[(chosen.country_code, chosen.admin1)] += weight
            own_regions[key][(chosen.country_code, chosen.admin1)] += weight
    if dateline is not None and dateline.place.country_code and dateline.place.admin1:
        regions[(dateline.place.country_code, dateline.place.admin1)] += 3
    elif filed_in is not None and filed_in.country_code and filed_in.feature == "admin1" and filed_in.admin1:
        regions[(filed_in.country_code, filed_in.admin1)] += 3
    for site in _site_regions(site_names, base + votes, gazetteer):
        regions[site] += _SITE_WEIGHT
    region_total = max(1, sum(regions.values()))
    # States named side by side ("Alaska, Hawaii, Florida and Georgia") make a namesake country unlikely.
    states_named: defaultdict[str, set[str]] = defaultdict(set)
    for key, chosen in first.items():
        if chosen is not None and chosen.feature == "admin1" and chosen.country_code:
            states_named[chosen.country_code].add(key)
    sibling_states = {
        key
        for key in candidates
        if any(
            e.feature == "admin1" and len(states_named[e.country_code or ""] - {key}) >= _SIBLING_STATES
            for e in candidates[key]
        )
    }
    context = base + votes
    final = {key: best(key, context, own[key]) for key in candidates}
    # A long name known only by a part of it ("Melky Rodriguez", "the Cook-Out") stands for that part only
    # where the article is: a lone namesake in a country nothing else in the article points to is noise.
    evidence = sum(context.values())
    for key, (chosen, _) in final.items():
        if (
            chosen is not None
            and chosen.country_code
            and " " in key
            and evidence > sum(own[key].values())
            and context[chosen.country_code] <= own[key][chosen.country_code]
            and not gazetteer.candidates(key)
            and gazetteer.country_of_demonym(key) is None
            and gazetteer.region_of_demonym(key) is None
        ):
            final[key] = (None, 0.0)
    for key, (chosen, score) in final.items():
        county = _county_of_named_state(chosen, candidates[key], regions - own_regions[key])
        if county is not None:
            final[key] = (county, score)
    focus_country = _focus_country(context, gazetteer) if fallback_to_focus else None
    # A park, street or building the gazetteer lacks, in local news filed from a town, lies in that town. A
    # story filed from a capital or with its country written ("KABUL, Afghanistan") covers the country.
    focus_town = dateline.place if dateline is not None and _is_local(dateline, gazetteer) else None
    if (
        focus_town is not None
        and focus_country is not None
        and focus_town.country_code != focus_country.country_code
    ):
        focus_town = None
    # A name the gazetteer lacks followed by one it knows ("Palais des Nations in Geneva", "Oulton Park,
    # Cheshire") lies in that place, as exactly as the container is known.
    container_of: dict[int, GazetteerEntry] = {}
    misplaced: set[int] = set()
    for inner_at, outer_at in itertools.pairwise(order):
        gap = text[spans[inner_at].end : spans[outer_at].start]
        outer_entry = final[keys[outer_at]][0]
        inner_entry = final[keys[inner_at]][0]
        if inner_entry is None and outer_entry is not None and _CONTAINER_GAP.match(gap):
            container_of[inner_at] = outer_entry
        elif (
            inner_entry is not None
            and inner_entry.feature == "city"
            and outer_entry is not None
            and outer_entry.feature in ("admin1", "admin2")
            and _WRITTEN_CONTAINER.match(gap)
            and not _lies_in(inner_entry, outer_entry)
        ):
            # "Rockingham, Northamptonshire" when the gazetteer knows no Rockingham there: the text says where
            # it is, and a namesake elsewhere is surely wrong.
            container_of[inner_at] = outer_entry
            misplaced.add(inner_at)
        elif _POSSESSIVE_GAP.fullmatch(text[spans[inner_at].start : spans[outer_at].start]) and _apart(
            inner_entry, outer_entry
        ):
            # "Miami's Overtown neighborhood": a part of the town before it, not a namesake in Scotland.
            assert inner_entry is not None
            container_of[outer_at] = inner_entry
            misplaced.add(outer_at)
        elif outer_entry is not None and outer_entry.feature == "city" and _NEIGHBOURHOOD_OF.match(gap):
            # "the Parkway neighborhood in south Sacramento": a part of the town, not a namesake elsewhere.
            container_of[inner_at] = outer_entry
            misplaced.add(inner_at)
    # "in the Lawndale neighborhood" of a story filed from a town, else of one that names a town most: a
    # part of that town, unless the name is a place near it anyway.
    quarters = [i for i, span in enumerate(spans) if _NEIGHBOURHOOD_AFTER.match(text, span.end)]
    home = focus_town
    if home is None and quarters and fallback_to_focus:
        home = _main_town([final[keys[i]][0] for i in range(len(spans)) if i not in quarters], focus_country)
    for index in quarters:
        if index not in container_of and home is not None and _apart(home, final[keys[index]][0]):
            container_of[index] = home
            misplaced.add(index)
    # "in Overtown ... in Miami's Overtown neighborhood": what one mention's context says of a name holds
    # for its other mentions too, as every mention of a name gets one place.
    placed_by_text = {keys[i]: container_of[i] for i in sorted(misplaced, key=lambda i: spans[i].start)}
    for index, key in enumerate(keys):
        if index not in container_of and index not in streets and key in placed_by_text:
            container_of[index] = placed_by_text[key]
            misplaced.add(index)
    # A far small namesake in a local story is most likely a part of the story's own town (see
    # _stray_namesake): the town the story is filed from, else the one it names most.
    told = Counter(keys)
    for index, key in enumerate(keys):
        chosen = final[key][0]
        if index in container_of or index in streets or chosen is None:
            continue
        home = focus_town or _most_told_town(final, told, key, focus_country)
        if home is not None and _stray_namesake(chosen, home, regions - own_regions[key]):
            container_of[index] = home
            misplaced.add(index)
    if written is not None and filed_in is not None:
        for index, span in enumerate(spans):
            if span.start == written[0].start and final[keys[index]][0] is None:
                container_of[index] = filed_in
    resolved = []
    for index, (span, key) in enumerate(zip(spans, keys, strict=True)):
        chosen, score = final[key]
        if index in streets:
            resolved.append(ResolvedToponym(span=span, place=None))
        elif chosen is not None and index not in misplaced:
            resolved.append(ResolvedToponym(span=span, place=chosen.to_place(), score=score))
        elif index in container_of:
            resolved.append(ResolvedToponym(span=span, place=container_of[index].to_place(), inferred=True))
        elif fallback_to_focus and focus_town is not None and span.text[:1].isupper() and key not in acronyms:
            resolved.append(ResolvedToponym(span=span, place=focus_town.to_place(), inferred=True))
        elif focus_country is not None and span.text[:1].isupper() and key not in acronyms:
            resolved.append(ResolvedToponym(span=span, place=focus_country.to_place(), inferred=True))
        else:
            resolved.append(ResolvedToponym(span=span, place=None))
    return resolved


def _most_told_town(
    final: dict[str, tuple[GazetteerEntry | None, float]],
    told: Counter[str],
    other_than: str,
    country: GazetteerEntry | None,
) -> GazetteerEntry | None:
    """The town of the article's country that it names most, at least twice (first by name on a tie)."""
    towns = [
        (told[key], entry)
        for key, (entry, _) in final.items()
        if key != other_than
        and entry is not None
        and entry.feature == "city"
        and country is not None
        and entry.country_code == country.country_code
        and told[key] >= 2
    ]
    return max(towns, key=lambda t: t[0])[1] if towns else None


def _county_of_named_state(
    chosen: GazetteerEntry | None, found: list[GazetteerEntry], regions: Counter[tuple[str, str]]
) -> GazetteerEntry | None:
    """The namesake of a county ``chosen`` that lies in a state the article names, when ``chosen`` lies in
    one it does not name: many states have a Lincoln County, and only the story's state tells which one;
    the size that decides between towns says nothing of a county. None when ``chosen`` stays."""
    if chosen is None or chosen.feature != "admin2" or not chosen.admin1:
        return None
    if regions[(chosen.country_code or "", chosen.admin1)] > 0:
        return None
    named = [
        (regions[(e.country_code or "", e.admin1)], n, e)
        for n, e in enumerate(found)
        if e.feature == "admin2"
        and e.admin1
        and fold_name(e.name) == fold_name(chosen.name)
        and regions[(e.country_code or "", e.admin1)] > 0
    ]
    return max(named, key=lambda t: (t[0], -t[1]))[2] if named else None


_STRAY_TOWN = 50_000
"""A town this small, far from a local story's home town, in a state nothing else points to, is doubtful."""
_STRAY_KM = 400.0


def _stray_namesake(chosen: GazetteerEntry, home: GazetteerEntry, regions: Counter[tuple[str, str]]) -> bool:
    """Whether ``chosen`` is a far namesake that a local story filed from ``home`` hardly means.

    "BRISTOW (KXYZ) - ... a shooting at the Lindale bar": in local news, a small town's name that the
    gazetteer knows only in another state, far away, where no other name of the article points, is more
    likely a bar, a street or a quarter of the story's own town that the gazetteer lacks. A big city, a
    town in the dateline's state, and a town whose state the article names keep their place.
    """
    return (
        chosen.feature == "city"
        and chosen.population < _STRAY_TOWN
        and chosen.country_code == home.country_code
        and chosen.admin1 is not None
        and chosen.admin1 != home.admin1
        and regions[(chosen.country_code or "", chosen.admin1)] <= 0
        and _distance_km(chosen, home) > _STRAY_KM
    )


_SITE_WEIGHT = 3
_SITE_TOWN = 50_000
_POSTAL_CODE = re.compile(r"[A-Z]{2}")


def _site_regions(names: Sequence[str], context: Counter[str], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """The first-level regions the news site's place names stand for, in the countries the article is about.

    A name counts as a first-level region, or as a town of 50,000 people; a two-letter code after a comma
    is read as a postal code of a region ("Tulsa, OK").
    """
    found = []
    for name in names:
        if _POSTAL_CODE.fullmatch(name):
            entries = [e for code in context if (e := _postal_region(code, name, gazetteer)) is not None]
        else:
            key = fold_name(name)
            entries = [
                e
                for e in gazetteer.candidates(name)
                if context[e.country_code or ""] > 0
                and fold_name(e.name) == key
                and (e.feature == "admin1" or (e.feature == "city" and e.population >= _SITE_TOWN))
            ]
        if entries:
            top = max(entries, key=lambda e: _prior(e, fold_name(e.name)))
            if top.country_code and top.admin1:
                found.append((top.country_code, top.admin1))
    return found


def _postal_region(country_code: str, code: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    name = subdivision_name(country_code, code)
    if name is None:
        return None
    return next(
        (e for e in gazetteer.candidates(name) if e.feature == "admin1" and e.country_code == country_code),
        None,
    )


_TITLE_PARTS = re.compile(r"\s+(?:[-|–—:]{1,2}|::)\s+|\s*\|\s*|(?<=[a-z])-(?=[A-Z])")
_TITLE_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|(?<=,\s)[A-Z]{2}\b")


def site_names(title: str | None) -> list[str]:
    """Candidate place names in the news site's part of a title: every part after the headline.

    "Five hurt in shooting - WXYZ News - Millbrook, Ohio" gives "WXYZ"-free runs of capitalised words and
    their shorter runs ("Ohio"), and postal codes after a comma ("Millbrook, OH"); a town with its region
    written after it is left to the region.
    """
    if not title:
        return []
    parts = _TITLE_PARTS.split(title)
    names: list[str] = []
    for part in parts[1:]:
        for match in _TITLE_NAME.finditer(part):
            town = not _POSTAL_CODE.fullmatch(match.group())
            if town and part.startswith(", ", match.end()) and _TITLE_NAME.match(part, match.end() + 2):
                continue  # "Millbrook, Ohio": the region written after the town says which one
            words = match.group().split()
            names.extend(
                " ".join(words[i : i + size])
                for size in range(len(words), 0, -1)
                for i in range(len(words) - size + 1)
            )
    return names


_STREET_BEFORE = re.compile(r"(?:\bblock of|\b\d+(?:st|nd|rd|th)\s+(?:and|&))\s+\Z", re.IGNORECASE)
_STREET_AFTER = re.compile(
    r"\A\s+(?:(?:and|&)\s+\d+(?:st|nd|rd|th)\b|(?:streets|avenues|roads)\b|"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Parkway|Pkwy\.?|Drive|Lane|Trail|Highway|"
    r"Terrace|Court|Place|Way|Pike|Turnpike|Expressway|Freeway)\b(?!\s+[A-Z]))"
)
"""A street word after the name, unless a longer name goes on ("the Elm Trail Blazers")."""


def _is_street(text: str, span: Span) -> bool:
    """Whether the mention names a street ("the 3500 block of Elm", "40th and Elm", "Elm Parkway")."""
    return bool(
        _STREET_BEFORE.search(text, max(0, span.start - 30), span.start)
        or _STREET_AFTER.match(text[span.end : span.end + 20])
    )


def _main_town(chosen: list[GazetteerEntry | None], country: GazetteerEntry | None) -> GazetteerEntry | None:
    """The largest town of the article's country that it names: the city whose quarters it would name."""
    towns = [
        e
        for e in chosen
        if e is not None
        and e.feature == "city"
        and country is not None
        and e.country_code == country.country_code
    ]
    return max(towns, key=lambda e: e.population) if towns else None


_FOCUS_SHARE = 0.5
_FOCUS_EVIDENCE = 3


def _focus_country(context: Counter[str], gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country the article is mostly about: at least half of its place evidence, and enough of it."""
    total = sum(context.values())
    if not context or total < _FOCUS_EVIDENCE:
        return None
    code, weight = context.most_common(1)[0]
    return gazetteer.country(code) if weight >= _FOCUS_SHARE * total else None


def _candidates(key: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    # A demonym first: "Canadian" is also a town in Texas.
    code = gazetteer.country_of_demonym(key)
    region = gazetteer.region_of_demonym(key)
    if region is not None and (code is None or region.country_code == code):
        return [region]  # "English" is of England before it is of Britain
    country = gazetteer.country(code) if code else None
    if country is not None:
        return [country]
    if _CITY_SIDE.fullmatch(key):
        return []  # "the North Side", "the Lower East Side": a part of some town, never a place called so
    found = gazetteer.candidates(key)
    if found or " " not in key:
        return found
    words = key.split()
    if words[-1] in _STREET_WORDS:
        return []  # "North Vermont Avenue", "Auburn Avenue": a street is not in the place it is named for
    # "University of Alberta", "British Embassy", "New York Auto Show": the longest part that names a
    # country, region or sizeable town stands for where the thing is.
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            if part in _FILLER:
                continue
            found = [
                e
                for e in _candidates(part, gazetteer)
                if e.feature != "city" or e.population >= _SIZEABLE_TOWN
            ]
            if found:
                return found
    return []


_FILLER = frozenset(
    {
        "of",
        "the",
        "and",
        "new",
        "city",
        "saint",
        "st",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "far",
        "side",
        "downtown",
        "uptown",
        "midtown",
        "greater",
        "metro",
        # Words for a kind of place: "Paddock Hill Bend", "Convention Centre" and "Nile Delta" are no towns
        # called Bend, Centre or Delta.
        "bend",
        "centre",
        "center",
        "delta",
        "park",
        "hill",
        "hills",
        "point",
        "valley",
        "beach",
        "bay",
        "lake",
        "river",
        "island",
        "coast",
        "camp",
        "fort",
        "port",
        "mount",
        "springs",
        "falls",
        "university",
        "college",
        "academy",
        "castle",
        "church",
        "cathedral",
        "square",
        "street",
        "station",
        "airport",
        "harbour",
        "harbor",
        "bridge",
        "tower",
        "hall",
        "house",
        "court",
        "market",
        "stadium",
        "arena",
        "plaza",
        "mall",
    }
)
_SIZEABLE_TOWN = 50_000
_CITY_SIDE = re.compile(
    r"(?:far |lower |upper |near )?(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north east|north west|south east|south west) ?side"
)
_STREET_WORDS = frozenset(
    {
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "lane",
        "ln",
        "trail",
        "highway",
        "hwy",
        "parkway",
        "pkwy",
        "freeway",
        "expressway",
        "turnpike",
        "pike",
        "terrace",
        "circle",
    }
)


_MINOR_WORDS = frozenset({"of", "the", "and", "de", "del", "da", "du"})


def _spelt_out(acronym: str, named: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """The countries and regions among ``named`` whose initials the acronym is ("t&t", "sa", "drc")."""
    letters = re.sub(r"[^a-z]", "", acronym)
    found = []
    for entry in named:
        words = [w for w in re.split(r"[\s-]+", fold_name(entry.name)) if w and w not in _MINOR_WORDS]
        if (
            entry.feature in ("country", "admin1")
            and len(words) >= 2
            and "".join(w[0] for w in words) == letters
        ):
            found.append(entry)
    return found


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isupper() and len(letters) <= 3 and " " not in letters


_LOWER_COMPASS = re.compile(
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|central|downtown)\s+(?=[A-Z])"
)


def _strip_compass(name: str) -> str:
    """ "west Charlotte", "southwest Macon": a part of the town written after a lower-case compass word."""
    match = _LOWER_COMPASS.match(name)
    return name[match.end() :] if match else name


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _add_containment(
    inner_bonus: dict[int, float],
    outer_bonus: dict[int, float],
    inner: list[GazetteerEntry],
    outer: list[GazetteerEntry],
) -> None:
    """Favour the pairs of candidates where the inner one lies inside the outer one ("Atlanta, Georgia")."""
    regions = {(e.country_code, e.admin1) for e in outer if e.feature == "admin1"}
    countries = {e.country_code for e in outer if e.feature in ("country", "admin1")}
    # "Athens, Athens County": the town of that name near the county written after it.
    counties = [e for e in outer if e.feature == "admin2"]
    for n, entry in enumerate(inner):
        if entry.feature == "country":
            continue
        in_state = (entry.country_code, entry.admin1) in regions and entry.feature != "admin1"
        in_county = entry.feature == "city" and any(
            _lies_in(entry, county) and _distance_km(entry, county) <= COUNTY_REACH_KM for county in counties
        )
        if in_state or in_county:
            inner_bonus[n] += _CONTAINED_IN_ADMIN1
        elif entry.country_code in countries:
            inner_bonus[n] += _CONTAINED_IN_COUNTRY
    held = {(e.country_code, e.admin1) for e in inner if e.feature not in ("country", "admin1")}
    held_countries = {e.country_code for e in inner if e.feature != "country"}
    for n, entry in enumerate(outer):
        if entry.feature == "admin1" and (entry.country_code, entry.admin1) in held:
            outer_bonus[n] += _CONTAINED_IN_ADMIN1
        elif entry.feature == "country" and entry.country_code in held_countries:
            outer_bonus[n] += _CONTAINED_IN_COUNTRY
        elif entry.feature == "admin2" and any(
            town.feature == "city" and _lies_in(town, entry) and _distance_km(town, entry) <= COUNTY_REACH_KM
            for town in inner
        ):
            outer_bonus[n] += _CONTAINED_IN_ADMIN1


_SHARED_REGION = 0.8
"""Bonus per other name of the article that has a candidate in a candidate's first-level region."""
_SHARED_REGION_NAMES = 2
_LOCAL_FEATURES = frozenset({"city", "admin2"})
_SHARED_REGION_GAP = 1.5
"""How much less likely by population than a name's likeliest place a candidate may be and still share."""
_WELL_KNOWN = 1_000_000
"""A town this large is what its name means, whatever namesakes other names have near a namesake."""


def _add_shared_regions(
    bonus: dict[str, dict[int, float]], candidates: dict[str, list[GazetteerEntry]], gazetteer: Gazetteer
) -> None:
    """Favour the candidates whose state or province other names of the article may also lie in.

    A town and a county that are both ambiguous ("Franklin" and "Johnson County") most likely lie in a
    state that has both. A name found in every state (a "Washington County") favours every candidate
    alike, so only the rarer names steer. Only candidates of comparable size take part (a hamlet named
    like a city neither gains nor lends a region), and only names whose likeliest reading is a town or
    county that is neither a capital nor a city of a million: "London" and "Paris" are not the towns of
    Ontario because both are there.
    """
    regions_of: dict[str, set[tuple[str | None, str | None]]] = {}
    for key, found in candidates.items():
        if not found:
            continue
        top = max(found, key=lambda e: _prior(e, key))
        if top.feature not in _LOCAL_FEATURES or top.population >= _WELL_KNOWN or gazetteer.is_capital(top):
            continue
        regions_of[key] = {(e.country_code, e.admin1) for e in _plausible(key, found)}
    for key, held_here in regions_of.items():
        if len(held_here) < 2:
            continue  # nothing to choose between
        plausible = _plausible(key, candidates[key])
        for n, entry in enumerate(candidates[key]):
            if entry not in plausible:
                continue
            region = (entry.country_code, entry.admin1)
            shared = sum(1 for other, held in regions_of.items() if other != key and region in held)
            if shared:
                bonus[key][n] += _SHARED_REGION * min(shared, _SHARED_REGION_NAMES)


_TOWN_IN_COUNTY = 1.5
"""Bonus for a town and a county of one article when the one lies inside the other."""


def _add_towns_in_counties(
    bonus: dict[str, dict[int, float]], candidates: dict[str, list[GazetteerEntry]]
) -> None:
    """Favour a town and a county the article names apart when one of the town's namesakes lies inside
    one of the county's: "deputies of Walker County ... in Jasper" are most likely the Jasper of that
    county, however much bigger a Jasper elsewhere is. A small town may win this way, so only a town
    inside (within reach of the county's point, in its state) counts, never one merely in its state."""
    # Only a county named as itself ("Walker County", not "Liverpool FC" read as Liverpool), and never one
    # named like the town ("Liverpool" the town and the district are one clue, not two).
    counties = {
        key: [
            (n, e)
            for n, e in enumerate(found)
            if e.feature == "admin2" and e.admin1 and fold_name(e.name) == key and " " in key
        ]
        for key, found in candidates.items()
    }
    counties = {key: found for key, found in counties.items() if found}
    if not counties:
        return
    for town_key, found in candidates.items():
        for n, town in enumerate(found):
            if town.feature != "city" or not town.admin1:
                continue
            for county_key, held in counties.items():
                if county_key == town_key:
                    continue
                for m, county in held:
                    if (
                        fold_name(town.name) not in county_key
                        and _lies_in(town, county)
                        and _distance_km(town, county) <= COUNTY_REACH_KM
                    ):
                        bonus[town_key][n] += _TOWN_IN_COUNTY
                        bonus[county_key][m] += _TOWN_IN_COUNTY


def _plausible(key: str, found: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The towns and counties called ``key`` no more than about 30 times smaller than its likeliest place."""
    top = max(_prior(e, key) for e in found)
    return [
        e
        for e in found
        if e.feature in _LOCAL_FEATURES and e.admin1 and _prior(e, key) >= top - _SHARED_REGION_GAP
    ]


def place_for_name(name: str, *, context_countries: Sequence[str] = ()) -> Place | None:
    """The most likely place called ``name``, favouring places in ``context_countries`` (ISO alpha-2)."""
    resolved = resolve_toponyms(name, [(0, len(name))], context_countries=context_countries)
    return resolved[0].place


@functools.cache
def _metonym_verbs() -> frozenset[str]:
    path = Path(__file__).parent / "lexicons" / "places_metonym_verbs.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def find_metonyms(
    doc: Doc, resolved: Sequence[ResolvedToponym], *, gazetteer: Gazetteer | None = None
) -> set[int]:
    """Start offsets of mentions of countries or capitals that act as a government ("Tehran said")."""
    gazetteer = gazetteer or Gazetteer.load()
    verbs = _metonym_verbs()
    found = set()
    for toponym in resolved:
        place = toponym.place
        if place is None or place.feature not in ("country", "city"):
            continue
        if place.feature == "city" and not gazetteer.is_capital(_entry_of(place)):
            continue
        span = doc.char_span(toponym.span.start, toponym.span.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        says = root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs
        agent = root.dep_ == "pobj" and root.head.dep_ == "agent"  # "as seen by Washington"
        if says or agent:
            found.add(toponym.span.start)
    return found


def _entry_of(place: Place) -> GazetteerEntry:
    return GazetteerEntry(
        name=place.name,
        country_code=place.country_code,
        admin1=place.admin1,
        lat=place.lat or 0.0,
        lon=place.lon or 0.0,
        geonames_id=place.geonames_id,
        population=0,
        feature=place.feature or "city",
    )


class PlacesStage:
    """Resolve the article's GPE, LOC and FAC entities to places, and mark the metonymic mentions."""

    name = "places"
    requires = ("doc", "entities")
    provides = ("places", "metonyms")

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    def __call__(self, analysis: Analysis) -> None:
        gazetteer = self._gazetteer or Gazetteer.load()
        text = analysis.document.text
        _add_cued_towns(analysis, gazetteer)
        owners: list[str] = []
        spans: list[Span] = []
        for entity in analysis.entities:
            if entity.type in PLACE_TYPES:
                for mention in entity.mentions:
                    owners.append(entity.key)
                    spans.append(mention)
        dateline = find_dateline(text, gazetteer)
        if dateline is not None and not any(
            m.start < dateline.span.end and dateline.span.start < m.end for m in spans
        ):
            owners.append(_add_dateline_entity(analysis, dateline))
            spans.append(dateline.span)
        resolved = resolve_toponyms(
            text, spans, gazetteer=gazetteer, site_names=site_names(analysis.document.title)
        )
        best: dict[str, ResolvedToponym] = {}
        for key, toponym in zip(owners, resolved, strict=True):
            if toponym.place is None:
                continue
            known = key in best
            if not known or (best[key].inferred and not toponym.inferred) or toponym.score > best[key].score:
                best[key] = toponym
        for key, toponym in best.items():
            assert toponym.place is not None
            analysis.places[key] = toponym.place
        if analysis.doc is not None:
            analysis.metonyms.update(find_metonyms(analysis.doc, resolved, gazetteer=gazetteer))
        merge_entities_of_one_place(analysis, keep_apart=frozenset(k for k, t in best.items() if t.inferred))
        merge_demonyms_into_countries(analysis, gazetteer=gazetteer)


_TOWN_NAME = r"(?P<name>(?:Mc|Mac)?[A-Z][a-z]+(?:[ -](?:Mc|Mac)?[A-Z][a-z]+){0,2}(?: County)?)"
# Local news names its town in set phrases that the tagger often reads as a person or an organisation:
# "Austin police said", "the Elgin Police Department", "a Rock Falls teen", "a shooting in Compton on Friday".
_TOWN_CUES = (
    re.compile(_TOWN_NAME + r"(?:'s)? (?:police|Police|sheriff|Sheriff|Fire Department)\b"),
    re.compile(
        r"\b(?:[Aa]n?|old|of) "
        + _TOWN_NAME
        + r" (?:man|woman|teen|teenager|boy|girl|resident|residents|native)\b"
    ),
    re.compile(
        r"\b(?:in|near|outside) " + _TOWN_NAME + r"(?=[,.;]|\s+(?:on|early|late|last|this|Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    ),
)
_NOT_TOWNS = frozenset(
    {
        "state",
        "capitol",
        "transit",
        "park",
        "military",
        "university",
        "campus",
        "border",
        "port",
        "national",
        "federal",
        "metropolitan",
        "metro",
        "city",
        "county",
        "tribal",
        "airport",
        "school",
        "highway",
        "the",
        "local",
        "area",
        "village",
        "town",
        "township",
        "borough",
    }
)
_CUED_TOWN_POPULATION = 5_000
_RETYPED = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"})
"""Entity types a cued town name may have been given by mistake ("Austin" as a person in "Austin police")."""


def _add_cued_towns(analysis: Analysis, gazetteer: Gazetteer) -> None:
    """Add the towns that set phrases name but the tagger missed, as mentions of place entities.

    A name counts only when the gazetteer knows a town of 5,000 people or a county by exactly that name.
    A mention the tagger gave another type is moved to the place; inside a longer name ("the Elgin Police
    Department") the organisation keeps its mention and the place gets its own.
    """
    from eventwire.extract.entities import entity_key
    from eventwire.extract.pipeline import EntityDraft

    text = analysis.document.text
    places = {fold_name(e.name): e for e in analysis.entities if e.type in PLACE_TYPES}
    taken = [(m.start, m.end) for e in analysis.entities if e.type in PLACE_TYPES for m in e.mentions]
    others = {(m.start, m.end): e for e in analysis.entities if e.type not in PLACE_TYPES for m in e.mentions}
    found: dict[tuple[int, int], str] = {}
    for cue in _TOWN_CUES:
        for match in cue.finditer(text):
            start, end = match.span("name")
            name = match["name"]
            if name.startswith("The "):  # "The Broken Arrow Police Department"
                start, name = start + 4, name[4:]
            if (start, end) in found or any(s < end and start < e for s, e in taken):
                continue
            key = fold_name(name)
            if (
                key.split()[0] in _NOT_TOWNS
                or gazetteer.is_demonym(name)
                or not _is_town_name(key, gazetteer)
            ):
                continue
            other = others.get((start, end))
            if other is not None and other.type not in _RETYPED:
                continue
            found[(start, end)] = name
    for (start, end), name in sorted(found.items()):
        span = Span.of(text, start, end)
        key = fold_name(name)
        entity = places.get(key)
        if entity is None:
            entity = EntityDraft(key=entity_key(analysis.document.id, "GPE", name), type="GPE", name=name)
            analysis.entities.append(entity)
            places[key] = entity
        entity.mentions = sorted([*entity.mentions, span], key=lambda m: m.start)
        other = others.get((start, end))
        if other is not None:
            other.mentions = [m for m in other.mentions if (m.start, m.end) != (start, end)]
            if not other.mentions:
                analysis.entities.remove(other)
        if other is not None or start not in analysis.entity_at:
            analysis.entity_at[start] = entity.key


def _is_town_name(key: str, gazetteer: Gazetteer) -> bool:
    return any(
        fold_name(e.name) == key
        and (e.feature == "admin2" or (e.feature == "city" and e.population >= _CUED_TOWN_POPULATION))
        for e in gazetteer.candidates(key)
    )


def _add_dateline_entity(analysis: Analysis, dateline: Dateline) -> str:
    """The dateline's town as a mention of a place entity: spaCy rarely tags "STOCKTON-" as one."""
    from eventwire.extract.entities import entity_key
    from eventwire.extract.pipeline import EntityDraft

    name = dateline.place.name
    for entity in analysis.entities:
        if entity.type == "GPE" and fold_name(entity.name) == fold_name(dateline.span.text):
            entity.mentions = sorted([*entity.mentions, dateline.span], key=lambda m: m.start)
            analysis.entity_at[dateline.span.start] = entity.key
            return entity.key
    key = entity_key(analysis.document.id, "GPE", name)
    analysis.entities.append(EntityDraft(key=key, type="GPE", name=name, mentions=[dateline.span]))
    analysis.entity_at[dateline.span.start] = key
    return key


def merge_entities_of_one_place(analysis: Analysis, *, keep_apart: frozenset[str] = frozenset()) -> None:
    """ "U.S." and "the United States" resolve to one place: they are one entity, the longer name its name.

    ``keep_apart`` names entities whose place was only inferred (the article's country): "Brands Hatch" and
    "Oulton Park" both lie somewhere in Britain, and are not one place.
    """
    by_place: dict[tuple[object, ...], EntityDraft] = {}
    kept: list[EntityDraft] = []
    for entity in analysis.entities:
        place = analysis.places.get(entity.key)
        if place is None or entity.key in keep_apart:
            kept.append(entity)
            continue
        identity = (
            (place.geonames_id,) if place.geonames_id else (place.name, place.country_code, place.feature)
        )
        first = by_place.get(identity)
        if first is None or first.type != entity.type:
            by_place.setdefault(identity, entity)
            kept.append(entity)
            continue
        first.mentions = sorted([*first.mentions, *entity.mentions], key=lambda m: m.start)
        for name in (entity.name, *entity.aliases):
            if name != first.name and name not in first.aliases:
                first.aliases.append(name)
        if len(entity.name) > len(first.name):
            first.aliases = [first.name if a == entity.name else a for a in first.aliases]
            first.name = entity.name
        for mention in entity.mentions:
            analysis.entity_at[mention.start] = first.key
        del analysis.places[entity.key]
    analysis.entities = kept


def merge_demonyms_into_countries(analysis: Analysis, *, gazetteer: Gazetteer) -> None:
    """ "Russian" in an article that names Russia is a mention of Russia, as coreference annotation has it.

    Only a people (NORP) entity every one of whose mentions is a demonym of one country, and only when that
    country is itself an entity of the article: "Kurdish" or "Arab" name no country and stay apart.
    """
    countries: dict[str, EntityDraft] = {}
    for entity in analysis.entities:
        place = analysis.places.get(entity.key)
        if place is not None and place.feature == "country" and place.country_code:
            countries.setdefault(place.country_code, entity)
    if not countries:
        return
    kept: list[EntityDraft] = []
    for entity in analysis.entities:
        codes = {gazetteer.country_of_demonym(m.text) for m in entity.mentions}
        code = next(iter(codes)) if entity.type == "NORP" and len(codes) == 1 else None
        country = countries.get(code) if code else None
        if country is None:
            kept.append(entity)
            continue
        country.mentions = sorted([*country.mentions, *entity.mentions], key=lambda m: m.start)
        for mention in entity.mentions:
            analysis.entity_at[mention.start] = country.key
    analysis.entities = kept
