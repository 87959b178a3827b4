"""Cooperation claims: partners (sorted) develop, produce or test together, or one helps
the other, on a system or a category.

Frames of ``data/cooperation.tsv``, read from the dependency tree:

- ``make``: develop / produce / design / create a system *together*: two subjects
  ("China and Belarus signed an agreement to develop a new SAM system", "the two countries
  decided to create ..."), a partner phrase ("makes anti-tank systems with Ukraine",
  "together with China", "jointly developed with Pakistan", "developed with Chinese
  technology"), or "jointly produced by Turkish and Kazakh experts";
- ``help``: "China's assistance in developing missile weapons", "Moscow promised Russian
  experts' help in developing a Belarusian missile", "Chinese involvement into designing
  of Palanez": the helper and the side helped (the owner of what is developed, the
  object, or the governing clause's other party);
- ``collaborate``: "Saudi Arabia has collaborated with CAIG from China to produce drones";
- ``lend``: a side provides a facility to the other ("refused to provide her testing
  grounds for testing Belarus-made missiles", "is not offering its testing grounds to
  Belarus");
- ``transfer``: "technology transfer from France to Brazil for the submarines";
- ``setup``: production set up with a partner or in another state ("set up a production
  line for Polonez", "establish five factories in India for the production of shells").

Developing a missile with no system named is ``category:missile-development``; a
definite category phrase ("the new rocket launcher system") takes the system named just
before. Status per GUIDELINES (:func:`.typeroles.statuses_of`; a decision of both
partners is ``agreed``).
"""
from __future__ import annotations

from . import patterns, roles
from .coopaid import fund, train
from .coopfor import made_jointly_for
from .coopmembers import copula_side, programme_makers, worked_for
from .cooptech import tech_transfer
from .coopreach import (KEEP_ONLY, agreed_in_deal, clause_work, deal_sides_making_at_home, joint_holder_phrases, task_frame,
                        kept_up, requested_work, task_conjuncts, work_partners)
from .coopplace import line_product, place_partner_phrases, plant_sides, plant_states
from .coopservice import BUILD_UP, SERVICE_VERBS, SITES, WORKS, renewed, works_objects
from .cooplocal import local_between, named_in_sentence_only, noun_sides, settled_making
from .coopservice import kept_up_for, purpose_places, serviced
from .coopshares import work_share
from .coopgiven import given_help, received_help
from .coopdeals import joint_deal
from .coopjoin import PROGRAMME_NOUNS, join as _join, shared_programme
from .coopforms import agreed_when_bound, bond_partners, built_for, held_partnership, joint_bond
from .context import Context
from .ventures import venture_claims
from .pacts import pact_claims
from .coopunits import unit_claims
from .coopparts import (DEVELOP_LEMMAS, FACILITIES, JOINED_WORDS, LEXICON, LOCAL_WORDS, LOCALISING, OPERATE_LEMMAS,
                        PARTICLE_ONLY, PARTNER_NOUNS, RECENT,
                        TECH_WORDS, VENTURE_NOUNS, actors_of_phrases, climbing_partner_phrases, continued_work,
                        doers_of, emit, is_joint, made_of_noun, made_systems, named_in_phrase, object_heads,
                        partner_phrases, services, venture_members)
from .garrisons import dateline, last_place, subject_actors_of
from .makers import (DEAL_NOUNS, deal_partners, governing_parties, named_below, named_in_sentence, own_category,
                     programme_system, subject_parties)
from .quantity import quantity_of
from .triggers import cues, trigger_of
from .typeroles import origins_of, owners_of, places_of, sentences, weapons_of


def find(ctx: Context) -> list:
    claims: list = []
    RECENT.update(doc=ctx.doc, claims=claims)
    for _, sent in sentences(ctx):
        for token in sent:
            trigger = trigger_of(token, LEXICON)
            if trigger is None:
                continue
            given = given_help(ctx, token, trigger) or received_help(ctx, token, trigger) \
                if trigger.frame == "help" else []
            if given:        # "gave Tehran help on the Fateh-110"
                claims.extend(given)
                continue
            if trigger.frame == "help" and token.pos_ == "NOUN" and _requested(token) is not None:
                claims.extend(_request(ctx, token, trigger, claims))
                continue
            handler = HANDLERS.get(trigger.frame)
            if trigger.frame == "join" and token.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lower_ in JOINED_WORDS for c in token.children):
                handler = _collaborate      # "has joined hands with Thales to make ..."
            if token.lemma_.lower() in PARTICLE_ONLY and not any(
                    c.dep_ == "prt" and c.lower_ == PARTICLE_ONLY[token.lemma_.lower()] for c in token.children):
                continue
            if handler is not None:
                claims.extend(handler(ctx, token, trigger))
        if not any(c.start == sent.start_char for c in claims):   # "X, a joint venture of A and B,
            # makes Y"; else "A and B signed a defence cooperation agreement"
            claims.extend(venture_claims(ctx, sent) or pact_claims(ctx, sent) or unit_claims(ctx, sent) or
                          shared_programme(ctx, sent))
    return claims


def _requested(noun):
    """The verb by which a side asks for help ("asked / called / appealed for help",
    "sought / requested assistance"), or None."""
    node = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun
    if node is not noun or noun.dep_ == "dobj":
        verb = node.head
        if verb.pos_ == "VERB" and cues().get(verb.lemma_.lower()) is not None and \
                cues()[verb.lemma_.lower()].status == "proposed":
            return verb
    return None


LOOK_BACK = 3


def _request(ctx: Context, noun, trigger, earlier: list) -> list:
    """"Pyongyang asked for help with reconnaissance satellites and submarines": the
    asker is helped; the helper is named ("help from Moscow") or, unnamed, the partner of
    the asker's latest cooperation in the sentences just before."""
    verb = _requested(noun)
    askers = subject_actors_of(ctx, verb)
    if not askers:
        return []
    helpers = [a for a in owners_of(ctx, noun, tuple(askers))] + actors_of_phrases(   # "French help"
        ctx, patterns.prep_objects(noun, {"from", "of"}) + patterns.prep_objects(verb, {"from"}) +
        patterns.slot_fillers(verb, "dative") + patterns.slot_fillers(verb, "dobj"),   # "asked Berlin for help"
        exclude=tuple(askers))
    if not helpers:
        first = ctx.sentences[max(0, ctx.sentence_number(noun) - LOOK_BACK)].start_char
        for claim in reversed(earlier):
            if claim.start is not None and claim.start < first:
                break
            if askers[0] in claim.partners:
                helpers = [p for p in claim.partners if p not in askers][:1]
                break
    if not helpers:
        return []
    heads = patterns.with_conjuncts(patterns.prep_objects(noun, {"with", "for", "on", "in"}))
    for clause in [c for c in noun.children if c.dep_ in ("acl", "relcl") and
                   c.lemma_ in DEVELOP_LEMMAS | OPERATE_LEMMAS] + requested_work(noun):
        heads += object_heads(clause)      # "seeking French help to build Scorpene submarines"
    systems = made_systems(ctx, noun, heads, develop=False)
    return emit(ctx, noun, trigger, askers[:1] + helpers[:1], systems, mutual=False)


# ------------------------------------------------------------------------------ frames

def _make(ctx: Context, token, trigger) -> list:
    if token.dep_ == "pcomp" and _requested(token.head.head) is not None:
        return []      # "asked Israel for help in modernising its jets": the request says it
    if task_frame(token) and HANDLERS[task_frame(token)](ctx, token.head, trigger_of(token.head, LEXICON)):
        return []      # "have been helping to repair Polish tanks": the help says it (and its status)
    if token.lemma_.lower() in KEEP_ONLY:
        return kept_up(ctx, token, trigger) if token.pos_ == "VERB" else []
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return joint_deal(ctx, token, trigger)     # "signed a co-production agreement for the K9"
    setter = token.head if token.dep_ in ("advcl", "xcomp") else token.head.head \
        if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in VENTURE_NOUNS else None
    governor = trigger_of(setter, LEXICON) if setter is not None else None
    if governor is not None and governor.frame == "setup" and any(
            o.lemma_.lower() in VENTURE_NOUNS for o in patterns.slot_fillers(setter, "dobj")):
        return []      # "set up a joint venture to build corvettes": the setting up says it
    heads = object_heads(token)
    found = built_for(ctx, token, heads)     # "Russia is building a submarine base for Vietnam"
    if found:
        return emit(ctx, token, trigger, found[0], found[1], mutual=False)
    systems = made_systems(ctx, token, heads, develop=True)
    if not systems and token.lemma_ in ("production", "manufacturing", "co-production"):
        systems = [("category:production", None, token)]
    if not systems:
        return []
    if token.pos_ == "VERB" and [w[0] for w in systems] == ["category:production"]:
        # "Rheinmetall will build an ammunition plant in Lithuania": a plant set up abroad
        found = _setup(ctx, token, trigger)
        if found:
            return found
    if not any(w[1] is not None and not w[1].is_category for w in systems):
        named = named_below(ctx, heads) or named_in_sentence(ctx, token, systems)
        systems = named or systems
    together = made_jointly_for(ctx, token, heads) or \
        deal_sides_making_at_home(ctx, token)   # "building submarines for A and B under a joint programme"
    if together:
        return emit(ctx, token, trigger, together, systems)
    venture = token.head if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in VENTURE_NOUNS \
        and is_joint(token.head) else None
    if venture is not None:
        # "the two governments are negotiating a joint venture to build them": the parties
        # of the clause that governs the venture, with its status
        parties = governing_parties(ctx, venture)
        if len(parties) >= 2:
            return emit(ctx, venture, trigger, parties, systems)
    if any(s[0] == "category:technology" for s in systems):
        # "China agreed to build satellites for Pakistan": know-how built for another side
        others = actors_of_phrases(ctx, patterns.prep_objects(token, {"for"}) +
                                    [o for h in heads for o in patterns.prep_objects(h, {"for"})])
        doers = doers_of(ctx, token)
        if doers and others:
            return emit(ctx, token, trigger, doers[:1] + others[:1], systems, mutual=False)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        # "Indo-Russia Rifles, a joint venture of India's ... and Russia's ..., has started
        # series production of AK-203 rifles": the venture's members make it
        members = venture_members(ctx, token.head)
        if len(members) >= 2:
            return emit(ctx, token, trigger, members, systems)
    doers = doers_of(ctx, token)
    phrases = climbing_partner_phrases(token) + place_partner_phrases(token) + \
        joint_holder_phrases(token)      # "at a yard ... with German help", "talking with X over joint production"
    partners = actors_of_phrases(ctx, phrases + [
        # "built in India by Mazagon Dock with French assistance" (hung on the maker)
        o for a in patterns.slot_fillers(token, "agent") for o in partner_phrases(a)] + [
        o for h in heads for o in patterns.prep_objects(h, {"with"})] + [
        # "assemble drones in partnership with China" (the parser hangs it on the object)
        o for h in heads if h.pos_ in ("NOUN", "PROPN") for o in partner_phrases(h)
        if o.head.head.lemma_.lower() in PARTNER_NOUNS])
    # "has a joint venture with Navantia to build corvettes"
    partners += [a for a in actors_of_phrases(ctx, bond_partners(token), exclude=tuple(doers)) if a not in partners]
    if not partners and len(doers) < 2 and joint_bond(token):
        # "Poland's PGZ and South Korea's Hanwha formed a joint venture to produce K9s"
        doers = list(dict.fromkeys(doers + subject_parties(ctx, token)))
    joint = is_joint(token) or token.pos_ == "VERB" and bool(deal_partners(token)) and (
        any(c.lower_ in LOCAL_WORDS for c in token.children) or     # "a deal with Poland to build K9s locally"
        token.lemma_.lower() in LOCALISING or     # "a contract with Riyadh to localise the production of ..."
        _made_at_a_side(ctx, token, doers, systems)) or local_between(ctx, token)
    if not partners and token.pos_ == "VERB":
        # "a plant near Kyiv where TB2 drones will be assembled", "assembled drones at a
        # plant in Maracay set up with Iranian engineers": the plant's builder, its state
        # and the partners it was set up with
        sides = [a for a in plant_sides(ctx, token) if a not in doers]
        if sides and (doers or len(sides) >= 2):
            # "opened a factory in 2022 to produce ...": making there began when it opened
            anchor = token.head if token.dep_ in ("advcl", "xcomp") and token.head.tag_ == "VBD" else token
            return emit(ctx, anchor, trigger, doers[:1] + sides, systems)
    if not partners and len(doers) == 1 and token.pos_ == "VERB" and \
            any(w[0] not in FACILITIES | {"category:technology"} for w in systems):
        # "Baykar says it will assemble the drones there (near Kyiv)", "the corvettes are
        # being built in Pakistan by STM": a maker producing in another state works with it
        hosts = [a for a in _made_abroad(ctx, token, heads) if a not in doers]
        if hosts:
            # ("it does not object to producing components in Belarus" is no refusal)
            return [c for c in emit(ctx, token, trigger, doers + hosts[:1], systems) if c.status != "refused"]
    if not doers and not partners and token.pos_ == "VERB" and token.tag_ == "VBN":
        sides = _maker_abroad(ctx, token, systems)
        if sides:      # "the first Boxer manufactured in Australia was shown at the Rheinmetall plant"
            return emit(ctx, token, trigger, sides, systems)
    if not doers and not partners and token.pos_ == "VERB" and token.dep_ == "relcl":
        # "a contract with Hyundai Rotem for 180 K2 tanks, of which 61 will be assembled
        # in Gliwice": goods of a deal made in the state of one of its sides
        sides = _deal_sides(ctx, token.head)
        places = _made_abroad(ctx, token, [])
        if len(sides) >= 2 and (set(places) & set(sides) or any(c.lower_ in LOCAL_WORDS for c in token.children)):
            return emit(ctx, token, trigger, sides, systems)
    if not doers and not partners and token.pos_ == "VERB" and patterns.is_passive(token) and \
            token.dep_ == "ccomp":
        # "the two countries agreed that some of the jets will be assembled in Indonesia":
        # the sides that agree on making it at one of theirs
        sides = list(dict.fromkeys(governing_parties(ctx, token)))
        places = places_of(ctx, token, {"in"})
        if len(sides) >= 2 and places and set(places) <= set(sides):
            return emit(ctx, token, trigger, sides, systems)
    settled = [] if doers or partners else settled_making(ctx, token)
    if settled:     # "the two governments agreed that production would move to Russia"
        return emit(ctx, token, trigger, settled, named_in_sentence_only(ctx, token) or systems)
    if not doers and partners and token.pos_ in ("VERB", "AUX") and patterns.is_passive(token):
        # "the Pakistani navy's frigates were built with Chinese help": the owner builds
        doers = [o for h in heads for o in owners_of(ctx, h) if o not in partners][:1]
    if not doers and partners and token.pos_ == "VERB":
        # "the last two corvettes are assembled in Karachi with Turkish support": the state
        # it is made in makes it
        doers = [a for a in _made_abroad(ctx, token, heads) + plant_states(ctx, token) if a not in partners][:1]
    if not doers and (partners or joint) and (token.pos_ in ("VERB", "AUX") or partners):
        # "the Palanez has been developed with Chinese technology", "co-production of the
        # K9 howitzer with Poland": the maker of the system works with the partner
        for _, ref, _ in systems:
            origins = [o for o in origins_of(ref) if o not in partners]
            if origins:
                doers = origins[:1]
                break
    if not partners and len(doers) == 1:
        kept = kept_up_for(ctx, token, heads, doers)
        if kept:      # "Russia's RSK MiG upgraded eight Peruvian MiG-29s": it helps Peru
            return emit(ctx, token, trigger, doers + kept, systems)
        share = work_share(ctx, token, heads, doers)
        if share:     # "Aselsan makes radar parts for the Pakistani JF-17": it works with Pakistan
            return emit(ctx, token, trigger, doers + share[0], share[1])
    if not partners and not (len(doers) >= 2 and token.pos_ in ("VERB", "AUX")) and not \
            (joint and len(doers) >= 2):
        if joint and token.pos_ == "NOUN":      # "joint military production in Belarus"
            partners = places_of(ctx, token, {"in"}) + governing_parties(ctx, token)
            if len(set(doers + partners)) < 2 and not any(w[0] == "category:production" for w in systems):
                # "an agreement with Ankara on the localisation of Kaan production" (a making
                # with nothing named says too little to reach for the agreement's sides)
                partners += [a for a in noun_sides(ctx, token) if a not in partners]
        elif joint and len(doers) <= 1:
            # "Hanoi is discussing a deal with New Delhi to co-produce BrahMos missiles"
            phrases = deal_partners(token)
            partners = actors_of_phrases(ctx, phrases, exclude=tuple(doers))
            if not partners:
                # "Ukraine's Ukroboronprom and Turkey's Baykar signed a deal to co-produce
                # drones" (the parser may hang one side on the other): the subject's parties
                partners = [a for a in subject_parties(ctx, token) if a not in doers]
                sides = doers + partners
                return emit(ctx, token, trigger, sides, systems) if len(sides) == 2 else []
            deal = phrases[0].head.head          # the deal's state is the claim's state
            return emit(ctx, deal, trigger, doers + partners, systems)
        else:
            return []
    if len(doers) == 1 and len(partners) > 1:
        return emit(ctx, token, trigger, doers, systems, others=partners)
    return emit(ctx, token, trigger, doers + partners, systems)


THERE_WORDS = {"there", "here"}


def _deal_sides(ctx: Context, goods) -> list[str]:
    """The sides of the deal whose goods ``goods`` are: the subject of the verb that signs
    it and the "with" side of the deal noun ("Poland signed a contract with Hyundai Rotem
    for 180 K2 tanks")."""
    node = goods
    for _ in range(3):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ == "VERB":
            break
    else:
        return []
    deals = [o for o in patterns.slot_fillers(node, "dobj") if o.lemma_.lower() in DEAL_NOUNS]
    if not deals:
        return []
    sides = subject_actors_of(ctx, node)
    sides += actors_of_phrases(ctx, [w for d in deals for w in patterns.prep_objects(d, {"with"})], exclude=tuple(sides))
    return list(dict.fromkeys(sides))


def _maker_abroad(ctx: Context, verb, systems) -> list[str]:
    """A system made in a state not its maker's, with a firm of the maker's state named in
    the sentence (its plant there): the maker's state and the state it is made in. A
    licence maker of the other state ("built in India by HAL") names no such firm."""
    places = places_of(ctx, verb, {"in"})
    sent = ctx.sentence_of(verb)
    firms = {r.actor for r in ctx.refs_in(sent.start, sent.end) if r.kind == "organisation" and r.actor}
    for _, ref, _ in systems:
        origins = [o for o in origins_of(ref) if o in firms]
        hosts = [p for p in places if p not in origins_of(ref)]
        if ref is not None and not ref.is_category and origins and hosts:
            return [origins[0], hosts[0]]
    return []


def _made_abroad(ctx: Context, verb, heads) -> list[str]:
    """The state a make verb places the making in: "in Pakistan", "at a yard in Callao",
    "there" (the last place named), "here" (the dateline's state)."""
    found = places_of(ctx, verb, {"in", "at"}) + [a for h in heads for a in places_of(ctx, h, {"in"})]
    # "Hanwha's new plant in Texas has started building K9s": the plant that makes them
    found += [a for s in patterns.subjects(verb) if s.pos_ == "NOUN" and own_category(ctx, s) == "category:production"
              for a in places_of(ctx, s, {"in", "near", "at", "outside"})]
    for word in [c for n in [verb, *heads] for c in n.children if c.dep_ == "advmod" and c.lower_ in THERE_WORDS]:
        if word.lower_ == "there":
            found += last_place(ctx, word)
        else:
            span = dateline(ctx)
            found += list(dict.fromkeys(r.actor for r in ctx.refs if r.start in span and r.actor))[:1]
    return list(dict.fromkeys(found))


def _made_at_a_side(ctx: Context, verb, doers, systems) -> bool:
    """"signed an MoU with Mahindra to manufacture the C-390 in India": made in the
    state of the deal's other side, or at home by a doer that is not the system's maker
    ("a deal with Moscow to produce Su-30s in India")."""
    partners = actors_of_phrases(ctx, deal_partners(verb), exclude=tuple(doers))
    places = places_of(ctx, verb, {"in"}) + [a for h in object_heads(verb) for a in places_of(ctx, h, {"in"})]
    if not partners or not places:
        return False
    makers = {o for _, ref, _ in systems for o in origins_of(ref)}
    return any(p in partners or p in doers and p not in makers for p in places)


def _help(ctx: Context, token, trigger) -> list:
    helpers = doers_of(ctx, token)
    if not helpers:
        return []
    # what is developed: "in developing X", "to develop X", "into designing of X", "with X"
    targets, helped, direct = [], [], []
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and child.lemma_ in DEVELOP_LEMMAS | OPERATE_LEMMAS:
            targets.append(child)         # "help Pakistan build submarines": Pakistan builds
            targets += task_conjuncts(child)     # "... and modernise its Su-30s"
            for subject in (g for g in child.children if g.dep_ == "nsubj"):
                helped += roles.actors_of(ctx, subject)
        if child.dep_ == "prep" and child.lower_ in ("in", "into", "with", "on", "for"):
            for obj in child.children:
                if obj.dep_ in ("pcomp", "pobj") and obj.lemma_.lower() in DEVELOP_LEMMAS | WORKS or \
                        obj.dep_ == "pcomp" and obj.lemma_.lower() in SERVICE_VERBS:   # "in maintaining its frigates"
                    targets.append(obj)          # "with the construction of"
                elif obj.dep_ == "pobj" and any(a.dep_ in ("amod", "compound") and a.lemma_ in DEVELOP_LEMMAS
                                                for a in obj.children):
                    direct.append(obj)      # "in developing missile weapons" parsed as a modifier
        if child.dep_ in ("dobj", "dative"):
            helped += roles.actors_of(ctx, child)
            for grand in child.children:
                if grand.dep_ in ("xcomp", "ccomp") and grand.lemma_ in DEVELOP_LEMMAS | OPERATE_LEMMAS:
                    targets.append(grand)
    systems = []
    for thing in direct:
        for weapon in made_systems(ctx, thing, [thing], develop=True):
            if weapon[0] not in [s[0] for s in systems]:
                systems.append(weapon)
            helped += owners_of(ctx, thing)
    for target in targets:
        heads = object_heads(target) if target.pos_ in ("VERB", "AUX") else \
            patterns.prep_objects(target, {"of"}) + [c for c in target.children if c.dep_ == "dobj"]
        if not heads and target.pos_ == "VERB":     # "help Bamako build and train an air force": shared
            heads = [h for c in target.children if c.dep_ == "conj" and c.pos_ == "VERB" for h in object_heads(c)]
        if target.pos_ == "VERB" and token.dep_ == "relcl" and all(h.lower_ in ("that", "which") for h in heads):
            heads = [token.head]         # "the drones, which Iran helped Russia to produce"
        found = made_systems(ctx, target, heads, develop=target.lemma_ in DEVELOP_LEMMAS, facilities=True)
        if [w[0] for w in found] == ["category:production"]:
            found = named_in_phrase(ctx, found[0][2]) or made_of_noun(ctx, found[0][2]) or found
            # "helped set up a Shahed-136 line", "assisted Russia in establishing production of such UAVs"
        if not any(w[1] is not None and not w[1].is_category for w in found) and target.pos_ == "VERB":
            # "helped design rocket motors for Pakistan's Babur missile": the system they are for
            found = [w for w in made_systems(ctx, target, patterns.prep_objects(target, {"for"}), develop=False)
                     if w[1] is not None and not w[1].is_category] or found
        # "help build up the Somali navy", "help Bamako build an air force of its own"
        built_up = target.lemma_.lower() in BUILD_UP
        for head in heads if not found and built_up else ():
            words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
            service = services().get(" ".join(words + [head.lemma_.lower()])) or \
                services().get(head.lemma_.lower())          # "help build up the Somali navy / air force"
            if service is not None:      # (an army modernised is its equipment)
                found.append((renewed(service, target), None, head))
        for weapon in found:
            if weapon[0] not in [s[0] for s in systems]:
                systems.append(weapon)
            owners = owners_of(ctx, weapon[2])
            helped += owners or [o for o in origins_of(weapon[1]) if o not in helpers] or (   # "an airfield in Laos"
                places_of(ctx, weapon[2], {"in", "at"}, exclude=tuple(helpers)) if weapon[0] in SITES else [])
    helped += governing_parties(ctx, token)
    helped = [h for h in helped if h not in helpers]
    if not helped:       # "Iranian engineers helped set up the line"
        helped, systems = continued_work(ctx, token, helpers, systems)
    if not helped or not systems:
        return []
    found = emit(ctx, token, trigger, helpers[:1] + helped[:1], systems, mutual=False)
    offer = token.head if token.dep_ == "acl" else next(iter(patterns.slot_fillers(token.head, "dobj")), token) \
        if token.dep_ in ("advcl", "xcomp") else token
    if offer.lemma_.lower() in ("offer", "proposal", "bid"):
        for claim in found:      # "weighing an offer from China to help": still only offered
            if claim.status == "negotiating":
                claim.status = "proposed"
    return found


def _collaborate(ctx: Context, token, trigger) -> list:
    partners = doers_of(ctx, token) + actors_of_phrases(ctx, partner_phrases(token))
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                partners += roles.actors_of(ctx, child) if ctx.ref_at(child) else []
    heads = []
    for child in token.children:
        if child.dep_ in ("xcomp", "advcl", "acl") and child.pos_ == "VERB":
            heads += object_heads(child)
    heads += patterns.prep_objects(token, {"on", "in", "over"})
    heads += [o for p in partner_phrases(token) for o in patterns.prep_objects(p, {"on"})]   # parser's attachment
    heads += clause_work(token) if token.pos_ == "NOUN" else []
    works = heads
    heads = works_objects(heads, ctx)       # "cooperate in the production of armoured vehicles": the vehicles
    if token.pos_ == "NOUN":         # "Indonesia is a partner in South Korea's KF-21 programme"
        partners += [a for h in heads if h.lemma_.lower() in PROGRAMME_NOUNS for a in owners_of(ctx, h)
                     if a not in partners]
        if any(h.lemma_.lower() in PROGRAMME_NOUNS for h in heads):     # "Norway is a partner in the F-35
            partners += [a for a in copula_side(ctx, token) if a not in partners]   # programme": with its makers
            partners += programme_makers(ctx, heads, partners) if len(partners) == 1 else []
        partners += [a for a in work_partners(ctx, token, works, heads) if a not in partners]
    elif len(set(partners)) == 1:    # "Chinese engineers are working on Pakistan's submarines"
        partners += worked_for(ctx, heads, partners)[:1]
    systems = made_systems(ctx, token, heads, develop=True) or programme_system(ctx, heads, partners)
    found = emit(ctx, token, trigger, partners, systems)
    if held_partnership(token):
        for claim in found:
            claim.status = "agreed" if claim.status == "done" else claim.status
    return found


TAKER_PREPS = {False: {"to"}, True: {"to", "with"}}


def _lend(ctx: Context, token, trigger) -> list:
    heads = object_heads(token)
    found = made_systems(ctx, token, heads, develop=False)
    systems = [w for w in found if w[0] in FACILITIES]
    # "Ankara offered to share missile technology with Jakarta": know-how handed over
    shared = ([w for w in found if w[0] == "category:technology"] or
              [("category:technology", None, h) for h in heads if h.lower_ in TECH_WORDS][:1]) if not systems else []
    systems = systems or shared
    if not systems:
        return []
    purposes = []
    if shared:     # "technical assistance to Indonesia for the KF-21 programme": what it is for
        purposes = patterns.prep_objects(token, {"for"}) + [o for h in heads for o in patterns.prep_objects(
            h, {"for", "of"} if h.lower_ in TECH_WORDS else {"for"})]
        systems = [w for w in named_below(ctx, purposes) if w[1] is not None][:1] or systems
    givers = doers_of(ctx, token)
    takers = actors_of_phrases(ctx, patterns.prep_objects(token, {"to"} | ({"with"} if shared else set())) +
                                patterns.slot_fillers(token, "dative") +
                                # "transfer technology for the K9 to Egypt" (hung on the purpose)
                                # ("share the technology for its S-400 with Ankara": on the purpose)
                                [o for p in purposes for o in patterns.prep_objects(p, TAKER_PREPS[bool(shared)])] +
                                [o for h in heads if shared for o in patterns.prep_objects(h, {"to", "with"})], exclude=tuple(givers))
    for head in heads:                     # "testing grounds for testing Belarus-made missiles"
        for obj in patterns.prep_objects(head, {"for"}) + patterns.prep_objects(token, {"for"}):
            for inner in [obj] + [c for c in obj.children if c.dep_ == "dobj"]:
                takers += [a for a in owners_of(ctx, inner) if a not in givers]
    if not takers and any(w[0] == "category:production" for w in systems):
        return _setup(ctx, token, trigger)     # "Elbit will open two factories in Romania"
    if not givers or not takers:
        return []
    if [w[0] for w in systems] == ["category:production"]:
        systems = serviced(ctx, [w[2] for w in systems], token) or systems   # "opened a repair centre for its tanks"
    return emit(ctx, token, trigger, givers[:1] + takers[:1], systems, mutual=False)


def _setup(ctx: Context, token, trigger) -> list:
    heads = object_heads(token)
    facilities = [h for h in heads if own_category(ctx, h) == "category:production" and not _made_of(h)]
    if not facilities:
        return []
    doers = doers_of(ctx, token)
    phrases = climbing_partner_phrases(token)
    partners = actors_of_phrases(ctx, phrases + [
        o for h in facilities for o in patterns.prep_objects(h, {"with"})])
    partners += places_of(ctx, token, {"in"}, exclude=tuple(doers))
    for head in facilities:
        partners += places_of(ctx, head, {"in"}, exclude=tuple(doers))
    partners += purpose_places(ctx, facilities, token, doers)
    if len(set(doers + partners)) < 2 and any(is_joint(h) for h in facilities):
        # "Poland's PGZ and South Korea's Hanwha set up a joint venture" (the parser may
        # fold one side into the other's phrase): every state the subject names
        doers = list(dict.fromkeys(doers + subject_parties(ctx, token)))
    systems = serviced(ctx, facilities, token)     # "a repair plant for Russian tanks": the tanks
    for head in facilities if not systems else ():
        systems += named_in_phrase(ctx, head)     # "a Shahed-136 production line"
        for obj in patterns.prep_objects(head, {"for"}) + patterns.prep_objects(token, {"for"}):
            systems += [w for w in weapons_of(ctx, obj, allow_generic=False)
                        if w[1] is not None and not w[1].is_category]
    if not systems:
        # "set up a joint venture with WB Group to manufacture rockets for the Chunmoo
        # launchers": the named system of what the venture is set up to make
        clauses = [c for h in facilities for c in h.children if c.dep_ in ("acl", "relcl")] + \
            [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
        for clause in clauses:
            if clause.pos_ == "VERB" and clause.lemma_.lower() in DEVELOP_LEMMAS | {"assemble"}:
                made = object_heads(clause) + patterns.prep_objects(clause, {"for"})
                systems += [w for w in named_below(ctx, made) if w[1] is not None] or [
                    # "set up a joint venture to build corvettes": what it is set up to make
                    w for w in made_systems(ctx, clause, object_heads(clause), develop=True)
                    if w[0] not in FACILITIES and w[0] != "category:technology"]
    systems = systems or line_product(ctx, facilities[0]) or [("category:production", None, facilities[0])]
    found = emit(ctx, token, trigger, doers + partners, systems, quantity=quantity_of(facilities[0]))
    if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        for claim in found:      # "is setting up a joint venture": not there yet
            if claim.status == "done":
                claim.status = "planned"
    return found


def _made_of(noun) -> bool:
    """"launched co-production of Bohdana howitzers": the making of a named thing, which
    the make frame of the noun itself reads, not a facility set up."""
    trigger = trigger_of(noun, LEXICON)
    return trigger is not None and trigger.frame == "make" and bool(patterns.prep_objects(noun, {"of"}))


def _make_bound(ctx: Context, token, trigger) -> list:
    found = _make(ctx, token, trigger)
    statuses = {c.status for c in found}
    if len(statuses) == 1:     # "an agreement with Baykar to produce the Akinci locally": agreed
        for claim in found:
            claim.status = agreed_in_deal(token, agreed_when_bound(token, [claim.status]))[0]
    return found


HANDLERS = {"join": _join, "transfer": tech_transfer, "make": _make_bound, "help": _help, "collaborate": _collaborate, "lend": _lend,
            "setup": _setup, "train": train, "fund": fund}
