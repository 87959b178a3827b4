"""What the guests of a drill bring: "The Indonesian Air Force brought F-16s, Singapore
sent F-15 fighters, and Japan's air force arrived with F-2 fighters" after a sentence that
names an exercise and its host. Each state that brings forces, craft or named systems to
the drill just named takes part in it, and what it brings is deployed in the host.

Read only in the few sentences after an exercise whose host is known; a sending verb
that names another place ("sent troops to Ukraine") is about something else.
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .context import Context
from .drillwords import PLACE_PREPS, governors
from .garrisons import observer, own_owners, subject_actors_of, taking_part
from .groups import ORGANISATIONS
from .triggers import trigger_of
from .typeroles import make_claim, noun_category, owners_of, place_objects, places_of, weapons_of
from .quantity import quantity_of

# verbs by which a participant brings forces to a drill (with its direct object), and
# those that bring them "with" a phrase ("arrived with F-2 fighters")
BRINGING = {"bring", "send", "deploy", "fly", "dispatch", "contribute", "field", "commit"}
COMING = {"arrive", "come", "join"}
OPERATING = {"fly", "field"}   # in the simple present: what a state operates
WINDOW = 5      # sentences after the drill was last named
PLACED_WINDOW = 6   # ... when the sentence names the drill's host as the place
LEXICON = "exercise"


def brought_forces(ctx: Context, sent, last: dict, claims: list, hosts: list[str],
                   placed_only: bool = False) -> list:
    """Deployments in ``hosts`` of what states bring to the drill ``last`` (its
    participants, shared with its pending mention, and its exercise claims in ``claims``
    get the newcomers)."""
    out: list = []
    added: list[str] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in BRINGING | COMING or patterns.is_passive(verb):
            continue
        places = places_of(ctx, verb, {"to", "into", "in", "at"})
        if places and not set(places) & set(hosts) or placed_only and not places:
            continue              # brought somewhere else (or, further on, anywhere)
        if lemma in OPERATING and verb.tag_ in ("VBZ", "VBP") and not places:
            continue              # "Zagreb flies 12 Rafales": what it operates, not brings
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        actors = subject_actors_of(ctx, verb) or \
            [a for s in patterns.subjects(verb) for a in owners_of(ctx, s)]
        actors = [a for a in actors if a not in ORGANISATIONS]
        if not actors:
            continue
        heads = patterns.slot_fillers(verb, "dobj") if lemma in BRINGING else \
            patterns.prep_objects(verb, {"with"})
        pairs = _respectively(ctx, verb, actors, heads)
        status = "planned" if status_mod.modality(verb) == "planned" else last["status"]
        for head in patterns.with_conjuncts(heads):
            # every system named in the phrase ("F-15SG and F-16 fighters"), else its craft
            systems = [w[1] for w in weapons_of(ctx, head) if w[1] is not None and not w[1].is_category]
            systems = list({s.id: s for s in systems}.values()) or [taking_part(ctx, head)]
            if pairs:       # each listed system on its own, not its conjuncts'
                own = ctx.ref_at(head)
                systems = [own] if head.i in pairs and own is not None else [None]
            if systems == [None] and noun_category(head) == "category:troops":
                systems = ["category:troops"]
            if systems == [None]:
                continue
            owners = own_owners(ctx, head) or ([pairs[head.i]] if head.i in pairs else [] if pairs else actors)
            for actor in owners:
                for host in hosts:
                    if actor == host or host == "UNK":
                        continue
                    for system in systems:
                        claim = make_claim(ctx, "deployment", verb, status, system, confidence=0.45,
                                           actor=actor, host=host)
                        claim.quantity = quantity_of(head) if len(systems) == 1 else None
                        out.append(claim)
                if actor not in last["participants"] and actor not in added:
                    added.append(actor)
    if added:
        before = sorted(last["participants"])
        last["participants"].extend(added)
        for claim in claims:
            if claim.type == "exercise" and claim.participants == before:
                claim.participants = sorted(before + added)
    return out


def _respectively(ctx: Context, verb, actors: list[str], heads) -> dict[int, str]:
    """"Germany, France and Spain flew Eurofighters, Rafales and A400Ms respectively": the
    n-th named system is the n-th subject's ({head token index: actor})."""
    if not any(t.lower_ == "respectively" for t in verb.subtree) or len(actors) < 2:
        return {}
    named = [h for h in patterns.with_conjuncts(heads)
             if any(w[1] is not None and not w[1].is_category for w in weapons_of(ctx, h))]
    named.sort(key=lambda h: h.i)
    if len(named) != len(actors):
        return {}
    return {h.i: a for h, a in zip(named, actors)}


def relative_roles(ctx: Context, noun) -> tuple[list[str], list[str]]:
    """(guests, hosts) named in an active relative clause on the drill or on its place:
    "the Balikatan exercise, which Australian and French units also joined" (guests);
    "the Iniochos exercise at Andravida, which Greece hosts every year" (the host, which
    the parser may read as a noun "hosts" with the state as its compound)."""
    guests: list[str] = with_forces(ctx, noun)
    hosts: list[str] = []
    holders = [noun] + place_objects(noun, PLACE_PREPS)
    for verb, _, _ in governors(noun):      # "flew in the exercise at Andravida, which ..."
        holders += place_objects(verb, PLACE_PREPS)
        break
    for clause in (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl")):
        inner = trigger_of(clause, LEXICON)
        lemma = clause.lemma_.lower()
        if lemma not in ("host", "co-host") and (inner is None or inner.frame != "join" or clause.pos_ != "VERB"):
            continue
        if clause.pos_ == "VERB" and patterns.is_passive(clause):
            continue
        if not any(c.dep_ in ("dobj", "det", "nsubj") and c.tag_ in ("WDT", "WP") or
                   c.dep_ == "mark" and c.lower_ in ("that", "which") for c in clause.children):
            continue           # "which ... joined / hosts": the drill is the clause's object
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "compound") and c.tag_ not in ("WDT", "WP")]
        found = [a for s in subjects for a in owners_of(ctx, s) or roles.actors_of(ctx, s)]
        target = hosts if lemma in ("host", "co-host") else guests
        target += [a for a in found if a not in target]
        guests += [a for a in with_forces(ctx, clause) if a not in guests]
    return guests, hosts


def with_forces(ctx: Context, holder) -> list[str]:
    """"..., with aircraft from the United States and France flying alongside Chilean
    F-16s": the owners of the forces of a with-phrase (or of the clause it heads) and of
    what they fly or sail alongside."""
    found: list[str] = []
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
        heads = [o for o in prep.children if o.dep_ == "pobj"]
        for clause in (o for o in prep.children if o.dep_ == "pcomp" and o.pos_ == "VERB"):
            heads += [s for s in clause.children if s.dep_ == "nsubj"]
            heads += patterns.prep_objects(clause, {"alongside", "with"})
        for clause in [c for h in heads for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB"]:
            heads += patterns.prep_objects(clause, {"alongside", "with"})    # "warships ... sailing alongside"
        for head in heads:
            if observer(head):
                continue       # "with Chinese officers attending as observers"
            if noun_category(head) is None and taking_part(ctx, head) is None and not \
                    (ctx.ref_at(head) is not None and ctx.ref_at(head).is_system):
                continue       # forces or craft only, not "with a budget of ..."
            found += [a for a in owners_of(ctx, head) if a not in found]
    return found


def run_by_clause(ctx: Context, noun) -> tuple[list[str], list[str]]:
    """(participants, places) of a relative clause with no relative pronoun that runs the
    drill: "the Mosi naval exercise it held with Russia and South Africa off Richards Bay",
    "the drills the two navies staged near Busan" (the drill is the clause's object)."""
    participants: list[str] = []
    places: list[str] = []
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > noun.i):
        inner = trigger_of(clause, LEXICON)
        if inner is None or inner.frame != "run" or patterns.is_passive(clause) or \
                any(c.dep_ in ("dobj", "mark") or c.tag_ in ("WDT", "WP") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        for head in patterns.with_conjuncts(subjects + patterns.prep_objects(clause, {"with", "alongside"})):
            ref = ctx.ref_at(head)
            found = [ref.actor] if ref is not None and ref.actor and ref.kind == "state" else \
                owners_of(ctx, head) or roles.actors_of(ctx, head)
            participants += [a for a in found if a not in participants]
        places += [h for h in places_of(ctx, clause, PLACE_PREPS) if h not in places]
    return participants, places
