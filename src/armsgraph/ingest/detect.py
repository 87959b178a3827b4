"""Choose a reader from the content first, the file extension second."""
from __future__ import annotations

import re
from pathlib import Path

URL_LINE = re.compile(r"^https?://\S+$", re.I)
HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                        re.I | re.S)
FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.I | re.S)

# extensions after removing a trailing .gz
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".urls": "urls",
}


def split_name(path: Path) -> tuple[str, str]:
    """('stem', '.ext') without a trailing .gz: 'a.warc.gz' -> ('a', '.warc')."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    p = Path(name)
    return (p.stem, p.suffix.lower()) if p.suffix else (name, "")


def detect(data: bytes, path: Path) -> str:
    """Format of already-decompressed bytes: warc | feed | html | jsonl | urls | text."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    _, ext = split_name(path)
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if FEED_START.match(head):
        return "feed"
    if HTML_START.match(head):
        return "html"
    by_ext = EXTENSIONS.get(ext)
    if by_ext in ("warc", "feed", "html"):
        return by_ext          # the reader reports malformed content itself
    if by_ext == "jsonl" or (head.lstrip().startswith(b"{") and ext not in (".txt", ".md")):
        return "jsonl"
    if by_ext == "urls" or _is_url_list(head):
        return "urls"
    return "text"


def _is_url_list(head: bytes) -> bool:
    lines = [ln.strip() for ln in head.decode("utf-8", "replace").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and all(URL_LINE.match(ln) for ln in lines)
