"""HTTP API and web UI: a thin FastAPI layer over the store's query methods."""
from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
