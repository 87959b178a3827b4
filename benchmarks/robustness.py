#!/usr/bin/env python3
"""How often a claim read from a sentence is lost when the sentence is written otherwise.

Usage:
    python benchmarks/robustness.py [--set tests/data/heldout2 ...] [--variant dateline ...] [--show]

Each gold evidence sentence of the development sets (a sentence of its own, seven words or
more) is read alone, then once more in each variant below, which keeps its facts but
changes its setting the way news copy does: a wire dateline before it, a title line before
it, a reporting clause around it, an apposition after its first state, a coordinated clause
or an editor's aside in brackets after it. A claim the plain sentence gives and a variant loses is a robustness failure: the
variant says the same thing. The report counts, per variant, the sentences that lost a
claim (``--show`` prints them with the claims lost and gained). No gold claim is compared,
so the count measures generality without tuning to any answer; blind sets are not read.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEV_SETS = ("heldout", "heldout2", "dev3", "dev4", "heldout5", "heldout6", "heldout7")
# sentence-opening words that a prefix puts in lower case ("However, the navy ...")
LOWER = {"the", "a", "an", "in", "on", "at", "by", "for", "from", "this", "that", "these", "those", "it",
         "its", "their", "they", "some", "under", "after", "before", "since", "with", "last", "earlier",
         "both", "two", "three", "several", "during", "as", "while", "when", "according"}


def _lower_first(sentence: str) -> str:
    first = sentence.split()[0]
    return sentence[0].lower() + sentence[1:] if first.lower() in LOWER else sentence


def _apposition(sentence: str) -> str:
    """", long a key player in the region," after the state that opens the sentence by its
    own name ("Russia sold ...", not "Russian troops", "Russia's plan" or "Russia and China");
    other sentences are left as they are."""
    from armsgraph.entities import annotate
    from armsgraph.model import Document
    document = Document(id="v", text=sentence)
    annotate(document)
    opening = [m for m in document.mentions if m.kind == "state" and m.begin == 0 and
               sentence[m.begin:m.end] == m.label and not sentence[m.end:].startswith(("'s", "’s", " and ", ",", " or "))]
    if not opening:
        return sentence
    end = opening[0].end
    return sentence[:end] + ", long a key player in the region," + sentence[end:]


AMERICAN = (("defence", "defense"), ("Defence", "Defense"), ("programme", "program"), ("armour", "armor"),
            ("manoeuvre", "maneuver"), ("licence", "license"), ("organisation", "organization"),
            ("Organisation", "Organization"), ("modernis", "moderniz"), ("authoris", "authoriz"),
            ("harbour", "harbor"), ("centre", "center"), ("Centre", "Center"), ("kilometre", "kilometer"))
SHORT_NAMES = (("the United States", "the U.S."), ("United States", "U.S."), ("US ", "U.S. "),
               ("the United Kingdom", "Britain"), ("UK ", "British "))


def _respelt(sentence: str, pairs) -> str:
    for old, new in pairs:
        sentence = sentence.replace(old, new)
    return sentence


VARIANTS = {
    "dateline": lambda s: "LONDON, March 3 (Reuters) - " + s,
    "dateline-title-case": lambda s: "Moscow, 3 March (TASS) - " + s,
    "dateline-capitals": lambda s: "WASHINGTON — " + s,
    "title-line": lambda s: "Analysis: the arms trade\n\n" + s,
    "reported": lambda s: "Officials said on Tuesday that " + _lower_first(s),
    "attributed": lambda s: s[:-1] + ", according to two people familiar with the matter.",
    "quoted": lambda s: '"' + s[:-1] + '," the minister told reporters.',
    "opening-clause": lambda s: "Despite Western pressure, " + _lower_first(s),
    "aside": lambda s: s[:-1] + " (see map).",
    "apposition": _apposition,     # (only sentences a state opens change)
    "next-sentence": lambda s: s + " The ministry did not comment on the report.",
    "bullet": lambda s: "Key deals:\n\n• " + s,
    "american-spelling": lambda s: _respelt(s, AMERICAN),      # (unchanged sentences lose nothing)
    "short-names": lambda s: _respelt(s, SHORT_NAMES),
}


def _gold(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def sentences(folders: list[Path]) -> list[str]:
    found: list[str] = []
    for folder in folders:
        for claim in _gold(folder):
            text = (claim.get("evidence") or "").strip()
            if text and "..." not in text and len(text.split()) > 6 and text[0].isupper():
                found.append(text.rstrip(".") + ".")
    return list(dict.fromkeys(found))


def claims(text: str) -> set[tuple]:
    from armsgraph.claims import extract
    from armsgraph.model import Document
    from armsgraph import pipeline
    document = Document(id="v", text=text, date="2024-06-01")
    out: set[tuple] = set()
    for annotated, parsed in pipeline.annotated([document]):
        for c in extract(annotated, parsed):
            out.add((c.type, c.supplier or c.actor, c.recipient or c.host,
                     tuple(c.partners or c.participants or ()), c.system, c.status))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append",
                        help="a development set folder (default: the seven development sets)")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS),
                        help="variants to run (default: all)")
    parser.add_argument("--show", action="store_true", help="print each sentence that lost a claim")
    args = parser.parse_args()
    folders = args.set or [ROOT / "tests" / "data" / name for name in DEV_SETS]
    names = args.variant or list(VARIANTS)
    plain = sentences(folders)
    base = {s: claims(s) for s in plain}
    read = [s for s in plain if base[s]]
    print(f"{len(read)} sentences with a claim of {len(plain)} gold evidence sentences")
    for name in names:
        lost = []
        for sentence in read:
            variant = claims(VARIANTS[name](sentence))
            missing = base[sentence] - variant
            if missing:
                lost.append((sentence, sorted(missing, key=str), sorted(variant - base[sentence], key=str)))
        print(f"{name:22s} lost a claim in {len(lost):4d} of {len(read)} sentences ({len(lost) / len(read):.1%})")
        if args.show:
            for sentence, missing, gained in lost:
                print(f"    {sentence}\n        lost   {missing}\n        gained {gained}")


if __name__ == "__main__":
    main()
