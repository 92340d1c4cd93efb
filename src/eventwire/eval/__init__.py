"""Extraction quality measured on real news: readers, scorers and the floor gate behind `eventwire eval`.

Nothing here loads spaCy or reads data at import time; each dataset's scorer is imported when it runs.
"""

from eventwire.eval.runner import dataset_names, default_data_dir, read_floors, run_dataset, run_gate
from eventwire.eval.scoring import Accuracy, Counts, DatasetReport, ErrorRecord, FieldScore

__all__ = [
    "Accuracy",
    "Counts",
    "DatasetReport",
    "ErrorRecord",
    "FieldScore",
    "dataset_names",
    "default_data_dir",
    "read_floors",
    "run_dataset",
    "run_gate",
]
