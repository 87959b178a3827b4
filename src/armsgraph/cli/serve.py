"""CLI command: serve — the HTTP API and web UI over a database."""
from __future__ import annotations

import typer

from .app import EXIT_STORE, app


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help="Database: SQLite path, sqlite:///path or "
                           "postgresql://... (default: $ARMSGRAPH_DB or ./armsgraph.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    token: str = typer.Option(None, "--token", envvar="ARMSGRAPH_TOKEN", show_default=False,
                              help="Enable POST /api/ingest, guarded by this token "
                                   "(also from $ARMSGRAPH_TOKEN). Without it the server is read-only."),
) -> None:
    """Serve the JSON API (/api, spec at /docs) and the web UI until Ctrl-C."""
    from ..api import serve as run_server
    from ..errors import ArmsgraphError
    try:
        run_server(store_url=db, host=host, port=port, token=token or None)
    except ArmsgraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_STORE) from exc
