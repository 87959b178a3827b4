"""Forces a mission placed in a state is made of, for :mod:`.deployment`: "The UN mission
in South Sudan includes 1,200 Indian troops" (IND -> SSD), "the coalition in Iraq
comprises British and Danish soldiers". A unit named before is :func:`.garrisons.unit_claims`;
this reads a mission or force whose place is in its own phrase. Nouns in
``data/deploy_missions.tsv`` besides the troop nouns of ``data/forces.tsv``."""
from __future__ import annotations

from . import patterns, status as status_mod
from .context import Context
from .located import counted_subject
from .triggers import data_lines
from .typeroles import make_claim, noun_category, owners_of, places_of, weapons_of

MISSIONS = {row[0].lower() for row in data_lines("deploy_missions.tsv")}
LISTING = {"include", "comprise", "consist", "number", "count"}


def composed_claims(ctx: Context, verb) -> list[tuple]:
    if verb.lemma_.lower() not in LISTING or status_mod.negated(verb):
        return []
    out = []
    for whole in patterns.subjects(verb):
        if whole.lemma_.lower() not in MISSIONS and noun_category(whole) != "category:troops":
            continue
        hosts = places_of(ctx, whole, {"in", "on", "inside"})
        if not hosts:
            continue
        status = "planned" if status_mod.modality(verb) == "planned" else "done"
        parts = patterns.slot_fillers(verb, "dobj") + patterns.prep_objects(verb, {"of"})
        for part in patterns.with_conjuncts(parts):
            part = _counted(part)
            weapons = [w for w in weapons_of(ctx, part) if w[0] == "category:troops"]
            for actor in (owners_of(ctx, part) if weapons else []):
                out += [(make_claim(ctx, "deployment", verb, status, "category:troops", confidence=0.45,
                                    actor=actor, host=host), part) for host in hosts if host != actor]
    return out


def _counted(part):
    inner = next((o for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"), None)
    return inner if inner is not None and counted_subject(inner) is part else part
