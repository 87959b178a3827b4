"""Bases named before, for deployments: "Russia opened an air base at Kant in Kyrgyzstan.
About 500 Russian airmen are stationed at the base" (the definite base is the one just
named: its state hosts them); "The Al Udeid air base near Doha has hosted US bombers
since 2019" (a base that hosts: the state it is in); bases forces fly from ("operating from
Mogadishu airport"); and the other host finders of :mod:`.deployment` with no state in the
place phrase: "in the region" (:func:`region_before`), "there", the one other state of the
sentence (:func:`only_other_state`).
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .triggers import trigger_of
from .typeroles import HOST_PREPS, noun_category, owners_of, place_actors, place_objects, places_of, subject_actors

BASES = ("category:military-facility", "category:airbase")
DEFINITE = {"the", "this", "that"}
LOOK_BACK = 3      # sentences searched for the base a definite one points to
BASE_PREPS = {"in", "at", "near", "outside", "on"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north-east", "north-west", "south-east", "south-west"}


def _is_base(ctx: Context, token) -> bool:
    ref = ctx.ref_at(token)
    return noun_category(token) in BASES or ref is not None and ref.id in BASES


def base_hosts(ctx: Context, base, exclude=()) -> list[str]:
    """States a base phrase is placed in: "an air base at Kant in Kyrgyzstan", "the Al
    Udeid air base near Doha", "a base in Rukla, Lithuania" (also through the verb the
    base is the object of: "opened an air base at Kant in Kyrgyzstan")."""
    ref = ctx.ref_at(base)
    found = [ref.actor] if ref is not None and ref.kind == "place" and ref.actor else []
    found += places_of(ctx, base, BASE_PREPS, exclude=tuple(exclude))
    if not found and base.dep_ in ("dobj", "nsubjpass") and base.head.pos_ == "VERB":
        found = places_of(ctx, base.head, BASE_PREPS, exclude=tuple(exclude))
    if not found:
        for inner in place_objects(base, {"at", "near"}):
            found += places_of(ctx, inner, {"in"}, exclude=tuple(exclude))
    if not found:     # "a base south of Doha", "a base 30 km east of Tripoli"
        for side in (c for c in base.children if c.lower_ in COMPASS):
            found += [a for o in place_objects(side, {"of"}) for a in place_actors(ctx, o, tuple(exclude))]
    if not found:     # "Estonia's Amari air base" (not the forces' own: "Russia's base" hosts none)
        found = [a for c in base.children if c.dep_ == "poss" for a in roles.actors_of(ctx, c)]
    return [f for f in dict.fromkeys(found) if f not in exclude]


def base_before(ctx: Context, verb) -> list[str]:
    """The host of "the base" a verb places forces at, from the base named in the
    sentences before ("stationed at the base", "based at the facility")."""
    return base_hosts_before(ctx, place_objects(verb, {"at", "in", "on", "to"}))


def base_hosts_before(ctx: Context, nouns) -> list[str]:
    """The host of "the base" (one of ``nouns``) named in the sentences before."""
    for noun in nouns:
        for earlier in _bases_before(ctx, noun):
            found = base_hosts(ctx, earlier)
            if found:
                return found
    return []


def base_owners_before(ctx: Context, nouns) -> list[str]:
    """The owner of "the base" (one of ``nouns``) named in the sentences before: "China
    opened its first overseas base in Djibouti. Several hundred marines are stationed at
    the base" / "The facility houses several hundred marines" (China's marines): the base's
    owner word, else the subject of the verb that opened or runs it."""
    for noun in nouns:
        for earlier in _bases_before(ctx, noun):
            found = owners_of(ctx, earlier)
            if not found and earlier.dep_ == "dobj" and earlier.head.pos_ == "VERB":
                found = subject_actors(ctx, earlier.head)
            if not found and earlier.dep_ == "attr":     # "Russia's largest force abroad is the 201st base"
                found = [a for s in patterns.subjects(earlier.head) for a in owners_of(ctx, s)]
            hosts = base_hosts(ctx, earlier)
            found = [a for a in found if a not in hosts]
            if found:
                return found
    return []


def base_owners_there(ctx: Context, verb) -> list[str]:
    """The owner of the last base named before a verb that says "there" ("... were
    delivered to the base, and an air-defence unit took up combat duty there"): its owner
    word, or the owner of the base a definite one points to."""
    here = ctx.sentence_number(verb)
    first = ctx.sentences[max(0, here - LOOK_BACK)].start
    for token in reversed(ctx.doc[first:verb.i]):
        if token.pos_ in ("NOUN", "PROPN") and _is_base(ctx, token):
            hosts = base_hosts(ctx, token)
            found = [a for a in owners_of(ctx, token) if a not in hosts] or base_owners_before(ctx, [token])
            if found:
                return found
    return []


def base_hosts_there(ctx: Context, verb, exclude=()) -> list[str]:
    """The host of the last base named before a verb that says "there"."""
    here = ctx.sentence_number(verb)
    first = ctx.sentences[max(0, here - LOOK_BACK)].start
    for token in reversed(ctx.doc[first:verb.i]):
        if token.pos_ in ("NOUN", "PROPN") and _is_base(ctx, token):
            found = [h for h in base_hosts(ctx, token) or base_hosts_before(ctx, [token]) if h not in exclude]
            if found:
                return found
    return []


def _bases_before(ctx: Context, obj):
    """Bases named in the sentences before that a definite base noun points to."""
    if not _is_base(ctx, obj) or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
        return
    here = ctx.sentence_number(obj)
    first = ctx.sentences[max(0, here - LOOK_BACK)].start
    for earlier in reversed(ctx.doc[first:obj.i]):
        if earlier.pos_ not in ("NOUN", "PROPN") or not _is_base(ctx, earlier):
            continue
        if earlier.i >= ctx.sentence_of(obj).start:
            continue          # the base of this sentence has no place of its own
        yield earlier


# fields aircraft fly from that are no base of their own ("operating from Mogadishu airport")
AIRFIELDS = {"airport", "airfield", "aerodrome", "airstrip"}
FLYING = {"fly", "operate", "run", "launch", "patrol", "strike", "carry", "conduct"}
PARTICLE_VERBS = {"carry": "out"}    # flying verbs only with their particle


def _named_place(ctx: Context, token) -> str | None:
    """The state of the place ``token`` names ("Agadez" -> NER), else None."""
    ref = ctx.ref_at(token)
    return ref.actor if ref is not None and ref.kind == "place" and ref.actor else None


def _flying_state(ctx: Context, verb, place) -> str | None:
    """The state named as where craft fly from, for "fly" only ("jets flying from Jordan";
    "operating from Poland" may be a firm's or a headquarters')."""
    ref = ctx.ref_at(place)
    if verb.lemma_.lower() != "fly" or ref is None or ref.kind != "state" or not ref.actor:
        return None
    return ref.actor


def bases_flown_from(ctx: Context, verb) -> list[str]:
    """States of the bases forces fly or operate from: "have flown from the Hmeimim air
    base near Latakia", "operates MiG-29 fighters out of the Erebuni airfield"."""
    if verb.lemma_.lower() not in FLYING or verb.lemma_.lower() in PARTICLE_VERBS and not any(
            c.dep_ == "prt" and c.lower_ == PARTICLE_VERBS[verb.lemma_.lower()] for c in verb.children):
        return []       # "carry out tasks from", not "carried the cargo from"
    objects = place_objects(verb, {"from"})
    for mission in (c for c in verb.children if c.dep_ == "dobj"):
        objects += place_objects(mission, {"from"})     # "flying air policing missions from ..."
    for out in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"):
        objects += place_objects(out, {"of"})          # "out of": the parser nests "of"
    found: list[str] = []
    for base in objects:
        if _is_base(ctx, base) or base.lemma_.lower() in AIRFIELDS:
            # "from Mogadishu airport", "from a Cambodian airbase": the place or state named on it
            hosts = base_hosts(ctx, base) or place_actors(ctx, base) or owners_of(ctx, base)
        elif any(_is_base(ctx, t) or t.lemma_.lower() in AIRFIELDS
                 for t in ctx.doc[base.i + 1:min(base.i + 3, base.sent.end)]):
            ref = ctx.ref_at(base)     # "from Hmeimim airfield": the parser may take the name for the head
            hosts = [ref.actor] if ref is not None and ref.kind == "place" and ref.actor else []
        elif (_named_place(ctx, base) or _flying_state(ctx, verb, base)) and not place_objects(verb, {"to", "into"}) \
                and not {verb.dep_ if verb.tag_ != "VBG" else "", verb.head.dep_} & {"relcl", "acl"}:
            # "Typhoons are flying from Mihail Kogalniceanu in Romania" (a named place, with no
            # destination: where they fly from, not "flew from North Carolina to Norway"; not
            # "the drones that used to fly from Agadez", a description of the goods);
            # "French Rafale jets flying from Jordan struck ..." (a state, for craft flying now)
            hosts = [_named_place(ctx, base) or _flying_state(ctx, verb, base)]
        else:
            continue
        found += [h for h in hosts if h not in found]
    return found


INVITING = {"invitation", "request", "behest"}


def invited_by(ctx: Context, verb) -> list[str]:
    """"arrived at the invitation / request of the Mozambican government": the state that
    asked for the forces hosts them."""
    found: list[str] = []
    for noun in place_objects(verb, {"at", "on", "upon"}):
        if noun.lemma_.lower() not in INVITING:
            continue
        for inviter in place_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]:
            found += [a for a in roles.actors_of(ctx, inviter) if a not in found]
    return found


def bases_placed_at(ctx: Context, verb, exclude=()) -> list[str]:
    """States of the bases or sites forces are moved to or kept at: "moved warheads to
    storage sites on Belarusian territory", "stationed at an air base near Constanta"."""
    found: list[str] = []
    for base in place_objects(verb, {"to", "into", "at", "in"}):
        if _is_base(ctx, base):
            found += [h for h in base_hosts(ctx, base, exclude) if h not in found]
    return found


REGION_NOUNS = {"region", "area", "zone", "province", "enclave", "exclave", "republic"}


def region_before(ctx: Context, token) -> list[str]:
    """"in the region" / "in the area": the state of the region or city named last before
    it as a place ("the situation in Nagorno-Karabakh"), in this or the three sentences
    before; not a state ("in Belarus ... forces in the region" is the wider area)."""
    objects = [o for o in place_objects(token, HOST_PREPS) if o.lemma_.lower() in REGION_NOUNS
               and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
               and not any(c.dep_ in ("amod", "compound", "poss") for c in o.children)]
    for obj in patterns.prep_objects(token, {"of"}):
        objects += [o for o in place_objects(obj, HOST_PREPS) if o.lemma_.lower() in REGION_NOUNS
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in o.children)]
    if not objects:
        return []
    obj = objects[0]
    here = ctx.sentence_number(obj)
    first = ctx.sentences[max(0, here - 3)].start
    for ref in reversed(ctx.refs):
        if ref.start >= obj.i or ref.start < first or not ref.actor or ref.kind != "place":
            continue       # after a state ("in Belarus"), "the region" is the wider area around it
        head = ctx.doc[ref.start:ref.end].root
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "into", "inside", "to"):
            return [ref.actor]
    return []


def there(token) -> bool:
    """"stationed troops there" (also when the parser hangs "there" on the object:
    "stationed MQ-9 drones there on rotation")."""
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
    return any(c.lower_ == "there" and c.dep_ == "advmod" for h in holders for c in h.children)


def only_other_state(ctx: Context, token, obj, actors) -> list[str]:
    """"Russia rejected Belarus' appeals for aircraft and attempted to deploy a Russian
    airbase instead": with no place named, the one other state of the sentence hosts."""
    if there(token) or any(place_objects(t, HOST_PREPS) for t in token.subtree):
        return []       # a place is named ("on the Ukrainian border"), just not a state
    sent = ctx.sentence_of(token)
    # "Britain sent 1,000 troops, and the Netherlands deployed its marines": a state that
    # sends forces of its own in the same sentence is a fellow sender, not the host
    senders = {a for verb in sent if verb.i != token.i and verb.pos_ == "VERB" and _sending(verb)
               for s in patterns.subjects(verb) for a in roles.actors_of(ctx, s) + owners_of(ctx, s)}
    others = {r.actor for r in ctx.refs_in(sent.start, sent.end)
              if r.kind == "state" and r.actor and r.actor not in actors and r.actor not in senders}
    return sorted(others) if len(others) == 1 else []


def _sending(verb) -> bool:
    trigger = trigger_of(verb, "deployment")
    return trigger is not None and trigger.frame in ("deploy", "send")


def where_place(ctx: Context, verb, exclude=()) -> list[str]:
    """The place a "where" clause hangs on: "Djibouti, where the PLA has kept a garrison",
    "Camp Simba at Manda Bay, on Kenya's coast, where US personnel work" (a state or
    place named itself, else the states of its place phrases)."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                      for c in node.children):
        return []
    place = node.head
    ref = ctx.ref_at(place)
    if ref is not None and ref.kind in ("state", "place") and ref.actor:
        return [ref.actor] if ref.actor not in exclude else []
    found = base_hosts(ctx, place, exclude=tuple(exclude))
    for inner in (c for c in place.children if c.dep_ == "appos" or c.dep_ == "prep"):
        found += [h for h in places_of(ctx, inner, exclude=tuple(exclude)) if h not in found]
    return found


# verbs that bring weapons to a place; to a state they hand them over (a transfer), to a
# base of the sender's abroad they arm its forces there
DELIVERING = {"deliver", "send", "supply", "transfer", "ship", "move", "bring"}


def delivered_to_base(ctx: Context, verb, earlier: list) -> tuple[str, str] | None:
    """"A battalion of Orlan-10 drones and new T-72B3 tanks were delivered to the base":
    weapons brought to "the base" whose forces an earlier deployment of the last few
    sentences placed abroad arm those forces: that deployment's (actor, host), else None."""
    if verb.lemma_.lower() not in DELIVERING or verb.pos_ != "VERB":
        return None
    bases = [o for o in place_objects(verb, {"to", "at"}) if _is_base(ctx, o) and
             any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children)]
    if not bases:
        return None
    here = ctx.sentence_number(verb)
    for n in range(here - 1, max(-1, here - LOOK_BACK - 1), -1):
        sent = ctx.sentences[n]
        if not any(_is_base(ctx, t) for t in sent):
            continue
        for claim in reversed(earlier):
            if claim.type == "deployment" and claim.start == sent.start_char and claim.status == "done":
                return claim.actor, claim.host
    return None


# verbs of a base or force receiving weapons ("Russia's base in Tajikistan received drones")
RECEIVING = {"receive", "get", "obtain", "acquire"}
FORCE_NOUNS = ("category:troops", "category:military-facility", "category:airbase")


def received_by_base(ctx: Context, verb) -> tuple[str, str] | None:
    """"Russia's 201st base in Tajikistan received new Orlan-10 drones", "the US battalion
    in Poland got new Abrams tanks": weapons a force or base abroad receives arm it (a
    deployment of its owner where it is, not a purchase): (actor, host), else None."""
    if verb.lemma_.lower() not in RECEIVING or verb.pos_ != "VERB" or patterns.is_passive(verb):
        return None
    for subject in patterns.subjects(verb):
        if noun_category(subject) not in FORCE_NOUNS:
            continue
        owners = owners_of(ctx, subject)
        hosts = [h for h in base_hosts(ctx, subject, exclude=tuple(owners))]
        if len(owners) == 1 and hosts:
            return owners[0], hosts[0]
    return None
