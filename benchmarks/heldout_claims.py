#!/usr/bin/env python3
"""Score the claim extractor on the held-out set (tests/data/heldout; never tune on it).

Usage:
    python benchmarks/heldout_claims.py [--set DIR] [--shared ../shared] [--pred OUT.jsonl] [--show-errors] [--json]

Runs ``armsgraph extract DIR/texts --format claims-jsonl`` (the installed CLI, exactly
as a user would), writes the predictions to a JSONL file (a temporary one unless
``--pred`` is given), and scores them with ``../shared/eval/score_claims.py`` against
``DIR/claims.jsonl`` using ``../shared/gold/systems.tsv``. ``DIR`` is
``tests/data/heldout`` unless ``--set`` names another held-out set, e.g.
``tests/data/heldout2`` (blind: report its summary numbers only, never its errors). The
scorer's own output is printed unchanged. The run fails with a message when the extractor or the scorer fails, or when the
extractor does not finish within ``--timeout`` seconds (default 900).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout"
DEFAULT_SHARED = Path(os.environ.get("ARMSGRAPH_SHARED", ROOT.parent / "shared"))


def armsgraph_command() -> list[str]:
    """The `armsgraph` console script of the running interpreter's environment."""
    beside = Path(sys.executable).with_name("armsgraph")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("armsgraph")
    if found:
        return [found]
    return [sys.executable, "-c", "from armsgraph.cli import main; main()"]


def extract(texts: Path, pred: Path, timeout: float) -> None:
    """Run the CLI extractor over `texts` and write claims JSONL to `pred`."""
    command = [*armsgraph_command(), "extract", str(texts), "--format", "claims-jsonl"]
    with pred.open("w", encoding="utf-8") as out:
        try:
            done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            sys.exit(f"armsgraph extract on {texts} did not finish in {timeout:.0f} s "
                     f"(last claim written: see {pred}); the extractor may loop on some text")
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(f"armsgraph extract failed on {texts} (exit {done.returncode})")


def score(shared: Path, gold: Path, pred: Path, show_errors: bool, as_json: bool) -> str:
    """Run ../shared/eval/score_claims.py and return its standard output."""
    scorer = shared / "eval" / "score_claims.py"
    systems = shared / "gold" / "systems.tsv"
    for needed in (scorer, systems):
        if not needed.exists():
            sys.exit(f"{needed} not found: pass --shared pointing at the shared data folder")
    command = [sys.executable, str(scorer), str(gold), str(pred), "--systems", str(systems)]
    command += ["--show-errors"] if show_errors else []
    command += ["--json"] if as_json else []
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(f"score_claims.py failed (exit {done.returncode})")
    return done.stdout


def held_out_set(folder: Path) -> tuple[Path, Path]:
    """The texts folder and gold file of a held-out set; exits with a message if either is missing."""
    texts, gold = folder / "texts", folder / "claims.jsonl"
    if not texts.is_dir() or not any(texts.glob("*.txt")):
        sys.exit(f"{texts} has no .txt articles: --set must name a held-out folder with texts/*.txt")
    if not gold.is_file():
        sys.exit(f"{gold} not found: --set must name a held-out folder with a claims.jsonl gold file")
    return texts, gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="heldout", metavar="DIR", type=Path, default=HELDOUT,
                        help="held-out set folder with texts/ and claims.jsonl (default tests/data/heldout)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    parser.add_argument("--pred", type=Path, help="keep the predicted claims in this JSONL file")
    parser.add_argument("--show-errors", action="store_true", help="list misses and false alarms (strict)")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON result")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for the extractor")
    args = parser.parse_args()
    texts, gold = held_out_set(args.heldout)
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "heldout.pred.jsonl"
        extract(texts, pred, args.timeout)
        print(score(args.shared, gold, pred, args.show_errors, args.json), end="")


if __name__ == "__main__":
    main()
