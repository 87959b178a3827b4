"""Cooperation frames where one side builds up the other's forces: training and funding.

- ``train``: a side trains, advises or instructs another side's forces ("British
  instructors have trained 30,000 Ukrainian recruits", "Kenyan soldiers are being trained
  by US instructors", "an EU training mission for Malian troops"). The system is what
  they are trained to operate or on ("trained Cambodian sailors to operate the
  corvettes"), else ``category:troops``. Troops that train *together* or *with* another
  side drill (an exercise, :mod:`.exercise`), no cooperation.
- ``fund``: a side pays for the other's facility or equipment ("Japan funded the
  construction of a coast guard station in Palawan", "a radar station built with
  Australian funding in Vanuatu"). The system is what is built or upgraded (a facility
  or a weapon category); the side helped owns it or hosts it. A loan or credit to buy
  goods is a purchase (:mod:`.transfer`), not help.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .coopparts import JOINT_WORDS, actors_of_phrases, emit, made_systems, object_heads, services
from .garrisons import dateline, last_place, subject_actors_of
from .typeroles import agent_actors, noun_category, owners_of, place_objects, places_of, weapons_of

FORCE_CATEGORY = "category:troops"
# a noun the trainees are named by, when the catalog reads no force category in it
TRAINEE_NOUNS = {"recruit", "cadet", "officer", "pilot", "crew", "sailor", "soldier", "troop", "force",
                 "personnel", "staff", "commando", "unit", "battalion", "brigade", "company", "marine",
                 "guard", "army", "navy", "police", "gendarmerie", "specialist", "technician", "operator",
                 "instructor", "engineer", "serviceman", "servicemen", "conscript", "fighter", "member"}
COUNT_WORDS = {"hundred", "thousand", "hundreds", "thousands", "dozen", "dozens", "score", "scores", "number",
               "batch", "group", "class", "cohort", "contingent"}
SCHEME_NOUNS = {"mission", "programme", "program", "course", "centre", "center", "camp", "team", "scheme",
                "effort", "operation", "initiative"}
USE_LEMMAS = {"operate", "fly", "use", "handle", "maintain", "man", "fire", "employ", "pilot", "service"}
# what a side builds or improves with another's money
BUILD_LEMMAS = {"build", "construct", "upgrade", "renovate", "refurbish", "expand", "modernise", "modernize",
                "repair", "equip", "develop", "extend", "rebuild", "improve", "establish", "erect"}
WORKS_NOUNS = {"construction", "building", "upgrade", "upgrades", "expansion", "renovation", "modernisation",
               "modernization", "refurbishment", "repair", "repairs", "extension", "improvement",
               "improvements", "development", "rebuilding"}
FUND_NOUNS = {"funding", "funds", "fund", "financing", "money", "grant", "grants", "investment"}
FACILITY_CATEGORIES = {"category:military-facility", "category:airbase"}
PURCHASES = {"purchase", "acquisition", "procurement", "buy", "purchasing", "order"}


def _service(head) -> bool:
    """An armed service noun of ``data/services.tsv`` ("navy", "air force")."""
    words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    return (" ".join(words + [head.lemma_.lower()]) in services()) or head.lemma_.lower() in services()


def _trainees(ctx: Context, heads, exclude) -> list[str]:
    found: list[str] = []
    for head in heads:
        if head.pos_ == "NUM" or head.lemma_.lower() in COUNT_WORDS:
            head = next(iter(patterns.prep_objects(head, {"of"})), head)   # "thousands of Somali soldiers"
        ref = ctx.ref_at(head)
        forceful = noun_category(head) == FORCE_CATEGORY or head.lemma_.lower() in TRAINEE_NOUNS or \
            (ref is not None and ref.actor and ref.role == "institution")
        if not forceful:
            continue
        actors = owners_of(ctx, head, exclude) or (roles.actors_of(ctx, head, exclude) if ref is not None
                                                   and ref.actor else [])
        found.extend(a for a in actors if a not in found and a not in exclude)
    return found


def _trained_on(ctx: Context, token) -> list[tuple]:
    """What the trainees learn to use: "to operate the corvettes", "on F-16 jets"."""
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_ in USE_LEMMAS]
    clauses += [g for c in token.children if c.dep_ == "dobj" for g in c.children
                if g.dep_ in ("xcomp", "acl", "relcl") and g.lemma_ in USE_LEMMAS]
    heads = [h for c in clauses for h in object_heads(c)] + patterns.prep_objects(token, {"on"})
    if token.pos_ == "VERB" and not heads:
        # "trained Kenyan pilots on the Grob trainer": the parser hangs "on" on the trainees
        heads = [o for t in patterns.slot_fillers(token, "dobj") + patterns.slot_fillers(token, "subjpass")
                 if t.lemma_.lower() in TRAINEE_NOUNS or noun_category(t) == FORCE_CATEGORY
                 for o in patterns.prep_objects(t, {"on"})]
    found = made_systems(ctx, token, heads, develop=False) if heads else []
    return [w for w in found if w[0] not in ("category:technology", "category:production")]


def _facility_owners(ctx: Context, verb) -> list[str]:
    """"Turkey runs its largest overseas training facility, Camp TURKSOM, which has trained
    thousands of Somali soldiers": the owner of the place a relative clause describes."""
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head           # "which opened in 2017 and has trained ..."
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return []
    nouns = [verb.head]
    for _ in range(3):       # "a training school in Dhaka, the X Centre, which ...": the school
        last = nouns[-1]
        if last.dep_ == "appos" or last.dep_ == "pobj" and last.head.head.pos_ == "NOUN":
            nouns.append(last.head if last.dep_ == "appos" else last.head.head)
    for noun in nouns:
        ref = ctx.ref_at(noun)
        found = owners_of(ctx, noun) or (roles.actors_of(ctx, noun) if ref is not None and
                                         ref.kind == "organisation" else [])
        if not found and noun.dep_ == "dobj":       # "India runs a training school ..."
            found = subject_actors_of(ctx, noun.head)
        if found:
            return found
    return []


def train(ctx: Context, token, trigger) -> list:
    if token.pos_ == "VERB":
        if any(c.lower_ in JOINT_WORDS for c in token.children) or \
                patterns.prep_objects(token, {"with", "alongside", "among", "between"}):
            return []       # "Uzbek and Chinese troops trained together": a drill
        if patterns.is_passive(token):
            trainers = agent_actors(ctx, token) or [   # "by US special forces instructors"
                a for g in patterns.slot_fillers(token, "agent") for a in owners_of(ctx, g)]
            heads = patterns.slot_fillers(token, "subjpass")
        else:
            trainers = _facility_owners(ctx, token) or subject_actors_of(ctx, token)
            heads = patterns.slot_fillers(token, "dobj")
        if not heads or not trainers and patterns.is_passive(token):
            # "Egyptian crews are training in France on the Rafale", "Ukrainian pilots were
            # trained in Denmark to fly F-16s": trained by the state they train in
            return _trained_abroad(ctx, token, trigger, patterns.subjects(token) or heads, _trained_on(ctx, token))
        if token.dep_ == "conj" and token.head.lemma_.lower() == "build" and \
                any(_service(h) for h in heads):
            return []       # "help Bamako build and train an air force": built up (cooperation.py)
        trainees = _trainees(ctx, patterns.with_conjuncts(heads), tuple(trainers))
        if not trainees and trainers:
            # "US instructors trained troops in Niger": forces of the place they train in
            bare = [h for h in heads if not owners_of(ctx, h) and (noun_category(h) == FORCE_CATEGORY or
                                                                    h.lemma_.lower() in TRAINEE_NOUNS)]
            trainees = places_of(ctx, token, {"in"}, exclude=tuple(trainers)) if bare else []
        anchor = token
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING and \
            patterns.prep_objects(token, {"from", "by"}) + patterns.prep_objects(token.head, {"from"}):
        # "Kenyan troops received training from British instructors": the giver trains
        verb = token.head
        trainers = actors_of_phrases(ctx, patterns.prep_objects(token, {"from", "by"}) +
                                     patterns.prep_objects(verb, {"from"}))
        trainees = _trainees(ctx, patterns.subjects(verb), tuple(trainers))
        anchor = verb
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING:
        # "Indian pilots received training in Russia on the Su-30"
        verb = token.head
        return _trained_abroad(ctx, verb, trigger, patterns.subjects(verb), _trained_on(ctx, token) or
                               _trained_on(ctx, verb) or _operation_of(ctx, token), anchor=verb, noun=token)
    else:
        node = token.head if token.dep_ in ("compound", "amod") and \
            token.head.lemma_.lower() in SCHEME_NOUNS else token
        trainers = owners_of(ctx, node) + actors_of_phrases(ctx, patterns.prep_objects(node, {"by", "from"}))
        objects = patterns.prep_objects(node, {"of", "for"}) + ([] if node is token else patterns.prep_objects(token, {"of", "for"}))
        if token.dep_ == "dobj" and token.head.lemma_.lower() in GIVING:
            # "India provides training to Maldivian pilots": the giver trains the receiver
            trainers += [a for a in subject_actors_of(ctx, token.head) if a not in trainers]
            objects += patterns.prep_objects(token.head, {"to", "for"}) + patterns.slot_fillers(token.head, "dative") + \
                patterns.prep_objects(token, {"to"})
        trainees = _trainees(ctx, patterns.with_conjuncts(objects), tuple(trainers))
        if not trainees and node is not token:
            trainees = places_of(ctx, node, {"in"}, exclude=tuple(trainers))    # "the EU training mission in Mali"
        anchor = node
    trainers = [a for a in trainers if a not in trainees]
    if not trainers or not trainees:
        return []
    systems = _trained_on(ctx, token) if token.pos_ == "VERB" else []
    systems = systems or [(FORCE_CATEGORY, None, token)]
    return emit(ctx, anchor, trigger, trainers[:1] + trainees[:1], systems, mutual=False)


# verbs by which a side gives training ("provides / offers / conducts training for ...")
GIVING = {"provide", "offer", "give", "deliver", "extend", "conduct", "impart", "supply", "run", "organise",
          "organize"}
# verbs by which trainees take training ("received / completed / underwent training")
RECEIVING = {"receive", "complete", "undergo", "get", "finish", "undertake", "attend"}
# trainees who learn a craft: trained abroad, they learn it from the state they train in
# (troops that "train in Poland" drill there: an exercise, not this)
LEARNERS = {"pilot", "crew", "technician", "engineer", "cadet", "officer", "specialist", "operator",
            "mechanic", "instructor", "sailor", "submariner", "aviator", "airman", "personnel"}


def _operation_of(ctx: Context, noun) -> list[tuple]:
    """"training on the operation of the Fath-360 system": what they learn to operate."""
    heads = [o for p in patterns.prep_objects(noun, {"on", "in"}) if p.lemma_.lower() in ("operation", "use", "maintenance")
             for o in patterns.prep_objects(p, {"of"})]
    found = made_systems(ctx, noun, heads, develop=False) if heads else []
    return [w for w in found if w[0] not in ("category:technology", "category:production")]


def _trained_abroad(ctx: Context, verb, trigger, heads, systems, anchor=None, noun=None) -> list:
    """Learners of a craft (the heads: pilots, crews, technicians) of one state trained in
    another: the state they train in trains them, on the system named ("on the Rafale",
    "to fly F-16s"); with none named, the sentence says too little."""
    holders = [verb] + ([noun] if noun is not None else [])
    if any(c.lower_ in JOINT_WORDS for h in holders for c in h.children) or any(
            patterns.prep_objects(h, {"with", "alongside", "among", "between", "for"}) for h in holders):
        return []       # "trained with French troops", "in France for the exercise": a drill
    trainees = _trainees(ctx, patterns.with_conjuncts(heads), ())
    if not trainees:
        return []
    trainers = [a for h in holders for a in places_of(ctx, h, {"in", "at"}, exclude=tuple(trainees)) if a not in trainees]
    if not trainers:
        return []
    # what they learn to use, named by a noun ("trained on them" says nothing of its own)
    systems = [w for w in systems if w[0] != FORCE_CATEGORY and w[2].pos_ != "PRON"]
    if any(o.pos_ == "PRON" for h in holders for o in patterns.prep_objects(h, {"on"})):
        systems = [w for w in systems if w[1] is not None and not w[1].is_category]
    if not systems or not any(h.lemma_.lower() in LEARNERS for h in heads):
        return []
    return emit(ctx, anchor or verb, trigger, trainers[:1] + trainees[:1], systems, mutual=False)


def _built(ctx: Context, heads) -> tuple[list[tuple], list]:
    """Systems (facilities included) of what is built or upgraded, and the phrases that name it."""
    things = []
    for head in heads:
        things += patterns.prep_objects(head, {"of", "to"}) if head.lemma_.lower() in WORKS_NOUNS else [head]
    found: list[tuple] = []
    for thing in things:
        for weapon in weapons_of(ctx, thing):
            if weapon[0] not in ("category:troops", "category:production", "category:materiel") and \
                    weapon[0] not in [f[0] for f in found]:
                found.append(weapon)
    return found, things


def _helped(ctx: Context, verb, things, systems, funders) -> list[str]:
    exclude = tuple(funders)
    found: list[str] = []
    for thing in things:
        found += owners_of(ctx, thing, exclude)
        found += places_of(ctx, thing, {"in", "at", "on", "along", "near"}, exclude=exclude)
    found += places_of(ctx, verb, {"in", "at", "on", "along", "near"}, exclude=exclude)
    # "at the Polish base": the owner of the site it is built at
    found += [a for o in place_objects(verb, {"at", "in", "on"}) + [p for t in things for p in place_objects(t, {"at"})]
              for a in owners_of(ctx, o, exclude)]
    found += actors_of_phrases(ctx, patterns.prep_objects(verb, {"for"}), exclude=exclude)
    if not found and any(s[0] in FACILITY_CATEGORIES for s in systems):
        # "Chinese ships are docked at the Cambodian naval base, and a new pier was built
        # with Chinese funding": the state of the base named before it in its sentence
        sent = ctx.sentence_of(verb)
        for base in reversed(ctx.doc[sent.start:verb.i]):
            if base.pos_ == "NOUN" and noun_category(base) in FACILITY_CATEGORIES:
                found = [a for a in owners_of(ctx, base, exclude) if a not in funders]
                if found:
                    break
    if not found and any(s[0] in FACILITY_CATEGORIES for s in systems):
        # "The pier where the vessels are berthed was built with Chinese funding": the
        # place the article is about: the (first) state of its dateline, else the last place named
        span = dateline(ctx)
        filed = list(dict.fromkeys(r.actor for r in ctx.refs if r.start in span and r.actor and r.actor not in funders))
        found = filed[:1] or [a for a in last_place(ctx, verb) if a not in funders]
    return [a for a in dict.fromkeys(found) if a not in funders]


def fund(ctx: Context, token, trigger) -> list:
    if token.pos_ == "NOUN":
        # "built with Chinese funding", "upgraded largely with funding from Washington"
        if token.dep_ != "pobj" or token.head.lower_ not in ("with", "through") or \
                token.head.head.lemma_.lower() not in BUILD_LEMMAS:
            return []
        verb = token.head.head
        funders = owners_of(ctx, token) + actors_of_phrases(ctx, patterns.prep_objects(token, {"from", "of"}))
        heads = object_heads(verb)
    else:
        verb = token
        funders = agent_actors(ctx, token) if patterns.is_passive(token) else subject_actors_of(ctx, token)
        heads = object_heads(token) if token.lemma_.lower() != "pay" else patterns.prep_objects(token, {"for"})
    funders = list(dict.fromkeys(funders))
    if not funders or not heads or any(h.lemma_.lower() in PURCHASES for h in heads):
        return []        # "funded the purchase of Rafales for Egypt": a purchase, not help
    systems, things = _built(ctx, heads)
    if not systems:
        return []
    helped = _helped(ctx, verb, things, systems, funders)
    if not helped:
        return []
    return emit(ctx, verb if token.pos_ == "NOUN" else token, trigger, funders[:1] + helped[:1], systems[:1],
                mutual=False)
