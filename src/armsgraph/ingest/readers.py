"""One reader per format. Each yields raw Documents or InputErrors and never raises
for bad content: a bad record is reported and the reader goes on with the next."""
from __future__ import annotations

import io
import json
import zlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import (EmptyInputError, InputError, MalformedInputError, TruncatedInputError)
from ..model import Document
from .decode import decode, gunzip, is_gzip
from .detect import FEED_START, HTML_START
from .fetch import fetch
from .options import IngestOptions

Item = Document | InputError
FEED_CONTENT_MIN = 400     # characters of feed content below which the linked page is fetched


def read_text(data: bytes, stem: str, where: str, fmt: str = "text") -> Iterator[Item]:
    text = decode(data, where)
    if not text.strip():
        yield EmptyInputError("no text in file", where=where)
        return
    yield Document(id=stem, raw=text, format=fmt, path=where)


def read_html(data: bytes, stem: str, where: str) -> Iterator[Item]:
    text = decode(data, where)
    if not text.strip():
        yield EmptyInputError("empty HTML file", where=where)
        return
    if "<" not in text:
        yield MalformedInputError("no HTML markup found", where=where,
                                  hint="rename plain text files to .txt")
        return
    yield Document(id=stem, raw=text, format="html", path=where)


def read_jsonl(data: bytes, stem: str, where: str) -> Iterator[Item]:
    text = decode(data, where)
    seen = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        at = f"{where}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(f"invalid JSON ({exc.msg} at column {exc.colno})", where=at,
                                      hint="each line must be one JSON object")
            continue
        if not isinstance(record, dict):
            yield MalformedInputError("line is not a JSON object", where=at)
            continue
        html, body = record.get("html"), record.get("text")
        raw = html if isinstance(html, str) and html.strip() else body
        if not isinstance(raw, str) or not raw.strip():
            yield EmptyInputError("record has neither 'text' nor 'html'", where=at,
                                  hint="give the article as 'text' or 'html'")
            continue
        rid = record.get("id")
        doc = Document(id=_safe_id(str(rid)) if rid not in (None, "") else f"{stem}-{lineno}",
                       raw=raw, format="jsonl", path=at)
        _fill(doc, title=record.get("title"), date=record.get("date"), url=record.get("url"),
              site=record.get("source") or record.get("site"), author=record.get("author"))
        yield doc
    if not seen:
        yield EmptyInputError("no records in JSONL file", where=where)


def read_warc(data: bytes, stem: str, where: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type is None:
                raise EOFError("record header cut off")
            if record.rec_type not in ("response", "resource"):
                continue
            ctype = ""
            if record.http_headers is not None:
                ctype = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            body = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0):
                raise EOFError(f"record {n + 1} is shorter than its Content-Length")
            if "html" not in ctype.lower() and not HTML_START.match(body[:2048]):
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            at = f"{where}#{n}"
            try:
                html = decode(body, at)
            except InputError as exc:
                yield exc
                continue
            doc = Document(id=f"{stem}-{n}", raw=html, format="warc", path=at, url=uri)
            warc_date = record.rec_headers.get_header("WARC-Date")
            if warc_date:
                doc.date = warc_date[:10]       # crawl date; clean() prefers the page's own
            yield doc
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield TruncatedInputError(f"WARC file is truncated or corrupt after {n} record(s) ({exc})",
                                  where=where, hint="the records before the damage were read")
        return
    if n == 0:
        yield EmptyInputError("no HTML response records in WARC", where=where)


def read_feed(data: bytes, stem: str, where: str, options: IngestOptions,
              base_url: str | None = None) -> Iterator[Item]:
    import feedparser
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        yield MalformedInputError(
            f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries",
            where=where, hint="check the file is a complete RSS or Atom document")
        return
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and type(problem).__name__ == "SAXParseException":
        yield MalformedInputError(
            f"feed is not well-formed XML ({problem}); the {len(entries)} entries found are read",
            where=where, hint="the file may be truncated; entries after the damage are lost")
    site = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        at = f"{where}#{n}"
        content = _entry_content(entry)
        link = entry.get("link")
        if link and base_url:
            from urllib.parse import urljoin
            link = urljoin(base_url, link)
        doc = Document(id=f"{stem}-{n}", raw=content, format="feed", path=at)
        if len(_strip_tags(content)) < FEED_CONTENT_MIN and link and options.fetch_links:
            try:
                page = fetch(link, options)
                doc.raw, doc.format, doc.path = decode(page.content, link), "url", link
                link = page.url
            except InputError as exc:
                if not content.strip():
                    exc.where = f"{at} ({exc.where})"
                    yield exc
                    continue
        if not doc.raw.strip():
            yield EmptyInputError("feed entry has no content and no fetchable link", where=at)
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        date = "%04d-%02d-%02d" % tuple(published[:3]) if published else None
        _fill(doc, title=entry.get("title"), url=link, date=date, site=site,
              author=entry.get("author"))
        yield doc


def read_url_list(data: bytes, stem: str, where: str, options: IngestOptions) -> Iterator[Item]:
    text = decode(data, where)
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        n += 1
        yield from read_url(url, f"{stem}-{n}", options, where=f"{where}:{lineno}")


def read_url(url: str, doc_id: str | None, options: IngestOptions, where: str | None = None) -> Iterator[Item]:
    """Fetch one URL: a feed gives its entries, a page gives one document."""
    if urlparse(url).scheme not in ("http", "https"):
        yield MalformedInputError(f"not an http(s) URL: {url!r}", where=where or url)
        return
    doc_id = doc_id or url_id(url)
    try:
        page = fetch(url, options)
        body = page.content
        if is_gzip(body):
            body = gunzip(body, url, options.max_bytes)
        if FEED_START.match(body[:4096].lstrip()) or any(
                t in page.content_type for t in ("rss", "atom", "application/xml", "text/xml")):
            yield from read_feed(body, doc_id, url, options, base_url=page.url)
            return
        html = decode(body, url)
    except InputError as exc:
        if where and exc.where != where:
            exc.where = f"{where} ({exc.where})"
        yield exc
        return
    if not html.strip():
        yield EmptyInputError("empty page", where=url)
        return
    yield Document(id=doc_id, raw=html, format="url", path=url, url=page.url)


def url_id(url: str) -> str:
    """A readable, stable id for a URL: its last path segment, else its host."""
    parsed = urlparse(url)
    segment = [s for s in parsed.path.split("/") if s]
    base = segment[-1] if segment else parsed.netloc
    base = re.sub(r"\.(s?html?|php|aspx?)$", "", base, flags=re.I)
    return _safe_id(base) or "page"


def _safe_id(value: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", value).strip("._")[:120]


def _entry_content(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


def _fill(doc: Document, **fields: Any) -> None:
    for name, value in fields.items():
        if isinstance(value, (str, int)) and str(value).strip():
            setattr(doc, name, str(value).strip())


def as_bytes(path: Path, options: IngestOptions, where: str) -> bytes:
    """Read a file under the size cap, decompressing gzip."""
    from ..errors import TooLargeInputError
    size = path.stat().st_size
    if size > options.max_bytes:
        raise TooLargeInputError(f"file of {size:,} bytes exceeds the cap of {options.max_bytes:,}",
                                 where=where, hint="raise --max-bytes to read it")
    data = path.read_bytes()
    if is_gzip(data):
        data = gunzip(data, where, options.max_bytes)
    return data
