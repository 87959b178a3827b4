"""Forces that leave, are withdrawn or are expelled, for :mod:`.deployment`.

- A host that expels another state's forces, or demands or orders them out, refuses the
  deployment: "Mali expelled French troops" (FRA -> MLI refused), "the junta ordered US
  forces to leave the country", "Chad demanded the withdrawal of American troops".
- Forces withdrawn from a state were deployed there: "Canada withdrew its soldiers from
  Haiti", "Danish troops pulled out of Mali" (done).

The words are in ``data/deploy_exits.tsv``: verbs of expelling (``expel``), verbs and
nouns of leaving (``leave``, ``exit``), and verbs of demanding (``demand``).
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .context import Context
from .garrisons import subject_actors_of
from .located import FORCE_CATEGORIES, counted_subject
from .triggers import data_lines
from .typeroles import make_claim, owners_of, places_of, weapons_of

_ROWS = [row for row in data_lines("deploy_exits.tsv") if len(row) >= 2]
EXPELLING = {row[0] for row in _ROWS if row[1] == "expel"}
LEAVING = {row[0] for row in _ROWS if row[1] == "leave"}
EXITS = {row[0] for row in _ROWS if row[1] == "exit"}
DEMANDING = {row[0] for row in _ROWS if row[1] == "demand"}
HOMING = {row[0] for row in _ROWS if row[1] == "home"}
FINISHING = {row[0] for row in _ROWS if row[1] == "finish"}
HOME_WORDS = {"home", "back"}
FROM_PREPS = {"from", "of"}      # "withdrew from Mali", "pulled out of Mali"


def exit_claims(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in EXPELLING and not status_mod.negated(token):
            hosts = subject_actors_of(ctx, token)
            for obj in patterns.with_conjuncts(patterns.slot_fillers(token, "dobj")):
                out += _claims(ctx, token, obj, hosts, "refused")
        elif token.pos_ == "VERB" and lemma in LEAVING and not status_mod.negated(token):
            out += _leaving(ctx, token)
        elif token.pos_ == "VERB" and lemma in HOMING and not status_mod.negated(token) and _homeward(token):
            out += _leaving(ctx, token)           # "the contingent returned home from Mali"
        elif token.pos_ == "NOUN" and lemma in EXITS:
            out += _finished(ctx, token)          # "completed their withdrawal from Karabakh"
            forces = [counted_subject_of(o) for o in patterns.prep_objects(token, {"of"})]
            hosts = _demanders(ctx, token)
            if hosts:         # "Chad demanded the withdrawal of American troops"
                for obj in forces:
                    out += _claims(ctx, token, obj, hosts, "refused")
            else:             # "France completed the withdrawal of its troops from Niger"
                for obj in forces:
                    out += _left_from(ctx, token, obj)
    return out


def _left_from(ctx: Context, noun, obj) -> list:
    """Forces an exit noun names with the place they leave ("the withdrawal of US forces
    from Afghanistan", "the pullout of its troops from Niger") were there: done. "Its"
    forces are the subject's of the verb the noun is the object of."""
    actors = owners_of(ctx, obj)
    if not actors and _pronoun_owned(obj) and noun.dep_ == "dobj":
        actors = subject_actors_of(ctx, noun.head)
    places = places_of(ctx, noun, {"from"}, exclude=tuple(actors)) + places_of(ctx, obj, {"from"}, exclude=tuple(actors))
    if status_mod.negated(noun.head) or not places:
        return []
    return _claims(ctx, noun, obj, places, "done", actors)


def _homeward(verb) -> bool:
    """"returned home / back from Mali" ("returned from Mali" too); the place left is a
    "from" phrase."""
    homes = [c for c in verb.children if c.lower_ in HOME_WORDS]
    if not any(c.dep_ == "prep" and c.lower_ == "from" for t in [verb, *homes] for c in t.children):
        return False       # (the parser may hang "from" on "home")
    return verb.lemma_.lower() == "return" or bool(homes)


def _finished(ctx: Context, noun) -> list:
    """"Russian peacekeepers completed their withdrawal from Nagorno-Karabakh", "France
    finished its pull-out from Mali": the exit noun the subject's own pronoun marks, with
    the place left; the forces (or their state) of the finishing verb were there."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in FINISHING or status_mod.negated(verb) or \
            not _pronoun_owned(noun):
        return []
    out = []
    for subject in patterns.with_conjuncts(patterns.subjects(verb)):
        forces = [w for w in weapons_of(ctx, subject) if w[0] in FORCE_CATEGORIES]
        actors = owners_of(ctx, subject) if forces else subject_actors_of(ctx, verb)
        places = places_of(ctx, noun, FROM_PREPS, exclude=tuple(actors))
        for actor in dict.fromkeys(actors):
            out += [make_claim(ctx, "deployment", noun, "done", forces[0][1] or forces[0][0] if forces
                               else "category:troops", confidence=0.45, actor=actor, host=host)
                    for host in dict.fromkeys(places) if host != actor]
    return out


def counted_subject_of(obj):
    inner = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"), None)
    return inner if inner is not None and counted_subject(inner) is obj else obj


TOLD_TENSES = ("VBD", "VBZ")   # '"US troops left Agadez," he told reporters': a report, no order


def _leaving(ctx: Context, verb) -> list:
    """"Canada withdrew its soldiers from Haiti" (object), "Danish troops pulled out of
    Mali" / "French troops left Niger" (subject); ordered out by the host ("the junta
    ordered US forces to leave the country"): refused."""
    ordering = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in DEMANDING \
        and verb.head.pos_ == "VERB" and verb.tag_ not in TOLD_TENSES else None
    movers = patterns.slot_fillers(verb, "dobj") if verb.lemma_.lower() != "leave" else []
    if not movers and patterns.is_passive(verb) and verb.lemma_.lower() != "leave":
        movers = patterns.slot_fillers(verb, "subjpass")     # "US troops have been withdrawn from Niger"
    if not movers:
        movers = patterns.subjects(verb) or ([c for c in ordering.children if c.dep_ == "dobj"]
                                             if ordering is not None else [])
    if ordering is not None:
        hosts = subject_actors_of(ctx, ordering)
        status = "refused"
    else:
        hosts = []
        status = "done"
    out = []
    for obj in patterns.with_conjuncts(movers):
        obj = counted_subject_of(obj)
        if not hosts or ordering is None:
            actors = _actors(ctx, obj, verb)
            places = places_of(ctx, verb, FROM_PREPS, exclude=tuple(actors)) + [
                a for out_ in verb.children if out_.lower_ == "out"       # "pulled out of Mali"
                for a in places_of(ctx, out_, {"of"}, exclude=tuple(actors))] + [
                a for home in verb.children if home.lower_ in HOME_WORDS    # "home from Mali"
                for a in places_of(ctx, home, {"from"}, exclude=tuple(actors))]
            if verb.lemma_.lower() == "leave":      # "French troops left Niger"
                places += [a for o in patterns.slot_fillers(verb, "dobj")
                           for a in roles.actors_of(ctx, o) if a not in actors]
            if ordering is not None:
                places = [p for p in hosts if p not in actors] or places
            out += _claims(ctx, verb, obj, places, status, actors)
        else:      # "asked India to withdraw its troops": the forces of the one asked
            asked = [a for c in ordering.children if c.dep_ == "dobj" and c.i != obj.i
                     for a in roles.actors_of(ctx, c) if a not in hosts]
            owners = [a for a in owners_of(ctx, obj) if a not in hosts]
            out += _claims(ctx, verb, obj, hosts, status, asked if _pronoun_owned(obj) and asked else owners or asked)
    return out


def _pronoun_owned(obj) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)


def _actors(ctx: Context, obj, verb) -> list[str]:
    actors = owners_of(ctx, obj)
    if not actors and obj.dep_ in ("dobj",):       # "Canada withdrew its soldiers"
        actors = subject_actors_of(ctx, verb)
    return actors


def _demanders(ctx: Context, noun) -> list[str]:
    """The subject of the verb that demands an exit noun ("Chad demanded the withdrawal",
    "Bamako called for the departure of", "a withdrawal that Niamey demanded")."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = noun.head.head
    elif noun.dep_ != "dobj":
        verb = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if verb is None:
            return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEMANDING | EXPELLING or status_mod.negated(verb):
        return []
    return subject_actors_of(ctx, verb)


def _claims(ctx: Context, trigger, obj, hosts, status, actors=None) -> list:
    weapons = [w for w in weapons_of(ctx, obj) if w[0] in FORCE_CATEGORIES]
    actors = actors if actors is not None else owners_of(ctx, obj)
    if not weapons or not actors:
        return []
    return [make_claim(ctx, "deployment", trigger, status, ref or system, confidence=0.45, actor=actor, host=host)
            for system, ref, _ in weapons[:1] for actor in dict.fromkeys(actors)
            for host in dict.fromkeys(hosts) if host != actor]
