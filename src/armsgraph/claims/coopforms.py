"""Forms of cooperation that a make verb takes from the deal it hangs on, for
:mod:`.cooperation`.

- The partner of a joint venture, partnership or agreement that a make verb's clause hangs
  on: "Egypt has a joint venture with France's Naval Group to build frigates", "Vietnam
  formed a partnership with India's Larsen & Toubro to assemble patrol boats" (the noun is
  the object of the verb the make verb depends on, or the make verb is a clause on the noun);
- the status of such a make verb in the infinitive: what a signed deal is *to* make is
  ``agreed`` (GUIDELINES: an agreement between both sides), not yet ``done``.
"""
from __future__ import annotations

from . import patterns, status as status_mod
from .coopparts import is_joint
from .makers import DEAL_NOUNS

# nouns of a joint company or standing tie between two sides: the make verb that hangs on
# one is done by both ("a contract with TKMS to build submarines" is a purchase, not this)
VENTURES = {"venture", "jv", "consortium", "alliance", "tie-up"}
# nouns whose infinitive make verb is what was agreed
BONDS = VENTURES | DEAL_NOUNS | {"partnership"}


def bond_of(verb, nouns=BONDS):
    """The deal or venture noun a make verb depends on: the noun it is a clause of ("a
    joint venture to build corvettes") or the object of the verb it is an adverbial
    clause of ("has a joint venture with X to build corvettes"); else None."""
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in nouns:
        return verb.head
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        for obj in patterns.slot_fillers(verb.head, "dobj"):
            if obj.i < verb.i and obj.pos_ == "NOUN" and obj.lemma_.lower() in nouns:
                return obj
    return None


def bond_partners(verb) -> list:
    """The "with" / "between" phrases of the deal or venture a make verb depends on."""
    bond = bond_of(verb, VENTURES)
    if bond is None:
        return []
    return patterns.with_conjuncts(patterns.prep_objects(bond, {"with", "between"}))


def joint_bond(verb) -> bool:
    """The make verb hangs on a joint venture ("formed a joint venture to produce ...")."""
    bond = bond_of(verb, VENTURES)
    return bond is not None and is_joint(bond)


def _holder(bond):
    """The verb that has, signs or forms the deal noun (its object), else None."""
    if bond.dep_ == "dobj" and bond.head.pos_ in ("VERB", "AUX"):
        return bond.head
    if bond.dep_ == "conj" and bond.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.i < bond.i for c in bond.head.children):
        return bond.head           # ("has A, and B": the parser hangs B on the verb)
    if bond.dep_ == "conj":        # "has a joint venture ..., an agreement ... and a partnership ..."
        node = bond
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        return _holder(node) if node is not bond else None
    return None


def agreed_when_bound(verb, statuses: list[str]) -> list[str]:
    """"has an agreement with Baykar to produce the Akinci drone locally", "formed a joint
    venture with X to build corvettes": what a deal in force is to make is agreed (not done,
    and more than planned) when the verb that holds the deal states a fact."""
    if statuses not in (["done"], ["planned"]) or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                          for c in verb.children):
        return statuses
    bond = bond_of(verb)
    holder = _holder(bond) if bond is not None else None
    if holder is None or status_mod.negated(holder) or status_mod.modality(holder) is not None:
        return statuses
    lemma = holder.lemma_.lower()
    if bond.lemma_.lower() in VENTURES and lemma in FORMING:
        # "formed a joint venture to build the Lynx": the venture set up is the cooperation done
        return ["done"]
    if lemma not in HOLDING or lemma not in KEPT and bond.lemma_.lower() in VENTURES:
        return statuses
    return ["agreed"]


def held_partnership(noun) -> bool:
    """"has / signed a partnership with South Korean firms on ammunition": a tie both
    sides entered, agreed (a verb that states a fact holds the noun)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TIES:
        return False
    holder = _holder(noun)
    return holder is not None and holder.lemma_.lower() in HOLDING and not status_mod.negated(holder) and \
        status_mod.modality(holder) is None


# nouns of a standing tie that a side has or signs
TIES = {"partnership"}
# verbs that state a deal in force: "has / signed / concluded an agreement"
HOLDING = {"have", "hold", "sign", "conclude", "ink", "seal", "reach", "strike", "agree"}
# ... and of those, the ones that only hold a venture set up before ("has a joint venture")
KEPT = {"have", "hold"}
# verbs that set a venture up
FORMING = {"form", "set", "establish", "create", "found", "launch", "register"}


# makers that build for others: a firm, yard or engineers building a base abroad build it
# for the state it is in (a state or its forces building one there set up their own: a
# deployment, see claims/deployment.py)
BUILDERS = {"firm", "company", "contractor", "engineer", "builder", "shipbuilder", "shipyard", "corporation",
            "specialist", "expert", "worker", "consortium"}
BASES = {"category:military-facility", "category:airbase"}
CONSTRUCTING = {"build", "construct", "design", "erect", "co-build"}


def built_for(ctx, token, heads):
    """"Russia is building a submarine base for Vietnam", "Chinese firms built Pakistan's
    new naval base", "Russian firms were involved in building the base at Cam Ranh Bay":
    (the builder and the state the base is for, the base) or None."""
    from .coopparts import actors_of_phrases, doers_of
    from .garrisons import subject_actors_of
    from .makers import own_category
    from .typeroles import owners_of, place_actors, places_of
    if token.pos_ != "VERB" or token.lemma_.lower() not in CONSTRUCTING:
        return None
    systems = [(own_category(ctx, h), None, h) for h in heads if own_category(ctx, h) in BASES]
    doers = doers_of(ctx, token)
    if not doers and token.dep_ == "pcomp":       # "Russian firms were involved in building ..."
        doers = subject_actors_of(ctx, token.head.head) or [
            a for d in _doer_words(token.head.head) for a in owners_of(ctx, d)]
    if not systems or not doers:
        return None
    exclude = tuple(doers)
    others = actors_of_phrases(ctx, patterns.prep_objects(token, {"for"}) +
                               [o for h in heads for o in patterns.prep_objects(h, {"for"})], exclude=exclude)
    others += [a for h in heads for a in owners_of(ctx, h, exclude) if a not in others]
    if not others:       # "designed and built the Pekua base": the state of the place that names it
        others = [a for h in heads for c in h.children if c.dep_ == "compound" and ctx.ref_at(c) is not None
                  and ctx.ref_at(c).kind == "place" for a in place_actors(ctx, c, exclude)]
    if not others and builders(token):
        others = [a for h in [token] + list(heads) for a in places_of(ctx, h, {"in", "at", "near"}, exclude=exclude)]
    others = [a for a in others if a not in doers]
    return (doers[:1] + others[:1], systems[:1]) if others else None


def builders(verb) -> bool:
    """The verb's subject (or agent, or the subject of the clause it completes) is a firm,
    yard or engineers, not a state or its forces."""
    node = verb
    for _ in range(3):
        doers = _doer_words(node)
        if doers:
            return any(d.lemma_.lower() in BUILDERS for d in patterns.with_conjuncts(doers))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _doer_words(verb) -> list:
    """Subject words of a verb, active or passive, and the objects of its "by" agent."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found + [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
