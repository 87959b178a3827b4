"""Where visiting ships drill: the port they call at (``data/port_calls.tsv``), for
:mod:`.exercise` ("A Pakistan Navy frigate exercised with Sri Lankan units after a port
call in Colombo", "Two Chinese warships docked in Karachi and held drills with the
Pakistani navy", "conducted a passing exercise with the Omani navy after calling at
Muscat", "the frigate visited Cochin and drilled with ...").
"""
from __future__ import annotations

from functools import lru_cache

from .context import Context
from .triggers import data_lines
from .typeroles import noun_category, places_of

PORT_PREPS = {"in", "at"}


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for row in data_lines("port_calls.tsv"):
        if len(row) >= 2:
            table.setdefault(row[0], set()).add(row[1].lower())
    return table


def _calls(token) -> bool:
    """A word that puts ships in a port: "docked", "called at", "a port call", "stopover",
    "the frigate visited"."""
    words = _words()
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma in words.get("verb", ()):
            return lemma != "call" or any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)
        if lemma in words.get("visit", ()):     # "the frigate visited Muscat"
            return any(noun_category(t) == "category:ships" for c in token.children if c.dep_ == "nsubj"
                       for t in c.subtree)
        return False
    if token.pos_ == "NOUN" and lemma in words.get("call", ()):
        return lemma in words.get("stay", ()) or \
            any(c.dep_ == "compound" and c.lemma_.lower() == "port" for c in token.children)
    return False


def port_call_host(ctx: Context, noun) -> list[str]:
    """The one state whose port the drill's sentence puts ships in ("after a port call in
    Colombo": LKA), or nothing."""
    found: list[str] = []
    clause = _clause(noun)
    for token in noun.sent:
        if not _calls(token) or not _linked(token, clause):
            continue
        places = places_of(ctx, token, PORT_PREPS | ({"to"} if token.pos_ == "NOUN" else set()))
        if not places and token.pos_ == "VERB":      # "visited Muscat"
            places = [a for o in token.children if o.dep_ == "dobj" for a in places_of_object(ctx, o)]
        found += [p for p in places if p not in found]
    return found if len(found) == 1 else []


def places_of_object(ctx: Context, obj) -> list[str]:
    ref = ctx.ref_at(obj)
    return [ref.actor] if ref is not None and ref.kind in ("place", "state") and ref.actor else []


def _clause(token):
    """The verb of the clause a word is in (the word itself if it is one)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _linked(call, clause) -> bool:
    """The port call belongs to the drill's clause: inside it, not across a clause joined
    to it ("held their drill off X, and a frigate exercised ... after a port call in Y":
    the frigate's call), or the drill's clause is joined to the call's ("docked in Karachi
    and held drills")."""
    if clause.dep_ == "conj" and clause.head.i == _clause(call).i:
        return True
    node = call
    while node.i != clause.i:
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj":
            return False
        node = node.head
    return True
