"""Joint ventures that make a named weapon: "Indo-Russia Rifles, a joint venture of India's
AWEIL and Russia's Rosoboronexport, has handed the army 35,000 AK-203 rifles", "Rheinmetall's
joint venture with Algeria's defence ministry keeps turning out Fuchs vehicles".

A venture with members of two states (:func:`.coopparts.venture_states`) and a named weapon
in its sentence is cooperation of those states on that weapon (``done`` unless the sentence
says otherwise). :mod:`.cooperation` calls this for the sentences its own frames left
without a cooperation claim.
"""
from __future__ import annotations

from .context import Context
from .coopparts import VENTURE_NOUNS, is_joint, venture_states
from .status import statuses_of
from .typeroles import make_claim

# (general company words name no joint venture by themselves)
VENTURES = VENTURE_NOUNS - {"company", "firm", "group", "team"}


def venture_claims(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        if token.lemma_.lower() not in VENTURES or not (is_joint(token) or token.lower_ == "jv"):
            continue
        members = venture_states(ctx, token, token)
        named = [r for r in ctx.refs_in(sent.start, sent.end) if r.is_system and not r.is_category]
        if len(members) < 2 or not named:
            continue
        for status in statuses_of(token, "done", "supplier"):
            for ref in {r.id: r for r in named}.values():
                out.append(make_claim(ctx, "cooperation", token, status, ref, confidence=0.45,
                                      partners=sorted(members)))
    return out
