"""`armsgraph clean PATH... --out DIR`: files written, summary, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from armsgraph.cli import app
from armsgraph.cli.clean import EXIT_NOTHING, EXIT_OK, EXIT_SKIPPED

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["clean", *map(str, args)])


def test_sample_corpus(tmp_path):
    out = tmp_path / "out"
    result = invoke(CORPUS, "--out", out)
    assert result.exit_code == EXIT_OK, result.output
    meta = {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")}
    assert len(meta) >= 12
    assert set(meta) == {p.stem for p in out.glob("*.txt")}
    ru = meta["zapad-ru"]
    assert ru["language"] == "ru" and ru["skip_reason"] == "language: ru"
    dups = [m for m in meta.values() if m["duplicate_of"]]
    assert [m["id"] for m in dups] == ["belarus-s300-republished"]   # the original is longer
    assert dups[0]["skip_reason"] == f"duplicate of {dups[0]['duplicate_of']}"
    for key in ("title", "author", "date", "url", "language", "content_hash", "duplicate_of"):
        assert key in meta["poland-k2-himars"]
    assert meta["poland-k2-himars"]["date"] == "2022-12-07"
    assert "read 17 documents" in result.output and "duplicates 1" in result.output
    assert not list(out.glob(".*"))            # no temporary files left behind
    text = (out / "belarus-iskander.txt").read_text()
    assert "Iskander-M" in text and "Sign up" not in text and "reads" not in text


def test_same_input_same_output(tmp_path):
    invoke(CORPUS, "--out", tmp_path / "a", "-q")
    invoke(CORPUS, "--out", tmp_path / "b", "-q")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert a == b


def test_skipped_files_give_exit_code_3(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Russia delivered four S-300 battalions to Belarus in 2016, "
                                  "the defence ministry in Minsk said on Tuesday.")
    (src / "empty.txt").write_text("")
    (src / "page.html").write_text("<html><body><div><p>Hi</p")
    result = invoke(src, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_SKIPPED
    assert f"[AG101] {src / 'empty.txt'}: empty file" in result.output
    assert f"[AG201] {src / 'page.html'}: no article text found" in result.output
    assert (tmp_path / "out" / "good.txt").exists()
    assert not (tmp_path / "out" / "empty.txt").exists()


def test_nothing_readable_gives_exit_code_4(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = invoke(tmp_path / "empty.txt", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_NOTHING
    assert "[AG108]" in result.output and "missing.txt" in result.output


def test_help():
    result = runner.invoke(app, ["clean", "--help"])
    assert result.exit_code == 0 and "--out" in result.output and "Exit code" in result.output
