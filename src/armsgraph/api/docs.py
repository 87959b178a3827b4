"""/docs: the API reference rendered in the browser from /openapi.json by a small
script of ours (FastAPI's default page would load Swagger UI from a CDN)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    from ..ui.templating import templates
    return templates.TemplateResponse(request, "docs.html", {"nav": "docs"})
