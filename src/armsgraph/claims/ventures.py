"""Joint ventures that make a named weapon: "Indo-Russia Rifles, a joint venture of India's
AWEIL and Russia's Rosoboronexport, has handed the army 35,000 AK-203 rifles", "Rheinmetall's
joint venture with Algeria's defence ministry keeps turning out Fuchs vehicles".

A joint company's members are the states of its "of / between / among / with" phrases, of
its possessor and of a combining-form name ("Indo-Russian", "Sino-Pakistani", "Franco-German").
A venture with members of two states and a named weapon in its sentence is cooperation of
those states on that weapon (``done`` unless the sentence says otherwise). The claim-type
modules' own frames come first: :mod:`.cooperation` calls this for the sentences it left
without a cooperation claim.
"""
from __future__ import annotations

import re

from . import patterns, roles
from .context import Context
from .coopparts import VENTURE_NOUNS, is_joint
from .status import statuses_of
from .typeroles import make_claim

# combining forms of state adjectives ("Indo-Russian", "Sino-Pakistani", "Franco-German")
COMBINING = {"indo": "IND", "sino": "CHN", "russo": "RUS", "franco": "FRA", "anglo": "GBR",
             "italo": "ITA", "greco": "GRC", "austro": "AUT", "hispano": "ESP", "luso": "PRT",
             "turco": "TUR", "germano": "DEU", "polono": "POL", "nippo": "JPN", "judeo": "ISR"}


COMBINED = re.compile(r"(?i)\b(" + "|".join(COMBINING) + r")\s*[-–]\s*([A-Z][a-z]+)")


def venture_claims(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        if token.lemma_.lower() not in VENTURE_NOUNS - {"company", "firm", "group", "team"} or \
                not (is_joint(token) or token.lower_ == "jv"):
            continue
        members = venture_states(ctx, token)
        if len(members) < 2:
            continue
        named = [r for r in ctx.refs_in(sent.start, sent.end) if r.is_system and not r.is_category]
        for status in statuses_of(token, "done", "supplier") if named else []:
            for ref in {r.id: r for r in named}.values():
                out.append(make_claim(ctx, "cooperation", token, status, ref, confidence=0.45,
                                      partners=sorted(members)))
    return out


def venture_states(ctx: Context, venture) -> list[str]:
    """The states of a joint venture's members (see the module docstring)."""
    found: list[str] = []
    phrases = patterns.prep_objects(venture, {"of", "between", "among", "with"})
    phrases += [c for c in venture.children if c.dep_ == "poss"]
    for phrase in phrases:
        for ref in ctx.refs_in(phrase.left_edge.i, phrase.right_edge.i + 1):
            if ref.actor and ref.kind in ("state", "organisation") and ref.actor not in found:
                found.append(ref.actor)
        found.extend(a for a in roles.actors_of(ctx, phrase) if a not in found)
    # the venture's own name: its modifiers, or the name it stands in apposition to
    names = [venture] + ([venture.head] if venture.dep_ == "appos" else []) + \
        [c for c in venture.children if c.dep_ == "appos"]
    from ..catalog import load   # (the catalog loads once; claims modules import it lazily)
    for name in names:
        text = ctx.doc[name.left_edge.i:name.i + 1].text
        for first, second in COMBINED.findall(text):
            for state in (COMBINING.get(first.lower()), load().state_of(second)):
                if state and state not in found:
                    found.append(state)
    return found
