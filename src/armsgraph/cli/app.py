"""The Typer application that every command module registers on."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="armsgraph",
    help="Read defence articles and build a sourced record of who arms, hosts, helps "
         "or drills with whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
