"""Receivers a transfer's own clause leaves unnamed, found in the sentence or the
deals told before: the buyer of the very weapon ("ordered 14 F-16s ... The remaining
aircraft are due in 2025"), or the one state that reports or flies it ("Kyiv said a NASAMS
battery supplied by Norway had shot one down"). :mod:`.transfer` asks these before the
nearest parties of the sentences around (:mod:`.memory`)."""
from __future__ import annotations

from . import roles
from .context import Context
from .memory import recent_entries
from .status import REPORTING_VERBS
from .triggers import trigger_of


def family_recipients(ctx: Context, token, family: str, suppliers: list[str]) -> list[str]:
    """The recipient of the latest transfer of this very weapon three sentences back:
    "ordered 14 F-16s ... its MiG-29s, which it gave to Ukraine. The remaining aircraft
    are due in 2025" -> the buyer of the F-16s, not of the MiG-29s."""
    for i, supplier, recipient, system in recent_entries(ctx, token):
        if system == family and recipient != "UNK" and recipient not in suppliers:
            return [recipient]
    return []


def sentence_subject(ctx: Context, token, exclude) -> list[str]:
    """The one state the sentence makes the subject of a verb, other than ``exclude``:
    "Ukraine said a Patriot battery supplied by the United States had shot one down", "the
    Afghans were flying 80 of the type, including aircraft bought from other sources"."""
    found: list[str] = []
    for t in ctx.sentence_of(token):
        verb = t.head
        if t.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and t.i != token.i and token in verb.subtree and (
                verb.lemma_.lower() in REPORTING_VERBS and any(
                    c.dep_ in ("ccomp", "parataxis") and token in c.subtree for c in verb.children) or
                getattr(trigger_of(verb, "transfer"), "frame", None) == "use"):
            # (the state that says it, or that flies the weapon the clause speaks of)
            ref = ctx.ref_at(t)
            if (ref is None or ref.kind != "state" and ref.role != "metonym") and \
                    t.lemma_.lower() not in roles.SEAT_NOUNS:   # ("officials in Hanoi said")
                continue
            found += [a for a in roles.actors_of(ctx, t) if a not in exclude and a not in found]
    return found if len(found) == 1 else []
