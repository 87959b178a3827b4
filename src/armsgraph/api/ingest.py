"""POST /api/ingest (also POST /ingest): upload files, run the pipeline, store the result.

Registered only when the app is created with a token. Every call must carry it, as
``Authorization: Bearer TOKEN`` or ``X-Armsgraph-Token: TOKEN``; none -> 401 (AG603),
a wrong one -> 403 (AG604). Writes run one at a time.
"""
from __future__ import annotations

import hmac
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile as StarletteUpload

from .errors import BadParameter, TokenMissing, TokenWrong, UploadRejected
from .store_access import store_of

MAX_UPLOAD_BYTES = int(os.environ.get("ARMSGRAPH_MAX_UPLOAD", str(50 * 1024 * 1024)))
CHUNK = 1 << 16


def require_token(request: Request) -> None:
    """Dependency: the request carries the server's token."""
    expected: str = request.app.state.token
    given = request.headers.get("x-armsgraph-token")
    auth = request.headers.get("authorization", "")
    if given is None and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given:
        raise TokenMissing("this write needs the server's token", where=request.url.path,
                           hint="send 'Authorization: Bearer TOKEN' or 'X-Armsgraph-Token: TOKEN'")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise TokenWrong("the token is wrong", where=request.url.path,
                         hint="use the token the server was started with (--token or "
                              "ARMSGRAPH_TOKEN)")


def _safe_name(name: str | None, index: int) -> str:
    base = Path(name or "").name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")
    return base or f"upload-{index}"


async def _save(files: list[StarletteUpload], folder: Path) -> list[Path]:
    paths, total = [], 0
    for index, upload in enumerate(files):
        path = folder / _safe_name(upload.filename, index)
        while path.exists():
            path = path.with_name(f"{path.stem}_{index}{path.suffix}")
        with path.open("wb") as out:
            while chunk := await upload.read(CHUNK):
                total += len(chunk)
                if total > MAX_UPLOAD_BYTES:
                    raise UploadRejected(f"the upload is larger than {MAX_UPLOAD_BYTES} bytes",
                                         where=upload.filename or f"file {index}",
                                         hint="send fewer files per request or raise "
                                              "ARMSGRAPH_MAX_UPLOAD on the server")
                out.write(chunk)
        paths.append(path)
    return paths


def _analyse_and_store(request: Request, paths: list[Path]) -> dict[str, Any]:
    from ..pipeline import run
    with request.app.state.write_lock:
        documents, errors = run([str(p) for p in paths])
        report = store_of(request).ingest_documents(documents)
    body = report.to_json() if hasattr(report, "to_json") else dict(report)
    body["documents"] = [d.id for d in documents]
    body["input_errors"] = [str(e) for e in errors]
    return body


UPLOAD_SCHEMA = {"requestBody": {"required": True, "content": {"multipart/form-data": {
    "schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "Articles: text, HTML, WARC, RSS/Atom or JSONL files."}}}}}}}


def make_router() -> APIRouter:
    router = APIRouter(tags=["write"])

    async def ingest(request: Request) -> Any:
        """Run the pipeline on the uploaded files (form field ``files``) and store
        documents, claims and deals. Needs the server's token."""
        from starlette.concurrency import run_in_threadpool
        require_token(request)          # before the body is read
        try:
            form = await request.form(max_files=1000, max_fields=100)
        except Exception as exc:        # malformed multipart body
            raise BadParameter(f"cannot read the upload: {exc}", where="request body",
                               hint="send multipart/form-data with one or more 'files' fields") from exc
        files = [f for f in form.getlist("files") if isinstance(f, StarletteUpload)]
        if not files:
            raise BadParameter("no file uploaded", where="form field 'files'",
                               hint="send the articles as multipart form field 'files'")
        try:
            with tempfile.TemporaryDirectory(prefix="armsgraph-upload-") as tmp:
                paths = await _save(files, Path(tmp))
                return await run_in_threadpool(_analyse_and_store, request, paths)
        finally:
            await form.close()

    router.add_api_route("/api/ingest", ingest, methods=["POST"], summary="Upload and ingest files",
                         openapi_extra=UPLOAD_SCHEMA)
    router.add_api_route("/ingest", ingest, methods=["POST"], include_in_schema=False)
    return router
