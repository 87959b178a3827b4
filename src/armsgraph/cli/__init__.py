"""Command-line interface: thin commands over the library.

Each module registers its commands on the shared Typer ``app``; none of them holds
logic that the library does not expose.
"""
from __future__ import annotations

from .app import app
from . import clean, entities, extract, store, serve, demo  # noqa: F401,E402  (register commands)


def main() -> None:
    app()
