"""p50/p95 latency of filtered claim and deal queries (first page of 50, with the total).

    python benchmarks/query_latency.py --db /tmp/synth.db [--rounds 20]

Runs on a database made by benchmarks/synthetic_claims.py: each query shape is run
`rounds` times with varying values (suppliers, recipients, systems, years); one warm-up
round is discarded. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from armsgraph.store import open_store

SUPPLIERS = ["RUS", "USA", "CHN", "FRA", "DEU", "TUR", "ISR", "KOR"]
RECIPIENTS = ["BLR", "UKR", "IND", "SRB", "ARM", "AZE", "EGY", "POL", "KAZ", "VNM"]
SYSTEMS = ["S-400", "Iskander", "Su-30SM", "F-16", "Bayraktar-TB2", "Leopard-2", "AG-050", "HIMARS"]
TEXTS = ["Iskander", "S 400", "Bayraktar", "Leopard", "Patriot", "Polonez"]
STATUSES = ["done", "agreed", "planned", "refused"]


def shapes(rng: random.Random) -> dict[str, dict]:
    return {
        "supplier+recipient": {"supplier": rng.choice(SUPPLIERS), "recipient": rng.choice(RECIPIENTS)},
        "supplier+recipient+system+status+since": {
            "supplier": rng.choice(SUPPLIERS), "recipient": rng.choice(RECIPIENTS),
            "system": rng.choice(SYSTEMS), "status": "done", "since": 2015},
        "supplier+status+since": {"supplier": rng.choice(SUPPLIERS), "status": rng.choice(STATUSES),
                                  "since": rng.randint(2005, 2020)},
        "recipient+since": {"recipient": rng.choice(RECIPIENTS), "since": rng.randint(2000, 2020)},
        "system": {"system": rng.choice(SYSTEMS)},
        "status": {"status": rng.choice(STATUSES)},
        "actor (any role)": {"actor": rng.choice(RECIPIENTS)},
        "type+since+until": {"type": rng.choice(["deployment", "exercise", "cooperation"]),
                             "since": 2010, "until": rng.randint(2012, 2024)},
        "text": {"text": rng.choice(TEXTS)},
        "text+supplier": {"text": rng.choice(TEXTS), "supplier": rng.choice(SUPPLIERS)},
        "no filter": {},
    }


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    timings: dict[tuple[str, str], list[float]] = {}
    with open_store(args.db) as store:
        n = store.db.scalar("SELECT COUNT(*) AS n FROM claims")
        nd = store.db.scalar("SELECT COUNT(*) AS n FROM deals")
        for round_ in range(args.rounds + 1):
            for name, f in shapes(rng).items():
                for what, method in (("claims", store.claims), ("deals", store.deals)):
                    t = time.perf_counter()
                    page = method(f, limit=50)
                    dt = (time.perf_counter() - t) * 1000
                    assert len(page["items"]) <= 50
                    if round_:
                        timings.setdefault((what, name), []).append(dt)
    print(f"database: {store.dialect}, {n} claims, {nd} deals; {args.rounds} runs per row (ms)\n")
    print("| query | filter | p50 ms | p95 ms | max ms |")
    print("|---|---|---:|---:|---:|")
    for what in ("claims", "deals"):
        all_t = []
        for (w, name), ts in timings.items():
            if w != what:
                continue
            all_t += ts
            print(f"| {what} | {name} | {pct(ts, 50):.1f} | {pct(ts, 95):.1f} | {max(ts):.1f} |")
        print(f"| **{what}** | **all shapes** | **{pct(all_t, 50):.1f}** | **{pct(all_t, 95):.1f}** | "
              f"{max(all_t):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
