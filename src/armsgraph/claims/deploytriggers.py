"""Words of the deployment lexicon that, where they stand, tell no deployment (for
:mod:`.deployment`): "placed an order", "stay away from", trainees "training in the UK",
"in its land-based form"."""
from __future__ import annotations

from . import patterns
from .typeroles import missions, noun_category

# frames of nouns that only mark forces or what a state guards, never a trigger on their own
NOUN_FRAMES = {"personnel", "domain", "craft"}
# objects of "place" that are no forces ("placed an order", "placed a bet")
NOT_PLACED = {"order", "bet", "emphasis", "restriction", "limit", "ban", "call", "bid",
              "hold", "sanction", "embargo", "priority"}
# verbs of forces at work abroad only with an object (the trainers, not the trainees)
TRAINING = {"train"}


def no_deployment(token, trigger) -> bool:
    """Whether the trigger word ``token`` tells no deployment where it stands."""
    lemma = token.lemma_.lower()
    if trigger.frame in NOUN_FRAMES:
        return True      # nouns of people who count as forces, of what a state guards
    if lemma == "place" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_PLACED for c in token.children):
        return True      # "placed an order for drones", "placed restrictions on"
    if any(c.dep_ in ("advmod", "prt") and c.lower_ == "away" for c in token.children):
        return True      # "its contingent will stay away from the naval phase"
    if lemma in TRAINING and not patterns.slot_fillers(token, "dobj"):
        return True      # "Qatari pilots have been training in the UK": trainees
    if lemma in PORT_CALLS and not port_call(token):
        return True      # "called for more troops", "the minister visited Minsk"
    if lemma in JOINING and not in_mission(token):
        return True      # "took part in the talks", "participated in the exercise"
    return compound_adjective(token)


# verbs of taking part (in data/deployment.tsv), with the object "take" needs: forces
# that take part in a mission abroad are there ("Chinese engineers took part in the UN
# mission in Lebanon"); an exercise joined makes its own claims (armsgraph.claims.exercise)
JOINING = {"participate": "", "take": "part"}


def in_mission(verb) -> bool:
    """Whether ``verb`` (of :data:`JOINING`) takes part "in" a mission noun
    (``data/deploy_missions.tsv``)."""
    wanted = JOINING[verb.lemma_.lower()]
    if wanted and not any(c.dep_ == "dobj" and c.lower_ == wanted for c in verb.children):
        return False
    return any(o.lemma_.lower() in missions() or o.lower_ in missions()
               for node in [verb] + [c for c in verb.children if c.dep_ == "dobj"]
               for p in node.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj")


# verbs of ships putting in at a port, and the preposition each needs ("" for an object)
PORT_CALLS = {"call": "at", "visit": ""}


def port_call(verb) -> bool:
    """"Two Chinese warships called at Colombo", "the Russian frigate visited Alexandria":
    ships (the subject) that call at a port (with "at") or visit it (an object)."""
    wanted = PORT_CALLS[verb.lemma_.lower()]
    if wanted and not any(c.dep_ == "prep" and c.lower_ == wanted for c in verb.children):
        return False
    if not wanted and not patterns.slot_fillers(verb, "dobj"):
        return False
    return any(noun_category(s) == "category:ships" for s in patterns.subjects(verb))


def compound_adjective(token) -> bool:
    """"in its land-based form", "a Moscow-based firm": a participle joined by a hyphen to
    the word before it, modifying a noun that is no force or weapon, describes the noun
    ("Kaliningrad-based Iskanders" still places the missiles)."""
    return token.dep_ == "amod" and any(c.tag_ == "HYPH" and c.i < token.i for c in token.children) \
        and noun_category(token.head) is None
