"""The web UI: server-rendered pages (Jinja2) and static files, all served offline."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .templating import HERE


def mount_ui(app: FastAPI) -> None:
    """Add the pages and /static to ``app``."""
    from .views import router
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(router)
