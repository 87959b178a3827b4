"""API fixtures: the sample corpus stored in SQLite and in a real PostgreSQL server.

PostgreSQL comes from the store's test fixtures (tests/store/conftest.py: a throwaway
server started with initdb/pg_ctl, or $ARMSGRAPH_TEST_PG), loaded here by path because
conftest files of sibling folders do not share fixtures.
"""
from __future__ import annotations

import importlib.util
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
    path = HERE.parent / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("armsgraph_store_pg_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_pg = _store_fixtures()


@pytest.fixture(scope="session")
def pg_admin_url():
    """A PostgreSQL server for the API tests (see tests/store/conftest.py)."""
    yield from _pg.pg_admin_url.__wrapped__()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sample_db(request, tmp_path):
    """URL of a database holding the sample corpus, once per database kind."""
    if request.param == "sqlite":
        url = str(tmp_path / "sample.db")
        name = None
    else:
        admin = request.getfixturevalue("pg_admin_url")
        name, url = _pg._fresh_pg_db(admin)
    store = open_store(url)
    try:
        sample_corpus.fill(store)
    finally:
        store.close()
    try:
        yield url
    finally:
        if name:
            _pg._drop_pg_db(request.getfixturevalue("pg_admin_url"), name)


@pytest.fixture
def client(sample_db):
    """A read-only app over the sample corpus, driven in-process."""
    from fastapi.testclient import TestClient
    with TestClient(create_app(store_url=sample_db)) as c:
        yield c
