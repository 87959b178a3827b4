"""Deployments told by a site or by access to bases (for :mod:`.deployment`): "The Aegis
Ashore site at Deveselu has been in service since 2016" (frame ``service``), "The
Philippines granted US forces access to four more military bases" (frame ``access``).
"""
from __future__ import annotations

from . import patterns, roles
from .bases import BASES, base_hosts
from .context import Context
from .garrisons import subject_actors_of
from .quantity import quantity_of
from .triggers import cues
from .typeroles import make_claim, noun_category, origin_of, owners_of, place_objects, places_of, statuses_of, weapons_of

SAME = {"similar", "same", "identical", "second", "another", "sister"}


def site_claims(ctx: Context, word) -> list[tuple]:
    """A site or base of a foreign system that is / becomes operational or in service in
    a state: "The Aegis Ashore site at Deveselu has been in service since 2016" (done),
    "the US radar station in Turkey is expected to become operational next year" (planned),
    "a similar site at Redzikowo in Poland" (the system named before)."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("acomp", "pobj", "prep", "dobj", "attr", "oprd"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = patterns.subjects(verb)
    out = []
    for subject in subjects:
        if noun_category(subject) not in ("category:military-facility", "category:airbase"):
            continue
        weapons = [w for w in weapons_of(ctx, subject) if w[1] is not None and not w[1].is_category]
        if not weapons and any(c.lower_ in SAME for c in subject.children):
            weapons = [(r.id, r, subject) for r in roles.system_antecedents(ctx, subject, window=4)]
        if not weapons and owners_of(ctx, subject):
            # "The US radar station at Kürecik in Turkey has been operational since 2012"
            weapons = [("category:military-facility", None, subject)]
        if not weapons:
            continue
        for system, ref, _ in weapons:
            actors = owners_of(ctx, subject) or [a for a in [origin_of(ref, ctx)] if a]
            hosts = places_of(ctx, subject, {"in", "at", "near", "on"}, exclude=tuple(actors))
            for inner in place_objects(subject, {"at", "near"}) if not hosts else []:
                hosts += places_of(ctx, inner, {"in"}, exclude=tuple(actors))   # "at Kürecik in Turkey"
            for status in statuses_of(verb, "done", "recipient")[:1]:
                for actor in actors:
                    for host in hosts:
                        out.append((make_claim(ctx, "deployment", verb, status, ref or system,
                                               confidence=0.5, actor=actor, host=host), subject))
    return out

def access_claims(ctx: Context, noun, trigger) -> list[tuple]:
    """"The Philippines granted US forces access to four more military bases": the
    granting state hosts the forces of the side given access to its bases."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    hosts = subject_actors_of(ctx, verb)
    sides = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")] + \
        [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != noun.i] + \
        patterns.prep_objects(noun, {"for"}) + patterns.prep_objects(verb, {"to"})
    actors = [a for side in sides for a in owners_of(ctx, side) + roles.actors_of(ctx, side) if a not in hosts]
    sites = [w for o in patterns.prep_objects(noun, {"to"}) for w in weapons_of(ctx, o)
             if w[0] in ("category:military-facility", "category:airbase")]
    own = cues().get(verb.lemma_.lower())       # "offered access" is an offer, "denied" a refusal
    statuses = [own.status] if own is not None and own.status in ("proposed", "refused", "negotiating") \
        else statuses_of(verb, trigger.status, "recipient")
    out = []
    for status in statuses[:1]:
        for system, ref, word in sites[:1]:
            for actor in dict.fromkeys(actors):
                for host in hosts:
                    claim = make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.5,
                                       actor=actor, host=host)
                    claim.quantity = quantity_of(word)
                    out.append((claim, noun))
    return out


PERMITTING = {"allow", "let", "permit", "authorise", "authorize", "grant", "invite"}


def use_claims(ctx: Context, verb, trigger) -> list[tuple]:
    """"Uzbekistan has allowed the United States to use the Karshi-Khanabad air base",
    "US jets use Incirlik air base in Turkey": the user's forces are at the base, hosted by
    the state it is in (or by the one that lets them use it)."""
    if verb.pos_ != "VERB":
        return []
    bases = [o for o in patterns.slot_fillers(verb, "dobj") if noun_category(o) in BASES]
    if not bases:
        return []
    actors = subject_actors_of(ctx, verb) or [a for s in patterns.subjects(verb) for a in owners_of(ctx, s)]
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PERMITTING else None
    out = []
    for base in bases:
        hosts = base_hosts(ctx, base, exclude=tuple(actors))
        if not hosts and governor is not None:
            hosts = [a for a in subject_actors_of(ctx, governor) if a not in actors]
        for status in statuses_of(governor if governor is not None else verb, "done", "recipient")[:1]:
            for actor in actors:
                for host in hosts:
                    out.append((make_claim(ctx, "deployment", verb, status, "category:military-facility"
                                           if noun_category(base) != "category:airbase" else "category:airbase",
                                           confidence=0.45, actor=actor, host=host), base))
    return out
