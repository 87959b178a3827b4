"""Readers: format detection, ids, metadata, folders, feeds, WARC, JSONL, URLs."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from armsgraph.errors import (EmptyInputError, InputError, MalformedInputError,
                              TooLargeInputError, TruncatedInputError, UnreachableInputError)
from armsgraph.ingest import IngestOptions, read
from armsgraph.model import Document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
FAST = IngestOptions(timeout=1.0, retries=1, backoff=0.05)


def docs_and_errors(paths, options=None):
    items = list(read(paths, options))
    return ([i for i in items if isinstance(i, Document)],
            [i for i in items if isinstance(i, InputError)])


def test_text_file_id_is_stem(tmp_path):
    path = tmp_path / "001_belarus.txt"
    path.write_text("Russia delivered four S-300 battalions to Belarus in 2016.", encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert not errors
    assert [(d.id, d.format, d.path) for d in docs] == [("001_belarus", "text", str(path))]


def test_gzipped_html_is_detected_and_named_without_extensions(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>Hello</p></body></html>"))
    docs, _ = docs_and_errors([path])
    assert docs[0].id == "page" and docs[0].format == "html"


def test_content_beats_extension(tmp_path):
    (tmp_path / "saved.txt").write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    (tmp_path / "list.txt").write_text("http://127.0.0.1:9/a\n# comment\nhttps://127.0.0.1:9/b\n")
    items = list(read([tmp_path / "saved.txt"]))
    assert items[0].format == "html"
    errors = list(read([tmp_path / "list.txt"], IngestOptions(allow_network=False)))
    assert len(errors) == 2 and all(isinstance(e, UnreachableInputError) for e in errors)


def test_folder_is_walked_sorted_and_hidden_files_skipped(tmp_path):
    for name in ("b.txt", "a.txt", ".hidden.txt", "sub/c.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name} about tanks and missiles.")
    docs, _ = docs_and_errors([tmp_path])
    assert [d.id for d in docs] == ["a", "b", "c"]


def test_jsonl_records_ids_and_metadata(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [{"id": "x1", "text": "Body one.", "title": "T1", "date": "2022-06-01",
             "url": "https://e.example/1", "source": "Wire"},
            {"html": "<html><body><p>Body two.</p></body></html>"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors([path])
    assert not errors
    assert [d.id for d in docs] == ["x1", "wire-2"]
    assert (docs[0].title, docs[0].date, docs[0].url, docs[0].site) == (
        "T1", "2022-06-01", "https://e.example/1", "Wire")
    assert docs[1].is_html and not docs[0].is_html
    assert docs[0].format == docs[1].format == "jsonl"


def test_warc_records_keep_target_uri_and_date(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_warc", ROOT / "examples" / "build_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.build(tmp_path / "crawl.warc.gz")
    docs, errors = docs_and_errors([out])
    assert not errors
    assert [d.id for d in docs] == ["crawl-1", "crawl-2", "crawl-3"]
    assert docs[0].url == module.ARTICLES[0]["url"]
    assert docs[0].date == module.ARTICLES[0]["date"]
    assert all(d.format == "warc" and "<html" in d.raw for d in docs)


def test_bundled_warc_matches_its_builder(tmp_path):
    """The committed WARC is what examples/build_warc.py writes."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_warc", ROOT / "examples" / "build_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(tmp_path / "archive.warc.gz")
    committed = [d.raw for d in read([CORPUS / "archive.warc.gz"])]
    assert committed == [d.raw for d in read([fresh])]


def test_rss_feed_with_full_content():
    docs, errors = docs_and_errors([CORPUS / "defence-feed.rss"])
    assert not errors
    assert [d.id for d in docs] == ["defence-feed-1", "defence-feed-2", "defence-feed-3"]
    first = docs[0]
    assert first.title == "Russia and Belarus hold Union Resolve 2022 drills"
    assert first.site == "Exercise Watch" and first.date == "2022-02-20"
    assert "Union Resolve 2022" in first.raw and first.is_html


def test_atom_feed(tmp_path):
    path = tmp_path / "atom.xml"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Site</title><id>urn:x</id>
<entry><title>India tests Agni-V</title><id>urn:1</id><updated>2021-10-27T10:00:00Z</updated>
<content type="html">&lt;p&gt;India test-fired an Agni-V missile from Abdul Kalam Island on
Wednesday, the defence ministry said. The test was carried out at night and the missile hit
its target in the Bay of Bengal with high accuracy, officials added in a statement that gave
no further details. Agni-V has a range of more than 5,000 km and is the longest-range missile
in the Indian arsenal. It was first tested in 2012 and has been tested several times since,
including from a road-mobile canister launcher.&lt;/p&gt;</content></entry></feed>""", encoding="utf-8")
    docs, errors = docs_and_errors([path], IngestOptions(allow_network=False))
    assert not errors
    assert docs[0].title == "India tests Agni-V" and docs[0].date == "2021-10-27"
    assert "Agni-V" in docs[0].raw


def test_url_is_fetched(http_server):
    docs, errors = docs_and_errors([f"{http_server}/article.html"], FAST)
    assert not errors
    assert docs[0].id == "article" and docs[0].format == "url"
    assert docs[0].url == f"{http_server}/article.html" and "HIMARS" in docs[0].raw


def test_url_list_file(tmp_path, http_server):
    path = tmp_path / "sources.urls"
    path.write_text(f"{http_server}/article.html\n{http_server}/missing\n", encoding="utf-8")
    docs, errors = docs_and_errors([path], FAST)
    assert [d.id for d in docs] == ["sources-1"]
    assert len(errors) == 1 and isinstance(errors[0], UnreachableInputError)
    assert "HTTP 404" in str(errors[0]) and f"{path}:2" in str(errors[0])


def test_feed_url_without_content_fetches_the_linked_page(http_server):
    docs, errors = docs_and_errors([f"{http_server}/feed.xml"], FAST)
    assert not errors
    assert len(docs) == 1
    doc = docs[0]
    assert doc.url == f"{http_server}/article.html"
    assert "Lockheed Martin" in doc.raw and doc.title == "Poland signs HIMARS contract"
    assert doc.site == "Local Feed" and doc.date == "2019-02-13"


def test_retry_after_server_error(http_server):
    docs, errors = docs_and_errors([f"{http_server}/flaky"], FAST)
    assert not errors and "HIMARS" in docs[0].raw


def test_download_over_the_cap_is_refused(http_server):
    _, errors = docs_and_errors([f"{http_server}/big"], IngestOptions(max_bytes=10_000, retries=0))
    assert len(errors) == 1 and isinstance(errors[0], TooLargeInputError)


def test_timeout_is_reported(http_server):
    _, errors = docs_and_errors([f"{http_server}/slow"],
                                IngestOptions(timeout=0.3, retries=0))
    assert len(errors) == 1 and isinstance(errors[0], UnreachableInputError)
    assert "timed out" in str(errors[0])


def test_unreachable_host_after_retries():
    # port 9 (discard) on loopback: nothing listens there, the connection is refused
    _, errors = docs_and_errors(["http://127.0.0.1:9/article"], FAST)
    assert len(errors) == 1 and isinstance(errors[0], UnreachableInputError)
    assert "tried 2 time(s)" in str(errors[0]) and errors[0].code == "AG107"


def test_truncated_warc_keeps_complete_records(tmp_path):
    data = (CORPUS / "archive.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    docs, errors = docs_and_errors([cut])
    assert len(docs) >= 1 and all(d.id.startswith("cut-") for d in docs)
    assert len(errors) == 1 and isinstance(errors[0], TruncatedInputError)
    assert str(cut) in str(errors[0])
