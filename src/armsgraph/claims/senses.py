"""Trigger words that only sometimes tell a transfer, read in their other sense.

"flew its F-16s to Estonia" is a flight (not what Poland operates), "a vehicle weighing
50 tonnes" no purchase being weighed, "the first are expected to cost more" no arrival;
:func:`no_transfer` says when. :func:`carried` tells a craft's cargo from the craft;
:func:`flown_from_base` a base flown from from a seller; :func:`taken_batch` when "take"
receives.
"""
from __future__ import annotations

from . import parties, patterns, roles, topical
from .context import Context, Ref
from .coopparts import LEXICON as COOPERATION, is_joint
from .drillwords import EVENT_WORDS
from .governing import VAGUE_GOODS
from .triggers import Trigger, trigger_of

MEASURES = {"tonne", "ton", "kilogram", "kg", "pound", "lb", "gram"}
# verbs of showing weapons: only a state (or its forces) showing them has them
DISPLAYING = {"parade", "display", "exhibit", "showcase", "show"}
# what a weapon "reaches" that is no place: its range, height or speed
REACHED_MEASURES = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "mach",
                    "altitude", "speed", "range", "height", "ceiling", "knot", "target"}
FLIGHT_WORDS = {"in", "out", "across", "over", "back", "home", "there", "here", "away"}


def expected_goods(token) -> bool:
    """"The first 16 jets are expected from 2026": goods the passive says are awaited by a
    date (not "the S-400 is expected to ...", whose infinitive governs)."""
    return not any(c.dep_ in ("xcomp", "ccomp") for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "from", "by", "before", "next", "early", "later")
        and roles.dated(c) for c in token.children) or any(
        c.dep_ == "npadvmod" and c.lower_ in ("year", "month", "spring", "summer", "autumn", "winter")
        for c in token.children)


def carried(token, ref: Ref) -> bool:
    """The weapon is the cargo of the arriving craft ("landed ... carrying the FK-3")."""
    return any(c.lemma_ in roles.CARRYING and c.dep_ in ("advcl", "acl", "xcomp", "conj") and
               ref.start in {t.i for t in c.subtree} for c in token.subtree)


def flown_in(token) -> bool:
    """"Russia flies in five Su-25s", "they were flown in from Korea": a delivery by air
    (not "the US Army flew in its Typhon launcher": its own, moved)."""
    return token.lemma_.lower() == "fly" and any(
        c.lower_ == "in" and (c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and not any(
            g.dep_ == "pobj" for g in c.children)) for c in token.children) and not any(
        g.dep_ == "poss" and g.pos_ == "PRON" for c in token.children if c.dep_ == "dobj" for g in c.children)


def no_transfer(ctx: Context, token, trigger: Trigger, ref: Ref) -> bool:
    """Trigger words that only sometimes tell a transfer, read in the other sense here."""
    children = list(token.children)
    if trigger.lemma == "fly" and not flown_in(token) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "over", "from", "across") or
            c.dep_ in ("prt", "advmod") and c.lower_ in FLIGHT_WORDS or
            c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return True   # "flew its F-16s to Estonia", "flew Rafales across", "went to fly Su-30s"
    if trigger.frame == "arrive" and any(c.dep_ == "prep" and c.lower_ == "with" and
                                         parties.root_of(ctx, ref).i in [t.i for t in c.subtree]
                                         for c in children):
        # "Japan's air force arrived with F-2 fighters": forces bring their own ("a ship
        # arrived in Tartus with S-300 components" is a delivery)
        return any(roles.actors_of(ctx, s) for s in patterns.subjects(token))
    if trigger.lemma == "weigh" and any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in MEASURES
                                        for c in children):
        return True   # "a vehicle weighing up to 50 tonnes": a weight, not a choice
    if trigger.lemma == "market" and not (token.dep_ == "pobj" and token.head.lower_ == "in" and any(
            roles.actors_of(ctx, s) for s in patterns.subjects(token.head.head))):
        return True   # only a buyer "in the market for" weapons ("the arms market" is none)
    if trigger.lemma in DISPLAYING and (ref.is_category or not any(
            s.lemma_.lower() not in EVENT_WORDS and roles.actors_of(ctx, s) for s in patterns.subjects(token))):
        return True   # "the Belgrade air show exhibited Chinese FK-3s": a show, not an owner
        # (and "paraded Russian aircraft" names no weapon to record)
    if trigger.frame == "arrive" and any(c.dep_ == "dobj" and c.lemma_.lower() in REACHED_MEASURES for c in children):
        return True   # "the missile can reach 2,750 km": a range, not a delivery
    if trigger.lemma in ("expect", "await"):
        # only a buyer that expects goods ("the first are expected in 2026": a date)
        return token.pos_ != "VERB" or patterns.is_passive(token) and not expected_goods(token)
    if trigger.lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children) and not any(
            c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return True   # "will not give up its Su-27s": kept or abandoned, handed to no one
    if trigger.frame == "enter":   # only a named weapon that "entered service (with X)"
        return ref.is_category or not any(c.dep_ == "dobj" and c.lemma_.lower() == "service" for c in children)
    if trigger.frame == "turn":    # only "turned to X for Y" (not "turned down", "turned into")
        return any(c.dep_ == "prt" for c in children) or not any(
            c.dep_ == "prep" and c.lower_ == "to" for c in children)
    if trigger.frame == "deal" and token.pos_ == "NOUN" and not ref.is_category and \
            token.left_edge.i <= ref.start <= token.right_edge.i and (
            any(joint_making(c) for c in children if c.dep_ in ("compound", "amod", "nmod")) or
            any(joint_making(o) for c in children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over")
                for o in c.children if o.dep_ == "pobj")):
        return True   # "a co-production agreement for the K9", "talks on joint production of
        # BrahMos": making a named system together (claims.cooperation), not a sale (parts
        # made jointly for a state's equipment are still supplied to it)
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and _placing(c) for c in children):
        return True   # "ordered / approved the deployment of a carrier": a placing, not a purchase
    if trigger.frame == "client":  # "the largest customer for German weapons": no transfer
        return ref.id in VAGUE_GOODS and any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    return False



# deployment nouns that name a placing of forces or weapons ("the deployment of", "the
# stationing of"): what a verb orders or approves through them is no purchase
PLACING_FRAMES = {"presence", "coming"}


def _placing(noun) -> bool:
    trigger = trigger_of(noun, "deployment")
    return noun.pos_ == "NOUN" and trigger is not None and trigger.frame in PLACING_FRAMES and \
        noun.lemma_.lower() not in ("dispatch", "contribution")


def joint_making(token) -> bool:
    """"co-production", "joint development": a making noun of the cooperation lexicon that
    :func:`.coopparts.is_joint` reads as done together."""
    trigger = trigger_of(token, COOPERATION)
    return token.pos_ == "NOUN" and trigger is not None and trigger.frame == "make" and is_joint(token)


def flown_from_base(ctx: Context, token, ref: Ref) -> bool:
    """"The US flew MQ-9 drones from Niger": a state a "from" phrase names on a verb of
    flying (or its object) that makes none of the weapon is where it flies from, not a
    seller ("flies Su-30 fighters from Russia" is)."""
    bases = [a for o in (token, *patterns.slot_fillers(token, "dobj")) for p in o.children
             if p.dep_ == "prep" and p.lower_ == "from" for b in p.children for a in roles.actors_of(ctx, b)]
    return bool(bases) and not set(bases) & set(parties.catalog_origins(ref.id))


# words of a batch of a deal's goods ("the first batch", "the last of them")
BATCH_WORDS = {"first", "second", "third", "last", "final", "initial", "new", "batch", "lot"}
COUNTED_OUT = BATCH_WORDS | {"all", "rest", "remaining", "dozen"}


def from_on_object(verb) -> bool:
    """A "from" phrase the parser hung on the verb's object ("has taken over its fourth
    frigate from TKMS")."""
    return any(p.dep_ == "prep" and p.lower_ == "from"
               for o in verb.children if o.dep_ == "dobj" for p in o.children)


def taken_batch(ctx: Context, token, ref: Ref, recalled: bool) -> bool:
    """"Pakistan took all four frigates between 2021 and 2023", "has taken a dozen of the
    jets since 2015": goods counted out as the object of "take", recalled from a deal told
    before or named by a plain noun, are received, and so are named goods counted out in
    batches ("has taken a dozen Su-30s in three batches", "its first six Su-30s"); not goods
    taken "to" a place, not "took two Russian T-90 tanks", a capture of arms named with their
    maker)."""
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "over") for c in token.subtree):
        return False
    batches = any(o.lower_ in roles.BATCH_NOUNS for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children)   # "in three batches"
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if recalled and obj.like_num and roles.is_reference(obj) and topical.told(ctx, ref, obj):
            return True   # "Malaysia took its first eight in 2007" (after the text's fighter)
        words = list(obj.subtree)
        goods = [r for r in (ctx.ref_at(t) for t in words) if r is not None and (r.is_system or r.is_category)]
        if not goods or not any(t.like_num or t.lower_ in COUNTED_OUT for t in words):
            continue
        if recalled or all(g.is_category and parties.origin_of(ctx, g, explicit_only=True) is None for g in goods):
            return True
        if (batches or any(t.lower_ in BATCH_WORDS and t.dep_ == "amod" for t in words)) and \
                all(parties.origin_of(ctx, g, explicit_only=True) is None for g in goods):
            return True   # "has taken a dozen Su-30s in three batches", "took its first six Su-30s"
    return False


# verbs that tell what a state has only with a parade as subject ("the parade featured
# Chinese HQ-9 systems"; a trade show features anyone's wares)
PARADE_ONLY, PARADE_NOUNS = {"feature"}, {"parade", "flypast", "fly-past"}


def paraded(token) -> bool:
    """Whether the subject of ``token`` is a parade."""
    return any(s.lemma_.lower() in PARADE_NOUNS for s in patterns.subjects(token))


def parade_holders(ctx: Context, token) -> list[str]:
    """The state whose parade it is, by its place: "a military parade in Minsk"."""
    return [a for s in patterns.subjects(token) for o in patterns.prep_objects(s, {"in"})
            for a in roles.actors_of(ctx, o)][:1]


# triggers that tell a transfer only in one sense (claims.transfer):
RECEIPT_ONLY = {"possession"}   # only after a light verb: "took possession of"
FLEET_ONLY, FLEET_NOUNS = {"add", "incorporate"}, {"fleet", "inventory", "arsenal"}   # only "added six jets to its inventory"
# arrival verbs that are a delivery only for a first or new batch ("the first five Rafales
# landed in India"; "two bombers landed in Venezuela" is a visit)
FIRST_ARRIVAL_ONLY = {"land", "touch"}
PARTICLE_NEEDED = {"touch": "down", "show": "off"}   # "touched down", not "touched on the deal"; "showed off"
# arrival verbs that tell a transfer only with the state the goods come from ("Vietnam's
# submarines come from Russia"; not "the decision comes as ...")
SOURCE_ONLY = {"come"}
# verbs of money that tell a purchase only of named or typed goods ("spent billions on
# Israeli drones"; "spent more on French hardware" is a budget, not a deal)
TYPED_GOODS_ONLY = {"spend"}


def in_sense(ctx: Context, token, trigger: Trigger, ref: Ref, light_verbs) -> bool:
    """Whether a trigger of one sense only is used in it here (see the sets above; the
    parade verbs need a parade as subject)."""
    lemma = trigger.lemma
    if lemma in FIRST_ARRIVAL_ONLY and not carried(token, ref) and not any(
            t.lower_ in BATCH_WORDS for c in token.children if c.dep_ in ("nsubj", "nsubjpass") or
            token.pos_ == "NOUN" and c.dep_ in ("amod", "compound")   # (a verb read as a noun)
            for t in c.subtree) and not any(
            c.lower_ in BATCH_WORDS for c in token.children if c.dep_ in ("npadvmod", "advmod")):
        return False   # (a delivery: "the first batch landed", "..., the first of 36 aircraft")
    if lemma in PARTICLE_NEEDED and not any(
            c.dep_ == "prt" and c.lower_ == PARTICLE_NEEDED[lemma] for c in token.children):
        return False
    if lemma in SOURCE_ONLY and not any(
            a for o in patterns.prep_objects(token, {"from"}) for a in roles.actors_of(ctx, o)):
        return False
    if lemma in PARADE_ONLY and not paraded(token):
        return False
    if lemma in TYPED_GOODS_ONLY and ref.id == "category:materiel":
        return False
    if lemma in FLEET_ONLY and not any(o.lemma_.lower() in FLEET_NOUNS for p in token.children
                                       if p.dep_ == "prep" and p.lower_ in ("to", "into") for o in p.children):
        return False
    if lemma in RECEIPT_ONLY and not (token.dep_ == "dobj" and token.head.lemma_ in light_verbs):
        return False   # "in the possession of the army" is no transfer
    return True

