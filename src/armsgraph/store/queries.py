"""Read side: claims, deals, documents, entities, full-text search, stats and the graph.

Every function returns plain JSON-ready dicts; lists come as a Page
``{"items": [...], "total": N, "limit": L, "offset": O}``. Totals are exact up to
COUNT_CAP rows and COUNT_BUDGET_S seconds of counting; beyond either ``total`` is a lower
bound and ``total_capped`` is true, so a page never waits for a count over a million rows.
"""
from __future__ import annotations

import json
from itertools import combinations
from typing import Any

from .backend import Backend
from .deals import parties_list
from .errors import BadQuery, CorruptRow
from .filters import ClaimFilter, DealFilter, claim_query, deal_query, deal_where, fts_query

COUNT_CAP = 1000
COUNT_BUDGET_S = 0.015     # a page's total may take this long; then it is a lower bound
MAX_LIMIT = 1000

CLAIM_SELECT = ('c.id, c.doc_id, c.ordinal, c.type, c.status, c.system, c.family, c.category, '
                'c.supplier, c.recipient, c.actor, c.host, c.participants, c.partners, c.quantity, '
                'c.year, c.month, c.day, c.granularity, c.event_year, c.place, c.mode, c.source, '
                'c.hedged, c.confidence, c.sentence, c.start, c."end", c.evidence, c.system_text, '
                'c.deal_id')
DEAL_SELECT = ("d.id, d.type, d.supplier, d.recipient, d.actor, d.host, d.parties, d.system, "
               "d.category, d.status, d.first_year, d.last_year, d.first_seen, d.last_seen, "
               "d.sources, d.outlets, d.claims, d.contradiction, d.history")


def _page_args(limit: Any, offset: Any) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise BadQuery("limit and offset must be integers") from None
    if limit < 0 or offset < 0:
        raise BadQuery("limit and offset must not be negative")
    return min(limit, MAX_LIMIT), offset


def _count(db: Backend, from_where: str, params: list[Any], floor: int = 0) -> tuple[int, bool]:
    """Matching rows, exact up to COUNT_CAP and within COUNT_BUDGET_S seconds; otherwise a
    lower bound (`floor`, what the page already shows) flagged as capped."""
    n = db.scalar_within(f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM {from_where} LIMIT {COUNT_CAP + 1}) t",
                         params, COUNT_BUDGET_S)
    if n is None:
        return max(floor, 0), True
    n = int(n)
    return (COUNT_CAP, True) if n > COUNT_CAP else (n, False)


def _total(db: Backend, rows: list[Any], limit: int, offset: int, from_where: str,
           params: list[Any]) -> tuple[int, bool]:
    """A short last page gives the exact total for free; otherwise count (capped)."""
    if rows and len(rows) < limit or (not rows and offset == 0):
        return offset + len(rows), False
    return _count(db, from_where, params, floor=offset + len(rows) + (1 if len(rows) == limit else 0))


def page(items: list[Any], total: int, limit: int, offset: int, capped: bool = False) -> dict[str, Any]:
    out = {"items": items, "total": total, "limit": limit, "offset": offset}
    if capped:
        out["total_capped"] = True
    return out


def claim_item(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["participants"] = parties_list(row.get("participants")) or None
    out["partners"] = parties_list(row.get("partners")) or None
    out["hedged"] = bool(row.get("hedged"))
    return out


def _history(row: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(row["history"])
        if not isinstance(data, dict) or not isinstance(data.get("history"), list):
            raise ValueError("history is not a list")
        return data
    except (TypeError, ValueError) as exc:
        raise CorruptRow(f"the deal's status history cannot be decoded ({exc})",
                         where=f"deals row {row.get('id')}",
                         hint="run `armsgraph ingest` again or Store.rebuild_deals() to recompute it") from None


def deal_item(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "history"}
    data = _history(row)
    out["parties"] = parties_list(row.get("parties")) or None
    out["contradiction"] = bool(row.get("contradiction"))
    out["history"] = [{"status": s["status"], "year": s["year"], "sources": s["sources"],
                       "claims": len(s["claims"]) if isinstance(s["claims"], list) else s["claims"],
                       "hedged": s.get("hedged", False)} for s in data["history"]]
    out["contradictions"] = data.get("contradictions", [])
    out["summary"] = summary(out)
    return out


def summary(deal: dict[str, Any]) -> str:
    """"RUS -> BLR Iskander: proposed 2007 -> refused 2016 -> done 2023" (one line)."""
    kind = deal["type"]
    if kind == "transfer":
        who = f"{deal.get('supplier') or 'UNK'} -> {deal.get('recipient') or 'UNK'}"
    elif kind in ("deployment", "test"):
        who = f"{deal.get('actor') or 'UNK'}" + (f" in {deal['host']}" if deal.get("host") else "")
    else:
        who = " + ".join(deal.get("parties") or []) + (f" in {deal['host']}" if deal.get("host") else "")
    steps = " -> ".join(f"{s['status']} {s['year'] or '?'}" for s in deal["history"])
    what = f" {deal['system']}" if deal.get("system") else ""
    return f"{kind} {who}{what}: {steps}"


def claims(db: Backend, filters: Any = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page_args(limit, offset)
    q = claim_query(ClaimFilter.of(filters), db.dialect)
    rows = db.query(f"SELECT {CLAIM_SELECT}, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, "
                    f"d.site AS doc_site FROM {q.source} JOIN documents d ON d.id = c.doc_id "
                    f"WHERE {q.where} ORDER BY {q.order} LIMIT {limit} OFFSET {offset}", q.params)
    total, capped = _total(db, rows, limit, offset, f"{q.source} WHERE {q.where}", q.params)
    return page([claim_item(r) for r in rows], total, limit, offset, capped)


def claim(db: Backend, claim_id: int) -> dict[str, Any] | None:
    row = db.one(f"SELECT {CLAIM_SELECT}, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, "
                 "d.site AS doc_site FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ?",
                 (int(claim_id),))
    return claim_item(row) if row else None


def deals(db: Backend, filters: Any = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page_args(limit, offset)
    q = deal_query(DealFilter.of(filters), db.dialect)
    rows = db.query(f"SELECT {DEAL_SELECT} FROM {q.source} WHERE {q.where} "
                    f"ORDER BY {q.order} LIMIT {limit} OFFSET {offset}", q.params)
    total, capped = _total(db, rows, limit, offset, f"{q.source} WHERE {q.where}", q.params)
    return page([deal_item(r) for r in rows], total, limit, offset, capped)


def deal(db: Backend, deal_id: int) -> dict[str, Any] | None:
    """A deal with its dated history; each step lists its claims with quote and source."""
    try:
        deal_id = int(deal_id)
    except (TypeError, ValueError):
        raise BadQuery(f"a deal id is a number, not {deal_id!r}") from None
    row = db.one(f"SELECT {DEAL_SELECT}, d.key FROM deals d WHERE d.id = ?", (deal_id,))
    if row is None:
        return None
    out = deal_item(row)
    rows = db.query(f"SELECT {CLAIM_SELECT}, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, "
                    "d.site AS doc_site FROM claims c JOIN documents d ON d.id = c.doc_id "
                    "WHERE c.deal_id = ? ORDER BY c.event_year, c.id", (deal_id,))
    items = [claim_item(r) for r in rows]
    for step in out["history"]:
        step["claims"] = [c for c in items if c["event_year"] == step["year"] and c["status"] == step["status"]]
        step["documents"] = list(dict.fromkeys(c["doc_id"] for c in step["claims"]))
    out["claim_items"] = items
    docs: dict[str, dict[str, Any]] = {}
    for r in rows:
        docs.setdefault(r["doc_id"], {"id": r["doc_id"], "title": r["doc_title"], "date": r["doc_date"],
                                      "url": r["doc_url"], "site": r["doc_site"]})
    out["documents"] = list(docs.values())
    return out


def documents(db: Backend, limit: int = 50, offset: int = 0, q: str | None = None,
              site: str | None = None, skipped: bool | None = None) -> dict[str, Any]:
    limit, offset = _page_args(limit, offset)
    parts, params = [], []
    if q:
        parts.append("(LOWER(title) LIKE ? OR LOWER(id) LIKE ?)")
        params += [f"%{q.lower()}%", f"%{q.lower()}%"]
    if site:
        parts.append("site = ?")
        params.append(site)
    if skipped is not None:
        parts.append("skip_reason IS NOT NULL" if skipped else "skip_reason IS NULL")
    where = " AND ".join(parts) or "1=1"
    rows = db.query("SELECT id, title, author, date, url, site, language, content_hash, duplicate_of, "
                    "skip_reason, format, path, n_sentences, n_mentions, n_claims, ingested_at "
                    f"FROM documents WHERE {where} ORDER BY date DESC, id LIMIT {limit} OFFSET {offset}",
                    params)
    total, capped = _count(db, f"documents WHERE {where}", params)
    return page(rows, total, limit, offset, capped)


def document(db: Backend, doc_id: str) -> dict[str, Any] | None:
    row = db.one("SELECT id, title, author, date, url, site, language, content_hash, duplicate_of, "
                 "skip_reason, format, path, text, n_sentences, n_mentions, n_claims, ingested_at "
                 "FROM documents WHERE id = ?", (str(doc_id),))
    if row is None:
        return None
    row["sentences"] = db.query('SELECT idx AS "index", start, "end", text FROM sentences '
                                "WHERE doc_id = ? ORDER BY idx", (row["id"],))
    row["mentions"] = db.query('SELECT "begin", "end", text, kind, entity_id AS id, label, alias, state, '
                               'role, sentence FROM mentions WHERE doc_id = ? ORDER BY "begin", id',
                               (row["id"],))
    row["claims"] = [claim_item(r) for r in db.query(
        f"SELECT {CLAIM_SELECT} FROM claims c WHERE c.doc_id = ? ORDER BY c.ordinal", (row["id"],))]
    row["duplicates"] = [r["id"] for r in db.query(
        "SELECT id FROM documents WHERE duplicate_of = ? ORDER BY id", (row["id"],))]
    return row


def entities(db: Backend, kind: str | None = None, q: str | None = None, limit: int = 50,
             offset: int = 0) -> dict[str, Any]:
    limit, offset = _page_args(limit, offset)
    parts, params = [], []
    if kind:
        parts.append("e.kind = ?")
        params.append(kind)
    if q:
        parts.append("(LOWER(e.id) LIKE ? OR LOWER(e.label) LIKE ?)")
        params += [f"%{q.lower()}%", f"%{q.lower()}%"]
    where = " AND ".join(parts) or "1=1"
    rows = db.query("SELECT e.id, e.kind, e.label, e.state, "
                    "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions "
                    f"FROM entities e WHERE {where} ORDER BY e.kind, e.id LIMIT {limit} OFFSET {offset}",
                    params)
    total, capped = _count(db, f"entities e WHERE {where}", params)
    return page(rows, total, limit, offset, capped)


def search(db: Backend, text: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Full-text search over sentences (FTS5 / tsvector). Up to COUNT_CAP matches are
    ranked by relevance; beyond that, newest sentences first (ranking a million matches
    would take seconds)."""
    limit, offset = _page_args(limit, offset)
    query = fts_query(db.dialect, text or "")
    if db.dialect == "sqlite":
        total, capped = _count(db, "sentences_fts WHERE sentences_fts MATCH ?", [query])
        order = "sentences_fts.rowid DESC" if capped else "bm25(sentences_fts), s.id"
        rows = db.query(
            "SELECT s.doc_id, s.idx AS sentence, s.start, s.\"end\", s.text, d.title, d.date, d.url, d.site, "
            "snippet(sentences_fts, 0, '[', ']', '…', 16) AS snippet FROM sentences_fts "
            "JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.doc_id "
            f"WHERE sentences_fts MATCH ? ORDER BY {order} LIMIT {limit} OFFSET {offset}", (query,))
    else:
        total, capped = _count(db, "sentences s WHERE s.tsv @@ plainto_tsquery('english', ?)", [query])
        order = "s.id DESC" if capped else "ts_rank(s.tsv, plainto_tsquery('english', ?)) DESC, s.id"
        params = [query, query] + ([] if capped else [query])
        rows = db.query(
            "SELECT s.doc_id, s.idx AS sentence, s.start, s.\"end\", s.text, d.title, d.date, d.url, d.site, "
            "ts_headline('english', s.text, plainto_tsquery('english', ?), "
            "'StartSel=[, StopSel=], MaxWords=30, MinWords=10') AS snippet "
            "FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.tsv @@ plainto_tsquery('english', ?) "
            f"ORDER BY {order} LIMIT {limit} OFFSET {offset}", params)
    out = page(rows, max(total, offset + len(rows)), limit, offset, capped)
    out["order"] = "newest" if capped else "relevance"
    return out


def stats(db: Backend, top: int = 10) -> dict[str, Any]:
    count = lambda table: int(db.scalar(f"SELECT COUNT(*) AS n FROM {table}") or 0)  # noqa: E731
    out: dict[str, Any] = {
        "documents": count("documents"),
        "skipped_documents": int(db.scalar("SELECT COUNT(*) AS n FROM documents WHERE skip_reason IS NOT NULL") or 0),
        "sentences": count("sentences"), "mentions": count("mentions"),
        "entities": count("entities"), "claims": count("claims"), "deals": count("deals"),
        "contradictory_deals": int(db.scalar("SELECT COUNT(*) AS n FROM deals WHERE contradiction = 1") or 0),
    }
    out["counts"] = {k: out[k] for k in ("documents", "skipped_documents", "sentences", "mentions",
                                         "entities", "claims", "deals")}
    out["claims_by_type"] = {r["type"]: r["n"] for r in db.query(
        "SELECT type, COUNT(*) AS n FROM claims GROUP BY type ORDER BY type")}
    out["claims_by_status"] = {r["status"]: r["n"] for r in db.query(
        "SELECT status, COUNT(*) AS n FROM claims GROUP BY status ORDER BY status")}
    for role, key in (("supplier", "top_suppliers"), ("recipient", "top_recipients")):
        out[key] = db.query(f"SELECT {role} AS id, COUNT(*) AS deals, SUM(claims) AS claims FROM deals "
                            f"WHERE type = 'transfer' AND {role} IS NOT NULL GROUP BY {role} "
                            f"ORDER BY SUM(claims) DESC, COUNT(*) DESC, {role} LIMIT {int(top)}")
    out["latest_claims"] = [claim_item(r) for r in db.query(
        f"SELECT {CLAIM_SELECT} FROM claims c ORDER BY c.id DESC LIMIT {int(top)}")]
    return out


def graph(db: Backend, filters: Any = None, limit: int = 2000) -> dict[str, Any]:
    """Actors as nodes; deals as edges (supplier->recipient, actor->host, party<->party)."""
    where, params = deal_where(DealFilter.of(filters), db.dialect)
    rows = db.query(f"SELECT d.id, d.type, d.supplier, d.recipient, d.actor, d.host, d.parties, d.system, "
                    f"d.status, d.sources, d.claims, d.first_year, d.last_year, d.contradiction "
                    f"FROM deals d WHERE {where} ORDER BY d.id LIMIT {int(limit)}", params)
    edges: list[dict[str, Any]] = []
    for r in rows:
        base = {"deal": r["id"], "type": r["type"], "system": r["system"], "status": r["status"],
                "sources": r["sources"], "claims": r["claims"], "first_year": r["first_year"],
                "last_year": r["last_year"], "contradiction": bool(r["contradiction"])}
        if r["type"] == "transfer":
            pairs = [(r["supplier"] or "UNK", r["recipient"] or "UNK")]
        elif r["type"] in ("deployment", "test"):
            pairs = [(r["actor"] or "UNK", r["host"])] if r["host"] else [(r["actor"] or "UNK", r["actor"] or "UNK")]
        else:
            parties = parties_list(r["parties"])
            if r["type"] == "exercise" and r["host"] and r["host"] not in parties:
                parties.append(r["host"])
            pairs = list(combinations(sorted(parties), 2)) or [(p, p) for p in parties]
        for source, target in pairs:
            edges.append({"source": source, "target": target, **base})
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    labels: dict[str, dict[str, Any]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        if part:
            for e in db.query(f"SELECT id, kind, label FROM entities WHERE id IN ({', '.join('?' for _ in part)})", part):
                labels[e["id"]] = e
    degree: dict[str, int] = {}
    for e in edges:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    nodes = [{"id": i, "label": (labels.get(i) or {}).get("label") or i,
              "kind": (labels.get(i) or {}).get("kind") or "state", "deals": degree.get(i, 0)} for i in ids]
    return {"nodes": nodes, "edges": edges}
