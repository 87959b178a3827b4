"""Participles and relative clauses on a weapon that name its trade ("drones exported to
Kazakhstan", "the Gepard guns that Berlin had sent", "the drones that India agreed to buy"),
also where the parser hung the clause on the verb above. :mod:`.governing` falls back on
them when no trigger above the weapon governs it; :mod:`.transfer` and :mod:`.stages` read
them as a stage of their own.
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .triggers import trigger_of

LEXICON = "transfer"
# goods too vague to record between unnamed parties, and that a contract may list beside
# its weapons without being arms themselves
VAGUE_GOODS = {"category:materiel", "category:technology", "category:electronics", "category:components"}


def participle(ctx: Context, node) -> tuple | None:
    """A participle or relative clause on the weapon: "drones exported to Kazakhstan",
    "the Bayraktar TB2, a drone exported to Azerbaijan"."""
    nouns = [node] + [c for c in node.children if c.dep_ == "appos"]
    later = [c for c in node.conjuncts if c.i > node.i]
    if later and node.dep_ != "conj" and not any(c.dep_ in ("acl", "relcl") for c in node.children) \
            and not any(c.text == ";" for c in node.doc[node.i:max(later, key=lambda c: c.i).i]):
        # "covers 44 Leopard tanks and 24 PzH 2000 howitzers ordered from Germany": a
        # participle after the last item of a list is shared by all of them
        nouns.append(max(later, key=lambda c: c.i))
    for noun in nouns:
        for child in noun.children:
            if child.dep_ not in ("acl", "relcl", "amod"):
                continue
            trigger = trigger_of(child, LEXICON)
            if trigger is None or trigger.frame in ("origin", "deal") or \
                    child.pos_ not in ("VERB", "ADJ"):
                continue
            frame = patterns.frame_of(trigger.frame, child)
            if "head" in frame.get("system", ()) and patterns.slot_fillers(child, "head"):
                return child, trigger
            if child.dep_ == "relcl" and "dobj" in frame.get("system", ()) and \
                    trigger.frame in ("give", "get") and _object_gap(child) and \
                    getattr(ctx.ref_at(noun), "id", None) not in VAGUE_GOODS:
                return child, trigger   # "the Gepard guns that Berlin had sent"
        if getattr(ctx.ref_at(noun), "id", None) in VAGUE_GOODS:
            continue
        # "the drones that India agreed to buy": the infinitive under the relative clause
        # (its subject is the clause's; its object the relative pronoun or left out)
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and
                       any(s.dep_ == "nsubj" for s in c.children)):
            for verb in (x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB"):
                trigger = trigger_of(verb, LEXICON)
                objects = [c for c in list(verb.children) + list(clause.children) if c.dep_ == "dobj"]
                if trigger is not None and trigger.frame in ("give", "get") and \
                        all(o.lower_ in patterns.RELATIVE_PRONOUNS for o in objects):
                    return verb, trigger
        # "the MiG-29s that Slovakia retired and later gave to Ukraine": a verb joined to the
        # relative clause shares its object
        for verb in (v for c in noun.children if c.dep_ == "relcl" and _object_gap(c) for v in c.conjuncts):
            trigger = trigger_of(verb, LEXICON)
            if trigger is not None and trigger.frame in ("give", "get") and verb.pos_ == "VERB" and \
                    not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
                return verb, trigger
    return _detached_clause(ctx, node) or _reduced_participle(ctx, node)


def _detached_clause(ctx: Context, node) -> tuple | None:
    """A participle or relative clause on the weapon that the parser hung on the verb
    above: "flies Su-27s acquired from Belarus" (an adverbial clause right after the
    object), "among the Su-30Ks that Russia delivered to India" ("that" as the object of a
    clause complement)."""
    doc = node.doc
    after = node.i + 1
    while after < len(doc) and after <= node.i + 3 and (doc[after].text == "," or doc[after].pos_ == "ADV"):
        after += 1   # "drones, apparently delivered in 2021 by the UAE"
    if after >= len(doc):
        return None
    word = doc[after]
    verb = None
    if word.tag_ in ("VBN", "VBD") and word.dep_ in ("advcl", "dep") and node.dep_ in ("dobj", "pobj") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children):
        verb = word
    elif word.lower_ in ("that", "which") and word.dep_ == "dobj" and word.head.dep_ == "ccomp" and \
            word.head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in word.head.children):
        verb = word.head
    trigger = trigger_of(verb, LEXICON) if verb is not None else None
    if trigger is None or trigger.frame not in ("give", "get"):
        return None
    return verb, trigger


def _reduced_participle(ctx: Context, node) -> tuple | None:
    """"Six HIMARS launchers ordered in 2022 with ATACMS missiles; ...": a participle the
    parser read as the verb of a clause with the weapon as its subject. A weapon buys and sells
    nothing: the subject of a trade verb that has no object of its own is the goods."""
    verb = node.head
    named = [ctx.ref_at(t) for t in [node, *(c for c in node.children if c.dep_ in ("compound", "nmod"))]]
    if node.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN") or \
            not any(r is not None and r.is_system for r in named) or \
            any(c.dep_ in ("dobj", "dative", "aux", "auxpass") for c in verb.children):
        return None
    trigger = trigger_of(verb, LEXICON)
    if trigger is None or trigger.frame not in ("give", "get") or trigger.pos != "VERB":
        return None
    return verb, trigger


def _object_gap(verb) -> bool:
    """A relative clause whose subject is named and whose object is the relative pronoun
    (or left out): "the guns that Berlin sent", "the jets Egypt bought"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subjects) and subjects[0].lower_ not in patterns.RELATIVE_PRONOUNS and (
        not objects or objects[0].lower_ in patterns.RELATIVE_PRONOUNS)
