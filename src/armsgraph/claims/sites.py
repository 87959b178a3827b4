"""Deployments told by a site, by access to bases or by a guarded domain (for
:mod:`.deployment`): "The Aegis Ashore site at Deveselu has been in service since 2016"
(frame ``service``), "The Philippines granted US forces access to four more military
bases" (frame ``access``), "Spanish warships will help protect Mauritania's waters"
(frames ``guard`` and ``mission`` with a noun of frame ``domain``).
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from . import bases
from .bases import BASES, base_hosts
from .context import Context
from .coopparts import under_deal_above
from .garrisons import last_place, subject_actors_of
from .quantity import quantity_of
from .triggers import cues, lexicon
from .typeroles import (agent_actors, make_claim, noun_category, origin_of, owners_of, place_actors, place_objects, places_of,
                        statuses_of, weapons_of)
from .vessels import NAVY_WORDS, noun_phrase

SAME = {"similar", "same", "identical", "second", "another", "sister"}


def site_claims(ctx: Context, word) -> list[tuple]:
    """A site or base of a foreign system that is / becomes operational or in service in
    a state: "The Aegis Ashore site at Deveselu has been in service since 2016" (done),
    "the US radar station in Turkey is expected to become operational next year" (planned),
    "a similar site at Redzikowo in Poland" (the system named before)."""
    if word.lemma_.lower() in DUTY:
        return duty_claims(ctx, word)
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("acomp", "pobj", "prep", "dobj", "attr", "oprd"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = patterns.subjects(verb)
    out = []
    for subject in subjects:
        if noun_category(subject) not in ("category:military-facility", "category:airbase"):
            continue
        weapons = [w for w in weapons_of(ctx, subject) if w[1] is not None and not w[1].is_category]
        if not weapons and any(c.lower_ in SAME for c in subject.children):
            weapons = [(r.id, r, subject) for r in roles.system_antecedents(ctx, subject, window=4)]
        if not weapons and owners_of(ctx, subject):
            # "The US radar station at Kürecik in Turkey has been operational since 2012"
            weapons = [("category:military-facility", None, subject)]
        if not weapons:
            continue
        for system, ref, _ in weapons:
            actors = owners_of(ctx, subject) or [a for a in [origin_of(ref, ctx)] if a]
            hosts = places_of(ctx, subject, {"in", "at", "near", "on"}, exclude=tuple(actors))
            for inner in place_objects(subject, {"at", "near"}) if not hosts else []:
                hosts += places_of(ctx, inner, {"in"}, exclude=tuple(actors))   # "at Kürecik in Turkey"
            for status in statuses_of(verb, "done", "recipient")[:1]:
                for actor in actors:
                    for host in hosts:
                        out.append((make_claim(ctx, "deployment", verb, status, ref or system,
                                               confidence=0.5, actor=actor, host=host), subject))
    return out

# nouns of service of frame ``service`` that weapons or forces go on ("assumed combat duty")
DUTY = {"duty", "alert"}
# verbs by which weapons or forces start or keep a duty
DUTY_VERBS = {"assume", "take", "go", "enter", "begin", "start", "stand", "be", "remain", "put", "place"}


def duty_claims(ctx: Context, word) -> list[tuple]:
    """"Russian S-400 systems have assumed combat duty in Belarus", "a unit armed with
    S-300 launchers took up combat duty there": weapons or forces of one state on duty in
    another are deployed there (the state-agency wording of a system made operational)."""
    verb = word.head
    if word.dep_ == "pobj":
        verb = verb.head      # "went on combat duty", "were put on alert"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in DUTY_VERBS or status_mod.negated(verb):
        return []
    passive = patterns.is_passive(verb)
    out = []
    for subject in patterns.slot_fillers(verb, "subjpass") if passive else patterns.subjects(verb):
        weapons = weapons_of(ctx, subject)
        armed = [w for o in patterns.prep_objects(subject, {"with"}) for w in weapons_of(ctx, o)
                 if w[1] is not None and not w[1].is_category]       # "a unit armed with S-300 launchers"
        armed += [w for c in subject.children if c.dep_ in ("acl", "amod") for o in patterns.prep_objects(c, {"with"})
                  for w in weapons_of(ctx, o) if w[1] is not None and not w[1].is_category]
        for system, ref, _ in (armed or weapons)[:2]:
            actors = owners_of(ctx, subject) or (owners_of(ctx, ctx.doc[ref.start]) if ref is not None else [])
            # (not the maker: "S-400 systems" may be bought ones)
            hosts = places_of(ctx, verb, {"in", "at", "on"}, exclude=tuple(actors)) or \
                places_of(ctx, subject, {"in", "at"}, exclude=tuple(actors))
            if not actors and bases.there(verb):     # "... took up combat duty there": the base named before
                actors = bases.base_owners_there(ctx, verb)
            if not hosts and bases.there(verb):
                hosts = [h for h in last_place(ctx, verb) if h not in actors] or \
                    bases.base_hosts_there(ctx, verb, exclude=tuple(actors))
            for status in statuses_of(verb, "done", "recipient")[:1]:
                out += [(make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.45,
                                    actor=actor, host=host), subject)
                        for actor in actors for host in hosts if actor != host]
    return out


def access_claims(ctx: Context, noun, trigger) -> list[tuple]:
    """"The Philippines granted US forces access to four more military bases": the
    granting state hosts the forces of the side given access to its bases."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    hosts = subject_actors_of(ctx, verb)
    sides = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")] + \
        [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != noun.i] + \
        patterns.prep_objects(noun, {"for"}) + patterns.prep_objects(verb, {"to"})
    actors = [a for side in sides for a in owners_of(ctx, side) + roles.actors_of(ctx, side) if a not in hosts]
    sites = [w for o in patterns.prep_objects(noun, {"to"}) for w in weapons_of(ctx, o)
             if w[0] in ("category:military-facility", "category:airbase")]
    own = cues().get(verb.lemma_.lower())       # "offered access" is an offer, "denied" a refusal
    statuses = [own.status] if own is not None and own.status in ("proposed", "refused", "negotiating") \
        else statuses_of(verb, trigger.status, "recipient")
    out = []
    for status in statuses[:1]:
        for system, ref, word in sites[:1]:
            for actor in dict.fromkeys(actors):
                for host in hosts:
                    claim = make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.5,
                                       actor=actor, host=host)
                    claim.quantity = quantity_of(word)
                    out.append((claim, noun))
    return out


PERMITTING = {"allow", "let", "permit", "authorise", "authorize", "grant", "invite"}


def use_claims(ctx: Context, verb, trigger) -> list[tuple]:
    """"Uzbekistan has allowed the United States to use the Karshi-Khanabad air base",
    "US jets use Incirlik air base in Turkey": the user's forces are at the base, hosted by
    the state it is in (or by the one that lets them use it)."""
    if verb.pos_ != "VERB":
        return []
    objects = patterns.slot_fillers(verb, "dobj")
    used_by = agent_actors(ctx, verb) if verb.lemma_.lower() not in LEASING else []
    if used_by and patterns.is_passive(verb) and verb.dep_ != "acl":      # "Incirlik air base is used by the US Air Force"
        objects = patterns.slot_fillers(verb, "subjpass")
    if verb.dep_ == "relcl" and any(o.tag_ in ("WDT", "WP") for o in objects):
        # "the Sary-Shagan range, which it leases from Kazakhstan" (also hung on a place:
        # "the range in Karaganda Region, which ...")
        objects = [verb.head] + ([verb.head.head.head] if verb.head.dep_ == "pobj" else [])
    bases = [o for o in objects if noun_category(o) in set(BASES) | LEASED]
    if not bases:
        return []
    actors = used_by or subject_actors_of(ctx, verb) or [a for s in patterns.subjects(verb) for a in owners_of(ctx, s)]
    if verb.lemma_.lower() in LEASING:
        return _leased(ctx, verb, bases, actors)
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PERMITTING | GOING_ON \
        else None      # "allowed the US to use the base", "continues to use the range"
    out = []
    for base in bases:
        hosts = base_hosts(ctx, base, exclude=tuple(actors))
        if not hosts and governor is not None and governor.lemma_.lower() in PERMITTING:
            hosts = [a for a in subject_actors_of(ctx, governor) if a not in actors]
        for status in statuses_of(governor if governor is not None else verb, "done", "recipient")[:1]:
            for actor in actors:
                for host in hosts:
                    out.append((make_claim(ctx, "deployment", verb, status, noun_category(base)
                                           if noun_category(base) in LEASED | {"category:airbase"}
                                           else "category:military-facility",
                                           confidence=0.45, actor=actor, host=host), base))
    return out


LEASING = {"lease", "rent"}
GOING_ON = {"continue", "keep"}
# what a state leases abroad besides bases: its test ranges
LEASED = {"category:testing-range"}


def _leased(ctx: Context, verb, bases, subjects) -> list[tuple]:
    """"Russia leases the Sary-Shagan range from Kazakhstan": the lessee's forces use it
    in the lessor's state; "Djibouti leases a base to China": the other way round."""
    takers = [a for o in place_objects(verb, {"to"}) for a in roles.actors_of(ctx, o) if a not in subjects]
    lessors = [a for o in place_objects(verb, {"from"}) for a in roles.actors_of(ctx, o) if a not in subjects]
    pairs = [(t, h) for t in takers for h in subjects] if takers else [(a, h) for a in subjects for h in lessors]
    out = []
    for base in bases:
        category = noun_category(base)
        for status in statuses_of(verb, "done", "recipient")[:1]:
            out += [(make_claim(ctx, "deployment", verb, status, category, confidence=0.45, actor=actor, host=host), base)
                    for actor, host in pairs if actor != host]
    return out


# what a state guards that is its own: "Somalia's territorial waters", "Qatari airspace"
DOMAINS = {lemma for (lemma, pos), t in lexicon("deployment").items() if t.frame == "domain"}
GUARDS = {"category:troops", "category:ships", "category:aircraft", "category:helicopters", "category:uav",
          "category:air-defence"}


def guard_claims(ctx: Context, verb, trigger) -> list[tuple]:
    """Forces or craft guarding another state's waters, airspace or coast are deployed
    there: "Spanish naval forces will begin protecting Mauritania's territorial waters"
    (a navy's forces are its ships), "Italian Eurofighters will help protect Slovenian
    airspace", "Greek frigates would patrol off the Libyan coast" (reported)."""
    if verb.pos_ != "VERB":
        return []
    domains = [o for o in patterns.slot_fillers(verb, "dobj") + place_objects(verb, {"off", "over", "along", "in"})
               if o.lemma_.lower() in DOMAINS]
    # ("Slovenian airspace", "the skies over Romania", "the waters off Somalia", "the airspace of the Baltic states")
    hosts = [h for d in domains for h in (owners_of(ctx, d) or place_actors(ctx, d) or
                                          places_of(ctx, d, {"over", "off", "of", "around"}))]
    if domains and not hosts:      # "patrol the waters off Somalia" (the parser hangs "off" on the verb)
        hosts = places_of(ctx, verb, {"off", "over"})
    guards, helped = helped_states(ctx, verb)
    if domains and helped:
        hosts = helped      # "will help Somalia protect its waters": the helped state's own
    sites = [] if hosts else guarded_sites(ctx, verb)
    hosts = hosts or sites
    if not hosts or status_mod.negated(verb):
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in verb.children) \
            and not reported(verb):
        return []        # "warships could patrol the coast": a hypothesis
    statuses = ["planned"] if status_mod.modality(verb) == "planned" else statuses_of(verb, trigger.status, "recipient")
    if statuses[:1] == ["planned"] and under_deal_above(verb):
        statuses = ["agreed"]     # "Under a defence pact approved in May, Spanish warships will ..."
    out = []
    for subject in guards or patterns.subjects(verb):
        actors = owners_of(ctx, subject) or list(dict.fromkeys(    # "US Army Patriot batteries"
            r.actor for r in ctx.refs_in(noun_phrase(subject)[0].i, subject.i)
            if r.actor and r.kind in ("state", "organisation")))
        weapons = [w for w in weapons_of(ctx, subject) if w[0] in GUARDS or w[1] is not None and not w[1].is_category]
        if weapons and weapons[0][0] == "category:troops" and any(t.lower_ in NAVY_WORDS for t in noun_phrase(subject)):
            weapons = [("category:ships", None, subject)]      # "naval forces", "the Turkish navy"
        if sites and not any(t.lower_ in SERVICE_WORDS for t in noun_phrase(subject)):
            # a site guarded by weapons no service owns may be guarded by their new owner
            # ("German Patriots protect Ukrainian cities"): only forces
            weapons = [w for w in weapons if w[0] == "category:troops"]
        for system, ref, _ in weapons:
            for status in statuses[:1]:
                for actor in actors:
                    for host in dict.fromkeys(hosts):
                        if actor != host:
                            out.append((make_claim(ctx, "deployment", verb, status, ref or system,
                                                   confidence=0.45, actor=actor, host=host), subject))
    return out


# verbs whose object a guarding verb under them takes as its subject: "Turkish naval forces
# will help Somalia protect its waters" (the forces guard; Somalia is the owner)
HELPING = {"help", "assist", "support", "aid"}


def helped_states(ctx: Context, verb) -> tuple[list, list[str]]:
    """(the helpers, the helped states) of a guarding verb under a verb of helping whose
    subject is a state the helper helps: "Italian warships will help Libya protect its
    coast" gives the warships and Libya; ([], []) otherwise."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.lemma_.lower() not in HELPING:
        return [], []
    states = []
    for subject in patterns.subjects(verb):
        ref = ctx.ref_at(subject)
        if ref is None or ref.kind != "state" or not ref.actor or subject.i <= head.i:
            return [], []
        states.append(ref.actor)
    helpers = [s for s in patterns.subjects(head) if s.i < head.i]
    return (helpers, list(dict.fromkeys(states))) if helpers and states else ([], [])


# words that make weapons a state's forces' own ("US Army Patriot batteries")
SERVICE_WORDS = {"army", "navy", "naval", "marine", "marines", "military"}


# verbs of guarding that put the guards in the state they take as object ("patrol northern
# Syria"; "protect Ukraine" places no one)
PATROLLING = {"patrol"}


def guarded_sites(ctx: Context, verb) -> list[str]:
    """States of the sites a verb of guarding takes as its object: "guard Rzeszow airport in
    Poland", "protect the presidential palace in Bangui", "secure Kabul airport"."""
    found: list[str] = []
    for site in patterns.slot_fillers(verb, "dobj"):
        ref = ctx.ref_at(site)
        if ref is not None and ref.kind == "state" and ref.actor and verb.lemma_.lower() in PATROLLING:
            found += [ref.actor] if ref.actor not in found else []    # "military police patrol northern Syria"
            continue
        if ref is not None and ref.kind in ("state", "organisation"):
            continue       # "protect Ukraine", "defend NATO": no site
        # (the place phrase first: "the Suwalki gap in southern Lithuania")
        found += [h for h in places_of(ctx, site, {"in", "near", "at"}) or place_actors(ctx, site) or
                  base_hosts(ctx, site) if h not in found]
    return found


def reported(token) -> bool:
    """"The Pentagon said it would send ...": future in reported speech, not a hypothesis."""
    node = token
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in status_mod.REPORTING_VERBS | {"announce"}
