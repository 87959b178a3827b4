"""Transfer claims: who gives, sells, lends or hands which weapons to whom.

Anchored on weapon mentions: for each system or category mention of a sentence, the
nearest transfer trigger that governs it (``data/transfer.tsv``) is found by climbing
the dependency tree; the trigger's frame (:mod:`.patterns`) gives the slots of the
supplier and the recipient, :mod:`.roles` turns them into actors and :mod:`.status`
decides the status. A second pass handles triggers whose object is a reference
("delivered them", "the systems were handed over") by resolving it to the systems
named earlier. Missing roles: the supplier falls back to the origin the text gives the
system ("Russian-made", "Russia's", "made in Z") or that the catalog records, else UNK.
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .context import Context, Ref
from .triggers import Trigger, lexicon, trigger_of

LEXICON = "transfer"
SUPPLIER_SIDE = {"give", "offer", "origin", "deal"}
# relations climbed from a weapon mention to the trigger that governs it
NP_DEPS = {"compound", "nmod", "amod", "appos", "conj", "nummod", "npadvmod", "quantmod",
           "pobj", "prep", "dobj", "nsubjpass", "nsubj", "attr", "poss", "dep", "oprd",
           "acl", "pcomp", "advcl", "xcomp", "relcl", "ccomp"}
CLAUSE_DEPS = {"acl", "advcl", "xcomp", "relcl", "ccomp", "pcomp"}
NP_PREPS = {"of", "including", "like", "as", "with", "for", "on", "over", "to", "from", "in", "into"}
MAX_CLIMB = 8
# verbs a weapon may be the object of on its way up to the trigger ("complete the delivery")
PASS_THROUGH_VERBS = {"include", "complete", "confirm", "approve", "finalise", "finalize",
                      "announce", "make", "conclude", "sign", "ink", "seal", "secure", "win",
                      "cancel", "suspend", "block", "halt", "resume", "continue", "discuss",
                      "consider", "negotiate", "have", "need"}
WEAPON_HEADS = {"system", "systems", "batteries", "battery", "units", "unit", "launchers",
                "complexes", "version", "versions", "variant", "variants", "batch", "batches"}
# a weapon of a state that no longer exists is supplied by its successor
SUCCESSORS = {"SUN": "RUS"}


def find(ctx: Context) -> list:
    claims = []
    for number, sent in enumerate(ctx.sentences):
        if number in ctx.skipped_sentences or sent.text.rstrip().endswith("?"):
            continue
        used: set[int] = set()
        for ref in weapon_refs(ctx, sent):
            found = governing_trigger(ctx, ref)
            if found is None:
                continue
            token, trigger = found
            used.add(token.i)
            claims.extend(claims_for(ctx, token, trigger, ref))
        for token in sent:
            if token.i in used:
                continue
            trigger = trigger_of(token, LEXICON)
            if trigger is None or trigger.frame == "deal":
                continue
            for ref in referenced_systems(ctx, token, trigger):
                claims.extend(claims_for(ctx, token, trigger, ref, confidence=0.45))
    return claims


def np_head(ctx: Context, ref: Ref):
    """The head noun of the phrase a weapon mention sits in ("S-300 ... systems")."""
    node = root_of(ctx, ref)
    while node.dep_ in ("compound", "nmod", "amod", "appos", "nummod", "npadvmod") and \
            node.head is not node:
        node = node.head
    return node.i


def weapon_refs(ctx: Context, sent) -> list[Ref]:
    """System and category mentions of a sentence; a category mention in the same noun
    phrase as a named system ("Su-30SM aircraft") is left out."""
    refs = [r for r in ctx.refs_in(sent.start, sent.end) if r.is_system]
    named_heads = {np_head(ctx, r) for r in refs if not r.is_category}
    kept = []
    for ref in refs:
        if ref.is_category and np_head(ctx, ref) in named_heads:
            continue
        if ref.is_category and _exemplified(ctx, ref, refs):
            continue
        kept.append(ref)
    return kept


def _exemplified(ctx: Context, ref: Ref, refs: list[Ref]) -> bool:
    """"weapons such as the S-400 and Iskander", "weapons—like Su-30SM aircraft": the
    general noun only announces the examples that follow it."""
    head = root_of(ctx, ref)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("like", "including", "as", "such"):
            inner = [t.i for t in child.subtree]
            if any(r is not ref and r.start in inner for r in refs):
                return True
        if child.dep_ == "amod" and child.lower_ == "such":
            return True
    return False


def root_of(ctx: Context, ref: Ref):
    span = ctx.doc[ref.start:ref.end]
    return span.root


def governing_trigger(ctx: Context, ref: Ref) -> tuple | None:
    """The nearest transfer trigger governing ``ref`` with ``ref`` in its system slot."""
    span = ctx.doc[ref.start:ref.end]
    starts = [span.root] + [t for t in span if t is not span.root and
                            not (ref.start <= t.head.i < ref.end)]
    for node in starts:
        found = _climb(ctx, ref, node)
        if found is not None:
            return found
    return None


def _participle(ctx: Context, node) -> tuple | None:
    """A participle or relative clause on the weapon: "drones exported to Kazakhstan",
    "the Bayraktar TB2, a drone exported to Azerbaijan"."""
    nouns = [node] + [c for c in node.children if c.dep_ == "appos"]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ not in ("acl", "relcl", "amod"):
                continue
            trigger = trigger_of(child, LEXICON)
            if trigger is None or trigger.frame in ("origin", "deal") or \
                    child.pos_ not in ("VERB", "ADJ"):
                continue
            frame = patterns.frame_of(trigger.frame, child)
            if "head" in frame.get("system", ()):
                return child, trigger
    return None


def _deployed(node) -> bool:
    """"missiles placed in Belarus": a deployment participle on the weapon."""
    try:
        deploy = lexicon("deployment")
    except (OSError, ValueError):
        return False
    for child in node.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "oprd", "xcomp") and child.pos_ == "VERB":
            hit = deploy.get((child.lemma_.lower(), "VERB"))
            if hit is not None and hit.frame == "deploy":
                return True
    return False


def _climb(ctx: Context, ref: Ref, node) -> tuple | None:
    first = node
    if _deployed(node) or _deployed(node.head):
        return None
    for _ in range(MAX_CLIMB):
        if node is first or node.dep_ in ("appos", "conj"):
            found = _participle(ctx, node)
            if found is not None:
                return found
        head = node.head
        if head is node:
            return None
        if node.dep_ not in NP_DEPS:
            return None
        if node.dep_ == "prep" and node.lower_ not in NP_PREPS:
            return None
        if ref.is_category and node.dep_ in ("compound", "amod", "nmod") and \
                ctx.ref_at(head) is None and trigger_of(head, LEXICON) is None and \
                head.lower_ not in WEAPON_HEADS:
            return None   # "arms industry", "defence exports": not a weapon itself
        trigger = trigger_of(head, LEXICON)
        if trigger is not None and trigger.frame != "origin":
            frame = patterns.frame_of(trigger.frame, head)
            role = patterns.slot_of_child(head, node, frame)
            if role == "system":
                return head, trigger
            if role is not None:
                return None   # the mention sits in an actor phrase of this trigger
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("nsubj", "nsubjpass"):
            # "Polonez-M was integrated into the army and supplied to Azerbaijan"
            for verb in head.conjuncts:
                trigger = trigger_of(verb, LEXICON)
                if trigger is None or trigger.frame in ("origin", "deal"):
                    continue
                slots = patterns.frame_of(trigger.frame, verb).get("system", ())
                if "subjpass" in slots or "subj" in slots:
                    return verb, trigger
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("nsubj", "ccomp", "advcl"):
            return None   # another verb governs the mention
        if head.pos_ == "VERB" and node.dep_ in ("dobj", "nsubjpass", "attr") and \
                head.lemma_ not in PASS_THROUGH_VERBS:
            return None   # the weapon is the object of another act ("testing missiles")
        node = head
    return None


def referenced_systems(ctx: Context, token, trigger: Trigger) -> list[Ref]:
    frame = patterns.frame_of(trigger.frame, token)
    for slot in frame.get("system", ()):
        for filler in patterns.slot_fillers(token, slot):
            if ctx.ref_at(filler) is not None:
                return []
            if roles.is_reference(filler):
                return roles.system_antecedents(ctx, filler)
    return []


def _catalog_origin_of(ref: Ref) -> str | None:
    return SUCCESSORS.get(ref.state, ref.state) or _catalog_origin(ref.id)


def owner_of(ctx: Context, ref: Ref) -> str | None:
    """"Venezuela's F-16 jets": a possessive state that is not the weapon's maker."""
    node = root_of(ctx, ref)
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                found = _actor_in(ctx, child)
                if found and found != _catalog_origin_of(ref):
                    return found
        if node.dep_ not in ("compound", "nmod", "amod", "appos"):
            break
        node = node.head
    return None


def origin_of(ctx: Context, ref: Ref, explicit_only: bool = False,
              from_preps: tuple[str, ...] = ("from",)) -> str | None:
    """The supplier state the text or the catalog gives a weapon."""
    node = root_of(ctx, ref)
    heads = [node]
    while node.dep_ in ("compound", "nmod", "appos", "amod", "conj", "nummod") and node.head is not node \
            and len(heads) < 4:
        node = node.head
        heads.append(node)
    if node.dep_ == "nsubj" and node.head.lemma_ == "be":
        # "The HIMARS is a rocket system made by Lockheed Martin"
        heads += [c for c in node.head.children if c.dep_ == "attr"]
    for head in heads:
        for child in head.children:
            if ctx.ref_at(child) is ref:
                continue
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                if child.pos_ == "PRON":
                    continue
                found = _actor_in(ctx, child)
                if found and child.dep_ == "poss" and found != _catalog_origin_of(ref):
                    continue   # "Venezuela's F-16s": the owner, not the maker
                if found:
                    return SUCCESSORS.get(found, found)
            if child.dep_ in ("acl", "amod") and child.lemma_ in ("make", "manufacture", "produce",
                                                                   "build", "develop", "design"):
                for obj in patterns.prep_objects(child, {"in", "by"}) + \
                        [o for a in child.children if a.dep_ == "agent" for o in a.children]:
                    found = roles.actors_of(ctx, obj)
                    if found:
                        return found[0]
            if child.dep_ == "prep" and child.lower_ in from_preps:
                for obj in child.children:
                    found = roles.actors_of(ctx, obj)
                    if found:
                        return found[0]
    if explicit_only:
        return None
    return SUCCESSORS.get(ref.state, ref.state) or _catalog_origin(ref.id)


def _leading_state(ctx: Context, ref: Ref) -> list[str]:
    node = root_of(ctx, ref)
    while node.dep_ in ("compound", "nmod", "amod") and node.head is not node:
        node = node.head
    for child in node.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < node.i:
            found = ctx.ref_at(child)
            if found is not None and found.kind == "state" and found.actor and found is not ref:
                return [found.actor]
    return []


def _actor_in(ctx: Context, token) -> str | None:
    ref = ctx.ref_at(token)
    if ref is not None and ref.actor:
        return ref.actor
    for child in token.children:   # "Russian-made": made <- Russian
        if child.dep_ in ("npadvmod", "amod", "compound", "nmod"):
            inner = ctx.ref_at(child)
            if inner is not None and inner.actor:
                return inner.actor
    return None


def _catalog_origin(family: str) -> str | None:
    if family.startswith("category:"):
        return None
    try:
        from ..catalog import load
        entry = load().system(family)
    except Exception:  # noqa: BLE001 - catalog missing or family unknown
        return None
    if entry is None:
        return None
    origins = getattr(entry, "origin", None) or getattr(entry, "origins", None) or \
        getattr(entry, "origin_states", None)
    if isinstance(origins, str):
        origins = (origins,) if origins else ()
    origin = origins[0] if origins else None
    return SUCCESSORS.get(origin, origin)


def fill_roles(ctx: Context, token, trigger: Trigger) -> dict[str, list[str]]:
    frame = patterns.frame_of(trigger.frame, token)
    found: dict[str, list[str]] = {}
    order = list(patterns.FRAME_ROLES)
    first = patterns.FIRST_ROLE.get(trigger.frame)
    if first:
        order.remove(first)
        order.insert(0, first)
    for role in order:
        taken = {a for actors in found.values() for a in actors}
        for slot in frame.get(role, ()):
            actors: list[str] = []
            for filler in patterns.slot_fillers(token, slot):
                if ctx.ref_at(filler) is not None and ctx.ref_at(filler).is_system:
                    continue
                for actor in roles.actors_of(ctx, filler):
                    if actor not in actors and actor not in taken:
                        actors.append(actor)
            if actors:
                found[role] = actors
                break
        if role not in found and token.pos_ in ("NOUN", "PROPN"):
            # "signed a contract for the purchase of X with Rosoboronexport": the clause
            # verb that holds a noun trigger carries its prepositional phrases
            verb = patterns.clause_verb(token)
            if verb is not None:
                for slot in frame.get(role, ()):
                    if not slot.startswith("prep:"):
                        continue
                    actors = [a for f in patterns.slot_fillers(verb, slot)
                              for a in roles.actors_of(ctx, f) if a not in taken]
                    if actors:
                        found[role] = actors
                        break
    return found


# forces and bases are deployed, not transferred (claims.deployment reads them)
NOT_TRANSFERRED = {"category:troops", "category:airbase", "category:military-facility",
                   "category:testing-range", "category:production", "category:missile-development"}
DEAL_NOUNS = {"contract", "deal", "agreement", "talks", "negotiations", "memorandum", "accord"}


def party_pool(ctx: Context, token) -> list[str]:
    """The sides of the deal a trigger belongs to: the subjects of its clause and the
    "with"/"between" phrases and actor modifiers of a deal noun that governs it."""
    pool: list[str] = []
    nodes = [token]
    node = token
    for _ in range(4):
        if node.head is node:
            break
        node = node.head
        nodes.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    for node in nodes:
        fillers = []
        if node.pos_ in ("VERB", "AUX") or node.lemma_.lower() in DEAL_NOUNS or node is token:
            fillers += patterns.prep_objects(node, {"with", "between"})
        if node.lemma_.lower() in DEAL_NOUNS:
            fillers += [c for c in node.children if c.dep_ in ("poss", "amod", "compound")]
        if node.pos_ in ("VERB", "AUX"):
            fillers += patterns.subjects(node)
        for filler in fillers:
            for actor in roles.actors_of(ctx, filler):
                if actor not in pool:
                    pool.append(actor)
    return pool


def claims_for(ctx: Context, token, trigger: Trigger, ref: Ref, confidence: float = 0.6) -> list:
    if ref.id in NOT_TRANSFERRED:
        return []
    found = fill_roles(ctx, token, trigger)
    suppliers = found.get("supplier", [])
    recipients = found.get("recipient", [])
    preps = ("from", "with") if trigger.frame in ("get", "deal") else ("from",)
    explicit_origin = origin_of(ctx, ref, explicit_only=True, from_preps=preps)
    origin = explicit_origin or origin_of(ctx, ref)
    if trigger.frame == "deal":
        parties = found.get("parties", [])
        if not parties:
            return []
        if origin in parties:
            suppliers, recipients = [origin], [p for p in parties if p != origin]
        elif len(parties) == 1 and origin:
            suppliers, recipients = [origin], parties
        else:
            return []
    if not suppliers or not recipients:
        pool = party_pool(ctx, token)
        if origin in pool and origin not in recipients and not suppliers:
            suppliers = [origin]
        if suppliers and not recipients:
            recipients = [p for p in pool if p not in suppliers][:2]
        elif recipients and not suppliers and trigger.frame != "use":
            others = [p for p in pool if p not in recipients]
            if len(others) == 1:
                suppliers = others
    if not suppliers and len(recipients) > 1 and origin in recipients:
        suppliers, recipients = [origin], [r for r in recipients if r != origin]
    if len(suppliers) > 1 and not recipients and origin in suppliers:
        suppliers, recipients = [origin], [s for s in suppliers if s != origin]
    if trigger.frame in ("use", "service", "equip") and not recipients:
        return []   # "It is equipped with S-300": nobody is named as receiving
    if trigger.frame == "use":
        if not origin:
            return []
        suppliers = [origin]
    if not suppliers:
        suppliers = [origin] if origin and origin not in recipients else ["UNK"]
        confidence -= 0.1
    if not recipients and trigger.frame in ("give", "offer"):
        # "refused to give Minsk Iskanders" parsed with Minsk as a modifier of the weapon
        catalog_origin = SUCCESSORS.get(ref.state, ref.state) or _catalog_origin(ref.id)
        recipients = [a for a in _leading_state(ctx, ref)
                      if a not in suppliers and a != catalog_origin]
    if not recipients and trigger.frame in ("give", "offer"):
        owner = owner_of(ctx, ref)
        if owner and owner not in suppliers:
            recipients = [owner]
    if not recipients:
        if trigger.frame in ("give", "offer"):
            recipients = recent_recipients(ctx, token, suppliers, origin) or \
                roles.antecedents(ctx, token, 1, exclude=tuple(suppliers) + ((origin,) if origin else ()))
            confidence -= 0.15
        elif trigger.frame in ("get", "ask"):
            speaker = roles.speaker_of(ctx, token)
            recipients = [speaker] if speaker and speaker not in suppliers else \
                roles.antecedents(ctx, token, 1, exclude=tuple(suppliers))
            confidence -= 0.15
        if not recipients:
            recipients = ["UNK"]
    side = "supplier" if trigger.frame in SUPPLIER_SIDE else "recipient"
    statuses = status_mod.statuses_of(token, trigger.status, side)
    if not statuses:
        return []
    if trigger.frame == "get" and statuses[0] == "done" and _priced_purchase(token):
        statuses[0] = "agreed"   # "purchased ten drones in a $400 million deal"
    if trigger.frame in ("ask", "offer") and token.pos_ in ("NOUN", "PROPN") and \
            trigger.status not in statuses:
        statuses.append(trigger.status)   # the request itself, and what became of it
    out = []
    for status in statuses:
        for supplier in suppliers:
            for recipient in recipients:
                if supplier == recipient:
                    continue
                claim = ctx.claim("transfer", token, status, ref, confidence=confidence,
                                  supplier=supplier, recipient=recipient)
                claim.mode = trigger.mode
                out.append(claim)
    memory = ctx.__dict__.setdefault("transfer_recipients", [])
    memory.extend((token.i, c.supplier, c.recipient) for c in out if c.recipient != "UNK")
    return out


def recent_recipients(ctx: Context, token, suppliers: list[str], origin: str | None) -> list[str]:
    """The recipient of the latest transfer stated up to three sentences before."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - 3)].start
    for i, supplier, recipient in reversed(ctx.__dict__.get("transfer_recipients", [])):
        if first <= i < token.i and recipient not in suppliers and recipient != origin:
            return [recipient]
    return []


def _priced_purchase(token) -> bool:
    for child in token.children:
        if child.dep_ == "prep" and any(o.lemma_.lower() in DEAL_NOUNS for o in child.children):
            return True
        if child.dep_ == "dobj" and child.lower_ == "worth":
            return True
    return False
