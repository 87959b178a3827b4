"""What a cooperation claim reads around its trigger: the system named elsewhere in the
phrase or sentence, the deal that governs a joint verb, the parties of the clause that
governs a noun, and a phrase's own category. Used by :mod:`.cooperation`."""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .garrisons import subject_actors_of
from .typeroles import noun_category, origins_of

DEAL_NOUNS = {"deal", "agreement", "accord", "contract", "memorandum", "talks", "negotiations",
              "plan", "arrangement", "pact", "treaty", "mou", "memorandums", "memoranda", "discussions"}


def deal_partners(verb) -> list:
    """The "with" side of a deal that governs a joint verb: "discussing a deal with New
    Delhi to co-produce ...", "signed an agreement with Kyiv to jointly build ..."."""
    out = []
    node = verb
    for _ in range(2):
        if node.head.i == node.i:
            break
        node = node.head
        nouns = [node] if node.pos_ == "NOUN" else [c for c in node.children if c.dep_ == "dobj"] + \
            patterns.prep_objects(node, {"in"})       # "is in talks with Bucharest to build ..."
        for noun in nouns:
            if noun.lemma_.lower() in DEAL_NOUNS or noun.lower_ in DEAL_NOUNS:     # ("talks": lemma "talk")
                out += patterns.prep_objects(noun, {"with"}) or [
                    # "a memorandum of understanding with Poland's WB Group to ...": on its "of" name
                    o for n in patterns.prep_objects(noun, {"of"}) for o in patterns.prep_objects(n, {"with"})]
        if out:
            break
    return out


def named_in_sentence(ctx: Context, token, systems) -> list[tuple]:
    """"announced that they would develop a single next-generation fighter together,
    sceptics gave the Global Combat Air Programme little chance": the one system of the
    category made that the sentence names elsewhere."""
    categories = {w[0] for w in systems if w[0].startswith("category:") and (w[1] is None or w[1].is_category)}
    if not categories or len(systems) != 1:
        return []
    sent = ctx.sentence_of(token)
    found: dict[str, tuple] = {}
    for ref in ctx.refs_in(sent.start, sent.end):
        if ref.kind == "system" and not ref.is_category and roles.family_category(ref.id) in categories:
            found.setdefault(ref.id, (ref.id, ref, ctx.doc[ref.start]))
    return list(found.values()) if len(found) == 1 else []


def named_below(ctx: Context, heads) -> list[tuple]:
    """Named systems anywhere under the object ("systems with Ukraine, such as Skif and
    Karakal", where the parser hangs the list on the partner)."""
    found = []
    for head in heads:
        for token in head.subtree:
            ref = ctx.ref_at(token)
            if ref is not None and ref.is_system and not ref.is_category and \
                    ref.id not in [f[0] for f in found]:
                found.append((ref.id, ref, token))
    return found


def governing_parties(ctx: Context, token) -> list[str]:
    """Subjects and objects of the clause that governs a noun ("Russia has rejected
    proposals for joint production", "Lukashenka praised China for her assistance")."""
    node = token
    proposers: list[str] = []
    for _ in range(4):
        if node.head.i == node.i:
            # "Talks between Seoul and Warsaw on co-production of ... stalled": a headline
            # or a noun-led clause, the sides the deal noun names
            return list(dict.fromkeys(proposers)) if len(set(proposers)) >= 2 else []
        node = node.head
        if node.pos_ == "NOUN":      # "rejected proposals from Belarus for joint production"
            preps = {"from", "by", "with", "between"} if node.lemma_.lower() in DEAL_NOUNS or \
                node.lower_ in DEAL_NOUNS else {"from", "by"}   # "in talks with Seoul on the joint production of ..."
            proposers += [a for o in patterns.prep_objects(node, preps) for a in roles.actors_of(ctx, o)]
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":   # (not "including" read as a verb)
            found = subject_actors_of(ctx, node)
            for obj in patterns.slot_fillers(node, "dobj"):
                found.extend(a for a in roles.actors_of(ctx, obj) if a not in found)
            found.extend(a for a in proposers if a not in found)
            return found
    return []


def own_category(ctx: Context, head) -> str | None:
    ref = ctx.ref_at(head)
    if ref is not None and ref.is_category:
        return ref.id
    return noun_category(head)


def subject_parties(ctx: Context, verb) -> list[str]:
    """States named anywhere in the subject phrase of the verb (or of the clause that
    governs it)."""
    node = verb
    for _ in range(4):      # "India and France are in talks to jointly develop ..."
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            found = [r.actor for subject in subjects for r in ctx.refs_in(subject.left_edge.i, subject.right_edge.i + 1)
                     if r.actor and r.kind in ("state", "organisation")]
            return list(dict.fromkeys(found))
        if node.head.i == node.i:
            break
        node = node.head
    return []


PROGRAMME_WORDS = {"programme", "program", "project"}


def programme_system(ctx: Context, heads, partners=()) -> list[tuple]:
    """"work with Colombian industry on parts of the programme": the named system the
    sentences just before are about (a definite programme noun under the phrase), one a
    partner makes first ("Saab" -> the Gripen, not the Kfir it replaces)."""
    for head in heads:
        for token in head.subtree:
            if token.lemma_.lower() not in PROGRAMME_WORDS or not any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their") for c in token.children):
                continue
            here = ctx.sentence_number(token)
            first = ctx.sentences[max(0, here - 3)].start
            named = [r for r in reversed(ctx.refs)
                     if first <= r.start < token.i and r.kind == "system" and not r.is_category]
            made = [r for r in named if set(origins_of(r)) & set(partners)]
            for ref in (made or named)[:1]:
                return [(ref.id, ref, token)]
    return []


ARMS_WORDS = {"military", "defence", "defense", "arms", "weapon", "weapons", "munitions",
              "ammunition", "armaments", "armament", "war"}


def armed(ctx: Context, facility) -> bool:
    """A production facility that makes arms: "a drone factory", "a plant for shells",
    "military production lines", "a joint venture to build rocket launchers"."""
    for token in facility.subtree:
        if token.i == facility.i:
            continue
        ref = ctx.ref_at(token)
        if ref is not None and ref.is_system and ref.id != "category:production" or \
                token.lower_ in ARMS_WORDS:
            return True
    return False
