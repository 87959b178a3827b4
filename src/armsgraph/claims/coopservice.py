"""Maintenance, repair and overhaul centres set up with a partner or in another state
(the ``setup`` frame of :mod:`.cooperation`): what such a centre is *for* is the claim's
system, a category too ("a maintenance centre for Russian helicopters in Peru" ->
``category:helicopters``), where a production plant takes only a named system.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .coopparts import FACILITIES
from .typeroles import owners_of, places_of, weapons_of

# words that make a facility one that keeps weapons up rather than makes them
SERVICE_WORDS = {"maintenance", "repair", "overhaul", "servicing", "service", "mro", "sustainment",
                 "upkeep", "refit", "refurbishment"}
# verbs of keeping weapons up: done to another state's weapons, they are help to that state
SERVICE_VERBS = {"upgrade", "modernise", "modernize", "overhaul", "repair", "refurbish", "refit",
                 "service", "maintain", "retrofit"}
NOT_SERVICED = FACILITIES | {"category:technology", "category:troops", "category:materiel",
                            "category:military-facility", "category:airbase"}


def is_service_facility(head) -> bool:
    """"a maintenance centre", "an MRO facility", "a repair and overhaul plant"."""
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children
                                     if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i}
    words |= {c.lemma_.lower() for w in head.children if w.dep_ == "compound" for c in w.conjuncts}
    return bool(words & SERVICE_WORDS)


def purposes(facilities, token) -> list:
    """The "for" phrases of the facilities (or of the verb that sets them up)."""
    return [o for h in facilities for o in patterns.prep_objects(h, {"for"})] + patterns.prep_objects(token, {"for"})


def serviced(ctx: Context, facilities, token) -> list[tuple]:
    """The weapons a service facility keeps up, categories included."""
    if not any(is_service_facility(h) for h in facilities):
        return []
    found: list[tuple] = []
    for obj in purposes(facilities, token):
        ref = ctx.ref_at(obj)
        if ref is not None and ref.is_category and ref.id not in NOT_SERVICED and not any(
                c.dep_ == "det" for c in obj.children):
            found.append((ref.id, ref, obj))     # "for Russian helicopters": the kind, not one named nearby
            continue
        found += [w for w in weapons_of(ctx, obj, allow_generic=True)
                  if w[0] not in NOT_SERVICED and w[0] not in [f[0] for f in found]]
    return found[:1]


def purpose_places(ctx: Context, facilities, token, exclude) -> list[str]:
    """"a service centre for M-346 trainers in Nigeria": the parser may hang the place on
    the purpose phrase."""
    return [a for o in purposes(facilities, token) for a in places_of(ctx, o, {"in"}, exclude=tuple(exclude))]


# nouns of making or keeping up whose "of" phrase names what is made or kept up
WORKS = {"production", "co-production", "coproduction", "development", "co-development", "manufacture",
         "manufacturing", "design", "assembly", "maintenance", "repair", "overhaul", "servicing",
         "modernisation", "modernization", "upgrade", "upgrading", "construction", "building"}


def works_objects(heads, ctx: Context | None = None) -> list:
    """Each head, a noun of making ("the production of armoured vehicles", "aircraft
    maintenance") as what it makes."""
    out = []
    for head in heads:
        made = patterns.prep_objects(head, {"of"}) if head.lemma_.lower() in WORKS else []
        if not made and ctx is not None and head.lemma_.lower() in WORKS:
            made = [c for c in head.children if c.dep_ == "compound" and ctx.ref_at(c) is not None and
                    ctx.ref_at(c).is_system and ctx.ref_at(c).id not in NOT_SERVICED]
        out += [m for m in patterns.with_conjuncts(made) if m not in out] or ([head] if head not in out else [])
    return out


# verbs by which one side helps another build up a service of its own ("help Hanoi
# modernise its navy", "help build up the Somali army")
BUILD_UP = {"build", "rebuild", "modernise", "modernize", "strengthen", "upgrade", "expand", "equip", "reform"}


def renewed(category: str, verb) -> str:
    """What helping a service up is made of: troops for an army built up, its equipment
    (``category:materiel``) for one modernised or upgraded."""
    if category == "category:troops" and verb.lemma_.lower() not in ("build", "rebuild", "reform"):
        return "category:materiel"
    return category


# sites one side helps another build, placed by where they are ("an airfield in Laos")
SITES = {"category:military-facility", "category:airbase"}


# verbs of designing that, done for another state, are work with it ("the corvettes that
# Turkey designed for Pakistan")
DESIGNING = {"design", "co-design", "redesign", "develop"}


def kept_up_for(ctx: Context, verb, heads, doers: list[str]) -> list[str]:
    """The state whose weapons a maker upgrades, repairs or overhauls ("RSK MiG upgraded
    eight Peruvian MiG-29s", "will overhaul the Kfirs of the Sri Lankan air force"): the
    owner the object names, when it is not the maker's own state."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SERVICE_VERBS | DESIGNING:
        return []
    owners = [o for h in heads for n in (h, *(c for c in h.children if c.dep_ == "compound"))
              for o in owners_of(ctx, n)]      # ("Egyptian" may hang on "Rafale" in "Egyptian Rafale jets")
    if not owners:     # "has overhauled six K-8 trainers for the Sri Lanka Air Force"
        owners = [a for o in patterns.prep_objects(verb, {"for"}) + [o for h in heads for o in patterns.prep_objects(h, {"for"})]
                  for a in roles.actors_of(ctx, o) if a != "UNK"]
    return [o for o in owners if o not in doers][:1]
