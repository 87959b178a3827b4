"""Cleaning: main text, metadata, language and duplicates for a corpus of raw Documents.

``clean(documents)`` works on the whole corpus at once because it learns boilerplate
(lines repeating across documents of one source) and finds duplicates across documents.
Steps, in order:

1. HTML (pages, WARC records, feed entries, JSONL ``html``) -> text + metadata with
   trafilatura (:mod:`armsgraph.clean.html`); plain text is taken as it is;
2. boilerplate learned per source from the documents that are not duplicates
   (:mod:`armsgraph.clean.boilerplate`);
3. line cleaning (:mod:`armsgraph.clean.lines`): navigation, teasers, captions, prompts,
   bios, spam, title/author/date from the text;
4. language (:mod:`armsgraph.clean.language`): non-English -> ``skip_reason "language: xx"``;
5. exact and near duplicates (:mod:`armsgraph.clean.dedup`) -> ``duplicate_of`` and
   ``skip_reason "duplicate of ID"``; an empty text -> ``skip_reason "empty"``.

Cleaning the same input twice gives the same output.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest import IngestOptions, read
from ..model import Document
from . import boilerplate, dedup
from .html import extract_html
from .language import is_foreign
from .lines import HTML_SKIP, clean_lines, parse_date

__all__ = ["CleanOptions", "clean", "clean_document", "load_corpus"]


@dataclass
class CleanOptions:
    """``language``: the language extraction understands; other languages are skipped.
    ``learn_boilerplate``: learn repeating lines per source. ``near_threshold``: estimated
    Jaccard similarity of word 5-gram sets at which two documents are near-duplicates.
    ``find_title``: take the first line of plain text as title when it looks like one.
    ``min_words``: texts with fewer words are skipped as "empty"."""
    language: str = "en"
    learn_boilerplate: bool = True
    near_threshold: float = dedup.NEAR_THRESHOLD
    find_title: bool = True
    min_words: int = 5


def clean(documents: list[Document], options: CleanOptions | None = None) -> list[Document]:
    """Fill text, metadata, language, content_hash, duplicate_of and skip_reason in place
    (and return the list)."""
    options = options or CleanOptions()
    stage1: list[tuple[Document, str, str | None]] = []
    for doc in documents:
        text, known_title = _extract(doc)
        stage1.append((doc, text, known_title))
    learned: dict[str, frozenset[str]] = {}
    learned_html: dict[str, frozenset[str]] = {}
    if options.learn_boilerplate:
        first = {d.id: t for d, t, _ in stage1}
        dups = dedup.find_duplicates(first, options.near_threshold)
        groups = boilerplate.group([(d, t) for d, t, _ in stage1 if d.id not in dups])
        learned = boilerplate.learn(groups)
        learned_html = boilerplate.learn(groups, boilerplate.MIN_DOCS_HTML)
    for doc, text, known_title in stage1:
        source = boilerplate.source_of(doc)
        lines_learned = (learned_html if doc.is_html else learned).get(source, frozenset())
        result = clean_lines(text, lines_learned,
                             title=known_title, find_title=options.find_title and not doc.is_html,
                             skip=HTML_SKIP if doc.is_html else frozenset())
        doc.text = result.text
        doc.title = doc.title or result.title
        doc.author = doc.author or result.author
        doc.date = iso_date(doc.date) or result.date
        doc.content_hash = dedup.content_hash(doc.text)
        doc.duplicate_of = None
        doc.skip_reason = None
        if len(doc.text.split()) < options.min_words:
            doc.skip_reason = "empty"
            continue
        foreign, lang = is_foreign(doc.text, options.language)
        doc.language = lang
        if foreign:
            doc.skip_reason = f"language: {lang}"
    candidates = {d.id: d.text for d in documents if d.skip_reason is None}
    by_id = {d.id: d for d in documents}
    for dup, canonical in dedup.find_duplicates(candidates, options.near_threshold).items():
        by_id[dup].duplicate_of = canonical
        by_id[dup].skip_reason = f"duplicate of {canonical}"
    return documents


def iso_date(value: str | None) -> str | None:
    """'2022-06-23T10:00:00Z' -> '2022-06-23'; 'June 23, 2022' -> '2022-06-23'; '2022' stays."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", value)
    if m:
        return m.group(0)
    return parse_date(value)


def clean_document(document: Document, options: CleanOptions | None = None) -> Document:
    """Clean one document alone (no corpus-learned boilerplate, no duplicates)."""
    return clean([document], options)[0]


def load_corpus(paths: Iterable[str | Path] | str | Path, ingest_options: IngestOptions | None = None,
                clean_options: CleanOptions | None = None) -> tuple[list[Document], list[InputError]]:
    """read + clean: the cleaned Documents (skipped ones included, with skip_reason) and
    the InputErrors of files/records that could not be read."""
    documents: list[Document] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    for item in read(paths, ingest_options):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        # ids must be unique in a run: a second "a.txt" in another folder becomes "a~2"
        n = seen.get(item.id, 0) + 1
        seen[item.id] = n
        if n > 1:
            item.id = f"{item.id}~{n}"
        documents.append(item)
    return clean(documents, clean_options), errors


def _extract(doc: Document) -> tuple[str, str | None]:
    """Stage-1 text and the title already known from metadata (to drop it from the text)."""
    if not doc.is_html:
        return doc.raw, doc.title
    got = extract_html(doc.raw, doc.url)
    doc.title = doc.title or got.title
    doc.author = doc.author or got.author
    if got.date and (doc.format == "warc" or not doc.date):
        doc.date = got.date
    doc.url = doc.url or got.url
    doc.site = doc.site or got.site
    return got.text, doc.title
