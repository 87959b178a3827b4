"""Helpers for the claim-type tests: run the real pipeline (entity layer + claims) on a
sentence written for the test and read back the scorer's keys."""
from __future__ import annotations

from armsgraph.claims import extract
from armsgraph.entities import annotate
from armsgraph.model import Document
from armsgraph.store.families import family_of


def claims_of(text: str, date: str | None = "2016-07-01", kind: str | None = None):
    document = Document(id="t", text=text, date=date)
    parsed = annotate(document)
    found = extract(document, parsed)
    for claim in found:   # (as families: the text's own name is tested in test_naming.py)
        claim.system = family_of(claim.system)
    return [c for c in found if kind is None or c.type == kind]


def deployments(text: str, **kw) -> set[tuple]:
    return {(c.actor, c.host, c.system, c.status) for c in claims_of(text, kind="deployment", **kw)}


def exercises(text: str, **kw) -> set[tuple]:
    return {(tuple(c.participants), c.host) for c in claims_of(text, kind="exercise", **kw)}


def cooperations(text: str, **kw) -> set[tuple]:
    return {(tuple(c.partners), c.system, c.status) for c in claims_of(text, kind="cooperation", **kw)}


def claimed_tests(text: str, **kw) -> set[tuple]:
    return {(c.actor, c.system) for c in claims_of(text, kind="test", **kw)}
