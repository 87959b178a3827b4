"""A missile's own flight as its maker's test, for :mod:`.testing`: "The Burevestnik
cruise missile completed a 15-hour flight", "the Sarmat made its maiden flight from
Plesetsk", "the Bulava has failed half of its flights", "the Hwasong-19 flew for 86
minutes". The missile is the subject of "fly", or of a verb whose object is a "flight"
(its own, "its flights"); the test is its maker's. A sentence with an attack word of
``data/test_launch.tsv`` ("the missile flew into a residential block") has none.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .typeroles import make_claim, origin_of, sentences, statuses_of

FLIGHT_NOUNS = {"flight", "flights"}
MISSILES = {"category:missiles", "category:ballistic-missiles", "category:cruise-missiles"}


def find_flights(ctx: Context, claimed: set, attack: set[str]) -> list:
    """Test claims of missiles that fly in sentences no other reading claimed."""
    out = []
    for _, sent in sentences(ctx):
        if sent.start_char in claimed:
            continue
        if any(t.lemma_.lower() in attack or t.lower_ in attack for t in sent):
            continue
        for token in sent:
            verb = _flying_verb(token)
            if verb is None:
                continue
            for subject in patterns.subjects(verb):
                ref = _missile(ctx, subject)
                actor = origin_of(ref, ctx) if ref is not None else None
                if not actor:
                    continue
                status = statuses_of(verb, "done", "supplier") or ["done"]
                if status[0] in ("refused", "negotiating", "proposed"):
                    continue
                out.append(make_claim(ctx, "test", token, status[0], ref, confidence=0.3, actor=actor, host=None))
                break
    return out


def _flying_verb(token):
    """The verb of a missile's flight: "flew" itself, or the verb a "flight" noun is the
    object of ("completed a flight", "made its maiden flight", "failed half of its
    flights")."""
    if token.pos_ == "VERB" and token.lemma_.lower() == "fly" and \
            not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) and \
            not any(c.dep_ == "prep" and c.lower_ in ("to", "into", "onto") for c in token.children):
        return token          # ("flew a launcher to Luzon", "flew into a building": no test)
    if token.pos_ != "NOUN" or token.lower_ not in FLIGHT_NOUNS:
        return None
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
        node = node.head.head          # "half of its flights"
    if node.dep_ == "dobj" and node.head.pos_ == "VERB":
        return node.head
    return None


def _missile(ctx: Context, subject):
    """The named missile a subject phrase is ("The Burevestnik cruise missile", "the
    Hwasong-19")."""
    for ref in ctx.refs_in(subject.left_edge.i, subject.right_edge.i + 1):
        if ref.is_system and not ref.is_category and roles.family_category(ref.id) in MISSILES:
            return ref
    return None
