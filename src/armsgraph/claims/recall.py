"""Transfers that point back: the weapon or the deal of a sentence named earlier.

- ``definite`` / ``np_head`` / ``apposed_system``: "the jets", "six of the drones", "the
  fighter, the F-35A" stand for a named system;
- ``deal_systems`` / ``recent_named``: a contract naming no weapon is about the weapon the
  text is about, or the one the deal between the same sides named;
- ``recalled_purchase`` / ``earlier_stage``: "the purchase", "a second purchase", "the offer",
  "the 2016 deal" give another stage of a transfer stated before (requests answered later:
  :mod:`.answers`);
- ``listed_after`` / ``conjunct_origin`` / ``military_goods``: list items the parser split,
  goods listed beside a named system, "military sales" as materiel;
- ``same_sides``: a relative purchase ("which were ordered from Italy") as the contract
  stage of the delivery; ``without_vague_duplicates``: materiel beside a named weapon of the
  same sale.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import STATUSES
from . import families, letters, memory, parties, patterns, quantity, roles, status as status_mod, topical
from .context import Context, Ref
from .triggers import Trigger, cues

# frames whose status reads from the giving side ("the jets may go to Iran" is a possible
# transfer; "Iran may buy jets" only a buyer's musing)
SUPPLIER_SIDE = {"give", "offer", "origin", "deal", "arrive"}

# words a contract may be qualified by and still be the arms deal of the text
DEAL_MODIFIERS = {"arms", "weapon", "weapons", "sales", "sale", "supply", "purchase", "export",
                  "defence", "defense", "military", "original", "previous", "new", "initial",
                  "first", "second", "signed", "multibillion", "billion", "million", "$", "contract",
                  "deal", "agreement"}
ORDER_NOUNS = {"order", "contract", "deal", "batch", "lot", "shipment", "consignment", "purchase"}
MATERIEL_MODIFIERS = {"military", "arms", "weapons", "defence", "defense"}
RECALLED_NOUNS = {"purchase", "acquisition", "sale", "procurement", "order", "offer"}


# a deal about these is about forces stationed abroad, not goods
BASE_NOUNS = {"base", "bases", "airbase", "airbases", "facility", "facilities", "garrison", "garrisons",
              "outpost", "outposts", "airfield", "airfields"}


def deal_systems(ctx: Context, token) -> list[Ref]:
    """"Russia suspended the 2007 contract with Iran", "the deal between Indonesia and
    Russia": a contract named without its weapons is the deal about the weapon the text
    is about (named in the three sentences before)."""
    inside = [t.i for t in token.subtree]
    if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
        # "is in talks with Russia on the joint production of spare parts": the topic
        # hangs on the verb
        inside += [t.i for c in token.head.head.children if c.dep_ == "prep" and
                   c.lower_ in ("on", "about", "over", "for", "regarding", "concerning") for t in c.subtree]
    if any(ctx.ref_at(i) is not None and ctx.ref_at(i).is_system and
           ctx.ref_at(i).id != "category:materiel" for i in inside):
        return []
    if any(ctx.doc[i].lower_ in BASE_NOUNS and ctx.doc[i].pos_ == "NOUN" for i in inside):
        return []   # "negotiating over the future of both bases": a deployment, not goods
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(ctx.ref_at(c) is None and not c.like_num and c.lemma_.lower() not in DEAL_MODIFIERS
           for c in modifiers):
        return []   # "a gas contract", "trade deal"
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                   for c in token.children) or any(c.like_num for c in modifiers) or \
        any(c.lemma_.lower() in parties.DEAL_NOUNS for c in modifiers)   # "contract talks"
    between = any(c.dep_ == "prep" and c.lower_ in ("between", "with")
                  for t in [token] + [a for a in token.children if a.dep_ == "acl"]
                  for c in t.children)
    # "Delivery is expected to begin in 2025" right after the order: that order's next stage
    bare_stage = token.lemma_.lower() in ("delivery", "deliveries") and token.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in token.children) \
        and not any(c.lower_ == "had" for c in token.head.children)   # ("had been scheduled": a lapsed plan)
    if not (definite or between or bare_stage):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) and letters.letter_of(token) is None:
        return []   # "the supply of gas": an object of its own (not "the letter of offer")
    # a contract may be mentioned far from its weapon; a delivery stays close to it
    window = 1000 if parties.DEAL_NOUNS & {token.lemma_.lower()} else 3 if bare_stage else 2
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - window)].start
    counts: dict[str, int] = {}
    latest: dict[str, Ref] = {}
    for ref in ctx.refs:
        if ref.kind == "system" and first <= ref.start < token.i and not roles.carrier(ctx, ref):
            counts[ref.id] = counts.get(ref.id, 0) + 1
            latest[ref.id] = ref
    ranked = sorted(counts, key=lambda f: -counts[f])
    # the weapon of the transfer stated just before comes first ("Greece and Israel signed a
    # memorandum on PULS launchers. Athens is expected to finalise the deal")
    made = [e for e in memory.made_first(ctx, list(memory.recent_entries(ctx, token))) if e[3] in latest]
    # (of the goods of one trigger, the first named: "a package for the UAE: 50 F-35 jets, 18 drones")
    last = [e for e in made if e[0] == made[0][0]][-1][3] if made else None
    if last is not None:
        ranked = [last] + [f for f in ranked if f != last]
    return [latest[family] for family in ranked][:3]


CONTINUATION_WORDS = {"more", "another", "further", "additional"}
LATER_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def definite(ctx: Context, ref: Ref) -> bool:
    head = parties.root_of(ctx, ref)
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        # "12 more aircraft of this type"
        if any(o.lemma_ in ("type", "kind", "model", "sort") and any(
                d.lower_ in ("this", "that", "the", "same") for d in o.children) for o in prep.children):
            return True
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in head.children):
        dets.add("the")   # "pledged to donate their jets"
    if any(t.lower_ in CONTINUATION_WORDS for c in head.children if c.i < head.i
           for t in (c, *c.children)):
        dets.add("the")   # "six more jets", "another 12 aircraft": more of the same
    if dets & {"a", "an"} and any(c.dep_ == "amod" and c.lower_ in LATER_ORDINALS for c in head.children):
        dets.add("the")   # "a fourth frigate is still being negotiated": one more of them
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.like_num or head.head.head.lower_ in parties.PARTITIVES or
            head.head.head.lower_ in roles.ORDINAL_WORDS | roles.REMAINDER_WORDS):
        dets.add("the")   # "six of the drones", "hundreds of the drones", "the first of 36 aircraft"
    if _counted_after_name(ctx, ref, head) or topical.counted_topic(ctx, ref, head):
        return True   # "K9: 24 howitzers purchased from South Korea"; "24 aircraft" of the text's fighter
    if _counted_in_next_clause(ctx, ref, head):
        dets.add("the")   # "selected the Gripen E and signed for 36 jets"
    # "the new jets", "the remaining 30 aircraft": plain adjectives and numbers keep the
    # description pointing back; a state or a type word ("the Chinese drones") does not
    return bool(dets & {"the", "these", "those", "this", "that"}) and not any(
        (c.dep_ == "nmod" or c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and not _of_order(c) or c.dep_ in ("acl", "relcl") and not _aside(c)
         or c.dep_ == "compound" and not (c.pos_ == "NOUN" and c.text.islower())
         or c.dep_ in ("amod", "nummod", "compound") and ctx.ref_at(c) is not None
         and ctx.ref_at(c).kind not in ("state", "quantity", "date"))
        and ctx.ref_at(c) is not ref for c in head.children)


def _clause_verb(token):
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _counted_in_next_clause(ctx: Context, ref: Ref, head) -> bool:
    """"Brazil selected the Gripen E and signed a contract for 36 jets": a plain counted
    noun ("36 jets", no article, no name) in a clause joined to one whose object is a
    named system of its kind counts that system."""
    if not any(c.dep_ == "nummod" for c in head.children) or any(
            c.dep_ in ("det", "poss", "compound", "nmod") or c.dep_ == "amod" and not c.text.islower()
            for c in head.children):
        return False
    verb = _clause_verb(head)
    if verb is None or verb.dep_ != "conj":
        return False
    start = ctx.sentence_of(head).start
    earlier = [r for r in ctx.refs_in(start, head.i) if r.is_system and not r.is_category and
               getattr(_clause_verb(ctx.doc[r.start:r.end].root), "i", -1) == verb.head.i]
    return any(roles.describes(head, ref.id, r.id) for r in earlier)


def _counted_after_name(ctx: Context, ref: Ref, head) -> bool:
    """A plain counted noun ("16 aircraft", "29 launchers") after one named system of its
    kind, in its own sentence or the one before, and no other: "Su-30SME fighters acquired
    from Russia; the first two of six aircraft ordered in 2018", "HIMARS: 29 launchers
    purchased". A count of another kind, or among two named kinds, names nothing."""
    if not any(c.dep_ == "nummod" and c.like_num for c in head.children) or any(
            c.dep_ in ("det", "poss", "compound", "nmod") or c.dep_ == "amod" and not c.text.islower()
            for c in head.children):
        return False
    here = ctx.sentence_number(head)
    start = ctx.sentences[max(0, here - 1)].start
    named = {r.id for r in ctx.refs_in(start, head.i) if r.is_system and not r.is_category}
    kinds = {family for family in named if roles.describes(head, ref.id, family)}
    return len(kinds) == 1


def stated_origin(ctx: Context, ref: Ref) -> str | None:
    """The maker an adjective gives a description ("the Turkish aircraft" -> TUR)."""
    for child in parties.root_of(ctx, ref).children:
        inner = ctx.ref_at(child)
        if child.dep_ in ("amod", "compound") and inner is not None and inner.kind == "state":
            return inner.actor
    return None


def antecedent(ctx: Context, ref: Ref) -> Ref | None:
    """The named system a definite description stands for ("the jets", "the Turkish
    aircraft" after TB2s), unless its adjective gives another maker."""
    head = parties.root_of(ctx, ref)
    counted = topical.counted_topic(ctx, ref, head)
    found = topical.antecedents(ctx, head, counted=counted) or topical.antecedents(ctx, head, window=8)
    if not found:
        return None
    said = stated_origin(ctx, ref)
    if said is not None and said != parties.catalog_origin_of(found[0]):
        return None   # "the Chinese drones" after Bayraktars: another weapon
    return found[0]


def _of_order(prep) -> bool:
    """"the last aircraft of its 2019 order": the order names no other weapon; "those
    aircraft, together with three ground stations": an addition singles out none either."""
    if prep.lower_ in ("alongside", "plus") or prep.lower_ == "with" and any(
            c.lower_ in ("together", "along") for c in prep.children) or \
            prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("together", "along"):
        return True
    if roles.dated(prep):
        return True   # "about the weapon in 2017": a date misattached to the noun
    return prep.lower_ == "of" and any(o.lemma_.lower() in ORDER_NOUNS for o in prep.children)


def _aside(clause) -> bool:
    """A non-restrictive clause ("the drones, which will be delivered in May"): it does not
    single out a new weapon."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ","


def np_head(ctx: Context, ref: Ref):
    """The head noun of the phrase a weapon mention sits in ("S-300 ... systems")."""
    node = parties.root_of(ctx, ref)
    while node.dep_ in ("compound", "nmod", "amod", "appos", "nummod", "npadvmod") and \
            node.head.i != node.i:
        node = node.head
    return node.i


CLASS_NOUNS = {"class", "type", "family", "series", "variant", "model", "version"}


def apposed_system(ctx: Context, ref: Ref) -> Ref | None:
    """The named system an apposition gives a general weapon noun ("the fighter, the
    Lockheed Martin F-35A"), read from the surface: the small model often misparses it."""
    head = ctx.doc[np_head(ctx, ref)]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            named = ctx.ref_at(obj)
            if named is not None and named.kind == "system" and (
                    obj.lemma_.lower() in CLASS_NOUNS or named.end - 1 == obj.i):
                return named   # "the two frigates of the Jose Rizal class"
    end = head.i + 1
    if ref.end > end and ref.end < len(ctx.doc) and ctx.doc[ref.end].text == "(":
        end = ref.end   # "the Surface to Air Missile (VL-SRSAM)": after the whole kind
    if end >= len(ctx.doc) or ctx.doc[end].text not in (",", "—", "–", "("):
        return None
    for token in ctx.doc[end + 1:min(end + 6, len(ctx.doc))]:
        named = ctx.ref_at(token)
        if named is not None and named.kind == "system":
            return named
        if token.pos_ not in ("DET", "PROPN", "ADJ", "NOUN", "PUNCT") or token.text in (",", ";", "."):
            return None
    return None


def same_deal_system(ctx: Context, token, ref: Ref, suppliers: list[str],
                     recipients: list[str]) -> tuple[Ref, str] | None:
    """"The Emirates had been negotiating the purchase of 50 aircraft" after a transfer of
    F-35s to the Emirates: a bare category between the sides of a transfer of a named
    system of that kind, stated up to three sentences before, is that system. Returns the
    system's latest mention and that transfer's supplier."""
    if any(parties.unnamed(o) for o in patterns.prep_objects(parties.root_of(ctx, ref), {"from"})):
        return None   # "aircraft from other makers": a seller left open on purpose
    for i, supplier, recipient, family in memory.recent_entries(ctx, token):
        if family.startswith("category:") or recipient not in recipients or \
                suppliers not in ([], ["UNK"], [supplier]):
            continue
        if not roles.covers(ref.id, roles.family_category(family)) or \
                families.other_kind(ctx.doc[np_head(ctx, ref)].lemma_, family):
            continue   # (nor "frigates" after a submarine)
        mentions = [r for r in ctx.refs if r.id == family and r.start < token.i]
        if mentions:
            return mentions[-1], supplier
    return None


def loose_example(ctx: Context, before: Ref, ref: Ref) -> bool:
    """"Algeria, which buys most of its weapons from Russia, including Su-30 fighters": an
    example the parser hung on another noun still names the general goods before it."""
    if before.start > ref.start:
        return False
    node = parties.root_of(ctx, ref)
    if not before.is_category:
        # the next item of the same example list ("... fighters and S-400 systems")
        return node.dep_ == "conj" and node.head.i == parties.root_of(ctx, before).i
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in ("including", "like", "as") and \
        not (ctx.ref_at(prep.head) is not None and ctx.ref_at(prep.head).is_system) and \
        prep.head.i < before.start and \
        ctx.sentence_number(prep) == ctx.sentence_number(ctx.doc[before.start])


def listed_after(ctx: Context, before: Ref, ref: Ref) -> bool:
    """Whether ``ref`` continues a list that ``before`` opened (items split by semicolons
    or commas, each with its own participle), which the parser failed to join."""
    between = ctx.doc[before.end:ref.start]
    separators = [t.i for t in between if t.text in (";", ",")]
    if not separators:
        return False
    # the item starts right after the last separator ("; and second-hand F-16s")
    if any(t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "CCONJ", "PUNCT") and not (
            t.dep_ in ("advmod", "quantmod") and t.head.pos_ == "NUM")   # ("; up to 18 drones")
           for t in ctx.doc[separators[-1] + 1:ref.start]):
        return False
    head = ctx.doc[np_head(ctx, ref)]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ in ("VBD", "VBZ", "VBP"):
        return False   # "..., and six Il-76 planes flew Pantsirs in": a clause of its own
    return not any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") and not _participle(t) or t.pos_ == "SCONJ" or
                   t.lower_ in ("which", "that", "who", "while", "but", "whereas") for t in between)


LIST_WORDS = ("DET", "ADJ", "NUM", "PUNCT", "PROPN", "NOUN", "CCONJ")


def colon_list(ctx: Context, before: Ref, ref: Ref) -> bool:
    """"took delivery of new equipment from Russia: Mi-17 helicopters, ...": ``ref`` opens
    the list after a colon that names the kind ``before`` stood for."""
    if not before.is_category:
        return False
    colons = [t.i for t in ctx.doc[before.end:ref.start] if t.text == ":"]
    if not colons or any(t.pos_ not in LIST_WORDS for t in ctx.doc[colons[-1] + 1:ref.start]):
        return False   # (only the list's words before it: no verb, no clause of its own)
    head = parties.root_of(ctx, ref)
    return not (head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"))


def _participle(token) -> bool:
    """A past form the tagger called VBD that modifies a noun ("the Su-35 made by
    Russia"): a participle, not the verb of a clause of its own."""
    return token.tag_ == "VBD" and token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children)


def military_goods(ctx: Context, token, trigger: Trigger) -> list[Ref]:
    """"military sales to Venezuela", "defence exports to Turkey": the modifier names the
    goods (materiel) when no weapon is named in the phrase."""
    if token.pos_ != "NOUN" or trigger.frame not in ("give", "get", "offer", "vendor", "client"):
        return []
    if any(ctx.ref_at(t) is not None and ctx.ref_at(t).is_system for t in token.subtree):
        return []
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in MATERIEL_MODIFIERS:
            return [Ref(child.i, child.i + 1, "category", "category:materiel", child.text)]
    if trigger.frame in ("vendor", "client") and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        # "India's largest supplier": in a defence text, of arms ("their suppliers" is too
        # vague to record)
        return [Ref(token.i, token.i + 1, "category", "category:materiel", token.text)]
    return []


def conjunct_origin(ctx: Context, ref: Ref, recipients: list[str]) -> str | None:
    head = parties.root_of(ctx, ref)
    for other in head.conjuncts:
        named = ctx.ref_at(other)
        if named is None or named.is_category:
            named = next((r for r in ctx.refs_in(other.left_edge.i, other.i + 1)
                          if r.kind == "system"), None)
        found = parties.origin_of(ctx, named) if named is not None else None
        if found and found not in recipients:
            return found
    return None


def recent_named(ctx: Context, token, ref: Ref, sides: list[str]) -> Ref | None:
    """The named system of ``ref``'s category that the latest transfer between the same
    sides (three sentences back) was about."""
    for i, supplier, recipient, family in memory.recent_entries(ctx, token):
        if [supplier, recipient] != sides[:2] or family.startswith("category:"):
            continue
        named = next((r for r in ctx.refs if r.kind == "system" and r.id == family and r.start < token.i), None)
        if named is not None and roles.covers(ref.id, roles.family_category(named.id)):
            return named
    return None


def recalled_purchase(ctx: Context, token, trigger: Trigger) -> list:
    """"still wanted to push ahead with the purchase": a bare "the purchase" is the
    transfer stated last (up to three sentences back), at the stage this sentence gives."""
    further = [c for c in token.children if c.dep_ == "amod" and c.lower_ in LATER_ORDINALS | CONTINUATION_WORDS]
    if not any(c.dep_ == "det" and (c.lower_ in ("the", "this", "that") or further and c.lower_ in ("a", "an", "another"))
               for c in token.children) or \
            any(c.dep_ in ("prep", "compound", "amod", "poss", "nmod", "acl", "relcl", "appos") and not _plain(c)
                and c not in further and not _stage_participle(c) and not _occasion(c) for c in token.children):
        return []   # ("a second purchase, this time for the army": one more of the same)
    if any(ctx.ref_at(t) is not None and ctx.ref_at(t).is_system for t in token.subtree):
        return []
    recent = list(memory.recent_transfers(ctx, token))
    if not recent:
        return []
    side = "supplier" if trigger.frame in SUPPLIER_SIDE else "recipient"
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "the sale has stalled": the verb says what became of it, or nothing is claimed
        # ("the purchase, signed in 2015, cost ...": the participle; "the offer remains")
        verb = next((c for c in token.children if _stage_participle(c)), token.head)
        cue = cues().get(verb.lemma_.lower())
        statuses = [cue.status] if cue is not None and cue.status in STATUSES else \
            [trigger.status] if verb.lemma_.lower() in STANDING_VERBS else []
    else:
        statuses = status_mod.statuses_of(token, trigger.status, side)
    out = []
    for supplier, recipient, family in recent:
        for status in statuses:
            claim = ctx.claim("transfer", token, status, family, confidence=0.4,
                              supplier=supplier, recipient=recipient)
            claim.mode = trigger.mode
            out.append(claim)
    return out


PLAIN_MODIFIERS = {"proposed", "planned", "possible", "potential", "pending", "long-awaited"}
# verbs by which a deal told before still holds at the stage it was told ("the offer remains
# on the table", "the order stands")
STANDING_VERBS = {"remain", "stand"}


def _stage_participle(modifier) -> bool:
    """"the purchase, signed in October 2015": a participle set off by commas that tells a
    stage of the deal (a status cue)."""
    return modifier.dep_ == "acl" and modifier.tag_ == "VBN" and _aside(modifier) and \
        modifier.lemma_.lower() in cues()


def _occasion(modifier) -> bool:
    """"a second purchase, this time for the army": an aside on the occasion."""
    return modifier.dep_ == "appos" and modifier.lemma_.lower() == "time"


def _plain(modifier) -> bool:
    """A modifier that singles out no other deal: "the proposed sale", "the $875 million
    sale" (a price)."""
    if modifier.dep_ == "prep":   # "the sale on hold" (the parser hangs it on the noun)
        return modifier.lower_ == "on" and any(o.lemma_.lower() in status_mod.ON_HOLD for o in modifier.children)
    return modifier.lower_ in PLAIN_MODIFIERS or modifier.dep_ in ("compound", "nmod", "amod") and all(
        t.like_num or t.is_currency or t.lower_ in ("million", "billion", "m", "bn") for t in modifier.subtree)


def for_units(ctx: Context, token) -> bool:
    """"the contract for three shore-based batteries": a deal for units of a weapon the
    text named before (no weapon, no side of its own)."""
    return any(o.dep_ == "pobj" and ctx.ref_at(o) is None and o.lower_ in roles.SYSTEM_NOUNS
               for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children)


def earlier_stage(ctx: Context, token, trigger: Trigger, stated: list[tuple]) -> list:
    """"The first Rafales landed in India in 2020, four years after the 2016 deal was
    signed": a deal in a clause of its own, naming no weapon or side, is the contract
    stage of the transfer the sentence states."""
    if not stated or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "for", "on", "of")
                         for c in token.children):
        return []
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                   for c in token.children)
    clause = patterns.clause_verb(token)
    if clause is None or clause.dep_ not in ("advcl", "pcomp", "relcl"):
        return []
    if not definite and clause.lemma_.lower() not in ("complete", "fulfil", "fulfill", "finish", "close"):
        return []   # ("arrived ..., completing a contract signed in 2016": that contract)
    statuses = status_mod.statuses_of(token, trigger.status, "supplier")
    out = []
    seen = set()
    for claim, ref in stated:
        for status in statuses:
            key = (claim.supplier, claim.recipient, claim.system, status)
            if status == claim.status or key in seen:
                continue
            seen.add(key)
            new = ctx.claim("transfer", token, status, ref, confidence=0.45,
                            supplier=claim.supplier, recipient=claim.recipient)
            new.mode = claim.mode
            out.append(new)
    return out


PART_NOUNS = {"part", "batch", "tranche", "share", "portion", "installment", "instalment"}


def apposed_deal(ctx: Context, ref: Ref):
    """"its first NH90s, part of an order for 28 signed in 2018", "two jets, the first batch
    of a 2021 contract": the order an apposition says the weapon belongs to."""
    head = ctx.doc[np_head(ctx, ref)]
    for appos in head.children:
        if appos.dep_ != "appos" or appos.lemma_.lower() not in PART_NOUNS:
            continue
        for prep in appos.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.lemma_.lower() in ORDER_NOUNS:
                        return noun
    return None


def order_stage(ctx: Context, deal, trigger, ref: Ref, made: list) -> list:
    """The claims of the order an apposition names (:func:`apposed_deal`), counted by the
    order's own "for" phrase ("an order for 28 units", "a contract for 30")."""
    out = same_sides(ctx, (deal, trigger), ref, made)
    goods = [o for p in deal.children if p.dep_ == "prep" and p.lower_ == "for"
             for o in p.children if o.dep_ == "pobj"]
    count = None
    if goods:
        count = goods[0].text if goods[0].like_num else \
            quantity.quantity_of(ctx.doc[goods[0].left_edge.i:goods[0].i + 1])
    for claim in out:
        claim.quantity = str(count) if count else None
    return out


GAPPED = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:more )?from\b", re.I)


def gapped_sources(ctx: Context, token, made: list) -> list:
    """"three Patriot batteries from Germany, one from the Netherlands and one from Romania":
    a bare count with its own "from" phrase beside the first seller is the same transfer
    from another seller, with its own count."""
    out = []
    if not made or not GAPPED.search(ctx.sentence_texts[ctx.sentence_number(token)]):
        return out   # (cheap test first: a count right before "from")
    for claim in made:
        for source in (t for t in ctx.sentence_of(token) if t.dep_ == "pobj" and t.head.lower_ == "from"):
            if claim.supplier not in roles.actors_of(ctx, source):
                continue
            counts = [c for c in source.children if c.dep_ == "appos" and c.like_num]
            counts += [c for n in list(counts) for c in n.conjuncts if c.like_num]
            for count in counts:
                for seller in patterns.prep_objects(count, {"from"}):
                    for actor in roles.actors_of(ctx, seller):
                        if actor not in (claim.supplier, claim.recipient):
                            out.append(replace(claim, supplier=actor, quantity=count.text))
    return out


def gapped_recipients(ctx: Context, token, made: list) -> list:
    """"sold 18 of its F-16s to Chile and five more to Romania": a count joined to the
    giving verb with its own "to" phrase is the same transfer to another receiver, with its
    own count."""
    if not made or token.pos_ != "VERB":
        return []
    counts = [c for c in token.children if c.dep_ == "conj" and (c.like_num or c.pos_ == "NUM")]
    out = []
    for count in counts:
        receivers = [a for o in patterns.prep_objects(count, {"to"}) for a in roles.actors_of(ctx, o)]
        for claim in made:
            for actor in receivers:
                if actor not in (claim.supplier, claim.recipient):
                    out.append(replace(claim, recipient=actor, quantity=count.text))
    return list({(c.supplier, c.recipient, c.system, c.status): c for c in out}.values())


def same_sides(ctx: Context, stage: tuple, ref: Ref, made: list) -> list:
    """"The frigates, which were ordered from Italy in 2020, will be delivered to Indonesia":
    the relative clause is an earlier stage of the same transfer, between the same sides."""
    token, trigger = stage
    out = []
    for status in status_mod.statuses_of(token, trigger.status, "recipient"):
        for supplier, recipient in dict.fromkeys((c.supplier, c.recipient) for c in made):
            claim = ctx.claim("transfer", token, status, ref, confidence=0.45,
                              supplier=supplier, recipient=recipient)
            claim.mode = trigger.mode
            out.append(claim)
    return out


def without_vague_duplicates(claims: list) -> list:
    """"a military sale to Romania for Patriot systems", "the first to send cruise missiles,
    delivering Storm Shadows": the materiel or kind a sentence names beside a named weapon
    of that kind in the same transfer is that weapon; so is a kind named elsewhere in the
    text for the same sides at the same stage and year (or with no year on either)."""
    named: dict[tuple, set] = {}
    for c in claims:
        if c.system and not c.system.startswith("category:"):
            named.setdefault((c.start, c.supplier, c.recipient, c.status), set()).add(
                (roles.family_category(c.system), c.year))
    specific = {(c.start, c.supplier, c.recipient, c.status) for c in claims
                if c.system != "category:materiel"}

    def covered(c) -> bool:
        key = (c.start, c.supplier, c.recipient, c.status)
        if c.system == "category:materiel":
            return key in specific
        # (the same event: the same kind in the same year; "donated a corvette in 2019 and
        # built frigates received in 2020" are two)
        if not c.system.startswith("category:"):
            return False
        if any(c.system in (kind, f"category:{kind}") and year == c.year
               for kind, year in named.get(key, ()) if kind):
            return True
        # a kind the text names elsewhere, for the same sides at the same stage ("Iran
        # shipped ballistic missiles to Russia" beside "Iran delivered Fath-360s to Russia")
        return any(c.system == kind and (year == c.year or None in (year, c.year))
                   for kind, year in elsewhere.get(key[1:], ()))
    elsewhere: dict[tuple, set] = {}
    for (_start, *sides), kinds in named.items():
        elsewhere.setdefault(tuple(sides), set()).update(kinds)
    return [c for c in claims if not covered(c)]
