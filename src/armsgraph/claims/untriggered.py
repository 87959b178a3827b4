"""Weapons no trade word governs, read from where they stand.

- under a state's heading: "• FINLAND – 64 F-35A fighters from the United States" is an
  order of Finland (:func:`headed`);
- with a "from" phrase naming a state: "the Typhoons join Rafales from France" is a done
  transfer from France (:func:`sourced`).

Each returns ``(token, Trigger)`` for :func:`.transfer.claims_for`, or None.
"""
from __future__ import annotations

from . import parties, patterns, roles
from .context import Context, Ref
from .triggers import Trigger

# a weapon listed under a state's heading ("• PERU – 24 FA-50 jets from Korea"): on order
HEADED = Trigger("heading", "NOUN", "get", "agreed", None)
# a named weapon "from" a state with no verb of trade ("the Typhoons join Rafales from France")
SOURCED = Trigger("from", "ADP", "get", "done", None)
# verbs whose object "from" a state moved or was used against someone: not its origin
MOVING = {"fly", "move", "bring", "withdraw", "pull", "return", "redeploy", "evacuate"}
HOSTILE = {"shoot", "intercept", "destroy", "strike", "hit", "attack", "kill", "target", "capture",
           "seize", "fire", "launch", "use"}


def sourced(ctx: Context, ref: Ref) -> tuple | None:
    """A named weapon whose own phrase says which state it came from, governed by no trade
    word ("... join Rafales from France and F-15QA fighters from the United States"): a
    done transfer from that state (the "from" stands as the trigger)."""
    if ref.is_category:
        return None
    head = parties.root_of(ctx, ref)
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    verb = patterns.clause_verb(head)
    if verb is not None and (verb.lemma_ in HOSTILE or any(
            ctx.ref_at(s) is not None and ctx.ref_at(s).actor for s in patterns.subjects(verb))):
        return None   # "Ukraine shot down drones from Iran": not its own; a state's verb is read elsewhere
    holders = [head] + ([head.head] if head.dep_ == "dobj" and head.head.lemma_ not in MOVING else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        states = [ctx.ref_at(o) for o in prep.children if o.dep_ == "pobj"]
        if states and all(s is not None and s.kind == "state" for s in states):
            return prep, SOURCED
    return None


def headed(ctx: Context, ref: Ref) -> tuple | None:
    """A named weapon in the opening line of a paragraph headed by a state ("• FINLAND –
    64 F-35A fighters from the United States"), outside any clause of its own: an order of
    that state, read from the heading (the state's token stands as the trigger)."""
    if ref.is_category:
        return None
    sentence = ctx.sentence_of(ctx.doc[ref.start])
    heading = roles.heading_state(ctx, ctx.doc[ref.start])
    if heading is None or not roles.opens_paragraph(ctx, sentence):
        return None
    node = parties.root_of(ctx, ref)
    if any(a.pos_ in ("VERB", "AUX") and a.i > ref.start for a in node.ancestors):
        return None   # "... , the first of which arrived in May": a clause of its own
    state = next(r for r in ctx.refs_in(sentence.start, sentence.end) if r.kind == "state")
    return ctx.doc[state.start], HEADED
