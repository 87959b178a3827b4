"""What a document has already named, for the sentences that go on about it: forces and
bases placed, places pointed back to ("there"), and the dateline it was filed under.

News about a deployment names the force once with its owner and host ("The collective
peacekeeping forces of the CSTO have been sent to Kazakhstan", "Two fortified areas of the
Russian 102nd military base have been established in Armenia") and then goes on without
them:

- composition: "the peacekeeping forces include subdivisions of the Armed Forces of
  Russia, Belarus and Armenia" -> each of them is deployed where the forces are;
- contents: "The 102nd military base consists of several garrisons stationed in Gyumri"
  -> the garrisons belong to the base's owner;
- equipment: "It is equipped with S-300 systems and MiG-29 jets" -> those systems are
  deployed with the base.

:class:`Garrisons` remembers, per deployment claim, the nouns of the deployed phrase with
the claim's actor, host and status; :meth:`Garrisons.recall` finds the entry a later noun
(same lemma) or pronoun ("it", "they") points to.

:func:`listed_forces` and :func:`forces_of` are the ships, aircraft and named systems
a drill report has taking part ("including the Russian cruiser Varyag"), :func:`listed_states`
the states it lists ("30 countries took part, including Greece and India"); :func:`pointed_weapon` is the weapon a pronoun object stands for ("helped crews operate
them"); :func:`last_place` the state "there" points to; :func:`dateline` the tokens of a
dateline ("SEOUL, 19 December 2023 —"), which :func:`subject_actors_of` keeps out of the
subjects the parser gives a verb.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import patterns, roles
from .context import Context
from .definites import resolve_definite
from .quantity import quantity_of
from .status import modality
from .triggers import trigger_of
from .typeroles import (NOT_PLACES, make_claim, noun_category, owners_of, places_of,
                        subject_actors, weapons_of)

COMPOSE = {"include", "consist", "comprise", "incorporate", "encompass"}
EQUIP = {"equip", "arm"}
# verbs by which a force placed before lists what it has: "This year's force brings MV-22
# Ospreys ...", "the air group at Hmeimim counted Su-34 and Su-35 fighters", "the base
# also operates MiG-29 fighters"
FIELD = {"bring", "field", "count", "number", "feature", "operate"}
BASE_FIELD = {"operate"}     # (only with a base for subject)
BASE_UNITS = {"category:airbase", "category:military-facility"}
POINTERS = {"it", "they", "its", "their"}
# nouns of a part of a unit, whose "of" phrase names the unit ("the armoured component of the rotation")
PARTS = {"component", "element", "part", "core", "bulk", "backbone", "contingent"}
GENERIC_UNITS = {"force", "contingent", "unit", "group", "detachment", "rotation", "battlegroup", "task force",
                 "squadron", "deployment"}
UNIT_CATEGORIES = {"category:troops", "category:airbase", "category:military-facility"}
LOOK_BACK = 7   # sentences; a headline counts as one


@dataclass
class Garrison:
    sentence: int
    lemmas: set[str]
    actor: str
    host: str
    status: str


class Garrisons:
    def __init__(self) -> None:
        self.entries: list[Garrison] = []

    def remember(self, sentence: int, phrase, actor: str, host: str, status: str) -> None:
        """Record the unit nouns of the deployed phrase ("areas of the ... base")."""
        lemmas = {t.lemma_.lower() for t in phrase.subtree
                  if t.pos_ in ("NOUN", "PROPN") and noun_category(t) in UNIT_CATEGORIES}
        lemmas.add(phrase.lemma_.lower())
        self.entries.append(Garrison(sentence, lemmas, actor, host, status))

    def recall(self, sentence: int, token, pointers: bool = True) -> Garrison | None:
        """The unit ``token`` points to: the same noun placed up to six sentences back,
        or for a pronoun the last unit placed in the three sentences before (not with
        ``pointers`` false: the same noun only)."""
        pointer = pointers and (token.lower_ in POINTERS or token.lemma_.lower() in GENERIC_UNITS and any(
            c.dep_ in ("det", "poss") for c in token.children))    # "This year's force brings ..."
        for entry in reversed(self.entries):
            distance = sentence - entry.sentence
            if distance < 0 or distance > (3 if pointer else LOOK_BACK):
                continue
            if pointer or token.lemma_.lower() in entry.lemmas:
                return entry
        return None

    def container_of(self, sentence: int, token) -> Garrison | None:
        """The unit a phrase is part of: "the base consists of garrisons ...",
        "the forces include subdivisions of ..."."""
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head
        verb = node.head
        if node.dep_ not in ("prep", "dobj") or verb.lemma_.lower() not in COMPOSE:
            return None
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = self.recall(sentence, subject)
            if found is not None:
                return found
        return None


THERE_PREPS = {"in", "to", "into", "at", "inside", "along", "near", "on", "across", "off"}


def dateline(ctx: Context) -> set[int]:
    """Tokens of a dateline ("SEOUL, 19 December 2023 —", "ISLAMABAD —") opening one of
    the first sentences: the place a report was filed from, never a party of it
    (:attr:`.context.Context.dateline`)."""
    return ctx.dateline


def subject_actors_of(ctx: Context, verb) -> list[str]:
    """:func:`.typeroles.subject_actors` without a dateline the parser took for a subject
    ("SEOUL, ... — North Korea launched ..." -> PRK, not KOR)."""
    found = subject_actors(ctx, verb)
    span = dateline(ctx)
    subjects = patterns.subjects(verb)
    if not span or not any(s.i in span for s in subjects):
        return found
    named = {r.actor for r in ctx.refs if r.start in span and r.actor}
    # "MINSK, 9 March — Belarus and Russia held ...": the parser hangs the real subject on
    # the dateline as an apposition
    real = [s for s in subjects if s.i not in span] + \
        [a for s in subjects if s.i in span for a in s.children if a.dep_ == "appos" and a.i not in span]
    others = [a for s in real for a in roles.actors_of(ctx, s) + owners_of(ctx, s)]
    return [a for a in found if a not in named or a in others] + \
        [a for a in others if a not in found]


def last_place(ctx: Context, token) -> list[str]:
    """What "there" points to: the last place phrase before it (up to three sentences
    back) that names a state ("in Poland"); nothing after a border or frontier ("along the
    border"); a base or sea of no named state lets the search go further back."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - 3)].start
    for i in range(token.i - 1, first - 1, -1):
        word = ctx.doc[i]
        ref = ctx.ref_at(word)
        if word.dep_ == "nsubj" and word.head.lemma_ in ("host", "house") and ref is not None and ref.actor:
            return [ref.actor]
        if word.dep_ != "pobj" or word.head.lower_ not in THERE_PREPS:
            continue
        if ref is not None and ref.kind == "date" or word.ent_type_ in ("DATE", "TIME"):
            continue
        found = places_of(ctx, word.head.head, {word.head.lower_})
        if found or word.lemma_.lower() in NOT_PLACES:
            return found
        # "deployed to the ... air base near the Black Sea. ... held an exercise there": a
        # place of no state named on its own; the state named before it
    return []


def pointed_weapon(ctx: Context, pronoun, skip=frozenset()) -> list[tuple]:
    """What a pronoun object stands for: the weapon named last before it in its sentence
    ("Manila wants the missiles made at home, and the two sides discuss a venture to
    produce them" -> missiles; "received Shahed drones ... helped crews operate them"),
    else the named system the sentences before are about. ``skip``: categories that are
    no weapon here (troops, facilities)."""
    sent = ctx.sentence_of(pronoun)
    for ref in reversed(ctx.refs_in(sent.start, pronoun.i)):
        if ref.is_system and ref.id not in skip:
            named = [w for w in weapons_of(ctx, ctx.doc[ref.end - 1]) if w[1] is not None and not w[1].is_category]
            named += [(r.id, r, ctx.doc[r.start]) for r in ctx.refs if r.end == ref.start and
                      r.kind == "system" and not r.is_category]       # however the parser split them
            head = ctx.doc[ref.end - 1]
            listed = {r.id for r in ctx.refs_in(head.left_edge.i, ref.end) if r.kind == "system" and not r.is_category}
            kind = roles.family_category(ref.id) if not ref.is_category else ref.id
            if len(listed) >= 2 and head.tag_ == "NNS" and kind:
                return [(kind, None, head)]    # "Hermes 900 and Orbiter drones, some of them": the kind
            if ref.is_category and named:
                return named[:1]         # "Bayraktar TB2 drones": the system the noun names
            found = resolve_definite(ctx, (ref.id, ref, ctx.doc[ref.end - 1]))
            if found[1] is ref and ref.is_category:
                found = _named_earlier(ctx, ref) or found
            return [found]
    return [(r.id, r, pronoun) for r in roles.system_antecedents(ctx, pronoun)]


def _named_earlier(ctx: Context, category) -> tuple | None:
    """"hundreds of the drones" far below "Shahed-136 loitering munitions": the named
    system of that category the document has mentioned most before the phrase."""
    head = ctx.doc[category.end - 1]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
        return None
    counts: dict[str, list] = {}
    for ref in ctx.refs:
        if ref.start >= category.start:
            break
        if ref.kind == "system" and roles.family_category(ref.id) == category.id:
            counts.setdefault(ref.id, []).append(ref)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return (best[0].id, best[-1], head)


TAKE_PART = {"take", "participate", "join", "attend"}
PARTICIPANT_NOUNS = {"participant", "participants", "participation"}
AMONG_NOUNS = PARTICIPANT_NOUNS | {"contingent", "contingents", "participating"}   # "are among the contingents"


def listed_forces(ctx: Context, sent, last: dict) -> list:
    """"More than 20 vessels are taking part, including the Russian cruiser Varyag and two
    Chinese destroyers", "Pakistani JF-17 jets are taking part": warships, aircraft and
    named systems a report has taking part in the drill just named are deployed in its
    host, one claim per owner."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ not in TAKE_PART or \
                verb.lemma_ == "take" and not any(c.lemma_ == "part" for c in verb.children):
            continue
        if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i and c.lemma_ != "part" and (
                trigger_of(c, "exercise") is None or trigger_of(c, "exercise").frame
                not in ("exercise", "edition", "wargame")) for c in verb.children):
            continue       # "Egyptian frigates joined Greek ships for the Medusa drills": another drill
        for subject in patterns.subjects(verb):
            listed = patterns.with_conjuncts([subject] + patterns.prep_objects(subject, {"including", "among"}))
            for head in list(listed):   # "the Russian cruiser Varyag and two Chinese destroyers"
                listed += [c for a in head.children if a.dep_ == "appos"
                           for c in patterns.with_conjuncts([a]) if c not in listed]
            for head in listed:
                system = taking_part(ctx, head)
                if system is None:
                    continue
                for actor in own_owners(ctx, head):
                    for host in last["hosts"]:
                        if actor == host or host == "UNK":
                            continue
                        # what the report lists beats what the exercise itself implies
                        claim = make_claim(ctx, "deployment", verb, last["status"], system,
                                           confidence=0.5, actor=actor, host=host)
                        claim.quantity = quantity_of(head)
                        out.append(claim)
    return out


CRAFT = ("category:ships", "category:aircraft", "category:helicopters")


def taking_part(ctx: Context, head):
    """What a phrase taking part in a drill deploys: a named system ("JF-17 jets"), else
    warships, aircraft or helicopters ("two Chinese destroyers", "the cruiser Varyag",
    "American and Italian jets"); None for anything else."""
    named = [w[1] for w in weapons_of(ctx, head) if w[1] is not None and not w[1].is_category
             and own_item(head, w[2])]    # ("a US Patriot battery and Finnish troops": not the troops')
    if named:
        return named[0]
    own = ctx.ref_at(head)
    for category in [own.id if own is not None and own.is_category else None, noun_category(head)] + \
            [noun_category(c) for c in head.children if c.dep_ == "compound"]:
        if category in CRAFT:
            return category
    return None


def own_item(head, word) -> bool:
    """Whether ``word`` (of a weapon found on ``head`` and its conjuncts) is in the head's
    own conjunct: "a US Patriot battery and Finnish troops" gives the troops no battery."""
    return word is None or not head.conjuncts or head.left_edge.i <= word.i <= head.i


def own_owners(ctx: Context, head) -> list[str]:
    """Owners named on this noun only, not on its conjuncts ("the French frigate Provence
    and two Greek corvettes": FRA for the first, GRC for the second)."""
    found = []
    inner = [c for c in head.children if c.dep_ in ("compound", "nummod", "nmod")]
    children = [c for t in [head] + inner for c in t.children]      # "Pakistani JF-17 jets"
    listed = {j.i for c in children if c.dep_ in ("amod", "compound") for j in c.conjuncts}
    children += [ctx.doc[i] for i in sorted(listed)]      # "American and Italian jets": both
    for child in children:
        ref = ctx.ref_at(child)
        if (child.dep_ in ("amod", "compound", "poss", "nmod") or child.i in listed) \
                and ref is not None and ref.actor \
                and ref.kind != "place" and ref.actor not in found:
            found.append(ref.actor)
    return found


# units of a drill's participant that are its aircraft, unless the sentence is about ships
AIR_UNITS = {"squadron"}
NAVAL_WORDS = {"navy", "naval", "fleet", "ship", "warship", "frigate", "sailor"}


def forces_of(ctx: Context, noun, actor: str, default: str = "category:troops"):
    """What an abroad participant brings, as the sentence names it: "hosted Russian
    warships for joint drills" -> ships, "French Rafale jets landed ... for the exercise"
    -> Rafale; troops unless a ship or named system of its is there."""
    weapon = None
    for token in _own_clause(ctx, noun):
        if token.pos_ not in ("NOUN", "PROPN") or actor not in (own_owners(ctx, token) or owners_of(ctx, token)):
            continue
        system = taking_part(ctx, token)      # "French Rafale jets landed in India for ..."
        if system is not None:
            return system
        own = ctx.ref_at(token)               # "American launchers were flown to ... for drills"
        if weapon is None and own is not None and own.is_category and own.id not in UNIT_CATEGORIES:
            weapon = own.id
        if weapon is None and token.lemma_.lower() in AIR_UNITS and not any(
                t.lemma_.lower() in NAVAL_WORDS for t in ctx.sentence_of(noun)):
            weapon = "category:aircraft"      # "with American and French squadrons among the regulars"
    return weapon or default


def _own_clause(ctx: Context, noun) -> list:
    """The tokens of the clause a drill noun belongs to, without the coordinated clauses
    that tell of another drill ("crews flew together in the Faisal exercise, and Egyptian
    frigates joined Greek ships for the Medusa drills"); the sentence if no verb governs it."""
    sent = ctx.sentence_of(noun)
    clause = noun
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return list(sent)
    other: set[int] = set()
    while True:
        other |= {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                  and not (c.left_edge.i <= noun.i <= c.right_edge.i) and _other_clause(c) for t in c.subtree}
        if clause.dep_ not in ("conj", "xcomp", "advcl") or clause.head.pos_ not in ("VERB", "AUX"):
            break
        clause = clause.head    # "launchers were flown to Estonia to fire ... during the drills"
    return [t for t in sent if t.i not in other and (clause.left_edge.i <= t.i <= clause.right_edge.i)]


def _other_clause(clause) -> bool:
    """A coordinated clause of its own: finite ("..., and Indian warships now call at Cam
    Ranh") or naming a drill of its own ("..., and Egyptian frigates joined Greek ships for
    the Medusa drills"); not a participle that goes on about the same drill ("..., and
    Japan's forces firing their missiles on Australian soil")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in clause.children):
        return True
    return any(t.i != clause.i and trigger_of(t, "exercise") is not None and
               trigger_of(t, "exercise").frame in ("exercise", "wargame", "drill") for t in clause.subtree)


def observer(head) -> bool:
    """"with Chinese officers attending as observers", "Chinese observers": onlookers, no
    participants (the phrase itself, or the clause it is the subject of)."""
    if head.lemma_.lower() == "observer":
        return True
    node = head.head if head.dep_ == "nsubj" and head.head.pos_ == "VERB" else head
    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(o.lemma_.lower() == "observer" for o in c.children) for c in node.children)


def listed_states(ctx: Context, sent, last: dict, claims: list) -> list:
    """"More than 30 countries took part, including Greece, India and Qatar": the states
    a report lists as taking part join the drill just named (its claims get them as
    participants) and their forces are deployed in its host."""
    added: list[str] = []
    verb = None
    participants = any(t.lemma_.lower() in AMONG_NOUNS for t in sent)
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_ not in TAKE_PART and \
                not (participants and token.lemma_ == "be") or \
                token.lemma_ == "take" and not any(c.lemma_ == "part" for c in token.children):
            continue
        subjects = patterns.subjects(token) + ([c for c in token.children if c.dep_ == "attr"]
                                               if token.lemma_ == "be" else [])
        # "50,000 troops are taking part, along with contingents from China and India"
        for along in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("along", "alongside")):
            subjects += patterns.prep_objects(along, {"with"}) + \
                [o for o in along.children if o.dep_ == "pobj"]
        for subject in subjects:
            if observer(subject):
                continue       # "with Chinese officers attending as observers"
            trigger = trigger_of(subject, "exercise")
            if noun_category(subject) == "category:troops" and subject.lemma_.lower() not in PARTICIPANT_NOUNS:
                # "Units from China, India and Belarus are taking part", "Among the
                # participants are troops from Japan and Korea"
                listed = patterns.prep_objects(subject, {"from"})
                for head in patterns.with_conjuncts(listed):
                    added += [a for a in roles.actors_of(ctx, head) if a not in added]
                owners = [] if listed or token.lemma_ == "be" else owners_of(ctx, subject)
                # "Australian and French forces took part alongside Filipino and US units"
                added += [a for a in owners if a not in added]
                verb = token if listed or owners else verb
                continue
            if token.lemma_ == "be" and any(o.lemma_.lower() in AMONG_NOUNS
                                            for o in patterns.prep_objects(token, {"among"})):
                # "Chile, Peru and Colombia are among the contingents"
                for head in patterns.with_conjuncts([subject]):
                    found = [a for a in roles.actors_of(ctx, head) if a not in added]
                    added += found
                    verb = token if found else verb
                continue
            if trigger is None or trigger.frame != "group":
                continue
            listed = patterns.prep_objects(subject, {"including", "like", "among"}) + \
                patterns.prep_objects(token, {"including"})
            for head in patterns.with_conjuncts(listed):
                added += [a for a in roles.actors_of(ctx, head) if a not in added]
            verb = token
    added = [a for a in added if a not in last["participants"]]
    if not added or verb is None:
        return []
    own = places_of(ctx, verb, {"in", "at", "near", "on"})
    if own and last["hosts"] and set(own) != set(last["hosts"]):
        # "Zapad was held in Belarus. Contingents from A and B also took part at a range
        # near Nizhny Novgorod": the same drill in a place of its own, with the guests there
        merged = sorted(set(last["participants"]) | set(added))
        out = [make_claim(ctx, "exercise", verb, last["status"], None, confidence=0.5,
                          participants=merged, host=host) for host in own]
        return out + [make_claim(ctx, "deployment", verb, last["status"], "category:troops", confidence=0.45,
                                 actor=actor, host=host) for actor in added for host in own if actor != host]
    before = sorted(last["participants"])
    last["participants"].extend(added)      # (shared with the drill's pending mention)
    out = []
    for claim in claims:
        if claim.type == "exercise" and claim.participants == before:
            claim.participants = sorted(before + added)
    for actor in added:
        for host in last["hosts"]:
            if host != actor and host != "UNK":
                out.append(make_claim(ctx, "deployment", verb, last["status"], "category:troops",
                                      confidence=0.45, actor=actor, host=host))
    return out


def unit_claims(ctx: Context, verb, units: Garrisons, number: int) -> list[tuple]:
    """"the peacekeeping forces include subdivisions of the Armed Forces of Russia and
    Belarus", "It is equipped with S-300 systems": units of a force placed before."""
    # ("The base is armed with S-300 launchers": the parser may hang the subject on "is")
    holder = verb.head if verb.dep_ in ("acomp", "xcomp") and verb.head.lemma_ == "be" else verb   # ("it is to comprise")
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if holder.dep_ == "relcl" and any(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [holder.head]       # "stationed at the base, which also operates MiG-29s"
    if verb.lemma_.lower() in BASE_FIELD and not any(noun_category(s) in BASE_UNITS and
                                                      s.lemma_.lower() not in roles.SERVICE_NOUNS for s in subjects):
        return []       # ("Uganda's air force also operates Mi-24s": its own fleet, not the unit's)
    entry = next((e for e in (units.recall(number, s) for s in subjects) if e is not None), None)
    if entry is None:      # "The armoured component of the battlegroup includes ...": a part of the unit named
        entry = next((e for s in subjects if s.lemma_.lower() in PARTS for o in patterns.prep_objects(s, {"of"})
                      for e in [units.recall(number, o, pointers=False)] if e is not None), None)
    if entry is None:
        return []
    out = []
    # "The brigade will be equipped with Leopard 2A8 tanks": arms still to come
    status = "planned" if modality(verb) == "planned" and entry.status == "done" else entry.status
    if verb.lemma_.lower() in EQUIP:
        for obj in patterns.prep_objects(verb, {"with"}):
            for token in obj.subtree:        # every named system of the list
                ref = ctx.ref_at(token)
                if ref is not None and ref.kind == "system" and token.i == ref.start:
                    out.append((make_claim(ctx, "deployment", verb, status, ref, confidence=0.45,
                                           actor=entry.actor, host=entry.host), obj))
        return out
    parts = patterns.slot_fillers(verb, "dobj") + patterns.prep_objects(verb, {"of"})
    for obj in parts:
        for token in obj.subtree:        # the named weapons it brings or counts
            ref = ctx.ref_at(token)
            if ref is not None and ref.kind == "system" and not ref.is_category and token.i == ref.start:
                out.append((make_claim(ctx, "deployment", verb, status, ref, confidence=0.45,
                                       actor=entry.actor, host=entry.host), obj))
        if verb.lemma_.lower() in FIELD:
            continue
        if status != entry.status and not owners_of(ctx, obj) and noun_category(obj) == "category:troops" and \
                any(c.dep_ == "nummod" for c in obj.children):
            # "By 2027 it is to comprise around 4,800 soldiers": the force's size still to come
            out.append((make_claim(ctx, "deployment", verb, status, "category:troops", confidence=0.45,
                                   actor=entry.actor, host=entry.host), obj))
        for actor in owners_of(ctx, obj):
            if actor != entry.host:
                out.append((make_claim(ctx, "deployment", verb, entry.status, "category:troops",
                                       confidence=0.45, actor=actor, host=entry.host), obj))
    return out


def joined_claims(ctx: Context, verb, units: Garrisons, number: int, statuses: list[str]) -> list[tuple] | None:
    """"[UK troops serve with the battlegroup in Estonia.] They are joined by a French
    company and by Danish personnel": forces that join others are deployed where those
    are (the unit recalled, else the last place named), not in each other's states.
    None when the verb is no passive "joined by"."""
    if verb.lemma_.lower() != "join" or not patterns.is_passive(verb):
        return None
    agents = [a for a in verb.children if a.dep_ == "agent"]
    agents += [c for a in agents for c in a.conjuncts if c.dep_ in ("conj", "agent")]
    agents += [p for a in agents for p in a.children if p.dep_ == "conj" and p.lower_ == "by"]
    joiners = patterns.with_conjuncts([o for a in agents for o in a.children if o.dep_ == "pobj"])
    recalled = [units.recall(number, joined) for joined in patterns.subjects(verb)]
    hosts = [entry.host for entry in recalled if entry is not None][:1]
    out: list[tuple] = []
    for joiner in joiners:
        if noun_category(joiner) != "category:troops":
            continue
        actors = owners_of(ctx, joiner)
        where = hosts or [h for h in last_place(ctx, verb) if h not in actors]
        for status in statuses[:1]:
            out += [(make_claim(ctx, "deployment", verb, status, "category:troops", confidence=0.45,
                                actor=actor, host=host), joiner)
                    for actor in actors for host in where if host != actor]
    return out
