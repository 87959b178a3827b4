"""Drills at sea: the coastal states of the sea a drill is held in (``data/seas.tsv``,
"off the coast of X", "along Iran's coast") and the host GUIDELINES give it: a coastal
participant first, else the coastal state named nearest to the drill. Used by
:mod:`.exercise`."""
from __future__ import annotations

from functools import lru_cache

from . import patterns, roles
from .context import Context
from .garrisons import dateline
from .triggers import data_lines
from .typeroles import place_objects, places_of

PLACE_PREPS = {"in", "on", "at", "near", "off", "over", "across", "inside", "within", "throughout", "along"}
SEA_WORDS = {"sea", "seas", "gulf", "ocean", "strait", "straits", "bay", "waters", "coast"}


@lru_cache(maxsize=1)
def seas() -> dict[str, list[str]]:
    """Sea / gulf / ocean place id -> coastal states (``data/seas.tsv``; ["*"] = any)."""
    return {"place:" + row[0].lower(): row[1].split() for row in data_lines("seas.tsv") if len(row) >= 2}


def sea_at(ctx: Context, carriers: list) -> list[str] | None:
    """Coastal states of the sea named by the place phrases of ``carriers``."""
    table = seas()
    # "off the coast of Japan", "off Crete", "in the Arabian Sea off Karachi / off India's
    # west coast": at sea next to the state named, whatever the sea
    for holder in carriers + [o for c in carriers for o in place_objects(c, PLACE_PREPS - {"off"})]:
        if place_objects(holder, {"off"}):
            found = places_of(ctx, holder, {"off"})
            if found:
                return found
    for carrier in carriers:
        for obj in place_objects(carrier, PLACE_PREPS):
            ref = ctx.ref_at(obj)
            known = ref is not None and ref.kind == "place" and ref.id in table
            slug = "place:" + "-".join(t.lower_ for t in obj.subtree if t.dep_ != "det" and t.is_alpha)
            if not known and ref is None and slug in table:      # "the Sea of Japan"
                ref, known = None, True
            if not known and obj.lemma_.lower() not in SEA_WORDS:
                continue
            # "the Sea of Japan", "the Gulf of Oman": the state in the name first
            coastal = [a for named in patterns.prep_objects(obj, {"of"})
                       for a in roles.actors_of(ctx, named)]
            # "near the Japanese coast", "along Iran's coast": the state that owns it
            coastal += [ctx.ref_at(c).actor for c in obj.children if c.dep_ in ("amod", "compound", "poss")
                        and ctx.ref_at(c) is not None and ctx.ref_at(c).actor and c.pos_ != "PRON"
                        and ctx.ref_at(c).actor not in coastal]
            if known:
                coastal += [a for a in table[ref.id if ref is not None else slug] if a not in coastal]
            return coastal
    return None


def coastal_host(ctx: Context, noun, participants: list[str], coastal: list[str]) -> str:
    """A coastal participant first, else the coastal state named nearest to the drill; off
    a coast of no known state, the participant the report is filed from. ("off Hawaii": a
    place names its state.)"""
    anywhere = "*" in coastal
    if not coastal:
        # "CAPE TOWN - Warships from Russia and China joined the South African Navy off the
        # coast of the Eastern Cape": a coast of no state known, the dateline's participant
        span = dateline(ctx)
        home = list(dict.fromkeys(r.actor for r in ctx.refs if r.start in span and r.actor
                                  and r.kind in ("state", "place") and r.actor in participants))
        if len(home) == 1:
            return home[0]
    for actor in participants:
        if anywhere or actor in coastal:
            return actor
    best, distance = None, None
    for ref in ctx.refs:
        if ref.kind not in ("state", "place") or not (anywhere or ref.actor in coastal):
            continue
        gap = abs(ref.start - noun.i)
        if distance is None or gap < distance:
            best, distance = ref.actor, gap
    return best or "UNK"
