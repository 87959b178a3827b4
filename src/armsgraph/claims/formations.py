"""Deployments told through the units that carry them rather than through a moving verb.

- ``lead`` (``data/deployment.tsv``): a state that leads or commands a force placed in
  another state has forces there: "Britain leads the NATO battlegroup in Estonia",
  "Canada leads the one in Latvia" ("the one" after a unit just placed);
- ``grow``: a unit placed before that is to grow or be expanded deploys more of its
  owner's forces where it is: "The brigade is meant to grow to 5,000 soldiers, with
  Leopard tanks, by 2027", "Spain has pledged to expand it into a brigade" -> troops
  and the systems of its "with" phrase, status from the cue ("meant to", "pledged").

Both read the units :class:`.garrisons.Garrisons` remembered for the document.
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .garrisons import Garrisons, subject_actors_of
from .typeroles import agent_actors, make_claim, noun_category, owners_of, places_of, statuses_of

UNIT_LOOK_BACK = 2       # sentences a "the one in X" may look back for the unit it stands for


def lead_claims(ctx: Context, verb, trigger, units: Garrisons, number: int) -> list[tuple]:
    """(claim, object) for "X leads / commands the (NATO) battlegroup in Y"."""
    if verb.pos_ != "VERB":
        return []
    passive = patterns.is_passive(verb)       # "NATO's battlegroup in Lithuania is led by Germany"
    actors = agent_actors(ctx, verb) if passive else subject_actors_of(ctx, verb)
    out = []
    for obj in patterns.slot_fillers(verb, "subjpass" if passive else "dobj"):
        if noun_category(obj) != "category:troops" and not (
                obj.lower_ == "one" and any(0 <= number - e.sentence <= UNIT_LOOK_BACK for e in units.entries)):
            continue
        hosts = places_of(ctx, obj, {"in", "on", "at", "inside"}, exclude=tuple(actors))
        for status in statuses_of(verb, trigger.status, "recipient")[:1]:
            for actor in actors:
                for host in hosts:
                    if actor != host and actor not in ("NATO", "EU", "UN"):
                        out.append((make_claim(ctx, "deployment", verb, status, "category:troops",
                                               confidence=0.5, actor=actor, host=host), obj))
    return out


def grow_claims(ctx: Context, verb, trigger, units: Garrisons, number: int) -> list[tuple]:
    """(claim, unit) for a unit placed before that grows or is expanded."""
    if verb.pos_ != "VERB":
        return []
    objects = patterns.slot_fillers(verb, "dobj")
    unit = objects[0] if objects else _subject(verb)
    if unit is None:
        return []
    entry = units.recall(number, unit)
    if entry is None:
        return []
    statuses = statuses_of(verb, trigger.status, "recipient")[:1]
    out = []
    weapons = [("category:troops", None)]
    for obj in patterns.prep_objects(verb, {"with"}):     # "with Leopard 2A8 tanks"
        for token in obj.subtree:
            ref = ctx.ref_at(token)
            if ref is not None and ref.kind == "system" and not ref.is_category and token.i == ref.start \
                    and (not owners_of(ctx, obj) or entry.actor in owners_of(ctx, obj)):
                weapons.append((ref.id, ref))
    for status in statuses:
        for system, ref in weapons:
            claim = make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.5,
                               actor=entry.actor, host=entry.host)
            if ref is not None:
                claim.quantity = None
            out.append((claim, unit))
    return out


def _subject(verb):
    """The subject of a verb or of the clause it is controlled by or coordinated with
    ("the brigade was established ... and is meant to grow")."""
    node = verb
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found[0]
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None
