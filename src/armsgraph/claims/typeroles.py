"""Syntax helpers shared by the deployment, exercise, cooperation and test claim types.

They sit on top of the framework (:mod:`.patterns`, :mod:`.roles`, :mod:`.status`) and add
what these types need beyond transfers:

- ``weapons_of(ctx, head)``: what a noun phrase names as deployed / tested / co-produced:
  named systems in the phrase ("four batteries of S-300", "troops armed with Patriot
  missiles", "systems such as Skif and Karakal"), else its category ("fighter jets"),
  else the force noun of ``data/forces.tsv`` ("troops" -> category:troops, "air base" ->
  category:airbase, "production line" -> category:production);
- ``owners_of(ctx, head)``: the parties a phrase belongs to ("Russian troops", "its
  Iskanders", "the Armed Forces of Russia and Belarus", "soldiers from NATO states");
- ``places_of(ctx, token, preps)``: the states of the prepositional objects ("in Belarus",
  "to the Baltic states", "on its territory", "in Babruysk");
- ``statuses_of(trigger, base, side)``: the GUIDELINES statuses (one fact may carry two:
  "rejected proposals for" -> refused and proposed), with the type cues of
  ``data/type_cues.tsv`` checked before the shared ones.
"""
from __future__ import annotations

from functools import lru_cache

from . import parties, patterns, roles, status as status_mod
from .context import Context, Ref
from .triggers import cues, data_lines
from .armed import joint_subjects

NP_MODIFIERS = ("compound", "amod", "nmod", "appos", "poss")
# prepositions inside a noun phrase that still name what it holds
INNER_PREPS = {"of", "with", "including", "like", "as", "such", "for", "incl"}
HOST_PREPS = {"in", "into", "to", "on", "at", "inside", "within", "across", "throughout", "near",
              "onto", "towards", "toward"}
# "on the Ukrainian border": next to a state, not in it
NOT_PLACES = {"border", "borders", "frontier", "frontiers", "boundary", "flank", "doorstep",
              "side", "direction", "way", "level", "part", "basis"}
PART_CATEGORIES = {"category:components", "category:electronics"}
GENERIC_CATEGORIES = {"category:materiel", "category:technology", "category:components"}
# what a unit noun ("detachment", "squadron", "flotilla") may be made of: the unit is its craft
UNIT_CONTENTS = {"category:ships", "category:aircraft", "category:helicopters", "category:uav"}
ACTOR_KINDS = ("state", "organisation", "person", "place")
REFUSALS = {"refused"}


@lru_cache(maxsize=1)
def forces() -> dict[str, str]:
    """Force / facility / generic weapon nouns -> category (data/forces.tsv)."""
    return {row[0].lower(): row[1] for row in data_lines("forces.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def missions() -> set[str]:
    """Nouns of a multinational mission placed in a state (data/deploy_missions.tsv)."""
    return {row[0].lower() for row in data_lines("deploy_missions.tsv")}


@lru_cache(maxsize=1)
def type_cues() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in data_lines("type_cues.tsv") if len(row) >= 2}


def noun_category(token) -> str | None:
    """Category of a force or facility noun, two-word phrases first ("air base")."""
    return phrase_category(token) or forces().get(token.lower_) or forces().get(token.lemma_.lower())


def phrase_category(token) -> str | None:
    """Category of a two-word force phrase ending in ``token`` ("nuclear weapons")."""
    table = forces()
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i < token.i:
            for left in (child.lower_, child.lemma_.lower()):
                for right in (token.lower_, token.lemma_.lower()):
                    found = table.get(f"{left} {right}") or table.get(f"{left}-{right}")
                    if found:
                        return found
    return None


def _inner(token, depth: int = 0):
    """Tokens of the core of the noun phrase headed by ``token`` (no clauses, except
    "armed / equipped with")."""
    yield token
    if depth > 4:
        return
    for child in token.children:
        if child.dep_ in NP_MODIFIERS or child.dep_ in ("nummod", "quantmod", "det"):
            yield from _inner(child, depth + 1)
        elif child.dep_ == "conj" and token.dep_ in ("nmod", "compound") and depth > 0:
            yield from _inner(child, depth + 1)     # "S-400 and Pantsir systems"
        elif child.dep_ == "prep" and child.lower_ in INNER_PREPS:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp", "amod") or obj.lower_ == "as":
                    yield from _inner(obj, depth + 1)
                    for conj in obj.conjuncts:
                        yield from _inner(conj, depth + 1)
            if child.lower_ == "such":
                for grand in child.children:
                    yield from _inner(grand, depth + 1)
        elif child.dep_ in ("acl", "amod") and child.lemma_ in ("arm", "equip"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    for obj in prep.children:
                        yield from _inner(obj, depth + 1)
                        for conj in obj.conjuncts:
                            yield from _inner(conj, depth + 1)


def weapons_of(ctx: Context, head, allow_generic: bool = True) -> list[tuple[str, Ref | None, object]]:
    """``(system id, Ref or None, token)`` for what the phrase headed by ``head`` names
    (conjuncts included): named systems first, else a category, else a force noun."""
    out: list[tuple[str, Ref | None, object]] = []
    for conjunct in patterns.with_conjuncts([head]):
        named, categories = [], []
        seen: set[int] = set()
        for token in _inner(conjunct):
            if token.i in seen:
                continue
            seen.add(token.i)
            ref = ctx.ref_at(token)
            if ref is not None and ref.is_system:
                (categories if ref.is_category else named).append((ref.id, ref, token))
        if named:
            picks = named
        elif allow_generic and phrase_category(conjunct):
            picks = [(phrase_category(conjunct), None, conjunct)]
        elif categories:
            picks = [c for c in categories if ctx.ref_at(conjunct) is c[1]] or categories[:1]
            craft = [c for c in categories if c[0] in UNIT_CONTENTS]
            if picks[0][0] == "category:troops" and craft and ctx.ref_at(conjunct) is picks[0][1]:
                picks = craft[:1]     # "a detachment of warships", "a squadron of fighter jets": the craft
            specific = [c for c in categories if c[0] not in GENERIC_CATEGORIES]
            if picks[0][0] in GENERIC_CATEGORIES and specific and not (
                    picks[0][0] in PART_CATEGORIES and ctx.ref_at(conjunct) is picks[0][1]):
                # "missile weapons" -> missiles; but "a fighter jet engine" is an engine
                picks = specific[:1]
        else:
            category = noun_category(conjunct) if allow_generic else None
            if category is None and conjunct.dep_ == "compound":
                category = None
            picks = [(category, None, conjunct)] if category else []
        for pick in picks:
            if pick[0] not in [o[0] for o in out]:
                out.append(pick)
    return out


def owners_of(ctx: Context, head, exclude: tuple[str, ...] = ()) -> list[str]:
    """Parties a noun phrase belongs to: actor modifiers ("Russian", "US", "its"),
    "of X" / "from X" complements, for the head and its conjuncts."""
    found: list[str] = []
    for conjunct in patterns.with_conjuncts([head]):
        for actor in _owners(ctx, conjunct, exclude):
            if actor not in found:
                found.append(actor)
    return found


def _owners(ctx: Context, token, exclude, depth: int = 0) -> list[str]:
    out: list[str] = []
    nodes = [token]
    node = token
    while node.dep_ in ("compound", "nmod", "amod") and node.head.i != node.i and len(nodes) < 3:
        node = node.head          # "Iskander" in "Russian Iskander missiles" -> missiles
        nodes.append(node)
    for node in nodes:
        for child in node.children:
            if child.i in (t.i for t in nodes):
                continue
            ref = ctx.ref_at(child)
            if ref is not None and (ref.is_system or ref.kind == "place"):
                continue          # a place is where the phrase is, not whose it is
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                if _negative_prefix(child):                          # "non-Russian technology"
                    continue
                if _maker_phrase(child) and any(ctx.ref_at(n) is not None and ctx.ref_at(n).is_system and
                                                not ctx.ref_at(n).is_category
                                                for m in nodes for n in (m, *m.children) if n.dep_ != "amod"):
                    continue          # "Russian-made S-300s": the maker of a named weapon, not its owner
                if any(g.dep_ == "neg" for g in child.children):   # "not Russian but Chinese"
                    for conj in child.conjuncts:
                        out.extend(a for a in modifier_actors(ctx, conj) if a not in out)
                    continue
                actors = roles.actors_of(ctx, child, exclude) if (ref is not None and ref.actor) or \
                    child.pos_ == "PRON" or child.lower_ in roles.ACTOR_PRONOUNS else \
                    modifier_actors(ctx, child)
                if child.lower_ == "their":     # "the US and Britain will rotate their boats": both
                    actors = joint_subjects(ctx, child, exclude) or actors
                out.extend(a for a in actors if a not in out and a not in exclude)
            elif child.dep_ == "prep" and child.lower_ in ("of", "from") and depth == 0:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        obj_ref = ctx.ref_at(obj)
                        if (obj_ref is not None and obj_ref.is_system) or noun_category(obj):
                            # "a total of 800 British troops": the owners of the inner phrase;
                            # "subdivisions of the Armed Forces of Russia, Belarus and Armenia"
                            for conj in patterns.with_conjuncts([obj]):
                                inner = ctx.ref_at(conj)
                                if inner is not None and inner.actor and inner.kind != "place":
                                    found = [inner.actor]      # and the states listed after it
                                    for t in ctx.doc[inner.start:inner.end]:
                                        found += [a for c in t.conjuncts for a in roles.actors_of(ctx, c)]
                                else:
                                    found = _owners(ctx, conj, exclude, depth + 1)
                                out.extend(a for a in found if a not in out and a not in exclude)
                            continue
                        actors = roles.actors_of(ctx, obj, exclude)
                        out.extend(a for a in actors if a not in out)
    return out


def _negative_prefix(token) -> bool:
    doc = token.doc
    before = [doc[i].lower_ for i in range(max(0, token.i - 2), token.i)]
    return bool(before) and (before[-1] in ("non", "non-") or before == ["non", "-"])


def modifier_actors(ctx: Context, token, depth: int = 0) -> list[str]:
    """Actors a modifier names, with the modifiers stacked on it ("Serbian-Russian",
    "Armenian-U.S.", "Belarus-made")."""
    found: list[str] = []
    ref = ctx.ref_at(token)
    if ref is not None and ref.actor and ref.kind != "place":
        found.append(ref.actor)
    if depth > 2:
        return found
    for child in token.children:
        if child.dep_ in ("amod", "compound", "npadvmod", "nmod", "conj"):
            found.extend(a for a in modifier_actors(ctx, child, depth + 1) if a not in found)
    return found


@lru_cache(maxsize=1)
def regions() -> dict[str, list[str]]:
    """"baltic state" -> [EST, LVA, LTU] (data/regions.tsv)."""
    return {row[0].lower(): row[1].split() for row in data_lines("regions.tsv") if len(row) >= 2}


def region_members(token) -> list[str]:
    table = regions()
    if token.tag_ not in ("NNS", "NNPS") and token.lower_ not in table:
        return []
    for child in token.children:
        if child.dep_ in ("amod", "compound"):
            found = table.get(f"{child.lower_} {token.lemma_.lower()}")
            if found:
                return found
    return table.get(token.lower_, [])


PLACE_NOUNS = {"country", "state", "republic", "nation", "territory", "kingdom"}


def place_antecedent(ctx: Context, token) -> list[str]:
    """"in the (Baltic) country": the nearest state named earlier as a place ("in
    Lithuania"), in this sentence first, then up to three sentences back."""
    if token.lemma_.lower() not in PLACE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return []
    if any(ctx.ref_at(c) is not None and ctx.ref_at(c).actor for c in token.children):
        return []
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - 3)].start
    for ref in reversed(ctx.refs):
        if ref.start >= token.i or ref.start < first or not ref.actor:
            continue
        head = ctx.doc[ref.start:ref.end].root
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "to", "into", "at", "inside"):
            return [ref.actor]
    return []


def place_objects(token, preps) -> list:
    """Objects of the prepositions ``preps`` on ``token``, with coordinated objects and
    coordinated prepositions ("in Vladivostok ... and in east China's Shandong")."""
    out = []
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ == "off" and "off" in preps:
            # "held their drill off Trincomalee" read with "off" as a particle: its object,
            # or the verb's object right after it
            objects = [o for o in child.children if o.dep_ == "pobj"] or \
                [o for o in token.children if o.dep_ == "dobj" and o.left_edge.i == child.i + 1 and o.pos_ == "PROPN"]
            out.extend(o for o in objects if o not in out)
            continue
        if child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
            continue
        for prep in (child, *child.conjuncts):
            if prep.pos_ != "ADP":
                continue
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.extend(t for t in (obj, *obj.conjuncts) if t not in out)
    return out


def place_actors(ctx: Context, obj, exclude: tuple[str, ...] = ()) -> list[str]:
    """States a place phrase stands for: a region, "the country" after a place, a named
    place or state (also as a modifier: "its Kaliningrad exclave"), else pronouns."""
    found = region_members(obj) or place_antecedent(ctx, obj)
    if found:
        return found
    ref = ctx.ref_at(obj)
    if ref is not None and ref.actor:
        return [ref.actor]
    named = []
    for child in obj.children:
        inner = ctx.ref_at(child)
        if child.dep_ in ("compound", "amod", "nmod", "poss") and inner is not None and inner.actor \
                and child.pos_ != "PRON" and inner.actor not in named:
            named.append(inner.actor)
    if named:
        return named
    if obj.lemma_.lower() in PLACE_LIKE:        # "off the coast of Japan", "in the north of Syria"
        for inner in patterns.prep_objects(obj, {"of"}):
            found = [a for a in place_actors(ctx, inner, exclude) if a not in exclude]
            if found:
                return found
    if obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in PLACE_LIKE:
        return roles.actors_of(ctx, obj, exclude)
    return []       # "take part in the Spring Storm maneuvers": an event, not a place


PLACE_LIKE = PLACE_NOUNS | {"soil", "land", "area", "district", "province", "city", "town",
                            "village", "coast", "waters", "sea", "capital", "south", "north",
                            "east", "west", "part", "oblast", "county", "peninsula", "island",
                            "exclave", "enclave", "zone", "regions", "areas", "territories"}


def places_of(ctx: Context, token, preps=HOST_PREPS, exclude: tuple[str, ...] = ()) -> list[str]:
    """States of the objects of ``preps`` on ``token`` ("in Belarus", "to the Baltic
    states and Poland", "on its territory", "in Babruysk", "in the country")."""
    found: list[str] = []
    for obj in place_objects(token, set(preps)):
        if obj.lemma_.lower() in NOT_PLACES:
            continue
        ref = ctx.ref_at(obj)
        site = ref is not None and ref.id in ("category:military-facility", "category:airbase")
        unit = (ref is not None and ref.id == "category:troops" or obj.lemma_.lower() in missions()) and \
            obj.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "in" for c in obj.children)
        if ref is not None and ref.is_system and not site and not unit:
            continue
        site = site or unit   # ("serve in the NATO battlegroup / mission in Lithuania": its place)
        actors = [] if site else place_actors(ctx, obj, exclude)
        if not actors and (ref is None or site) and obj.pos_ == "NOUN":
            # "stationed at the base in Rukla, Lithuania": the place of the place
            for inner in place_objects(obj, {"in", "near", "off"}):   # ("in waters off Somalia")
                if inner.lemma_.lower() in NOT_PLACES:
                    continue   # "a base in Belarus near the Polish border"
                actors += [a for a in place_actors(ctx, inner, exclude) if a not in actors]
                actors += [a for c in inner.children if c.dep_ == "appos"
                           for a in place_actors(ctx, c, exclude) if a not in actors]
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children) and \
                not any(ctx.ref_at(c) is not None for c in obj.children):
            # "on its territory": the subject's own ("Warsaw is willing to deploy ... on its
            # territory", "Moscow deployed Iskanders into its exclave")
            actors = [a for a in subject_actors(ctx, token)] or actors
        for actor in actors:
            if actor not in found and actor not in exclude:
                found.append(actor)
    return found


def plural_antecedents(ctx: Context, pronoun) -> list[str]:
    """"They" / "them" after a sentence whose subject is a list of forces ("800 British
    troops and 300 French soldiers will be stationed ... They will take part ...")."""
    number = ctx.sentence_number(pronoun)
    if number == 0:
        return []
    previous = ctx.sentences[number - 1]
    root = previous.root
    found: list[str] = []
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for actor in owners_of(ctx, subject) or roles.actors_of(ctx, subject):
            if actor not in found:
                found.append(actor)
    return found if len(found) > 1 else []


def subject_actors(ctx: Context, token, exclude: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for subject in patterns.subjects(token):
        ref = ctx.ref_at(subject)
        if ref is not None and ref.is_system and not ref.is_category:
            continue
        actors = plural_antecedents(ctx, subject) if subject.lower_ in ("they", "them") else []
        named = [a for c in subject.children if c.dep_ == "appos" and ctx.ref_at(c) is not None
                 and ctx.ref_at(c).kind == "state" for a in roles.actors_of(ctx, c, exclude)]
        if not actors and named and ref is None:
            actors = named        # "NATO allies Poland and Germany held ...": the states named
        if not actors and subject.pos_ in ("NOUN", "PROPN") and (ref is None or ref.is_category):
            actors = owners_of(ctx, subject, exclude)      # "British troops will ..."
            if ref is not None:
                for actor in actors:
                    if actor not in out:
                        out.append(actor)
                continue
        for actor in actors or roles.actors_of(ctx, subject, exclude):
            if actor not in out:
                out.append(actor)
    return out


def agent_actors(ctx: Context, token, exclude: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for agent in patterns.slot_fillers(token, "agent"):
        named = ctx.ref_at(agent) is not None or agent.pos_ == "PRON"
        found = roles.actors_of(ctx, agent, exclude) if named else []
        if not found:   # "by US special forces instructors": the state the phrase names
            found = owners_of(ctx, agent, exclude) or roles.actors_of(ctx, agent, exclude)
        for actor in found:     # "by Turkish and Kazakh experts"
            if actor not in out:
                out.append(actor)
    return out


def origins_of(ref: Ref | None) -> list[str]:
    """The states a system comes from (mention, else catalog), first listed first."""
    if ref is None or ref.is_category:
        return []
    found = list(roles.family_origins(ref.id))
    if not found:
        found = [o.strip() for o in (ref.state or "").split(",") if o.strip()]
    return ["RUS" if o == "SUN" else o for o in found]


def maker_named(ctx: Context, ref: Ref | None) -> bool:
    """"Russian-made S-300 batteries": the phrase names the weapon's maker as its maker, so
    the maker is not who holds or deploys it."""
    if ref is None:
        return False
    head = parties.root_of(ctx, ref)
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
        head = head.head
    return any(_maker_phrase(child) for child in head.children)


def _maker_phrase(child) -> bool:
    words = list(child.subtree)
    return any(t.lemma_.lower() in parties.MAKER_WORDS for t in words) and any("-" in t.text for t in words)


def origin_of(ref: Ref | None, ctx: Context | None = None, exclude: tuple[str, ...] = ()) -> str | None:
    """The state a system comes from; of several, the one the article names first (the
    Barak-8 in an article about India -> IND), else the first listed;
    ``exclude``: states that cannot be it here (the place of a test abroad)."""
    origins = [o for o in origins_of(ref) if o not in exclude]
    if len(origins) > 1 and ctx is not None:
        for earlier in ctx.refs:
            if earlier.actor in origins and earlier.kind != "system":
                return earlier.actor
    return origins[0] if origins else None


def governors(trigger, limit: int = 7) -> list:
    """The trigger and the words governing it, like :func:`.status.chain`, but a reporting
    verb reached through a preposition or an object ("insisted on deploying", "announced
    the establishment of") still governs: only "X said that ..." stops the walk."""
    out, node = [trigger], trigger
    if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX") and trigger.pos_ == "VERB":
        node = trigger.head      # "pressured to fulfil its obligations or to accept X"
    for _ in range(limit):
        if node.head.i == node.i or node.dep_ not in status_mod.CHAIN_DEPS or node.dep_ == "conj":
            break
        if node.dep_ in ("nsubj", "relcl") and node is not trigger and node.pos_ != "VERB":
            break
        if node.dep_ == "relcl" and node is trigger:
            break
        link = node.dep_
        node = node.head
        if node.lemma_.lower() in status_mod.REPORTING_VERBS and node.pos_ == "VERB" and \
                link in ("ccomp", "parataxis"):
            break
        out.append(node)
        if node.dep_ == "ROOT":
            break
    return out


def statuses_of(trigger, base: str, side: str = "supplier", mutual: bool = False) -> list[str]:
    """Statuses of the claim announced by ``trigger`` (empty: no claim).

    The type cues (``data/type_cues.tsv``) are checked first on the governing words, then
    the shared cues on governing words the shared chain does not reach; otherwise
    :func:`.status.status_of` decides. A refusal that governs a proposal or plan gives
    both ("rejected proposals for joint production" -> refused, proposed). ``mutual``:
    the partners decide together, so "decided to" is ``agreed``."""
    if trigger.dep_ in ("acl", "amod") and trigger.tag_ == "VBN" and not status_mod.modality(trigger):
        # a reduced relative ("a jet jointly developed with Pakistan", "Iskanders deployed in
        # the country") states a fact of its own, not one the main clause governs
        return ["refused"] if status_mod.negated(trigger) else ["done"]
    nodes = governors(trigger)
    if status_mod.hypothetical(nodes[:3]) or conditional(nodes[:3]):
        return []
    table, shared = type_cues(), cues()
    reached = {t.i for t in status_mod.chain(trigger)}
    decided: str | None = None
    if not status_mod.modality(trigger):
        for node in nodes[1:]:
            lemma = node.lemma_.lower()
            cue = table.get(f"{lemma}/{node.pos_.lower()}") or table.get(lemma)
            if cue == "mutual":
                cue = "agreed" if mutual else None
            if cue is None and node.i not in reached and lemma in shared and shared[lemma].strength >= 2:
                cue = shared[lemma].status
                if cue == "buyer-plan":
                    cue = "planned" if side == "supplier" else "proposed"
            if cue is None:
                if lemma in shared and shared[lemma].strength >= 2 and shared[lemma].status != "keep":
                    break
                continue
            if cue == "keep":
                continue
            decided = "refused" if status_mod.negated(node) and cue != "refused" else cue
            break
    first = decided or status_mod.status_of(trigger, base, side)
    if first is None:
        return []
    if first == "done" and trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                        for c in trigger.children):
        first = "planned"        # an infinitive ("announced ... to establish factories") is no fact yet
    out = [first]
    if first in ("proposed", "negotiating", "planned"):
        for node in nodes[1:]:
            cue = shared.get(node.lemma_.lower())
            if cue is not None and cue.status == "refused" and cue.strength >= 2 and node.pos_ == "VERB":
                out.insert(0, "refused")
                break
    elif first == "refused":
        for node in nodes[1:]:
            if node.lemma_.lower() in status_mod.REQUEST_CUES | {"plan", "proposal", "attempt", "effort"} \
                    and node.pos_ in ("NOUN", "PROPN"):
                out.append("proposed")
                break
    if first == "planned" and mutual and any(n.lemma_.lower() in ("decide", "agree") for n in nodes[1:]):
        out = ["agreed"]
    return out


CONDITIONS = {"if", "unless", "provided", "should"}


def conditional(nodes) -> bool:
    """A claim that holds only on a condition: "the missile could be jointly produced ...
    if sanctions are lifted", "the unit could deploy to Estonia if tensions rise"."""
    for node in nodes:
        for child in node.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                             for m in child.children):
                return True
    return False


def sentences(ctx: Context):
    """The sentences claims may come from (no captions, no questions), with their number
    (worked out once per document)."""
    usable = ctx.__dict__.get("usable_sentences")
    if usable is None:
        usable = ctx.__dict__["usable_sentences"] = [
            (number, sent) for number, sent in enumerate(ctx.sentences)
            if number not in ctx.skipped_sentences and not ctx.sentence_texts[number].rstrip().endswith("?")]
    return iter(usable)


def make_claim(ctx: Context, type_: str, trigger, status: str, system, **kwargs):
    """``ctx.claim`` plus the publication year when the sentence dates nothing (news
    reports recent events, so an undated fact is taken to be of the year of writing), and
    hedging judged for this claim's trigger, not the whole sentence."""
    claim = ctx.claim(type_, trigger, status, system, **kwargs)
    if claim.year is None and ctx.reference is not None:
        claim.year, claim.granularity = ctx.reference.year, "year"
    try:            # only the hedges that govern this claim's trigger count
        from .hedging import hedging_of
        claim.hedged, source = hedging_of(ctx.sentence_of(trigger), trigger)
        claim.source = source or claim.source
    except Exception:  # noqa: BLE001 - an attribute must not cost the claim
        pass
    return claim
