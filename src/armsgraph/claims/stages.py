"""Stages of one transfer that a sentence tells together, and the clause shapes that
date or frame a transfer: "were sold in 2013 and arrived in 2016" (the sale, then the
arrival), "Saab is pitching the Gripen, Dassault the Rafale" (a subject left out by
gapping), "under a 2015 contract", "after the delivery of the jets". :mod:`.transfer`
uses these while it reads a sentence's weapons."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import attributes, parties, patterns, quantity, recall, roles, status as status_mod
from .governing import participle
from .context import Context, Ref
from .triggers import data_lines, trigger_of

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


COMPANION_FRAMES = {"get", "sign", "give", "offer"}


def companions(ctx: Context, token, trigger, ref: Ref, made: list) -> list:
    """The same claims for weapons bought or sold "with" the weapon ("ordered six HIMARS
    launchers with ATACMS missiles", "sold 24 Rafales with Meteor missiles"): what comes
    with them goes the same way."""
    if not made or trigger.frame not in COMPANION_FRAMES:
        return []
    holders = [ctx.doc[recall.np_head(ctx, ref)]] + ([token] if token.pos_ == "VERB" else [])
    found = []
    for obj in (o for h in holders for o in patterns.prep_objects(h, {"with"})):
        for item in patterns.with_conjuncts([obj]):
            other = ctx.ref_at(item)
            if other is None or not other.is_system or other.id == ref.id:
                continue
            found += [replace(c, system=other.id, quantity=None) for c in made]
    return found


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


TRADE_STAGE_FRAMES = ("give", "get", "arrive")


def after_making(ctx: Context, token, ref: Ref, used: set[int]) -> tuple | None:
    """The trade verb that follows a making participle on the weapon, when the making
    itself tells no transfer: "submarines built by France and delivered in 2005" (a
    participle joined to it), "the Israeli-built Kfir, first acquired in 1996" (a
    participle right after the weapon that the parser hung on the verb above). A verb
    found is added to ``used``; one already in it is not read again."""
    making = trigger_of(token, LEXICON)
    if making is None or making.frame != "licence" or token.pos_ != "VERB" or \
            token.dep_ not in ("acl", "amod"):
        return None
    later = [v for v in token.conjuncts if v.i > token.i]
    doc, head = token.doc, ctx.doc[recall.np_head(ctx, ref)]
    after = head.i + 1
    while after < len(doc) and after <= head.i + 3 and (doc[after].text == "," or doc[after].pos_ == "ADV"):
        after += 1   # "..., first acquired in 1996"
    if after < len(doc) and after > head.i + 1 and doc[after].dep_ in ("advcl", "dep", "acl"):
        later.append(doc[after])
    for verb in later:
        trigger = trigger_of(verb, LEXICON)
        if trigger is not None and trigger.frame in TRADE_STAGE_FRAMES and verb.pos_ == "VERB" and \
                verb.tag_ in ("VBN", "VBD") and verb.i not in used and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children):
            used.add(verb.i)
            return verb, trigger
    return None


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
    if trigger.frame == "give" and token.pos_ == "VERB" and patterns.is_passive(token):
        # "In Norway, four more K9 howitzers were handed over": the state the clause opens with
        fronted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < token.i and
                   any(s.i > p.i for s in patterns.slot_fillers(token, "subjpass")) for o in p.children
                   if o.dep_ == "pobj" and ctx.ref_at(o) is not None and ctx.ref_at(o).kind == "state"]
        return [a for o in fronted for a in roles.actors_of(ctx, o)][:1]
    return []


@lru_cache(maxsize=1)
def stage_words() -> dict[tuple[str, str], str]:
    """(lemma, part of speech) -> "agreed" or "done" (``data/stage_words.tsv``)."""
    return {(row[0].lower(), pos): row[2] for row in data_lines("stage_words.tsv") if len(row) >= 3
            for pos in row[1].split()}


# purchase verbs: the deal itself when the sentence tells the arrival apart ("bought
# twelve Rafales in 2021, and the first six were flown in in 2024")
BUYING = {"buy", "purchase", "acquire", "procure"}
STAGED_FRAMES = ("give", "get", "sign", "deal", "arrive", "service")
TIME_PREPS = {"after", "before", "since", "following", "until", "amid"}
PART_WORDS = {"first", "last", "remainder", "rest", "batch", "some", "most", "half"}
# parts whose arrival completes a purchase ("bought ten jets, the last of which arrived in
# 2006": all have come, one purchase done)
COMPLETING_PARTS = {"last", "remainder", "rest"}


def told_together(ctx: Context, told: list) -> list:
    """The other stage of a transfer one sentence tells at both: "ordered 12 Yak-130s,
    which arrived in 2023" (agreed, and done), "delivers the first T-90S tanks of an order
    for 73" (done, and agreed), "signed in 2012 for 12 Typhoons ..., and all were handed over
    by 2018". ``told`` holds the sentence's transfer claims; each gets the missing stage when
    a stage word of the other stage stands in its clauses, asserted, with no other weapon or
    party of its own. A purchase verb ("bought") is the deal only when the arrival is told
    apart: at another time, or of a part ("the first six", "ten so far")."""
    triggers = ctx.__dict__.get("claim_triggers", {})
    have: dict[tuple, set] = {}
    for claim in told:
        have.setdefault((claim.supplier, claim.recipient, claim.system), set()).add(claim.status)
    out = []
    for claim in told:
        entry = triggers.get(id(claim))
        if entry is None or entry[0] is not claim or claim.status not in ("agreed", "done") or \
                claim.supplier == "UNK" or (claim.system or "").startswith("category:"):
            continue   # (a stage is added only to a transfer whose sides and weapon are named)
        key = (claim.supplier, claim.recipient, claim.system)
        if {"agreed", "done"} <= have[key]:
            continue
        token = ctx.doc[entry[1]]
        trigger = trigger_of(token, LEXICON)
        if trigger is None or trigger.frame not in STAGED_FRAMES:
            continue
        missing = "done" if claim.status == "agreed" else "agreed"
        buying = token.lemma_.lower() in BUYING and token.pos_ == "VERB"
        for cue, stage in _stage_cues(ctx, token, claim):
            if buying and missing == "agreed":
                if stage != "done" or not _told_apart(ctx, claim.year, cue):
                    continue
            elif stage != missing:
                continue
            elif cue.lemma_.lower() in BUYING and not _told_apart(ctx, _year(ctx, cue), token):
                continue   # ("bought X, all of which were delivered": one purchase, done)
            added = replace(claim, status=missing, confidence=0.45)
            whole = ctx.__dict__.get("whole_counts", {}).get(id(claim))
            if missing == "agreed" and whole is not None and whole[0] is claim:
                added.quantity = whole[1]   # (the purchase of all, not the part that arrived)
            # (each stage its own time: the purchase keeps the verb's, the arrival the cue's;
            # the arrival its own count: "bought 36 Gripens in 2014 and has received ten")
            arrival = claim if buying else added
            attributes.dated_at(ctx, arrival, cue)
            arrival.quantity = _own_count(ctx, cue) or arrival.quantity
            out.append(added)
            have[key].add(missing)
            break
    return out


def _own_count(ctx: Context, cue) -> str | None:
    """The count a stage word gives itself: "has received ten", "the first 11 were delivered"."""
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj") and not any(
                ctx.ref_at(t) is not None and ctx.ref_at(t).is_system for t in child.subtree):
            found = quantity.quantity_of(ctx.doc[child.left_edge.i:child.right_edge.i + 1])
            if found:
                return str(found)
    return None


def _year(ctx: Context, token) -> int | None:
    value = attributes.time_at(ctx, token)
    return value.year if value is not None else None


def _told_apart(ctx: Context, year: int | None, cue) -> bool:
    """An arrival (``cue``) at a time of its own, other than the purchase's ``year``, or
    of a part of the goods."""
    arrival = _year(ctx, cue)
    if year and arrival and arrival != year:
        return True
    parts = [t for c in cue.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree]
    if cue.dep_ == "relcl" and any(t.lower_ == "which" for t in cue.subtree):
        parts += [cue.head, *cue.head.lefts]   # "the first batch of which it received in 2015"
    if cue.tag_ in ("VBD", "VBN") and any(t.lower_ in COMPLETING_PARTS for t in parts):
        return False
    return any(t.lower_ in PART_WORDS or t.like_num for t in parts)


def _stage_cues(ctx: Context, token, claim):
    """(word, stage) of the stage words in the clauses of ``token`` (below it, or above it
    with ``token`` below), asserted (not future, modal or negated), with no other party or
    weapon on the way."""
    words = stage_words()
    for cue in ctx.sentence_of(token):
        stage = words.get((cue.lemma_.lower(), cue.pos_))
        if stage is None or cue.i == token.i:
            continue
        if cue.lemma_.lower() == "fly" and not any(c.dep_ == "auxpass" for c in cue.children):
            continue   # "flown to Croatia", not "flies the jets"
        if cue in token.subtree:
            path = _path(cue, token)
        elif token in cue.subtree:
            path = _path(token, cue)[1:] + [cue]
        else:
            continue
        found = status_mod.status_of(cue, stage, "supplier")
        if found is None or found != stage and not (stage == "agreed" and found == "done"):
            continue
        if any(_own_sides(ctx, node, claim) for node in path):
            continue
        if cue.pos_ == "NOUN" and any(n.dep_ == "prep" and n.lower_ in TIME_PREPS for n in path) and \
                not any(c.dep_ in ("det", "poss") and c.lower_ in roles.DETERMINERS for c in cue.children):
            continue   # "after a gas deal with Ankara": another deal; "after the deal": this one
        yield cue, stage


def _path(low, high) -> list:
    """The nodes from ``low`` up to, not including, its ancestor ``high``."""
    out = []
    while low.i != high.i and low.head.i != low.i:
        out.append(low)
        low = low.head
    return out


def _own_sides(ctx: Context, node, claim) -> bool:
    """A word with a party or a weapon of its own: "and Qatar received its first in
    2017", "and K9 howitzers arrived in 2023", "a contract for Abrams tanks"."""
    ref = ctx.ref_at(node)
    if ref is not None and ref.is_system and ref.id != claim.system:
        return True
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
            actors = roles.actors_of(ctx, child)
            if actors and not set(actors) & {claim.supplier, claim.recipient}:
                return True
        elif not (child.dep_ == "prep" and child.lower_ in ("for", "of")):
            continue
        for t in child.subtree:
            ref = ctx.ref_at(t)
            if ref is not None and ref.is_system and ref.id != claim.system:
                return True
    return False


# arrival verbs whose negation says goods are still owed, not refused
UNDELIVERED = {"receive", "get", "deliver", "arrive", "reach", "obtain"}
# a purchase told in the present progressive is under way, not delivered
PURCHASE_VERBS = {"buy", "purchase", "acquire", "procure", "get", "order"}
PACKAGE_NOUNS = {"package", "aid", "assistance", "tranche"}


# participles by which a deal noun says the deal was concluded ("the contract, signed in 1996")
SEALING_VERBS = {"sign", "conclude", "finalise", "finalize", "ink", "seal"}


def adjusted(ctx: Context, token, trigger, ref: Ref, statuses: list[str]) -> list[str]:
    """The statuses of a transfer claim after what the clause around its trigger says of
    the stage (a contract it is bought under, a delivery still ahead, goods still owed,
    a request or offer and what became of it); empty when no claim stands."""
    if statuses == ["done"] and token.lemma_.lower() in PACKAGE_NOUNS and \
            token.head.lemma_.lower() in ("announce", "unveil", "present"):
        statuses = ["planned"]   # "announced a new package of aid": the donor's decision
    if statuses[0] == "done" and trigger.frame in ("get", "give") and under_contract(token):
        # "bought under a contract concluded in 2020", "is supplying X under a contract":
        # the contract stage (delivered goods keep their own "done" claim)
        statuses = ["agreed"] if trigger.frame == "get" or token.tag_ == "VBG" else statuses + ["agreed"]
    if trigger.frame == "get" and statuses[0] == "done" and token.tag_ == "VBG" and \
            token.lemma_.lower() in PURCHASE_VERBS and any(
                c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in token.children):
        statuses[0] = "agreed"   # "Poland is getting 96 Apaches", "Hungary is buying Lynx"
    if trigger.frame == "get" and statuses[0] == "done" and status_mod.priced_purchase(token, ctx.sentence_of(token), parties.DEAL_NOUNS):
        statuses[0] = "agreed"   # "purchased ten drones in a $400 million deal"
    if trigger.frame == "get" and statuses[0] == "done" and (
            trigger.mode == "sale" or token.lemma_.lower() in PURCHASE_VERBS - {"get"}) and \
            status_mod.delivery_ahead(ctx.sentence_of(token), token):
        statuses[0] = "agreed"   # "bought 54 tanks, which are due to be delivered next year"
    if trigger.frame == "get" and statuses[0] == "done" and token.pos_ == "VERB" and \
            token.lemma_.lower() in BUYING and _delivered_next(ctx, token, ref):
        statuses[0] = "agreed"   # "Qatar has bought 24 Typhoons. They are due to be delivered by 2024."
    if trigger.frame in ("get", "give") and statuses == ["done"] and token.pos_ == "VERB" and \
            (token.lemma_.lower() in PURCHASE_VERBS or token.lemma_.lower() == "sell") and later_receipt(token):
        statuses = ["agreed"]   # "were sold in 2013 and arrived in 2016", "bought ... and received
        # them in 2009": the sale, then the arrival
    if statuses[0] in ("refused", "planned") and token.pos_ == "VERB" and token.lemma_.lower() in UNDELIVERED and \
            status_mod.negated(token):   # (planned: "has not yet delivered", status.pending)
        # "we are not receiving what we ordered", "never delivered": goods still owed under
        # an order, or a request still open; not a refusal
        stage = participle(ctx, ctx.doc[recall.np_head(ctx, ref)])
        cue = stage[1].status if stage is not None and stage[0].i != token.i else None
        if cue in ("agreed", "done") or status_mod.ordered_in(ctx.sentence_of(token)):
            statuses[0] = "agreed"
        elif cue == "proposed":
            return []   # "has not received the S-400s it requested": the request stands alone
    if statuses == ["negotiating"] and trigger.frame == "deal" and token.pos_ == "NOUN" and \
            any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SEALING_VERBS
                for c in (*token.children, *ctx.doc[recall.np_head(ctx, ref)].children)):
        # "negotiated the first contract for 50 jets, signed in 1996": its outcome (the
        # parser hangs the participle on the nearest noun, the goods, that no one signs)
        statuses = ["agreed"]
    above = deal_above(ctx, ref) if statuses == ["planned"] and trigger.frame == "deal" else None
    if above is not None and above[0].i == token.i:
        statuses = [trigger.status]   # "will assemble 30 howitzers under a contract": the deal is made
    if trigger.frame in ("ask", "offer") and token.pos_ in ("NOUN", "PROPN") and \
            trigger.status not in statuses and "negotiating" not in statuses:
        # the request itself, and what became of it (an offer being weighed is one stage)
        statuses.append(trigger.status)
    return statuses


# subjects by which the next sentence speaks of goods just bought
RECALLING_SUBJECTS = {"they", "these", "deliveries", "delivery", "first", "last", "rest", "remainder"}


def _delivered_next(ctx: Context, token, ref: Ref) -> bool:
    """The sentence right after a purchase puts the delivery of the same goods ahead, or
    tells the first of them arrive at another time, and names no other weapon: "Qatar has
    bought 24 Typhoons. They are due to be delivered by 2024", "... The first arrived in 2020"."""
    here = ctx.sentence_number(token)
    if here + 1 >= len(ctx.sentences):
        return False
    after = ctx.sentences[here + 1]
    if any((r.is_system or r.is_category) and r.id != ref.id for r in ctx.refs_in(after.start, after.end)):
        return False
    subjects = [t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if not subjects or subjects[0].lower_ not in RECALLING_SUBJECTS:
        return False
    verb = subjects[0].head
    if subjects[0].lower_ == "first" and stage_words().get((verb.lemma_.lower(), verb.pos_)) == "done" and \
            status_mod.status_of(verb, "done", "supplier") == "done" and _year(ctx, verb) != _year(ctx, token):
        return True   # "bought 44 tanks in 2018. The first arrived in 2020.": the arrival told apart
    return status_mod.delivery_ahead(after, token)


def deal_above(ctx: Context, ref: Ref) -> tuple | None:
    """The deal a weapon is built, assembled or produced under ("eight submarines are
    being built under a 2015 agreement with China", "will assemble 30 howitzers and 15
    vehicles under a contract signed in 2021"): (the deal noun, its trigger). The making
    itself is no transfer; the deal is one between the maker and the state that gets them."""
    head = ctx.doc[recall.np_head(ctx, ref)]
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head   # (the later items of a list of goods)
    verb = head.head
    making = trigger_of(verb, LEXICON) if head.dep_ in ("dobj", "nsubjpass") else None
    if making is None or making.frame != "licence" or verb.pos_ != "VERB":
        return None
    if not (verb.tag_ == "VBG" or any(c.lower_ in ("will", "being") for c in verb.children)):
        return None   # (under way or to come: a finished build tells its delivery)
    origin = parties.origin_of(ctx, ref)
    if any(a != origin for s in patterns.subjects(verb) for a in roles.actors_of(ctx, s)):
        return None   # "Kazakhstan will assemble Turkish drones under an agreement": its own licence
    for deal in (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                 for o in c.children if o.dep_ == "pobj"):
        trigger = trigger_of(deal, LEXICON)
        if trigger is not None and trigger.frame == "deal":
            return deal, trigger
    return None


def made_under_buyers(ctx: Context, token, ref: Ref, origin: str, sides: list, blockers: list) -> list:
    """The buyer of a weapon made under the deal ``token`` (:func:`deal_above`): the side
    of the sentence other than the maker ("Hanwha is building K9s in Egypt under a 2022
    deal"), else the state the text is about; [] when the shape is another."""
    found = deal_above(ctx, ref)
    if found is None or found[0].i != token.i:
        return []
    others = [s for s in sides if s not in (origin, *blockers)]
    if others:
        return others[:1]
    return [m for m in roles.main_states(ctx) if m not in (origin, *blockers)][:1]


def colon_goods(ctx: Context, ref: Ref) -> tuple | None:
    """"notified Congress of a $23 billion package for the Emirates: 50 F-35 jets, ...":
    the first goods of a list after a colon that closes the phrase of a trade noun (a
    package, sale, deal) are its goods, wherever the parser hangs them: (the noun, its trigger)."""
    start = ctx.sentence_of(ctx.doc[ref.start]).start
    colons = [t.i for t in ctx.doc[max(start - 1, 0):ref.start] if t.text == ":"]
    if not colons or colons[-1] == 0 or any(
            t.pos_ not in recall.LIST_WORDS and not (t.dep_ in ("advmod", "quantmod") and t.head.pos_ == "NUM")
            for t in ctx.doc[colons[-1] + 1:ref.start]):
        return None
    node = ctx.doc[colons[-1] - 1]
    for _ in range(4):
        trigger = trigger_of(node, LEXICON) if node.pos_ == "NOUN" else None
        if trigger is not None and trigger.frame in ("give", "deal", "offer", "get"):
            return node, trigger
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return None
        node = node.head
    return None
