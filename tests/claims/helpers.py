"""Run the real pipeline (spaCy model + entity layer) on sentences written for the tests."""
from __future__ import annotations

from armsgraph.model import Document
from armsgraph.pipeline import analyse


def claims_of(text: str, date: str | None = "2024-03-01", type: str | None = "transfer",
              title: str | None = None):
    document = Document(id="t", text=text, date=date, title=title)
    [document] = list(analyse([document]))
    return [c for c in document.claims if type is None or c.type == type]


def keys(text: str, **kwargs) -> set[tuple]:
    """(supplier, recipient, system, status) of the transfer claims of ``text``."""
    return {(c.supplier, c.recipient, c.system, c.status) for c in claims_of(text, **kwargs)}
