"""Fighters who are people, for :mod:`.deployment`: "Wagner fighters are deployed in
Mali", "some 2,000 fighters arrived in Libya" name troops, not fighter jets, where the
catalog saw no aircraft cue and a group (not a state) owns them or they are counted in
hundreds. Nouns in ``data/deploy_people.tsv``."""
from __future__ import annotations

from .context import Context
from .patterns import FORCE_MOVES
from .triggers import data_lines

PEOPLE_NOUNS = {row[0].lower() for row in data_lines("deploy_people.tsv")}
# units of troops ("formation" in data/forces.tsv)
FORMATIONS = {row[0].lower() for row in data_lines("forces.tsv") if len(row) >= 3 and row[2] == "formation"}
CREWED_UNITS = FORMATIONS - {"unit", "units"}     # (the bare "unit" also counts goods)
SENDING = FORCE_MOVES | {"move", "rotate"}
HUNDREDS = 100


def _count(token) -> float | None:
    for child in token.children:
        if child.dep_ == "nummod":
            try:
                return float(child.text.replace(",", ""))
            except ValueError:
                return None
    return None


CROWD = 500   # more "fighters" than any one sale of jets: people, whatever the catalog read


def crowd(token) -> bool:
    """"some 2,000 fighters were sent to Libya": a people noun counted past any fleet."""
    count = _count(token)
    return token.lower_ in PEOPLE_NOUNS and count is not None and count >= CROWD


def people(ctx: Context, token) -> bool:
    """A bare "fighters" that names people (see the module doc)."""
    if token.lower_ not in PEOPLE_NOUNS or ctx.ref_at(token) is not None:
        return False
    count = _count(token)
    if count is not None and count >= HUNDREDS:
        return True
    for child in token.children:
        ref = ctx.ref_at(child)
        if child.dep_ in ("compound", "poss", "amod", "nmod") and ref is not None and \
                ref.kind not in ("state", "place", "category", "system", "quantity"):
            return True        # "Wagner fighters", "Hezbollah's fighters"
    return False


def as_people(ctx: Context, sent, found: list) -> list:
    """``found`` (the deployments of ``sent``) with fighter jets read as troops where the
    sentence's bare "fighters" are people."""
    if not any(people(ctx, t) for t in sent):
        return found
    for claim in found:
        if claim.system == "category:aircraft" and claim.system_text is None:
            claim.system = "category:troops"
    return found


def sent_as_unit(verb, head) -> bool:
    """"sent a squadron of Apache helicopters to Estonia": weapons a verb of sending moves
    as a unit of troops (a squadron, a battalion) go with their crews, the sender's forces:
    a deployment, not a hand-over ("sent two units of S-300" may be either: not read)."""
    prep = head.head
    return verb.lemma_.lower() in SENDING and head.dep_ == "pobj" and prep.lower_ == "of" and \
        prep.head.lemma_.lower() in CREWED_UNITS and prep.head.head.i == verb.i


def sent_with_troops(ctx: Context, verb, head) -> bool:
    """"Egypt dispatched troops and armoured vehicles to Somalia": weapons a verb of sending
    moves together with troops (coordinated with a noun of troops) go with them, the
    sender's forces: a deployment, not a hand-over."""
    if verb.lemma_.lower() not in SENDING or not (head.dep_ == "dobj" and head.head.i == verb.i or
                                                   head.dep_ == "conj"):
        return False
    first = head
    while first.dep_ == "conj":
        first = first.head
    if not (first.dep_ == "dobj" and first.head.i == verb.i):
        return False
    troops = [t for t in (first, *first.conjuncts) if t.i != head.i]
    return any((ctx.ref_at(t) is not None and ctx.ref_at(t).id == "category:troops") for t in troops)
