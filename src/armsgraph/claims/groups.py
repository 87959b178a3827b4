"""Who an exercise report counts: numbered groups that stand for the states of a drill
("the two navies", "the three countries"), the states a group can stand for (not one
named only inside a place's name, "the Sea of Japan"), and the troop counts given per
participant ("85 U.S. personnel and 175 Armenian participants"). Used by :mod:`.exercise`
(and :func:`group_size` by :mod:`.cooperation`)."""
from __future__ import annotations

import re

from . import roles
from .context import Context
from .garrisons import own_owners
from .quantity import quantity_of
from .triggers import trigger_of
from .typeroles import noun_category, owners_of
from .waters import SEA_WORDS

LEXICON = "exercise"
ORGANISATIONS = {"NATO", "CSTO", "EU", "SCO", "UN", "OSCE", "UNK"}

NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3,
                "4": 4, "5": 5, "6": 6}


def group_size(head) -> int:
    """How many states a counted group noun stands for ("the two navies" -> 2), else 0."""
    trigger = trigger_of(head, LEXICON)
    if trigger is None or trigger.frame != "group" or head.tag_ not in ("NNS", "NNPS"):
        return 0
    for child in head.children:
        size = NUMBER_WORDS.get(child.lower_)
        if size and child.dep_ in ("nummod", "det", "predet", "quantmod", "amod"):
            return size
    return 0


def group_members(ctx: Context, head, size: int) -> list[str]:
    """The states a numbered group stands for with no exercise of that size before: the
    ``size`` states named nearest before it, else the ones the document names most."""
    found = [a for a in roles.antecedents(ctx, head, size, exclude=in_place_names(ctx, head))
             if a not in ORGANISATIONS]
    if len(found) == size:
        return found
    counts: dict[str, int] = {}
    for before in (True, False):      # the states named before it, else in the whole text
        for ref in ctx.refs:
            if ref.kind == "state" and ref.actor and (ref.start < head.i or not before):
                counts[ref.actor] = counts.get(ref.actor, 0) + 1
        if len(counts) >= size:
            break
    ranked = sorted(counts, key=lambda a: -counts[a])
    return ranked[:size] if len(ranked) >= size else []


def in_place_names(ctx: Context, head) -> tuple[str, ...]:
    """States named before ``head`` only inside the name of a place ("over the Sea of
    Japan", "in the Gulf of Oman"): no party the group noun can stand for."""
    here = ctx.sentence_number(head)
    first = ctx.sentences[max(0, here - 3)].start
    embedded, free = set(), set()
    for ref in ctx.refs:
        if ref.start < first or ref.start >= head.i or not ref.actor or ref.kind != "state":
            continue
        word = ctx.doc[ref.start:ref.end].root
        named = word.dep_ == "pobj" and word.head.lower_ == "of"
        holder = ctx.ref_at(word.head.head) if named else None
        inside = named and (holder is not None and holder.kind == "place" or
                            word.head.head.lower_ in SEA_WORDS | {"port", "island", "islands", "peninsula"})
        (embedded if inside else free).add(ref.actor)
    return tuple(sorted(embedded - free))


def troop_counts(ctx: Context, noun) -> list[tuple[list[str], str]]:
    """(owners, quantity) of the counted troop nouns in the sentence of an exercise
    ("85 U.S. personnel and 175 Armenian participants", "about 430 territorial troops")."""
    out = []
    for token in ctx.sentence_of(noun):
        if token.pos_ in ("NOUN", "PROPN") and noun_category(token) == "category:troops" or \
                token.lemma_.lower() in ("participant", "people", "serviceman", "man"):
            found = quantity_of(token) if not group_size(token) else None    # not "the two armies"
            if found:       # the owners of this noun, not of the nouns listed with it
                out.append((own_owners(ctx, token) or owners_of(ctx, token), found))
    return out


def count_quantity(counts) -> str | None:
    """One count as written; several (per participant) summed."""
    if not counts:
        return None
    if len(counts) == 1:
        return counts[0][1]
    values = [number_in(q) for _, q in counts]
    return str(sum(values)) if all(v is not None for v in values) else counts[0][1]


def number_in(text: str) -> int | None:
    match = re.search(r"\d[\d,]*", text)
    return int(match.group().replace(",", "")) if match else None
