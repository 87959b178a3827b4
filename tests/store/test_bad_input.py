"""Bad input: unreachable database, newer schema, locked database, corrupt rows; the
error has a code and says what to do, and nothing stored is lost."""
from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from armsgraph.store import open_store
from armsgraph.store.errors import CorruptRow, SchemaTooNew, StoreLocked, StoreUnreachable
from store_factory import corpus

ARMSGRAPH = str(Path(sys.executable).parent / "armsgraph")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_postgres_and_missing_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSGRAPH_DB_TIMEOUT", "2")
    with pytest.raises(StoreUnreachable) as err:
        open_store(f"postgresql://nobody@127.0.0.1:{_closed_port()}/nothing")
    assert err.value.code == "AG501" and "check that the server runs" in str(err.value)
    with pytest.raises(StoreUnreachable) as err:
        open_store(str(tmp_path / "no" / "such" / "folder" / "kb.db"))
    assert "does not exist" in str(err.value)
    with pytest.raises(StoreUnreachable):
        open_store("mysql://localhost/db")
    run = subprocess.run([ARMSGRAPH, "deals", "--db", f"postgresql://x@127.0.0.1:{_closed_port()}/x"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 5 and "AG501" in run.stderr


def test_newer_schema_is_refused_and_left_untouched(db_url):
    with open_store(db_url) as s:
        s.ingest_documents(corpus())
        s.db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                     (999, "from the future", "2030-01-01"))
    with pytest.raises(SchemaTooNew) as err:
        open_store(db_url)
    assert err.value.code == "AG502" and "999" in str(err.value) and "upgrade armsgraph" in str(err.value)
    run = subprocess.run([ARMSGRAPH, "claims", "--db", db_url], capture_output=True, text=True, timeout=120)
    assert run.returncode == 5 and "AG502" in run.stderr
    # the data is still there for a newer armsgraph (read it without the store layer)
    from armsgraph.store.backend import Backend
    raw = Backend(db_url)
    assert raw.scalar("SELECT COUNT(*) AS n FROM claims") == 8
    raw.close()


def test_locked_database_gives_a_clear_error_and_keeps_data(db_url, monkeypatch):
    with open_store(db_url) as s:
        s.ingest_documents(corpus()[:1])
    monkeypatch.setenv("ARMSGRAPH_DB_TIMEOUT", "0.5")
    holder = open_store(db_url)
    blocked = open_store(db_url)
    with holder.db.tx():   # another writer in the middle of a transaction
        with pytest.raises(StoreLocked) as err:
            blocked.ingest_documents(corpus()[1:])
        assert err.value.code == "AG503"
    # once the lock is released the same call works and nothing was lost
    report = blocked.ingest_documents(corpus()[1:])
    assert report.added == 2 and blocked.stats()["documents"] == 3
    holder.close()
    blocked.close()


def test_corrupt_row_is_reported_with_its_place(store):
    store.ingest_documents(corpus())
    deal_id = store.deals({"system": "Iskander"})["items"][0]["id"]
    store.db.execute("UPDATE deals SET history = ? WHERE id = ?", ("{broken", deal_id))
    with pytest.raises(CorruptRow) as err:
        store.deal(deal_id)
    assert err.value.code == "AG504" and f"deals row {deal_id}" in str(err.value)
    # other rows and counts stay readable; recomputing the deals repairs it
    assert store.claims({"system": "Iskander"})["total"] == 4
    store.rebuild_deals()
    assert store.deal(deal_id)["status"] == "done"


def test_damaged_sqlite_file(tmp_path):
    path = tmp_path / "kb.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptRow) as err:
        open_store(str(path))
    assert err.value.code == "AG504" and str(path) in str(err.value)
    assert path.read_bytes().startswith(b"this is not a database")
