"""`armsgraph entities PATH... --format jsonl` on real files (the cleaner runs first)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from armsgraph.cli import app

TEXT = ("Moscow is expected to deliver four batteries of S-300 surface-to-air missile "
        "systems to Belarus by the end of this year, Lukashenka said in Minsk. "
        "Belarus also purchased 80 Russian-made BTR-82A armoured personnel carriers.\n")


def run(*args):
    return CliRunner().invoke(app, ["entities", *args])


def test_jsonl_one_mention_per_line_with_offsets_into_cleaned_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) == {"doc", "begin", "end", "text", "kind", "id", "label"}
                        for r in rows)
    assert all(r["doc"] == "article" for r in rows)
    by_text = {r["text"]: r for r in rows}
    # a noun of its kind after a system belongs to the system mention
    s300 = by_text["S-300 surface-to-air missile systems"]
    assert s300["id"] == "S-300" and s300["kind"] == "system"
    assert by_text["Moscow"]["id"] == "RUS"
    assert by_text["Lukashenka"]["id"] == "person:lukashenko"
    assert by_text["BTR-82A armoured personnel carriers"]["id"] == "BTR-82"
    from armsgraph.clean import load_corpus
    documents, _ = load_corpus([str(path)])
    for row in rows:
        assert documents[0].text[row["begin"]:row["end"]] == row["text"]


def test_kind_filter_tsv_and_detail(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(str(path), "-f", "tsv", "-k", "system", "--detail")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["doc", "begin", "end", "text", "kind", "id", "label",
                                    "alias", "state", "role", "sentence"]
    kinds = {line.split("\t")[4] for line in lines[1:]}
    assert kinds == {"system"}
    states = {line.split("\t")[3]: line.split("\t")[8] for line in lines[1:]}
    assert states["BTR-82A armoured personnel carriers"] == "RUS"


def test_unreadable_input_is_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = run(str(good), str(tmp_path / "missing.txt"))
    assert result.exit_code == 3
    assert "missing.txt" in result.stderr
    assert any(json.loads(line)["doc"] == "good" for line in result.stdout.splitlines())


def test_nothing_readable_exits_4(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == 4


def test_unknown_format_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(str(path), "--format", "xml")
    assert result.exit_code == 2
    assert "--format" in result.output
