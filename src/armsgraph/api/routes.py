"""The read-only JSON API: thin calls to the store's query methods.

Every list answers ``{"items", "total", "limit", "offset"}`` and takes ``limit``/``offset``.
Parameters are declared here so the OpenAPI spec (``/openapi.json``) documents them.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse

from ..model import CLAIM_TYPES, STATUSES
from . import params
from .errors import BadParameter, NotFound
from .store_access import store_call

router = APIRouter(prefix="/api", tags=["read"])

EXPORT_WHAT = ("claims", "deals")
EXPORT_FORMATS = {"jsonl": "application/x-ndjson", "csv": "text/csv",
                  "parquet": "application/vnd.apache.parquet", "graphml": "application/xml"}
TYPE_HELP = "Claim type: " + ", ".join(CLAIM_TYPES) + " (several: comma-separated)."
STATUS_HELP = "Status: " + ", ".join(STATUSES) + " (several: comma-separated)."

Limit = Query(50, ge=1, le=params.MAX_LIMIT, description="Items per page (1..500).")
Offset = Query(0, ge=0, description="Items to skip.")


def Since() -> Any:
    return Query(None, ge=1800, le=2200, description="From this year (inclusive).")


def Until() -> Any:
    return Query(None, ge=1800, le=2200, description="Up to this year (inclusive).")



def _filters(values: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return params.filters(values, names)


@router.get("/health", summary="Liveness and database reachability")
def health(request: Request) -> dict[str, Any]:
    found = store_call(request, "documents", limit=1, offset=0)
    return {"ok": True, "documents": found["total"]}


@router.get("/stats", summary="Counts, top suppliers/recipients, latest claims")
def stats(request: Request) -> dict[str, Any]:
    return store_call(request, "stats")


@router.get("/documents", summary="Stored documents (metadata only)")
def documents(request: Request,
              q: str | None = Query(None, description="Words in the title or id."),
              site: str | None = Query(None, description="Source outlet."),
              skipped: bool | None = Query(None, description="true: only documents skipped "
                                           "(language, duplicate, empty); false: only analysed."),
              limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    q = q.strip() if q and q.strip() else None
    site = site.strip() if site and site.strip() else None
    return store_call(request, "documents", limit=limit, offset=offset, q=q, site=site,
                      skipped=skipped)


@router.get("/documents/{doc_id:path}", summary="One document: text, sentences, mentions, claims")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    found = store_call(request, "document", doc_id)
    if found is None:
        raise NotFound(f"no document with id {doc_id!r}", where=f"/api/documents/{doc_id}",
                       hint="list ids with /api/documents")
    return found


@router.get("/claims", summary="Claims, filtered")
def claims(request: Request,
           type: str | None = Query(None, description=TYPE_HELP),
           status: str | None = Query(None, description=STATUS_HELP),
           supplier: str | None = Query(None, description="Supplier id, e.g. RUS."),
           recipient: str | None = Query(None, description="Recipient id, e.g. BLR."),
           actor: str | None = Query(None, description="Deploying/testing actor id."),
           host: str | None = Query(None, description="Host id."),
           system: str | None = Query(None, description="System family or alias."),
           category: str | None = Query(None, description="Category, e.g. category:aircraft."),
           since: int | None = Since(), until: int | None = Until(),
           text: str | None = Query(None, description="Words in the claim's sentence."),
           doc: str | None = Query(None, description="Document id."),
           hedged: bool | None = Query(None, description="true: only reported/unconfirmed "
                                       "claims; false: only firm ones."),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    found = _filters(locals(), params.CLAIM_FILTERS)
    return store_call(request, "claims", found, limit=limit, offset=offset)


@router.get("/deals", summary="Deals (claims merged across articles), filtered")
def deals(request: Request,
          type: str | None = Query(None, description=TYPE_HELP),
          status: str | None = Query(None, description=STATUS_HELP + " A deal matches when any dated step has it."),
          supplier: str | None = Query(None, description="Supplier id, e.g. RUS."),
          recipient: str | None = Query(None, description="Recipient id, e.g. BLR."),
          actor: str | None = Query(None, description="Deploying/testing actor id."),
          host: str | None = Query(None, description="Host id."),
          system: str | None = Query(None, description="System family or alias."),
          category: str | None = Query(None, description="Category, e.g. category:aircraft."),
          since: int | None = Since(), until: int | None = Until(),
          text: str | None = Query(None, description="Words in a supporting sentence."),
          contradiction: bool | None = Query(None, description="true: only deals whose sources "
                                             "contradict each other."),
          limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    found = _filters(locals(), params.DEAL_FILTERS)
    return store_call(request, "deals", found, limit=limit, offset=offset)


@router.get("/deals/{deal_id}", summary="One deal with its status history and quotes")
def deal(request: Request, deal_id: int) -> dict[str, Any]:
    found = store_call(request, "deal", deal_id)
    if found is None:
        raise NotFound(f"no deal with id {deal_id}", where=f"/api/deals/{deal_id}",
                       hint="list ids with /api/deals")
    return found


@router.get("/entities", summary="Entities (states, organisations, systems, ...)")
def entities(request: Request,
             kind: str | None = Query(None, description="state, organisation, person, "
                                                       "system, category, place, ..."),
             q: str | None = Query(None, description="Words in the id or label."),
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    kind = kind.strip() if kind and kind.strip() else None
    q = q.strip() if q and q.strip() else None
    return store_call(request, "entities", kind=kind, q=q, limit=limit, offset=offset)


@router.get("/search", summary="Full-text search over sentences")
def search(request: Request,
           q: str = Query(..., min_length=1, description="Words to find."),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    if not q.strip():
        raise BadParameter("q is empty", where="query parameter 'q'", hint="give words to find")
    return store_call(request, "search", q.strip(), limit=limit, offset=offset)


@router.get("/graph", summary="Network: supplier -> recipient and actor -> host edges")
def graph(request: Request,
          type: str | None = Query(None, description=TYPE_HELP),
          status: str | None = Query(None, description=STATUS_HELP),
          system: str | None = Query(None, description="System family or alias."),
          category: str | None = Query(None, description="Category."),
          since: int | None = Since(), until: int | None = Until(),
          limit: int = Query(2000, ge=1, le=20000, description="At most this many deals "
                             "(edges), lowest ids first.")) -> dict[str, Any]:
    found = _filters(locals(), params.GRAPH_FILTERS)
    return store_call(request, "graph", found, limit=limit)


@router.get("/export", summary="Download claims or deals (filters as on /api/claims)",
            response_class=FileResponse,
            responses={200: {"content": {mime: {} for mime in EXPORT_FORMATS.values()}}})
def export(request: Request,
           what: str = Query("claims", description="claims or deals"),
           format: str = Query("jsonl", description="jsonl, csv, parquet or graphml"),
           type: str | None = Query(None, description=TYPE_HELP),
           status: str | None = Query(None, description=STATUS_HELP),
           supplier: str | None = Query(None, description="Supplier id, e.g. RUS."),
           recipient: str | None = Query(None, description="Recipient id, e.g. BLR."),
           actor: str | None = Query(None, description="Any party."),
           host: str | None = Query(None, description="Host id."),
           system: str | None = Query(None, description="System family or alias."),
           category: str | None = Query(None, description="Category, e.g. category:aircraft."),
           since: int | None = Since(), until: int | None = Until(),
           text: str | None = Query(None, description="Words in a (supporting) sentence."),
           doc: str | None = Query(None, description="Document id.")) -> Any:
    from .exporting import export_file
    if what not in EXPORT_WHAT:
        raise BadParameter(f"cannot export {what!r}", where="query parameter 'what'",
                           hint="one of " + ", ".join(EXPORT_WHAT))
    if format not in EXPORT_FORMATS:
        raise BadParameter(f"unknown export format {format!r}", where="query parameter 'format'",
                           hint="one of " + ", ".join(EXPORT_FORMATS))
    names = params.CLAIM_FILTERS if what == "claims" else params.DEAL_FILTERS + ("doc",)
    found = _filters(locals(), names)
    return export_file(request, what, format, EXPORT_FORMATS[format], found)
