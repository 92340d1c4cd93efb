"""The lexicon files are valid data: every record has the required fields and names its source list."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.extract.lexicons import read_lexicon
from eventwire.extract.organizations import LEXICON_FILES

FILES = [n for n in LEXICON_FILES if resources.files("eventwire.extract.lexicons").joinpath(n).is_file()]
REQUIRED = {"name": str, "aliases": list, "acronyms": list, "kind": str, "countries": list, "source": list}
KINDS = {
    "armed_group",
    "government",
    "security_forces",
    "judiciary",
    "legislature",
    "intergovernmental",
    "ngo",
    "political_party",
    "media",
}
RECORDS = [(name, record) for name in FILES for record in read_lexicon(name)["records"]]


def test_organizations_lexicon_files_are_installed() -> None:
    assert {"armed_groups.json", "institutions.json"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_organizations_lexicon_header_documents_sources_and_date(name: str) -> None:
    header = read_lexicon(name)["header"]
    assert header["sources"] and header["compiled"] and header["description"]


@pytest.mark.parametrize(("name", "record"), RECORDS, ids=[f"{n}:{r['name']}" for n, r in RECORDS])
def test_organizations_record_has_required_fields_and_a_known_source(name: str, record: dict) -> None:
    for key, kind in REQUIRED.items():
        assert isinstance(record.get(key), kind), key
    assert record["kind"] in KINDS
    assert record["source"] and set(record["source"]) <= set(read_lexicon(name)["header"]["sources"])
    assert all(len(code) == 2 and code.isupper() for code in record["countries"])
    assert all(a and "(" not in a for a in record["aliases"] + record["acronyms"])


@pytest.mark.parametrize("name", FILES)
def test_organizations_no_name_or_alias_belongs_to_two_records(name: str) -> None:
    seen: dict[str, str] = {}
    for record in read_lexicon(name)["records"]:
        for alias in {record["name"].casefold(), *(a.casefold() for a in record["aliases"])}:
            assert seen.setdefault(alias, record["name"]) == record["name"], alias


def test_organizations_armed_group_lexicon_is_broad() -> None:
    records = read_lexicon("armed_groups.json")["records"]
    assert len(records) >= 300
    assert all(r["kind"] == "armed_group" for r in records)
