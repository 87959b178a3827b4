"""A deal to make something together, told by its noun: "Poland signed a co-production
agreement with Hanwha for the K9 howitzer", "Kyiv and Ankara inked a joint production
agreement on the Akinci drone", "Turkey, Azerbaijan sign co-development deal for Akinci
drone" (a headline). The making noun hangs on the deal noun as a modifier; the sides are
the deal's (the clause that holds it, its "with" side, or the parties named before it) and
what it is for names the system. A deal that is signed or held is ``agreed``.
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopforms import HOLDING
from .coopparts import actors_of_phrases, emit, is_joint, made_systems
from .makers import DEAL_NOUNS, governing_parties
from .status import modality, negated


def joint_deal(ctx: Context, token, trigger) -> list:
    """Claims of the deal noun that the joint making noun ``token`` modifies, else []."""
    deal = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or deal.lemma_.lower() not in DEAL_NOUNS or \
            not (is_joint(token) or is_joint(deal)):
        return []
    systems = [w for w in made_systems(ctx, token, patterns.prep_objects(deal, {"for", "on", "over", "of"}),
                                       develop=True) if w[1] is not None and not w[1].is_category]
    if not systems:
        return []
    sides = governing_parties(ctx, deal) + actors_of_phrases(ctx, patterns.prep_objects(deal, {"with", "between"}))
    sides += [r.actor for r in ctx.refs_in(deal.left_edge.i, token.i)      # "Turkey, Azerbaijan sign ... deal"
              if r.actor and r.kind in ("state", "organisation")]
    sides = list(dict.fromkeys(sides))
    if len(sides) < 2:
        return []
    found = emit(ctx, deal, trigger, sides, systems)
    holder = deal.head if deal.dep_ == "dobj" else None
    signed = holder is not None and holder.lemma_.lower() in HOLDING and not negated(holder) and \
        modality(holder) is None or any(c.lemma_.lower() in HOLDING and c.i < token.i     # "sign co-development deal"
                                       for c in [*deal.children, *token.children])
    for claim in found if signed else ():
        claim.status = "agreed"
    return found
