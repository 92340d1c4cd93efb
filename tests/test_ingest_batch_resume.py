"""A batch killed half-way (kill -9) resumes on the next run without losing or duplicating anything."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

EVENTWIRE = Path(sys.executable).with_name("eventwire")
ARTICLES = 40


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=0.05) as connection:
            return connection.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:  # the tables are not there yet, or the writer holds a lock
        return 0


@pytest.mark.skipif(not EVENTWIRE.exists(), reason="the eventwire script is not installed beside python")
def test_ingest_batch_resumes_after_kill_9_storing_each_article_once(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(ARTICLES):
        text = (
            f"Police said {i + 1} men were arrested in Springfield on Monday after a shooting on Elm Street."
        )
        (folder / f"{i:02}.txt").write_text(f"{text} Case {i} of the week, officials said.", encoding="utf-8")
    db = tmp_path / "store.db"
    command = [str(EVENTWIRE), "ingest", str(folder), "--db", str(db), "--batch-size", "1", "--quiet"]

    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while run.poll() is None and _stored(db) == 0 and time.monotonic() < deadline:
        time.sleep(0.005)
    killed_at = _stored(db)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert 0 < killed_at < ARTICLES, f"expected to kill the run half-way, found {killed_at} stored"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300, env=os.environ)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("select id from documents")]
        texts = {row[0] for row in connection.execute("select text from documents")}
    assert len(ids) == len(set(ids)) == ARTICLES
    assert texts == {path.read_text(encoding="utf-8").strip() for path in folder.iterdir()}
    assert "already stored" in rerun.stdout
