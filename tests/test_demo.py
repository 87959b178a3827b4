"""`make demo` runs this command on the bundled corpus: it must store claims and deals."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from armsgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_demo_on_sample_corpus(tmp_path):
    db = str(tmp_path / "demo.db")
    runner = CliRunner()
    result = runner.invoke(app, ["demo", str(ROOT / "examples" / "corpus"), "--db", db, "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "Deals with the most sources" in result.output
    deals = json.loads(runner.invoke(app, ["deals", "--db", db, "--json", "--limit", "500"]).output)
    types = {deal["type"] for deal in deals["items"]}
    assert {"transfer", "deployment", "exercise", "cooperation"} <= types
    # a second run stores nothing new
    again = runner.invoke(app, ["demo", str(ROOT / "examples" / "corpus"), "--db", db, "--no-serve"])
    assert again.exit_code == 0 and "0 added" in again.output
    after = json.loads(runner.invoke(app, ["deals", "--db", db, "--json", "--limit", "500"]).output)
    assert after["total"] == deals["total"]
