"""Web pages: thin views over the store's query methods, rendered with Jinja2.

Every page works without JavaScript; filters are plain GET forms, so a filtered view is
a URL an analyst can share.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..api import params
from ..api.errors import BadParameter, NotFound
from ..api.store_access import store_call
from ..errors import ArmsgraphError
from ..model import CLAIM_TYPES, STATUSES
from . import charts
from .render import claim_summary, document_html, sentence_index, snippet_html
from .templating import docurl, templates

router = APIRouter(include_in_schema=False)
DEALS_PER_PAGE = 25
QUOTE_DOCS_LOOKUP = 30
GRAPH_DEFAULT_TYPES = "transfer,deployment,test"


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("nav", name.split(".")[0])
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, error: ArmsgraphError, status: int) -> Response:
    return page(request, "error.html", status=status, error=error, status_code=status, nav="")


def pager(request: Request, found: dict[str, Any]) -> dict[str, Any]:
    """Previous/next links for a store Page, keeping the other query parameters."""
    query = {k: v for k, v in request.query_params.items() if k != "offset" and v != ""}
    limit, offset, total = found["limit"], found["offset"], found["total"]
    def link(new_offset: int) -> str:
        return "?" + urlencode({**query, "offset": new_offset})
    return {"first": offset + 1 if total else 0, "last": min(offset + limit, total), "total": total,
            "capped": found.get("total_capped", False),
            "prev": link(max(offset - limit, 0)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


def _form(request: Request, names: tuple[str, ...]) -> dict[str, str]:
    return {name: request.query_params.get(name, "").strip() for name in names}


def _states(request: Request) -> list[dict[str, Any]]:
    """Known states and organisations for the actor pickers (datalist)."""
    out = []
    for kind in ("state", "organisation"):
        out += store_call(request, "entities", kind=kind, limit=500)["items"]
    return out


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    stats = store_call(request, "stats")
    return page(request, "dashboard.html", stats=stats, nav="dashboard")


@router.get("/deals", response_class=HTMLResponse)
def deals(request: Request) -> HTMLResponse:
    form = _form(request, params.DEAL_FILTERS)
    limit, offset = params.page_args(request.query_params, DEALS_PER_PAGE)
    found = store_call(request, "deals", params.filters(form, params.DEAL_FILTERS),
                       limit=limit, offset=offset)
    export = urlencode({k: v for k, v in form.items() if v})
    return page(request, "deals.html", form=form, found=found, pager=pager(request, found),
                states=_states(request), statuses=STATUSES, types=CLAIM_TYPES,
                export_query=export, nav="deals")


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request) -> HTMLResponse:
    names = params.CLAIM_FILTERS
    form = _form(request, names)
    limit, offset = params.page_args(request.query_params, DEALS_PER_PAGE)
    found = store_call(request, "claims", params.filters(form, names), limit=limit, offset=offset)
    export = urlencode({k: v for k, v in form.items() if v})
    return page(request, "claims.html", form=form, found=found, pager=pager(request, found),
                states=_states(request), statuses=STATUSES, types=CLAIM_TYPES,
                export_query=export, summary=claim_summary, nav="claims")


@router.get("/deals/{deal_id}", response_class=HTMLResponse)
def deal(request: Request, deal_id: str) -> HTMLResponse:
    if not deal_id.isdigit():
        raise BadParameter(f"a deal id is a number, not {deal_id!r}", where=request.url.path)
    found = store_call(request, "deal", int(deal_id))
    if found is None:
        raise NotFound(f"no deal with id {deal_id}", where=request.url.path,
                       hint="pick one from the deals table")
    # quotes link to /documents/ID#s-N: find N from each document's sentence offsets
    # (the store's claim items carry offsets, not sentence indexes); past
    # QUOTE_DOCS_LOOKUP documents, links go through /documents/ID/at/OFFSET instead
    sentences: dict[str, list[dict[str, Any]]] = {}
    for doc in found.get("documents", [])[:QUOTE_DOCS_LOOKUP]:
        stored = store_call(request, "document", doc["id"])
        sentences[doc["id"]] = stored["sentences"] if stored else []
    for claim in found.get("claim_items", []):
        claim["sentence_index"] = sentence_index(sentences.get(claim["doc_id"], []), claim.get("start"))
    by_id = {c["id"]: c for c in found.get("claim_items", [])}
    for step in found.get("history", []):
        step["claims"] = [by_id.get(c["id"], c) for c in step.get("claims", [])]
    chart = charts.timeline(found.get("history", []))
    return page(request, "deal.html", deal=found, chart=chart, summary=claim_summary, nav="deals")


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request) -> HTMLResponse:
    form = _form(request, params.GRAPH_FILTERS)
    if "type" not in request.query_params:      # who arms and hosts whom, unless asked
        form["type"] = GRAPH_DEFAULT_TYPES
    data = store_call(request, "graph", params.filters(form, params.GRAPH_FILTERS))
    groups = charts.group_edges(data["edges"])
    drawing = charts.layout(data["nodes"], groups)
    selected_key = request.query_params.get("edge", "")
    selected = next((g for g in groups if g["key"] == selected_key), None)
    keep = urlencode({k: v for k, v in form.items() if v or k == "type"})
    return page(request, "graph.html", form=form, drawing=drawing, groups=groups,
                selected=selected, selected_key=selected_key, keep=keep, statuses=STATUSES,
                types=CLAIM_TYPES, default_types=GRAPH_DEFAULT_TYPES, nav="graph")


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request) -> HTMLResponse:
    form = _form(request, ("q", "site"))
    limit, offset = params.page_args(request.query_params, 50)
    found = store_call(request, "documents", limit=limit, offset=offset,
                       q=form["q"] or None, site=form["site"] or None)
    return page(request, "documents.html", form=form, found=found, pager=pager(request, found),
                nav="documents")


@router.get("/documents/{doc_id:path}/at/{offset:int}")
def document_at(request: Request, doc_id: str, offset: int) -> Response:
    """Redirect to the sentence of ``doc_id`` that holds character ``offset``."""
    from fastapi.responses import RedirectResponse
    found = store_call(request, "document", doc_id)
    if found is None:
        raise NotFound(f"no document with id {doc_id!r}", where=request.url.path)
    index = sentence_index(found.get("sentences", []), offset)
    anchor = f"#s-{index}" if index is not None else ""
    return RedirectResponse(f"{docurl(doc_id)}{anchor}", status_code=303)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    found = store_call(request, "document", doc_id)
    if found is None:
        raise NotFound(f"no document with id {doc_id!r}", where=request.url.path,
                       hint="pick one from the documents list")
    body = document_html(found.get("text") or "", found.get("sentences", []),
                         found.get("mentions", []), found.get("claims", []))
    for claim in found.get("claims", []):
        claim["sentence_index"] = sentence_index(found.get("sentences", []), claim.get("start"))
    kinds = sorted({m.get("kind") for m in found.get("mentions", []) if m.get("kind")})
    return page(request, "document.html", doc=found, body=body, kinds=kinds,
                summary=claim_summary, nav="documents")


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    """The upload page; it exists only on a server started with a token."""
    if not request.app.state.token:
        raise NotFound("this server is read-only", where=request.url.path,
                       hint="start it with --token (or ARMSGRAPH_TOKEN) to add articles")
    return page(request, "ingest.html", nav="ingest")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    q = request.query_params.get("q", "").strip()
    found, hits = None, []
    if q:
        limit, offset = params.page_args(request.query_params, 20)
        found = store_call(request, "search", q, limit=limit, offset=offset)
        hits = [{**h, "html": snippet_html(h.get("snippet"), h.get("text", ""))} for h in found["items"]]
    return page(request, "search.html", q=q, found=found, hits=hits,
                pager=pager(request, found) if found else None, nav="search")

