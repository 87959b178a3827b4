"""Work shares: a maker of one state that makes parts of another state's named weapon
works with that state ("Indonesian firms will make parts of the KAAN fighter", "Aselsan
produces radar components for the Pakistani JF-17", "WZL-1 builds wing sections for the
F-16"). The other side is the weapon's owner named in the phrase ("the Pakistani JF-17"),
else its maker (the catalog's origin). Supplying parts is a transfer (its own module); this
reads the making verbs of :mod:`.cooperation`'s ``make`` frame only.
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .makers import named_below
from .typeroles import origins_of, owners_of

# what a share of the work on a weapon is called (heads of the made object)
SHARE_NOUNS = {"part", "component", "subassembly", "sub-assembly", "section", "subsystem",
               "sub-system", "module", "assembly", "fuselage", "wing", "structure", "element"}
SHARE_CATEGORIES = {"category:components"}


def work_share(ctx: Context, verb, heads, doers: list[str]) -> tuple[list[str], list[tuple]] | None:
    """(the other side, [the weapon]) when ``verb`` makes parts of a named weapon of a
    state other than ``doers``' one, else None."""
    if verb.pos_ != "VERB":
        return None
    for head in heads:
        ref = ctx.ref_at(head)
        if head.lemma_.lower() not in SHARE_NOUNS and (ref is None or ref.id not in SHARE_CATEGORIES):
            continue
        targets = patterns.prep_objects(head, {"of", "for"}) + patterns.prep_objects(verb, {"for"})
        for weapon in named_below(ctx, targets)[:1]:
            sides = [o for o in owners_of(ctx, weapon[2]) + origins_of(weapon[1]) if o not in doers]
            if sides:
                return sides[:1], [weapon]
    return None
