"""Deployment claims: an actor's forces or weapons stationed in a host state.

Triggers (``data/deployment.tsv``) and their frames, all read from the dependency tree:

- ``deploy``: "Russia deployed Iskanders in Kaliningrad", "Iskanders deployed in the
  country" (participle), "Warsaw is willing to deploy American nuclear weapons on its
  territory" (the owner of the weapons is the actor, the subject the host);
- ``send``: general verbs (send, move, keep, bring ...) count only for forces, bases and
  nuclear weapons ("send troops armed with Patriot missiles to Slovakia"); a system
  sent to a state is a transfer;
- ``host``: "Belarus hosts two Russian military facilities";
- ``arrive``: "130 British soldiers are arriving in the country", "troops remain stationed";
- ``establish``: "a Russian airbase was established in Babruysk";
- ``presence``: nouns, "the deployment of Russian troops in Belarus", "Russian air base
  deployment in Belarus", "the presence of Russian peacekeepers in the region".

A force or base noun owned by one state and located in another with no trigger ("Russian
troops in Belarus", "a Russian airbase in Belarus") is a deployment too; its status comes
from the words that govern it ("resisting Russian plans for an airbase in Belarus").

Actor: the owner of the deployed phrase, else the subject (or agent), else the origin of a
named system. Host: the place phrase, else a subject that is not the actor. Status: see
:func:`.typeroles.statuses_of` (a deployment abroad needs the host: the deployer's own
plan is ``proposed``).
"""
from __future__ import annotations

from . import patterns, status as status_mod
from .coopforms import builders
from .deploycompose import composed_claims
from .deploycraft import craft_abroad, landed_craft
from .deployexits import exit_claims
from .deploysights import sighting_claims
from .deployhomes import home_claims
from .deploymoves import destinations, guarding_domain, included_places, mission_places, moved_from, served_under, set_off_to, to_mission
from .deployparties import asker_or_helped, described_before, own_conjunct_owners, placed_next, requester, talks_partners
from .hosting import misread_hosting
from .deployorder import paired
from .deploypeople import FORMATIONS, as_people, people
from .deploystatus import evidenced, refused_permission
from .deploytriggers import no_deployment
from .context import Context
from .definites import resolve_definite
from .formations import grow_claims, lead_claims
from .garrisons import COMPOSE, EQUIP, FIELD, Garrisons, joined_claims, unit_claims as _unit_claims, last_place, subject_actors_of
from .sites import access_claims, guard_claims, reported, site_claims, use_claims
from .vessels import navy_sent, staying_craft, visiting, carried as _carried, navy_ships as _navy_ships, noun_phrase as _noun_phrase, transported as _transported
from .bases import (where_place, base_before, base_hosts_before, base_owners_before, received_by_base, delivered_to_base, base_hosts, bases_flown_from, bases_placed_at, invited_by, only_other_state,
                    region_before, there)
from .located import FORCE_CATEGORIES, HOLDING, leaders_of, located_forces, personnel, whose_owners
from .quantity import quantity_of
from .triggers import lexicon, trigger_of
from .typeroles import origins_of as origin_list
from .typeroles import (HOST_PREPS, place_actors, place_objects, agent_actors, make_claim, maker_named, noun_category, origin_of, owners_of, places_of,
                        sentences, statuses_of,
                        weapons_of)

UNIT_VERBS = COMPOSE | EQUIP | FIELD   # verbs that list a force's units or arms

# sending verbs that keep weapons the mover's ("moved Su-35s to an air base in Belarus",
# "keeps S-400s in Belarus"); with the other ones ("sent tanks to Ukraine" is a transfer)
# only forces are deployed
MOVING_VERBS = {"move", "relocate", "rotate", "keep", "maintain"}
MOVED_ALONE = {"move", "relocate"}   # with no object, the subject moves itself
# sending verbs that, with no object, tell the forces (subject) moving through a place:
# "American troops rotate through nine Philippine bases"
THROUGH_VERBS = {"rotate", "rotation"}
# verbs of making or repairing that make "maintain" servicing ("build or maintain the boats")
SERVICING = {"build", "repair", "overhaul", "service", "upgrade", "produce", "assemble", "refit"}
# what a reduced relative says of goods bought: they are the buyer's ("jets bought from Turkey")
BOUGHT = {"buy", "purchase", "acquire", "order", "receive", "import", "supply", "deliver", "obtain"}
NOW_WORDS = {"currently", "now", "still", "already"}
# sending verbs that, with the craft as their subject, move the craft themselves
SELF_MOVING = {"fly", "sail"}
# verbs of forces leaving for a place: "peacekeepers left for the Central African Republic"
DEPARTING = {"leave", "depart", "head", "sail"}

LEXICON = "deployment"
BASE_CATEGORIES = {"category:airbase", "category:military-facility", "category:troops"}
BASE_NOUNS = {"category:airbase", "category:military-facility"}


PROGRAMMES = {"programme", "program", "project", "venture", "effort", "initiative"}


def find(ctx: Context) -> list:
    claims = []
    units = Garrisons()
    for number, sent in sentences(ctx):
        used: set[int] = set()
        before = len(claims)
        for token in sent:
            trigger = trigger_of(token, LEXICON)
            if trigger is not None and no_deployment(token, trigger):
                trigger = None
            if trigger is not None and trigger.frame == "service":
                found = site_claims(ctx, token)
            elif trigger is not None and trigger.frame == "access":
                found = access_claims(ctx, token, trigger)
            elif trigger is not None and trigger.frame in ("guard", "mission"):
                found = guard_claims(ctx, token, trigger)
            elif trigger is not None and trigger.frame == "use":
                found = use_claims(ctx, token, trigger)
            elif trigger is not None and trigger.frame in ("lead", "grow"):
                found = (lead_claims if trigger.frame == "lead" else grow_claims)(ctx, token, trigger, units, number)
            elif trigger is not None and trigger.frame == "arrive" and \
                    joined_claims(ctx, token, units, number, []) is not None:
                # "They are joined by a French company": where the joined forces are
                found = joined_claims(ctx, token, units, number, _statuses(token, trigger))
            else:
                found = _claims_for(ctx, token, trigger, units, number) if trigger is not None else []
                if trigger is not None and trigger.frame in ("deploy", "send", "arrive"):
                    found += _companions(ctx, token, trigger)
                if trigger is not None and trigger.frame == "arrive" and not found:
                    found += _transported(ctx, token, _statuses(token, trigger))   # "a plane landed ... carrying troops"
            if not found and token.pos_ == "VERB":       # "new T-72B3 tanks were delivered to the base"
                found = _armed_base(ctx, token, claims)
            if token.pos_ == "VERB" and token.lemma_.lower() in UNIT_VERBS:
                found += _unit_claims(ctx, token, units, number) or composed_claims(ctx, token)
            found += _carried(ctx, found)
            for claim, obj in found:
                claims.append(claim)
                used.update(t.i for t in obj.subtree)
                units.remember(number, obj, claim.actor, claim.host, claim.status)
        located = len(claims)
        for token in sent:
            if token.i in used or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for claim in located_forces(ctx, token):
                claims.append(claim)
                units.remember(number, token, claim.actor, claim.host, claim.status)
        if len(claims) > located:       # "The US battalion in Poland is equipped with Abrams tanks"
            claims += [c for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in UNIT_VERBS
                       for c, _ in _unit_claims(ctx, t, units, number)]
        claims += home_claims(ctx, sent)          # "Tajikistan is home to Russia's base"
        claims += exit_claims(ctx, sent)          # "Mali expelled French troops"
        claims += sighting_claims(ctx, sent)      # "Russian S-400 launchers were spotted in Crimea"
        claims += misread_hosting(ctx, sent)      # "Djibouti hosts American troops" (a noun "hosts")
        claims[before:] = as_people(ctx, sent, paired(ctx, sent, claims[before:]))    # "... A and B respectively"
    return claims


def _objects(ctx: Context, token, frame: str) -> list:
    """Heads of the deployed phrase (a relative pronoun stands for the noun its clause
    hangs on, also through a reporting clause: "the missile, which both presidents say
    will be stationed in Belarus")."""
    found = _heads(ctx, token, frame)
    if any(f.lower_ in ("which", "that", "who") and f.tag_ in ("WDT", "WP") for f in found):
        node = token
        while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "relcl":
            found = [f for f in found if f.tag_ not in ("WDT", "WP")] + [node.head]
    return found


def _heads(ctx: Context, token, frame: str) -> list:
    if frame in ("arrive",):
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            return [token.head]        # "authorised a contingent of Marines to enter the country"
        return patterns.subjects(token) or patterns.slot_fillers(token, "agent") or (
            patterns.slot_fillers(token, "subjpass") if patterns.is_passive(token) else []) or (
            [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else [])   # "Two warships berthed in Havana"
    if frame == "presence":
        found = patterns.prep_objects(token, {"of"})
        found += [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]
        if not found and token.lemma_.lower() == "presence" and not ctx.ref_at(token):
            found = [token]     # "Germany maintains a rotational presence in Lithuania": troops
        return found
    passive = patterns.is_passive(token)
    found = patterns.slot_fillers(token, "subjpass" if passive else "dobj")
    if not passive and (token.lemma_.lower() in THROUGH_VERBS or bases_flown_from(ctx, token) or
                        token.lemma_.lower() in DEPARTING and place_objects(token, {"for"}) or
                        # "Indian Rafale jets and 150 personnel flew to Alaska": the craft and crews move
                        token.lemma_.lower() in SELF_MOVING and not found and place_objects(token, {"to", "into"})) \
            and not any(weapons_of(ctx, f) for f in found):
        # "troops rotate through ...", "jets fly (air policing missions) from a base": the movers
        return patterns.subjects(token)
    if not found and token.dep_ in ("acl", "amod", "relcl") and token.tag_ == "VBN":
        found = [token.head]
        before = _word_before(token)
        ref = ctx.ref_at(before) if before is not None else None
        if ref is not None and ref.is_system and not ref.is_category and \
                ctx.doc[ref.start:ref.end].root.i != token.head.i:
            # "the unit operating the THAAD deployed in South Korea": the participle
            # belongs to the system right before it more often than to the parser's head
            found.append(ctx.doc[ref.start:ref.end].root)
    if not found and token.tag_ == "VBN":   # "troops remain stationed in Belarus"
        found = patterns.subjects(token)
    if not found and not passive and frame == "deploy" and place_objects(token, HOST_PREPS):
        # "US troops deployed to Poland in 2022", "the division will deploy to Romania": forces
        # that deploy themselves (no object)
        found = [s for s in patterns.subjects(token) if weapons_of(ctx, s)]
    if not found and passive:
        found = patterns.slot_fillers(token, "dobj")
    return found


def _own_kit(obj) -> bool:
    """"its launchers", "their jets": what a service moves is its own (also with the
    pronoun hung on a name inside: "its HIMARS launcher")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their")
               for t in [obj] + [c for c in obj.children if c.dep_ == "compound"] for c in t.children)


def _named_site(obj):
    """The base noun in apposition to a name: "ran Camp Kossei, its largest base in Africa"."""
    return next((c for c in obj.children if c.dep_ == "appos" and noun_category(c) in BASE_NOUNS), None)


def _word_before(token):
    i = token.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    return token.doc[i] if i >= 0 else None


# host verbs that also take deliveries ("accepted a batch of Su-25s from Russia"): forces only
ACCEPTING = {"accept", "receive", "welcome"}


def _claims_for(ctx: Context, token, trigger, units: Garrisons, number: int) -> list[tuple]:
    frame = trigger.frame
    # "Two Chinese navy corvettes have been moored at Ream", "two Russian warships sailed to Cuba": a navy's ships
    naval = frame == "moor" or frame == "arrive" and (token.lemma_.lower() in SELF_MOVING or visiting(token)
                                                      or craft_abroad(ctx, token))    # "Russian bombers landed in ..."
    forces_only = frame in ("arrive", "coming") and not naval or \
        frame == "host" and token.lemma_.lower() in ACCEPTING    # weapons arriving or accepted are a delivery
    frame = "presence" if frame == "coming" else "arrive" if naval else frame
    if frame == "send" and token.lemma_.lower() in MOVED_ALONE and not patterns.is_passive(token) and not any(
            c.dep_ == "dobj" for c in token.children):
        frame, forces_only = "arrive", True   # "Russian troops moved to a camp in Belarus": forces moving
    flown_from = bases_flown_from(ctx, token)
    if frame == "arrive" and token.lemma_.lower() in ("operate", "run") and \
            (flown_from or any(noun_category(o) in BASE_NOUNS or _named_site(o) is not None
                               for o in patterns.slot_fillers(token, "dobj"))):
        frame = "deploy"         # "The United States operates a radar station in Israel",
        forces_only = False      # "operates MiG-29s out of the Erebuni airfield"
    objects = _objects(ctx, token, frame)
    out = []
    if frame == "send" and any(o.lemma_.lower() in KEPT_STATES for o in place_objects(token, {"in"})):
        return []          # "will keep its Super Tucano aircraft in service": kept, not moved
    if token.lemma_.lower() == "maintain" and any(t.lemma_.lower() in SERVICING for t in token.conjuncts):
        return []          # "promised to build or maintain the boats in Canada": servicing
    for obj in objects:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            continue           # "no Russian battle troops are garrisoned there"
        if obj.lemma_.lower() in PROGRAMMES or noun_category(obj) == "category:production" or \
                ctx.ref_at(obj) is not None and ctx.ref_at(obj).id == "category:production":
            continue           # "... move their future tank programme", "will host a plant for Akinci drones"
        if token.lemma_.lower() in DEPARTING and (noun_category(obj) in BASE_NOUNS or
                                                  ctx.ref_at(obj) is not None and ctx.ref_at(obj).kind == "place"):
            continue           # "troops left Niger's Air Base 201": the place left, not what moves
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BOUGHT for c in obj.children):
            continue           # "Anka aircraft bought from Turkey are flying from ...": the buyer's now
        weapons = [("category:troops", None, obj)] if people(ctx, obj) else weapons_of(ctx, obj) or personnel(obj)
        # ("Wagner fighters arrived in Mali": people, also where only forces arrive)
        if not weapons and _named_site(obj) is not None:    # "Camp Lemonnier, a US naval base"
            weapons = weapons_of(ctx, _named_site(obj))
        # "Indian Su-30 fighters flew to Darwin": owned craft that move themselves stay their owner's
        self_moving = token.lemma_.lower() in SELF_MOVING and obj in patterns.subjects(token) and \
            not patterns.is_passive(token) and bool(owners_of(ctx, obj))
        if frame == "send" and token.lemma_.lower() not in MOVING_VERBS and not _for_exercise(token) \
                and not sent_on_mission(token) and not flown_from and not self_moving \
                and not (patterns.sent_by_service(token) and _own_kit(obj)):     # "the US Army flew its launchers into Japan"
            # the object itself must be forces ("troops armed with Patriots"); weapons sent
            # "for the exercise" are deployed there, not handed over
            own = ctx.ref_at(obj)
            category = own.id if own is not None and own.is_category else noun_category(obj)
            if category not in FORCE_CATEGORIES and not any(w[0] in FORCE_CATEGORIES for w in weapons):
                continue
        if frame == "establish" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) \
                and token.lemma_.lower() == "build":
            continue           # "help build up the Somali air force": strengthen, not set up
        if frame == "establish" and builders(token):
            continue           # "A Chinese firm built the air base near Phnom Penh": built for others
        if frame == "establish":
            # "opened its first permanent garrison in Poland": what is set up is a facility
            # (a formation set up abroad is troops there: "its brigade was established in X")
            weapons = [("category:military-facility", None, w[2])
                       if w[0] == "category:troops" and obj.lemma_.lower() not in FORMATIONS else w
                       for w in weapons if w[0] in BASE_CATEGORIES]
        if forces_only:
            weapons = [w for w in weapons if w[0] in FORCE_CATEGORIES]
        if naval:
            weapons = [w for w in weapons if w[0] in FORCE_CATEGORIES or _navy_ships(obj, w, ctx) or
                       staying_craft(ctx, token, obj, w) or landed_craft(ctx, token, obj, w)]
            # ("Turkish F-16s remained at Ganja airbase", "US F-22s arrived at Lask air base")
        weapons = [resolve_definite(ctx, w) for w in weapons]
        if not weapons:
            continue
        for system, ref, _word in weapons:      # ("a battery from Qatar to Jordan": the mover's)
            actors = frame in ("deploy", "send") and moved_from(ctx, token, obj) or \
                own_conjunct_owners(ctx, obj, _word, owners_of(ctx, obj))
            if flown_from and actors and set(actors) <= set(flown_from):
                # "the US flew MQ-9 drones from Agadez": the base they fly from owns none of them
                actors = [a for a in subject_actors_of(ctx, token) if a not in flown_from]
            if not actors and ref is not None:
                actors = owners_of(ctx, ctx.doc[ref.start])
            if not actors and naval:      # "A Turkish navy frigate": the navy's state
                phrase = _noun_phrase(obj)
                actors = list(dict.fromkeys(r.actor for r in ctx.refs_in(phrase[0].i, obj.i)
                                            if r.actor and r.kind == "state"))
            if not actors:      # "the 201st base, whose 7,000 servicemen are stationed in Tajikistan"
                actors = whose_owners(ctx, obj) or leaders_of(ctx, obj)    # ("the force, led by Kenya")
            if not actors and frame == "arrive":     # "The force will form a battlegroup ..."
                actors = described_before(ctx, obj)
            if not actors and obj.dep_ == "dobj" and obj.head.lemma_ in HOLDING and obj.head.i != token.i:
                # "The US has about 28,500 troops stationed in South Korea"
                actors = subject_actors_of(ctx, obj.head)
            subjects = subject_actors_of(ctx, token) if frame not in ("arrive", "presence") and \
                obj not in patterns.subjects(token) else []
            if frame == "presence":
                subjects = owners_of(ctx, token)
                if not subjects and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
                    # "The Danish parliament approved the deployment of 150 soldiers to Iraq"
                    subjects = subject_actors_of(ctx, token.head)
            if patterns.is_passive(token):
                subjects = agent_actors(ctx, token)
                if subjects and actors and ref is not None and not ref.is_category and \
                        set(actors) <= set(origin_list(ref)) and not set(subjects) & set(actors):
                    # "Chinese Wing Loong drones have been deployed by the Emirati air
                    # force": the maker's name on the weapon, the agent deploys it
                    actors = subjects[:]
            hosts = []
            if frame == "host":
                # "The Kant air base near Bishkek hosts Russian jets": the base's state
                # ("A Russian base near Yerevan houses Russian soldiers": the base's owner is no host)
                placed = [h for b in patterns.subjects(token) if noun_category(b) in BASE_NOUNS
                          for h in base_hosts(ctx, b, exclude=tuple(actors))]
                # ("in talks with states, including Benin, about hosting some of the drones")
                # ("China opened a base in Djibouti. The facility houses several hundred marines")
                placed = placed or base_hosts_before(ctx, patterns.subjects(token))
                hosts, subjects = placed or talks_partners(ctx, token) or subjects, []
                actors = actors or base_owners_before(ctx, patterns.subjects(token))
                if not actors:     # "India's base on Agalega, a Mauritian island, hosts P-8I aircraft"
                    actors = [a for b in patterns.subjects(token) if noun_category(b) in BASE_NOUNS
                              for a in owners_of(ctx, b) if a not in hosts]
            if not actors:
                actors = subjects[:] or ([origin_of(ref, ctx)] if origin_of(ref, ctx) and
                                         not maker_named(ctx, ref) else [])
            if not actors and frame in ("deploy", "send", "arrive"):     # "... are stationed at the base"
                actors = base_owners_before(ctx, place_objects(token, {"at", "in", "on", "to"}))
            container = units.container_of(number, obj) if not actors else None
            if container is not None:        # "the base consists of garrisons stationed in ..."
                actors = [container.actor]
            if not actors:
                continue
            exclude = tuple(actors)
            if not hosts:
                preps = HOST_PREPS | {"through"} if token.lemma_.lower() in THROUGH_VERBS else \
                    HOST_PREPS | {"for"} if token.lemma_.lower() in DEPARTING else HOST_PREPS
                hosts = places_of(ctx, token, preps, exclude=exclude) or places_of(ctx, obj, exclude=exclude) or (
                    places_of(ctx, token.head, preps, exclude=exclude) if token.dep_ == "acomp" else []) or \
                    destinations(ctx, token, obj, exclude)      # "from Tallinn to Mali"
                if not hosts:      # "based across the Middle East, including in Qatar and Bahrain"
                    hosts = included_places(ctx, token, exclude)
                if not hosts and _named_site(obj) is not None:    # "Camp Lemonnier, a base in Djibouti"
                    hosts = places_of(ctx, _named_site(obj), exclude=exclude)
            if not hosts and frame == "presence" and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
                # "approved the deployment of 150 soldiers to Iraq" (the parser hangs the place on the verb)
                hosts = places_of(ctx, token.head, {"to", "in", "into"}, exclude=exclude)
            if not hosts:      # "the battlegroup in Estonia, to which France contributes troops"
                hosts = _relative_place(ctx, token, exclude) or where_place(ctx, token, exclude)
            if not hosts:
                hosts = _site_owners(ctx, token, preps, exclude)
            if not hosts:      # "based at Al-Tanf in Syria": the place of a place no state names
                hosts = [h for o in place_objects(token, {"at", "in", "to"}) if o.pos_ == "PROPN"
                         for h in places_of(ctx, o, {"in"}, exclude=exclude)]
            if not hosts and patterns.is_passive(token):
                # "deployed by the Emirati air force in Libya" (the place hung on the agent)
                hosts = [h for a in patterns.slot_fillers(token, "agent")
                         for h in places_of(ctx, a, exclude=exclude)]
            if not hosts:      # "station a brigade of 4,800 troops in Lithuania"
                for inner in patterns.prep_objects(obj, {"of"}):
                    hosts += [h for h in places_of(ctx, inner, exclude=exclude) if h not in hosts]
            if not hosts and frame == "arrive":     # "form a battlegroup on Slovak territory",
                # "serve with the UN mission in Lebanon", "alongside Russian units in Syria"
                for formed in patterns.slot_fillers(token, "dobj") + patterns.prep_objects(token, COMPANIONS) + served_under(token):
                    hosts += [h for h in places_of(ctx, formed, exclude=exclude) if h not in hosts]
                if token.lemma_.lower() in ("enter", "reach", "visit"):    # "to enter the country": the place entered
                    hosts += [h for o in patterns.slot_fillers(token, "dobj")      # ("visited the port of Aden")
                              for h in place_actors(ctx, o, exclude) or places_of(ctx, o, {"of"}, exclude=exclude)
                              if h not in hosts]
                    if not hosts and token.dep_ in ("xcomp", "ccomp", "acl") and any(
                            o.lemma_.lower() in ("country", "territory") for o in patterns.slot_fillers(token, "dobj")):
                        # "Colombia's Senate authorised U.S. Marines to enter the country": the
                        # country of the side that lets them in
                        letting = token.head.head if token.dep_ == "acl" else token.head
                        hosts = [h for h in subject_actors_of(ctx, letting) if h not in actors] \
                            if letting.pos_ == "VERB" else []
            if not hosts:          # "send troops armed with Patriot missiles to Slovakia"
                for child in obj.children:
                    if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
                        hosts += places_of(ctx, child, {"to", "into"}, exclude=exclude)
            if not hosts and frame in ("deploy", "send"):
                # "flew its launcher, better known as Typhon, into Luzon": the place hung
                # on a participle set off after the object (", led by the destroyer X, to Jakarta")
                for child in token.children:
                    if child.dep_ == "advcl" and child.tag_ == "VBN" and child.i > obj.i:
                        hosts += places_of(ctx, child, {"into"} | set_off_to(child), exclude=exclude)
            if not hosts:      # "contributes 100 soldiers to the NATO battlegroup in Slovakia"
                hosts = [h for o in place_objects(token, {"to", "into"}) if noun_category(o) == "category:troops"
                         for h in places_of(ctx, o, {"in", "on", "at"}, exclude=exclude)] or \
                    [h for o in to_mission(token) for h in places_of(ctx, o, {"in", "on", "at", "over"}, exclude=exclude)]
            if not hosts:      # "moved warheads to storage sites on Belarusian territory"
                hosts = bases_placed_at(ctx, token, exclude) or bases_placed_at(ctx, obj, exclude)   # (or "drones in X's base")
            if not hosts:      # "... opened an air base at Kant in Kyrgyzstan. 500 airmen are stationed at the base"
                hosts = [h for h in base_before(ctx, token) if h not in actors]
            if not hosts:      # "jets have flown from the Hmeimim air base near Latakia", "operates
                # MiG-29s out of the Erebuni airfield": the state of the base they fly from
                hosts = [h for h in bases_flown_from(ctx, token) if h not in actors]
            if not hosts:      # "troops arrived at the invitation of the Mozambican government"
                hosts = [h for h in invited_by(ctx, token) if h not in actors]
            if not hosts:      # "deployed its warships off the coast of Oman": the nearest coastal state
                hosts = places_of(ctx, token, {"off"}, exclude=exclude)
            if not hosts and there(token):     # "About 900 US troops are stationed there"
                hosts = [h for h in last_place(ctx, token) if h not in actors]
            if not hosts:
                hosts = [s for s in subjects if s not in actors]
            if not hosts:      # "the presence of Russian peacekeepers in the region"
                hosts = [h for h in region_before(ctx, token) if h not in actors]
            if not hosts and frame == "presence":
                hosts = requester(ctx, token, actors)
            if not hosts and frame in ("deploy", "send"):     # (or "to patrol the waters off Libya")
                hosts = asker_or_helped(ctx, token, actors) or mission_places(ctx, token, exclude)
            if not hosts and frame in ("deploy", "establish") and \
                    any(w[0] in FORCE_CATEGORIES for w in weapons):
                hosts = only_other_state(ctx, token, obj, actors)
            if not hosts:      # "stationing a brigade abroad. The brigade was commissioned in Vilnius"
                hosts = placed_next(ctx, token, actors)
            if not hosts:
                continue
            statuses = evidenced(ctx, token, _statuses(token, trigger))     # ("imagery suggests ...")
            if token.lemma_.lower() in FACT_ONLY:      # "ready to fight in Ukraine": no forces there yet
                statuses = [s for s in statuses if s == "done"]
            for status in statuses:
                for actor in actors:
                    for host in hosts:
                        if actor == host:
                            continue
                        claim = make_claim(ctx, "deployment", token, status, ref or system,
                                          confidence=0.6, actor=actor, host=host)
                        if claim.quantity is None and ref is None:
                            claim.quantity = quantity_of(_word)     # "two Russian facilities"
                        out.append((claim, obj))
    return out


def _armed_base(ctx: Context, verb, earlier: list) -> list[tuple]:
    """Weapons delivered to "the base" of forces an earlier sentence placed abroad arm
    those forces (:func:`.bases.delivered_to_base`): deployed as theirs, not handed over."""
    placed = delivered_to_base(ctx, verb, earlier) or received_by_base(ctx, verb)   # ("the base in X received ...")
    if placed is None:
        return []
    heads = patterns.with_conjuncts(patterns.slot_fillers(verb, "subjpass" if patterns.is_passive(verb) else "dobj"))
    # "a battalion of Orlan-10 drones and new T-72B3 tanks" (the parser may join the list inside)
    heads += [c for h in heads for o in patterns.prep_objects(h, {"of"}) for c in o.conjuncts if c not in heads]
    out, seen = [], set()
    for head in heads:
        for system, ref, word in [w for w in weapons_of(ctx, head) if w[0] not in seen][:1]:
            seen.add(system)
            for status in statuses_of(verb, "done", "recipient")[:1]:
                claim = make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.45,
                                   actor=placed[0], host=placed[1])
                out.append((claim, head))
    return out


def _relative_place(ctx: Context, verb, exclude) -> list[str]:
    """The place of the noun a relative clause hangs on when the clause's place phrase is
    the relative pronoun ("the base in Syria, to which Russia sent troops")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return []
    # (the parser may tag the "to" of "to which" as a particle)
    if not any(c.dep_ == "prep" and c.lower_ in HOST_PREPS and any(o.dep_ == "pobj" and o.tag_ in ("WDT", "WP")
                                                                  for o in c.children) for c in verb.children):
        return []
    return places_of(ctx, node.head, {"in", "on", "at", "inside"}, exclude=exclude)


def _site_owners(ctx: Context, verb, preps, exclude) -> list[str]:
    """"troops rotate through nine Philippine bases", "jets are stationed at two Polish air
    bases": the owner of the bases the forces are placed at hosts them."""
    found: list[str] = []
    for obj in place_objects(verb, preps):
        if noun_category(obj) in ("category:military-facility", "category:airbase"):
            found += [a for a in owners_of(ctx, obj) if a not in exclude and a not in found]
    return found


# verbs by which a state's own body orders a deployment of forces it does not name as its own
ORDERING = {"approve", "authorise", "authorize", "order", "extend", "announce", "endorse", "sanction"}
KEPT_STATES = {"service", "operation", "reserve", "storage", "use", "inventory"}
EXERCISE_WORDS = {"exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre",
                  "manoeuvres", "wargame", "wargames", "war-game", "war-games"}


def _for_exercise(token) -> bool:
    """"sent S-400 and Pantsir systems to Serbia for the exercise / to take part in drills",
    "During a drill, the US Army flew a launcher into Japan", "each Eastern Bridge exercise
    brings French Rafales to Oman" (the drill itself brings them)."""
    if any(s.lemma_.lower() in EXERCISE_WORDS or s.lower_ in EXERCISE_WORDS for s in patterns.subjects(token)):
        return True
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "in", "during"):
            if any(o.lemma_.lower() in EXERCISE_WORDS or o.lower_ in EXERCISE_WORDS
                   for o in child.children if o.dep_ == "pobj"):
                return True
        if child.dep_ in ("advcl", "xcomp", "prep") and any(
                t.lower_ in EXERCISE_WORDS for t in child.subtree):
            return True
    return False


def sent_on_mission(verb) -> bool:
    """"send two F-35 fighters to Bulgaria to help police NATO airspace", "sent warships to
    protect shipping": weapons sent on a mission of the sender's (verbs of frame
    ``mission`` in ``data/deployment.tsv``) stay the sender's: a deployment, not a transfer."""
    for child in verb.children:
        if child.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                            for a in child.children):
            continue
        missions = {lemma for (lemma, _), t in lexicon(LEXICON).items() if t.frame == "mission"}
        # "to help police NATO airspace" (the parser may take "police" for a noun)
        if any(t.lemma_.lower() in missions for t in child.subtree if t.i - child.i < 3):
            return True
    # "dispatched a warship to guard Mauritanian waters", "sent two warships to Cuba"
    # ("contribute two jets to NATO's air policing mission in Poland")
    return guarding_domain(verb) or navy_sent(verb) or bool(to_mission(verb))


def _statuses(token, trigger) -> list[str]:
    """Statuses of a deployment; a reduced relative ("Iskanders currently deployed in the
    country") states a fact of its own, not one governed by the main clause; a general
    verb under "would" ("an airbase would bring more soldiers") is a hypothesis."""
    if token.dep_ in ("acl", "amod") and (token.tag_ == "VBN" or token.tag_ == "VBG" and any(
            c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in token.children)):
        # (also "the battalion currently serving with the UN mission in South Sudan will be replaced")
        return ["refused"] if status_mod.negated(token) else ["done"]
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in GOING_ON:
        # "the Turkish Armed Forces continue to train Somali soldiers in Mogadishu": going on now
        return statuses_of(token.head, trigger.status, "recipient")
    if trigger.frame == "send" and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                                       for c in token.children) and not reported(token):
        return []
    if token.dep_ == "dobj" and any(c.dep_ == "oprd" for c in token.head.children):
        return ["done"]           # "called the presence of Russian troops a factor of stability"
    if status_mod.modality(token) == "planned" and not status_mod.negated(token):
        return ["planned"]        # "the United States will / said it would deploy ..."
    if status_mod.negated(token) and status_mod.modality(token) is None and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("did", "was", "were") for c in token.children):
        return []                 # "Ukrainian personnel were not deployed to Georgia": no fact, no refusal
    return refused_permission(token, statuses_of(token, trigger.status, "recipient"))   # "refused to allow"


# verbs that place forces abroad only as a fact: "Cuban troops fought in Angola" (not
# "are ready to fight in Ukraine")
FACT_ONLY = {"fight"}
COMPANIONS = {"with", "alongside"}
# verbs whose infinitive goes on now, not later ("continue to train")
GOING_ON = {"continue", "keep"}


def _brought_along(ctx: Context, verb, trigger, prep) -> list[tuple]:
    """"Russian instructors arrived in Niamey with an air-defence system": the weapons
    forces arrive with are deployed where they arrive, as their owners'."""
    movers = [s for s in patterns.subjects(verb) if noun_category(s) == "category:troops"]
    actors = [a for s in movers for a in owners_of(ctx, s)]
    hosts = places_of(ctx, verb, {"to", "into", "in", "at"}, exclude=tuple(actors))
    out = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        for system, ref, _ in [w for w in weapons_of(ctx, obj) if w[0] not in FORCE_CATEGORIES][:1]:
            for status in _statuses(verb, trigger)[:1]:
                out += [(make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.5,
                                    actor=actor, host=host), obj)
                        for actor in dict.fromkeys(owners_of(ctx, obj) or actors) for host in hosts if host != actor]
    return out


def _companions(ctx: Context, verb, trigger) -> list[tuple]:
    """"The systems were flown to the air base near Belgrade together with Russian air
    defence troops": forces that go along with what is moved are deployed where it goes."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in COMPANIONS):
        if prep.lower_ == "with" and not any(c.lower_ in ("together", "along") for c in prep.children) \
                and not (prep.i > 0 and ctx.doc[prep.i - 1].lower_ in ("together", "along")):
            if trigger.frame == "arrive":
                out += _brought_along(ctx, verb, trigger, prep)
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if noun_category(obj) != "category:troops":
                continue
            actors = owners_of(ctx, obj)
            hosts = places_of(ctx, verb, {"to", "into", "in", "at"}, exclude=tuple(actors))
            for status in _statuses(verb, trigger)[:1]:
                for actor in actors:
                    for host in hosts:
                        out.append((make_claim(ctx, "deployment", verb, status, "category:troops",
                                               confidence=0.5, actor=actor, host=host), obj))
    return out
