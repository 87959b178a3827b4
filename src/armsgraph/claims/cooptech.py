"""Technology transfer named by a noun ("technology transfer from France to Brazil for the
submarines", "the transfer of technology to India"): one side helps the other build (the
``transfer`` frame of :mod:`.cooperation`)."""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopparts import FACILITIES, LEXICON, TECH_WORDS, actors_of_phrases, emit, is_joint
from .makers import governing_parties
from .triggers import trigger_of
from .typeroles import owners_of, weapons_of


def tech_transfer(ctx: Context, token, trigger) -> list:
    """"technology transfer from France to Brazil for the submarines", "the transfer of
    technology to India": one side helps the other build (the system of the "for" phrase,
    else ``category:technology``)."""
    inner = [c for c in token.children if c.dep_ in ("compound", "amod") and c.lower_ in TECH_WORDS]
    inner += [o for o in patterns.prep_objects(token, {"of"}) if o.lower_ in TECH_WORDS]
    if not inner or any(is_joint(t) and trigger_of(t, LEXICON) is not None and trigger_of(t, LEXICON).frame == "make"
                        for t in ctx.sentence_of(token)):
        return []     # "jointly develop an engine, with full transfer of technology": part of it
    givers = actors_of_phrases(ctx, patterns.prep_objects(token, {"from", "by"}))
    takers = actors_of_phrases(ctx, patterns.prep_objects(token, {"to", "for", "with"}), exclude=tuple(givers))
    sides = givers + takers
    if len(sides) < 2:
        sides += [a for a in owners_of(ctx, token) + governing_parties(ctx, token) if a not in sides]
    if len(sides) < 2:
        return []
    systems = []
    for obj in patterns.prep_objects(token, {"for", "on", "in"}) + \
            [o for t in inner for o in patterns.prep_objects(t, {"for"})]:
        systems += [w for w in weapons_of(ctx, obj, allow_generic=True)
                    if w[0] not in [x[0] for x in systems] and w[0] not in FACILITIES]
    named = [w for w in systems if w[1] is not None and not w[1].is_category]
    prep = token.head if token.dep_ == "pobj" and token.head.lower_ in ("under", "through", "via", "with") else None
    held = prep.head.head if prep is not None and prep.head.dep_ == "dobj" else prep.head if prep is not None else None
    maker = trigger_of(held, LEXICON) if held is not None else None     # (or hung on what is built)
    if not named and maker is not None and maker.frame == "make":
        return []     # "builds the corvettes under a technology transfer from Turkey": the making says it
    systems = named or systems[:1] or [("category:technology", None, token)]
    return emit(ctx, token, trigger, sides[:2], systems, mutual=False)
