"""CLI command: extract — claims from articles, one JSON object per line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .app import app

FORMATS = ("claims-jsonl", "documents-jsonl")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles (text, HTML, WARC, feeds, JSONL)."),
    format: str = typer.Option("claims-jsonl", "--format", "-f",
                               help="claims-jsonl: one claim per line; documents-jsonl: one "
                                    "document with its claims per line."),
    min_confidence: float = typer.Option(0.0, "--min-confidence",
                                         help="Leave out claims below this confidence."),
) -> None:
    """Extract typed claims (transfers, deployments, exercises, cooperation, tests)."""
    if format not in FORMATS:
        typer.echo(f"[AG400] unknown --format {format!r} (use one of: {', '.join(FORMATS)})",
                   err=True)
        raise typer.Exit(2)
    from ..pipeline import analyse, load

    documents, errors = load([str(p) for p in paths])
    for error in errors:
        typer.echo(f"skipped: {error}", err=True)
    out = sys.stdout
    for document in analyse(documents):
        if document.skip_reason:
            typer.echo(f"skipped {document.id}: {document.skip_reason}", err=True)
        claims = [c for c in document.claims if c.confidence >= min_confidence]
        if format == "claims-jsonl":
            for claim in claims:
                out.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
        else:
            record = document.metadata()
            record["claims"] = [c.to_json() for c in claims]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
