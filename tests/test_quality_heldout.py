"""Regression alarm on the held-out claim set (tests/data/heldout, never tuned on).

The floor is the measured strict F1 minus 0.05 (benchmarks/RESULTS.md has the
command and numbers). It is an alarm against regressions, not a target: never raise
rules to meet it and never lower it to hide a drop without saying why."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "heldout_claims.py"
GOLD = ROOT / "tests" / "data" / "heldout" / "claims.jsonl"

# strict F1 floor: measured strict F1 minus 0.05
FLOOR = 0.22  # measured 0.277 on 2026-11-25 (tree at a0a80b5)


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_claims", shared / "eval" / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout_gold_is_well_formed(shared):
    """Every gold line parses, names a known type and a scorable key, and has evidence."""
    scorer = _scorer(shared)
    systems = scorer.load_systems(shared / "gold" / "systems.tsv")
    gold = scorer.read_jsonl(GOLD)
    texts = {p.stem for p in (GOLD.parent / "texts").glob("*.txt")}
    assert len(texts) == 12
    for number, claim in enumerate(gold, 1):
        assert claim["doc"] in texts, f"claims.jsonl:{number}: unknown doc {claim['doc']}"
        assert scorer.key(claim, systems, False) is not None, f"claims.jsonl:{number}: no key"
        assert claim.get("evidence"), f"claims.jsonl:{number}: no evidence"
    assert {c["doc"] for c in gold} == texts


@pytest.mark.shared
@pytest.mark.slow
def test_heldout_claims_f1_floor(shared, tmp_path):
    pred = tmp_path / "pred.jsonl"
    done = subprocess.run([sys.executable, str(BENCH), "--shared", str(shared), "--pred", str(pred), "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # the benchmark must agree with the scorer run in-process on the same predictions
    scorer = _scorer(shared)
    systems = scorer.load_systems(shared / "gold" / "systems.tsv")
    strict = scorer.score(scorer.read_jsonl(GOLD), scorer.read_jsonl(pred), systems, False)
    assert strict["overall"] == result["strict"]["overall"]
    f1 = strict["overall"]["f1"]
    assert f1 >= FLOOR, f"strict claim F1 on the held-out set fell to {f1:.3f} (floor {FLOOR})"
