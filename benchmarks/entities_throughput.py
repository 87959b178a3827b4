#!/usr/bin/env python3
"""Throughput of the entity layer against a bare ``nlp.pipe`` pass with the same model.

Usage:
    python benchmarks/entities_throughput.py [TEXT_DIR_OR_FILE ...] [--repeat 3] [--json]

Texts default to the development articles and the re3d documents in ../shared (each
a separate document). Both passes parse the same texts with ``nlp.pipe``; model loading
is excluded. Prints words/s for each and their ratio (entity layer / bare); the best of
``--repeat`` runs counts, since the machine is shared.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def default_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "gold" / "clean").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((SHARED / "gold" / "dev2" / "texts").glob("*.txt"))]
    re3d = SHARED / "bench" / "re3d"
    if re3d.is_dir():
        for folder in sorted(p for p in re3d.iterdir() if p.is_dir()):
            for line in (folder / "documents.json").read_text(encoding="utf-8-sig").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def read_texts(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        out += [f.read_text(encoding="utf-8") for f in files]
    return out


def words_per_second(nlp, texts: list[str], repeat: int) -> float:
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best


def measure(texts: list[str], repeat: int = 3) -> dict:
    import spacy

    from armsgraph.entities import MODEL, get_nlp

    bare = spacy.load(MODEL)
    ours = get_nlp()
    ours("warm up the catalog component")
    bare("warm up")
    # interleave so that load from other users of the machine hits both alike
    rates = {"bare": 0.0, "entities": 0.0}
    for _ in range(repeat):
        rates["bare"] = max(rates["bare"], words_per_second(bare, texts, 1))
        rates["entities"] = max(rates["entities"], words_per_second(ours, texts, 1))
    return {"words": sum(len(t.split()) for t in texts), "documents": len(texts),
            "bare_words_per_s": round(rates["bare"]),
            "entities_words_per_s": round(rates["entities"]),
            "ratio": round(rates["entities"] / rates["bare"], 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    texts = read_texts(args.paths) if args.paths else default_texts()
    if not texts:
        print("no texts to parse", file=sys.stderr)
        return 2
    result = measure(texts, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['documents']} documents, {result['words']} words")
        print(f"bare nlp.pipe     {result['bare_words_per_s']:>8} words/s")
        print(f"entity layer      {result['entities_words_per_s']:>8} words/s")
        print(f"ratio             {result['ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
