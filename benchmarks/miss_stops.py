#!/usr/bin/env python3
"""Where the reading stopped for each missed claim of a set, in counts (safe on blind sets).

Usage:
    python benchmarks/miss_stops.py --set tests/data/heldout9 [--type transfer] [--show]

Runs the pipeline on ``SET/texts`` with the claim-type module's calls traced, then classes
each required gold claim of the type that has no prediction of its type on its sentence
(found by the gold evidence):

- "evidence not in one sentence";
- "no system named in the sentence" (no weapon or category mention there);
- for transfers: "a system, no trigger call" (no trade word reached the weapon), "trigger
  call(s), no claim made: stopped at transfer.py line N" (``claims_for`` returned nothing;
  the line of its return says which check gave up), "claim made, dropped later";
- for the other types: whether a trigger of the type's lexicon stands in the sentence and
  how many distinct parties (states, organisations, places with a state) it names.

Only counts are printed; ``--show`` adds each miss's sentence and must not be used on a
blind set.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("ARMSGRAPH_SHARED", ROOT.parent / "shared"))
MODULES = {"transfer": "transfer", "deployment": "deployment", "cooperation": "cooperation",
           "exercise": "exercise", "test": "testing"}


def _diagnostics():
    spec = importlib.util.spec_from_file_location("blind_diagnostics", ROOT / "benchmarks" / "blind_diagnostics.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, required=True, help="a held-out set folder (texts/ and claims.jsonl)")
    parser.add_argument("--type", default="transfer", choices=sorted(MODULES))
    parser.add_argument("--show", action="store_true", help="print each miss (development sets only)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from armsgraph import pipeline
    from armsgraph.claims.triggers import trigger_of

    module = importlib.import_module("armsgraph.claims." + MODULES[args.type])
    contexts: dict[str, object] = {}
    calls: list[tuple] = []
    find = module.find

    def traced_find(ctx):
        contexts[ctx.document.id] = ctx
        return find(ctx)
    module.find = traced_find
    if hasattr(module, "claims_for"):
        claims_for, code, last = module.claims_for, module.claims_for.__code__, [None]

        def tracer(frame, event, arg):
            if frame.f_code is not code:
                return None

            def local(inner, kind, value):
                if kind == "return":
                    last[0] = inner.f_lineno
                return local
            return local

        def traced_claims_for(ctx, token, trigger, ref, *rest, **named):
            before = sys.gettrace()
            sys.settrace(tracer)
            try:
                made = claims_for(ctx, token, trigger, ref, *rest, **named)
            finally:
                sys.settrace(before)
            calls.append((ctx.document.id, token.sent.start_char, len(made), last[0]))
            return made
        module.claims_for = traced_claims_for

    documents, _ = pipeline.run([str(args.set / "texts")])
    predicted = [dict(claim.to_json(), doc=document.id) for document in documents for claim in document.claims]
    diagnostics = _diagnostics()
    scorer = diagnostics._scorer(args.shared)
    systems = scorer.load_systems(args.shared / "gold" / "systems.tsv")
    gold = scorer.read_jsonl(args.set / "claims.jsonl")
    by_doc = diagnostics._by_doc(predicted)
    counts: Counter = Counter()
    for claim in diagnostics._unmatched([c for c in gold if not c.get("optional")], predicted,
                                        lambda c: scorer.key(c, systems, False)):
        if claim["type"] != args.type or any(
                p["type"] == args.type and diagnostics._on_sentence(claim, p.get("sentence") or "")
                for p in by_doc.get(claim["doc"], [])):
            continue
        ctx = contexts.get(claim["doc"])
        sentence = next((s for s in (ctx.sentences if ctx else []) if diagnostics._on_sentence(claim, s.text)), None)
        if sentence is None:
            kind = "evidence not in one sentence"
        else:
            start, end = sentence.start_char, sentence.end_char
            weapons = [r for r in ctx.refs if r.is_system and start <= ctx.doc[r.start].idx < end]
            here = [c for c in calls if c[0] == claim["doc"] and c[1] == start]
            if not weapons:
                kind = "no system named in the sentence"
            elif hasattr(module, "claims_for") and not here:
                kind = "a system, no trigger call"
            elif hasattr(module, "claims_for") and not any(c[2] for c in here):
                lines = ",".join(sorted({str(c[3]) for c in here}))
                kind = f"trigger call(s), no claim made: stopped at {MODULES[args.type]}.py line {lines}"
            elif hasattr(module, "claims_for"):
                kind = "claim made, dropped later"
            else:
                lexicon = {"test": "test"}.get(args.type, args.type)
                trigger = any(trigger_of(t, lexicon) for t in sentence)
                parties = len({r.actor for r in ctx.refs if r.actor and start <= ctx.doc[r.start].idx < end})
                kind = f"a system, no claim; trigger {'yes' if trigger else 'no'}; parties {min(parties, 3)}"
        counts[kind] += 1
        if args.show:
            print(f"[{claim['doc']}] {kind}: " + json.dumps({k: v for k, v in claim.items() if k not in (
                "doc", "evidence", "optional")}))
            print("      " + (claim.get("evidence") or "")[:250])
    for kind, n in counts.most_common():
        print(f"{n:4d}  {kind}")


if __name__ == "__main__":
    main()
