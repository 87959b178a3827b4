"""Article-extraction benchmark: extract every page of
../shared/bench/article-extraction/html/*.html.gz into the benchmark's JSON shape.

    python benchmarks/article_extraction.py OUT.json [--html-dir DIR] [--mode armsgraph|trafilatura]
    python ../shared/eval/score_clean.py ../shared/bench/article-extraction/ground-truth.json OUT.json

``--mode armsgraph`` (default) runs armsgraph's own path for HTML, ``armsgraph.clean.clean``
over all pages at once, exactly as ``armsgraph clean`` does: the trafilatura chain of
armsgraph.clean.html, boilerplate learned per site (pages of one site share it) and the
line cleaning of armsgraph.clean.lines. Language and duplicate skipping do not change
the text, so every page's text is written.
``--mode trafilatura`` runs plain ``trafilatura.extract`` for comparison.
Prints pages, milliseconds per page and peak resident memory to stderr.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "bench" / "article-extraction" / "html"


def extract_all(pages: dict[str, bytes], mode: str) -> dict[str, str]:
    if mode == "trafilatura":
        import trafilatura
        return {key: trafilatura.extract(html) or "" for key, html in pages.items()}
    from armsgraph.clean import clean
    from armsgraph.ingest.decode import decode
    from armsgraph.model import Document
    docs = [Document(id=key, raw=decode(html, key), format="html", path=key)
            for key, html in pages.items()]
    return {doc.id: doc.text for doc in clean(docs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--html-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--mode", choices=("armsgraph", "trafilatura"), default="armsgraph")
    args = parser.parse_args(argv)
    files = sorted(args.html_dir.glob("*.html.gz"))
    if not files:
        print(f"no *.html.gz under {args.html_dir}", file=sys.stderr)
        return 2
    pages = {file.name[:-len(".html.gz")]: gzip.decompress(file.read_bytes()) for file in files}
    start = time.perf_counter()
    texts = extract_all(pages, args.mode)
    elapsed = time.perf_counter() - start
    output = {key: {"articleBody": texts.get(key, "")} for key in pages}
    args.out.write_text(json.dumps(output, ensure_ascii=False, indent=1), encoding="utf-8")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages {len(files)}, {1000 * elapsed / len(files):.1f} ms/page, "
          f"peak RSS {peak:.0f} MiB, mode {args.mode}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
