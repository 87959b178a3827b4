"""The FastAPI application: JSON API under /api, the web UI at /, API docs at /docs.

`create_app(store_url=None, token=None)` opens one Store for the app's life. Without a
token the app is read-only: no write route exists. With one, POST /api/ingest (and
POST /ingest) is added and checks the token on every call.
"""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ArmsgraphError, StoreError
from .errors import ApiError, BadParameter, MethodNotAllowed, NotFound, error_body

log = logging.getLogger("armsgraph.api")

#: Everything the pages load comes from this server: a CDN reference would be blocked.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
       "form-action 'self'")
JSON_PREFIXES = ("/api", "/openapi.json")     # elsewhere: HTML for browsers, JSON otherwise


def create_app(store_url: str | None = None, token: str | None = None,
               store: Any = None) -> FastAPI:
    """The app over the store at ``store_url`` (see ``open_store``) or an open ``store``.

    ``token``: enables POST /api/ingest, guarded by it. Empty means read-only.
    """
    owns_store = store is None
    if store is None:
        from ..store import open_store
        store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owns_store and hasattr(app.state.store, "close"):
            app.state.store.close()

    app = FastAPI(title="armsgraph", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="A sourced record of who arms, hosts, helps or drills with "
                              "whom. Every claim points to the sentence it came from. "
                              "Errors are JSON: {\"error\": {\"code\", \"message\", \"where\", "
                              "\"hint\", \"status\"}} with stable AG6xx/AG5xx codes.")
    app.state.store = store
    app.state.token = token or None
    app.state.write_lock = threading.Lock()

    _add_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    from . import docs, routes
    app.include_router(routes.router)
    if app.state.token:
        from .ingest import make_router
        app.include_router(make_router())
    app.include_router(docs.router)

    from ..ui import mount_ui
    mount_ui(app)
    return app


def _wants_json(request: Request) -> bool:
    if request.url.path.startswith(JSON_PREFIXES):
        return True
    return "text/html" not in request.headers.get("accept", "")


def _respond(request: Request, error: ArmsgraphError, status: int,
             headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(error, status), status_code=status, headers=headers)
    from ..ui.views import error_page
    return error_page(request, error, status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _respond(request, exc, exc.status, headers)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        # a bad filter value is the client's fault; anything else: the database is unusable
        status = 400 if exc.code == "AG506" else 503
        log.warning("store error on %s: %s", request.url.path, exc)
        return _respond(request, exc, status)

    @app.exception_handler(ArmsgraphError)
    async def other_error(request: Request, exc: ArmsgraphError) -> Response:
        return _respond(request, exc, 400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        where = None
        for item in exc.errors():
            loc = [str(part) for part in item.get("loc", ()) if part not in ("query", "path", "body")]
            name = ".".join(loc) or "request"
            where = where or f"{item.get('loc', ('',))[0]} parameter {name!r}"
            problems.append(f"{name}: {item.get('msg', 'invalid')}")
        error = BadParameter("; ".join(problems) or "invalid request", where=where,
                             hint="see /docs for the parameters this route takes")
        return _respond(request, error, 400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        path = request.url.path
        if exc.status_code == 404:
            hint = "see /docs for the routes"
            if path.rstrip("/") in ("/api/ingest", "/ingest"):
                hint = ("the server is read-only: start it with --token (or ARMSGRAPH_TOKEN) "
                        "to enable POST /api/ingest")
            error: ApiError = NotFound(f"nothing at {path}", where=path, hint=hint)
        elif exc.status_code == 405:
            hint = "this route only reads (GET)"
            if path.rstrip("/") in ("/api/ingest", "/ingest"):
                hint = "send the files with POST"
            error = MethodNotAllowed(f"{request.method} is not allowed on {path}", where=path,
                                     hint=hint)
        else:
            error = ApiError(str(exc.detail), where=path)
            error.code = "AG600" if exc.status_code >= 500 else "AG601"
        return _respond(request, error, exc.status_code, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        error = ApiError(f"internal error ({type(exc).__name__})", where=request.url.path,
                         hint="this is a bug; the server log has the details")
        return _respond(request, error, 500)


def serve(store_url: str | None = None, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, log_level: str = "warning") -> None:
    """Serve the API and web UI until interrupted (what `armsgraph serve` runs)."""
    import uvicorn
    app = create_app(store_url=store_url, token=token)
    shown = f"[{host}]" if ":" in host else host
    mode = "writes need the token" if token else "read-only"
    print(f"armsgraph web UI: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs   "
          f"({mode}; Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
