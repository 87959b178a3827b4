"""Main text and metadata from HTML with trafilatura (a chain of fallbacks)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.settings import use_config

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")     # no signal-based timeout (threads/tests)


PRECISION_MIN_SHARE = 0.2
SECOND_PASS_BELOW = 1000


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

    1. trafilatura favouring precision (drops more page furniture; the best single
       setting on the article-extraction benchmark);
    2. when that gave under ``SECOND_PASS_BELOW`` characters, trafilatura with balanced
       settings; its result replaces the first when the first kept less than
       ``PRECISION_MIN_SHARE`` of it or under 200 characters (precision mode then threw
       away the article itself);
    3. both empty (trafilatura declines very short fragments, such as a one-paragraph
       feed entry): the visible text of the markup, one line per block element, without
       scripts, styles, navigation, headers, footers, asides and forms;
    4. nothing at all: empty text (the caller records skip_reason "empty").
    Comments are never included.
    """
    precise = _bare(html, url, favor_precision=True)
    p_text = (precise or {}).get("text") or ""
    balanced = _bare(html, url) if len(p_text) < SECOND_PASS_BELOW else None
    b_text = (balanced or {}).get("text") or ""
    use_balanced = len(b_text) > len(p_text) and (
        len(p_text) < PRECISION_MIN_SHARE * len(b_text) or len(p_text) < 200)
    result = balanced if use_balanced else (precise or balanced)
    text = b_text if use_balanced else p_text
    if not text.strip():
        text = plain_text(html)
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


BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br",
          "section", "article", "pre", "dd", "dt", "figcaption", "td", "th"}
SKIP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")


def plain_text(html: str | bytes) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    import lxml.html
    from lxml import etree
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, *SKIP, with_tail=False)
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            if element.tag in BLOCKS:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if element.tag in BLOCKS:
                parts.append("\n")
            if element.tail:
                parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
