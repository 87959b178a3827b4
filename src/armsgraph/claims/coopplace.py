"""Help named on the place a system is made at: "two hulls are assembled at a yard in
Alexandria with German technical support" (the parser hangs the help on the yard, not on
the verb). Only help words count ("support", "assistance", "help"): "a plant with 500
workers" names no partner.
"""
from __future__ import annotations

from . import patterns
from .coopparts import PARTNER_NOUNS, VENTURE_NOUNS, is_joint, venture_states
from .makers import named_below, own_category
from .typeroles import place_objects, places_of

PLACE_PREPS = {"at", "in"}


def place_partner_phrases(verb) -> list:
    """The helpers of "with X help" phrases on the places of a make verb."""
    out: list = []
    places = place_objects(verb, PLACE_PREPS)
    places += [inner for p in places for inner in place_objects(p, {"in", "near"})]   # "at a plant in Cairo with ..."
    for place in places:
        # "at the Azad Systems plant near Baku, a joint venture with Elbit Systems"
        out += [o for v in place.children if v.dep_ == "appos" and v.lemma_.lower() in VENTURE_NOUNS
                for o in patterns.prep_objects(v, {"with"})]
        for aid in patterns.prep_objects(place, {"with"}):
            if aid.lemma_.lower() not in PARTNER_NOUNS:
                continue
            out += patterns.prep_objects(aid, {"from", "of"})
            if any(c.dep_ in ("amod", "compound", "poss") for c in aid.children):
                out.append(aid)        # "with German technical support"
    return out


def plant_states(ctx, verb) -> list[str]:
    """The states of the plants a make verb places the making at ("assembled at a plant
    in Cairo"): a plant is a production category, which the place reading skips."""
    return [a for p in place_objects(verb, PLACE_PREPS) if p.pos_ == "NOUN" and
            own_category(ctx, p) == "category:production" for a in places_of(ctx, p, {"in", "near", "outside"})]


def line_product(ctx, facility) -> list[tuple]:
    """"the final assembly line it operates with Embraer ... has reached its production rate
    for the Gripen": a line that names nothing makes the named system of a "for" phrase of
    the clause it is the subject of."""
    if facility.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = facility.head
    phrases = [o for n in (verb, *patterns.slot_fillers(verb, "dobj")) for o in patterns.prep_objects(n, {"for"})]
    return [w for w in named_below(ctx, phrases) if w[1] is not None][:1]


def venture_place_states(ctx, verb) -> list[str]:
    """The states of a joint venture a make verb places the making at ("the remaining 172
    are built locally at the joint venture, owned by Rheinmetall with the Hungarian state
    as a partner")."""
    found: list[str] = []
    for venture in place_objects(verb, PLACE_PREPS):
        if venture.lemma_.lower() in VENTURE_NOUNS and is_joint(venture):
            found += [a for a in venture_states(ctx, venture, verb) if a not in found]
    return found
