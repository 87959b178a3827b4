"""API fixtures: the sample corpus stored in SQLite and in a real PostgreSQL server.

PostgreSQL comes from ``pg_database`` in tests/conftest.py (one server per session).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import sample_corpus  # noqa: E402

from armsgraph.api import create_app  # noqa: E402
from armsgraph.store import open_store  # noqa: E402


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sample_db(request, tmp_path):
    """URL of a database holding the sample corpus, once per database kind."""
    if request.param == "sqlite":
        url = str(tmp_path / "sample.db")
    else:
        url = request.getfixturevalue("pg_database")()
    store = open_store(url)
    try:
        sample_corpus.fill(store)
    finally:
        store.close()
    yield url


@pytest.fixture
def client(sample_db):
    """A read-only app over the sample corpus, driven in-process."""
    from fastapi.testclient import TestClient
    with TestClient(create_app(store_url=sample_db)) as c:
        yield c
