"""Geometry for the two drawings the UI makes as plain SVG (no JavaScript library):
a deal's status timeline and the supplier -> recipient / actor -> host network."""
from __future__ import annotations

import math
from functools import lru_cache
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
    # the trace joins dated steps in time order; undated steps stand apart in "n.d."
    dated = sorted((p for p in points if p["year"] is not None), key=lambda p: (p["year"], p["index"]))
    path = " ".join(f"{'M' if i == 0 else 'L'}{p['x']},{p['y']}" for i, p in enumerate(dated))
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


def display_name(node: dict[str, Any]) -> str:
    """States by their common name; others by the store's label, else their id."""
    name = label(node["id"])
    if name != node["id"]:
        return name
    return node.get("label") or node["id"]


@lru_cache(maxsize=32)
def _positions(ids: tuple[str, ...], pairs: tuple[tuple[str, str], ...], seed: int,
               aspect: float) -> dict[str, tuple[float, float]]:
    """Layout of one graph, remembered: the same data (and filters) lay out only once."""
    import networkx as nx
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(pairs)
    return _component_positions(graph, seed, aspect)


def _component_positions(graph: Any, seed: int, aspect: float) -> dict[Any, tuple[float, float]]:
    """Each connected component laid out on its own (spring layout, fixed seed), then the
    components packed row by row, biggest first, so no pair drifts to a far corner."""
    import networkx as nx
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in comps:
        n = len(comp)
        if n == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif n == 2:
            local = {comp[0]: (-1.0, 0.0), comp[1]: (1.0, 0.0)}
        else:
            sub = graph.subgraph(comp)
            local = nx.spring_layout(sub, seed=seed, k=1.8 / math.sqrt(n), iterations=300)
            local = _spread({k: (float(v[0]), float(v[1])) for k, v in local.items()})
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        size = 1.0 + 1.1 * math.sqrt(n)          # bigger components get more room
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        local = {k: ((x - cx) / span * size, (y - cy) / span * size) for k, (x, y) in local.items()}
        w = max(p[0] for p in local.values()) - min(p[0] for p in local.values()) + 2.2
        h = max(p[1] for p in local.values()) - min(p[1] for p in local.values()) + 2.2
        boxes.append((local, w, h))
    best: tuple[float, dict[Any, tuple[float, float]]] | None = None
    widest = max(w for _, w, _ in boxes)
    candidates = sorted({widest} | {sum(w for _, w, _ in boxes[:i]) for i in range(1, len(boxes) + 1)})
    for row_width in candidates:
        pos = _pack(boxes, max(row_width, widest))
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        fit = min(aspect / max(max(xs) - min(xs) + 2.2, 1e-9), 1 / max(max(ys) - min(ys) + 2.2, 1e-9))
        if best is None or fit > best[0] + 1e-9:
            best = (fit, pos)
    return best[1]


def _spread(pos: dict[Any, tuple[float, float]], power: float = 0.55) -> dict[Any, tuple[float, float]]:
    """Pull far-out leaves in and open up the dense core: each node keeps its direction
    from the centre, and its distance d becomes d**power (relative to the farthest)."""
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    far = max(math.hypot(x - cx, y - cy) for x, y in pos.values()) or 1.0
    out = {}
    for k, (x, y) in pos.items():
        d = math.hypot(x - cx, y - cy)
        if d == 0:
            out[k] = (0.0, 0.0)
            continue
        r = (d / far) ** power
        out[k] = ((x - cx) / d * r, (y - cy) / d * r)
    return out


def _pack(boxes: list[tuple[dict[Any, tuple[float, float]], float, float]],
          row_width: float) -> dict[Any, tuple[float, float]]:
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for local, w, h in boxes:
        if x > 0 and x + w > row_width + 1e-9:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, (px, py) in local.items():
            pos[k] = (x + w / 2 + px, y + h / 2 + py)
        x += w
        row_h = max(row_h, h)
    return pos


def layout(nodes: list[dict[str, Any]], groups: list[dict[str, Any]], width: int = 1000,
           height: int | None = None, seed: int = 7) -> dict[str, Any]:
    """Positions (fixed seed: the same data always draws the same way) and SVG paths for
    the grouped edges; parallel edges between one pair bend apart."""
    if height is None:
        height = 640 if len(nodes) <= 30 else 760
    if not nodes:
        return {"width": width, "height": height, "nodes": [], "edges": []}
    pairs = tuple(sorted({tuple(sorted((g["source"], g["target"]))) for g in groups
                          if g["source"] != g["target"]}))
    pos = _positions(tuple(sorted(n["id"] for n in nodes)), pairs, seed, round(width / height, 3))
    margin = 60
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    fit_x = (width - 2 * margin) / span_x if span_x else math.inf
    fit_y = (height - 2 * margin) / span_y if span_y else math.inf
    if fit_x == fit_y == math.inf:
        fit_x = fit_y = 1.0
    # fill the frame, stretching one axis at most 1.6 times the other
    scale_x = min(fit_x, 1.6 * fit_y)
    scale_y = min(fit_y, 1.6 * fit_x)
    off_x = (width - span_x * scale_x) / 2 - min(xs) * scale_x
    off_y = (height - span_y * scale_y) / 2 - min(ys) * scale_y
    placed = {}
    for n in nodes:
        x, y = pos[n["id"]]
        deals = int(n.get("deals") or 0)
        placed[n["id"]] = {**n, "name": display_name(n),
                           "x": round(x * scale_x + off_x, 1), "y": round(y * scale_y + off_y, 1),
                           "r": round(min(8 + 3 * math.sqrt(deals), 26), 1)}
    drawn, seen_pairs = [], {}
    for g in groups:
        a, b = placed.get(g["source"]), placed.get(g["target"])
        if a is None or b is None or a is b:
            continue
        pair = frozenset((g["source"], g["target"]))
        index = seen_pairs.get(pair, 0)
        seen_pairs[pair] = index + 1
        drawn.append({**g, "path": _curve(a, b, index),
                      "width": round(min(1.5 + 1.2 * len(g["deals"]), 9), 1),
                      "directed": g["kind"] in DIRECTED,
                      "title": f"{a['name']} → {b['name']}: {len(g['deals'])} "
                               f"{g['kind']} deal{'s' if len(g['deals']) != 1 else ''}"})
    return {"width": width, "height": height, "nodes": list(placed.values()), "edges": drawn}


def _curve(a: dict[str, Any], b: dict[str, Any], index: int = 0) -> str:
    """A bent path from a's rim to b's rim; A->B and B->A bend to opposite sides, and the
    n-th edge between one pair bends further out, alternating sides."""
    dx, dy = b["x"] - a["x"], b["y"] - a["y"]
    length = math.hypot(dx, dy) or 1.0
    nx_, ny_ = -dy / length, dx / length          # left-hand normal
    side = -1 if index % 2 else 1
    if a["id"] > b["id"]:                          # same side for A->B and B->A edges of one pair
        side = -side
    bend = min(0.15 * length, 40) * (1 + index // 2 * 1.2) * side + (0 if index else 0)
    cx, cy = (a["x"] + b["x"]) / 2 + nx_ * bend, (a["y"] + b["y"]) / 2 + ny_ * bend
    def toward(p: dict[str, Any], qx: float, qy: float, gap: float) -> tuple[float, float]:
        ddx, ddy = qx - p["x"], qy - p["y"]
        d = math.hypot(ddx, ddy) or 1.0
        return p["x"] + ddx / d * gap, p["y"] + ddy / d * gap
    sx, sy = toward(a, cx, cy, a["r"] + 2)
    ex, ey = toward(b, cx, cy, b["r"] + 4)
    return f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"
