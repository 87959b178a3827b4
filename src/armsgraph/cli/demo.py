"""CLI command: demo — the whole pipeline on the bundled sample corpus, then the web UI."""
from __future__ import annotations

from pathlib import Path

import typer

from .app import app


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

    from ..pipeline import run
    from ..store import open_store

    console = Console(stderr=False)
    documents, errors = run([corpus])
    for error in errors:
        console.print(f"[yellow]skipped[/yellow] {error}")
    store = open_store(db)
    report = store.ingest_documents(documents)
    console.print(f"[bold]ingested[/bold] {report}")
    stats = store.stats()
    console.print(f"[bold]in the database[/bold]: {stats.get('counts', stats)}")
    deals = store.deals({}, limit=10)
    for deal in deals["items"]:
        console.print(f"  deal {deal.get('id')}: {deal.get('summary') or deal}")
    store.close()
    if serve:
        import uvicorn

        from ..api import create_app

        console.print(f"\nWeb UI: [bold]http://{host}:{port}/[/bold]  (Ctrl-C to stop)")
        uvicorn.run(create_app(store_url=db), host=host, port=port, log_level="warning")
