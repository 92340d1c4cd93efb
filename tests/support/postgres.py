"""A throwaway PostgreSQL server for the store tests: initdb in a temporary folder, a Unix socket, no TCP.

``$EVENTWIRE_TEST_POSTGRES_URL`` names a server to use instead. Where neither that nor PostgreSQL's server
programs are found the tests are skipped with a message, unless ``$EVENTWIRE_REQUIRE_POSTGRES`` is set (CI
sets it after installing the server), where they fail: a green run then means PostgreSQL was tested.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DATABASE = "eventwire_test"


def server_bin_dir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on the PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the ``postgres`` account there."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a fresh server, yield the SQLAlchemy URL of an empty database on it, then stop and delete it."""
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("expected PostgreSQL's initdb on the PATH or in /usr/lib/postgresql/*/bin")
    folder = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data, socket_dir = folder / "data", folder
    if os.geteuid() == 0:
        shutil.chown(folder, user="postgres")
    run = lambda *args: subprocess.run(  # noqa: E731
        _as_server_user([str(a) for a in args]), check=True, capture_output=True, text=True
    )
    try:
        run(bin_dir / "initdb", "-D", data, "-U", "eventwire", "--auth=trust", "--encoding=UTF8")
        options = f"-c listen_addresses='' -k {socket_dir} -c fsync=off"
        run(bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", folder / "server.log", "-w", "start")
        try:
            run(bin_dir / "createdb", "-h", socket_dir, "-U", "eventwire", DATABASE)
            yield f"postgresql+psycopg://eventwire@/{DATABASE}?host={socket_dir}"
        finally:
            run(bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    given = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    required = bool(os.environ.get("EVENTWIRE_REQUIRE_POSTGRES"))
    try:
        import psycopg  # noqa: F401
    except ImportError:
        if required:
            raise
        pytest.skip("psycopg is not installed (pip install 'eventwire[postgres]')")
    if server_bin_dir() is None and not required:
        pytest.skip("no PostgreSQL server programs found (apt-get install postgresql)")
    try:
        with throwaway_server() as url:
            yield url
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"cannot start a throwaway PostgreSQL: {error.stderr or error.stdout}") from None
