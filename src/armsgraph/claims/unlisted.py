"""Weapons the catalog does not list but the text names by designation.

"China has delivered a JY-11 3D air surveillance radar", "the Chinese WJ-600 drones": the
category noun's phrase carries a designation (letters, then digits: "JY-11", "WJ-600",
"KT-1", "VN1") that no catalog entry explains. GUIDELINES give a category only where the
text names no system, so such a claim takes the designation as its system name (what the
text calls it, as for every system outside the fixed table; ``claims.naming``).
"""
from __future__ import annotations

import re


# letters (one to five, the first a capital), an optional hyphen, one to four digits, a
# short suffix ("CH-3A", "H-6K"); not "3D", "COVID-19" (letters in lower case), a year
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Z]{0,3}")
NOT_DESIGNATIONS = re.compile(r"(?:G|F|P|Q|H|M|N|COVID|MH|SU|A)\d?|(?:19|20)\d\d")


def naming(ctx, ref) -> tuple:
    """(the mention, the system name) a claim about the category mention ``ref`` takes: a
    catalog system named among its premodifiers, else an unlisted designation, else the
    category itself."""
    named = named_in_phrase(ctx, ref)
    if named is not None:
        return named, named.id
    return ref, designation_of(ctx, ref) or ref.id


def _premodifiers(ctx, ref):
    """The words before a category mention in its noun phrase ("the Chinese HQ-9" of "the
    Chinese HQ-9 long-range air defence system")."""
    head = ctx.doc[ref.end - 1]
    return ctx.doc[head.left_edge.i:ref.start]


def designation_of(ctx, ref) -> str | None:
    """The unlisted designation in the phrase of a category mention, else None."""
    if not ref.is_category:
        return None
    head = ctx.doc[ref.end - 1]
    for token in _premodifiers(ctx, ref):
        ref_here = ctx.ref_at(token)
        if ref_here is not None and ref_here.role != "unlinked" or \
                token.head.i not in range(head.left_edge.i, head.i + 1):
            continue   # (a known entity, or a word of another phrase; not a name the model
            # only guessed to be a firm)
        if DESIGNATION.fullmatch(token.text) and not NOT_DESIGNATIONS.fullmatch(token.text):
            return token.text
    return None


def named_in_phrase(ctx, ref):
    """A catalog system named in the phrase of a category mention ("the Chinese HQ-9
    long-range air defence system, which Turkmenistan bought"): the named Ref, else None.
    Not for goods made for a system ("Gepard ammunition", "Su-30 engines")."""
    from .fitted import NOT_PLATFORMS
    if not ref.is_category or ref.id in NOT_PLATFORMS:
        return None
    for token in _premodifiers(ctx, ref):
        named = ctx.ref_at(token)
        if named is not None and named.is_system and not named.is_category and token.dep_ != "poss":
            return named   # (a premodifier, however the parser hangs it: "HQ-9" on "Chinese")
    return None

