"""Local or licensed production that two sides discuss, agree or sign for ("Ankara and
Baku discussed local production of the Akinci", "Jakarta signed a memorandum with
Ankara on the localisation of Kaan production"): making a system at one side with the
other is cooperation between the sides that govern it. One side alone making a foreign
system under licence is a transfer (:mod:`.transfer`), not this.
"""
from __future__ import annotations

from . import patterns
from .coopparts import actors_of_phrases
from .definites import resolve_definite
from .makers import DEAL_NOUNS, governing_parties

# modifiers that place the making at home, under a licence
LOCAL_MODIFIERS = {"local", "licensed", "licence", "license", "domestic", "in-country"}
# nouns whose "of" phrase is such making ("the localisation of K2 production")
LOCALISING = {"localisation", "localization", "localising", "localizing"}
LOCALISE = {"localise", "localize", "indigenise", "indigenize"}


def is_local(token) -> bool:
    if any(c.dep_ in ("amod", "compound") and c.lower_ in LOCAL_MODIFIERS for c in token.children):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LOCALISE:
        return True       # "agreed to localise production of the Cheongung"
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in LOCALISING


def _verb_above(token, steps: int):
    """The nearest verb governing ``token`` within ``steps`` heads, or None."""
    node = token
    for _ in range(steps):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def governing_deal_sides(ctx, token) -> list[str]:
    """The "with" side of a deal the verb governing the noun signs ("signed a memorandum
    with Ankara on the localisation of ..."): the parser hangs the topic on the verb."""
    node = _verb_above(token, 5)
    if node is None:
        return []
    deals = [o for o in patterns.slot_fillers(node, "dobj") if o.lemma_.lower() in DEAL_NOUNS]
    return actors_of_phrases(ctx, [w for d in deals for w in patterns.prep_objects(d, {"with"})])


# verbs by which an agreement or a cooperation names what it holds ("an agreement covering
# the joint production of ...", "cooperation, including the co-production of drones")
CONTENT_VERBS = {"cover", "include", "involve", "provide", "envisage", "envision", "foresee", "comprise",
                 "encompass", "concern", "span", "feature"}


def content_sides(ctx, token) -> list[str]:
    """The sides of the agreement (or cooperation) whose content the noun is: "Greece and
    Israel signed an agreement covering the joint production of drones"."""
    node = _verb_above(token, 3)
    if node is None:
        return []
    holder = node.head
    if node.lemma_.lower() not in CONTENT_VERBS or node.dep_ not in ("acl", "relcl", "prep") or \
            holder.pos_ != "NOUN" or holder.i == node.i:
        return []
    found = governing_parties(ctx, holder) + actors_of_phrases(
        ctx, patterns.prep_objects(holder, {"with", "between"}))
    return list(dict.fromkeys(found))


def local_sides(ctx, token) -> list[str]:
    """The sides that govern a noun of local making, the deal's other side included."""
    found = governing_parties(ctx, token)
    return list(dict.fromkeys(found + governing_deal_sides(ctx, token)))


def noun_sides(ctx, token) -> list[str]:
    """The sides that govern a noun of joint making: the clause's, else the deal's that the
    verb signs, else the agreement's that holds it."""
    found = local_sides(ctx, token)
    if len(found) < 2:
        found += [a for a in content_sides(ctx, token) if a not in found]
    return found


def local_between(ctx, token) -> bool:
    """A noun of local making that two sides or more govern."""
    return token.pos_ == "NOUN" and is_local(token) and len(noun_sides(ctx, token)) >= 2


# verbs by which sides settle where or how making goes on ("agreed that production would move")
SETTLING = {"agree", "decide", "resolve", "consent"}


def settled_making(ctx, token) -> list[str]:
    """"the two governments then agreed that production would move to Russian soil": a
    making noun that is the subject of a clause two sides or more agree on; those sides."""
    clause = token.head
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in SETTLING:
        return []
    sides = list(dict.fromkeys(governing_parties(ctx, clause)))
    return sides if len(sides) >= 2 else []


def named_in_sentence_only(ctx, token) -> list[tuple]:
    """The one weapon family the sentence names (before the making noun), also by a
    definite description ("supplied the drones"), if only one."""
    sent = ctx.sentence_of(token)
    found = {}
    for ref in ctx.refs_in(sent.start, token.i):
        if ref.is_system:
            system, named, _ = resolve_definite(ctx, (ref.id, ref, ctx.doc[ref.start]))
            if named is not None and not named.is_category:
                found.setdefault(system, (system, named, token))
    return list(found.values()) if len(found) == 1 else []
