"""Files -> clean -> entities -> claims -> store, analysing only what is not stored yet.

`ingest_paths` reads and cleans the whole input (cleaning is corpus-level), asks the store
which documents are new or changed, runs the costly analysis on those only and streams
each analysed document into its own transaction, so a killed run keeps what it finished.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..model import Document
from .errors import StoreError
from .ingest import IngestReport


def _pipeline() -> Any:
    try:
        from .. import pipeline
        return pipeline
    except ImportError as exc:
        raise StoreError("the extraction pipeline (armsgraph.pipeline) is not available",
                         hint=f"install armsgraph completely ({exc})") from exc


def _load(pipeline: Any, paths: list[str]) -> tuple[list[Document], list[Any], bool]:
    """-> (documents, errors, already analysed?)."""
    if hasattr(pipeline, "load"):
        documents, errors = pipeline.load(paths)
        return documents, errors, False
    try:
        from ..clean import load_corpus
    except ImportError:
        documents, errors = pipeline.run(paths)          # run() does everything
        return documents, errors, True
    documents, errors = load_corpus(paths)
    return documents, errors, False


def _analysed(pipeline: Any, documents: list[Document]) -> Iterator[Document]:
    skipped = [d for d in documents if d.skip_reason]
    todo = [d for d in documents if not d.skip_reason]
    yield from skipped
    if todo:
        if hasattr(pipeline, "analyse"):
            yield from pipeline.analyse(todo)
        else:  # pragma: no cover - analyse is part of the contract
            yield from todo


def ingest_paths(store: Any, paths: Iterable[str]) -> tuple[IngestReport, list[Any], int]:
    """-> (report, input errors, number of documents read)."""
    paths = [str(p) for p in paths]
    pipeline = _pipeline()
    documents, errors, done = _load(pipeline, paths)
    pending = store.pending(documents)
    analysed = pending if done else _analysed(pipeline, pending)
    report = store.ingest_documents(analysed)
    report.unchanged += len(documents) - len(pending)
    return report, errors, len(documents)
