"""Merging claims from many articles into deals with a dated status history.

A deal is keyed by its type and parties plus the system family:

    transfer     supplier, recipient, system family
    deployment   actor, host, system family
    test         actor, system family
    cooperation  partners (sorted), system family
    exercise     participants (sorted), host

Every claim carries its ``deal_key``; `rebuild(db, keys)` recomputes the deals of those
keys from their claims (inside the caller's transaction), keeping each deal's id stable.
"""
from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from importlib import resources
from typing import Any, Iterable

from .backend import Backend


def _tsv(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def status_rank() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _tsv("status_order.tsv")}


@functools.lru_cache(maxsize=1)
def conflicting() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(row[:2]) for row in _tsv("contradictions.tsv"))


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9:]", "", (text or "").lower()) or "-"


def parties_text(values: Iterable[str] | None) -> str | None:
    items = sorted({v for v in (values or []) if v})
    return "|" + "|".join(items) + "|" if items else None


def parties_list(text: str | None) -> list[str]:
    return [p for p in (text or "").split("|") if p]


def key_of(row: dict[str, Any]) -> str:
    """The deal key of a claim row (fields as stored: family, parties as |A|B|)."""
    kind = row["type"]
    fam = _norm(row.get("family"))
    if kind == "transfer":
        parts = [row.get("supplier") or "UNK", row.get("recipient") or "UNK", fam]
    elif kind == "deployment":
        parts = [row.get("actor") or "UNK", row.get("host") or "-", fam]
    elif kind == "test":
        parts = [row.get("actor") or "UNK", fam]
    elif kind == "cooperation":
        parts = [row.get("partners") or "-", fam]
    else:  # exercise
        parts = [row.get("participants") or "-", row.get("host") or "-"]
    return "|".join([kind] + [str(p) for p in parts])


def _step_sort(step: dict[str, Any]) -> tuple:
    year = step["year"]
    return (year is None, year or 0, status_rank().get(step["status"], 9), step["first_date"] or "")


def _latest(history: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The step that gives the deal its status: the latest dated step; an undated report of
    a delivery ("done") still counts, since it happened whatever the year; other undated
    steps count only when no step is dated."""
    if not history:
        return None
    dated = [s for s in history if s["year"] is not None]
    if not dated:
        return history[-1]
    undated_done = [s for s in history if s["year"] is None and s["status"] == "done"]
    return undated_done[-1] if undated_done and dated[-1]["status"] != "done" else dated[-1]


def summarise(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """Claims of one key (with doc date/site) -> the deal's derived fields."""
    steps: dict[tuple, dict[str, Any]] = {}
    for c in claims:
        k = (c["event_year"], c["status"])
        step = steps.setdefault(k, {"status": c["status"], "year": c["event_year"], "claims": [],
                                    "documents": [], "first_date": None, "hedged": True})
        step["claims"].append(c["id"])
        if c["doc_id"] not in step["documents"]:
            step["documents"].append(c["doc_id"])
        step["hedged"] = step["hedged"] and bool(c.get("hedged"))
        date = c.get("doc_date")
        if date and (step["first_date"] is None or date < step["first_date"]):
            step["first_date"] = date
    history = sorted(steps.values(), key=_step_sort)
    for step in history:
        step["sources"] = len(step["documents"])
    contradictions = []
    by_year: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for step in history:
        if step["year"] is not None:
            by_year[step["year"]].append(step)
    for year, year_steps in sorted(by_year.items()):
        for i, a in enumerate(year_steps):
            for b in year_steps[i + 1:]:
                if frozenset((a["status"], b["status"])) not in conflicting():
                    continue
                only_a = set(a["documents"]) - set(b["documents"])
                only_b = set(b["documents"]) - set(a["documents"])
                if only_a and only_b:
                    contradictions.append({"year": year, "statuses": [a["status"], b["status"]],
                                           "documents": sorted(set(a["documents"]) | set(b["documents"]))})
    latest = _latest(history)
    dates = sorted(c["doc_date"] for c in claims if c.get("doc_date"))
    years = [s["year"] for s in history if s["year"] is not None]
    families: dict[str, int] = defaultdict(int)
    for c in claims:
        if c.get("family"):
            families[c["family"]] += 1
    family = max(sorted(families), key=lambda f: families[f]) if families else None
    category = next((c.get("category") for c in claims if c.get("category")), None)
    return {
        "status": latest["status"] if latest else "proposed",
        # compact steps; the claims of a step are those of the deal with its (year, status)
        "history": [{"status": s["status"], "year": s["year"], "sources": s["sources"],
                     "claims": len(s["claims"]), "hedged": s["hedged"]} for s in history],
        "contradictions": contradictions,
        "contradiction": bool(contradictions),
        "first_year": min(years) if years else None,
        "last_year": max(years) if years else None,
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "sources": len({c["doc_id"] for c in claims}),
        "outlets": len({c.get("doc_site") or c["doc_id"] for c in claims}),
        "claims": len(claims),
        "system": family,
        "category": category,
        "text": " ".join(dict.fromkeys(c.get("sentence") or "" for c in claims)).strip(),
    }


CLAIM_COLUMNS = ("c.id, c.doc_id, c.deal_id, c.sentence, c.type, c.status, c.event_year, c.family, c.category, c.hedged, "
                 "c.supplier, c.recipient, c.actor, c.host, c.participants, c.partners, "
                 "d.date AS doc_date, d.site AS doc_site")


def _in(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def rebuild(db: Backend, keys: Iterable[str]) -> list[int]:
    """Recompute the deals of `keys` from their claims (a few statements for all keys);
    -> ids of deals written."""
    keys = sorted(set(keys))
    if not keys:
        return []
    by_key: dict[str, list[dict[str, Any]]] = {k: [] for k in keys}
    existing: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        for c in db.query(f"SELECT {CLAIM_COLUMNS}, c.deal_key FROM claims c JOIN documents d "
                          f"ON d.id = c.doc_id WHERE c.deal_key IN ({_in(part)}) ORDER BY c.id", part):
            by_key[c["deal_key"]].append(c)
        for r in db.query(f"SELECT id, key FROM deals WHERE key IN ({_in(part)})", part):
            existing[r["key"]] = r["id"]
    touched = sorted(existing.values())
    if touched:
        db.execute(f"DELETE FROM deal_steps WHERE deal_id IN ({_in(touched)})", touched)
        db.execute(f"DELETE FROM deal_parties WHERE deal_id IN ({_in(touched)})", touched)
    gone = [existing[k] for k in keys if not by_key[k] and k in existing]
    if gone:
        db.execute(f"DELETE FROM deals WHERE id IN ({_in(gone)})", gone)
    next_id = None
    written, steps, parties_rows, links = [], [], [], []
    for key in keys:
        claims = by_key[key]
        if not claims:
            continue
        info = summarise(claims)
        first = claims[0]
        deal_id = existing.get(key)
        if deal_id is None:
            next_id = next_id or db.next_id("deals")
            deal_id, next_id = next_id, next_id + 1
        parties = first.get("participants") if first["type"] == "exercise" else first.get("partners")
        history = json.dumps({"history": info["history"], "contradictions": info["contradictions"]},
                             separators=(",", ":"))
        values = (first["type"], first.get("supplier"), first.get("recipient"), first.get("actor"),
                  first.get("host"), parties, info["system"], info["category"], info["status"],
                  info["first_year"], info["last_year"], info["first_seen"], info["last_seen"],
                  info["sources"], info["outlets"], info["claims"], int(info["contradiction"]), history,
                  info["text"])
        if key in existing:
            db.execute("UPDATE deals SET type=?, supplier=?, recipient=?, actor=?, host=?, parties=?, "
                       "system=?, category=?, status=?, first_year=?, last_year=?, first_seen=?, "
                       "last_seen=?, sources=?, outlets=?, claims=?, contradiction=?, history=?, text=? "
                       "WHERE id=?", values + (deal_id,))
        else:
            db.execute("INSERT INTO deals (type, supplier, recipient, actor, host, parties, system, "
                       "category, status, first_year, last_year, first_seen, last_seen, sources, "
                       "outlets, claims, contradiction, history, text, id, key) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values + (deal_id, key))
        steps.extend((deal_id, i, s["status"], s["year"]) for i, s in enumerate(info["history"]))
        who = {first.get(r) for r in ("supplier", "recipient", "actor", "host")} | set(parties_list(parties))
        parties_rows.extend((deal_id, p, info["last_year"]) for p in sorted(p for p in who if p))
        links.extend((deal_id, c["id"]) for c in claims if c.get("deal_id") != deal_id)
        written.append(deal_id)
    db.executemany("INSERT INTO deal_steps (deal_id, idx, status, year) VALUES (?,?,?,?)", steps)
    db.executemany("INSERT INTO deal_parties (deal_id, party, last_year) VALUES (?,?,?)", parties_rows)
    db.executemany("UPDATE claims SET deal_id = ? WHERE id = ?", links)
    return written


def rebuild_all(db: Backend) -> int:
    """Recompute every deal in one pass over the claims (in the caller's transaction);
    deals keep their ids by key; -> the number of deals."""
    existing = {r["key"]: r["id"] for r in db.query("SELECT key, id FROM deals")}
    next_id = max(existing.values(), default=0) + 1
    rows: list[tuple] = []
    steps: list[tuple] = []
    parties_rows: list[tuple] = []
    seen: set[str] = set()

    def emit(key: str, claims: list[dict[str, Any]]) -> None:
        nonlocal next_id
        info = summarise(claims)
        first = claims[0]
        deal_id = existing.get(key)
        if deal_id is None:
            deal_id, next_id = next_id, next_id + 1
        parties = first.get("participants") if first["type"] == "exercise" else first.get("partners")
        history = json.dumps({"history": info["history"], "contradictions": info["contradictions"]},
                             separators=(",", ":"))
        rows.append((deal_id, key, first["type"], first.get("supplier"), first.get("recipient"),
                     first.get("actor"), first.get("host"), parties, info["system"], info["category"],
                     info["status"], info["first_year"], info["last_year"], info["first_seen"],
                     info["last_seen"], info["sources"], info["outlets"], info["claims"],
                     int(info["contradiction"]), history, info["text"]))
        steps.extend((deal_id, i, s["status"], s["year"]) for i, s in enumerate(info["history"]))
        who = {first.get(r) for r in ("supplier", "recipient", "actor", "host")} | set(parties_list(parties))
        parties_rows.extend((deal_id, p, info["last_year"]) for p in sorted(p for p in who if p))
        seen.add(key)

    group: list[dict[str, Any]] = []
    current = None
    for claim in db.iterate(f"SELECT {CLAIM_COLUMNS}, c.deal_key FROM claims c "
                            "JOIN documents d ON d.id = c.doc_id ORDER BY c.deal_key, c.id"):
        if claim["deal_key"] != current and group:
            emit(current, group)
            group = []
        current = claim["deal_key"]
        group.append(claim)
    if group:
        emit(current, group)
    db.execute("DELETE FROM deal_steps")
    db.execute("DELETE FROM deal_parties")
    db.execute("DELETE FROM deals")
    db.executemany("INSERT INTO deals (id, key, type, supplier, recipient, actor, host, parties, system, "
                   "category, status, first_year, last_year, first_seen, last_seen, sources, outlets, "
                   "claims, contradiction, history, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   rows)
    db.executemany("INSERT INTO deal_steps (deal_id, idx, status, year) VALUES (?,?,?,?)", steps)
    db.executemany("INSERT INTO deal_parties (deal_id, party, last_year) VALUES (?,?,?)", parties_rows)
    if db.dialect == "sqlite":
        db.execute("UPDATE claims SET deal_id = (SELECT id FROM deals WHERE deals.key = claims.deal_key) "
                   "WHERE deal_id IS NOT (SELECT id FROM deals WHERE deals.key = claims.deal_key)")
    else:
        db.execute("UPDATE claims SET deal_id = deals.id FROM deals WHERE deals.key = claims.deal_key "
                   "AND claims.deal_id IS DISTINCT FROM deals.id")
    return len(rows)
