"""Weapons no trade word governs, read from where they stand.

- under a state's heading: "• FINLAND – 64 F-35A fighters from the United States" is an
  order of Finland (:func:`headed`);
- with a "from" phrase naming a state: "the Typhoons join Rafales from France" is a done
  transfer from France (:func:`sourced`);
- in service: "the howitzers have been in service since 2021", "Thailand's VT-4 tanks
  remain in service", "the first battery was declared operational at Holzdorf" have
  arrived (:func:`in_service`).

Each returns ``(token, Trigger)`` for :func:`.transfer.claims_for`, or None.
"""
from __future__ import annotations

from . import parties, patterns, recall, roles
from .context import Context, Ref
from .triggers import Trigger

# a weapon listed under a state's heading ("• PERU – 24 FA-50 jets from Korea"): on order
HEADED = Trigger("heading", "NOUN", "get", "agreed", None)
# a named weapon "from" a state with no verb of trade ("the Typhoons join Rafales from France")
SOURCED = Trigger("from", "ADP", "get", "done", None)
# a weapon in service with its holder: delivered (the holder found as for an arrival)
IN_SERVICE = Trigger("service", "VERB", "arrive", "done", None)
BEING = {"be", "remain", "stay", "become", "declare"}
# a first batch already at a place of its buyer ("the first eight Mi-171Sh are already in Lima")
ALREADY_THERE = Trigger("already", "VERB", "arrive", "done", None)
FIRST_WORDS = {"first", "initial"}
SERVICE_WORDS = {"service", "operation"}
# verbs whose object "from" a state moved or was used against someone: not its origin
MOVING = {"fly", "move", "bring", "withdraw", "pull", "return", "redeploy", "evacuate"}
HOSTILE = {"shoot", "intercept", "destroy", "strike", "hit", "attack", "kill", "target", "capture",
           "seize", "fire", "launch", "use"}


def standing(ctx: Context, ref: Ref) -> tuple | None:
    """The first of :func:`headed`, :func:`sourced` and :func:`in_service` that reads the
    weapon, or None."""
    return headed(ctx, ref) or sourced(ctx, ref) or in_service(ctx, ref) or already_there(ctx, ref)


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


def in_service(ctx: Context, ref: Ref) -> tuple | None:
    """A weapon a clause says is in service or operational, with a holder to give it: one
    the phrase names ("with the Indonesian air force", "Thailand's VT-4s", "at Holzdorf air
    base") or the one of the deal it was recalled from ("the howitzers"). The clause's verb
    stands as the trigger."""
    head = parties.root_of(ctx, ref)
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in BEING or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    operational = any(c.dep_ in ("acomp", "oprd") and c.lower_ == "operational" for c in verb.children)
    serving = any(o.lemma_.lower() in SERVICE_WORDS for o in patterns.prep_objects(verb, {"in"}))
    if not (operational or serving) or verb.lemma_.lower() == "declare" and not operational:
        return None
    named = [o for o in patterns.prep_objects(verb, {"with", "at", "in"}) for t in o.subtree
             if roles.actors_of(ctx, t)]
    if not (named or parties.implicit_recipients(ctx, ref, [], None) or ref.is_category and recall.definite(ctx, ref)):
        return None
    return verb, IN_SERVICE


def already_there(ctx: Context, ref: Ref) -> tuple | None:
    """The first of a batch a clause says is already in a place of a state ("the first
    eight Mi-171Sh are already in Lima"): arrived there (the place gives the receiver, the
    deal before the seller). The clause's verb stands as the trigger."""
    head = parties.root_of(ctx, ref)
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.lower_ == "already" for c in verb.children) or \
            not any(t.lower_ in FIRST_WORDS for t in head.subtree if t.i < head.i):
        return None
    if not any(roles.actors_of(ctx, t) for o in patterns.prep_objects(verb, {"in", "at"}) for t in o.subtree):
        return None
    return verb, ALREADY_THERE
