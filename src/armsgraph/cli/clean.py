"""CLI command: clean.

Exit codes: 0 every input was read and gave article text; 3 some files or records were
skipped as unreadable or without article text (each reported on one stderr line; the rest
were cleaned and written); 4 nothing could be read. Documents skipped for their language
or as duplicates are not errors (they are written, with skip_reason in their JSON).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import typer

from .app import app

EXIT_OK = 0
EXIT_SKIPPED = 3
EXIT_NOTHING = 4


@app.command("clean")
def clean_command(
    paths: list[Path] = typer.Argument(..., help="Files, folders or http(s) URLs to read."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for <id>.txt and <id>.json."),
    max_bytes: int = typer.Option(20_000_000, "--max-bytes", help="Skip files/downloads larger than this."),
    timeout: float = typer.Option(15.0, "--timeout", help="HTTP timeout in seconds."),
    retries: int = typer.Option(2, "--retries", help="Extra HTTP attempts after a failure."),
    language: str = typer.Option("en", "--language", help="Language to keep; others are skipped."),
    no_boilerplate: bool = typer.Option(False, "--no-learn-boilerplate",
                                        help="Do not learn repeating lines across documents."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Clean articles: write main text to OUT/<id>.txt and metadata to OUT/<id>.json.

    Exit code 0 when every input was read, 3 when some were skipped as unreadable or
    without article text (reported one per line on stderr), 4 when nothing could be read.
    """
    from ..clean import CleanOptions, clean
    from ..errors import InputError, NoArticleTextError
    from ..ingest import IngestOptions, read

    ingest_options = IngestOptions(max_bytes=max_bytes, timeout=timeout, retries=retries)
    clean_options = CleanOptions(language=language, learn_boilerplate=not no_boilerplate)
    documents, errors = [], []
    progress = _progress(quiet)
    with progress:
        task = progress.add_task("reading", total=None)
        seen: Counter[str] = Counter()
        for item in read([str(p) for p in paths], ingest_options):
            if isinstance(item, InputError):
                errors.append(item)
                typer.echo(str(item), err=True)
            else:
                seen[item.id] += 1
                if seen[item.id] > 1:
                    item.id = f"{item.id}~{seen[item.id]}"
                documents.append(item)
            progress.update(task, advance=1)
        progress.update(task, description="cleaning")
        clean(documents, clean_options)
    empty = [NoArticleTextError("no article text found", where=doc.path or doc.id,
                                hint="the page may be empty, malformed or not an article")
             for doc in documents if doc.skip_reason == "empty"]
    for error in empty:
        typer.echo(str(error), err=True)
    out.mkdir(parents=True, exist_ok=True)
    for doc in documents:
        if doc.skip_reason != "empty":
            _write_atomic(out / f"{doc.id}.txt", doc.text)
        _write_atomic(out / f"{doc.id}.json",
                      json.dumps(doc.metadata(), ensure_ascii=False, indent=1) + "\n")
    if not quiet:
        _summary(documents, errors)
    if errors and len(empty) == len(documents):
        raise typer.Exit(EXIT_NOTHING)
    if errors or empty:
        raise typer.Exit(EXIT_SKIPPED)


def _write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so no half-written file is ever left."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _progress(quiet: bool):
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.console import Console
    console = Console(file=sys.stderr)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed} items"), TimeElapsedColumn(),
                    console=console, transient=True, disable=quiet or not console.is_terminal)


def _summary(documents, errors) -> None:
    reasons = Counter()
    for doc in documents:
        if doc.skip_reason:
            reasons["duplicate" if doc.duplicate_of else doc.skip_reason] += 1
    cleaned = sum(1 for d in documents if not d.skip_reason)
    dups = sum(1 for d in documents if d.duplicate_of)
    typer.echo(f"read {len(documents)} documents, cleaned {cleaned}, duplicates {dups}, "
               f"skipped {sum(reasons.values()) - dups} (+{len(errors)} unreadable inputs)",
               err=True)
    for reason, n in sorted(reasons.items()):
        if reason != "duplicate":
            typer.echo(f"  skipped {n}: {reason}", err=True)
    codes = Counter(e.code for e in errors)
    for code, n in sorted(codes.items()):
        typer.echo(f"  unreadable {n}: {code}", err=True)
