"""CLI commands over the knowledge base: ingest, claims, deals, show, export, reconcile.

Each command parses options, opens the store and calls one library method; errors are
printed with their code. Exit codes (see README): 3 some inputs were skipped, 5 the database
could not be used, 1 the deal/claim/document asked for is not there, 2 a usage error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from ..errors import ArmsgraphError
from .app import EXIT_NOT_FOUND, EXIT_SKIPPED, EXIT_STORE, EXIT_USAGE, app

DB_HELP = "Database: a SQLite path, sqlite:///path or postgresql://... (default $ARMSGRAPH_DB or ./armsgraph.db)."


def _console(stderr: bool = False):
    from rich.console import Console
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _run(func: Callable[[], Any]) -> Any:
    try:
        return func()
    except ArmsgraphError as exc:
        _console(stderr=True).print(f"[red]error[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(EXIT_USAGE if exc.code == "AG506" else EXIT_STORE)


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _filters(supplier, recipient, actor, host, system, category, status, since, until, text, doc,
             type_) -> dict[str, Any]:
    return {k: v for k, v in dict(supplier=supplier, recipient=recipient, actor=actor, host=host,
                                  system=system, category=category, status=status, since=since,
                                  until=until, text=text, doc=doc, type=type_).items() if v not in (None, "")}


# shared filter options
SUPPLIER = typer.Option(None, "--supplier", help="Supplier (ISO3 code or name), e.g. RUS.")
RECIPIENT = typer.Option(None, "--recipient", help="Recipient (ISO3 code or name), e.g. BLR.")
ACTOR = typer.Option(None, "--actor", help="Any party of the claim or deal.")
HOST = typer.Option(None, "--host", help="Host state of a deployment or exercise.")
SYSTEM = typer.Option(None, "--system", help="System family or alias, e.g. S-400 or Iskander-M.")
CATEGORY = typer.Option(None, "--category", help="Category, e.g. uav or category:air-defence.")
STATUS = typer.Option(None, "--status", help="done, agreed, planned, proposed, negotiating, refused (comma list).")
SINCE = typer.Option(None, "--since", help="From this year on (inclusive).")
UNTIL = typer.Option(None, "--until", help="Up to this year (inclusive).")
TEXT = typer.Option(None, "--text", help="Words in the claim's sentence (full-text).")
DOC = typer.Option(None, "--doc", help="Only this document id.")
TYPE = typer.Option(None, "--type", help="transfer, deployment, exercise, cooperation, test.")
DB = typer.Option(None, "--db", help=DB_HELP)
LIMIT = typer.Option(50, "--limit", help="Rows per page.")
OFFSET = typer.Option(0, "--offset", help="Rows to skip.")
JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files, folders, WARC/feeds/JSONL or URLs."),
           db: Optional[str] = DB, as_json: bool = JSON) -> None:
    """Clean, extract and store articles; re-running stores only what is new or changed."""
    from ..store import open_store
    from ..store.run import ingest_paths

    def go():
        with open_store(db) as store:
            return ingest_paths(store, [str(p) for p in paths]), store.stats()["counts"]
    (report, errors, read), counts = _run(go)
    if as_json:
        _dump({"read": read, "report": report.to_json(), "input_errors": [str(e) for e in errors],
               "database": counts})
    else:
        err = _console(stderr=True)
        for e in list(errors) + report.errors:
            err.print(f"[yellow]skipped[/yellow] {e}", markup=True, highlight=False)
        out = _console()
        out.print(f"read {read} documents: {report.added} added, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {report.skipped} stored as skipped, "
                  f"{len(errors) + len(report.errors)} failed; {report.claims} claims written, "
                  f"{report.deals} deals updated")
        out.print("database: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if errors or report.errors:
        raise typer.Exit(EXIT_SKIPPED)


def _table(title: str, columns: list[str], rows: list[list[Any]], footer: str,
           wide: tuple[str, ...] = ()) -> None:
    from rich.table import Table
    table = Table(title=title, caption=footer, show_lines=False, pad_edge=False)
    for c in columns:
        if c in wide:
            table.add_column(c, overflow="fold", ratio=3, min_width=20)
        else:
            table.add_column(c, no_wrap=True, overflow="ellipsis", max_width=14)
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    _console().print(table)


def _short(text: str, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _footer(page: dict[str, Any]) -> str:
    n = len(page["items"])
    total = f"{page['total']}+" if page.get("total_capped") else str(page["total"])
    return f"{page['offset'] + 1 if n else 0}-{page['offset'] + n} of {total}"


@app.command()
def claims(supplier: Optional[str] = SUPPLIER, recipient: Optional[str] = RECIPIENT,
           actor: Optional[str] = ACTOR, host: Optional[str] = HOST, system: Optional[str] = SYSTEM,
           category: Optional[str] = CATEGORY, status: Optional[str] = STATUS,
           since: Optional[int] = SINCE, until: Optional[int] = UNTIL, text: Optional[str] = TEXT,
           doc: Optional[str] = DOC, type_: Optional[str] = TYPE, db: Optional[str] = DB,
           limit: int = LIMIT, offset: int = OFFSET, as_json: bool = JSON) -> None:
    """List stored claims, newest first, with filters."""
    from ..store import open_store
    f = _filters(supplier, recipient, actor, host, system, category, status, since, until, text, doc, type_)

    def go():
        with open_store(db) as store:
            return store.claims(f, limit=limit, offset=offset)
    page = _run(go)
    if as_json:
        _dump(page)
        return
    rows = []
    for c in page["items"]:
        who = (f"{c['supplier'] or '?'}>{c['recipient'] or '?'}" if c["type"] == "transfer" else
               "+".join(c.get("participants") or c.get("partners") or []) or
               f"{c['actor'] or '?'}" + (f"@{c['host']}" if c["host"] else ""))
        rows.append([c["id"], c["type"][:5], who, c["system"], c["status"] + ("?" if c["hedged"] else ""),
                     c["event_year"], _short(c["sentence"], 110)])
    _table("claims (status? = hedged)", ["id", "type", "who", "system", "status", "year", "sentence"],
           rows, _footer(page), wide=("sentence",))


@app.command()
def deals(supplier: Optional[str] = SUPPLIER, recipient: Optional[str] = RECIPIENT,
          actor: Optional[str] = ACTOR, host: Optional[str] = HOST, system: Optional[str] = SYSTEM,
          category: Optional[str] = CATEGORY, status: Optional[str] = STATUS,
          since: Optional[int] = SINCE, until: Optional[int] = UNTIL, text: Optional[str] = TEXT,
          doc: Optional[str] = DOC, type_: Optional[str] = TYPE,
          contradiction: bool = typer.Option(False, "--contradiction", help="Only deals whose sources disagree."),
          db: Optional[str] = DB, limit: int = LIMIT, offset: int = OFFSET, as_json: bool = JSON) -> None:
    """List deals (claims merged across articles); --status/--since match any dated step."""
    from ..store import open_store
    f = _filters(supplier, recipient, actor, host, system, category, status, since, until, text, doc, type_)
    if contradiction:
        f["contradiction"] = True

    def go():
        with open_store(db) as store:
            return store.deals(f, limit=limit, offset=offset)
    page = _run(go)
    if as_json:
        _dump(page)
        return
    rows = []
    for d in page["items"]:
        who = d["summary"].split(": ")[0].split(" ", 1)[1]
        rows.append([d["id"], d["type"][:5], who, d["status"],
                     " > ".join(f"{s['status']} {s['year'] or '?'}" for s in d["history"]),
                     d["sources"], "!" if d["contradiction"] else ""])
    _table("deals (! = sources contradict)", ["id", "type", "deal", "status", "history", "src", "!"],
           rows, _footer(page), wide=("deal", "history"))


@app.command()
def show(kind: str = typer.Argument(..., help="deal, claim or document"),
         ident: str = typer.Argument(..., help="Its id."), db: Optional[str] = DB,
         as_json: bool = JSON) -> None:
    """Show one deal (timeline with quotes and sources), claim or document."""
    from ..store import open_store
    if kind not in ("deal", "claim", "document"):
        _console(stderr=True).print(f"[red]error[/red] [AG506] show what? {kind!r} is not deal, claim or document")
        raise typer.Exit(EXIT_USAGE)

    def go():
        with open_store(db) as store:
            if kind == "claim":
                return store.claim(int(ident)) if ident.isdigit() else None
            return getattr(store, kind)(ident)
    item = _run(go)
    if item is None:
        _console(stderr=True).print(f"[red]error[/red] [AG506] no {kind} {ident!r} in the database")
        raise typer.Exit(EXIT_NOT_FOUND)
    if as_json or kind != "deal":
        _dump(item)
        return
    out = _console()
    out.print(f"[bold]deal {item['id']}[/bold]  {item['summary']}")
    out.print(f"{item['sources']} documents from {item['outlets']} outlets, {item['claims']} claims, "
              f"reported {item['first_seen'] or '?'} .. {item['last_seen'] or '?'}")
    for c in item["contradictions"]:
        out.print(f"[red]contradiction[/red] {c['year']}: {' vs '.join(c['statuses'])} "
                  f"({', '.join(c['documents'])})")
    for step in item["history"]:
        out.print(f"\n[bold]{step['year'] or 'undated'}  {step['status']}[/bold]"
                  f"  ({step['sources']} source{'s' if step['sources'] != 1 else ''})")
        for c in step["claims"]:
            src = ", ".join(x for x in (c.get("doc_site"), c.get("doc_date"), c.get("doc_url") or c["doc_id"]) if x)
            hedge = " [italic](hedged" + (f", per {c['source']}" if c.get("source") else "") + ")[/italic]" \
                if c["hedged"] else ""
            out.print(f'  "{c["sentence"]}"{hedge}')
            out.print(f"    - {src}", style="dim")


@app.command()
def export(what: str = typer.Option("deals", "--what", help="claims or deals"),
           format: str = typer.Option("jsonl", "--format", help="csv, jsonl, parquet or graphml"),
           out: Path = typer.Option(..., "--out", help="File to write."),
           supplier: Optional[str] = SUPPLIER, recipient: Optional[str] = RECIPIENT,
           system: Optional[str] = SYSTEM, status: Optional[str] = STATUS,
           since: Optional[int] = SINCE, until: Optional[int] = UNTIL, type_: Optional[str] = TYPE,
           db: Optional[str] = DB) -> None:
    """Export claims or deals as CSV, JSON lines, Parquet or GraphML (Gephi)."""
    from ..store import open_store
    f = _filters(supplier, recipient, None, None, system, None, status, since, until, None, None, type_)

    def go():
        with open_store(db) as store:
            return store.export(what, format, out, f)
    n = _run(go)
    _console().print(f"wrote {n} {what} to {out}")


@app.command()
def reconcile(sipri: Path = typer.Option(..., "--sipri", help="A SIPRI trade-register CSV export."),
              window: int = typer.Option(3, "--window", help="Years of slack between corpus and SIPRI dates."),
              db: Optional[str] = DB, as_json: bool = JSON,
              limit: int = typer.Option(20, "--limit", help="Rows to print per section.")) -> None:
    """Compare done/agreed transfers in the corpus with SIPRI's trade register."""
    from ..store import open_store

    def go():
        with open_store(db) as store:
            return store.reconcile(sipri, window=window)
    result = _run(go)
    if as_json:
        _dump(result)
        return
    out = _console()
    s = result["summary"]
    out.print(f"SIPRI file: {result['sipri']['path']} ({result['sipri']['layout']} layout, "
              f"{result['sipri']['rows']} deals)")
    out.print(f"corpus transfers done/agreed: {s['corpus_deals']}; confirmed by SIPRI: {s['confirmed']}; "
              f"corpus only: {s['corpus_only']}; SIPRI only (same actors): {s['sipri_only']}")
    for title, key in (("confirmed by SIPRI", "confirmed"), ("in the corpus, not in SIPRI", "corpus_only"),
                       ("in SIPRI between the same actors, never in the corpus", "sipri_only")):
        items = result[key]
        out.print(f"\n[bold]{title}[/bold] ({len(items)})")
        for item in items[:limit]:
            out.print("  " + item["line"])
            for q in item.get("quotes", [])[:2]:
                out.print(f'      "{q["sentence"][:160]}" ({q["doc_id"]})', style="dim")
