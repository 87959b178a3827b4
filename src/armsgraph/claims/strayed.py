"""Subjects the small parser puts out of place, for :func:`.patterns.subjects`: swallowed
into an opening date phrase ("In 2012 Azerbaijan signed ..."), lost to an apposition set off
by commas ("Kyiv, long a key player in the region, had asked ..."), or joined to the first
clause's object ("Israel sold Georgia drones and the Czech side sold rocket launchers").
Token-level: no claim context is needed.
"""
from __future__ import annotations


def stranded_subject(verb) -> list:
    """The subject the parser swallowed into an opening date phrase: "In 2012 Azerbaijan
    signed ..." (the name right before the verb is the date's noun, inside a phrase the
    verb governs)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i < 1 or doc[i].pos_ != "PROPN" or doc[i].dep_ != "pobj" or verb not in doc[i].ancestors:
        return []
    name = doc[i]
    return [name] if any(c.like_num or c.ent_type_ in ("DATE", "TIME") for c in name.children) else []


def set_off_subject(verb, apposed=None) -> list:
    """The subject the parser loses to an apposition set off by commas: "North Korea, long
    a key player in the region, test-launched ...", "Kyiv, long a key player, had asked ..."
    (the name opens the clause, hangs on the verb by a loose link, and a comma follows it;
    the parser may take the apposition, ``apposed``, for the subject)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return []
    doc = verb.doc
    for child in verb.children:
        if child.i > verb.i or apposed is not None and child.i >= apposed.i:
            break
        if child.dep_ in ("dep", "npadvmod", "nmod", "appos", "intj") and (child.pos_ == "PROPN" or child.is_title) and \
                not child.like_num and child.ent_type_.lower() not in ("date", "time") and \
                child.right_edge.i + 1 < verb.i and doc[child.right_edge.i + 1].text == "," and \
                child.left_edge.i == verb.left_edge.i and (
                    apposed is None or apposed.left_edge.i == child.right_edge.i + 2):
            return [child]
    return []


def object_turned_subject(verb) -> list:
    """The subject of a second clause the parser joined to the first clause's object:
    "Israel sold Georgia drones and the Czech side sold rocket launchers" (the name right
    before a finite verb of the second clause is a conjunct of the first verb's object)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return []
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i < 1 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].dep_ != "conj":
        return []
    name = doc[i]
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("dobj", "dative") or first.head.i != verb.head.i:
        return []
    return [name]
