"""How request handlers reach the store: one Store per app, opened by `create_app`.

The Store serialises its own calls with a lock, so handlers (which FastAPI runs in a
thread pool) share it. Handlers never manage connections; they call `store_call`.
"""
from __future__ import annotations

from typing import Any

from fastapi import Request


def store_of(request: Request) -> Any:
    return request.app.state.store


def store_call(request: Request, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``store.<method>(*args, **kwargs)`` on the app's store."""
    return getattr(store_of(request), method)(*args, **kwargs)
