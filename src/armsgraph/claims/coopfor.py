"""A system made *for* two states or more under a joint programme ("TKMS is building
submarines for Germany and Norway under a joint programme", "the transport aircraft Airbus
develops for Spain, France and Germany within a common project"): the states it is made
for work together on it. A maker's own state may be one of them.
"""
from __future__ import annotations

from . import patterns
from .coopparts import actors_of_phrases

# the frame of the making: a programme, project or agreement held in common
FRAME_PREPS = {"under", "within", "through", "in"}
FRAME_NOUNS = {"programme", "program", "project", "agreement", "arrangement", "scheme", "initiative",
               "framework", "contract", "deal", "effort", "procurement", "acquisition", "order"}
COMMON_WORDS = {"joint", "common", "shared", "bilateral", "trilateral", "multinational", "cooperative",
                "collaborative"}


def _common_frame(nodes) -> bool:
    for node in nodes:
        for obj in patterns.prep_objects(node, FRAME_PREPS):
            if obj.lemma_.lower() in FRAME_NOUNS and any(
                    c.lower_ in COMMON_WORDS for c in obj.children if c.dep_ in ("amod", "compound")):
                return True
    return False


def made_jointly_for(ctx, token, heads) -> list[str]:
    """The states (two or more) a make verb makes its object for, under a common frame."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    fors = patterns.prep_objects(token, {"for"}) + [o for h in heads for o in patterns.prep_objects(h, {"for"})]
    if not fors or not _common_frame([token, *heads, *fors]):
        return []
    found = actors_of_phrases(ctx, patterns.with_conjuncts(fors))
    return found if len(found) >= 2 else []
