"""Ships and what they carry, for :mod:`.deployment`: a navy's ships moored, docked or
berthed at a foreign port ("Two Chinese navy corvettes have been moored at Cambodia's Ream
Naval Base"), not new hulls delivered; and the named weapons a deployed platform carries
("the frigate Admiral Gorshkov, which carries Zircon missiles, docked in Durban")."""
from __future__ import annotations

from . import patterns
from .context import Context
from .located import personnel
from .roles import family_category
from .triggers import lexicon
from .typeroles import make_claim, noun_category, owners_of, places_of

NAVY_WORDS = {"navy", "naval", "navies", "fleet", "warship", "warships"}


def noun_phrase(obj) -> list:
    """The tokens of the phrase ``obj`` heads and the three before it in its sentence (the
    parser may split "a Turkish navy frigate" into two subjects)."""
    first = max(obj.sent.start, min(obj.left_edge.i, obj.i - 3))
    return list(obj.doc[first:obj.i]) + list(obj.subtree)


def navy_ships(obj, weapon, ctx: Context | None = None) -> bool:
    """Ships of a navy ("Chinese navy corvettes", "two Russian warships", "two Chinese
    corvettes": a state's own), not hulls being delivered ("the German-built frigates")."""
    named = weapon[1] is not None and not weapon[1].is_category
    if not named and weapon[0] != "category:ships":
        return False
    if any(t.lower_ in NAVY_WORDS for t in noun_phrase(obj)):
        return True
    if ctx is None or named:
        return False
    for child in (c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")):
        ref = ctx.ref_at(child)
        if ref is not None and ref.kind == "state" and ref.actor and not any(
                t.lemma_.lower() in MAKING for t in ctx.doc[ref.start:ref.end]):
            return True
    return False


CRAFT_CATEGORIES = {"category:aircraft", "category:helicopters", "category:uav", "category:ships"}


def staying_craft(ctx: Context, verb, obj, weapon) -> bool:
    """"Turkish F-16s that flew in for drills remained at Ganja airbase", "Russian bombers
    will stay in Venezuela": a state's own aircraft or ships that stay abroad are deployed
    there (craft delivered do not "remain there"); the owner is a state word before the
    craft that no maker word marks ("the Russian-built jets" stay their buyer's)."""
    return verb.lemma_.lower() in STAYING and own_craft(ctx, obj, weapon)


def own_craft(ctx: Context, obj, weapon) -> bool:
    """Whether ``obj`` (one of ``weapon``) is a state's own aircraft or ship: a state word
    before it that no maker or delivery word marks ("Turkish F-16s", not "the
    Russian-built jets" or "Poland's first F-35s")."""
    system, ref, _ = weapon
    if (system if system.startswith("category:") else family_category(system)) not in CRAFT_CATEGORIES:
        return False
    words = [t for t in noun_phrase(obj) if t.i <= obj.i]
    if _goods_words(words):
        return False
    return any(ctx.ref_at(t) is not None and ctx.ref_at(t).kind == "state" and ctx.ref_at(t).actor and
               t.dep_ in ("amod", "compound", "nmod", "poss") for t in words)


# words that make a navy's ships sent abroad hulls handed over ("two decommissioned navy frigates")
HANDED = {"decommissioned", "surplus", "used", "second-hand", "secondhand", "former", "retired", "refurbished"}
SENDING = {"send", "dispatch"}


def navy_sent(verb) -> bool:
    """"Russia sent two warships to Cuba", "Britain dispatched a Royal Navy destroyer to
    Bahrain": a navy's ships (and bombers, and craft "dispatched") sent abroad go as the
    sender's own (a deployment), not as goods handed over, unless the phrase marks them as
    hulls delivered or sold."""
    if verb.lemma_.lower() not in SENDING or verb.pos_ != "VERB":
        return False
    if any(t.lemma_.lower() in SALE_WORDS for t in verb.sent):
        return False       # "dispatched drones to Somalia under a sales contract"
    objects = patterns.with_conjuncts(patterns.slot_fillers(verb, "subjpass" if patterns.is_passive(verb) else "dobj"))
    for obj in objects:
        words = [t for t in obj.subtree if t.i <= obj.i]
        # ("a group of warships": the words of what the group is made of)
        words += [t for inner in patterns.prep_objects(obj, {"of"}) for t in inner.subtree if t.i <= inner.i]
        if _goods_words(words, HANDED):
            continue
        if {w for t in words for w in (t.lower_, t.lemma_.lower())} & NAVY_WORDS or obj.lemma_.lower() in BOMBERS or \
                verb.lemma_.lower() == "dispatch" and noun_category(obj) in CRAFT_CATEGORIES:
            # ("dispatched Rafale jets to the UAE", "sent two Tu-160 bombers to Venezuela":
            # a state's own combat craft on a mission; bombers are not sold)
            return True
    return False


def _goods_words(words, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the words before a craft mark it as goods: made, delivered (or ``also``:
    handed over, used) or "-built" / "-made"."""
    lowered = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    return bool(lowered & (MAKING | DELIVERED | also)) or any("-built" in w or "-made" in w for w in lowered)


BOMBERS = {"bomber", "warplane"}
SALE_WORDS = {"sale", "sell", "contract", "deal", "purchase", "buy", "order", "export", "delivery", "deliver"}


MAKING = {"build", "make", "design", "produce", "supply", "manufacture", "built", "made", "designed"}
# verbs of a navy's ships coming into a foreign port or sea ("two Russian warships arrived in Havana")
ARRIVING = {"arrive", "reach", "enter", "return", "remain", "stay"}
STAYING = {"remain", "stay"}
# words that make arriving ships new hulls delivered ("the first new frigate arrived in Egypt")
DELIVERED = {"new", "first", "second", "third", "last", "newly", "ordered", "purchased", "bought"}


def visiting(verb) -> bool:
    """A navy's ships (a navy word in the subject: "navy", "warships", "fleet") arriving
    with no sign of a delivery: they come as the navy's, not as goods handed over."""
    if verb.lemma_.lower() not in ARRIVING:
        return False
    if verb.lemma_.lower() in STAYING:
        return True          # ships delivered do not "remain there" (the ships test is navy_ships)
    for subject in patterns.subjects(verb):
        words = {t.lower_ for t in noun_phrase(subject)} | {t.lemma_.lower() for t in noun_phrase(subject)}
        if words & NAVY_WORDS and not words & (MAKING | DELIVERED) and not any(
                "-built" in w or "-made" in w for w in words):
            return True
    return False


CARRYING = {"carry", "arm", "equip", "fire", "launch"}


def carried(ctx: Context, found) -> list[tuple]:
    """"The Russian Navy frigate Admiral Gorshkov, which carries Zircon missiles, docked in
    Durban": the named weapons a deployed platform carries are deployed with it."""
    out = []
    for claim, obj in list(found):
        for clause in (c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CARRYING
                       and (c.head.i == obj.i or c.head.dep_ in ("appos", "compound") and c.head.head.i == obj.i
                            or c.head.head.dep_ == "appos")):
            heads = patterns.slot_fillers(clause, "dobj") + patterns.prep_objects(clause, {"with"})
            for head in heads:
                for token in head.subtree:
                    ref = ctx.ref_at(token)
                    if ref is not None and ref.kind == "system" and not ref.is_category and token.i == ref.start \
                            and ref.id != claim.system:
                        carried = make_claim(ctx, "deployment", clause, claim.status, ref, confidence=0.45,
                                             actor=claim.actor, host=claim.host)
                        out.append((carried, head))
    return out


# craft that carry forces, and the verbs by which they carry them ("a Russian cargo plane
# landed in Niamey carrying military instructors")
TRANSPORTS = {"category:aircraft", "category:ships", "category:helicopters"}
CRAFT = {lemma for (lemma, _pos), t in lexicon("deployment").items() if t.frame == "craft"}
BEARING = {"carry", "bring", "transport", "ferry", "deliver"}


def transported(ctx: Context, verb, statuses) -> list[tuple]:
    """Forces a craft carries where it arrives: "a Russian cargo plane landed in Niamey
    carrying military instructors" deploys the instructors (the craft's state's, unless
    they are named as another's) in Niger. Weapons carried are left to the transfer and
    deployment frames that name their owner."""
    out = []
    for craft in patterns.subjects(verb):
        if noun_category(craft) not in TRANSPORTS and craft.lemma_.lower() not in CRAFT:
            continue
        clauses = [c for c in list(verb.children) + list(craft.children)
                   if c.dep_ in ("acl", "advcl", "xcomp", "conj") and c.lemma_.lower() in BEARING and c.tag_ == "VBG"]
        for clause in clauses:
            for head in patterns.with_conjuncts(patterns.slot_fillers(clause, "dobj")):
                if noun_category(head) != "category:troops" and not personnel(head):
                    continue
                actors = owners_of(ctx, head) or owners_of(ctx, craft)
                hosts = places_of(ctx, verb, {"in", "at", "to", "into", "on"}, exclude=tuple(actors))
                for status in statuses[:1]:
                    out += [(make_claim(ctx, "deployment", verb, status, "category:troops", confidence=0.45,
                                        actor=actor, host=host), head)
                            for actor in actors for host in hosts if host != actor]
    return out
