"""A state's own combat craft coming down abroad, for :mod:`.deployment` (and, as no
delivery, for :mod:`.transfer`): "Two Russian Tu-160 bombers landed in Venezuela",
"American B-52s touched down at RAF Fairford in Britain", "Four US F-22s arrived at Lask
air base in Poland".

Aircraft handed over arrive too ("Poland's first F-35s arrived at Lask", "the
Chinese-made J-10Cs landed in Pakistan"), so the craft must be a state's by a state word
before it that no maker or delivery word marks (:func:`.vessels.own_craft`), and an
arrival must be at a base: "American F-16s arrived in Ukraine" stays a delivery.
"""
from __future__ import annotations

from . import patterns
from .bases import AIRFIELDS, _is_base
from .context import Context
from .roles import family_category
from .typeroles import place_objects, weapons_of
from .vessels import BEARING, BOMBERS, own_craft

# verbs of craft coming down wherever they are ("landed in Venezuela"); "touch" with "down"
LANDING = {"land", "touch"}
# verbs of craft coming to or working from a base ("arrived at Lask air base")
AT_BASE = {"arrive", "reach", "operate"}
# what an arrival at a base moves: craft that fly themselves in (drones arriving are
# mostly goods delivered)
FLOWN_IN = {"category:aircraft", "category:helicopters"}


def craft_abroad(ctx: Context, verb) -> bool:
    """Whether ``verb`` tells a state's own craft (its subject) landing somewhere or
    arriving at, or operating from, a base."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in LANDING | AT_BASE:
        return False
    if lemma == "touch" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    if lemma in AT_BASE and not any(_is_base(ctx, o) or o.lemma_.lower() in AIRFIELDS
                                    for o in place_objects(verb, {"at", "to", "from", "in"})) and \
            not any(t.lemma_.lower() in BOMBERS for s in patterns.subjects(verb) for t in s.subtree if t.i <= s.i):
        return False      # (bombers are no goods: "Two Russian Tu-160 bombers arrived in Venezuela")
    categories = FLOWN_IN if lemma in AT_BASE else FLOWN_IN | {"category:uav", "category:ships"}
    return any(own_craft(ctx, subject, weapon) and _category(weapon) in categories and not _carrier(verb, subject)
               for subject in patterns.subjects(verb) for weapon in weapons_of(ctx, subject))


# a craft that carries what it brings ("a Turkish transport plane landed in Tripoli carrying
# advisers"): what it carries is placed or handed over (:func:`.vessels.transported`), not it
CARRIER_WORDS = {"transport", "cargo", "freight"}


def _carrier(verb, craft) -> bool:
    return any(c.dep_ in ("acl", "advcl", "xcomp", "conj") and c.lemma_.lower() in BEARING and c.tag_ == "VBG"
               for c in list(verb.children) + list(craft.children)) or \
        any(t.lower_ in CARRIER_WORDS for t in craft.subtree if t.i < craft.i)


def landed_craft(ctx: Context, verb, obj, weapon) -> bool:
    """Whether ``obj`` (one of ``weapon``) is the own craft that :func:`craft_abroad`
    finds on ``verb``."""
    return obj in patterns.subjects(verb) and craft_abroad(ctx, verb) and own_craft(ctx, obj, weapon)


def _category(weapon) -> str | None:
    system = weapon[0]
    return system if system.startswith("category:") else family_category(system)
