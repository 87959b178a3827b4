"""Places that are "home to" another state's forces, for :mod:`.deployment`:
"Tajikistan is home to Russia's largest base abroad" (the subject state hosts the base),
"The Gyumri base is home to 3,000 Russian troops" (the base's state hosts the troops),
"Djibouti remains home to French and Japanese bases".

The idiom's noun and the copulas that carry it are in ``data/deploy_homes.tsv``.
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .bases import base_hosts
from .context import Context
from .located import FORCE_CATEGORIES, counted_subject
from .triggers import data_lines
from .typeroles import make_claim, noun_category, owners_of, weapons_of

_ROWS = [row for row in data_lines("deploy_homes.tsv") if len(row) >= 2]
HOME_NOUNS = {row[0].lower() for row in _ROWS if row[1] == "noun"}
COPULAS = {row[0].lower() for row in _ROWS if row[1] == "copula"}
BASE_NOUNS = {"category:airbase", "category:military-facility"}


def home_claims(ctx: Context, sent) -> list:
    """Deployments a sentence states with "X is home to Y's forces"."""
    out = []
    for home in sent:
        # (the parser takes "home" for a noun or an adverb, and may hang "to" on the verb)
        if home.lower_ not in HOME_NOUNS or home.dep_ not in ("attr", "oprd", "acomp", "advmod", "npadvmod") \
                or home.head.lemma_.lower() not in COPULAS:
            continue
        verb = home.head
        if status_mod.negated(verb):
            continue       # "the island is no longer home to any foreign base"
        subjects = patterns.subjects(verb)
        preps = [c for c in home.children if c.dep_ == "prep" and c.lower_ == "to"] or \
            [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == home.i + 1]
        for prep in preps:
            for obj in patterns.with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]):
                out += _claims(ctx, verb, subjects, counted_subject_of(obj))
    return out


def counted_subject_of(obj):
    """The force noun behind a counting head ("home to thousands of US troops")."""
    inner = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"), None)
    return inner if inner is not None and counted_subject(inner) is obj else obj


def _claims(ctx: Context, verb, subjects, obj) -> list:
    weapons = [w for w in weapons_of(ctx, obj) if w[0] in FORCE_CATEGORIES]
    actors = owners_of(ctx, obj)
    if not weapons or not actors:
        return []
    hosts: list[str] = []
    for subject in subjects:
        ref = ctx.ref_at(subject)
        if ref is not None and ref.actor and ref.kind in ("state", "place"):
            hosts.append(ref.actor)            # "Tajikistan is home to ..."
        elif noun_category(subject) in BASE_NOUNS:   # "the Gyumri base is home to ..."
            hosts += base_hosts(ctx, subject, exclude=tuple(actors))
        else:
            hosts += roles.actors_of(ctx, subject)
    hosts = [h for h in dict.fromkeys(hosts) if h not in actors]
    status = "planned" if status_mod.modality(verb) == "planned" else "done"
    return [make_claim(ctx, "deployment", verb, status, ref or system, confidence=0.5, actor=actor, host=host)
            for system, ref, _ in weapons[:1] for actor in actors for host in hosts]
