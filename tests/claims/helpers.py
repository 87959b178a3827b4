"""Run the real pipeline (spaCy model + entity layer) on sentences written for the tests."""
from __future__ import annotations

from armsgraph.model import Document
from armsgraph.pipeline import analyse
from armsgraph.store.families import family_of


def claims_of(text: str, date: str | None = "2024-03-01", type: str | None = "transfer",
              title: str | None = None, family: bool = True):
    """The claims of ``text``; with ``family`` (the default) each system as its catalog
    family: construction tests are about roles and status, and the name a claim takes from
    its text is tested in test_naming.py."""
    document = Document(id="t", text=text, date=date, title=title)
    [document] = list(analyse([document]))
    found = [c for c in document.claims if type is None or c.type == type]
    if family:
        for claim in found:
            claim.system = family_of(claim.system)
    return found


def keys(text: str, **kwargs) -> set[tuple]:
    """(supplier, recipient, system, status) of the transfer claims of ``text``."""
    return {(c.supplier, c.recipient, c.system, c.status) for c in claims_of(text, **kwargs)}
