"""Reading MUC-4 gold: GTT's processed role fillers and the raw answer-key slots of ``full_templates``.

``processed/dev.json`` (GTT's dev = MUC TST1+TST2, lower-cased text) and ``full_templates/tst{1,2}.jsonl``
(the same 200 documents in the same order, original upper-case text) are read side by side. Note that
``full_templates/dev.jsonl`` is MUC's *DEV* set, which GTT uses as its *train* split, so it is not used here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    text: str
    start: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleEntity:
    """One gold role filler: an entity given by all its coreferent mentions."""

    role: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRange:
    """A gold incident date: ``first..last`` inclusive; ``first`` None for "on or before ``last``"."""

    first: dt.date | None
    last: dt.date


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldPlace:
    """A gold location path (``EL SALVADOR: SAN MIGUEL (DEPARTMENT): ...``) as its country and names."""

    country: str
    names: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateSlots:
    """The slots of one answer-key template that GTT's processed data leaves out."""

    incident_type: str
    dates: tuple[DateRange, ...]
    """Alternatives: any one is right."""
    places: tuple[GoldPlace, ...]
    killed: int | None
    """People killed; None when the key says PLURAL or gives no number."""
    injured: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MucDocument:
    docid: str
    text_lower: str
    text_upper: str
    published: dt.date | None
    incident_types: tuple[str, ...]
    entities: tuple[RoleEntity, ...]
    templates: tuple[TemplateSlots, ...]


def read_muc4(data_dir: Path, *, limit: int | None = None) -> list[MucDocument]:
    """The first ``limit`` MUC-4 dev documents (GTT convention), with both texts and all gold."""
    folder = data_dir / "muc4"
    with (folder / "processed" / "dev.json").open(encoding="utf-8") as f:
        processed = [json.loads(line) for line in f if line.strip()]
    full: list[dict] = []
    for name in ("tst1.jsonl", "tst2.jsonl"):
        with (folder / "full_templates" / name).open(encoding="utf-8") as f:
            full.extend(json.loads(line) for line in f if line.strip())
    by_id = {record["docid"]: record for record in full}
    documents = []
    for record in processed[:limit]:
        raw = by_id.get(record["docid"])
        if raw is None:
            raise ValueError(f"muc4: {record['docid']} is in processed/dev.json but not in full_templates")
        documents.append(
            MucDocument(
                docid=record["docid"],
                text_lower=record["doctext"],
                text_upper=raw["text"],
                published=parse_dateline(raw["text"]),
                incident_types=tuple(dict.fromkeys(t["incident_type"] for t in record["templates"])),
                entities=_role_entities(record["templates"]),
                templates=tuple(_slots(t) for t in raw["templates"]),
            )
        )
    return documents


def _role_entities(templates: list[dict]) -> tuple[RoleEntity, ...]:
    seen: dict[tuple[str, tuple[str, ...]], RoleEntity] = {}
    for template in templates:
        for role in ROLES:
            for entity in template[role]:
                mentions = tuple(Mention(text=m[0], start=int(m[1])) for m in entity)
                seen.setdefault(
                    (role, tuple(m.text for m in mentions)), RoleEntity(role=role, mentions=mentions)
                )
    return tuple(seen.values())


_DATELINE = re.compile(r"\b(\d{1,2} [A-Z]{3} \d{2})\b")


def parse_dateline(text: str) -> dt.date | None:
    """The date of a MUC dateline (``SAN SALVADOR, 3 JAN 90 (EFE) --``), if its first line has one."""
    match = _DATELINE.search(text.split("\n", 1)[0])
    return _muc_date(match.group(1)) if match else None


def _muc_date(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), "%d %b %y").date()
    except ValueError:
        return None


def _values(template: dict, slot: str) -> list[str]:
    lines = [line.replace("?", "").strip() for line in template.get(slot, [])]
    return [line for line in lines if line and line not in ("-", "*")]


def parse_dates(lines: list[str]) -> tuple[DateRange, ...]:
    """``09 JAN 90``, ``24 OCT 89 - 25 OCT 89``, ``- 02 MAY 90`` and ``(a) / (b)`` alternatives."""
    ranges = []
    for line in lines:
        for alternative in line.split(" / "):
            alternative = alternative.strip().strip("()").strip()
            first_text, _, last_text = (
                alternative.partition(" - ")
                if " - " in alternative
                else (
                    ("", "", alternative[2:])
                    if alternative.startswith("- ")
                    else (alternative, "", alternative)
                )
            )
            last = _muc_date(last_text)
            if last is None:
                continue
            ranges.append(DateRange(first=_muc_date(first_text) if first_text else None, last=last))
    return tuple(ranges)


_PLACE_TYPE = re.compile(r"(?<=[A-Z0-9.'])\s\([A-Z /-]+\)")


def parse_places(lines: list[str]) -> tuple[GoldPlace, ...]:
    """Location paths without their ``(CITY)`` type markers, one per alternative."""
    places = []
    for line in lines:
        for alternative in re.split(r"\)\s*/\s*\(", line):
            parts = [p.strip() for p in re.split(r"[:()]", _PLACE_TYPE.sub("", alternative))]
            names = [p for p in parts if p]
            if names:
                places.append(GoldPlace(country=names[0], names=frozenset(names)))
    return tuple(places)


_QUOTED = re.compile(r'"([^"]+)"')
_NUMBER = re.compile(r"^(\d+)\s*:")


def count_effect(template: dict, effect: str) -> int | None:
    """How many human targets the key gives ``effect`` (``DEATH``, ``INJURY``); None when not countable."""
    victims: set[str] = set()
    for line in _values(template, "23. HUM TGT: EFFECT OF INCIDENT"):
        label, _, who = line.partition(":")
        if effect in {part.strip() for part in label.split("/")}:
            victims.update(_QUOTED.findall(who))
    victims.discard("-")
    if not victims:
        return 0
    total = 0
    for line in _values(template, "21. HUM TGT: NUMBER"):
        if not victims & set(_QUOTED.findall(line)):
            continue
        number = _NUMBER.match(line)
        if number is None:
            return None
        total += int(number.group(1))
    return total or None


def _slots(template: dict) -> TemplateSlots:
    kind = _values(template, "4. INCIDENT: TYPE")
    return TemplateSlots(
        incident_type=kind[0].lower() if kind else "",
        dates=parse_dates(_values(template, "2. INCIDENT: DATE")),
        places=parse_places(_values(template, "3. INCIDENT: LOCATION")),
        killed=count_effect(template, "DEATH"),
        injured=count_effect(template, "INJURY"),
    )
