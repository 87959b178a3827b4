"""Cleaned text as HTML: every sentence is an anchor (``#s-N``), claim sentences and
entity mentions are highlighted. Offsets are character offsets into Document.text."""
from __future__ import annotations

import re
from bisect import bisect_right
from html import escape
from typing import Any, Iterable

from markupsafe import Markup

from .labels import label, with_code


def sentence_index(sentences: list[dict[str, Any]], offset: int | None) -> int | None:
    """The index of the sentence that contains character ``offset`` (sentences sorted)."""
    if offset is None or not sentences:
        return None
    starts = [s["start"] for s in sentences]
    pos = bisect_right(starts, offset) - 1
    if pos < 0:
        return None
    s = sentences[pos]
    return s["index"] if s["start"] <= offset < max(s["end"], s["start"] + 1) else None


def claims_by_sentence(sentences: list[dict[str, Any]],
                       claims: Iterable[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for claim in claims:
        index = sentence_index(sentences, claim.get("start"))
        if index is not None:
            out.setdefault(index, []).append(claim)
    return out


def claim_summary(claim: dict[str, Any], names: bool = False) -> str:
    """One line: "transfer RUS→BLR S-300 (planned, 2016)"; with ``names``, "transfer
    Russia → Belarus S-300 (planned, 2016)"."""
    show = label if names else (lambda value: value or "?")
    arrow = " → " if names else "→"
    kind = claim.get("type", "")
    if kind == "transfer":
        who = f"{show(claim.get('supplier'))}{arrow}{show(claim.get('recipient'))}"
    elif kind in ("deployment", "test"):
        who = show(claim.get("actor")) + (f"{arrow}{show(claim['host'])}" if claim.get("host") else "")
    else:
        who = " + ".join(show(p) for p in (claim.get("participants") or claim.get("partners") or []))
    system = claim.get("system") or ""
    bits = [kind, who, label(system) if names and system else system]
    when = ", ".join(str(x) for x in (claim.get("status"), claim.get("year")) if x)
    return " ".join(b for b in bits if b) + (f" ({when})" if when else "")


def _mentions_in(mentions: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    """Non-overlapping mentions inside [start, end), earliest (then longest) first."""
    chosen, last = [], start
    for m in sorted(mentions, key=lambda m: (m["begin"], -(m["end"] - m["begin"]))):
        if m["begin"] >= last and m["end"] <= end and m["end"] > m["begin"]:
            chosen.append(m)
            last = m["end"]
    return chosen


def _span_html(text: str, start: int, end: int, mentions: list[dict[str, Any]]) -> str:
    out, pos = [], start
    for m in _mentions_in(mentions, start, end):
        out.append(escape(text[pos:m["begin"]]))
        kind = escape(str(m.get("kind") or "entity"))
        title = f"{m.get('kind')}: {m.get('label') or with_code(m.get('id'))}"
        if m.get("label") and m.get("id") and m["label"] != m["id"]:
            title += f" ({m['id']})"
        out.append(f'<mark class="m m-{kind}" data-id="{escape(str(m.get("id") or ""))}" '
                   f'title="{escape(title)}">{escape(text[m["begin"]:m["end"]])}</mark>')
        pos = m["end"]
    out.append(escape(text[pos:end]))
    return "".join(out)


def document_html(text: str, sentences: list[dict[str, Any]], mentions: list[dict[str, Any]],
                  claims: list[dict[str, Any]]) -> Markup:
    """The text with ``<span id="s-N" class="s">`` per sentence (``claim`` added where a
    claim rests on it, with a tooltip listing the claims) and ``<mark>`` per mention."""
    sentences = sorted(sentences, key=lambda s: s["start"])
    by_sentence = claims_by_sentence(sentences, claims)
    out, pos = [], 0
    for s in sentences:
        start, end = max(s["start"], pos), s["end"]
        if end <= start:
            continue
        out.append(_span_html(text, pos, start, mentions))
        found = by_sentence.get(s["index"])
        css = "s claim" if found else "s"
        extra = ""
        if found:
            tip = "; ".join(claim_summary(c) for c in found)
            extra = f' title="{escape(tip)}" data-claims="{len(found)}"'
        out.append(f'<span id="s-{s["index"]}" class="{css}"{extra}>'
                   f'{_span_html(text, start, end, mentions)}</span>')
        pos = end
    out.append(_span_html(text, pos, len(text), mentions))
    return Markup("".join(out))


def snippet_html(snippet: str | None, fallback: str = "") -> Markup:
    """A search snippet with the store's ``[match]`` markers turned into ``<mark>``."""
    text = str(escape(snippet or fallback))
    return Markup(re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", text))
