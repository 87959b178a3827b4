"""Test claims: an actor tests a weapon system, optionally in a host state.

Triggers in ``data/test.tsv``: "India test-fired the Barak-8 from a base in Odisha",
"Belarus was about to test new missiles for the Palanez and the BUK", "the Polonez was
first tested in China" (passive: the actor is the agent, else the system's origin), "a
successful missile test of the Agni-V" (noun: the actor owns the test or is the subject of
the verb governing it), "the launcher underwent trials in China". "fire" / "launch" count
only next to "test" ("test fired", "test launch"): a launch at a target is no test.

The system is what the trigger's object names: named systems first (also in "for" / "of"
complements), else the category of the object.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .triggers import trigger_of
from .typeroles import (agent_actors, make_claim, origin_of, owners_of, places_of, sentences,
                        statuses_of, subject_actors, weapons_of)

LEXICON = "test"
PLACE_PREPS = {"in", "at", "from", "over", "off", "near", "on"}
NOT_TESTED = {"category:troops", "category:airbase", "category:military-facility",
              "category:production", "category:testing-range", "category:materiel",
              "category:technology"}


def find(ctx: Context) -> list:
    claims = []
    for _, sent in sentences(ctx):
        for token in sent:
            trigger = trigger_of(token, LEXICON)
            if trigger is None:
                continue
            if trigger.frame == "fire" and not _has_test(token):
                continue
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and \
                    trigger_of(token.head, LEXICON) is not None:
                continue      # "test launch": the head noun is the trigger
            if token.dep_ == "pcomp" and token.head.lower_ in ("for", "without"):
                continue      # "grounds for testing missiles": a purpose, not a test
            claims.extend(_claims(ctx, token, trigger))
    return claims


def _has_test(token) -> bool:
    doc = token.doc
    if "test" in token.lower_:
        return True
    if token.i > 0 and doc[token.i - 1].lower_ in ("test", "test-", "trial"):
        return True
    return any(c.lower_ in ("test", "trial") for c in token.children)


def _systems(ctx: Context, token) -> list[tuple]:
    if token.pos_ in ("VERB", "AUX"):
        heads = patterns.slot_fillers(token, "subjpass" if patterns.is_passive(token) else "dobj")
        if not heads and token.dep_ in ("acl", "amod", "relcl") and token.tag_ == "VBN":
            heads = [token.head]
    else:
        heads = patterns.prep_objects(token, {"of", "on"})
        heads += [c for c in token.children if c.dep_ in ("compound", "nmod", "amod")]
        governor = token.head
        if token.dep_ == "dobj" and governor.lemma_ in ("undergo", "pass", "complete", "conduct"):
            heads += [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += patterns.prep_objects(token, {"for"})
    found: list[tuple] = []
    for head in heads:
        for weapon in weapons_of(ctx, head, allow_generic=False):
            if weapon[0] not in NOT_TESTED and weapon[0] not in [w[0] for w in found]:
                found.append(weapon)
    named = [w for w in found if w[1] is not None and not w[1].is_category]
    return named or found[:1]


def _actors(ctx: Context, token, systems, hosts) -> list[str]:
    if token.pos_ in ("VERB", "AUX"):
        actors = agent_actors(ctx, token) if patterns.is_passive(token) else subject_actors(ctx, token)
    else:
        actors = [a for a in owners_of(ctx, token)]
        if not actors:
            for subject in patterns.governor_subjects(token):
                ref = ctx.ref_at(subject)
                if ref is not None and ref.is_system:
                    continue
                actors.extend(a for a in roles.actors_of(ctx, subject) if a not in actors)
    if not actors:
        origins = [origin_of(ref, ctx, tuple(hosts[:1])) or origin_of(ref, ctx)
                   for _, ref, _ in systems if ref is not None]
        actors = [o for o in origins if o][:1]
    return actors


def _claims(ctx: Context, token, trigger) -> list:
    systems = _systems(ctx, token)
    if not systems:
        return []
    hosts = places_of(ctx, token, PLACE_PREPS)
    if not hosts and token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
        hosts = places_of(ctx, token.head, PLACE_PREPS)
    actors = _actors(ctx, token, systems, hosts)
    if not actors:
        return []
    statuses = statuses_of(token, trigger.status, "supplier") or []
    if not statuses or statuses[0] == "refused":
        return []
    out = []
    for system, ref, _ in systems:
        for actor in actors:
            host = next((h for h in hosts if h != actor), None)
            claim = make_claim(ctx, "test", token, statuses[0], ref or system, confidence=0.55,
                              actor=actor, host=host)
            out.append(claim)
    return out
