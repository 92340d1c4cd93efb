"""Lexicons and patterns as data files, read once per process."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def read_lexicon(name: str) -> Any:
    """The parsed JSON lexicon ``name`` (a file in this folder), read once."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
