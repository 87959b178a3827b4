"""Forces moved from one foreign place to another, for :mod:`.deployment`: in "The
Pentagon will reposition a Patriot battery from Qatar to Jordan" or "Russia moved its
jets from Syria to Libya", the "from" phrase the parser hangs on the moved noun is where
the forces were, not whose they are: the mover (the subject) owns them."""
from __future__ import annotations

from . import patterns
from .context import Context
from .garrisons import subject_actors_of
from .triggers import lexicon
from .typeroles import missions, noun_category, owners_of, place_actors, place_objects, places_of

# verbs of the purpose a sending serves ("to patrol", "to guard"): frames mission and guard
# of data/deployment.tsv
MISSIONS = {lemma for (lemma, _), t in lexicon("deployment").items() if t.frame in ("mission", "guard")}


def _from_preps(verb, obj) -> list:
    return [c for node in (verb, obj) for c in node.children if c.dep_ == "prep" and c.lower_ == "from"]


def destinations(ctx: Context, verb, obj, exclude=()) -> list[str]:
    """Where forces moved "from A to B" go, when the parser hangs "to B" on the "from"
    phrase ("sent soldiers from Tallinn to Mali")."""
    return [a for prep in _from_preps(verb, obj) for a in places_of(ctx, prep, {"to", "into"}, exclude=tuple(exclude))]


def moved_from(ctx: Context, verb, obj) -> list[str]:
    """The subject's actors when ``obj``'s only owners are its "from" place and ``verb``
    also names where the forces go ("to Jordan"); else nothing."""
    if patterns.is_passive(verb) or not (place_objects(verb, {"to", "into"}) or destinations(ctx, verb, obj)):
        return []
    origins: list[str] = []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            ref = ctx.ref_at(place)
            if ref is None or ref.kind not in ("state", "place") or not ref.actor:
                return []      # "troops from the 82nd Airborne": a unit, not a place
            origins.append(ref.actor)
    if not origins or set(owners_of(ctx, obj)) - set(origins):
        return []
    return [a for a in subject_actors_of(ctx, verb) if a not in origins]


def mission_places(ctx: Context, verb, exclude=()) -> list[str]:
    """The state whose waters or airspace forces are sent to patrol or guard: "will send
    a frigate to patrol the waters off Libya", "sent jets to police Slovak airspace"."""
    found: list[str] = []
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        purposes = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "ccomp")]  # "to help guard"
        for purpose in (p for p in purposes if p.lemma_.lower() in MISSIONS):
            found += [a for a in places_of(ctx, purpose, {"off", "near", "around", "along"}, exclude=tuple(exclude))
                      if a not in found]       # "to patrol the waters off Libya"
            for domain in patterns.slot_fillers(purpose, "dobj"):
                found += [a for a in place_actors(ctx, domain, tuple(exclude)) +
                          places_of(ctx, domain, {"off", "of", "near", "around", "along"}, exclude=tuple(exclude))
                          if a not in exclude and a not in found]
    return found


DOMAINS = {lemma for (lemma, _), t in lexicon("deployment").items() if t.frame == "domain"}
GUARDING = {lemma for (lemma, _), t in lexicon("deployment").items() if t.frame == "guard"}


def guarding_domain(verb) -> bool:
    """"dispatched a warship to guard Mauritanian waters": sent to guard a state's waters
    or airspace (not "to protect its cities": weapons handed over for the receiver's use)."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        for purpose in [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "ccomp")]:
            if purpose.lemma_.lower() in GUARDING and any(
                    d.lemma_.lower() in DOMAINS or d.lower_ in DOMAINS for d in patterns.slot_fillers(purpose, "dobj")):
                return True
    return False


# words that pick the named places out of a wider one ("across the Middle East, including in Qatar")
PICKING = {"including", "notably", "especially", "particularly", "mainly", "chiefly"}


def included_places(ctx: Context, verb, exclude=()) -> list[str]:
    """States a place phrase picks out of a wider one: "based across the Middle East,
    including in Qatar and Bahrain", "deployed troops to several countries, including
    Poland and Romania"."""
    holders = [verb] + place_objects(verb, {"in", "to", "into", "across", "at", "on", "throughout"})
    found: list[str] = []
    for pick in (c for h in holders for c in h.children if c.lower_ in PICKING and c.dep_ in ("prep", "advmod")):
        found += [a for a in places_of(ctx, pick, {"in", "to", "at", "on", "into"}, exclude=tuple(exclude))
                  if a not in found]
        for obj in (c for c in pick.children if c.dep_ == "pobj"):
            found += [a for t in (obj, *obj.conjuncts) for a in place_actors(ctx, t, tuple(exclude))
                      if a not in found]
    return found


def to_mission(verb) -> list:
    """The mission nouns (``data/deploy_missions.tsv``) a sending goes to: "will contribute
    two F-35s to NATO's air policing mission in Poland", "sent a Patriot battery to the
    NATO operation in Turkey": what joins a mission stays the sender's (a deployment where
    the mission is), not a transfer to the alliance."""
    return [o for o in place_objects(verb, {"to", "into"}) if o.lemma_.lower() in missions() or o.lower_ in missions()]


def served_under(verb) -> list:
    """The mission or force forces serve or operate under: "Kenyan soldiers serving under
    the African Union mission in Somalia" (its place is where they are; "under the
    agreement" places no one)."""
    return [o for o in place_objects(verb, {"under"})
            if o.lemma_.lower() in missions() or o.lower_ in missions() or noun_category(o) == "category:troops"]


def set_off_to(participle) -> set[str]:
    """{"to"} when the "to" phrase on a participle follows the comma that closes it: in
    "sent a detachment of warships, led by the destroyer X, to Jakarta" the parser hangs
    the destination on "led"."""
    return {"to"} if any(c.dep_ == "prep" and c.lower_ == "to" and c.i > 0 and c.doc[c.i - 1].lower_ == ","
                         for c in participle.children) else set()
