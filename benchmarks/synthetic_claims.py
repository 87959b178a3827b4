"""Make a database of N synthetic claims (default 1,000,000) for query benchmarks.

    python benchmarks/synthetic_claims.py --db /tmp/synth.db --claims 1000000
    python benchmarks/synthetic_claims.py --db postgresql://user@host/db --claims 1000000

Documents of 10 claims each (one sentence per claim) are generated from a seeded random
generator with skewed suppliers, recipients, systems, statuses and years, so filters have
realistic selectivities, and loaded with `Store.bulk_load` (deals computed at the end).
The same seed always gives the same database.

    python benchmarks/synthetic_claims.py --db postgresql://... --from-sqlite /tmp/synth.db

copies a database made that way into PostgreSQL with COPY (much faster than a second
generation through per-statement inserts on a busy machine; the rows are identical).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Iterator

from armsgraph.model import Claim, Document, Sentence
from armsgraph.store import open_store

STATES = ("RUS USA CHN FRA DEU GBR ISR TUR ITA KOR UKR BLR IND PAK IRN PRK SRB ARM AZE KAZ POL LTU "
          "EGY SAU ARE QAT DZA VNM IDN MYS THA BGD MMR NGA ETH SDN VEN BRA ARG CHL MEX JPN AUS CAN "
          "NLD ESP SWE NOR FIN GRC ROU HUN CZE SVK BGR HRV GEO MDA SYR IRQ").split()
NAMES = {"RUS": "Russia", "USA": "The United States", "CHN": "China", "FRA": "France",
         "DEU": "Germany", "GBR": "Britain", "BLR": "Belarus", "UKR": "Ukraine", "TUR": "Turkey"}
REAL = ("S-400 S-300 Iskander Su-30SM Su-35 MiG-29 F-16 F-35 Bayraktar-TB2 Leopard-2 HIMARS Patriot "
        "Tor-M2 Polonez Pantsir Rafale K2 Abrams Wing-Loong Shahed-136 IRIS-T NASAMS Kalibr BTR-82A "
        "T-90 T-72 Mi-17 Mi-35 Yak-130 Krasukha").split()
SYSTEMS = REAL + [f"AG-{i:03d}" for i in range(170)]
STATUSES = ("done", "agreed", "planned", "proposed", "negotiating", "refused")
STATUS_W = (40, 20, 15, 12, 8, 5)
TYPES = ("transfer", "deployment", "exercise", "cooperation", "test")
TYPE_W = (60, 15, 10, 10, 5)
VERBS = {"done": "delivered", "agreed": "signed a contract for", "planned": "will supply",
         "proposed": "offered", "negotiating": "is in talks over", "refused": "refused to sell"}
OUTLETS = [f"Outlet {i}" for i in range(50)]


def _weights(n: int, skew: float) -> list[float]:
    return [1.0 / (i + 1) ** skew for i in range(n)]


def documents(n_claims: int, per_doc: int = 10, seed: int = 7) -> Iterator[Document]:
    rng = random.Random(seed)
    sw, rw, yw = _weights(len(STATES), 1.1), _weights(len(STATES), 0.6), _weights(len(SYSTEMS), 0.8)
    recip = STATES[::-1]
    made = 0
    d = 0
    while made < n_claims:
        year = rng.randint(1995, 2025)
        doc_id = f"synth-{d:07d}"
        text, sentences, claims = "", [], []
        for _ in range(min(per_doc, n_claims - made)):
            kind = rng.choices(TYPES, TYPE_W)[0]
            status = rng.choices(STATUSES, STATUS_W)[0]
            a = rng.choices(STATES, sw)[0]
            b = rng.choices(recip, rw)[0]
            if b == a:
                b = "UKR" if a != "UKR" else "POL"
            system = rng.choices(SYSTEMS, yw)[0]
            when = year - rng.randint(0, 4)
            c = Claim(doc=doc_id, type=kind, status=status, year=when, confidence=0.8,
                      hedged=rng.random() < 0.1)
            if kind == "transfer":
                c.supplier, c.recipient, c.system = a, b, system
            elif kind in ("deployment", "test"):
                c.actor, c.host, c.system = a, (b if kind == "deployment" else None), system
            elif kind == "exercise":
                c.participants, c.host = sorted({a, b}), b
            else:
                c.partners, c.system = sorted({a, b}), system
            sentence = (f"{NAMES.get(a, a)} {VERBS[status]} {system.replace('-', ' ')} systems "
                        f"{'to' if kind == 'transfer' else 'with'} {NAMES.get(b, b)} in {when}, "
                        f"{rng.choice(OUTLETS)} reported.")
            start = len(text) + (1 if text else 0)
            text = (text + " " if text else "") + sentence
            sentences.append(Sentence(len(sentences), start, start + len(sentence), sentence))
            c.sentence, c.start, c.end, c.evidence = sentence, start, start + len(sentence), sentence[:60]
            claims.append(c)
        made += len(claims)
        d += 1
        yield Document(id=doc_id, text=text, title=f"Synthetic report {d}", date=f"{year}-06-01",
                       site=rng.choice(OUTLETS), language="en", content_hash=f"synth{d}",
                       sentences=sentences, claims=claims, format="text")


TABLES = ("sources", "documents", "sentences", "entities", "mentions", "deals", "deal_steps",
          "deal_parties", "claims", "claim_parties")


def copy_from_sqlite(source: str, target: str) -> dict:
    """Copy every table of a SQLite store into an empty PostgreSQL store with COPY."""
    with open_store(source) as src, open_store(target) as dst:
        if dst.dialect != "postgresql":
            raise SystemExit("--from-sqlite needs a postgresql:// --db")
        conn = dst.db.conn
        for table in TABLES:
            cols = [r["name"] for r in src.db.query(f"PRAGMA table_info({table})")]
            quoted = ", ".join(f'"{c}"' for c in cols)
            t = time.perf_counter()
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in src.db.iterate(f"SELECT {quoted} FROM {table}"):
                        copy.write_row([row[c] for c in cols])
            print(f"  {table}: {time.perf_counter() - t:.1f} s", flush=True)
        dst.db.execute("ANALYZE")
        return dst.stats()["counts"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite path or postgresql:// URL (should be empty)")
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=2000, help="documents per transaction")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--from-sqlite", help="copy this SQLite store into --db (PostgreSQL) instead")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.from_sqlite:
        counts = copy_from_sqlite(args.from_sqlite, args.db)
        print(f"copied in {time.perf_counter() - t0:.1f} s; database: {counts}")
        return 0
    with open_store(args.db) as store:
        report = store.bulk_load(documents(args.claims, seed=args.seed), batch=args.batch)
        if store.dialect == "postgresql":
            store.db.execute("ANALYZE")
        else:
            store.db.execute("ANALYZE")
            store.db.execute("PRAGMA optimize")
        stats = store.stats()["counts"]
    dt = time.perf_counter() - t0
    print(f"loaded {report.claims} claims in {report.added} documents, {report.deals} deals, "
          f"in {dt:.1f} s ({report.claims / dt:.0f} claims/s); database: {stats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
