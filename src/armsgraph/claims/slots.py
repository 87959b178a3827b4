"""The parties a transfer trigger's own slots name (:func:`fill_roles`, by the frames of
:mod:`.patterns`), and the receiver a giving participle on the goods names ("handed over
the F-16s promised to Ukraine"). Used by :mod:`.transfer`."""
from __future__ import annotations

from . import garrisons, parties, patterns, recall, roles
from .context import Context, Ref
from .triggers import Trigger, trigger_of

LEXICON = "transfer"


def promised_to(ctx: Context, token, ref: Ref, suppliers: list[str]) -> list[str]:
    """"handed over the last of the F-16s promised to Ukraine": the receiver a giving
    participle on the goods names, when it names no other giver."""
    for clause in ctx.doc[recall.np_head(ctx, ref)].children:
        trigger = trigger_of(clause, LEXICON) if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" else None
        if trigger is None or clause.i == token.i or trigger.frame not in ("give", "offer"):
            continue
        found = fill_roles(ctx, clause, trigger)
        receivers = found.get("recipient", []) or [   # "the tanks it promised Ukraine" (an object: the goods
            a for o in clause.children if o.dep_ == "dobj" for a in roles.actors_of(ctx, o)]  # are the head)
        if not set(found.get("supplier", [])) - set(suppliers):
            return [a for a in receivers if a not in suppliers]
    return []


def fill_roles(ctx: Context, token, trigger: Trigger) -> dict[str, list[str]]:
    frame = patterns.frame_of(trigger.frame, token)
    found: dict[str, list[str]] = {}
    order = list(patterns.FRAME_ROLES)
    first = patterns.FIRST_ROLE.get(trigger.frame)
    if first:
        order.remove(first)
        fillers = [f for slot in frame.get(first, ()) for f in patterns.slot_fillers(token, slot)]
        # a pronoun ("we bought them from China") goes last: the named sides are not its referent
        pronouns = fillers and all(f.pos_ == "PRON" and f.lower_ in roles.ACTOR_PRONOUNS for f in fillers)
        order.insert(len(order) if pronouns else 0, first)
    for role in order:
        taken = {a for actors in found.values() for a in actors}
        for slot in frame.get(role, ()):
            actors: list[str] = []
            for filler in patterns.slot_fillers(token, slot):
                weapon = ctx.ref_at(filler)
                if weapon is not None and weapon.id == "category:troops" and (
                        trigger.frame == "use" or role == "recipient" and trigger.frame != "usedby"):
                    # "Ukrainian forces used US-supplied HIMARS": the forces' state operates it
                    # ("Malian soldiers received four Su-25s": receives it)
                    actors.extend(a for c in filler.children if c.dep_ in ("amod", "compound", "poss")
                                  for a in roles.actor_of(ctx, c) if a not in actors and a not in taken)
                    continue
                if weapon is not None and weapon.is_system and role == "recipient" and \
                        filler.dep_ == "pobj" and filler.head.lower_ == "for":
                    # "missiles for the Turkish air force's Eurofighters": their owner
                    owner = parties.owner_of(ctx, weapon) or next(iter(parties.leading_state(ctx, weapon)), None)
                    if owner and owner not in actors and owner not in taken:
                        actors.append(owner)
                    continue
                if weapon is not None and weapon.is_system and weapon.id not in parties.NOT_TRANSFERRED \
                        or filler.i in garrisons.dateline(ctx) or weapon is None and any(
                            c.dep_ in ("compound", "nmod") and ctx.ref_at(c) is not None and
                            ctx.ref_at(c).is_system for c in filler.children):
                    continue   # a weapon ("German-made Gepard guns"; not "at Ambala air
                    # base"), or the dateline city
                for actor in roles.actors_of(ctx, filler) or parties.unnamed(filler):
                    if actor not in actors and actor not in taken:
                        actors.append(actor)
            if actors and role == "parties":
                # a deal's sides may stand in several slots ("Russia suspended the
                # contract with Iran")
                found.setdefault(role, []).extend(a for a in actors if a not in found.get(role, []))
                continue
            if actors:
                found[role] = actors
                break
        if role not in found and token.dep_ == "compound" and token.head.pos_ == "NOUN":
            # "its arms sales ban to Turkey": the head noun carries the phrases
            for slot in frame.get(role, ()):
                if slot.startswith("prep:") or slot in ("poss", "amod"):
                    actors = [a for f in patterns.slot_fillers(token.head, slot)
                              for a in roles.actors_of(ctx, f) if a not in taken]
                    if actors:
                        found[role] = actors
                        break
        if role not in found and token.pos_ in ("NOUN", "PROPN"):
            # "signed a contract for the purchase of X with Rosoboronexport": the clause
            # verb that holds a noun trigger carries its prepositional phrases; "the main
            # source of ammunition for Sri Lanka": the goods carry the relation's phrase
            verb = patterns.clause_verb(token)
            holders = ([verb] if verb is not None else []) + (
                patterns.prep_objects(token, {"of"}) if trigger.frame in ("vendor", "client") else [])
            for verb in holders:
                for slot in frame.get(role, ()):
                    if not slot.startswith("prep:"):
                        continue
                    actors = [a for f in patterns.slot_fillers(verb, slot)
                              for a in roles.actors_of(ctx, f) if a not in taken]
                    if actors:
                        found[role] = actors
                        break
                if role in found:
                    break
    return found
