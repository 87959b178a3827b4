""""Djibouti hosts American, French and Japanese troops" when the parser reads "hosts" as a
plural noun ("Djibouti hosts" as one name) and the sentence has no verb to climb from.

A repair by word order, for that misreading only: a state (or a place in one) right before
"hosts" / "houses" read as a noun, and the forces after it, before the clause ends, with the
states their adjectives or "of" phrase name ("bases of the United States and France").
"""
from __future__ import annotations

from .context import Context
from .typeroles import make_claim, noun_category

HOSTING = {"hosts", "houses"}
# what a state hosts from abroad
HOSTED = {"category:troops", "category:military-facility", "category:airbase", "category:ships",
          "category:aircraft", "category:uav", "category:air-defence", "category:nuclear-weapons"}
CLAUSE_END = {".", ";", ":", "(", ")", "—", "–"}


def misread_hosting(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        if token.lower_ not in HOSTING or token.pos_ == "VERB" or token.i == sent.start:
            continue
        host_ref = ctx.ref_at(token.i - 1)
        host = host_ref.actor if host_ref is not None and host_ref.kind in ("state", "place") else None
        if host is None:
            continue
        actors, forces = [], None
        for t in ctx.doc[token.i + 1:sent.end]:
            if t.text in CLAUSE_END or t.pos_ == "VERB":
                break
            ref = ctx.ref_at(t)
            if ref is not None and ref.kind == "state" and ref.actor and ref.actor != host:
                if ref.actor not in actors:
                    actors.append(ref.actor)
                continue
            category = noun_category(t) or (ref.id if ref is not None and ref.is_category else None)
            if category in HOSTED:
                forces = forces or (t, category)
            elif forces is not None and t.lower_ not in ("of", "and", ",", "the", "from"):
                break   # (the states of "bases of the United States and France" come after)
        if forces is None:
            continue
        out += [make_claim(ctx, "deployment", forces[0], "done", forces[1], confidence=0.4, actor=a, host=host)
                for a in actors]
    return out
