"""API fixtures: the sample corpus stored in SQLite and in a real PostgreSQL server.

PostgreSQL comes from the store's test fixtures (tests/store/conftest.py: a throwaway
server started with initdb/pg_ctl, or $ARMSGRAPH_TEST_PG), loaded here by path because
conftest files of sibling folders do not share fixtures.
"""
from __future__ import annotations

import importlib.util
import itertools
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import sample_corpus  # noqa: E402

from armsgraph.api import create_app  # noqa: E402
from armsgraph.store import open_store  # noqa: E402


def _store_fixtures():
    """tests/store/conftest.py as a module (its PgServer and pg_admin_url), or None."""
    path = HERE.parent / "store" / "conftest.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("armsgraph_store_pg_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if hasattr(module, "pg_admin_url") else None


_pg = _store_fixtures()
_names = itertools.count()

if _pg is not None:
    @pytest.fixture(scope="session")
    def pg_admin_url():
        """A PostgreSQL server for the API tests (see tests/store/conftest.py)."""
        fixture = _pg.pg_admin_url
        yield from getattr(fixture, "__wrapped__", fixture)()
# else: a session fixture `pg_admin_url` from a conftest higher up serves


def _create_db(admin_url: str) -> tuple[str, str]:
    import psycopg
    name = f"ag_api_{os.getpid()}_{next(_names)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return name, admin_url.rsplit("/", 1)[0] + "/" + name


def _drop_db(admin_url: str, name: str) -> None:
    import psycopg
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sample_db(request, tmp_path):
    """URL of a database holding the sample corpus, once per database kind."""
    if request.param == "sqlite":
        url = str(tmp_path / "sample.db")
        name = None
    else:
        admin = request.getfixturevalue("pg_admin_url")
        name, url = _create_db(admin)
    store = open_store(url)
    try:
        sample_corpus.fill(store)
    finally:
        store.close()
    try:
        yield url
    finally:
        if name:
            _drop_db(request.getfixturevalue("pg_admin_url"), name)


@pytest.fixture
def client(sample_db):
    """A read-only app over the sample corpus, driven in-process."""
    from fastapi.testclient import TestClient
    with TestClient(create_app(store_url=sample_db)) as c:
        yield c
