"""The knowledge base: SQLite (default) or PostgreSQL, one schema, the same queries.

    from armsgraph.store import open_store, ClaimFilter, DealFilter
    store = open_store()                       # $ARMSGRAPH_DB or ./armsgraph.db
    store = open_store("sqlite:///kb.db")      # or a plain path, or "postgresql://user@host/db"

Writing
    store.ingest_documents(documents) -> IngestReport
        each document in one transaction; unchanged documents add nothing; changed ones
        replace their stored version; deals touched are recomputed in the same transaction.
    store.bulk_load(documents, batch=500) -> IngestReport
        the same rows for large first loads: batches per transaction, deals computed once.
    store.pending(documents) -> list[Document]
        the documents not yet stored as they are (skip the costly analysis of the rest).
    store.rebuild_deals() -> int             recompute families and every deal.

Reading (plain JSON-ready dicts; lists are Pages
{"items": [...], "total": N, "limit": L, "offset": O[, "total_capped": True]})
    store.claims(filters=None, limit=50, offset=0) -> Page          newest event year first
    store.claim(claim_id) -> dict | None
    store.deals(filters=None, limit=50, offset=0) -> Page           latest year first
    store.deal(deal_id) -> dict | None       history steps with claims (quotes, sources), documents
    store.documents(limit=50, offset=0, q=None, site=None, skipped=None) -> Page
    store.document(doc_id) -> dict | None    text, metadata, sentences, mentions, claims, duplicates
    store.entities(kind=None, q=None, limit=50, offset=0) -> Page
    store.search(text, limit=20, offset=0) -> Page   full-text over sentences, with snippet
    store.stats() -> dict                    counts, top suppliers/recipients, latest claims
    store.graph(filters=None, limit=2000) -> {"nodes": [...], "edges": [...]}
    store.export(what, format, out) -> int   claims|deals as csv|jsonl|parquet|graphml
    store.reconcile(sipri_path, window=3) -> dict   SIPRI confirmed / corpus-only / SIPRI-only

Filters: ClaimFilter / DealFilter (or a dict) with supplier, recipient, actor, host, system,
category, status, since, until, text, doc, type, hedged (+ contradiction for deals).
Errors are StoreErrors with codes AG5xx (see store/errors.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from ..model import Document
from . import deals as _deals
from . import queries as _q
from .backend import Backend
from .errors import (BadQuery, CorruptRow, DocumentRejected, SchemaTooNew, StoreLocked,
                     StoreUnreachable)
from .filters import ClaimFilter, DealFilter
from .ingest import IngestReport, fingerprint, ingest as _ingest
from .schema import current_version, latest_version, migrate

__all__ = ["open_store", "Store", "ClaimFilter", "DealFilter", "IngestReport", "BadQuery",
           "CorruptRow", "DocumentRejected", "SchemaTooNew", "StoreLocked", "StoreUnreachable"]


class Store:
    """A migrated database and the library's read/write methods on it."""

    def __init__(self, backend: Backend):
        self.db = backend
        self.dialect = backend.dialect
        self.schema_version = migrate(backend)
        self._writes = 0                     # own writes (stats cache key)
        self._stats: tuple[Any, dict[str, Any]] | None = None

    # -- writing ---------------------------------------------------------------------------
    def ingest_documents(self, documents: Iterable[Document]) -> IngestReport:
        self._writes += 1
        try:
            return _ingest(self.db, documents)
        finally:
            self._writes += 1

    def bulk_load(self, documents: Iterable[Document], batch: int = 500) -> IngestReport:
        """Large initial loads: many documents per transaction, deals computed once at the end."""
        from .ingest import bulk_load
        self._writes += 1
        try:
            return bulk_load(self.db, documents, batch)
        finally:
            self._writes += 1

    def pending(self, documents: Iterable[Document]) -> list[Document]:
        """Documents whose id is not stored, or stored with other content (by content hash)."""
        docs = list(documents)
        if not docs:
            return []
        stored: dict[str, str | None] = {}
        ids = [d.id for d in docs]
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            for r in self.db.query(f"SELECT id, content_hash, skip_reason FROM documents WHERE id IN "
                                   f"({', '.join('?' for _ in part)})", part):
                stored[r["id"]] = r["content_hash"]
        todo = [d for d in docs if d.id not in stored or (d.content_hash or None) != stored[d.id]]
        self._mark_stored_duplicates(todo)
        return todo

    def _mark_stored_duplicates(self, docs: list[Document]) -> None:
        """A new document whose content hash is already stored under another id becomes a
        duplicate of it (cleaning only sees one run's corpus; the store sees all runs)."""
        hashes = sorted({d.content_hash for d in docs if d.content_hash and not d.skip_reason})
        known: dict[str, str] = {}
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            for r in self.db.query("SELECT content_hash, MIN(id) AS id FROM documents WHERE skip_reason IS NULL "
                                   f"AND content_hash IN ({', '.join('?' for _ in part)}) GROUP BY content_hash",
                                   part):
                known[r["content_hash"]] = r["id"]
        for d in docs:
            first = known.get(d.content_hash or "")
            if first and first != d.id and not d.skip_reason:
                d.duplicate_of, d.skip_reason = first, f"duplicate of {first}"

    def rebuild_deals(self) -> int:
        """Recompute system families (the catalog may have changed) and every deal."""
        from .families import category_of, family_of
        self._writes += 1
        with self.db.tx():
            rows = self.db.query("SELECT id, type, system, family, supplier, recipient, actor, host, "
                                 "participants, partners, deal_key FROM claims")
            for r in rows:
                fam = family_of(r["system"])
                new = dict(r, family=fam)
                key = _deals.key_of(new)
                if fam != r["family"] or key != r["deal_key"]:
                    self.db.execute("UPDATE claims SET family = ?, category = ?, deal_key = ? WHERE id = ?",
                                    (fam, category_of(fam), key, r["id"]))
            return _deals.rebuild_all(self.db)

    # -- reading ---------------------------------------------------------------------------
    def claims(self, filters: Any = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return _q.claims(self.db, filters, limit, offset)

    def claim(self, claim_id: int) -> dict[str, Any] | None:
        return _q.claim(self.db, claim_id)

    def deals(self, filters: Any = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return _q.deals(self.db, filters, limit, offset)

    def deal(self, deal_id: int) -> dict[str, Any] | None:
        return _q.deal(self.db, deal_id)

    def documents(self, limit: int = 50, offset: int = 0, q: str | None = None,
                  site: str | None = None, skipped: bool | None = None) -> dict[str, Any]:
        return _q.documents(self.db, limit, offset, q=q, site=site, skipped=skipped)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return _q.document(self.db, doc_id)

    def entities(self, kind: str | None = None, q: str | None = None, limit: int = 50,
                 offset: int = 0) -> dict[str, Any]:
        return _q.entities(self.db, kind, q, limit, offset)

    def search(self, text: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        return _q.search(self.db, text, limit, offset)

    def stats(self) -> dict[str, Any]:
        """Counts and tops; cached until the documents change (they take seconds on a
        million claims)."""
        version = (self._writes, tuple(self.db.one(
            "SELECT COUNT(*) AS n, MAX(ingested_at) AS t FROM documents").values()))
        if self._stats is not None and self._stats[0] == version:
            return self._stats[1]
        out = _q.stats(self.db)
        out["database"] = {"dialect": self.dialect, "where": self.db.where,
                           "schema_version": self.schema_version}
        self._stats = (version, out)
        return out

    def graph(self, filters: Any = None, limit: int = 2000) -> dict[str, Any]:
        return _q.graph(self.db, filters, limit)

    # -- exports and reconciliation ---------------------------------------------------------
    def export(self, what: str, format: str, out: str | Path, filters: Any = None) -> int:
        from .export import export
        return export(self, what, format, Path(out), filters)

    def reconcile(self, sipri_path: str | Path, window: int = 3) -> dict[str, Any]:
        from .sipri import reconcile
        return reconcile(self, Path(sipri_path), window=window)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """None -> $ARMSGRAPH_DB or ./armsgraph.db; a path, sqlite:///path or postgresql://..."""
    backend = Backend(url)
    try:
        return Store(backend)
    except Exception:
        backend.close()
        raise
