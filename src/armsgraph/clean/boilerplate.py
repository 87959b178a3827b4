"""Boilerplate learned from the corpus: lines that repeat across documents of one source.

A source is the document's site name, else its URL host, else the folder it was read
from. A line (compared lower-cased, punctuation-free) counts as boilerplate of a source
when it occurs in at least ``MIN_DOCS`` different documents of that source that are not
duplicates of one another (``MIN_DOCS_HTML`` for text extracted from HTML, where the page
structure has already removed the site template, so two pages of one site sharing a line
are more often sharing real content such as event details), and is at most ``MAX_WORDS``
words long (longer repeated passages are more likely a quotation shared by two reports
than a site template).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

from ..model import Document
from .lines import WORD, normalise_line, normalise_text

MIN_DOCS = 2
MIN_DOCS_HTML = 3
MAX_WORDS = 40


def source_of(doc: Document) -> str:
    if doc.site:
        return "site:" + doc.site.lower()
    if doc.url:
        host = urlparse(doc.url).netloc.lower()
        if host:
            return "host:" + host.removeprefix("www.")
    if doc.path:
        return "dir:" + str(Path(doc.path.split("#")[0]).parent)
    return ""


def learn(texts_by_source: dict[str, list[str]], min_docs: int = MIN_DOCS) -> dict[str, frozenset[str]]:
    """source -> set of normalised lines found in at least ``min_docs`` documents."""
    learned: dict[str, frozenset[str]] = {}
    for source, texts in texts_by_source.items():
        if len(texts) < min_docs:
            continue
        counts: Counter[str] = Counter()
        for text in texts:
            keys = {normalise_line(ln) for ln in normalise_text(text).split("\n")}
            counts.update(k for k in keys if k and len(k.split()) <= MAX_WORDS)
        learned[source] = frozenset(k for k, n in counts.items() if n >= min_docs)
    return learned


def group(docs: list[tuple[Document, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc, text in docs:
        out[source_of(doc)].append(text)
    return out


__all__ = ["learn", "group", "source_of", "MIN_DOCS", "MAX_WORDS", "WORD"]
