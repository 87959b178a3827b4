"""Weapons a conjoined subject owns, for :mod:`.typeroles`: "Norway and Denmark deployed
their frigates to Estonia" (the frigates are each state's, and neither is the host)."""
from __future__ import annotations

from . import patterns, roles


def joint_subjects(ctx, pronoun, exclude=()) -> list[str]:
    """The states of a conjoined subject of the clause a plural pronoun ("their") is in:
    "the US and Britain will rotate their boats through Stirling" (both own the boats);
    else []."""
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = patterns.with_conjuncts(patterns.subjects(verb)) if verb is not None else []
    found = [a for s in subjects for a in roles.actors_of(ctx, s, exclude)] if len(subjects) > 1 else []
    return list(dict.fromkeys(found)) if len(set(found)) > 1 else []
