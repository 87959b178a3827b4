"""Joint units of two states: "a joint RAF-Qatari squadron trained crews in Britain", "No. 12
Squadron, a joint RAF-Qatari unit formed to prepare crews for the type", "the two militaries
will create a joint security force to guard the base".

A unit noun marked joint whose words name two states or more (else the parties of the
clause that governs it) is cooperation of those states. A unit that readies crews or pilots
works on the aircraft the text has just named (the one it names most in the sentences
before), else the unit is ``category:troops``. :mod:`.cooperation` calls this for the
sentences its own frames left without a cooperation claim.
"""
from __future__ import annotations

from . import roles
from .context import Context
from .coopaid import LEARNERS
from .coopparts import JOINT_WORDS, is_joint
from .makers import governing_parties
from .misread import _tokens
from .status import statuses_of
from .typeroles import make_claim

# nouns of a military unit or formation
UNIT_NOUNS = {"squadron", "unit", "brigade", "battalion", "regiment", "force", "grouping", "corps", "wing",
              "flotilla", "battlegroup", "contingent", "division", "detachment"}
FORCE_CATEGORY = "category:troops"
# sentences before the unit in which the aircraft its crews ready for is named
CREW_WINDOW = 3


def _joint_marks(ctx: Context) -> list[int]:
    """The positions of the document's words that mark something joint, found once from the
    doc's array (the unit noun is their head)."""
    if "joint_marks" not in ctx.__dict__:
        ctx.__dict__["joint_marks"] = [t.i for t in _tokens(ctx.doc, "LOWER", JOINT_WORDS)]
    return ctx.__dict__["joint_marks"]


def unit_claims(ctx: Context, sent) -> list:
    out = []
    heads = dict.fromkeys(ctx.doc[i].head for i in _joint_marks(ctx) if sent.start <= i < sent.end)
    for token in heads:
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in UNIT_NOUNS or not is_joint(token):
            continue
        members = list(dict.fromkeys(r.actor for r in ctx.refs_in(token.left_edge.i, token.i)
                                     if r.actor and r.kind in ("state", "organisation")))
        if len(members) < 2:
            members = list(dict.fromkeys(governing_parties(ctx, token)))
        if len(members) < 2:
            continue
        system = FORCE_CATEGORY
        if any(t.lemma_.lower() in LEARNERS for t in sent if t.pos_ == "NOUN"):
            # "formed to prepare crews for the type": the aircraft named just before
            named = [r for r in roles.system_antecedents(ctx, token, CREW_WINDOW) if not r.is_category]
            system = named[0] if named else system
        for status in statuses_of(token, "done", "supplier")[:1]:
            out.append(make_claim(ctx, "cooperation", token, status, system, confidence=0.45,
                                  partners=sorted(members)))
        break
    return out
