"""Writing documents: one transaction per document, idempotent, crash-safe.

A document whose id and fingerprint (text, metadata, sentences, mentions, claims) are
already stored is left alone; a changed one replaces the stored version; the deals its
claims touch are recomputed in the same transaction. A killed process loses at most the
document it was writing, and re-running ends in the state of an uninterrupted run.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from ..model import CLAIM_TYPES, COARSE_STATUS, STATUSES, Claim, Document
from . import deals as deal_merge
from .backend import Backend
from .errors import DocumentRejected, StoreError
from .families import category_of, family_of


@dataclass
class IngestReport:
    added: int = 0            # new documents stored
    updated: int = 0          # stored documents replaced by a changed version
    unchanged: int = 0        # already stored exactly so: nothing written
    skipped: int = 0          # stored with a skip_reason (language, duplicate, empty)
    claims: int = 0           # claims written
    deals: int = 0            # deals created or recomputed
    errors: list[StoreError] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "errors"}
        out["errors"] = [str(e) for e in self.errors]
        return out


def fingerprint(doc: Document) -> str:
    payload = {"meta": doc.metadata(), "text": doc.text,   # vars(): flat records, fast
               "sentences": [vars(s) for s in doc.sentences],
               "mentions": [vars(m) for m in doc.mentions],
               "claims": [vars(c) for c in doc.claims]}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def doc_year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def validate(doc: Document) -> None:
    """Reject inconsistent records with a specific message (the rest of the run goes on)."""
    where = f"document {doc.id!r}" + (f" ({doc.path})" if doc.path else "")
    if not doc.id:
        raise DocumentRejected("document without an id", where=doc.path or "input")
    n = len(doc.text or "")
    for s in doc.sentences:
        if not (0 <= s.start <= s.end <= n):
            raise DocumentRejected(f"sentence {s.index} offsets {s.start}-{s.end} lie outside "
                                   f"the text ({n} characters)", where=where,
                                   hint="offsets must index Document.text")
    for m in doc.mentions:
        if not (0 <= m.begin <= m.end <= n):
            raise DocumentRejected(f"mention {m.text!r} offsets {m.begin}-{m.end} lie outside "
                                   f"the text ({n} characters)", where=where)
    for i, c in enumerate(doc.claims):
        if c.type not in CLAIM_TYPES:
            raise DocumentRejected(f"claim {i} has unknown type {c.type!r}", where=where,
                                   hint=f"one of {', '.join(CLAIM_TYPES)}")
        if c.status not in STATUSES:
            raise DocumentRejected(f"claim {i} has unknown status {c.status!r}", where=where,
                                   hint=f"one of {', '.join(STATUSES)}")
        if c.start is not None and c.end is not None and not (0 <= c.start <= c.end <= n):
            raise DocumentRejected(f"claim {i} offsets {c.start}-{c.end} lie outside the text",
                                   where=where)


def claim_row(c: Claim, year_fallback: int | None) -> dict[str, Any]:
    fam = family_of(c.system)
    row = {
        "type": c.type, "status": c.status, "coarse_status": COARSE_STATUS.get(c.status),
        "system": c.system, "family": fam, "category": category_of(fam),
        "supplier": c.supplier, "recipient": c.recipient, "actor": c.actor, "host": c.host,
        "participants": deal_merge.parties_text(c.participants),
        "partners": deal_merge.parties_text(c.partners),
        "quantity": c.quantity, "year": c.year, "month": c.month, "day": c.day,
        "granularity": c.granularity, "event_year": c.year if c.year is not None else year_fallback,
        "place": c.place, "mode": c.mode, "source": c.source, "hedged": int(bool(c.hedged)),
        "confidence": c.confidence, "sentence": c.sentence or "", "start": c.start, "end": c.end,
        "evidence": c.evidence, "system_text": c.system_text,
    }
    row["deal_key"] = deal_merge.key_of(row)
    return row


CLAIM_FIELDS = ("id", "doc_id", "ordinal", "type", "status", "coarse_status", "system", "family",
                "category", "supplier", "recipient", "actor", "host", "participants", "partners",
                "quantity", "year", "month", "day", "granularity", "event_year", "place", "mode",
                "source", "hedged", "confidence", "sentence", "start", "end", "evidence",
                "system_text", "deal_key")
_CLAIM_SQL = ("INSERT INTO claims (" + ", ".join(f'"{f}"' if f == "end" else f for f in CLAIM_FIELDS)
              + ") VALUES (" + ", ".join("?" for _ in CLAIM_FIELDS) + ")")


def _source_id(db: Backend, name: str | None) -> int | None:
    if not name:
        return None
    row = db.one("SELECT id FROM sources WHERE name = ?", (name,))
    if row:
        return row["id"]
    new_id = db.next_id("sources")
    db.execute("INSERT INTO sources (id, name) VALUES (?, ?)", (new_id, name))
    return new_id


def delete_document(db: Backend, doc_id: str) -> set[str]:
    """Remove a document and everything hanging off it; -> the deal keys it touched."""
    keys = {r["deal_key"] for r in db.query("SELECT DISTINCT deal_key FROM claims WHERE doc_id = ?", (doc_id,))}
    db.execute("DELETE FROM claim_parties WHERE claim_id IN (SELECT id FROM claims WHERE doc_id = ?)", (doc_id,))
    db.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    return keys


def write_document(db: Backend, doc: Document, report: IngestReport, rebuild: bool = True) -> set[str]:
    """Store one document in the caller's transaction; -> the deal keys it touched (their
    deals are recomputed here unless `rebuild` is False, as in a bulk load)."""
    validate(doc)
    fp = fingerprint(doc)
    old = db.one("SELECT fingerprint FROM documents WHERE id = ?", (doc.id,))
    if old and old["fingerprint"] == fp:
        report.unchanged += 1
        return set()
    keys: set[str] = set()
    if old:
        keys |= delete_document(db, doc.id)
    year = doc_year(doc.date)
    claims = [] if doc.skip_reason else doc.claims
    db.execute(
        'INSERT INTO documents (id, source_id, title, author, date, year, url, site, language, '
        'content_hash, duplicate_of, skip_reason, format, path, text, n_sentences, n_mentions, '
        'n_claims, fingerprint, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
        (doc.id, _source_id(db, doc.site), doc.title, doc.author, doc.date, year, doc.url, doc.site,
         doc.language, doc.content_hash, doc.duplicate_of, doc.skip_reason, doc.format, doc.path,
         doc.text or "", len(doc.sentences), len(doc.mentions), len(claims), fp,
         datetime.now(timezone.utc).isoformat(timespec="seconds")))
    base = db.next_id("sentences")
    db.executemany('INSERT INTO sentences (id, doc_id, idx, start, "end", text) VALUES (?,?,?,?,?,?)',
                   [(base + i, doc.id, s.index, s.start, s.end, s.text) for i, s in enumerate(doc.sentences)])
    base = db.next_id("mentions")
    db.executemany('INSERT INTO mentions (id, doc_id, sentence, "begin", "end", text, kind, entity_id, '
                   'label, alias, state, role) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                   [(base + i, doc.id, m.sentence, m.begin, m.end, m.text, m.kind, m.id, m.label,
                     m.alias, m.state, m.role) for i, m in enumerate(doc.mentions)])
    seen: dict[str, Any] = {}
    for m in doc.mentions:
        if m.id and m.id not in seen:
            seen[m.id] = m
    ids = sorted(seen)
    known: set[str] = set()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        known |= {r["id"] for r in db.query(
            f"SELECT id FROM entities WHERE id IN ({', '.join('?' for _ in part)})", part)}
    db.executemany("INSERT INTO entities (id, kind, label, state) VALUES (?,?,?,?)",
                   [(i, seen[i].kind, seen[i].label or seen[i].text, seen[i].state)
                    for i in ids if i not in known])
    base = db.next_id("claims")
    rows, parties = [], []
    for i, c in enumerate(claims):
        row = claim_row(c, year)
        row.update(id=base + i, doc_id=doc.id, ordinal=i)
        rows.append(tuple(row[f] for f in CLAIM_FIELDS))
        people = {row.get(r) for r in ("supplier", "recipient", "actor", "host")}
        people |= set(c.participants or []) | set(c.partners or [])
        parties += [(row["id"], p, row["event_year"]) for p in sorted(p for p in people if p)]
        keys.add(row["deal_key"])
    db.executemany(_CLAIM_SQL, rows)
    db.executemany("INSERT INTO claim_parties (claim_id, party, event_year) VALUES (?,?,?)", parties)
    if rebuild:
        report.deals += len(deal_merge.rebuild(db, keys))
    report.claims += len(rows)
    if old:
        report.updated += 1
    elif doc.skip_reason:
        report.skipped += 1
    else:
        report.added += 1
    return keys


def ingest(db: Backend, documents: Iterable[Document]) -> IngestReport:
    report = IngestReport()
    for doc in documents:
        try:
            with db.tx():
                write_document(db, doc, report)
        except DocumentRejected as exc:
            report.errors.append(exc)
    return report


def bulk_load(db: Backend, documents: Iterable[Document], batch: int = 500) -> IngestReport:
    """A fast initial load: `batch` documents per transaction, deals computed once at the
    end in one pass. Idempotent like `ingest`, but a crash loses the current batch and
    leaves deals stale until the next `bulk_load` or `Store.rebuild_deals()`."""
    report = IngestReport()
    pending: list[Document] = []

    def flush() -> None:
        with db.tx():
            for doc in pending:
                write_document(db, doc, report, rebuild=False)
        pending.clear()

    for doc in documents:
        try:
            validate(doc)
        except DocumentRejected as exc:
            report.errors.append(exc)
            continue
        pending.append(doc)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    with db.tx():
        report.deals = deal_merge.rebuild_all(db)
    return report
