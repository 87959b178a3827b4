"""Transfers told by "follow": "Estonia received six HIMARS in 2022. Latvia followed with
six in 2023", "Mali got four Su-25s in 2022; two more followed in 2023".

The verb names no weapon: the sentence repeats the transfer stated just before (up to two
sentences back) with its own count and time. A state as the subject takes the place of
the side it stands parallel to (the buyer after "received", the seller after "delivered");
a count as the subject ("two more", "another 14") keeps both sides. A buyer's order that
follows a giver's delivery says nothing of who would sell, and gives no claim.
"""
from __future__ import annotations

from . import attributes, patterns, roles, status as status_mod
from .context import Context, Ref
from .triggers import trigger_of

WINDOW = 2   # sentences back the followed transfer may stand
COMMITTED = {"done", "agreed", "planned"}


def followed(ctx: Context, sent, earlier: list) -> list:
    """The transfers that "follow" verbs of ``sent`` repeat (``earlier``: the document's
    transfer claims so far)."""
    out = []
    for token in sent:
        if token.lemma_.lower() != "follow" or token.pos_ != "VERB" or patterns.is_passive(token) or any(
                c.dep_ == "dobj" and c.lower_ != "suit" for c in token.children):
            continue   # ("followed the talks": an object of its own)
        if token.dep_ == "xcomp" and token.head.lemma_ != "be":
            continue   # "appealed to other owners to follow suit": a wish ("more are to follow" is due)
        subjects = patterns.subjects(token)
        papers = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj"]
        counts = [o for o in papers if _count(o)]
        # "followed with an order for 54": the paper's stage and its count
        stages = [t for t in (trigger_of(o, "transfer") for o in papers if o.pos_ == "NOUN")
                  if t is not None and t.frame in ("get", "ask", "deal")]
        stage = stages[0] if stages else None
        counts += [c for o in papers if stage is not None for c in patterns.prep_objects(o, {"for"}) if _count(c)]
        counted = [s for s in subjects if _count(s)]
        states = [a for s in subjects if not counted for a in roles.actors_of(ctx, s)]
        suit = any(c.dep_ == "dobj" for c in token.children)   # "Denmark followed suit"
        if not (counted or states and (counts or stage is not None or suit)):
            continue
        base = _followed_claim(ctx, token, earlier)
        if base is None:
            continue
        supplier, recipient = base.supplier, base.recipient
        if states and states[0] not in (supplier, recipient):   # (else "Russia followed with six more")
            if not _subject_gave(ctx, base):
                recipient = states[0]
            elif stage is None or stage.frame == "deal":
                supplier = states[0]
            else:
                continue   # "the US delivered HIMARS to Estonia, and Latvia followed with its own order"
        status = status_mod.status_of(token, stage.status if stage is not None else base.status)
        if status is None:
            continue
        claim = ctx.claim("transfer", token, status, base.system, confidence=0.45,
                          supplier=supplier, recipient=recipient)
        claim.mode = base.mode
        for filler in (counted or counts)[:1]:
            attributes.local_quantity(ctx, claim, token, Ref(filler.i, filler.i + 1, "category", "category:unit",
                                                             filler.text))
        out.append(claim)
    return out


def _count(token) -> bool:
    """"six", "two more", "another 14": a count with no noun of its own (a date the parser
    hung on it, "two in 2024", is no noun)."""
    if token.lower_ in ("more", "others") or token.like_num:
        return not any(c.dep_ in ("compound", "poss", "appos") or c.dep_ == "prep" and not roles.dated(c)
                       for c in token.children) and \
            not (token.text.isdigit() and len(token.text) == 4)
    return False


def _followed_claim(ctx: Context, token, earlier: list):
    """The latest committed transfer with named sides and weapon stated in the two
    sentences before ``token``'s (or earlier in its own)."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - WINDOW)].start_char
    for claim in reversed(earlier):
        if claim.type != "transfer" or not first <= claim.start <= ctx.sentences[here].start_char:
            continue
        if claim.status in COMMITTED and "UNK" not in (claim.supplier, claim.recipient) and claim.system:
            return claim
    return None


def _subject_gave(ctx: Context, claim) -> bool:
    """Whether the subject of the claim's own verb was its supplier ("Russia delivered")."""
    entry = ctx.__dict__.get("claim_triggers", {}).get(id(claim))
    if entry is None or entry[0] is not claim:
        return False
    verb = ctx.doc[entry[1]]
    return any(claim.supplier in roles.actors_of(ctx, s) for s in patterns.subjects(verb))

