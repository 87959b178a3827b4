"""The Jinja2 environment of the web UI (templates in ui/templates, autoescaped)."""
from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates

from .labels import label, with_code

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(label=label, with_code=with_code)
templates.env.filters.update(label=label)
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
