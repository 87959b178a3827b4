"""Help given: a help noun that a side gives, provides or offers to another ("Moscow has
given Tehran technical help on the Fateh-110 missile", "Russia has provided Iran with
assistance for its missile programme", "Beijing will offer Islamabad support for building
the Hangor submarines"). The giver helps the side it gives to, on what the help is for.
The giving verb carries the status (an offer is ``proposed``).
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopparts import DEVELOP_LEMMAS, LEXICON, OPERATE_LEMMAS, actors_of_phrases, doers_of, emit, made_systems, \
    object_heads
from .triggers import trigger_of
from .typeroles import owners_of

GIVING = {"give", "provide", "offer", "extend", "lend", "render", "grant", "pledge", "promise"}


def giving_verb(noun):
    """The verb that gives the help noun ``noun``: its object ("gave help"), or the verb
    whose "with" it stands in ("provided Iran with assistance"); else None."""
    if noun.pos_ != "NOUN":
        return None
    node = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else \
        noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if node is None or node.pos_ != "VERB" or node.lemma_.lower() not in GIVING:
        return None
    return node


def given_help(ctx: Context, noun, trigger) -> list:
    verb = giving_verb(noun)
    if verb is None:
        return []
    helpers = doers_of(ctx, verb)
    if not helpers:
        return []
    taker_phrases = patterns.slot_fillers(verb, "dative") + patterns.prep_objects(verb, {"to"}) + \
        patterns.prep_objects(noun, {"to"})
    if noun.dep_ == "pobj":          # "provided Iran with assistance"
        taker_phrases += patterns.slot_fillers(verb, "dobj")
    # "given Tehran technical help", "offer Islamabad support" (the parser makes the taker a modifier)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    helped = actors_of_phrases(ctx, taker_phrases + modifiers, exclude=tuple(helpers)) or \
        [o for o in owners_of(ctx, noun) if o not in helpers]
    if not helped:
        return []
    heads = patterns.prep_objects(noun, {"on", "for", "with", "in"}) + [    # (or hung on the verb)
        o for o in patterns.prep_objects(verb, {"on", "for", "in"}) if o.i > noun.i] + [
        # "assistance relevant to its missile programme"
        o for a in noun.children if a.dep_ == "amod" for o in patterns.prep_objects(a, {"to"})]
    systems = _helped_systems(ctx, noun, heads)
    if not systems:
        return []
    giving = trigger_of(verb, LEXICON) or trigger
    return emit(ctx, verb, giving, helpers[:1] + helped[:1], systems, mutual=False)


RECEIVING = {"receive", "get", "obtain", "accept", "enjoy"}


def received_help(ctx: Context, noun, trigger) -> list:
    """"Pyongyang received Russian help for its satellite programme", "Iran got assistance
    from China on the Fateh": the side that receives the help is helped by its giver."""
    verb = noun.head if noun.pos_ == "NOUN" and noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING:
        return []
    helped = doers_of(ctx, verb)
    helpers = [a for a in owners_of(ctx, noun) + actors_of_phrases(
        ctx, patterns.prep_objects(noun, {"from"}) + patterns.prep_objects(verb, {"from"})) if a not in helped]
    if not helped or not helpers:
        return []
    heads = patterns.prep_objects(noun, {"on", "for", "with", "in"}) + [
        o for o in patterns.prep_objects(verb, {"on", "for", "in", "with"}) if o.i > noun.i]
    systems = _helped_systems(ctx, noun, heads)
    if not systems:
        return []
    return emit(ctx, verb, trigger, helped[:1] + helpers[:1], systems, mutual=False)


def _helped_systems(ctx: Context, noun, heads: list) -> list:
    """The weapons help is for, from the phrases ``heads`` ("assistance in developing the
    Babur", "help in building the Hwasong": the object of the making word)."""
    for head in list(heads):
        if head.lemma_.lower() in DEVELOP_LEMMAS | OPERATE_LEMMAS and head.pos_ in ("VERB", "NOUN"):
            heads += object_heads(head) if head.pos_ == "VERB" else patterns.prep_objects(head, {"of"})
    systems = made_systems(ctx, noun, heads, develop=True)
    # "assistance relevant to its space launch and missile programmes": the arms, know-how
    # only when nothing armed is named
    return [w for w in systems if w[0] != "category:technology"] or systems
