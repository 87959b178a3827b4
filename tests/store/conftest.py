"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server
(``pg_database`` from tests/conftest.py)."""
from __future__ import annotations

import pytest

from armsgraph.store import open_store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")
    return request.getfixturevalue("pg_database")()


@pytest.fixture
def new_db_url(request, db_url, tmp_path):
    """Another empty database of the same kind as db_url (to compare two runs)."""
    if not db_url.startswith("postgresql://"):
        return str(tmp_path / "other.db")
    return request.getfixturevalue("pg_database")()


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()
