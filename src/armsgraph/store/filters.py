"""Query filters and the SQL WHERE clauses they become (same SQL on both databases).

Values are normalised on the way in: "Russia" / "rus" -> "RUS" (catalog), "Iskander-M" ->
"Iskander" (system family), "done,agreed" -> two statuses. Years are inclusive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any, Callable

from ..model import CLAIM_TYPES, STATUSES
from .errors import BadQuery
from .families import family_of, state_of


@dataclass
class ClaimFilter:
    supplier: str | None = None
    recipient: str | None = None
    actor: str | None = None        # any party: supplier, recipient, actor, host, partner...
    host: str | None = None
    system: str | None = None       # a family or any alias of it
    category: str | None = None     # "uav" or "category:uav"
    status: str | None = None       # one status or a comma-separated list
    since: int | None = None
    until: int | None = None
    text: str | None = None         # full-text over the claim's sentence
    doc: str | None = None
    type: str | None = None         # one type or a comma-separated list
    hedged: bool | None = None
    contradiction: bool | None = None   # deals only

    @classmethod
    def of(cls, value: Any) -> "ClaimFilter":
        if value is None:
            return cls()
        if isinstance(value, ClaimFilter):
            return cls(**{f.name: getattr(value, f.name) for f in fields(ClaimFilter)})
        if isinstance(value, dict):
            names = {f.name for f in fields(cls)}
            unknown = set(value) - names
            if unknown:
                raise BadQuery(f"unknown filter {', '.join(sorted(unknown))}",
                               hint=f"known: {', '.join(sorted(names))}")
            return cls(**{k: v for k, v in value.items() if v not in (None, "")})
        raise BadQuery(f"a filter must be a ClaimFilter/DealFilter or a dict, not {type(value).__name__}")


class DealFilter(ClaimFilter):
    """Same fields; `status`/`since`/`until` match any dated step of the deal's history."""


def _actor(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    value = str(value).strip()
    code = state_of(value)
    if code:
        return code
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return value.upper()
    return value


def _list(value: Any, allowed: tuple[str, ...], what: str) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    items = [str(i).strip().lower() for i in items if str(i).strip()]
    bad = [i for i in items if i not in allowed]
    if bad:
        raise BadQuery(f"unknown {what} {', '.join(bad)}", hint=f"one of {', '.join(allowed)}")
    return items


def _year(value: Any, what: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value)[:4])
    except ValueError:
        raise BadQuery(f"{what} must be a year, not {value!r}") from None


def _in(column: str, values: list[str]) -> tuple[str, list[Any]]:
    if len(values) == 1:
        return f"{column} = ?", values
    return f"{column} IN ({', '.join('?' for _ in values)})", values


def fts_query(dialect: str, text: str) -> str:
    """User words -> an FTS5 query of quoted terms (AND); PostgreSQL uses plainto_tsquery."""
    words = re.findall(r"\w[\w-]*", text)
    if not words:
        raise BadQuery(f"no words to search for in {text!r}")
    if dialect == "postgresql":
        return " ".join(words)
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


def text_clause(dialect: str, id_column: str, fts_table: str, tsv_table: str) -> str:
    if dialect == "sqlite":
        return f"{id_column} IN (SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ?)"
    alias = id_column.rsplit(".", 1)[0] + "." if "." in id_column else ""
    return f"{alias}tsv @@ plainto_tsquery('english', ?)"


def _common_where(f: ClaimFilter, a: str, parties: str, family_column: str,
                  add: Callable[..., None]) -> None:
    """Conditions claims and deals share: roles, any party, system, category, type."""
    for role in ("supplier", "recipient", "host"):
        value = _actor(getattr(f, role))
        if value:
            add(f"{a}{role} = ?", value)
    actor = _actor(f.actor)
    if actor:
        table, key = parties
        add(f"EXISTS (SELECT 1 FROM {table} p WHERE p.{key} = {a}id AND p.party = ?)", actor)
    if f.system:
        add(f"{a}{family_column} = ?", family_of(str(f.system)))
    if f.category:
        cat = str(f.category)
        add(f"{a}category = ?", cat if cat.startswith("category:") else f"category:{cat}")
    if f.type:
        sql, vals = _in(f"{a}type", _list(f.type, CLAIM_TYPES, "claim type"))
        add(sql, *vals)


def _collector() -> tuple[list[str], list[Any], Callable[..., None]]:
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)
    return parts, params, add


def claim_where(f: ClaimFilter, dialect: str, alias: str = "c") -> tuple[str, list[Any]]:
    parts, params, add = _collector()
    a = alias + "."
    _common_where(f, a, ("claim_parties", "claim_id"), "family", add)
    if f.status:
        sql, vals = _in(f"{a}status", _list(f.status, STATUSES, "status"))
        add(sql, *vals)
    since, until = _year(f.since, "since"), _year(f.until, "until")
    if since is not None:
        add(f"{a}event_year >= ?", since)
    if until is not None:
        add(f"{a}event_year <= ?", until)
    if f.doc:
        add(f"{a}doc_id = ?", str(f.doc))
    if f.hedged is not None:
        add(f"{a}hedged = ?", int(bool(f.hedged)))
    if f.text:
        add(text_clause(dialect, f"{a}id", "claims_fts", "claims"), fts_query(dialect, str(f.text)))
    return (" AND ".join(parts) if parts else "1=1"), params


def deal_where(f: ClaimFilter, dialect: str, alias: str = "d") -> tuple[str, list[Any]]:
    parts, params, add = _collector()
    a = alias + "."
    _common_where(f, a, ("deal_parties", "deal_id"), "system", add)
    since, until = _year(f.since, "since"), _year(f.until, "until")
    if f.status:
        statuses = _list(f.status, STATUSES, "status")
        sql, vals = _in("s.status", statuses)
        step = f"SELECT 1 FROM deal_steps s WHERE s.deal_id = {a}id AND {sql}"
        if since is not None:
            step += " AND s.year >= ?"
            vals.append(since)
        if until is not None:
            step += " AND s.year <= ?"
            vals.append(until)
        add(f"EXISTS ({step})", *vals)
    # a step in [since, until] implies these bounds, which the year index can use
    if since is not None:
        add(f"{a}last_year >= ?", since)
    if until is not None:
        add(f"{a}first_year <= ?", until)
    if f.contradiction is not None:
        add(f"{a}contradiction = ?", int(bool(f.contradiction)))
    if f.doc:
        add(f"{a}id IN (SELECT deal_id FROM claims WHERE doc_id = ?)", str(f.doc))
    if f.text:
        add(text_clause(dialect, f"{a}id", "deals_fts", "deals"), fts_query(dialect, str(f.text)))
    return (" AND ".join(parts) if parts else "1=1"), params


@dataclass
class Query:
    """FROM ... WHERE ... ORDER BY pieces of one filtered, ordered page."""
    source: str          # "claims c JOIN ..." (with its own placeholders first)
    where: str
    params: list[Any]    # for source, then where
    order: str


def claim_query(f: ClaimFilter, dialect: str) -> Query:
    """Claims newest event year first; with a party filter the page is read in order from
    the party's (party, year, id) index; with a text filter, newest claims first."""
    actor = _actor(f.actor)
    where, params = claim_where(replace(f, actor=None), dialect)
    if actor:
        source, order = ("claims c JOIN claim_parties ap ON ap.claim_id = c.id AND ap.party = ?",
                         "ap.event_year DESC, ap.claim_id DESC")
        extra, extra_params = _year_bounds("ap.event_year", f)
        return Query(source, where + extra, [actor] + params + extra_params, order)
    if f.text and dialect == "sqlite":    # read the full-text index newest first, no sort
        where, params = claim_where(replace(f, text=None), dialect)
        return Query("claims_fts f JOIN claims c ON c.id = f.rowid", "claims_fts MATCH ? AND " + where,
                     [fts_query(dialect, str(f.text))] + params, "f.rowid DESC")
    order = "c.id DESC" if f.text else "c.event_year DESC, c.id DESC"
    return Query("claims c", where, params, order)


def deal_query(f: ClaimFilter, dialect: str) -> Query:
    actor = _actor(f.actor)
    where, params = deal_where(replace(f, actor=None), dialect)
    if actor:
        source = "deals d JOIN deal_parties dp ON dp.deal_id = d.id AND dp.party = ?"
        extra, extra_params = ("", [])
        if _year(f.since, "since") is not None:
            extra, extra_params = " AND dp.last_year >= ?", [_year(f.since, "since")]
        return Query(source, where + extra, [actor] + params + extra_params,
                     "dp.last_year DESC, dp.deal_id DESC")
    if f.text and dialect == "sqlite":
        where, params = deal_where(replace(f, text=None), dialect)
        return Query("deals_fts f JOIN deals d ON d.id = f.rowid", "deals_fts MATCH ? AND " + where,
                     [fts_query(dialect, str(f.text))] + params, "f.rowid DESC")
    return Query("deals d", where, params, "d.id DESC" if f.text else "d.last_year DESC, d.id DESC")


def _year_bounds(column: str, f: ClaimFilter) -> tuple[str, list[Any]]:
    sql, params = "", []
    since, until = _year(f.since, "since"), _year(f.until, "until")
    if since is not None:
        sql += f" AND {column} >= ?"
        params.append(since)
    if until is not None:
        sql += f" AND {column} <= ?"
        params.append(until)
    return sql, params
