"""`armsgraph extract` end to end on a written article: JSON lines with provenance."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from armsgraph.cli import app


def test_extract_prints_claims_with_provenance(tmp_path):
    text = ("Minsk, 3 March 2024. Belarus has received four Tor-M2 batteries from Russia.\n\n"
            "Photo: Russia delivered S-400 systems to Belarus.\n")
    article = tmp_path / "minsk-tor.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "claims-jsonl"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    transfers = [c for c in claims if c["type"] == "transfer"]
    assert {(c["supplier"], c["recipient"], c["system"], c["status"]) for c in transfers} == {
        ("RUS", "BLR", "Tor", "done")}
    [tor] = transfers
    assert tor["doc"] == "minsk-tor"
    assert "Tor-M2" in tor["sentence"] and tor["start"] < tor["end"]
    assert tor["quantity"].startswith("4") or tor["quantity"].startswith("four")


def test_extract_rejects_an_unknown_format(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia delivered S-300 systems to Belarus.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "xml"])
    assert result.exit_code == 2
    assert "AG400" in result.output
