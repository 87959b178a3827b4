"""Bad input: each case gives one clear error naming the file, and the run goes on."""
from __future__ import annotations

import gzip
import json

import pytest

from armsgraph.errors import (BinaryInputError, EmptyInputError, EncodingInputError, InputError,
                              MalformedInputError, MissingInputError, TooLargeInputError,
                              TruncatedInputError)
from armsgraph.ingest import IngestOptions, read
from armsgraph.ingest.decode import decode
from armsgraph.model import Document

GOOD = "Russia delivered four S-300 battalions to Belarus in 2016, the ministry said."


def run(tmp_path, name: str, content: bytes, options: IngestOptions | None = None):
    """Read a folder holding the bad file and one good file."""
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text(GOOD, encoding="utf-8")
    items = list(read([tmp_path], options or IngestOptions(allow_network=False)))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert "zz_good" in [d.id for d in docs], "the run must go on with the other files"
    return docs, errors


def single_error(errors, kind, path):
    assert len(errors) == 1, errors
    error = errors[0]
    assert isinstance(error, kind)
    assert str(path) in str(error)            # names the file
    assert error.code.startswith("AG1")
    return error


def test_empty_file(tmp_path):
    _, errors = run(tmp_path, "empty.txt", b"   \n\n")
    single_error(errors, EmptyInputError, tmp_path / "empty.txt")


def test_binary_file(tmp_path):
    _, errors = run(tmp_path, "photo.jpg.txt", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    single_error(errors, BinaryInputError, tmp_path / "photo.jpg.txt")


def test_nul_bytes_mean_binary(tmp_path):
    _, errors = run(tmp_path, "blob.txt", b"abc\x00\x00\x01def" * 100)
    single_error(errors, BinaryInputError, tmp_path / "blob.txt")


def test_legacy_encoding_is_detected(tmp_path):
    text = "Москва поставила Минску четыре дивизиона С-300 в 2016 году, сообщило министерство."
    docs, errors = run(tmp_path, "cp1251.txt", text.encode("cp1251"))
    assert not errors
    assert next(d for d in docs if d.id == "cp1251").raw == text


def test_mixed_encoding_is_repaired_line_by_line(tmp_path):
    content = ("Błaszczak said the K2 tanks arrived in Gdynia.\n".encode("utf-8")
               + "Caf\xe9 owners in the port watched the unloading.\n".encode("cp1252"))
    docs, errors = run(tmp_path, "mixed.txt", content)
    assert not errors
    raw = next(d for d in docs if d.id == "mixed").raw
    assert "Błaszczak" in raw and "Café owners" in raw


def test_undecodable_bytes_raise_encoding_error(tmp_path):
    import random
    rng = random.Random(1)
    noise = bytes(rng.randrange(128, 256) for _ in range(600))
    with pytest.raises(EncodingInputError):
        decode(noise, "noise.txt")
    _, errors = run(tmp_path, "noise.txt", noise)
    single_error(errors, EncodingInputError, tmp_path / "noise.txt")


def test_truncated_gzip(tmp_path):
    data = gzip.compress(("Tanks and missiles. " * 500).encode())
    _, errors = run(tmp_path, "cut.txt.gz", data[: len(data) // 2])
    single_error(errors, TruncatedInputError, tmp_path / "cut.txt.gz")


def test_truncated_warc(tmp_path):
    from pathlib import Path
    data = (Path(__file__).resolve().parents[2] / "examples/corpus/archive.warc.gz").read_bytes()
    _, errors = run(tmp_path, "cut.warc.gz", data[:1500])
    single_error(errors, TruncatedInputError, tmp_path / "cut.warc.gz")


def test_malformed_jsonl_lines_are_reported_with_line_numbers(tmp_path):
    lines = [json.dumps({"text": GOOD}), "{not json", "[1, 2]", json.dumps({"title": "no body"}),
             json.dumps({"id": "ok2", "text": GOOD})]
    docs, errors = run(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    assert {d.id for d in docs} >= {"feed-1", "ok2"}
    where = [str(e).split(": ")[0] for e in errors]
    assert where == [f"[AG105] {tmp_path}/feed.jsonl:2", f"[AG105] {tmp_path}/feed.jsonl:3",
                     f"[AG101] {tmp_path}/feed.jsonl:4"]


def test_malformed_feed(tmp_path):
    _, errors = run(tmp_path, "news.rss", b"<?xml version='1.0'?><rss><channel><title>t</tit")
    single_error(errors, MalformedInputError, tmp_path / "news.rss")


def test_html_extension_without_markup(tmp_path):
    _, errors = run(tmp_path, "page.html", b"just words, no tags at all")
    single_error(errors, MalformedInputError, tmp_path / "page.html")


def test_file_over_the_cap(tmp_path):
    _, errors = run(tmp_path, "huge.txt", b"word " * 50_000,
                    IngestOptions(max_bytes=100_000, allow_network=False))
    error = single_error(errors, TooLargeInputError, tmp_path / "huge.txt")
    assert "--max-bytes" in str(error)


def test_gzip_bomb_is_capped(tmp_path):
    _, errors = run(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 2_000_000),
                    IngestOptions(max_bytes=100_000, allow_network=False))
    single_error(errors, TooLargeInputError, tmp_path / "bomb.txt.gz")


def test_missing_path():
    items = list(read(["/nonexistent/armsgraph/file.txt"]))
    assert len(items) == 1 and isinstance(items[0], MissingInputError)
    assert "/nonexistent/armsgraph/file.txt" in str(items[0])


def test_short_western_legacy_text_is_read_as_cp1252(tmp_path):
    text = "Le ministre a annoncé à Paris que la livraison des Rafale était prévue en été."
    docs, errors = run(tmp_path, "fr.txt", text.encode("cp1252"))
    assert not errors and next(d for d in docs if d.id == "fr").raw == text


def test_truncated_feed_reports_the_damage_and_keeps_complete_entries(tmp_path):
    from pathlib import Path
    data = (Path(__file__).resolve().parents[2] / "examples/corpus/defence-feed.rss").read_bytes()
    cut = data[: data.index(b"Chinese troops join") + 300]
    docs, errors = run(tmp_path, "news.rss", cut)
    assert "news-1" in [d.id for d in docs]
    assert isinstance(errors[0], MalformedInputError) and "not well-formed" in str(errors[0])
    assert str(tmp_path / "news.rss") in str(errors[0])
    # the cut entry has no content left; its link cannot be fetched here (network off)
    assert len(errors) == 2 and errors[1].code == "AG107"
    assert f"{tmp_path / 'news.rss'}#2" in str(errors[1])
