"""Help named on the place a system is made at: "two hulls are assembled at a yard in
Alexandria with German technical support" (the parser hangs the help on the yard, not on
the verb). Only help words count ("support", "assistance", "help"): "a plant with 500
workers" names no partner. ``plant_sides``: the states of the plant a making verb names
(its place, its builder, the partners it was set up with).
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopparts import PARTNER_NOUNS, VENTURE_NOUNS, actors_of_phrases, is_joint, partner_phrases, venture_states
from .garrisons import subject_actors_of
from .makers import named_below, own_category
from .typeroles import place_objects, places_of

PLACE_PREPS = {"at", "in"}


def place_partner_phrases(verb) -> list:
    """The helpers of "with X help" phrases on the places of a make verb."""
    out: list = []
    places = made_places(verb)
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


def made_places(verb) -> list:
    """The places of a make verb ("at a plant", "in Cairo"); the parser may hang the place
    on a licence phrase ("built under licence at a plant")."""
    return place_objects(verb, PLACE_PREPS) + [
        p for o in patterns.prep_objects(verb, {"under"}) for p in place_objects(o, PLACE_PREPS)]


def plant_states(ctx, verb) -> list[str]:
    """The states of the plants a make verb places the making at ("assembled at a plant
    in Cairo"): a plant is a production category, which the place reading skips."""
    return [a for p in made_places(verb) if p.pos_ == "NOUN" and
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


PLANT_PREPS = {"at", "in"}
SETTING_UP = {"set", "establish", "build", "create", "open", "found"}


def plant_sides(ctx: Context, verb) -> list[str]:
    """The states of the production plant a make verb describes (a relative clause on
    it) or names as its place ("at a plant in X"): the plant's state, the builder that
    sets it up ("X has started construction of a plant ...") and the partners it was
    set up with ("... set up with Iranian engineers")."""
    plants = [verb.head] if verb.dep_ in ("relcl", "acl") else []
    # (the parser may hang "at a plant in X set up with Y" on the "set up" clause)
    holders = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
    plants += [p for h in holders for p in place_objects(h, PLANT_PREPS)]
    plants = [p for p in plants if p.pos_ == "NOUN" and own_category(ctx, p) == "category:production"]
    found: list[str] = []
    if not plants and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        # "Rheinmetall opened a factory in Kecskemet to produce Lynx vehicles": the plant
        # the governing verb sets up, placed on it or on that verb
        plants = [o for o in patterns.slot_fillers(verb.head, "dobj")
                  if o.pos_ == "NOUN" and own_category(ctx, o) == "category:production"]
        if plants:
            found += places_of(ctx, verb.head, {"in", "near", "at", "outside"})
    if plants:
        # "producing drones at a factory near Cairo set up with AVIC": the parser may hang
        # the clause that sets the plant up on the verb above
        holders += [c for c in verb.head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and c.i > plants[0].i and c.lemma_.lower() in SETTING_UP and verb.head.i != verb.i]
        found += [a for h in holders[1:] for a in actors_of_phrases(ctx, partner_phrases(h))]
    for plant in plants[:1]:
        found += places_of(ctx, plant, {"in", "near", "at", "outside"})
        node = plant
        for _ in range(3):       # "started construction of a plant", "opened a factory"
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB":
                found += [a for a in subject_actors_of(ctx, node) if a not in found]
                break
        for clause in (c for c in plant.children if c.dep_ in ("acl", "relcl") and c.i != verb.i):
            found += [a for a in actors_of_phrases(ctx, partner_phrases(clause)) if a not in found]
    return list(dict.fromkeys(found + venture_place_states(ctx, verb)))
