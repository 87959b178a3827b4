"""Transfer claims: who gives, sells, lends or hands which weapons to whom.

Anchored on weapon mentions: for each system or category mention of a sentence, the
nearest transfer trigger that governs it (``data/transfer.tsv``) is found by climbing
the dependency tree (:mod:`.governing`); the trigger's frame (:mod:`.patterns`) gives the slots of the
supplier and the recipient, :mod:`.roles` turns them into actors and :mod:`.status`
decides the status. A second pass handles triggers whose object is a reference
("delivered them", "the systems were handed over") by resolving it to the systems
named earlier. Missing roles: the supplier falls back to the origin the text gives the
system ("Russian-made", "Russia's", "made in Z") or that the catalog records, else UNK.
"""
from __future__ import annotations

from . import (answers, askers, attributes, deploycraft, deploypeople, deployment, fitted, followers, letters, memory,
               parties, patterns, recall, receivers, roles, senses, stages, status as status_mod, tables, topics, typeroles,
               untriggered, vessels)
from .context import Context, Ref
from .governing import (CONTENT_VERBS, VAGUE_GOODS, clause_actors, goods_phrases, goods_pronoun, governing_trigger,
                        participle, referenced_systems)
from .goods import weapon_refs
from .recall import SUPPLIER_SIDE
from .sellers import built_for, built_in, joint_makers, paired_sellers
from .slots import fill_roles, promised_to
from .stages import DELIVERY_NOUNS
from .triggers import Trigger, lexicon, trigger_of, triggers_in

LEXICON = "transfer"
TALK_TOPIC_PREPS = {"on", "over", "about"}   # "talks with Beijing on Wing Loong drones"
# light verbs whose subject receives the noun trigger they take ("took delivery of",
# "took possession of"); senses.RECEIPT_ONLY nouns are triggers only after one of them
LIGHT_VERBS = {"take", "accept", "receive", "await", "expect", "gain"}
CIVIL_MARKERS = {"airline", "airlines", "airliner", "airliners", "carrier", "passenger", "passengers",
                 "widebody", "wide-body", "narrowbody", "narrow-body", "airways", "cargo"}


def find(ctx: Context) -> list:
    claims = []
    opened = None   # (governed, stated) of a sentence the parser ended at a colon
    for _, sent in typeroles.sentences(ctx):
        first = len(claims)
        used: set[int] = set()
        stated: list[tuple] = []   # (claim, weapon) found in this sentence
        governed = None            # (weapon, trigger token, trigger) of the last claim made
        listing = None             # (the kind, its trigger token, trigger) a colon's list names
        if opened is not None and sent.start > 0 and ctx.doc[sent.start - 1].text == ":":
            governed, stated = opened[0], list(opened[1])   # (its list follows)
        in_table = tables.row_tokens(ctx)
        for ref in weapon_refs(ctx, sent):
            if ref.start in in_table:
                continue   # (tables.find reads a table's rows)
            kind = listing or governed
            listed = kind is not None and recall.colon_list(ctx, kind[0], ref)
            # ("new equipment from Russia: Mi-17 helicopters, ...": the items of the kind)
            found = kind[1:] if listed else governing_trigger(ctx, ref)
            listing = kind if listed else None
            if found is None and governed is not None and (
                    recall.listed_after(ctx, governed[0], ref) or recall.loose_example(ctx, governed[0], ref)):
                found = governed[1:]   # "including the Tejas made by India; the Su-35 made by Russia"
            held = parties.foreign_held(ctx, ref) if found is None or (
                found[0].dep_ == "amod" and found[0].head.i == recall.np_head(ctx, ref)) else None
            if held is not None:
                found = held, HELD   # "Kyiv's German-supplied tanks", "its British-built jets"
            if found is None:
                found = untriggered.standing(ctx, ref) or stages.deal_above(ctx, ref) or \
                    stages.colon_goods(ctx, ref)   # "... are in service", "• FINLAND – 64 F-35A fighters",
                # "built under a 2015 agreement with China", "a package for the UAE: 50 F-35 jets"
            if found is not None and (found[1].frame == "use" or found[0].dep_ == "nsubj" and
                                      found[0].head.lemma_.lower() in CONTENT_VERBS):
                # "we fly the MiG-29s that Belarus sold us": the sale names the seller ("the
                # package covers 31 drones that India agreed to buy": the deal's own stage)
                stage = participle(ctx, ctx.doc[recall.np_head(ctx, ref)])
                if stage is not None and stage[1].frame in ("give", "get"):
                    used.add(found[0].i)   # (the verb of use says nothing more)
                    found = stage
            if found is None:
                continue
            token, trigger = found
            used.add(token.i)
            local = ref
            recalled = False
            apposed = recall.apposed_system(ctx, ref) if ref.is_category else None
            if apposed is not None:
                ref = apposed   # "the latest American fighter, the F-35A"
            elif ref.is_category and (ref.id not in parties.NOT_TRANSFERRED and recall.definite(ctx, ref) or
                                      ref.id in parties.NOT_TRANSFERRED and
                                      roles.is_reference(parties.root_of(ctx, ref))):
                # "the jets", "these systems": the named system they stand for (else the
                # kind bought before: "ordered the first boat" after Chinese submarines)
                ref = recall.antecedent(ctx, ref) or ref
                recalled = True   # (named before, or the kind bought before)
            elif ref.id == "category:materiel" and (trigger.frame == "deal" or parties.under_deal(token)
                                                    or token.dep_ == "compound"):
                # "a weapon sales contract signed between the two countries"
                named = [r for r in roles.system_antecedents(ctx, token) if not r.is_category]
                ref = named[0] if named else ref
            if ref is not local and stages.as_time(token):
                continue   # "before and after the delivery of the jets": told before
            made = claims_for(ctx, token, trigger, ref, recalled=recalled)
            later = None if made else stages.after_making(ctx, token, local, used)
            if later is not None:   # "submarines built by France and delivered in 2005": the delivery
                token, trigger = later
                made = claims_for(ctx, token, trigger, ref, recalled=recalled)
            if listed:   # (the list's items come from where the kind came from)
                kinds = [c for c, r in stated if r is kind[0]]
                for claim in made:
                    claim.supplier, claim.recipient = next(((k.supplier, k.recipient) for k in kinds
                                                            if k.status == claim.status),
                                                           (claim.supplier, claim.recipient))
            made = stages.with_gapped_subject(ctx, trigger, local, made)
            made += stages.companions(ctx, token, trigger, local, made)   # "... with ATACMS missiles"
            for arrival in stages.arrivals_after(token, used):
                # "were sold by Russia in 2009 and arrived in Vietnam in 2014": both stages
                used.add(arrival.i)
                stage = claims_for(ctx, arrival, trigger_of(arrival, LEXICON), ref, recalled=recalled)
                if arrival.dep_ == "ccomp" and arrival.tag_ == "VBD":
                    for claim in stage:   # (the participle's "ordered" is no cue of the arrival)
                        claim.status = "done"
                made += stage
            if made and governed is not None and token.dep_ in ("acl", "relcl") and \
                    token.head.i == recall.np_head(ctx, ref) and recall.listed_after(ctx, governed[0], ref):
                # "considering ... and F-16s being offered by Denmark": both verbs hold
                made += claims_for(ctx, governed[1], governed[2], ref)
            elif made:
                governed = (local, token, trigger)
            # (also when the main verb gave nothing: "The howitzers, which Nigeria ordered
            # from Turkey, are expected to arrive")
            stage = participle(ctx, ctx.doc[recall.np_head(ctx, local)])
            if stage is not None and (stage[1].frame in ("get", "ask") or stage[1].frame == "give" and not made) \
                    and stage[0].i != token.i and stage[0].i not in used:
                # ("accepted a patrol boat donated by Australia": the gift, when the verb tells none)
                # "received the last of five regiments ordered from Russia in 2018"
                used.add(stage[0].i)
                earlier = claims_for(ctx, stage[0], stage[1], ref)
                if earlier and not made and trigger.frame in ("give", "arrive") and token.dep_ == "ROOT":
                    # "the drones Turkey sold to Kenya were delivered": the delivery the main
                    # verb tells is between the sides the clause names
                    made += recall.same_sides(ctx, (token, trigger), ref, earlier)
                made += earlier or recall.same_sides(ctx, stage, ref, made)
            deal = recall.apposed_deal(ctx, local) if made else None
            order = trigger_of(deal, LEXICON) if deal is not None and deal.i not in used else None
            if order is not None:
                used.add(deal.i)   # "its first NH90s, part of an order for 28": the order too
                made += recall.order_stage(ctx, deal, order, ref, made)
            made += recall.gapped_sources(ctx, token, made)   # "..., one from the Netherlands"
            if trigger.frame == "give":
                made += recall.gapped_recipients(ctx, token, made)   # "... and five more to Romania"
            if ref is not local:   # "six of the armed drones": the phrase's own count
                for claim in made:
                    attributes.local_quantity(ctx, claim, token, local)
            claims.extend(made)
            stated.extend((claim, ref) for claim in made)
        found_triggers = triggers_in(ctx.doc, LEXICON)
        for i in range(sent.start, sent.end):
            trigger = found_triggers[i]
            if trigger is None or i in used or i in in_table:
                continue
            token = ctx.doc[i]
            letter = letters.letter_of(token) if trigger.frame == "offer" else None
            if letter is not None:
                if letter.i in used:
                    continue
                # "Doha signed the letter of offer and acceptance" (claims.letters)
                token, trigger = letter, letters.trigger_for(letter)
                used.add(letter.i)
            if token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i in used and found_triggers[c.i] is not None
                                            for c in token.children) or \
                    token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.i in used:
                continue   # "weighing an offer of submarines": one claim, from either word
            if trigger.frame == "deal" and token.dep_ == "dobj" and \
                    token.head.lemma_.lower() in status_mod.UNASSERTING and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue   # "neither side has confirmed the deal": the one just told
            if trigger.frame == "deal" or (token.pos_ == "NOUN" and token.lemma_.lower() in DELIVERY_NOUNS):
                # the units its own "for" phrase counts ("a contract for three coastal
                # batteries"), else the first weapon (the text's most named) the sides can trade
                refs, filler = referenced_systems(ctx, token, trigger)   # (or "delivery of its first six")
                if trigger.frame != "deal" and stages.as_time(token):
                    refs = []   # "after the delivery of the jets": a time, told elsewhere
                found = [c for ref in refs for c in claims_for(ctx, token, trigger, ref, confidence=0.45)]
                _own_count(ctx, found, token, filler)
                claims.extend(found)
                for ref in ([] if found else recall.deal_systems(ctx, token)):
                    found = claims_for(ctx, token, trigger, ref, confidence=0.45, named_sides=True)
                    if found:
                        claims.extend(found)
                        break
                if not found and trigger.frame == "deal":
                    claims.extend(recall.earlier_stage(ctx, token, trigger, stated))
                continue
            if token.pos_ == "NOUN" and token.lemma_.lower() in recall.RECALLED_NOUNS:
                recalled = recall.recalled_purchase(ctx, token, trigger)
                if recalled:
                    claims.extend(recalled)
                    continue
            if trigger.frame in ("ask", "offer") and token.pos_ == "NOUN":
                answered = answers.answered_request(ctx, token, trigger) if trigger.frame == "ask" \
                    else answers.answered_offers(ctx, token, trigger)
                if answered:
                    claims.extend(answered)
                    continue
            refs, filler = referenced_systems(ctx, token, trigger)
            for ref in refs or recall.military_goods(ctx, token, trigger):
                made = claims_for(ctx, token, trigger, ref, confidence=0.45, recalled=bool(refs))
                _own_count(ctx, made, token, filler)   # "the remaining two squadrons"
                claims.extend(made)
        claims.extend(stages.told_together(ctx, claims[first:]))
        claims.extend(followers.followed(ctx, sent, claims))   # "Latvia followed with six"
        claims.extend(answers.bare_refusals(ctx, sent, claims))   # "Minsk asked for Iskanders; Moscow refused"
        claims.extend(fitted.powered(ctx, sent))   # "Ukrainian engines power the Akinci"
        opened = (governed, stated) if sent[-1].text == ":" else None
    claims.extend(tables.find(ctx))   # "Ghana | A-29 Super Tucano | 5 | Contract signed"
    return recall.without_vague_duplicates(claims)


def _own_count(ctx: Context, claims: list, token, filler) -> None:
    """The count of the phrase standing for a weapon named before ("the remaining two
    squadrons") on its claims; a batch has none."""
    if filler is None or filler.lower_ in roles.BATCH_NOUNS:
        return
    for claim in claims:
        attributes.local_quantity(ctx, claim, token, Ref(filler.i, filler.i + 1, "category", "category:unit",
                                                         filler.text))


# the reading of a weapon a state holds and another made ("Kyiv's German-supplied tanks")
HELD = Trigger("hold", "NOUN", "fleet", "done", None)


def claims_for(ctx: Context, token, trigger: Trigger, ref: Ref, confidence: float = 0.6,
               named_sides: bool = False, recalled: bool = False) -> list:
    """Claims of ``trigger`` about the weapon ``ref``: roles from the trigger's slots, then
    from the deal around it, the weapon's maker or owner, and the sentences before."""
    if ref.id in parties.NOT_TRANSFERRED or ref.is_category and deploypeople.crowd(ctx.doc[recall.np_head(ctx, ref)]):
        return []   # (forces; "2,000 fighters were sent to Libya": people, not jets)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in ctx.doc[recall.np_head(ctx, ref)].children):
        return []   # "No Patriot systems have been delivered": nothing happened
    if fitted.for_parts(ctx, ref):
        return []   # "cameras used on Turkish drones": the cameras move, not the drones
    if trigger.frame == "arrive" and trigger is not untriggered.IN_SERVICE and (
            vessels.visiting(token) or deploycraft.craft_abroad(ctx, token)):
        return []   # "three Chinese navy ships arrived in Sihanoukville": a visit (claims.vessels),
        # "US F-22s arrived at Lask air base": a state's own jets (claims.deploycraft)
    local = ref
    if not senses.in_sense(ctx, token, trigger, ref, LIGHT_VERBS):
        return []   # ("landed" without a first batch, "came" without a source, ...)
    if trigger.frame == "give" and token.pos_ == "NOUN" and token.dep_ == "dobj" and \
            token.head.lemma_ in LIGHT_VERBS:
        # "the Philippines took delivery of BrahMos batteries from India": the subject gets
        trigger = Trigger(trigger.lemma, trigger.pos, "get", trigger.status, trigger.mode)
    if trigger.mode == "lease" and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        # "Malaysia is leasing four helicopters from a private firm": the lessee gets them
        trigger = Trigger(trigger.lemma, trigger.pos, "get", trigger.status, trigger.mode)
    if senses.no_transfer(ctx, token, trigger, ref):
        return []
    if trigger.frame == "give" and (patterns.sent_for_drill(token, lexicon("exercise")) or
                                    patterns.drill_nearby(ctx, token, lexicon("exercise")) or
                                    patterns.sent_by_service(token) or
                                    deployment.sent_on_mission(token) or
                                    deploypeople.sent_as_unit(token, ctx.doc[recall.np_head(ctx, ref)]) or
                                    deploypeople.sent_with_troops(ctx, token, ctx.doc[recall.np_head(ctx, ref)])):
        return []   # "sent F-35s to Poland for an exercise / to police its airspace": a deployment
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if trigger.lemma == "fly" and trigger.frame == "use" and senses.flown_from_base(ctx, token, ref):
        return []   # "the US flew MQ-9 drones from Niger": where they flew from, not their maker
    if trigger.lemma == "take" and (particles - {"up", "in", "on", "over"} or not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in token.children) and
            not (particles and senses.from_on_object(token)) and
            not senses.taken_batch(ctx, token, ref, recalled)):
        # "took out the S-400", "took part": only "took (over) X from Y" is a purchase
        return []
    if trigger.lemma in ("propose", "expect", "await") and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return []   # "proposed to design the engine together": a plan, not goods offered
    if trigger.lemma == "pick" and "up" in particles:
        trigger = Trigger(trigger.lemma, trigger.pos, "get", "done", trigger.mode)   # "picked up 18 F-16s"
    if senses.flown_in(token):
        trigger = Trigger(trigger.lemma, trigger.pos, "give", "done", trigger.mode)   # "Russia flies in five Su-25s"
    buyers = built_for(ctx, token) if trigger.frame == "licence" and \
        parties.licence_source(ctx, token) is None else []
    if buyers:
        # "TKMS is building MEKO frigates for Egypt": a maker building for a foreign buyer
        # sells to it (under way: agreed; "built ... for Egypt": done)
        status = "agreed" if token.tag_ == "VBG" or any(c.lower_ == "being" for c in token.children) else "done"
        trigger = Trigger(trigger.lemma, trigger.pos, "give", status, trigger.mode)
    if trigger.frame == "licence":
        granters = parties.licence_source(ctx, token)
        if granters is None:
            return []   # "Hungary will assemble vehicles": production, not a transfer
    found = fill_roles(ctx, token, trigger)
    if trigger.lemma in senses.PARADE_ONLY and not found.get("recipient"):
        found["recipient"] = senses.parade_holders(ctx, token)   # "a parade in Minsk featured ..."
    if trigger.frame == "enter" and not found.get("recipient"):
        # "entered service with the Indian Air Force": the phrase hangs on "service"
        found["recipient"] = [a for c in token.children if c.dep_ == "dobj"
                              for o in patterns.prep_objects(c, {"with", "in", "into"})
                              for a in roles.actors_of(ctx, o)]
    if trigger.frame == "turn":
        # "turned to Turkey for drones and to Israel for artillery": the "to" before each "for"
        goods = parties.root_of(ctx, ref)
        sellers = [t for t in token.subtree if t.lower_ == "to" and t.pos_ == "ADP" and t.i < goods.i]
        found["supplier"] = [a for o in sellers[-1:] for c in o.children if c.dep_ == "pobj"
                             for a in roles.actors_of(ctx, c)]
    if trigger.frame == "licence" and granters:
        found["supplier"] = granters   # "under a licence from Germany's Rheinmetall"
    if trigger.frame == "licence" and not found.get("recipient"):
        found["recipient"] = parties.licence_source(ctx, token, ("in",)) or []
    if buyers:   # (the for-phrase, wherever the parser hangs it; the yard's country)
        found["recipient"] = buyers
        found["supplier"] = found.get("supplier") or built_in(ctx, token)
    suppliers = found.get("supplier", [])
    if trigger.frame in ("get", "sign") and token.pos_ == "VERB":
        suppliers = paired_sellers(ctx, token, ref) or suppliers
    recipients = found.get("recipient", [])
    verb = patterns.clause_verb(token) if token.pos_ == "NOUN" and trigger.frame == "give" else None
    buying = trigger_of(verb, LEXICON) if verb is not None else None
    if buying is not None and buying.frame == "get" and not recipients and suppliers and \
            set(suppliers) <= {a for s in patterns.subjects(verb) for a in roles.actors_of(ctx, s)}:
        # "Baku bought the systems as part of a package that included Harop drones": the
        # buyer of the clause receives the package
        suppliers, recipients = [], suppliers
    if not recipients:
        recipients = stages.arrival_place(ctx, token, trigger)
    if not recipients and trigger.frame not in ("use", "usedby", "fleet", "service", "rely"):
        suppliers, recipients = fitted.parts_sides(ctx, token, ref, suppliers)   # "engines for Baykar's Akinci"
    if parties.orders_from_buyer(ctx, token, ref, suppliers, recipients):
        suppliers, recipients = [], suppliers   # "a 2010 order from Libya for six Yak-130s"
    elif askers.request_from_asker(ctx, token, ref, suppliers, recipients):
        suppliers, recipients = [], suppliers   # "a request from Baghdad for more Mi-28s"
    if trigger.frame == "arrive" and any(c.dep_ == "neg" for c in token.children):
        return []   # "the tanks will not reach them before 2026": a delay, no refusal
    if trigger.frame == "arrive" and not recipients and (ref.is_category or trigger.lemma == "go"):
        return []   # "ammunition to go along with the howitzers", "the batch of planes arrived"
    preps = ("from", "with") if trigger.frame == "get" else ("from",)
    explicit_origin = parties.origin_of(ctx, ref, explicit_only=True, from_preps=preps)
    origin = explicit_origin or parties.origin_of(ctx, ref)
    if explicit_origin and recipients == [explicit_origin] and trigger.frame in ("get", "sign"):
        # "the government ordered tanks from Krauss-Maffei Wegmann": the description is
        # not the seller's government but the one named before it
        recipients = [a for s in patterns.subjects(token) if ctx.ref_at(s) is None
                      for a in roles.actors_of(ctx, s, exclude=(explicit_origin,))][:1] or recipients
    blockers = parties.third_parties(ctx, token)
    if explicit_origin:
        # a licence holder is no side when the weapon is made elsewhere
        blockers += [a for a in parties.licensers(ctx, token) if a != explicit_origin]
    if trigger.frame in ("use", "usedby", "fleet", "service", "equip", "rely") and not recipients:
        return []   # "It is equipped with S-300", "missiles deployed in the country"
    if trigger.frame == "deal" or parties.under_deal(token):
        sides = found.get("parties", []) + suppliers + recipients
        if len(found.get("parties", [])) < 2:
            # the deal's own "with"/"between" phrases first; then the clause around it
            sides += [p for p in parties.party_pool(ctx, token) if p not in sides]
        sides = [p for p in dict.fromkeys(sides) if p not in blockers]
        recent = []
        if (not sides or origin and sides == [origin]) and trigger.frame == "deal" and (
                token.dep_ == "nsubj" and token.head.lemma_.lower() in CONTENT_VERBS
                or recall.for_units(ctx, token)):
            # "The first contracts cover 180 tanks", "the contract for three batteries was
            # signed": the sides of the deal just stated (its maker selling)
            recent = memory.recent_sides(ctx, token, family=None if ref.is_category else ref.id)
            if sides and recent[:1] != sides:
                recent = []
        elif (not sides or origin and sides == [origin]) and trigger.frame == "deal" and (
                token.dep_ in ("nsubj", "nsubjpass") or token.pos_ == "VERB" and patterns.is_passive(token)):
            # "Contract negotiations are expected to conclude next year", "a further tranche
            # is being discussed (with the French)" right after a transfer was stated: that
            # deal's next stage
            recent = memory.recent_sides(ctx, token, window=1)
            recent = recent if (not sides or recent[:1] == sides) and (
                not explicit_origin or recent[:1] == [explicit_origin]) else []   # ("Israel's used Kfirs were discussed")
        elif sides in ([], [origin]) and trigger.frame == "deal" and trigger.status == "negotiating" and \
                token.dep_ == "pobj" and token.head.lower_ == "under":
            # "a second batch is under discussion (with the Chinese side)": the same (talks,
            # not "under a deal")
            recent = memory.recent_sides(ctx, token, window=1)
            recent = recent if not sides or recent[:1] == sides else []
        if recent:
            suppliers, recipients = recent[:1], recent[1:]
            if ref.is_category:
                # "180 tanks" of a deal about "1,000 K2 tanks": the system named for it
                ref = recall.recent_named(ctx, token, ref, recent) or ref
        elif origin in sides or (origin and len(sides) == 1 and (
                not named_sides or sides[0] in memory.recent_recipients(ctx, token, [origin], None))):
            # "Athens is expected to finalise the deal" after Greece's purchase was named
            suppliers, recipients = [origin], [p for p in sides if p != origin]
            if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children):
                # "agreed to buy Mirages from Qatar, only to shelve that deal": its seller
                # (of this sentence: a deal told earlier may have been resold since)
                suppliers = memory.holder_of(ctx, token, ref.id, recipients, window=0) or suppliers
        elif named_sides:
            return []   # a contract recalled from earlier: its maker must be one of the sides
        elif len(sides) == 2 and "UNK" in sides:
            # "Serbia is in talks with three other countries about jets": the named side buys
            suppliers, recipients = ["UNK"], [p for p in sides if p != "UNK"]
        elif len(sides) == 2 and (trigger.frame == "deal" or trigger.frame == "get" and token.pos_ == "NOUN"):
            # "Argentina signed a contract with Denmark for second-hand F-16s" ("... for the
            # purchase of 24 F-16s"): the partner of a contract sells a weapon neither side
            # makes, the signer buys
            deals = [token] if trigger.frame == "deal" else parties.signed_deals(patterns.clause_verb(token))
            sellers = [a for d in deals for o in parties.deal_partners(d) for a in roles.actors_of(ctx, o)]
            signers = patterns.subjects(token) if token.pos_ == "VERB" else patterns.governor_subjects(token)
            buyers = [a for s in signers for a in roles.actors_of(ctx, s)]
            if len(sellers) == 1 and len(buyers) == 1 and sellers != buyers:
                suppliers, recipients = sellers, buyers
            elif not sellers and origin and set(buyers) == set(sides):
                # "Estonia and Lithuania signed contracts for HIMARS": co-buyers of a
                # weapon neither makes
                suppliers, recipients = [origin], buyers
        if trigger.frame == "deal" and not recipients and origin and not suppliers[1:]:
            own = [a for a in parties.np_recipients(ctx, ref) if a != origin]
            if own and suppliers in ([], [origin]):
                suppliers, recipients = [origin], own   # "the deal covers 36 F-15s for Qatar"
        if trigger.frame == "deal" and sides in ([], [origin]) and origin and not recipients and not ref.is_category and \
                token.pos_ == "NOUN" and (ref.start in {t.i for o in goods_phrases(token) + (
                    patterns.prep_objects(token, TALK_TOPIC_PREPS) if trigger.status == "negotiating" else [])
                                                        for t in o.subtree} and
                                          not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ != "worth" and
                                                  not (c.dep_ == "amod" and c.lower_ in recall.DEAL_MODIFIERS)
                                                  for c in token.children)
                                          or any(c.dep_ == "compound" and ref.start <= c.i < ref.end
                                                 for c in token.children)):
            # ("the Rafale contract was signed in 2022": the weapon names the deal)
            # "a 2019 contract for 12 Yak-130 trainers was completed": the maker sells to
            # the state the text is about
            # (a side of its own sentence, "Iranian officials said that a contract for
            # Su-35s had been finalised"; else the text's main state, not the nearest)
            main = [m for m in roles.main_states(ctx) if m not in (origin, *blockers)]
            speaker = [s for s in [roles.speaker_of(ctx, token)] if s and s not in (origin, *blockers)]
            buyers = roles.antecedents(ctx, token, 1, exclude=(origin, *blockers), window=0) or \
                speaker or main[:1] or roles.antecedents(ctx, token, 1, exclude=(origin, *blockers))
            # ("the deal for 18 launchers signed with Hanwha is worth $1.1bn, Warsaw said")
            if buyers:
                suppliers, recipients = [origin], buyers
        if trigger.frame == "deal" and not recipients and origin and suppliers in ([], [origin]):
            made = stages.made_under_buyers(ctx, token, ref, origin, sides, blockers)
            suppliers, recipients = ([origin], made) if made else (suppliers, recipients)   # (stages.deal_above)
        recipients = askers.bought_for(ctx, ref, suppliers, recipients) or recipients
        if trigger.frame == "deal" and not (suppliers and recipients):
            return []   # a deal is a claim only between two named sides
    if not suppliers:
        # "buy aircraft from Russia or China": every seller the weapon's phrase names
        sources = [a for a in parties.np_sources(ctx, ref, preps) if a not in recipients]
        if len(sources) > 1:
            suppliers = sources
    if not suppliers and explicit_origin and explicit_origin not in recipients:
        # ("Israeli and Turkish drones": each origin of the coordination)
        suppliers = [a for a in parties.joint_origins(ctx, ref, explicit_origin) if a not in recipients]
    if not suppliers and not origin and ref.is_category:
        # "50 F-35 jets and 18 drones": goods listed with a named system come from its maker
        origin = recall.conjunct_origin(ctx, ref, recipients)
    heading = roles.heading_state(ctx, token) if not recipients else None
    if heading is not None and heading not in suppliers and heading not in blockers:
        recipients = [heading]   # "• LATVIA – Six HIMARS under a 2023 contract; deliveries in 2026"
    if not suppliers or not recipients:
        pool = [p for p in parties.party_pool(ctx, token) if p not in blockers]
        if origin in pool and origin not in recipients and not suppliers:
            suppliers = [origin]
        if suppliers and not recipients:
            recipients = [p for p in pool if p not in suppliers][:2]
        elif recipients and not suppliers and trigger.frame not in ("use", "usedby", "fleet", "rely", "vendor"):
            others = [p for p in pool if p not in recipients]
            if len(others) == 1:
                suppliers = others
    if not suppliers and len(recipients) > 1 and origin in recipients:
        suppliers, recipients = [origin], [r for r in recipients if r != origin]
    if not recipients and trigger.frame == "get" and goods_pronoun(token) is not None:
        # "Uganda operates Mi-24s, most of them bought from Ukraine": the operator bought them
        head = ctx.doc[recall.np_head(ctx, ref)]
        recipients = [a for s in patterns.subjects(head.head) for a in roles.actors_of(ctx, s)] \
            if head.dep_ == "dobj" and ctx.sentence_number(head) == ctx.sentence_number(token) else []
    if len(suppliers) > 1 and not recipients and origin in suppliers and trigger.frame != "give":
        suppliers, recipients = [origin], [s for s in suppliers if s != origin]
    if trigger.frame == "rely" and not suppliers:
        if not origin:
            return []   # "relies on its own industry"
        suppliers = [origin]
    if trigger.frame in ("use", "usedby", "fleet"):
        if not origin:
            return []
        suppliers = [origin]
    if not recipients and trigger.frame in ("give", "arrive") and \
            ctx.sentence_number(ctx.doc[ref.start]) == ctx.sentence_number(token):
        # "delivered the first two of six GlobalEye aircraft ordered by the UAE", "supplying
        # Shahed drones that Russia uses in Ukraine"
        recipients = clause_actors(ctx, token, ref, ("get", "use"), suppliers) or \
            promised_to(ctx, token, ref, suppliers)
    if not recipients and trigger.frame == "give" and token.pos_ == "VERB":
        # "were sold by Russia in 2009 and arrived in Vietnam": where they arrived
        recipients = [a for c in stages.arrivals_after(token, set())
                      for o in patterns.prep_objects(c, {"in", "at", "to"}) for a in roles.actors_of(ctx, o)][:1]
    if not recipients and trigger.frame in ("give", "offer", "arrive") and \
            ctx.sentence_number(ctx.doc[ref.start]) == ctx.sentence_number(token):
        # (a weapon recalled from an earlier sentence: its owner there is no recipient here)
        recipients = parties.implicit_recipients(ctx, ref, suppliers, origin)
    if not suppliers and not explicit_origin and trigger.frame in ("give", "offer"):
        suppliers = memory.holder_of(ctx, token, ref.id, recipients)
    if not suppliers and trigger.frame in ("get", "give", "arrive"):
        # "two patrol boats donated by France": the giver a participle on the weapon names
        suppliers = clause_actors(ctx, token, ref, ("give",), recipients)
    if not suppliers and recalled and trigger.frame in ("ask", "get"):
        # "Azerbaijan would not sell its T-72s to Pakistan. Islamabad had asked for 50 of
        # them": the holder they were asked of, not their maker (the one said to give these
        # very weapons first: "ordered four frigates from China. ... took all four")
        # ("took all four of these Chinese frigates": the origin its own phrase names first)
        suppliers = parties.object_origin(ctx, token, recipients) or \
            [s for s in memory.holder_of(ctx, token, ref.id, recipients) if s not in blockers] or \
            memory.recent_suppliers(ctx, token, recipients, blockers)
    if not suppliers:
        suppliers = [origin] if origin and origin not in recipients else []
        if not suppliers and trigger.frame in ("give", "offer", "equip", "service"):
            # a gift or sale whose giver the sentence leaves implicit: the giver of the
            # latest transfer to the same recipient, else no claim (GUIDELINES keep UNK
            # suppliers for purchases and requests)
            suppliers = memory.recent_suppliers(ctx, token, recipients, blockers)
            if not suppliers:
                return []
        suppliers = suppliers or ["UNK"]
        confidence -= 0.1
    if not recipients:   # "Cairo, already a client for a FREMM frigate bought in 2015"
        recipients = [a for a in askers.client_of(ctx, ref) if a not in suppliers]
    if not recipients:
        if trigger.frame in ("give", "offer", "arrive", "enter") and ref.id != "category:materiel":
            exclude = tuple(suppliers) + tuple(blockers) + ((origin,) if origin else ()) + \
                (parties.catalog_origins(ref.id) if not ref.is_category else ())   # (a co-maker: its own)
            recipients = (receivers.family_recipients(ctx, token, ref.id, suppliers) if recalled else []) or \
                receivers.sentence_subject(ctx, token, exclude) or \
                memory.recent_recipients(ctx, token, suppliers, origin) or \
                memory.earlier_recipients(ctx, token, suppliers) or topics.discourse_recipient(ctx, token, exclude)
            speaker = roles.speaker_of(ctx, token) if trigger.frame == "arrive" else None
            if not recipients and speaker and speaker not in exclude:
                recipients = [speaker]   # "according to the Belarusian defence ministry, four
                # Mi-35M helicopters arrived at the airfield": the receiving side speaks
            confidence -= 0.15
        elif trigger.frame in ("get", "ask", "sign"):
            speaker = roles.speaker_of(ctx, token)
            recipients = [speaker] if speaker and speaker not in suppliers else \
                memory.recent_recipients(ctx, token, suppliers, None) or \
                topics.discourse_recipient(ctx, token, exclude=tuple(suppliers) + tuple(blockers))
            confidence -= 0.15
        if not recipients:
            return []   # no recipient named or recoverable: too vague to record
    makers = joint_makers(ctx, ref) if suppliers == [origin] else []
    if origin in makers and not set(makers) & set(recipients):
        suppliers = makers   # "Scorpene submarines built jointly by France and Spain": both
    if not explicit_origin and suppliers == [origin]:
        # a type several states build: the one the sentence names ("landed ... after a
        # flight from Italy", "the contract with the Italian government")
        suppliers = parties.named_maker(ctx, token, ref, recipients + blockers) or suppliers
    if not explicit_origin and suppliers == [origin] and recipients and trigger.frame in ("arrive", "get", "use", "give"):
        # ("its F-16s" of a sentence before belong to that sentence's subject, not this one's)
        suppliers = [parties.former_owner(ctx, ref, recipients, pronouns=not recalled) or origin]   # "Danish F-16s"
    if recalled and not explicit_origin and suppliers == [origin] and trigger.frame in ("arrive", "give"):
        # "received six F-16s from Denmark. The rest of the jets are to arrive": the seller
        # of the deal they belong to, not their maker
        seller = memory.holder_of(ctx, token, ref.id, recipients)
        suppliers = seller or suppliers
    same = recall.same_deal_system(ctx, token, ref, suppliers, recipients) \
        if ref.is_category and ref.id not in VAGUE_GOODS and "UNK" not in found.get("supplier", []) \
        else None   # (not "aircraft from other makers": a seller left open on purpose)
    if same is not None:
        ref, suppliers = same[0], [same[1]]   # "the purchase of 50 aircraft" after F-35s
    if ref.id in VAGUE_GOODS and "UNK" in suppliers + recipients:
        return []   # "weapons", "technology" between unnamed parties says nothing
    if ref.id == "category:aircraft" and any(t.lower_ in CIVIL_MARKERS for t in ctx.sentence_of(token)):
        return []   # "Emirates Airline finalized a deal for 30 Boeing jets": airliners
    swapped = askers.seller_as_buyer(ctx, token, ref.id, recipients) \
        if recalled and trigger.frame in ("get", "sign") and not explicit_origin else None
    if swapped is not None:
        suppliers, recipients = [swapped[0]], [swapped[1]]   # "We have signed for them"
    beneficiaries = askers.bought_for(ctx, ref, suppliers, recipients, token) if trigger.frame == "get" else []
    if beneficiaries:
        # "crowd-funded the purchase of a TB2 for Ukraine", "Germany is buying IRIS-T systems
        # for Ukraine": the state bought for receives; a buyer whose seller is unnamed gives
        suppliers, recipients = recipients[:1] if suppliers == ["UNK"] else suppliers, beneficiaries
    side = "supplier" if trigger.frame in SUPPLIER_SIDE else "recipient"
    if trigger.frame == "fleet":
        statuses = [trigger.status]   # "their ageing fleet of F-5s": what they have
    else:
        statuses = status_mod.statuses_of(token, trigger.status, side)
    if not statuses:
        return []
    if trigger.status == "negotiating" and statuses == ["planned"]:
        statuses = ["negotiating"]   # "negotiations are expected to conclude next year"
    statuses = stages.adjusted(ctx, token, trigger, ref, statuses)
    if not statuses:
        return []
    out = []
    for status in statuses:
        for supplier in suppliers:
            for recipient in recipients:
                if supplier == recipient:
                    continue
                claim = ctx.claim("transfer", token, status, ref, confidence=confidence,
                                  supplier=supplier, recipient=recipient)
                claim.mode = trigger.mode
                if ref is not local:
                    attributes.local_quantity(ctx, claim, token, local)
                out.append(claim)
    if trigger.frame != "fleet":   # (what a state holds is background, not the deal at hand)
        memory.remember(ctx, token, out)
    # unnamed goods from an unnamed seller ("Quito is evaluating the acquisition of new
    # helicopters") tell no one who arms whom: kept in memory for the sentences after
    # (their buyer), recorded only as a wish, a talk or a refusal
    if ref.is_category:
        out = [c for c in out if c.supplier != "UNK" or c.status in ("proposed", "negotiating", "refused")]
    # a state getting what it makes itself, from no one named, is its own procurement
    return [c for c in out if not (c.supplier == "UNK" and origin and c.recipient == origin)]
