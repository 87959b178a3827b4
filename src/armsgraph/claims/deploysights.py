"""Forces or weapons of one state seen in another, for :mod:`.deployment`: "Russian S-400
launchers were spotted in Crimea", "Ukrainian intelligence observed Russian Tor systems in
Belarus", "Satellite images show Russian Su-34 jets at an air base in Syria" (a reported
presence is a deployment, ``done``; the hedge is the sentence's).

The weapon needs an owner named on it ("Russian", "China's"): the maker's name on an
export ("Russian-made jets seen in Turkey") is no owner. The words are in
``data/deploy_sightings.tsv``: verbs of seeing (``seen``) and verbs by which evidence that
is no party shows something (``shown``).
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .context import Context
from .definites import resolve_definite
from .triggers import data_lines
from .typeroles import make_claim, owners_of, place_objects, places_of, weapons_of

_ROWS = [row for row in data_lines("deploy_sightings.tsv") if len(row) >= 2]
SEEN = {row[0] for row in _ROWS if row[1] == "seen"}
SHOWN = {row[0] for row in _ROWS if row[1] == "shown"}
SIGHT_PREPS = {"in", "at", "on", "inside", "near", "over", "off"}
# what a weapon seen "in service" or "in the inventory" of a state is: that state's own
KEPT = {"service", "inventory", "arsenal", "use"}
# nouns of a weapon's type in an "of" phrase ("a battery of the HQ-9 system")
TYPE_WORDS = {"type", "system", "model", "class", "variant", "design", "kind"}
MADE = ("made", "built", "designed", "produced", "manufactured", "origin")


def sighting_claims(ctx: Context, sent) -> list:
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in SEEN | SHOWN or status_mod.negated(verb):
            continue
        out += [claim for seen in _seen(ctx, verb, lemma) for claim in _claims(ctx, verb, seen)]
    return out


def _seen(ctx: Context, verb, lemma: str) -> list:
    """What the verb says is seen."""
    if lemma in SHOWN:     # "Satellite images show ...": evidence, no party, shows it
        subjects = patterns.subjects(verb)
        if patterns.is_passive(verb) or not subjects or any(roles.actors_of(ctx, s) for s in subjects):
            return []
        return patterns.with_conjuncts(patterns.slot_fillers(verb, "dobj"))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return patterns.with_conjuncts([verb.head])         # "Russian jets seen at the airport"
    if patterns.is_passive(verb):
        return patterns.with_conjuncts(patterns.slot_fillers(verb, "subjpass"))
    return patterns.with_conjuncts(patterns.slot_fillers(verb, "dobj"))


def _claims(ctx: Context, verb, seen) -> list:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in seen.children):
        return []
    if any(t.lower_.endswith(MADE) for t in seen.subtree if t.i < seen.i):
        return []          # "Russian-made jets": the maker's, not the owner's
    weapons = [resolve_definite(ctx, w) for w in weapons_of(ctx, seen)][:1]
    actors = owners_of(ctx, seen) or [a for _, ref, _ in weapons if ref is not None
                                      for a in owners_of(ctx, ctx.doc[ref.start])]   # "Russian Su-34 jets"
    if not weapons or not actors:
        return []
    places = place_objects(seen, SIGHT_PREPS) + place_objects(verb, SIGHT_PREPS)
    if any(p.lemma_.lower() in KEPT for p in places):
        return []          # "photographed in Venezuelan service": the holder's own now
    if any(_type_word(ctx, o) for o in patterns.prep_objects(seen, {"of"})):
        return []          # "a battery of the Chinese HQ-9 system", "boats of Iran's Peykaap type":
        #                    the state named with the type is its maker, not who holds it
    exclude = tuple(actors)
    hosts = places_of(ctx, seen, SIGHT_PREPS, exclude=exclude) or places_of(ctx, verb, SIGHT_PREPS, exclude=exclude)
    return [make_claim(ctx, "deployment", verb, "done", ref or system, confidence=0.45, actor=actor, host=host)
            for system, ref, _ in weapons for actor in actors for host in hosts if host != actor]


def _type_word(ctx: Context, noun) -> bool:
    ref = ctx.ref_at(noun)
    return noun.lemma_.lower() in TYPE_WORDS or ref is not None and ref.is_system and not ref.is_category
