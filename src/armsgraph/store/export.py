"""Exports: claims or deals as CSV, JSON lines, Parquet, or GraphML for Gephi.

Rows are read page by page (never the whole table in memory at once for csv/jsonl).
GraphML: nodes are actors (label, kind), edges are deals with their attributes.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator

from .errors import BadQuery, StoreError

WHATS = ("claims", "deals")
FORMATS = ("csv", "jsonl", "parquet", "graphml")
PAGE = 1000

CLAIM_COLUMNS = ["id", "doc_id", "type", "status", "system", "family", "category", "supplier",
                 "recipient", "actor", "host", "participants", "partners", "quantity", "year", "month",
                 "day", "event_year", "place", "mode", "source", "hedged", "confidence", "deal_id",
                 "start", "end", "sentence", "evidence", "doc_title", "doc_date", "doc_url", "doc_site"]
DEAL_COLUMNS = ["id", "type", "supplier", "recipient", "actor", "host", "parties", "system", "category",
                "status", "first_year", "last_year", "first_seen", "last_seen", "sources", "outlets",
                "claims", "contradiction", "summary", "history"]


def _rows(store: Any, what: str, filters: Any) -> Iterator[dict[str, Any]]:
    method = store.claims if what == "claims" else store.deals
    offset = 0
    while True:
        page = method(filters, limit=PAGE, offset=offset)
        yield from page["items"]
        if len(page["items"]) < PAGE:
            return
        offset += PAGE


def _flat(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    out = {}
    for c in columns:
        v = row.get(c)
        if c == "history" and isinstance(v, list):
            v = " -> ".join(f"{s['status']} {s['year'] or '?'}" for s in v)
        elif isinstance(v, list):
            v = "|".join(str(x) for x in v)
        out[c] = v
    return out


def export(store: Any, what: str, format: str, out: Path, filters: Any = None) -> int:
    if what not in WHATS:
        raise BadQuery(f"cannot export {what!r}", hint=f"--what {' or '.join(WHATS)}")
    if format not in FORMATS:
        raise BadQuery(f"unknown export format {format!r}", hint=f"--format {', '.join(FORMATS)}")
    if not out.parent.exists():
        raise StoreError("the output folder does not exist", where=str(out), hint=f"create {out.parent}")
    columns = CLAIM_COLUMNS if what == "claims" else DEAL_COLUMNS
    tmp = out.with_name(out.name + ".part")
    n = 0
    if format == "jsonl":
        with tmp.open("w", encoding="utf-8") as fh:
            for row in _rows(store, what, filters):
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                n += 1
    elif format == "csv":
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in _rows(store, what, filters):
                writer.writerow(_flat(row, columns))
                n += 1
    elif format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = [_flat(r, columns) for r in _rows(store, what, filters)]
        n = len(rows)
        table = pa.Table.from_pylist(rows, schema=_schema(pa, columns, rows)) if rows else \
            pa.table({c: pa.array([], type=pa.string()) for c in columns})
        pq.write_table(table, tmp)
    else:
        n = _graphml(store, filters, tmp)
    tmp.replace(out)
    return n


def _schema(pa: Any, columns: list[str], rows: list[dict[str, Any]]) -> Any:
    ints = {"id", "year", "month", "day", "event_year", "deal_id", "start", "end", "first_year",
            "last_year", "sources", "outlets", "claims"}
    fields = []
    for c in columns:
        if c in ints:
            t = pa.int64()
        elif c in ("hedged", "contradiction"):
            t = pa.bool_()
        elif c == "confidence":
            t = pa.float64()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def _graphml(store: Any, filters: Any, path: Path) -> int:
    import networkx as nx
    graph = store.graph(filters, limit=10 ** 9)
    g = nx.MultiDiGraph()
    for node in graph["nodes"]:
        g.add_node(node["id"], label=str(node["label"]), kind=str(node["kind"]), deals=int(node["deals"]))
    for e in graph["edges"]:
        attrs = {k: v for k, v in e.items() if k not in ("source", "target") and v is not None}
        attrs["label"] = f"{e['system'] or e['type']} ({e['status']})"
        attrs["weight"] = int(e["sources"] or 1)
        g.add_edge(e["source"], e["target"], key=f"deal-{e['deal']}", **attrs)
    nx.write_graphml(g, path)
    return len({e["deal"] for e in graph["edges"]})
