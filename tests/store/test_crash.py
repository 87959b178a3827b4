"""Crash safety: a real SIGKILL of `armsgraph ingest` mid-run, then a re-run, ends in
exactly the state of an uninterrupted run (on SQLite and PostgreSQL)."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from armsgraph.store import open_store

ARMSGRAPH = str(Path(sys.executable).parent / "armsgraph")

POOL = [
    "Russia delivered four S-400 batteries to Belarus in 2019, the defence ministry said.",
    "Minsk asked Moscow for Iskander missiles in 2007, but the request went unanswered.",
    "China sold twelve Wing Loong drones to Serbia in 2020, according to officials.",
    "The United States approved a possible sale of F-16 fighter jets to Turkey last year.",
    "Turkey delivered Bayraktar TB2 drones to Ukraine in 2019.",
    "Germany will supply IRIS-T air defence systems to Ukraine next year.",
    "India signed a contract with Russia for S-400 systems in 2018.",
    "Poland ordered K2 tanks from South Korea in 2022.",
    "France agreed to sell Rafale fighters to Egypt in 2015.",
    "Israel refused to sell Iron Dome batteries to Ukraine in 2022.",
    "Belarus received Su-30SM fighters from Russia in 2019.",
    "Armenia bought Iskander missiles from Russia in 2016.",
    "Azerbaijan purchased Harop drones from Israel in 2016.",
    "Russian troops are stationed in Transnistria, officials in Chisinau said.",
    "Russian and Belarusian forces held the Zapad exercise in Belarus in 2021.",
    "Belarus and Russia are developing the Polonez rocket launcher together.",
    "Kazakhstan is negotiating with Russia over new Su-30SM fighters.",
    "Serbia received six MiG-29 fighters from Belarus in 2019.",
    "The weather in the capital was mild and sunny for most of the week.",
    "Analysts said the budget would rise sharply over the next decade.",
    "The ministry declined to comment on the report on Tuesday.",
    "Officials met in Brussels to discuss the alliance's eastern flank.",
    "Egypt received the first Rafale jets from France in 2016.",
    "Russia offered Su-35 fighters to Indonesia in 2017.",
    "Ukraine asked Germany for Leopard 2 tanks in 2022.",
    "Germany decided to send Leopard 2 tanks to Ukraine in 2023.",
    "The United States delivered HIMARS launchers to Ukraine in 2022.",
    "North Korea tested a Hwasong-17 missile in 2022.",
    "Iran supplied Shahed drones to Russia in 2022, Western officials said.",
    "Hungary is buying Leopard 2 tanks from Germany.",
]


def write_corpus(folder: Path, n: int = 40) -> Path:
    rng = random.Random(5)
    folder.mkdir()
    for i in range(n):
        sentences = rng.sample(POOL, 7)
        (folder / f"article-{i:03d}.txt").write_text(
            f"Defence news roundup number {i}\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    return folder


def state(url: str) -> dict[str, list[tuple]]:
    """Every stored row of every table (minus ingest timestamps), sorted."""
    tables = {"sources": "*", "documents": None, "sentences": "id, doc_id, idx, start, \"end\", text",
              "mentions": "*", "entities": "*", "claims": None, "claim_parties": "*", "deals": "*",
              "deal_steps": "*", "deal_parties": "*"}
    out = {}
    with open_store(url) as s:
        for table, cols in tables.items():
            rows = s.db.query(f"SELECT * FROM {table}" if cols in ("*", None) else f"SELECT {cols} FROM {table}")
            cleaned = []
            for r in rows:
                r.pop("ingested_at", None)
                r.pop("tsv", None)
                cleaned.append(tuple(sorted((k, str(v)) for k, v in r.items())))
            out[table] = sorted(cleaned)
    return out


def count_docs(url: str) -> int:
    try:
        with open_store(url) as s:
            return int(s.db.scalar("SELECT COUNT(*) AS n FROM documents"))
    except Exception:
        return 0


def ingest(corpus: Path, url: str) -> subprocess.CompletedProcess:
    return subprocess.run([ARMSGRAPH, "ingest", str(corpus), "--db", url], capture_output=True,
                          text=True, timeout=600)


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_equals_uninterrupted(db_url, new_db_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    done = ingest(corpus, new_db_url)
    assert done.returncode == 0, done.stderr
    expected = state(new_db_url)
    total = len(expected["documents"])
    assert total == 40 and len(expected["claims"]) > 20

    open_store(db_url).close()          # schema in place, so the poller can count
    proc = subprocess.Popen([ARMSGRAPH, "ingest", str(corpus), "--db", db_url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed_at = None
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        n = count_docs(db_url)
        if n >= 3:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.01)
    proc.wait(timeout=60)
    assert killed_at is not None, "the ingest finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL
    partial = count_docs(db_url)
    assert 3 <= partial < total, "killed mid-run: some, not all, documents are stored"

    again = ingest(corpus, db_url)
    assert again.returncode == 0, again.stderr
    assert state(db_url) == expected
    # and a third run adds nothing
    assert ingest(corpus, db_url).returncode == 0
    assert state(db_url) == expected
