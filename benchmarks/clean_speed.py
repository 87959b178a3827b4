"""Time `armsgraph clean` on a folder: milliseconds per document and peak memory.

    python benchmarks/clean_speed.py PATH... [--out DIR] [--repeat N]

Runs read + clean (armsgraph.clean.load_corpus) N times (default 3) in one process and
reports the best run, so start-up (imports, language model load) is counted once and
shown apart. With --out, writes DIR/<id>.txt like `armsgraph clean` for scoring.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    from armsgraph.clean import load_corpus
    from armsgraph.clean.language import identify
    identify("warm up the language model")
    startup = time.perf_counter() - t0
    best, documents = float("inf"), []
    for _ in range(args.repeat):
        start = time.perf_counter()
        documents, errors = load_corpus(args.paths)
        best = min(best, time.perf_counter() - start)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc in documents:
            (args.out / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = max(1, len(documents))
    print(f"documents {len(documents)}, {1000 * best / n:.1f} ms/document (best of {args.repeat}), "
          f"start-up {startup:.2f} s, peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
