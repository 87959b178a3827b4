"""`armsgraph serve` as a user runs it: prints its URL, serves, takes the token from
ARMSGRAPH_TOKEN, reports a bad database clearly."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import sample_corpus
from armsgraph.store import open_store

ARMSGRAPH = [sys.executable, "-c", "from armsgraph.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_url_and_guards_writes_with_env_token(tmp_path):
    db = tmp_path / "kb.db"
    store = open_store(str(db))
    sample_corpus.fill(store)
    store.close()
    port = _free_port()
    env = dict(os.environ, ARMSGRAPH_TOKEN="from-env")
    proc = subprocess.Popen(ARMSGRAPH + ["serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert re.search(rf"http://127\.0\.0\.1:{port}/", line), line
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None, "server did not come up"
                time.sleep(0.2)
        assert health.json() == {"ok": True, "documents": 5}
        denied = httpx.post(f"http://127.0.0.1:{port}/api/ingest", files={"files": ("a.txt", b"x")},
                            headers={"Authorization": "Bearer wrong"})
        assert denied.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_reports_an_unusable_database(tmp_path):
    missing = tmp_path / "no-such-folder" / "kb.db"
    result = subprocess.run(ARMSGRAPH + ["serve", "--db", str(missing), "--port", str(_free_port())],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 5
    assert "AG501" in result.stderr and str(Path(missing).parent) in result.stderr
