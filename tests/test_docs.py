"""The docs stay true: every command is documented in the README and answers --help."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armsgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = sorted(command.name or command.callback.__name__
                  for command in app.registered_commands)


def test_commands_registered():
    assert {"clean", "entities", "extract", "ingest", "claims", "deals", "show", "export",
            "reconcile", "serve", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`{command}`", readme), f"README does not document `{command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_readme_links_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        assert (ROOT / target).exists(), f"README links to missing {target}"
