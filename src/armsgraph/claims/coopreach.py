"""Work that a cooperation phrase reaches through a preposition or a second verb:

- help asked for a task ("Vietnam asked Israel for help in modernising its air
  defences"): the task verb that hangs on the help noun as a prepositional complement;
- the task of a cooperation noun hung on the verb that holds it ("agreed on cooperation
  in the repair of MiG-29s") or given by "including";
- tasks joined by "and" to a helped task ("help Belarus build a plant and modernise
  its Su-30s");
- the "with" side of the verb that a joint making noun hangs on ("negotiating with
  Russia over the joint production of Kornets");
- a deal on making in one of its sides' states ("signed a memorandum on the production
  of shells in Lithuania");
- keeping up another state's weapons ("will service the Su-30s of the Algerian air force");
- the task of a help or partnering verb, which that frame reads ("helping to repair
  Polish tanks", "partnering with Bharat Dynamics to manufacture ASRAAMs");
- making that a deal provides for is agreed ("the memorandum envisages joint development");
- a partner in the work on another state's system ("a partner in the development of the KF-21").
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopparts import (DEVELOP_LEMMAS, LEXICON, OPERATE_LEMMAS, actors_of_phrases, climbing_partner_phrases,
                        doers_of, emit, is_joint, made_systems, object_heads, partner_phrases)
from .coopservice import NOT_SERVICED, kept_up_for
from .makers import DEAL_NOUNS, governing_parties
from .roles import actors_of as roles_actors
from .status import modality, negated
from .triggers import trigger_of
from .typeroles import origins_of, places_of

TASK_PREPS = {"in", "with", "on", "for"}


def requested_work(noun) -> list:
    """Verbs of making or keeping up that the help noun ``noun`` is asked for ("help in
    modernising", "assistance with building")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in TASK_PREPS
            for o in p.children if o.dep_ == "pcomp" and o.pos_ == "VERB" and
            o.lemma_.lower() in DEVELOP_LEMMAS | OPERATE_LEMMAS]


def clause_work(noun) -> list:
    """What a cooperation noun is about when the parser hangs it elsewhere: "agreed on
    cooperation in the repair of MiG-29s" (the "in" phrase on the verb that holds the
    noun) and "cooperation, including the repair of MiG-29s"."""
    found = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "including"
             for o in p.children if o.dep_ == "pobj"]
    holder = noun.head
    if noun.dep_ == "pobj" and holder.pos_ == "ADP" and holder.head.pos_ == "VERB":
        found += [o for p in holder.head.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                  and p.i > noun.i for o in p.children if o.dep_ == "pobj"]
    verb = holder.head if noun.dep_ == "pobj" and holder.pos_ == "ADP" else holder if noun.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB":
        # "entered into a partnership with Thales to manufacture Starstreak missiles": the
        # making the verb that holds the noun is done for
        found += [h for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > noun.i
                  and c.lemma_.lower() in DEVELOP_LEMMAS for h in object_heads(c)]
    return found


def task_conjuncts(verb) -> list:
    """The further tasks joined to a helped task: "help Belarus build a plant and
    modernise its Su-30 fighters" (each is helped)."""
    return [c for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i and
            c.lemma_.lower() in DEVELOP_LEMMAS | OPERATE_LEMMAS]


def joint_holder_phrases(noun) -> list:
    """The partner phrases of the verb that a joint making noun hangs on through a
    preposition: "Algeria is negotiating with Russia over the joint production of
    Kornet missiles" (joint work needs a partner, so the verb's "with" side is it), and
    the sides the parser hangs on what is made ("joint development of drones between Kyiv
    and Vilnius")."""
    if noun.pos_ != "NOUN" or not is_joint(noun):
        return []
    found = [o for m in patterns.prep_objects(noun, {"of"}) for o in patterns.prep_objects(m, {"between"})]
    holder = noun.head
    if noun.dep_ == "pobj" and holder.pos_ == "ADP" and holder.head.pos_ == "VERB":
        found += partner_phrases(holder.head)
    return patterns.with_conjuncts(found)


def deal_sides_making_at_home(ctx: Context, noun) -> list[str]:
    """The sides of a deal about making something in one of their states: "Lithuania
    and Germany signed a memorandum on the production of 155mm ammunition in Lithuania"
    (the noun of making hangs on the deal noun; where it is made is one of the sides).
    A contract *for* production is an order (a purchase), not joint work."""
    deal = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about") else None
    if deal is not None and deal.pos_ == "VERB":      # ("signed a deal | on the production": the parser's)
        deal = next((o for o in patterns.slot_fillers(deal, "dobj") if o.i < noun.i), None)
    if noun.pos_ != "NOUN" or deal is None or deal.lemma_.lower() not in DEAL_NOUNS:
        return []
    sides = list(dict.fromkeys(governing_parties(ctx, deal) + actors_of_phrases(
        ctx, patterns.prep_objects(deal, {"with", "between"}))))
    places = [a for n in [noun] + patterns.prep_objects(noun, {"of"}) for a in places_of(ctx, n, {"in"})]
    return sides if len(sides) >= 2 and places and set(places) <= set(sides) else []


# keeping up only: these say cooperation when a side keeps up another state's weapons or
# is helped in it, never by two subjects or a place ("Both firms promised to build or
# maintain the boats in Canada" are rivals; "maintains a base in Syria")
KEEP_ONLY = {"maintain", "service"}


def kept_up(ctx: Context, verb, trigger) -> list:
    """"Russian engineers will service the Su-30s of the Algerian air force", "Egypt will
    maintain its Rafales with French support"."""
    heads = object_heads(verb)
    systems = [w for w in made_systems(ctx, verb, heads, develop=False) if w[0] not in NOT_SERVICED]
    doers = doers_of(ctx, verb)
    if not systems or len(doers) != 1:
        return []
    partners = [a for a in actors_of_phrases(ctx, climbing_partner_phrases(verb)) if a not in doers] or \
        kept_up_for(ctx, verb, heads, doers)
    return emit(ctx, verb, trigger, doers + partners[:1], systems) if partners else []


def task_frame(verb) -> str | None:
    """The frame of the help or partnering verb whose task ``verb`` is ("helping to repair
    Polish tanks", "is partnering with Bharat Dynamics to manufacture ASRAAMs"), which reads
    the sides and the status itself; else None."""
    head = verb.head
    trigger = trigger_of(head, LEXICON) if verb.dep_ in ("xcomp", "ccomp", "advcl") and head.i != verb.i else None
    if trigger is None or head.pos_ != "VERB" or trigger.frame not in ("help", "collaborate"):
        return None
    return trigger.frame if verb.dep_ != "advcl" or trigger.frame == "collaborate" else None


# verbs by which a deal states what it holds: "the agreement provides for joint production"
PROVIDING = {"envisage", "provide", "include", "cover", "foresee", "stipulate", "call", "entail", "involve"}


def agreed_in_deal(noun, statuses: list[str]) -> list[str]:
    """"The memorandum envisages joint development of drones", "the agreement provides for
    the joint production of Bayraktars": making that a deal holds is ``agreed``, not done."""
    if noun.pos_ != "NOUN" or statuses != ["done"]:
        return statuses
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
        noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in PROVIDING or \
            negated(verb) or modality(verb) is not None:
        return statuses
    deals = [s for s in patterns.subjects(verb) if s.lemma_.lower() in DEAL_NOUNS or s.lower_ in DEAL_NOUNS]
    return ["agreed"] if deals else statuses


def work_partners(ctx: Context, noun, works, heads) -> list[str]:
    """"Indonesia is a partner in the development of the South Korean KF-21": a partner
    in the work on another state's named system stands beside the system's makers (the
    subject the partner noun is said of, and the makers)."""
    from .coopjoin import WORK_NOUNS
    from .coopmembers import copula_side
    from .makers import named_below
    if noun.lemma_.lower() != "partner" or not any(w.lemma_.lower() in WORK_NOUNS for w in works):
        return []
    sides = copula_side(ctx, noun) or [a for s in patterns.governor_subjects(noun) for a in roles_actors(ctx, s)]
    systems = [w for w in named_below(ctx, heads) if w[1] is not None and not w[1].is_category]
    makers = [o for w in systems[:1] for o in origins_of(w[1]) if o not in sides]
    return sides[:1] + makers if sides and makers else []
