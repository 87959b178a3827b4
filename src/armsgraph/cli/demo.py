"""CLI command: demo — the whole pipeline on the bundled sample corpus, then the web UI."""
from __future__ import annotations

from pathlib import Path

import typer

from .app import EXIT_STORE, app


@app.command()
def demo(
    corpus: Path = typer.Argument(Path("examples/corpus"), help="Folder of articles to run on."),
    db: str = typer.Option("demo.db", "--db", help="Database URL or SQLite path for the demo."),
    host: str = typer.Option("127.0.0.1", help="Address the web UI listens on."),
    port: int = typer.Option(8000, help="Port of the web UI."),
    serve: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web UI at the end."),
) -> None:
    """Clean, extract and store the sample corpus, print a summary, then serve the UI."""
    from rich.console import Console

    from ..errors import ArmsgraphError
    from ..store import open_store
    from ..store.run import ingest_paths

    out, err = Console(highlight=False), Console(stderr=True, highlight=False)
    try:
        with open_store(db) as store:
            report, errors, read = ingest_paths(store, [str(corpus)])
            for error in errors + report.errors:
                err.print(f"[yellow]skipped[/yellow] {error}")
            out.print(f"[bold]{corpus}[/bold]: read {read} documents — {report.added} added, "
                      f"{report.unchanged} unchanged, {report.skipped} kept aside "
                      f"(other language or duplicate); {report.claims} claims extracted")
            counts = store.stats()["counts"]
            out.print("database " + db + ": " + ", ".join(f"{v} {k}" for k, v in counts.items()))
            out.print("\n[bold]Deals with the most sources[/bold]")
            deals = store.deals({}, limit=200)["items"]
            deals.sort(key=lambda d: (-(d.get("documents") or d.get("sources") or 0), d.get("id")))
            for deal in deals[:12]:
                out.print(f"  #{deal['id']:<4} {deal.get('summary')}")
    except ArmsgraphError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(EXIT_STORE) from exc
    if serve:
        from ..api import serve as run_server

        out.print("\nTry: armsgraph deals --db " + db + " --recipient BLR; armsgraph show deal ID --db " + db)
        run_server(store_url=db, host=host, port=port)
