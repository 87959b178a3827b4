"""More sides of a cooperation noun or verb (the ``collaborate`` frame of
:mod:`.cooperation`):

- a partner by the copula: "Norway is a partner in the F-35 programme" (Norway);
- the makers of the programme's named system: "a partner in the F-35 programme" works with
  the United States, which makes it;
- the owner of what one side works on: "Chinese engineers are working on Pakistan's
  submarines" (Pakistan).
"""
from __future__ import annotations

from .garrisons import subject_actors_of
from .makers import named_below
from .typeroles import origins_of, owners_of

PROGRAMME_HEADS = {"programme", "program", "project", "consortium", "effort", "initiative"}


def copula_side(ctx, noun) -> list[str]:
    """The subject a noun is predicated of ("Norway is a partner ...")."""
    if noun.pos_ == "NOUN" and noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return subject_actors_of(ctx, noun.head)
    return []


def programme_makers(ctx, heads, partners) -> list[str]:
    """The states that make the named system of a programme noun among ``heads``."""
    for head in heads:
        if head.lemma_.lower() not in PROGRAMME_HEADS:
            continue
        for system in [w for w in named_below(ctx, [head]) if w[1] is not None][:1]:
            return [o for o in origins_of(system[1]) if o not in partners]
    return []


def worked_for(ctx, heads, partners) -> list[str]:
    """Owners of what a lone side works on, that side excluded."""
    return [a for h in heads for a in owners_of(ctx, h, tuple(partners)) if a not in partners]
