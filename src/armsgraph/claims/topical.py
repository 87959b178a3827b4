"""The weapon a text is about, for transfer references that point far back.

An encyclopaedia entry or a feature on one weapon names it in its title and again and
again, then tells its sales in short sentences that name it no more ("Export sales have
gone to Asia. Vietnam signed for 24 aircraft in 2009, and the last of them arrived in
2012. Malaysia took its first eight in 2007"). Between the two an aside may name another
weapon once ("the Chinese side copied the design as the J-16"), which the nearest-first
reading of :func:`.roles.system_antecedents` would take.

- ``topic``: the family the title names that the text has named most so far (at least
  twice with the title, more than any other of the kind);
- ``antecedents``: :func:`.roles.system_antecedents`, with the topic instead of a weapon
  only an aside named (never traded, named fewer times, not in this sentence or the one
  before), and for a counted reference ("its first eight") that finds none near;
- ``counted_topic``: a plain counted noun ("24 aircraft") far from any named weapon
  counts the topic; ``told``: a weapon traded before or the topic (what a count "taken"
  is received of, :func:`.senses.taken_batch`).
"""
from __future__ import annotations

from . import parties, roles
from .context import Context, Ref

MIN_MENTIONS = 2


def _counts(ctx: Context, token) -> tuple[dict[str, int], dict[str, Ref]]:
    """Mentions of each named family up to ``token`` (the title's count as one), and
    the latest of each, of a kind the weapon noun ``token`` may stand for."""
    category = ctx.ref_at(token)
    counts: dict[str, int] = {f: 1 for f in roles.title_systems(ctx)}   # (the title is a mention too)
    latest: dict[str, Ref] = {}
    for ref in ctx.refs:
        if ref.start >= token.i:
            break
        if ref.kind == "system" and not ref.is_category:
            counts[ref.id] = counts.get(ref.id, 0) + 1
            latest[ref.id] = ref
    if category is not None and category.is_category and token.lower_ not in roles.COUNTED_UNITS:
        counts = {f: n for f, n in counts.items() if roles.describes(token, category.id, f)}
    return {f: n for f, n in counts.items() if f in latest}, latest


def topic(ctx: Context, token) -> Ref | None:
    """The latest mention of the family the text is about, up to ``token``: one the title
    names, named most (at least twice, title included) and more than any other family of a
    kind the weapon noun ``token`` may stand for; None when no family stands out."""
    if token.lower_ in roles.COUNTED_UNITS:
        return None   # ("three batteries": units of any kind)
    counts, latest = _counts(ctx, token)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < MIN_MENTIONS or ranked[1:2] == ranked[:1]:
        return None
    family = max(counts, key=counts.get)
    return latest[family] if family in roles.title_systems(ctx) else None


def _traded(ctx: Context, family: str, before: int) -> bool:
    return any(e[3] == family and e[0] < before for e in ctx.__dict__.get("transfer_parties", []))


def told(ctx: Context, ref: Ref, token) -> bool:
    """Whether the weapon ``ref`` was traded before ``token`` or is the one the text is about
    (a count taken of it is a receipt, not of a weapon an aside named)."""
    main = topic(ctx, token)
    return _traded(ctx, ref.id, token.i) or main is not None and main.id == ref.id


def _counted(token) -> bool:
    """"its first eight", "the last of them", "ten more": a count or part of the weapon."""
    return roles.bare_count(token) or roles.is_reference(token) and token.lower_ not in roles.SYSTEM_PRONOUNS or \
        token.dep_ == "pobj" and token.head.lower_ == "of" and \
        token.head.head.lower_ in roles.ORDINAL_WORDS | roles.REMAINDER_WORDS


PLURAL_PRONOUNS = {"they", "them", "these", "those"}
LIST_WORDS = {",", "and", "or"}


def _last_pair(ctx: Context, token) -> list[Ref]:
    """"the AIM-9 and AMRAAM question is still open. Argentina has asked for them": the named
    weapons listed together last before a plural pronoun, in its sentence or the one before
    (at least two, joined by nothing but "and", "or" and commas)."""
    here = ctx.sentence_number(token)
    named = [r for r in ctx.refs_in(ctx.sentences[max(0, here - 1)].start, token.i)
             if r.kind == "system" and not r.is_category]
    group = named[-1:]
    for ref in reversed(named[:-1]):
        if ref.id == group[0].id or \
                any(t.lower_ not in LIST_WORDS for t in ctx.doc[ref.end:group[0].start]):
            break
        group.insert(0, ref)
    return group if len(group) > 1 else []


def antecedents(ctx: Context, token, window: int = 3, counted: bool = False) -> list[Ref]:
    """:func:`.roles.system_antecedents`, with the named weapons listed together just
    before a plural pronoun, the text's topic for a weapon an aside named, and for a count
    of the weapon (``counted``: "24 aircraft") that finds none."""
    if token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
        pair = _last_pair(ctx, token)
        if pair:
            return pair
    found = roles.system_antecedents(ctx, token, window)
    main = topic(ctx, token)
    if main is None:
        return found
    if not found:
        return [main] if counted or _counted(token) else found
    if len(found) > 1 or found[0].id == main.id or found[0].is_category or _traded(ctx, found[0].id, token.i) or \
            ctx.sentence_number(ctx.doc[found[0].start]) >= ctx.sentence_number(token) - 1:
        return found   # (a weapon traded before, or named in this sentence or the one before)
    counts, _ = _counts(ctx, token)
    return [main] if counts.get(found[0].id, 0) < counts[main.id] else found


def counted_topic(ctx: Context, ref: Ref, head) -> bool:
    """"Vietnam signed for 24 aircraft in 2009" in a text about one fighter: a plain
    counted noun (no article, no name) with no weapon named in its sentence or the one
    before counts the weapon the text is about."""
    if not any(c.dep_ == "nummod" and c.like_num for c in head.children) or any(
            c.dep_ in ("det", "poss", "compound", "nmod", "acl", "relcl", "conj", "appos") or
            c.dep_ == "amod" and not c.text.islower() or c.dep_ == "prep" and not roles.dated(c)
            for c in head.children) or head.dep_ == "conj":
        return False   # ("12 planes and four patrol boats produced by Spain": goods of their own)
    if parties.origin_of(ctx, ref, explicit_only=True) is not None:
        return False   # ("24 French aircraft")
    here = ctx.sentence_number(head)
    start = ctx.sentences[max(0, here - 1)].start
    if any(r.is_system and not r.is_category for r in ctx.refs_in(start, head.i)):
        return False   # (:func:`.recall._counted_after_name` reads those)
    return topic(ctx, head) is not None
