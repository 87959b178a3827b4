"""Main text and metadata from HTML with trafilatura (a chain of fallbacks)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.settings import use_config

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")     # no signal-based timeout (threads/tests)


@dataclass
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    site: str | None = None


def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """Article text + metadata.

    1. trafilatura with metadata, balanced settings;
    2. when that finds little (< 200 characters) but the page has more text, trafilatura
       favouring recall, and the longer of the two results is kept;
    3. nothing at all: empty text (the caller records skip_reason "empty").
    """
    result = _bare(html, url)
    text = (result or {}).get("text") or ""
    if len(text) < 200:
        recall = _bare(html, url, favor_recall=True)
        if recall and len(recall.get("text") or "") > len(text):
            result, text = recall, recall.get("text") or ""
    meta = result or {}
    return Extracted(text=text, title=_clean(meta.get("title")), author=_clean(meta.get("author")),
                     date=_clean(meta.get("date")), url=_clean(meta.get("url")),
                     site=_clean(meta.get("sitename") or meta.get("hostname")))


def _bare(html: str | bytes, url: str | None, **settings: Any) -> dict[str, Any] | None:
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, config=_CONFIG, **settings)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def _clean(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
