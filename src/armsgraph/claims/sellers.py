"""Sellers and buyers a transfer's clause names in less usual places: a yard building
for a foreign buyer ("the frigate was built by TKMS for Egypt", "corvettes being built in
Turkey for Pakistan"), and one from-phrase per weapon of a list ("bought Pantsirs from
Russia and FK-3 batteries from China"). Used by :mod:`.transfer` and :mod:`.governing`."""
from __future__ import annotations

from . import patterns, roles
from .context import Context, Ref


def built_for(ctx: Context, verb) -> list[str]:
    """"TKMS is building frigates for Egypt", "the frigate was built by TKMS for Egypt",
    "corvettes being built in Turkey for Pakistan": the states named in a "for" phrase of a
    building verb that are not its builder (a maker building for a foreign buyer)."""
    if verb.lemma_.lower() not in ("build", "construct"):
        return []
    goods = [c for c in verb.children if c.dep_ == "dobj"]   # ("frigates for Egypt" as one phrase)
    makers = patterns.slot_fillers(verb, "agent") if patterns.is_passive(verb) else patterns.subjects(verb)
    heads = patterns.prep_objects(verb, {"for"}) + [p for g in goods + makers for p in patterns.prep_objects(g, {"for"})]
    buyers = [a for o in heads for a in roles.actors_of(ctx, o)]   # (and "by Austal for the navy")
    builders = [a for s in makers for a in roles.actors_of(ctx, s)]
    return [] if set(buyers) & set(builders) else list(dict.fromkeys(buyers))


def paired_sellers(ctx: Context, verb, ref: Ref) -> list[str]:
    """"bought Pantsirs from Russia and FK-3 batteries from China": with a from-phrase
    after each weapon, a weapon's seller is the first one after it (else the last before)."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    phrases = sorted((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"),
                     key=lambda c: c.i)
    if len(phrases) < 2:
        return []
    sellers = [[a for o in p.children if o.dep_ == "pobj" for a in roles.actors_of(ctx, o)] for p in phrases]
    if not all(sellers):
        return []
    after = [s for p, s in zip(phrases, sellers) if p.i >= ref.end]
    before = [s for p, s in zip(phrases, sellers) if p.i < ref.start]
    return (after[:1] or before[-1:] or [[]])[0]


def built_in(ctx: Context, verb) -> list[str]:
    """Where a passive building verb says the goods are made ("being built in Turkey")."""
    if not patterns.is_passive(verb) or patterns.slot_fillers(verb, "agent"):
        return []
    return [a for o in patterns.prep_objects(verb, {"in", "at"}) for a in roles.actors_of(ctx, o)][:1]


MAKING = {"build", "make", "produce", "manufacture", "develop", "design", "construct"}


def joint_makers(ctx: Context, ref: Ref) -> list[str]:
    """"two Scorpene submarines built jointly by France and Spain": the states of a making
    participle's coordinated agents (two or more), each a seller of what they made."""
    from .recall import np_head   # (recall builds on the modules that use this one)
    head = ctx.doc[np_head(ctx, ref)]
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in MAKING:
            continue
        if not any(c.lower_ in ("jointly", "together") for c in clause.children):
            continue   # (two agents alone may be a maker and its partner firm)
        agents = patterns.slot_fillers(clause, "agent")
        makers = list(dict.fromkeys(a for o in agents for a in roles.actors_of(ctx, o)))
        if len(makers) > 1:
            return makers
    return []
