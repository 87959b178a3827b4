"""GET /api/export: the store writes the export to a temporary file that is streamed
back and deleted once sent."""
from __future__ import annotations

import os
import tempfile

from fastapi import Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from .store_access import store_call


def export_file(request: Request, what: str, format: str, media_type: str,
                filters: dict | None = None) -> FileResponse:
    handle, path = tempfile.mkstemp(prefix=f"armsgraph-{what}-", suffix=f".{format}")
    os.close(handle)
    try:
        store_call(request, "export", what, format, path, filters or None)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(path, media_type=media_type, filename=f"armsgraph-{what}.{format}",
                        background=BackgroundTask(os.unlink, path))
