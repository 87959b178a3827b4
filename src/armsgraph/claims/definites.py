"""Definite phrases that point back to a named system: "the new multiple rocket launcher
system", "the long-range missile" after the text named a system of that category or of a
related one (for the deployment, test and cooperation claim types)."""
from __future__ import annotations

from . import roles
from .context import Context, Ref

# adjectives that make a description point back like a determiner ("production of such UAVs")
POINTING_ADJECTIVES = {"such"}
# categories a definite phrase of which does not point back to a named system
NOT_REFERRING = {"category:troops", "category:airbase", "category:military-facility",
                 "category:production", "category:testing-range", "category:technology",
                 "category:materiel", "category:nuclear-weapons", "category:missile-development"}


def resolve_definite(ctx: Context, weapon: tuple) -> tuple:
    """"the new multiple rocket launcher system" -> the system of that category the text
    named shortly before (via :func:`.roles.system_antecedents`)."""
    system, ref, token = weapon
    if ref is not None and not ref.is_category or system in NOT_REFERRING:
        return weapon
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head       # "the U.S. missile defense shield": the determiner is on the head
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") or
               c.dep_ in ("amod", "predet") and c.lower_ in POINTING_ADJECTIVES for c in head.children):
        return weapon
    found = roles.system_antecedents(ctx, token)
    if found:
        return (found[0].id, found[0], token)
    found = _kindred_antecedent(ctx, token, system)
    if found is None:
        # a paragraph or two on: the system the text is about ("The missile is built by ...")
        found = next(iter(roles.system_antecedents(ctx, token, window=8)), None)
    return (found.id, found, token) if found is not None else weapon


KINDRED = ({"category:missiles", "category:ballistic-missiles", "category:cruise-missiles",
            "category:air-defence", "category:atgm"},
           {"category:aircraft", "category:uav", "category:helicopters"},
           {"category:tanks", "category:armoured-vehicles", "category:artillery", "category:mlrs"})


def _kindred_antecedent(ctx: Context, token, category: str) -> Ref | None:
    """The last named system of a related category in this or the three sentences before
    ("... the Barak-8 ... The long-range missile, developed jointly with Israel")."""
    group = next((g for g in KINDRED if category in g), None)
    if group is None:
        return None
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - 3)].start
    for ref in reversed(ctx.refs):
        if ref.start >= token.i or ref.start < first or ref.kind != "system":
            continue
        if roles.family_category(ref.id) in group:
            return ref
    return None
