"""Geometry for the two drawings the UI makes as plain SVG (no JavaScript library):
a deal's status timeline and the supplier -> recipient / actor -> host network."""
from __future__ import annotations

import math
from typing import Any

from ..model import STATUSES
from .labels import label

#: Rows of the timeline, from the earliest stage of a deal to its end.
TIMELINE_ROWS = ("proposed", "negotiating", "planned", "agreed", "done", "refused")
#: Network edge groups: how a deal type is drawn.
EDGE_KIND = {"transfer": "transfer", "deployment": "deployment", "test": "deployment",
             "exercise": "exercise", "cooperation": "cooperation"}
DIRECTED = {"transfer", "deployment"}


def timeline(history: list[dict[str, Any]], width: int = 720) -> dict[str, Any]:
    """Coordinates for a status-by-year chart of ``history`` (the deal's dated steps)."""
    rows = [s for s in TIMELINE_ROWS if s in STATUSES]
    left, right, top, row_h = 110, 30, 20, 34
    height = top + row_h * len(rows) + 40
    years = sorted({s["year"] for s in history if s.get("year") is not None})
    undated = any(s.get("year") is None for s in history)
    columns: list[Any] = (["n.d."] if undated else []) + list(range(years[0], years[-1] + 1) if years else [])
    if not columns:
        columns = ["n.d."]
    step = (width - left - right) / max(len(columns), 1)
    def x_of(year: Any) -> float:
        return left + step * (columns.index("n.d." if year is None else year) + 0.5)
    def y_of(status: str) -> float:
        return top + row_h * (rows.index(status) if status in rows else len(rows) - 1) + row_h / 2
    label_every = max(1, math.ceil(len(columns) / 12))
    ticks = [{"x": round(x_of(None if c == "n.d." else c), 1), "label": str(c)}
             for i, c in enumerate(columns) if i % label_every == 0 or c == "n.d."]
    points = []
    for i, s in enumerate(history):
        n = len(s["claims"]) if isinstance(s.get("claims"), list) else int(s.get("claims") or 0)
        points.append({"x": round(x_of(s.get("year")), 1), "y": round(y_of(s["status"]), 1),
                       "status": s["status"], "year": s.get("year"), "sources": s.get("sources", 0),
                       "claims": n, "hedged": bool(s.get("hedged")), "index": i,
                       "r": round(min(6 + 2 * max(s.get("sources") or 1, 1), 14), 1)})
    path = " ".join(f"{'M' if i == 0 else 'L'}{p['x']},{p['y']}" for i, p in enumerate(points))
    return {"width": width, "height": height, "left": left, "right": width - right,
            "rows": [{"status": r, "y": round(y_of(r), 1)} for r in rows],
            "ticks": ticks, "axis_y": height - 28, "points": points, "path": path}


def group_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One drawn edge per (source, target, kind) with the deals behind it."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in edges:
        kind = EDGE_KIND.get(e.get("type", ""), "cooperation")
        key = (e["source"], e["target"], kind)
        group = groups.setdefault(key, {"source": e["source"], "target": e["target"],
                                        "kind": kind, "deals": []})
        group["deals"].append(e)
    out = sorted(groups.values(), key=lambda g: (-len(g["deals"]), g["source"], g["target"]))
    for g in out:
        g["key"] = f"{g['source']}>{g['target']}>{g['kind']}"
        g["sources"] = sum(int(d.get("sources") or 0) for d in g["deals"])
    return out


def layout(nodes: list[dict[str, Any]], groups: list[dict[str, Any]], width: int = 1000,
           height: int = 640, seed: int = 7) -> dict[str, Any]:
    """Positions (spring layout, fixed seed: the same data always draws the same way)
    and SVG paths for the grouped edges."""
    import networkx as nx
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in nodes)
    for g in groups:
        if g["source"] != g["target"]:
            graph.add_edge(g["source"], g["target"], weight=1 + len(g["deals"]))
    if len(graph) == 0:
        return {"width": width, "height": height, "nodes": [], "edges": []}
    if len(graph) == 1:
        pos = {next(iter(graph)): (0.0, 0.0)}
    else:
        k = 1.6 / math.sqrt(len(graph))
        pos = nx.spring_layout(graph, seed=seed, k=k, iterations=200)
    margin = 70
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    def scale(v: float, lo: float, hi: float, size: int) -> float:
        return size / 2 if hi - lo < 1e-9 else margin + (v - lo) / (hi - lo) * (size - 2 * margin)
    placed = {}
    for n in nodes:
        x, y = pos[n["id"]]
        deals = int(n.get("deals") or 0)
        placed[n["id"]] = {**n, "name": n.get("label") if n.get("label") not in (None, n["id"]) else label(n["id"]),
                           "x": round(scale(x, min(xs), max(xs), width), 1),
                           "y": round(scale(y, min(ys), max(ys), height), 1),
                           "r": round(min(8 + 3 * math.sqrt(deals), 26), 1)}
    drawn = []
    for g in groups:
        a, b = placed.get(g["source"]), placed.get(g["target"])
        if a is None or b is None or a is b:
            continue
        drawn.append({**g, "path": _curve(a, b), "width": round(min(1.5 + 1.2 * len(g["deals"]), 9), 1),
                      "directed": g["kind"] in DIRECTED,
                      "title": f"{a['name']} → {b['name']}: {len(g['deals'])} "
                               f"{g['kind']} deal{'s' if len(g['deals']) != 1 else ''}"})
    return {"width": width, "height": height, "nodes": list(placed.values()), "edges": drawn}


def _curve(a: dict[str, Any], b: dict[str, Any]) -> str:
    """A slightly bent path from a's rim to b's rim; A->B and B->A bend apart."""
    dx, dy = b["x"] - a["x"], b["y"] - a["y"]
    length = math.hypot(dx, dy) or 1.0
    nx_, ny_ = -dy / length, dx / length          # left-hand normal
    bend = min(0.15 * length, 40)
    cx, cy = (a["x"] + b["x"]) / 2 + nx_ * bend, (a["y"] + b["y"]) / 2 + ny_ * bend
    def toward(p: dict[str, Any], qx: float, qy: float, gap: float) -> tuple[float, float]:
        ddx, ddy = qx - p["x"], qy - p["y"]
        d = math.hypot(ddx, ddy) or 1.0
        return p["x"] + ddx / d * gap, p["y"] + ddy / d * gap
    sx, sy = toward(a, cx, cy, a["r"] + 2)
    ex, ey = toward(b, cx, cy, b["r"] + 4)
    return f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"
