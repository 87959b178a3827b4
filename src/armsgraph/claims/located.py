"""Forces placed abroad with no deployment verb, for :mod:`.deployment`: "Russian troops
in Belarus", "a Russian airbase in Belarus", "The United States has 28,500 troops in
South Korea", "Camp X on Kenya's coast, where US personnel serve"; and the people nouns
that count as forces when a state places them abroad ("Russian contractors in Mali").
"""
from __future__ import annotations

from functools import lru_cache

from . import patterns, status as status_mod
from .bases import base_hosts, there, where_place
from .deploypeople import people
from .deploystatus import refused_permission
from .context import Context
from .garrisons import last_place, subject_actors_of
from .triggers import cues, lexicon
from .typeroles import agent_actors, make_claim, missions, place_objects, noun_category, owners_of, places_of, statuses_of, type_cues, weapons_of

LEXICON = "deployment"

FORCE_CATEGORIES = {"category:troops", "category:airbase", "category:military-facility",
                    "category:nuclear-weapons"}
HOLDING = {"have", "keep", "maintain", "retain", "hold"}
# verbs of forces that stay where a "where" clause places them
STAYING = {"be", "remain", "stay", "serve", "work", "live", "operate", "train", "sit", "rotate", "advise",
           "assist", "mentor"}


# nouns of people who, placed abroad by a state, are its forces ("Russian contractors
# stationed in Mali"), though elsewhere they are firms ("a defence contractor"): frame
# ``personnel`` in data/deployment.tsv
PERSONNEL = {lemma for (lemma, pos), t in lexicon(LEXICON).items() if t.frame == "personnel"}


def personnel(noun) -> list[tuple]:
    """Troops for a personnel noun that no compound makes a firm ("defence contractors")."""
    if noun.lemma_.lower() not in PERSONNEL or noun.pos_ != "NOUN" or any(
            c.dep_ == "compound" and c.lemma_.lower() in FIRM_WORDS for c in noun.children):
        return []
    return [("category:troops", None, noun)]


FIRM_WORDS = {"defence", "defense", "aerospace", "arms", "shipbuilding", "industry", "engineering"}


def located_statuses(token) -> list[str]:
    """A located force is a fact ("done") unless a cue word takes it as its object
    ("plans for an airbase in Belarus", "resisted the Russian airbase", "talks on ...",
    "allowed US forces in the country")."""
    node = token
    for _ in range(2):
        if node.dep_ not in ("pobj", "dobj", "prep") or node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in cues() or lemma in type_cues():
            # (a permission refused or torn up above it is a refusal: "tore up the
            # agreement that allowed US forces in the country")
            return refused_permission(token, statuses_of(token, "done", "recipient"))
    return ["done"]


def located_forces(ctx: Context, token) -> list:
    """"Russian troops in Belarus", "a Russian airbase in Belarus": a force or base noun
    owned by one party and placed in another, with no deployment trigger."""
    own = ctx.ref_at(token)
    if own is not None and own.is_system and not own.is_category and token.dep_ not in ("compound", "amod"):
        return service_weapons(ctx, token, own)     # "the Bundeswehr's Patriot battery in Slovakia"
    if (own.id if own is not None and own.is_category else noun_category(token)) not in FORCE_CATEGORIES \
            and not personnel(token) and not people(ctx, token) or token.dep_ in ("compound", "amod"):
        return []          # cheap test first: this runs on every noun
    weapons = [w for w in weapons_of(ctx, token) if w[0] in FORCE_CATEGORIES] or personnel(token) or (
        [("category:troops", None, token)] if people(ctx, token) else [])    # "Wagner has 1,000 fighters in Mali"
    if not weapons:
        return []
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return []      # "There are no American soldiers in Venezuela"
    if token.dep_ == "pobj" and token.head.lower_ in ("against", "versus", "from"):
        return []      # "used against Armenian forces in Karabakh": a target, not a deployment
    actors = owners_of(ctx, token)
    if not actors and token.dep_ == "pobj" and token.head.lower_ in ("for", "of", "on"):
        governor = token.head.head                   # "Russian plans for an airbase in Belarus"
        if governor.pos_ == "NOUN" and (governor.lemma_.lower() in cues() or governor.lemma_.lower() in type_cues()):
            actors = owners_of(ctx, governor)        # (not "Ukrainian recruits on bases in the UK")
        elif governor.pos_ == "VERB":                # the parser hangs "for" on the verb
            for obj in patterns.slot_fillers(governor, "dobj"):
                if obj.lemma_.lower() in cues() or obj.lemma_.lower() in type_cues():
                    actors = owners_of(ctx, obj)
    held = counted_subject(token)      # ("the Soviet Union had tens of thousands of troops in Afghanistan")
    if not actors and held.dep_ == "dobj" and held.head.lemma_ in HOLDING:
        actors = subject_actors_of(ctx, held.head)   # "The United States has 28,500 troops in South Korea"
    holder = _holding_force(ctx, token) if not actors else None
    if holder is not None:
        actors = owners_of(ctx, holder)     # "its largest force abroad, with some 7,000 troops in Dushanbe"
    framework = framework_nations(ctx, token)
    if framework:      # "Britain is the framework nation of NATO's battlegroup in Estonia"
        actors = framework
    actors = actors + [a for a in leaders_of(ctx, token) if a not in actors]
    if not actors:
        return []
    hosts = places_of(ctx, token, preps={"in", "on", "at", "inside"}, exclude=tuple(actors)) or (
        places_of(ctx, held, preps={"in", "on", "at", "inside"}, exclude=tuple(actors)) if held is not token else [])
    if not hosts and holder is not None:     # "Russia's base in Armenia, with 3,000 soldiers"
        hosts = places_of(ctx, holder, preps={"in", "on", "at", "inside"}, exclude=tuple(actors)) or \
            base_hosts(ctx, holder, exclude=tuple(actors))
    if not hosts and token.dep_ == "dobj" and token.head.lemma_ in HOLDING:
        # "a regional force, which had soldiers from A and B in Mozambique": the place of having
        hosts = places_of(ctx, token.head, {"in", "inside"}, exclude=tuple(actors))
    if not hosts and token.dep_ == "dobj" and token.head.lemma_ in HOLDING:
        # "Britain has a garrison of about 2,000 personnel in Cyprus": the place of its people
        hosts = [h for inner in patterns.prep_objects(token, {"of"})
                 for h in places_of(ctx, inner, preps={"in", "on", "at", "inside"}, exclude=tuple(actors))]
    if not hosts:     # "a Russian naval logistics point near Port Sudan": near a town, in its state
        hosts = [ctx.ref_at(o).actor for o in patterns.prep_objects(token, {"near"})
                 if ctx.ref_at(o) is not None and ctx.ref_at(o).kind == "place" and ctx.ref_at(o).actor
                 and ctx.ref_at(o).actor not in actors]
    counted = dict(_counted_places(ctx, token, actors)) if hosts else {}
    hosts += [h for h in counted if h not in hosts]
    statuses = located_statuses(token if holder is None else holder)
    subject = counted_subject(token)      # "Hundreds of Russian instructors are now in Mali"
    if not hosts and subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and not status_mod.negated(subject.head):
        # "Some 400 Egyptian troops are part of the African Union force in Somalia": the place of the force
        hosts = [h for a in subject.head.children if a.dep_ == "attr" and a.lemma_.lower() in MEMBERSHIP
                 for o in patterns.prep_objects(a, {"of"})
                 if noun_category(o) in FORCE_CATEGORIES or o.lemma_.lower() in missions()   # ("of the UN mission in X")
                 for h in places_of(ctx, o, {"in", "inside", "on", "at"}, exclude=tuple(actors))]
    being = _being(subject)
    if not hosts and being is not None:
        # "About 2,000 French troops are still in Chad": forces that are in a state
        if status_mod.negated(being) or any(c.dep_ in ("attr", "acomp") for c in being.children) \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return []
        # (and "are already on the ground in Baghdad": the place of the idiom's noun)
        hosts = places_of(ctx, being, {"in", "inside", "on"}, exclude=tuple(actors))
        if not hosts and there(being):     # "Hundreds of Cuban advisers are also there"
            hosts = [h for h in last_place(ctx, being) if h not in actors]
        statuses = ["planned"] if status_mod.modality(being) == "planned" else ["done"]
    if not hosts and subject.dep_ == "attr" and subject.head.lemma_ == "be" and any(
            c.dep_ == "expl" for c in subject.head.children) and not status_mod.negated(subject.head):
        # "There are now 300 British soldiers at the base in Oman"
        hosts = places_of(ctx, subject.head, {"in", "inside", "on", "at"}, exclude=tuple(actors)) or [
            h for base in place_objects(subject.head, {"at"}) for h in base_hosts(ctx, base, exclude=tuple(actors))]
    if not hosts and subject.dep_ == "nsubj" and subject.head.lemma_.lower() in STAYING:
        # "Camp X on Kenya's coast, where US personnel serve" (not "Crimea, where Russian
        # forces overwhelmed the Ukrainian army": what forces did there)
        hosts = where_place(ctx, subject.head, exclude=tuple(actors))
    if not hosts:
        return []
    out = []
    for status in statuses:
        for system, ref, _ in weapons[:1]:
            for actor in actors:
                for host in hosts:
                    if actor != host:
                        out.append(make_claim(ctx, "deployment", token, status, ref or system,
                                             confidence=0.5, actor=actor, host=host))
                        if host in counted:
                            out[-1].quantity = counted[host]
    return out


@lru_cache(maxsize=1)
def _services() -> frozenset[str]:
    """Ids of the armed services of the catalog (organisations of type ``military``)."""
    from ..catalog import load
    return frozenset(e.id for e in load().entries.values() if e.kind == "organisation" and e.role == "military")


def service_weapons(ctx: Context, token, own) -> list:
    """"The Bundeswehr's Patriot battery in Slovakia", "US Army HIMARS launchers in Estonia":
    a named weapon that an armed service (an organisation of type ``military``) owns, placed
    in another state, is deployed there (a state's or a maker's name on a weapon may be its
    origin: "German Leopard tanks in Ukraine" were handed over)."""
    services = [ctx.ref_at(c) for t in [token] + [c for c in token.children if c.dep_ == "compound"]
                for c in t.children if c.dep_ in ("poss", "compound", "nmod") and ctx.ref_at(c) is not None]
    actors = list(dict.fromkeys(r.actor for r in services if r.kind == "organisation" and r.id in _services() and r.actor))
    if not actors:
        return []
    hosts = places_of(ctx, token, preps={"in", "on", "at", "inside"}, exclude=tuple(actors))
    return [make_claim(ctx, "deployment", token, status, own, confidence=0.45, actor=actor, host=host)
            for status in located_statuses(token)[:1] for actor in actors for host in hosts]


def _holding_force(ctx: Context, token):
    """The force or base noun whose "with" phrase counts ``token``: "its largest ground
    force abroad with some 7,000 troops", "a Russian base with 3,000 soldiers"; the noun of
    an apposition hangs on stands in ("Russia's base in Tajikistan, its largest force
    abroad with ...")."""
    if token.dep_ != "pobj" or token.head.lower_ != "with" or token.head.dep_ != "prep":
        return None
    holder = token.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or noun_category(holder) not in FORCE_CATEGORIES:
        return None
    return holder if owners_of(ctx, holder) else None


# verbs by which forces are reported to be somewhere ("are thought to be in northern Syria")
REPORTED = {"think", "believe", "say", "report", "estimate", "understand", "know", "presume", "suspect"}


def _being(subject):
    """The "be" a force noun is the subject of: "French troops are still in Chad", "5,000
    Turkish soldiers are thought / believed / estimated to be in northern Syria"."""
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        return subject.head
    if subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in REPORTED and \
            not status_mod.negated(subject.head):      # (not "are not believed to be in Myanmar")
        return next((c for c in subject.head.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
    return None


def _counted_places(ctx: Context, token, actors) -> list[tuple[str, str]]:
    """"has 40,000 troops in Japan, 28,500 in South Korea and 35,000 in Germany": the
    places of the counts that leave out the force noun (the parser hangs them on the force
    noun, on its place or on the verb's place): (state, count) pairs."""
    holders = [token] + place_objects(token, {"in"}) + (place_objects(token.head, {"in"}) if token.dep_ == "dobj" else [])
    return [(h, m.text) for holder in holders for n in holder.children if n.like_num and n.dep_ in ("appos", "conj")
            for m in (n, *n.conjuncts) for h in places_of(ctx, m, {"in"}, exclude=tuple(actors))]


LEADING = {"lead", "command", "head"}
# nouns by which forces are a part of a force placed somewhere ("are part of the AU force in Somalia")
MEMBERSHIP = {"part", "member", "members", "component", "core", "backbone", "bulk", "contingent"}


def leaders_of(ctx: Context, noun) -> list[str]:
    """"NATO's battlegroup in Latvia, led by Canada": the state that leads a force placed
    abroad has its forces there."""
    return [a for clause in noun.children if clause.dep_ == "acl" and clause.lemma_.lower() in LEADING
            and clause.tag_ == "VBN" for a in agent_actors(ctx, clause)]


# nouns by which a state is the one that provides an alliance's force ("the framework
# nation of NATO's battlegroup in Estonia", "the lead nation of the brigade")
LEAD_ROLES = {"nation", "country", "state"}
LEAD_MARKS = {"framework", "lead", "leading"}


def framework_nations(ctx: Context, noun) -> list[str]:
    """"The United Kingdom has been the framework nation of NATO's battlegroup in Estonia":
    the state the sentence names as the force's framework or lead nation provides it (the
    alliance that owns the force does not)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    role = noun.head.head
    if role.lemma_.lower() not in LEAD_ROLES or not any(
            c.dep_ in ("compound", "amod") and c.lower_ in LEAD_MARKS for c in role.children):
        return []
    if role.dep_ == "attr" and role.head.lemma_ == "be":
        return subject_actors_of(ctx, role.head)
    if role.dep_ == "appos":       # "Britain, the framework nation of the battlegroup"
        ref = ctx.ref_at(role.head)
        return [ref.actor] if ref is not None and ref.kind == "state" and ref.actor else []
    return []


# heads that only count the noun of their "of" phrase ("hundreds of Russian instructors")
COUNTING = {"hundred", "thousand", "dozen", "score", "ten", "number", "handful", "couple", "few",
            "some", "many", "most", "several", "all", "part", "half", "bulk", "majority", "rest"}


def counted_subject(noun):
    """The clause subject a force noun stands for: itself, or the counting head of its "of"
    phrase ("Hundreds of Russian instructors are in Mali", "Most of the French troops remain")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        count = noun.head.head
        if count.like_num or count.pos_ == "NUM" or count.lemma_.lower() in COUNTING or count.lower_ in COUNTING:
            return count
    return noun


def whose_owners(ctx: Context, noun) -> list[str]:
    """"Russia's 201st base, whose 7,000 servicemen are stationed in Tajikistan": forces
    named through "whose" are the forces of what the relative clause describes (its owner,
    the state it names, or the subject that keeps it: "France keeps a garrison, whose ...";
    "the garrison at Akrotiri, whose ...": the garrison's, where the parser hangs the clause
    on the place)."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return []
    antecedent = clause.head
    for _ in range(2):
        found = _holder_of(ctx, antecedent)
        if found or antecedent.dep_ != "pobj" or antecedent.head.head.pos_ != "NOUN":
            return found
        antecedent = antecedent.head.head
    return found


def _holder_of(ctx: Context, antecedent) -> list[str]:
    ref = ctx.ref_at(antecedent)
    found = owners_of(ctx, antecedent) or ([ref.actor] if ref is not None and ref.actor and
                                           ref.kind in ("state", "organisation") else [])
    if not found and antecedent.dep_ == "dobj":
        found = subject_actors_of(ctx, antecedent.head)
    if not found and antecedent.dep_ == "attr":     # "Russia's largest force abroad is the 201st base, whose ..."
        found = [a for s in patterns.subjects(antecedent.head) for a in owners_of(ctx, s)]
    return found
