"""Armed services that move their own weapons, for :mod:`.deployment`.

A general sending verb ("send", "fly", "bring") hands a system over when a state sends it
("Germany sent Leopard tanks to Ukraine": a transfer); when the subject is an armed service
("The US Army flew its Typhon launcher into Luzon", "the French Air Force sent four Rafales
to Lithuania", "Russian forces moved tanks into Belarus") the weapons stay the service's:
a deployment. The service nouns are the rows of frame ``arm`` in ``data/deployment.tsv``.
"""
from __future__ import annotations

from . import patterns, roles
from .triggers import lexicon

LEXICON = "deployment"
ARMS = {lemma for (lemma, _pos), t in lexicon(LEXICON).items() if t.frame == "arm"}
# "force" is a service only with a word that makes it one ("air force", "armed forces")
FORCE_WORDS = {"force", "forces"}
# words of a ministry or its offices, which buy and give rather than move forces
OFFICE_WORDS = {"department", "ministry", "office", "command", "agency", "pentagon", "government"}


def service_noun(noun) -> bool:
    """An armed service noun ("the US Army", "the French Air Force", "Russian forces")."""
    lemma = noun.lemma_.lower()
    if lemma not in ARMS and noun.lower_ not in ARMS:
        return False
    if any(c.lemma_.lower() in OFFICE_WORDS for c in noun.subtree):
        return False
    return True


def service_sends(verb, obj, weapons) -> bool:
    """The active sending verb's subject is an armed service and what it sends stays its
    own: craft it flies or sails ("the RAF sent four Rafales to Poland"), a thing named as
    its own ("flew its launcher", "moved their tanks") or one flown in. (Not a passive:
    "jets were sent to Ukraine by the air force" is a transfer's wording as often as not.)"""
    if patterns.is_passive(verb) or not any(service_noun(s) for s in patterns.subjects(verb)):
        return False
    own = any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in obj.children)
    return own or verb.lemma_.lower() in OWN_MOVES or any(_kind(w[0]) in CRAFT for w in weapons)


OWN_PRONOUNS = {"its", "their"}
# verbs by which a service moves a thing itself
OWN_MOVES = {"fly", "airlift", "ferry", "sail"}
# what a service operates and moves rather than hands over
CRAFT = {"category:aircraft", "category:helicopters", "category:ships", "category:uav"}


def _kind(system: str) -> str | None:
    return system if system.startswith("category:") else roles.family_category(system)


def joint_subjects(ctx, pronoun, exclude=()) -> list[str]:
    """The states of a conjoined subject of the clause a plural pronoun ("their") is in:
    "the US and Britain will rotate their boats through Stirling" (both own the boats);
    else []."""
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = patterns.with_conjuncts(patterns.subjects(verb)) if verb is not None else []
    found = [a for s in subjects for a in roles.actors_of(ctx, s, exclude)] if len(subjects) > 1 else []
    return list(dict.fromkeys(found)) if len(set(found)) > 1 else []
