"""Quality gate for ingest + clean: the scorers of ../shared/eval against stored floors.

* seeds: `armsgraph clean ../shared/seeds` scored by score_clean.py against
  ../shared/gold/clean: F1 >= 0.99 (the raw files score 0.928);
* article extraction: every page of ../shared/bench/article-extraction/html through
  armsgraph's HTML path, scored against its ground truth: F1 >= 0.965 (trafilatura alone
  0.958); slow (about half a minute) but part of `make test`;
* no real sentence eaten: every gold claim's evidence (seeds and dev2) is still in the
  cleaned text;
* titles and authors found for the seeds equal ../shared/gold/seeds.meta.jsonl.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
import statistics
from pathlib import Path

import pytest

from armsgraph.clean import load_corpus

SEEDS_F1_FLOOR = 0.99
EXTRACTION_F1_FLOOR = 0.965
EVIDENCE_KEPT_FLOOR = 1.0
WORD = re.compile(r"\w+")


def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_clean", shared / "eval" / "score_clean.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(module, gold: dict[str, str], pred: dict[str, str]) -> float:
    """The same computation as score_clean.main."""
    rows = [module.counts(text, pred.get(doc, "")) for doc, text in gold.items()]
    p = statistics.mean(module.precision(*r) for r in rows if sum(r[:2]) > 0)
    r = statistics.mean(module.recall(*r) for r in rows if r[0] + r[2] > 0)
    return 2 * p * r / (p + r) if p + r else 0.0


def test_seeds_clean_f1(shared, tmp_path):
    module = scorer(shared)
    documents, errors = load_corpus([shared / "seeds"])
    assert not errors
    pred = {d.id: d.text for d in documents}
    gold = module.load(shared / "gold" / "clean")
    score = f1(module, gold, pred)
    assert score >= SEEDS_F1_FLOOR, f"seeds clean F1 {score:.3f} < {SEEDS_F1_FLOOR}"


@pytest.mark.slow
def test_article_extraction_f1(shared):
    module = scorer(shared)
    spec = importlib.util.spec_from_file_location(
        "article_extraction", Path(__file__).resolve().parents[1] / "benchmarks" / "article_extraction.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    html_dir = shared / "bench" / "article-extraction" / "html"
    pages = {f.name[:-len(".html.gz")]: gzip.decompress(f.read_bytes())
             for f in sorted(html_dir.glob("*.html.gz"))}
    assert len(pages) > 100
    pred = bench.extract_all(pages, "armsgraph")
    gold = module.load(shared / "bench" / "article-extraction" / "ground-truth.json")
    score = f1(module, gold, pred)
    assert score >= EXTRACTION_F1_FLOOR, f"article extraction F1 {score:.3f} < {EXTRACTION_F1_FLOOR}"


def _norm(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


@pytest.mark.parametrize("texts,claims", [("seeds", "gold/seeds.claims.jsonl"),
                                          ("gold/dev2/texts", "gold/dev2/claims.jsonl")])
def test_cleaning_keeps_every_gold_evidence(shared, texts, claims):
    documents, _ = load_corpus([shared / texts])
    cleaned = {d.id: _norm(d.text) for d in documents}
    total, missing = 0, []
    for line in (shared / claims).read_text(encoding="utf-8").splitlines():
        claim = json.loads(line)
        parts = [_norm(p) for p in re.split(r"\.\.\.|…|\[[^\]]*\]", claim.get("evidence", ""))]
        parts = [p for p in parts if p]
        total += 1
        if not all(p in cleaned.get(claim["doc"], "") for p in parts):
            missing.append(f"{claim['doc']}: {claim['evidence'][:80]}")
    kept = 1 - len(missing) / total
    assert kept >= EVIDENCE_KEPT_FLOOR, "evidence removed by cleaning:\n" + "\n".join(missing)


def test_seed_titles_and_authors_match_gold_metadata(shared):
    documents, _ = load_corpus([shared / "seeds"])
    by_id = {d.id: d for d in documents}
    rows = [json.loads(line) for line in
            (shared / "gold" / "seeds.meta.jsonl").read_text(encoding="utf-8").splitlines()]
    wrong = [(row["doc"], key, row[key], getattr(by_id[row["doc"]], key))
             for row in rows for key in ("title", "author")
             if row[key] != getattr(by_id[row["doc"]], key)]
    assert not wrong, wrong
