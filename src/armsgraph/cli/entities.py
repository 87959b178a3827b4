"""CLI command: entities — print the linked mentions of each article.

Exit codes: 0 every input was read; 3 some inputs could not be read (one stderr line
each; the rest were processed); 4 nothing could be read.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import app

FORMATS = ("jsonl", "tsv")


@app.command("entities")
def entities_command(
    paths: list[Path] = typer.Argument(..., help="Files, folders or URLs to read."),
    fmt: str = typer.Option("jsonl", "--format", "-f",
                            help="jsonl: one mention per line (doc, begin, end, text, kind, "
                                 "id, label); tsv: the same as tab-separated columns."),
    kind: list[str] = typer.Option([], "--kind", "-k",
                                   help="Only these kinds (state, organisation, person, "
                                        "system, category, place, date, quantity)."),
    detail: bool = typer.Option(False, "--detail",
                                help="Also print alias, state, role and sentence index."),
) -> None:
    """Find weapon systems, states, organisations, people and places in articles and
    print each mention with its canonical id (offsets are into the cleaned text)."""
    from ..clean import load_corpus
    from ..entities import annotate_many

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    documents, errors = load_corpus([str(p) for p in paths])
    for error in errors:
        typer.echo(str(error), err=True)
    if not documents:
        raise typer.Exit(4 if errors else 0)
    if fmt == "tsv":
        typer.echo("\t".join(columns(detail)))
    for document, parsed in annotate_many(documents):
        if parsed is None:
            continue
        for mention in document.mentions:
            if kind and mention.kind not in kind:
                continue
            row = mention.to_json(document.id)
            if detail:
                row.update(alias=mention.alias, state=mention.state, role=mention.role,
                           sentence=mention.sentence)
            if fmt == "jsonl":
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                typer.echo("\t".join("" if row[c] is None else str(row[c]).replace("\t", " ")
                                     for c in columns(detail)))
    raise typer.Exit(3 if errors else 0)


def columns(detail: bool) -> list[str]:
    base = ["doc", "begin", "end", "text", "kind", "id", "label"]
    return base + (["alias", "state", "role", "sentence"] if detail else [])
