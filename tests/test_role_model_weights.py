"""The role model's weights file: small, deterministic, and trained for the features the code computes."""

from __future__ import annotations

import json
import re
from importlib import resources

from eventwire.extract import role_model


def _path():
    return resources.files("eventwire.extract").joinpath("models", role_model.MODEL_FILE)


def test_role_model_weights_match_the_feature_version_of_the_code():
    data = json.loads(_path().read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["feature_version"] == role_model.FEATURE_VERSION
    assert tuple(data["classes"]) == role_model.CLASSES
    assert all(len(row) == len(role_model.CLASSES) for row in data["weights"].values())


def test_role_model_weights_say_how_they_were_trained():
    training = json.loads(_path().read_text(encoding="utf-8"))["training"]
    assert training["command"].startswith("python training/train_muc4_roles.py train.json")
    assert re.fullmatch(r"[0-9a-f]{64}", training["data_sha256"])
    assert training["documents"] == 1300
    assert isinstance(training["seed"], int)


def test_role_model_weights_are_small_sorted_json():
    text = _path().read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 2_000_000
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":")) + "\n"


def test_role_model_loads_once():
    assert role_model.load_model() is role_model.load_model()


def test_role_model_knows_organisation_heads():
    heads = role_model.load_model().organisation_heads
    assert {"cartel", "front", "army"} <= heads
    assert "guerrillas" not in heads
