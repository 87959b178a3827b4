"""Parties of a deployment found outside its own phrase, for :mod:`.deployment`: the state
that asks for the forces or that they are sent to help (the host), and the parties of a
force described in the sentences before (the actors)."""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .garrisons import own_owners, subject_actors_of
from .triggers import cues
from .typeroles import noun_category, type_cues


SITES = {"category:airbase", "category:military-facility"}
# verbs of crews working a weapon: "drones operated by Turkish personnel" are Turkey's there
OPERATING = {"operate", "man", "crew", "pilot", "fly", "run"}
HELPING = {"help", "assist", "support", "train", "advise", "defend", "protect", "reinforce"}


def asker_or_helped(ctx: Context, verb, actors) -> list[str]:
    """"Poland has asked Washington to station nuclear weapons on its territory": the
    state that asks for the forces hosts them; "Iran has sent advisers to help Venezuela":
    the state the forces are sent to help."""
    out: list[str] = []
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        cue = cues().get(verb.head.lemma_.lower())
        if cue is not None and cue.status == "proposed":
            out += [a for a in subject_actors_of(ctx, verb.head) if a not in actors]
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING):
        out += [a for o in patterns.slot_fillers(clause, "dobj") for a in roles.actors_of(ctx, o)
                if a not in actors and a not in out]
    return out


def requester(ctx: Context, noun, actors) -> list[str]:
    """"Poland has long asked for a larger, permanent American presence", "Estonia wants a
    permanent British presence": a state asking for another's forces asks for them at home."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head          # "asked / called / pushed for"
    elif noun.dep_ == "dobj":
        verb = noun.head               # "wants / seeks / requests"
        if verb.lemma_ == "call" or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
            return []                  # "called the presence of ... a factor of stability"
    else:
        return []
    if verb.pos_ != "VERB":
        return []
    cue = cues().get(verb.lemma_.lower())
    if (cue is None or cue.status != "proposed") and type_cues().get(verb.lemma_.lower()) != "proposed":
        return []
    return [a for a in subject_actors_of(ctx, verb) if a not in actors and a not in ("NATO", "EU", "UN")]


def described_before(ctx: Context, noun) -> list[str]:
    """"... a 2,100-strong force made up of soldiers from several NATO member states. The
    force will form a battlegroup on Slovak territory", "About 2,000 US Marines arrived in
    Darwin. The troops trained ...": a definite force noun is the one described in the
    sentences before (the same noun, or any noun of troops after troops); its parties are
    the ones named in that phrase."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    here = ctx.sentence_number(noun)
    first = ctx.sentences[max(0, here - 2)].start
    troops = noun_category(noun) == "category:troops"
    before = list(reversed(ctx.doc[first:noun.i]))
    same = [t for t in before if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"]
    kindred = [t for t in before if troops and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ == "category"
               and noun_category(t) == "category:troops"]     # ("the troops" after "2,000 US Marines")
    for earlier in (same or kindred)[:1]:
        found: list[str] = []
        for ref in ctx.refs_in(earlier.left_edge.i, earlier.right_edge.i + 1):
            if ref.actor and ref.kind in ("state", "organisation") and ref.actor not in found:
                found.append(ref.actor)
        return found
    return []


def talks_partners(ctx: Context, verb) -> list[str]:
    """The states one side is in talks with about hosting its forces: "in talks with
    coastal West African states, including Benin and Ivory Coast, about hosting some of
    the drones" (the states named, or listed after "including")."""
    about = verb.head if verb.dep_ == "pcomp" else None
    talks = about.head if about is not None and about.lower_ in ("about", "on", "over") else None
    if talks is None or talks.lemma_.lower() not in patterns.TOPIC_HEADS:
        return []
    found: list[str] = []
    for partner in patterns.prep_objects(talks, {"with"}):
        named = roles.actors_of(ctx, partner)
        for item in patterns.prep_objects(partner, {"including", "like", "notably", "such"}):
            named += [a for conj in (item, *item.conjuncts) for a in roles.actors_of(ctx, conj)]
        found += [a for a in named if a not in found]
    return found


ABROAD = {"abroad", "overseas"}
PLACING_PREPS = {"in", "at", "to"}


def placed_next(ctx: Context, verb, actors) -> list[str]:
    """"Germany is permanently stationing a combat brigade abroad. Panzerbrigade 45 was
    commissioned in Vilnius": forces placed "abroad" are in the state the next sentence
    first places something in (not the sender's own)."""
    if not any(c.dep_ == "advmod" and c.lower_ in ABROAD for c in verb.children):
        return []
    here = ctx.sentence_number(verb)
    if here + 1 >= len(ctx.sentences):
        return []
    following = ctx.sentences[here + 1]
    for ref in ctx.refs_in(following.start, following.end):
        word = ctx.doc[ref.end - 1]
        if ref.actor and ref.actor not in actors and ref.kind in ("place", "state") and \
                word.dep_ == "pobj" and word.head.lower_ in PLACING_PREPS and _about_forces(ctx, word.head.head):
            return [ref.actor]
    return []


def _about_forces(ctx: Context, verb) -> bool:
    """A clause about the forces: its subject a force noun, a unit's name or a pronoun."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for subject in patterns.subjects(verb) or patterns.slot_fillers(verb, "subjpass"):
        ref = ctx.ref_at(subject)
        if subject.lower_ in ("it", "they") or noun_category(subject) in ("category:troops",) or \
                (subject.pos_ == "PROPN" or not subject.text.islower()) and (ref is None or not ref.actor):
            return True
    return False


def own_conjunct_owners(ctx: Context, obj, word, actors: list[str]) -> list[str]:
    """"A US Patriot battery and Finnish and American troops were deployed ...": where the
    conjuncts of a deployed phrase each name owners of their own, the weapon named by
    ``word`` keeps the owners of its own conjunct (USA for the battery), not every owner
    of the list; else ``actors``."""
    if not actors:      # "Turkish-made drones operated by Turkish personnel": the operators' state
        actors = [a for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in OPERATING
                  for ag in patterns.slot_fillers(c, "agent") for a in own_owners(ctx, ag) + roles.actors_of(ctx, ag)]
        actors = list(dict.fromkeys(actors))
    if not actors and noun_category(obj) in SITES:
        # "host a US drone base", "a Russian submarine base": the owner word on the weapon
        # noun that names the kind of base
        actors = [a for c in obj.children if c.dep_ == "compound" and c.i < obj.i for a in own_owners(ctx, c)]
    heads = [c for c in patterns.with_conjuncts([obj]) if c.pos_ in ("NOUN", "PROPN")]
    if len(heads) < 2 or word is None:
        return actors
    owned = [own_owners(ctx, c) for c in heads]
    if not all(owned):
        return actors
    for head, own in zip(heads, owned):
        if head.left_edge.i <= word.i <= head.i:
            return [a for a in actors if a in own] or actors
    return actors
