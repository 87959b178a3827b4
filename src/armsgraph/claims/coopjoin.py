"""Joining a programme: "Saudi Arabia wants to join the GCAP fighter programme", "Japan
joined the Tempest project in 2022", "Indonesia's contribution to the KF-21 programme",
"Japan is taking part in the GCAP programme", "India is not part of the FGFA programme",
"Belarus took part in / was involved in the development of the Russian Iskander":
the joiner works with the states that make the named system (the ``join`` frame of
:mod:`.cooperation`).
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .coopparts import doers_of, emit, recent_claims
from .garrisons import subject_actors_of
from .makers import named_below
from .misread import _tokens
from .typeroles import origins_of, owners_of

PROGRAMME_NOUNS = {"programme", "program", "project", "consortium", "effort", "initiative", "venture"}
# the work on a system that a side takes part in: "took part in the development of the
# Russian Pantsir" puts it beside the system's makers, as joining its programme does
WORK_NOUNS = {"development", "design", "designing", "production", "creation", "manufacture",
              "manufacturing", "construction", "modernisation", "modernization", "upgrade"}


def _part(ctx: Context, token):
    """(joiners, programme phrases, status anchor) of "part" in "X takes part in the ...
    programme" and "X is (not) part of the ... programme", else None."""
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() == "take":
        return doers_of(ctx, verb), patterns.prep_objects(verb, {"in"}) + patterns.prep_objects(token, {"in"}), verb
    if token.dep_ == "attr" and verb.lemma_ == "be" and not any(
            c.lower_ == "longer" for c in verb.children):      # ("no longer part of it": left)
        return subject_actors_of(ctx, verb), patterns.prep_objects(token, {"of", "in"}), verb
    return None


def join(ctx: Context, token, trigger) -> list:
    """"Saudi Arabia wants to join the GCAP fighter programme", "Japan joined the Tempest
    project in 2022": the joiner works with the states that make the named system."""
    anchor = token
    part = _part(ctx, token) if token.pos_ == "NOUN" and token.lemma_.lower() == "part" else None
    if part is not None:
        joiners, objects, anchor = part
    elif token.pos_ == "NOUN":
        # "Indonesia's contribution to the KF-21 fighter programme": its share of the work
        joiners, objects = owners_of(ctx, token), patterns.prep_objects(token, {"to", "in"})
    elif token.pos_ != "VERB":
        return []
    elif patterns.is_passive(token):
        # "Belarus was involved in the design of ..."
        joiners = [a for s in patterns.slot_fillers(token, "subjpass") for a in roles.actors_of(ctx, s)]
        objects = patterns.prep_objects(token, {"in"})
    else:
        joiners = doers_of(ctx, token)     # "joined the X programme", "participates in the X programme"
        objects = patterns.slot_fillers(token, "dobj") + patterns.prep_objects(token, {"in"})
    for obj in objects:
        if obj.lemma_.lower() not in PROGRAMME_NOUNS | WORK_NOUNS:
            continue
        inner = patterns.prep_objects(obj, {"of"}) if obj.lemma_.lower() in WORK_NOUNS else [obj]
        systems = [w for w in named_below(ctx, inner) if w[1] is not None and not w[1].is_category]
        for system in systems[:1]:
            makers = [o for o in origins_of(system[1]) if o not in joiners]
            if joiners and makers:
                return emit(ctx, anchor, trigger, joiners[:1] + makers, [system], mutual=False)
    if joiners and token.pos_ == "VERB" and _points_back(token, objects):
        return _join_last(ctx, anchor, trigger, joiners[:1])
    if joiners and part is not None and objects and _points_back(token, objects):
        # "On the FGFA, ...: India is not part of that programme": the system named just before
        return _named_last(ctx, anchor, trigger, joiners[:1], token)
    return []


def _named_last(ctx: Context, anchor, trigger, joiners, token) -> list:
    """The joiner works with the makers of the named system last named before ``token``
    in this or the sentences just before."""
    start = ctx.sentences[max(0, ctx.sentence_number(token) - LOOK_BACK)].start
    for ref in reversed(ctx.refs_in(start, token.i)):
        if ref.kind == "system" and not ref.is_category:
            makers = [o for o in origins_of(ref) if o not in joiners]
            return emit(ctx, anchor, trigger, joiners + makers, [(ref.id, ref, anchor)], mutual=False) if makers else []
    return []


POINTING = {"the", "this", "that", "its", "their"}
LOOK_BACK = 3


def _points_back(verb, objects) -> bool:
    """"Saudi Arabia has lobbied to join the programme", "... has asked to join": the
    programme the text is about (a definite programme noun naming no system, or none)."""
    if not objects:
        return verb.lemma_.lower() == "join" and verb.dep_ == "xcomp"
    return any(o.lemma_.lower() in PROGRAMME_NOUNS and not any(
        c.dep_ in ("compound", "amod", "nmod") for c in o.children) and any(
        c.dep_ in ("det", "poss") and c.lower_ in POINTING for c in o.children) for o in objects)


def _join_last(ctx: Context, anchor, trigger, joiners) -> list:
    """The joiner works with the partners of the programme claimed last (a named system,
    in this or the sentences just before) that it is not already part of."""
    for claim in recent_claims(ctx, anchor, LOOK_BACK):
        if claim.start >= anchor.idx or claim.system is None or claim.system.startswith("category:"):
            continue
        if joiners[0] in claim.partners:
            return []
        return emit(ctx, anchor, trigger, joiners + list(claim.partners),
                    [(claim.system, None, anchor)], mutual=False)
    # no programme claimed: the joint programme (a system the catalog gives several
    # makers) named last, "... pressing ahead with the Global Combat Air Programme"
    start = ctx.sentences[max(0, ctx.sentence_number(anchor) - LOOK_BACK)].start
    for ref in reversed(ctx.refs_in(start, anchor.i)):
        if ref.kind == "system" and not ref.is_category and len(origins_of(ref)) >= 2:
            if joiners[0] in origins_of(ref):
                return []
            return emit(ctx, anchor, trigger, joiners + list(origins_of(ref)), [(ref.id, ref, anchor)], mutual=False)
    return []


# nouns of a programme two sides can own together ("their FCAS programme")
SHARED_NOUNS = {"programme", "program", "project"}
SHARED_OWNERS = {"their"}


def shared_programme(ctx: Context, sent) -> list:
    """"Germany and France agreed in 2024 to move their MGCS tank programme into its next
    phase": a named system's programme that the clause's two sides or more own together is
    their cooperation on it, with the status of the clause ("agreed"; mutual decisions are
    agreed). :mod:`.cooperation` calls this for the sentences its own frames left without a
    cooperation claim."""
    from .makers import governing_parties
    from .typeroles import make_claim, statuses_of
    found = ctx.__dict__.get("programme_nouns")
    if found is None:   # (looked up once per document from the doc's array, not word by word)
        lemmas = SHARED_NOUNS | {w.title() for w in SHARED_NOUNS}   # (a title's "Programme")
        found = ctx.__dict__["programme_nouns"] = _tokens(ctx.doc, "LEMMA", lemmas)
    for token in (t for t in found if sent.start <= t.i < sent.end):
        if token.pos_ != "NOUN" or not any(
                c.dep_ == "poss" and c.lower_ in SHARED_OWNERS for c in token.children):
            continue
        named = [r for r in ctx.refs_in(token.left_edge.i, token.i + 1) if r.is_system and not r.is_category]
        partners = list(dict.fromkeys(a for a in governing_parties(ctx, token) if a != "UNK"))
        if len(named) != 1 or len(partners) < 2:
            continue
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), token)
        return [make_claim(ctx, "cooperation", token, status, named[0], confidence=0.45, partners=sorted(partners))
                for status in statuses_of(verb, "done", "supplier", mutual=True)[:1]]
    return []
