"""The pipeline checks its stages' contracts when it is built."""

from __future__ import annotations

import pytest

from eventwire.errors import ExtractionError
from eventwire.extract.extractor import build_stages
from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.organizations import OrganizationLexicon
from eventwire.extract.pipeline import check_stage_order


class _Stage:
    def __init__(self, name, requires, provides):
        self.name, self.requires, self.provides = name, requires, provides

    def __call__(self, analysis):
        pass


def test_pipeline_refuses_a_stage_before_what_it_requires():
    with pytest.raises(ExtractionError, match="E001 stage 'events' requires places"):
        check_stage_order([_Stage("events", ("places",), ("events",)), _Stage("places", (), ("places",))])


def test_pipeline_accepts_fields_provided_before_the_stages():
    check_stage_order([_Stage("entities", ("doc",), ("entities",))], provided=("doc",))


def test_pipeline_default_stages_are_in_a_valid_order():
    stages = build_stages(gazetteer=Gazetteer.load(), organizations=OrganizationLexicon.load())
    assert [s.name for s in stages] == [
        "entities",
        "places",
        "dates",
        "casualties",
        "attribution",
        "events",
        "relations",
    ]
