"""Which weapon mentions of a sentence are the goods a transfer trades: not a category
beside a named system of the same phrase ("Su-30SM aircraft"), not a general noun that
only announces its examples ("weapons such as the S-400"), not the platform the goods are
for ("missiles for the air force's Typhoons"). Used by :mod:`.transfer`."""
from __future__ import annotations

from . import parties, recall
from .context import Context, Ref
from .governing import SUPPLIES, VAGUE_GOODS, participle


def weapon_refs(ctx: Context, sent) -> list[Ref]:
    """System and category mentions of a sentence; a category mention in the same noun
    phrase as a named system ("Su-30SM aircraft") is left out."""
    refs = [r for r in ctx.refs_in(sent.start, sent.end) if r.is_system]
    # "Gepard ammunition", "Su-30 engines": the goods are the rounds or parts, for the system
    supplies = {r.end - 1 for r in refs if r.id in SUPPLIES and r.end - 1 == recall.np_head(ctx, r)}
    named_heads = {recall.np_head(ctx, r) for r in refs if not r.is_category}
    kept = []
    for ref in refs:
        if ref.is_category and recall.np_head(ctx, ref) in named_heads and ref.id not in SUPPLIES:
            continue
        if not ref.is_category and recall.np_head(ctx, ref) in supplies:
            continue
        if ref.is_category and _exemplified(ctx, ref, refs) or _platform(ctx, ref, refs):
            continue
        if ref.is_category and ref.end - ref.start == 1 and ctx.doc[ref.start].dep_ in ("compound", "amod") \
                and any(r.is_category and r.start <= ctx.doc[ref.start].head.i < r.end for r in refs if r is not ref):
            continue   # "a missile corvette", "a helicopter carrier": the head noun is the weapon
        kept.append(ref)
    return kept


def _platform(ctx: Context, ref: Ref, refs: list[Ref]) -> bool:
    """"missiles for the air force's Typhoons", "fighters for the carrier INS Vikrant": the
    weapon the goods are for is not traded itself."""
    node = parties.root_of(ctx, ref)
    if node.dep_ == "appos":
        node = node.head   # "for the carrier INS Vikrant"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "for":
        return False
    stage = participle(ctx, ctx.doc[recall.np_head(ctx, ref)])
    if stage is not None and stage[1].frame == "get":
        return False   # "rockets for the Chunmoo launchers that Warsaw ordered": bought itself
    # the goods: the phrase "for" hangs on, or the of-object of that noun ("the delivery of
    # 100 Meteor missiles for ... Eurofighters"); not "parts for Venezuela's F-16s": parts
    # are recorded as the weapon they serve
    goods = [prep.head] + [o for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj"]
    # ("spare parts for Russian-origin equipment": general equipment is never the goods)
    return any(r is not ref and (r.id not in VAGUE_GOODS or ref.id == "category:materiel") and
               any(r.start <= g.i < r.end for g in goods) for r in refs)


def _exemplified(ctx: Context, ref: Ref, refs: list[Ref]) -> bool:
    """"weapons such as the S-400 and Iskander", "weapons—like Su-30SM aircraft": the
    general noun only announces the examples that follow it."""
    head = parties.root_of(ctx, ref)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("like", "including", "as", "such"):
            inner = [t.i for t in child.subtree]
            if any(r is not ref and r.start in inner for r in refs):
                return True
        if child.dep_ == "amod" and child.lower_ == "such":
            return True
    return False
