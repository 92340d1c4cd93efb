"""The curated public surface: sorted, importable, and cheap to import."""

from __future__ import annotations

import subprocess
import sys

import eventwire


def test_public_api_all_is_sorted_and_importable():
    assert eventwire.__all__ == sorted(eventwire.__all__)
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None


def test_public_api_extract_is_the_function_even_after_submodules_load():
    import eventwire.extract.events

    assert callable(eventwire.extract)
    extraction = eventwire.extract("Police arrested two men in Paris on Monday.", published="2024-03-05")
    assert extraction.to_json()["schema"] == "eventwire/extraction/v1"


def test_public_api_import_loads_no_model():
    code = "import sys, eventwire; print('spacy' in sys.modules, 'sqlalchemy' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]
