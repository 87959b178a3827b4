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

# Exit codes shared by every command (documented in README.md).
EXIT_OK = 0          # everything read and done
EXIT_NOT_FOUND = 1   # the deal, claim or document asked for is not in the database
EXIT_USAGE = 2       # bad options or arguments (Typer's own code)
EXIT_SKIPPED = 3     # some inputs were skipped; each named on stderr, the rest done
EXIT_NOTHING = 4     # no input could be read at all
EXIT_STORE = 5       # the database could not be used; nothing stored was changed
