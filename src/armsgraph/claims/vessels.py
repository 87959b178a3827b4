"""Ships and what they carry, for :mod:`.deployment`: a navy's ships moored, docked or
berthed at a foreign port ("Two Chinese navy corvettes have been moored at Cambodia's Ream
Naval Base"), not new hulls delivered; and the named weapons a deployed platform carries
("the frigate Admiral Gorshkov, which carries Zircon missiles, docked in Durban")."""
from __future__ import annotations

from . import patterns
from .context import Context
from .typeroles import make_claim

NAVY_WORDS = {"navy", "naval", "navies", "fleet", "warship", "warships"}


def noun_phrase(obj) -> list:
    """The tokens of the phrase ``obj`` heads and the three before it in its sentence (the
    parser may split "a Turkish navy frigate" into two subjects)."""
    first = max(obj.sent.start, min(obj.left_edge.i, obj.i - 3))
    return list(obj.doc[first:obj.i]) + list(obj.subtree)


def navy_ships(obj, weapon, ctx: Context | None = None) -> bool:
    """Ships of a navy ("Chinese navy corvettes", "two Russian warships", "two Chinese
    corvettes": a state's own), not hulls being delivered ("the German-built frigates")."""
    named = weapon[1] is not None and not weapon[1].is_category
    if not named and weapon[0] != "category:ships":
        return False
    if any(t.lower_ in NAVY_WORDS for t in noun_phrase(obj)):
        return True
    if ctx is None or named:
        return False
    for child in (c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")):
        ref = ctx.ref_at(child)
        if ref is not None and ref.kind == "state" and ref.actor and not any(
                t.lemma_.lower() in MAKING for t in ctx.doc[ref.start:ref.end]):
            return True
    return False


MAKING = {"build", "make", "design", "produce", "supply", "manufacture", "built", "made", "designed"}


CARRYING = {"carry", "arm", "equip", "fire", "launch"}


def carried(ctx: Context, found) -> list[tuple]:
    """"The Russian Navy frigate Admiral Gorshkov, which carries Zircon missiles, docked in
    Durban": the named weapons a deployed platform carries are deployed with it."""
    out = []
    for claim, obj in list(found):
        for clause in (c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CARRYING
                       and (c.head.i == obj.i or c.head.dep_ in ("appos", "compound") and c.head.head.i == obj.i
                            or c.head.head.dep_ == "appos")):
            heads = patterns.slot_fillers(clause, "dobj") + patterns.prep_objects(clause, {"with"})
            for head in heads:
                for token in head.subtree:
                    ref = ctx.ref_at(token)
                    if ref is not None and ref.kind == "system" and not ref.is_category and token.i == ref.start \
                            and ref.id != claim.system:
                        carried = make_claim(ctx, "deployment", clause, claim.status, ref, confidence=0.45,
                                             actor=claim.actor, host=claim.host)
                        out.append((carried, head))
    return out
