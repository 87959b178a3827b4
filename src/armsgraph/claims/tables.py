"""Transfers read from a table rendered as text ("Destination | Product | Qty | Status").

Scraped pages and official reports list deals in tables: one row a line, cells split by
"|". A row names the receiving state and the weapon in cells of their own, with no verb
to parse; the header (the nearest row above whose cells name no state) says which column
holds what. A row's status comes from its status cell (``data/table_status.tsv``); its
supplier from a supplier column, else the weapon's maker.
"""
from __future__ import annotations

from functools import lru_cache

from . import roles
from .context import Context
from .triggers import data_lines


@lru_cache(maxsize=1)
def column_words() -> dict[str, tuple[str, ...]]:
    """Header words by the column they name (``data/table_columns.tsv``)."""
    table: dict[str, list[str]] = {}
    for row in data_lines("table_columns.tsv"):
        if len(row) >= 2:
            table.setdefault(row[0], []).append(row[1].lower())
    return {column: tuple(words) for column, words in table.items()}


@lru_cache(maxsize=1)
def status_words() -> tuple[tuple[str, str], ...]:
    """(phrase, status), longest phrase first."""
    rows = [(r[0].lower(), r[1]) for r in data_lines("table_status.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _rows(ctx: Context):
    """(line start, line end, [(cell start, cell end)] in characters) for each line of the
    text that is a table row (two bars or more)."""
    text = ctx.text
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.count("|") >= 2 and any(ch.isalnum() for ch in line):
            cells, at = [], start
            for part in line.split("|"):
                if part.strip():
                    left = at + len(part) - len(part.lstrip())
                    cells.append((left, left + len(part.strip())))
                at += len(part) + 1
            yield start, end, cells
        start = end + 1


def _tokens(ctx: Context, begin: int, end: int) -> tuple[int, int] | None:
    span = ctx.doc.char_span(begin, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _column(header: list[str], words: tuple[str, ...]) -> int | None:
    return next((k for k, cell in enumerate(header) if any(w in cell for w in words)), None)


def _statuses(text: str) -> list[str]:
    text = text.lower()
    found = []
    for phrase, status in status_words():
        if phrase in text and status not in found:
            found.append(status)
            text = text.replace(phrase, " ")
    return found


def row_tokens(ctx: Context) -> set[int]:
    """Indices of the tokens in table rows (read here, not by the sentence readers)."""
    found = ctx.__dict__.get("table_tokens")
    if found is None:
        found = ctx.__dict__["table_tokens"] = set() if "|" not in ctx.text else {
            i for start, end, _ in _rows(ctx) for i in range(*(_tokens(ctx, start, end) or (0, 0)))}
    return found


def find(ctx: Context) -> list:
    if "|" not in ctx.text:
        return []
    claims = []
    header: list[str] | None = None
    skipped = {ctx.sentences[n].start for n in ctx.skipped_sentences}
    for line_start, line_end, spans in _rows(ctx):
        cells = [t for t in (_tokens(ctx, a, b) for a, b in spans) if t is not None]
        if not cells or ctx.sentence_of(ctx.doc[cells[0][0]]).start in skipped:
            continue
        refs = [list(ctx.refs_in(a, b)) for a, b in cells]
        if not any(r.kind == "state" for row in refs for r in row):
            if not any(r.is_system for row in refs for r in row):
                header = [ctx.doc[a:b].text.lower() for a, b in cells]   # a header row
            continue
        for claim in _row(ctx, cells, refs, header or []):
            # (the row itself is the claim's sentence, not the run of rows the parser joined)
            claim.sentence = claim.evidence = ctx.text[line_start:line_end].strip()
            claim.start, claim.end = line_start, line_end
            claims.append(claim)
    return claims


def _row(ctx: Context, cells, refs, header: list[str]) -> list:
    texts = [ctx.doc[a:b].text for a, b in cells]

    def cell(words):
        k = _column(header, words) if header else None
        return k if k is not None and k < len(cells) else None

    words = column_words()
    recipient_at, supplier_at = cell(words["recipient"]), cell(words["supplier"])
    system_at, status_at, quantity_at = cell(words["system"]), cell(words["status"]), cell(words["quantity"])
    states = [(k, r) for k, row in enumerate(refs) for r in row if r.kind == "state" and r.actor]
    recipients = [r.actor for k, r in states if recipient_at is None or k == recipient_at][:1]
    weapons = [r for k, row in enumerate(refs) for r in row if r.is_system and not r.is_category
               and (system_at is None or k == system_at)]
    if not recipients or not weapons:
        return []
    weapon = weapons[0]
    suppliers = [r.actor for k, r in states if supplier_at is not None and k == supplier_at][:1] or \
        [o for o in roles.family_origins(weapon.id)[:1]]
    if not suppliers or suppliers == recipients:
        return []
    status_text = texts[status_at] if status_at is not None else " ".join(texts)
    statuses = _statuses(status_text)
    if not statuses:
        return []   # ("After-sales support": no stage of a deal)
    quantity = texts[quantity_at].strip() if quantity_at is not None else None
    out = []
    trigger = ctx.doc[cells[0][0]]
    for status in statuses:
        claim = ctx.claim("transfer", trigger, status, weapon, 0.5, supplier=suppliers[0], recipient=recipients[0])
        if quantity and any(ch.isdigit() for ch in quantity):
            claim.quantity = quantity
        out.append(claim)
    return out

