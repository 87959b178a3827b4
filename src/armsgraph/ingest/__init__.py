"""Reading input: files, folders, HTML, WARC, RSS/Atom, JSONL, URL lists and URLs.

``read(paths)`` yields one raw ``Document`` per article (``raw`` holds the decoded text or
HTML) or an ``InputError`` per file/record that could not be read; it never stops on bad
input. Document ids: a file's id is its name without extension(s); records inside a
WARC, feed or JSONL file get ``<stem>-<n>`` (1-based) unless a JSONL record has an ``id``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EmptyInputError, InputError, MissingInputError, TruncatedInputError
from ..model import Document
from .detect import detect, split_name
from .options import IngestOptions
from .readers import (as_bytes, read_feed, read_html, read_jsonl, read_text, read_url,
                      read_url_list, read_warc)

__all__ = ["IngestOptions", "read", "expand", "read_file"]


def read(paths: Iterable[str | Path] | str | Path,
         options: IngestOptions | None = None) -> Iterator[Document | InputError]:
    """Yield raw Documents (or InputErrors) for every file, folder or URL in ``paths``.

    Folders are walked recursively in sorted order, so output order is stable.
    """
    options = options or IngestOptions()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in paths:
        text = str(item)
        if text.startswith(("http://", "https://")):
            yield from read_url(text, None, options)
            continue
        path = Path(item)
        if not path.exists():
            yield MissingInputError("no such file or folder", where=str(path),
                                    hint="check the path")
            continue
        for file in expand(path, options):
            yield from read_file(file, options)


def expand(path: Path, options: IngestOptions) -> Iterator[Path]:
    """The files under ``path`` (itself when it is a file), sorted, hidden ones skipped."""
    if path.is_file():
        yield path
        return
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = file.relative_to(path)
        if not options.follow_hidden and any(part.startswith((".", "_")) for part in rel.parts):
            continue
        if split_name(file)[1] in options.extensions_skip:
            continue
        yield file


def read_file(path: Path, options: IngestOptions | None = None) -> Iterator[Document | InputError]:
    """Read one file of any supported format."""
    options = options or IngestOptions()
    where = str(path)
    stem, _ = split_name(path)
    try:
        try:
            data = as_bytes(path, options, where)
        except TruncatedInputError:
            # a damaged .warc.gz: read the complete records before the damage
            raw = path.read_bytes()
            if _gz_starts_with_warc(raw):
                yield from read_warc(raw, stem, where)
                return
            raise
        if not data.strip():
            yield EmptyInputError("empty file", where=where)
            return
        fmt = detect(data, path)
        if fmt == "warc":
            yield from read_warc(data, stem, where)
        elif fmt == "feed":
            yield from read_feed(data, stem, where, options)
        elif fmt == "html":
            yield from read_html(data, stem, where)
        elif fmt == "jsonl":
            yield from read_jsonl(data, stem, where)
        elif fmt == "urls":
            yield from read_url_list(data, stem, where, options)
        else:
            yield from read_text(data, stem, where)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield MissingInputError(f"cannot read file ({exc.strerror or exc})", where=where)


def _gz_starts_with_warc(raw: bytes) -> bool:
    import zlib
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw[:4096], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")
