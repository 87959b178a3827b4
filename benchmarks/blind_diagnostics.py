#!/usr/bin/env python3
"""Where the errors on a held-out set are, in counts only (safe on blind sets).

Usage:
    python benchmarks/blind_diagnostics.py --set tests/data/heldout7 [--pred P.jsonl] [--shared ../shared]

Prints, without a sentence or a word of the set:

1. strict F1 with one key field ignored at a time (status, system, supplier/actor,
   recipient/host): which field costs most (matched by key like the scorer; the baseline
   may differ from the scorer's in the third decimal);
2. each required gold claim that is missed, classed by what the prediction on its
   sentence (found by the gold evidence) gets wrong: "no claim of the type", or the key
   fields that differ from the closest prediction of the type;
3. each false alarm, classed by whether the gold has a claim of the same type on its
   sentence (an attribute error) or none (an invented claim);
4. each miss whose closest prediction differs in the system, classed by the kind of
   difference (a category for a named system, a named system for a category, two names,
   two categories) and, for a named gold system, where its name stands (in the claim's
   sentence, elsewhere in the text, nowhere) and whether the catalog knows it.

``--pred`` reads predictions already made; otherwise ``armsgraph extract`` runs on
``SET/texts``. Blind sets stay blind: only these counts may be reported.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("ARMSGRAPH_SHARED", ROOT.parent / "shared"))
FIELDS = {"transfer": ("type", "supplier", "recipient", "system", "status"),
          "deployment": ("type", "actor", "host", "system", "status"),
          "cooperation": ("type", "partners", "system", "status"),
          "exercise": ("type", "participants", "host"),
          "test": ("type", "actor", "system")}
ABLATIONS = {"status": {"status"}, "system": {"system"}, "supplier/actor": {"supplier", "actor"},
             "recipient/host": {"recipient", "host"}}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_claims", shared / "eval" / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(gold: list[dict], pred: list[dict], key) -> float:
    required, optional, found = Counter(), Counter(), Counter()
    for claim in gold:
        k = key(claim)
        if k is not None:
            (optional if claim.get("optional") else required)[k] += 1
    for claim in pred:
        k = key(claim)
        if k is not None:
            found[k] += 1
    tp = sum(min(found[k], required[k]) for k in found)
    fp = sum(max(0, found[k] - required[k] - optional[k]) for k in found)
    fn = sum(max(0, required[k] - found[k]) for k in required)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _on_sentence(gold_claim: dict, sentence: str) -> bool:
    return any(part[:40] and part[:40] in sentence for part in (gold_claim.get("evidence") or "").split(" ... "))


def main() -> None:
    if hasattr(signal, "SIGPIPE"):   # ("| head" closes the pipe: stop quietly)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, required=True, help="a held-out set folder (texts/ and claims.jsonl)")
    parser.add_argument("--pred", type=Path, help="predictions already made (claims-jsonl)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    scorer = _scorer(args.shared)
    systems = scorer.load_systems(args.shared / "gold" / "systems.tsv")
    gold = scorer.read_jsonl(args.set / "claims.jsonl")
    if args.pred is None:
        sys.path.insert(0, str(Path(__file__).parent))
        from heldout_claims import extract   # (the installed CLI, as heldout_claims runs it)
        args.pred = Path(tempfile.mkdtemp()) / "pred.jsonl"
        extract(args.set / "texts", args.pred, 900.0)
    pred = scorer.read_jsonl(args.pred)

    def key(claim: dict, drop: set[str] = frozenset()):
        k = scorer.key(claim, systems, False)
        if k is None:
            return None
        return tuple(v for name, v in zip(FIELDS[k[0]], k) if name not in drop)

    print(f"strict F1 {_f1(gold, pred, key):.3f}; with one field ignored: " + ", ".join(
        f"{name} {_f1(gold, pred, lambda c, d=drop: key(c, d)):.3f}" for name, drop in ABLATIONS.items()))

    by_doc = _by_doc(pred)
    misses: Counter = Counter()
    system_kinds: Counter = Counter()
    known = _catalog_names()
    for claim in _unmatched([c for c in gold if not c.get("optional")], pred, key):
        same = [p for p in by_doc.get(claim["doc"], [])
                if p["type"] == claim["type"] and _on_sentence(claim, p.get("sentence") or "")]
        if not same:
            misses[f"{claim['type']}: no claim of the type on its sentence"] += 1
            continue
        k = key(claim)
        diffs = min((tuple(n for n, a, b in zip(FIELDS[claim["type"]], k, key(p)) if a != b) for p in same), key=len)
        misses[f"{claim['type']}: wrong {'+'.join(diffs)}"] += 1
        if "system" in diffs:
            closest = min(same, key=lambda p: sum(a != b for a, b in zip(k, key(p))))
            kind = _system_kind(claim, closest, args.set, known)
            if any(key(p)[FIELDS[claim["type"]].index("system")] == k[FIELDS[claim["type"]].index("system")]
                   for p in same):
                kind += " (the wanted system is predicted on the sentence, with other roles)"
            system_kinds[kind] += 1
    print("missed required claims:")
    for name, count in misses.most_common():
        print(f"  {count:4d}  {name}")

    gold_by_doc = _by_doc(gold)
    alarms: Counter = Counter()
    for claim in _unmatched(pred, gold, key):
        sentence = claim.get("sentence") or ""
        here = [g for g in gold_by_doc.get(claim["doc"], []) if _on_sentence(g, sentence)]
        kind = "same-type gold claim on its sentence" if any(g["type"] == claim["type"] for g in here) else \
            "other-type gold claim only" if here else "no gold claim on its sentence"
        alarms[f"{claim['type']}: {kind}"] += 1
    print("false alarms:")
    for name, count in alarms.most_common():
        print(f"  {count:4d}  {name}")
    print("misses with a wrong system, by kind:")
    for name, count in system_kinds.most_common():
        print(f"  {count:4d}  {name}")
    print(json.dumps({"missed": sum(misses.values()), "false_alarms": sum(alarms.values())}))


def _norm(text: str) -> str:
    return "".join(ch for ch in str(text).lower() if ch.isalnum())


def _catalog_names() -> dict[str, str]:
    """Every family name and alias of the project's system catalog, normalised, to its family."""
    names: dict[str, str] = {}
    path = ROOT / "src" / "armsgraph" / "catalog" / "data" / "systems.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        family = _norm(cells[0])
        names.setdefault(family, family)
        if len(cells) > 4:
            for alias in cells[4].split("|"):
                if alias.strip():
                    names.setdefault(_norm(alias.lstrip("?")), family)
    return names


def _system_kind(gold: dict, pred: dict, folder: Path, known: dict[str, str]) -> str:
    """How the closest prediction's system differs from the gold one (no words of the set)."""
    wanted, got = str(gold.get("system") or ""), str(pred.get("system") or "")
    if wanted.startswith("category:"):
        return "category wanted, a name given" if got and not got.startswith("category:") \
            else "category wanted, another category given"
    kind = "name wanted, a category given" if got.startswith("category:") or not got else \
        "name wanted, another name given"
    name = _norm(wanted)
    if name in known and known.get(_norm(got)) == known[name]:
        return "name wanted, the catalog's own name for it given (a naming difference)"
    sentence = _norm(gold.get("evidence") or "")
    path = folder / "texts" / f"{gold['doc']}.txt"
    text = _norm(path.read_text(encoding="utf-8")) if path.exists() else ""
    where = "in its sentence" if name and name in sentence else \
        "elsewhere in the text" if name and name in text else "not in the text as written"
    return f"{kind}; the name {where}; {'known to' if name in known else 'not in'} the catalog"


def _by_doc(claims: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for claim in claims:
        found.setdefault(claim["doc"], []).append(claim)
    return found


def _unmatched(claims: list[dict], others: list[dict], key):
    """The claims with a key that no claim of ``others`` matches (each match used once)."""
    left = Counter(key(c) for c in others)
    for claim in claims:
        k = key(claim)
        if k is None:
            continue
        if left[k] > 0:
            left[k] -= 1
            continue
        yield claim


if __name__ == "__main__":
    main()
