#!/usr/bin/env python3
"""Run the entity layer over the re3d defence NER documents and write predictions for
``../shared/eval/score_re3d.py``.

Usage:
    python benchmarks/re3d_entities.py OUT.jsonl [--re3d ../shared/bench/re3d] [--baseline]

Our kinds map to re3d types: a system or a generic noun is a Weapon or a
MilitaryPlatform (by the catalog's platform/weapon flag or the category), a state is a
Location when named, a Nationality as an adjective/demonym and an Organisation when it
acts (metonym, institution); organisations, people, places, dates and quantities map to
Organisation, Person, Location, Temporal and Quantity. ``--baseline`` writes the plain
spaCy pipeline's entities instead (same model, no catalog), for comparison.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RE3D = ROOT.parent / "shared" / "bench" / "re3d"

PLATFORM_CATEGORIES = {"aircraft", "helicopters", "uav", "ships", "tanks", "armoured-vehicles"}
WEAPON_CATEGORIES = {"missiles", "atgm", "small-arms", "ammunition", "artillery", "mlrs",
                     "air-defence", "ballistic-missiles", "cruise-missiles", "nuclear-weapons",
                     "materiel"}
PLACE_CATEGORIES = {"airbase", "military-facility", "testing-range"}
SPACY_TYPES = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Location", "LOC": "Location",
               "FAC": "Location", "NORP": "Nationality", "DATE": "Temporal", "TIME": "Temporal",
               "CARDINAL": "Quantity", "QUANTITY": "Quantity", "MONEY": "Money",
               "PRODUCT": "Weapon"}


def read_jsonl(path: Path) -> Iterator[dict]:
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            yield json.loads(line)


def documents(root: Path) -> list[dict]:
    docs = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        docs.extend(read_jsonl(folder / "documents.json"))
    return docs


def re3d_type(mention, catalog) -> str | None:
    """The re3d type of one of our mentions (None: re3d has no such type)."""
    if mention.kind == "system":
        entry = catalog.systems.get(mention.id)
        return "MilitaryPlatform" if entry is not None and entry.platform else "Weapon"
    if mention.kind == "category":
        name = mention.id.split(":", 1)[1]
        if name in PLATFORM_CATEGORIES:
            return "MilitaryPlatform"
        if name in WEAPON_CATEGORIES:
            return "Weapon"
        if name in PLACE_CATEGORIES:
            return "Location"
        return "Organisation" if name == "troops" else None
    if mention.kind == "state":
        if mention.role in ("metonym", "institution"):
            return "Organisation"
        state = catalog.get(mention.id)
        if state is not None and mention.alias in getattr(state, "adjectives", ()):
            return "Nationality"
        return "Location"
    return {"organisation": "Organisation", "person": "Person", "place": "Location",
            "date": "Temporal", "quantity": "Quantity"}.get(mention.kind)


def predict(docs: list[dict], baseline: bool) -> Iterator[dict]:
    from armsgraph.catalog import load
    from armsgraph.entities import MODEL, annotate_many
    from armsgraph.model import Document

    if baseline:
        import spacy
        nlp = spacy.load(MODEL)
        for d, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
            for ent in parsed.ents:
                kind = SPACY_TYPES.get(ent.label_)
                if kind:
                    yield {"documentId": d["_id"], "begin": ent.start_char,
                           "end": ent.end_char, "type": kind}
        return
    catalog = load()
    records = [Document(id=d["_id"], text=d["text"]) for d in docs]
    for document, _ in annotate_many(records):
        for mention in document.mentions:
            kind = re3d_type(mention, catalog)
            if kind:
                yield {"documentId": document.id, "begin": mention.begin, "end": mention.end,
                       "type": kind}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--re3d", type=Path, default=DEFAULT_RE3D)
    parser.add_argument("--baseline", action="store_true",
                        help="plain spaCy entities instead of the entity layer")
    args = parser.parse_args(argv)
    if not args.re3d.is_dir():
        print(f"re3d not found at {args.re3d} (pass --re3d)", file=sys.stderr)
        return 2
    docs = documents(args.re3d)
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for row in predict(docs, args.baseline):
            out.write(json.dumps(row) + "\n")
            count += 1
    print(f"{count} mentions over {len(docs)} documents -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
