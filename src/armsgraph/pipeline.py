"""The whole analysis as plain functions: load -> entities -> claims.

``run(paths)`` reads and cleans a corpus (``armsgraph.clean.load_corpus``) and
``analyse(documents)`` annotates every document that is not skipped with entities
(``armsgraph.entities.annotate_many``, batched through ``nlp.pipe``) and claims
(``armsgraph.claims.extract``). Skipped documents (language, duplicate, empty) pass
through untouched.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import Document, Sentence

BATCH_SIZE = 16


def analyse(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Entities and claims for each document (in input order)."""
    from .claims import extract
    for document, parsed in annotated(documents, batch_size):
        if parsed is not None and document.skip_reason is None:
            document.claims = extract(document, parsed)
        yield document


def annotated(documents: Iterable[Document], batch_size: int = BATCH_SIZE):
    """(document, parsed Doc or None) pairs, from the entity layer when it is installed."""
    try:
        from .entities import annotate_many
    except ImportError:
        annotate_many = None
    if annotate_many is not None:
        yield from annotate_many(documents, batch_size=batch_size)
        return
    yield from _bare_annotate(documents, batch_size)


def _bare_annotate(documents: Iterable[Document], batch_size: int):
    """Stand-in while armsgraph.entities is absent: parse with the spaCy model only."""
    from .claims.nlp import get_nlp
    nlp = get_nlp()
    documents = list(documents)
    todo = [d for d in documents if d.skip_reason is None and d.text]
    parsed = {}
    for document, doc in zip(todo, nlp.pipe((d.text for d in todo), batch_size=batch_size)):
        document.sentences = [Sentence(n, s.start_char, s.end_char, s.text)
                              for n, s in enumerate(doc.sents)]
        parsed[id(document)] = doc
    for document in documents:
        yield document, parsed.get(id(document))


def run(paths: Iterable[str | Path], ingest_options=None, clean_options=None,
        batch_size: int = BATCH_SIZE) -> tuple[list[Document], list[InputError]]:
    """Load, clean and analyse the articles under ``paths``."""
    documents, errors = load(paths, ingest_options, clean_options)
    return list(analyse(documents, batch_size)), errors


def load(paths, ingest_options=None, clean_options=None) -> tuple[list[Document], list[InputError]]:
    try:
        from .clean import load_corpus
    except ImportError:
        load_corpus = None
    if load_corpus is not None:
        return load_corpus(list(paths), ingest_options, clean_options)
    return _read_text_files(paths)


def _read_text_files(paths) -> tuple[list[Document], list[InputError]]:
    """Stand-in while armsgraph.clean is absent: plain text files, as they are."""
    documents, errors = [], []
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            errors.append(InputError("no such file or folder", where=str(path),
                                     hint="check the path"))
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            errors.append(InputError(f"cannot read: {error}", where=str(file)))
            continue
        documents.append(Document(id=file.stem, raw=text, path=str(file), text=text))
    return documents, errors
