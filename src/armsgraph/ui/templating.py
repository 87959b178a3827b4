"""The Jinja2 environment of the web UI (templates in ui/templates, autoescaped)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi.templating import Jinja2Templates

from .labels import label, with_code

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(label=label, with_code=with_code)


def docurl(doc_id: str) -> str:
    """The page of a document; any id (slashes, '#', spaces) survives the round trip."""
    return "/documents/" + quote(str(doc_id), safe="")


def web_url(url: str | None) -> str:
    """``url`` when it is an http(s) address, else "" (no javascript: or data: links)."""
    text = (url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


templates.env.filters.update(label=label, docurl=docurl, web_url=web_url)
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
