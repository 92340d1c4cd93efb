"""Helpers for the ingestion tests: fixture paths and fetch options that allow the local test server."""

from __future__ import annotations

from pathlib import Path

from eventwire.ingest.fetch import FetchOptions

WEB_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"


def web_fixture(name: str) -> Path:
    """The path of a page or feed under ``tests/fixtures/web``."""
    return WEB_FIXTURES / name


def local_fetch_options(**overrides: object) -> FetchOptions:
    """Fetch options for the 127.0.0.1 test server: loopback allowed, short timeouts, no waiting."""
    values: dict[str, object] = {
        "allow_private_network": True,
        "connect_timeout": 2.0,
        "read_timeout": 0.5,
        "total_timeout": 5.0,
        "max_bytes": 1024 * 1024,
        "retries": 2,
        "backoff": 0.0,
        "min_host_interval": 0.0,
    }
    values.update(overrides)
    return FetchOptions(**values)  # type: ignore[arg-type]
