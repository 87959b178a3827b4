"""Ingest speed: documents/s written into SQLite and PostgreSQL.

    python benchmarks/ingest_speed.py ../shared/seeds ../shared/gold/dev2/texts \
        [--pg postgresql://user@host/postgres] [--copies 20]

For each folder: the pipeline (clean -> entities -> claims) runs once and is timed; then
the analysed documents are written with `Store.ingest_documents` (one transaction per
document, deals merged as they come) into a fresh SQLite file and, with --pg, a fresh
PostgreSQL database. `--copies` repeats the analysed documents under new ids so the store
timing is not dominated by start-up. A second ingest of the same documents (nothing new)
is timed as well.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from armsgraph.store import open_store


def _copies(documents, n):
    out = []
    for i in range(n):
        for d in documents:
            c = copy.deepcopy(d)
            c.id = f"{d.id}-copy{i}"
            c.content_hash = f"{d.content_hash}-{i}"
            c.claims = [dataclasses.replace(x, doc=c.id) for x in c.claims]
            out.append(c)
    return out


def _fresh_pg(admin_url: str, name: str) -> str:
    import psycopg
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _time_store(url: str, docs) -> tuple[float, float, int]:
    with open_store(url) as store:
        t = time.perf_counter()
        report = store.ingest_documents(docs)
        first = time.perf_counter() - t
        t = time.perf_counter()
        again = store.ingest_documents(docs)
        second = time.perf_counter() - t
        assert again.unchanged == len(docs), again
    return first, second, report.claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--pg", help="PostgreSQL URL of a server where databases may be created")
    ap.add_argument("--copies", type=int, default=20)
    args = ap.parse_args(argv)
    from armsgraph.pipeline import analyse, load
    print("| corpus | docs | pipeline docs/s | database | store docs/s | claims | re-ingest docs/s |")
    print("|---|---:|---:|---|---:|---:|---:|")
    for k, folder in enumerate(args.folders):
        t = time.perf_counter()
        documents, _ = load([folder])
        documents = list(analyse(documents))
        pipe = len(documents) / (time.perf_counter() - t)
        docs = _copies(documents, args.copies)
        targets = [("SQLite", str(Path(tempfile.mkdtemp()) / "bench.db"))]
        if args.pg:
            targets.append(("PostgreSQL", _fresh_pg(args.pg, f"ag_ingest_bench_{k}")))
        for name, url in targets:
            first, second, claims = _time_store(url, docs)
            print(f"| {Path(folder).name} | {len(documents)} x {args.copies} | {pipe:.1f} | {name} | "
                  f"{len(docs) / first:.0f} | {claims} | {len(docs) / second:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
