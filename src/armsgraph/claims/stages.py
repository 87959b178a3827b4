"""Stages of one transfer that a sentence tells together, and the clause shapes that
date or frame a transfer: "were sold in 2013 and arrived in 2016" (the sale, then the
arrival), "Saab is pitching the Gripen, Dassault the Rafale" (a subject left out by
gapping), "under a 2015 contract", "after the delivery of the jets". :mod:`.transfer`
uses these while it reads a sentence's weapons."""
from __future__ import annotations

from dataclasses import replace

from . import parties, patterns, roles
from .context import Context, Ref
from .triggers import trigger_of

LEXICON = "transfer"
ARRIVAL_VERBS = {"arrive", "land", "reach", "dock"}
# nouns of a delivery that may leave their weapon to the sentences before ("the first
# deliveries are scheduled for 2020")
DELIVERY_NOUNS = {"delivery", "deliveries", "supply", "supplies", "transfer", "shipment", "handover"}
# the role a subject left out by gapping fills, and the other side ("Saab is pitching the
# Gripen, Dassault the Rafale")
GAPPED_ROLES = {"give": ("supplier", "recipient"), "offer": ("supplier", "recipient"),
                "get": ("recipient", "supplier"), "sign": ("recipient", "supplier"),
                "ask": ("recipient", "supplier")}


def with_gapped_subject(ctx: Context, trigger, ref: Ref, made: list) -> list:
    """The claims of a later weapon of a gapped list with the party named before it in the
    subject's role ("..., Dassault the Rafale"); ``made`` unchanged otherwise."""
    gap = parties.gapped_subject(ctx, ref) if trigger.frame in GAPPED_ROLES else None
    if gap is None:
        return made
    role, other = GAPPED_ROLES[trigger.frame]
    return list({(c.supplier, c.recipient, c.system, c.status): c for c in (
        replace(c, **{role: gap}) for c in made if getattr(c, other) != gap)}.values())


def later_receipt(token) -> bool:
    """A sale or purchase verb followed, in its own sentence, by the arrival or receipt of
    the same goods: "were sold in 2013 and arrived in 2016", "bought seven helicopters in
    2008, to watch the border, and received them during 2009" (the parser may hang the
    second verb on the purpose clause); not "has so far received ten" (part of them)."""
    verbs = [c for c in token.children if c.dep_ == "conj"]
    verbs += [v for c in token.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
              for v in c.children if v.dep_ == "conj" and v.tag_ == "VBD"]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        if lemma in ARRIVAL_VERBS or lemma == "deliver" or lemma == "receive" and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in verb.children):
            return True
    return False


def arrivals_after(token, used: set[int]) -> list:
    """Arrival verbs coordinated with a sale or purchase verb and sharing its subject."""
    if token.pos_ != "VERB" or trigger_of(token, LEXICON) is None or \
            trigger_of(token, LEXICON).frame not in ("give", "get"):
        return []
    # ("Ten F-16s ordered from the US arrived in 2006": the parser may make the participle
    # the main verb and the arrival its clause complement)
    return [c for c in token.children if c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB" and c.i not in used
            and c.lemma_.lower() in ARRIVAL_VERBS and trigger_of(c, LEXICON) is not None
            and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]


def as_time(token) -> bool:
    """A delivery noun that only dates something else ("after the delivery of the jets")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in DELIVERY_NOUNS and \
        token.dep_ == "pobj" and token.head.lower_ in ("before", "after", "during", "until", "since")


def under_contract(token) -> bool:
    """"under a 2015 deal", "under a contract concluded in 2020" on the trigger verb."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() in parties.DEAL_NOUNS
                                                         for o in c.children)
        for c in token.children)


def arrival_place(ctx, token, trigger) -> list[str]:
    """The receiver an arrival names by its place: "A donation of 20 vehicles from China
    arrived in Harare" (a trade noun arriving), "landed at Ambala air base in northern India"
    (the state of the place inside)."""
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in ARRIVAL_VERBS:
        places = patterns.prep_objects(token.head, {"in", "at", "to"}) + \
            [c for c in token.head.children if c.dep_ == "dobj"]   # "... reached Kyiv"
        found = [a for o in places for a in roles.actors_of(ctx, o)]
        if found:
            return found
    if trigger.frame == "arrive" and not any(c.dep_ == "neg" for c in token.children):
        return [a for o in patterns.prep_objects(token, {"at", "in", "to", "into"})
                for t in o.subtree if t.dep_ == "pobj" and t.i != o.i
                for a in roles.actors_of(ctx, t)][:1]
    return []
