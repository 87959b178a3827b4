"""The parties of a transfer beyond its trigger's slots.

- ``origin_of``: the maker the text gives a weapon ("Russian-made", "Russia's" when Russia
  makes it, "made in Z", "from Z") or the catalog records;
- ``owner_of``: a possessive owner that is not the maker ("Venezuela's F-16s"), or the
  subject of a relative clause that paid for / ordered the weapon;
- ``party_pool``: the sides of a deal (subjects, "with"/"between" phrases of a contract).

The parties of the transfers stated a few sentences back, for a sentence that leaves one
side implicit, are in :mod:`.memory`.
"""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .status import REPORTING_VERBS
from .context import Context, Ref

# a weapon of a state that no longer exists is supplied by its successor
SUCCESSORS = {"SUN": "RUS"}
# verbs of belief and estimate whose subject reports a transfer without taking part in it
BELIEF_VERBS = {"believe", "think", "estimate", "assess", "suspect", "fear", "conclude",
                "understand", "suggest", "allege", "know", "expect"}
# words whose of-phrase is (part of) a weapon: the phrase may point back to a weapon named
# before ("more of these systems", "six of the drones") and may carry the weapon's
# from-phrase ("the first batch of F-16s from Denmark")
PARTITIVES = {"more", "some", "all", "most", "rest", "part", "half", "several", "many", "each",
              "one", "none", "remainder", "first", "last", "number", "batch", "batches", "lot",
              "shipment", "shipments", "consignment", "delivery", "deliveries", "squadron", "fleet"}
BUYER_VERBS = {"order", "buy", "purchase", "acquire", "import", "procure", "lease", "obtain"}
SELLER_PARTICIPLES = {"offer", "sell", "supply", "provide", "propose", "market"}
OWNER_VERBS = {"pay", "order", "buy", "purchase", "request", "need", "want", "receive", "acquire"}


def root_of(ctx: Context, ref: Ref):
    span = ctx.doc[ref.start:ref.end]
    return span.root


def catalog_origin_of(ref: Ref) -> str | None:
    if ref.is_category:
        return None   # a named warship's state ("PNS Babur") is its navy's, not its maker
    return SUCCESSORS.get(ref.state, ref.state) or _catalog_origin(ref.id)


def owner_of(ctx: Context, ref: Ref) -> str | None:
    """"Venezuela's F-16 jets": a possessive state that is not the weapon's maker."""
    if ref.is_category and ref.state:
        return ref.state   # "PNS Babur": the navy the ship's prefix names
    node = root_of(ctx, ref)
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                found = _actor_in(ctx, child)
                if found and found != catalog_origin_of(ref):
                    return found
            found = owner_adjective(ctx, ref, child) if node.i == root_of(ctx, ref).i else None
            if found:
                return found
        for child in node.children:
            # "weapons Kyiv had already paid for", "the jets Poland ordered"
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in OWNER_VERBS:
                for subject in patterns.subjects(child):
                    if subject.i != node.i:
                        found = roles.actors_of(ctx, subject)
                        if found:
                            return found[0]
        if node.dep_ not in ("compound", "nmod", "amod", "appos"):
            break
        node = node.head
    return None


def implicit_recipients(ctx: Context, ref: Ref, suppliers: list[str], origin) -> list[str]:
    """"refused to give Minsk Iskanders" (Minsk parsed as a modifier of the weapon),
    "parts for Venezuela's F-16s", "weapons Kyiv had paid for", "S-300 ... to Romania"."""
    catalog_origin = catalog_origin_of(ref)
    found = [a for a in leading_state(ctx, ref) if a not in suppliers and a != catalog_origin]
    if not found:
        owner = owner_of(ctx, ref)
        if owner and owner not in suppliers:
            found = [owner]
    if not found:
        found = [a for a in np_recipients(ctx, ref) if a not in suppliers]
    return found


def origin_of(ctx: Context, ref: Ref, explicit_only: bool = False,
              from_preps: tuple[str, ...] = ("from",)) -> str | None:
    """The supplier state the text or the catalog gives a weapon."""
    heads = phrase_heads(ctx, ref, ("compound", "nmod", "appos", "amod", "conj", "nummod"))
    node = heads[-1]
    # "planes, boats and warships produced by Spain's CASA": a shared participle
    members = [node] + [a for a in node.children if a.dep_ == "appos"]
    members += [c for m in list(members) for c in m.conjuncts]
    last = max(members, key=lambda m: m.i)
    shared = [c for c in node.conjuncts if c not in heads]
    if last not in heads and last not in shared:
        shared.append(last)
    if any(c.dep_ == "prep" and c.lower_ in from_preps for m in members if m is not last for c in m.children):
        shared = []   # "30 Rafales, 12 Typhoons from Italy and four frigates from Germany": each its own
    if node.dep_ == "nsubj" and node.head.lemma_ == "be":
        # "The HIMARS is a rocket system made by Lockheed Martin"
        heads += [c for c in node.head.children if c.dep_ == "attr"]
    # the name's own modifiers first ("Turkish Bayraktar TB2 drones", the adjective on
    # the name), then those of the nouns above it
    own = [t for t in ctx.doc[ref.start:ref.end] if t not in heads]
    for head in own + heads + shared:
        for child in head.children:
            if ctx.ref_at(child) is ref:
                continue
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and head not in shared:
                if child.pos_ == "PRON":
                    continue
                found = _actor_in(ctx, child)
                if found and child.dep_ == "poss" and found != catalog_origin_of(ref):
                    continue   # "Venezuela's F-16s": the owner, not the maker
                if found and owner_adjective(ctx, ref, child):
                    continue   # "the first Greek Rafale": the owner too
                if found:
                    return SUCCESSORS.get(found, found)
            if child.dep_ in ("acl", "relcl") and child.lemma_ in BUYER_VERBS:
                # "the frigates, which were ordered from Italy": the seller of the purchase
                for obj in patterns.prep_objects(child, {"from"}):
                    found = roles.actors_of(ctx, obj)
                    if found:
                        return found[0]
            if child.dep_ in ("acl", "amod") and child.lemma_ in SELLER_PARTICIPLES:
                # "F-16s being offered by Denmark": the seller, before the maker
                for obj in [o for a in child.children if a.dep_ == "agent" for o in a.children]:
                    found = roles.actors_of(ctx, obj)
                    if found:
                        return found[0]
            if child.dep_ in ("acl", "amod", "relcl") and child.lemma_ in ("make", "manufacture", "produce",
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
    return catalog_origin_of(ref)


def joint_origins(ctx: Context, ref: Ref, origin: str) -> list[str]:
    """``origin`` and the states of the origin adjectives coordinated with it on the
    weapon's phrase ("Israeli and Turkish drones": ISR, TUR)."""
    found = [origin]
    for head in phrase_heads(ctx, ref, ("compound", "nmod", "appos", "amod", "conj", "nummod")):
        adjectives = [c for c in head.children if c.dep_ == "amod" and c.i < head.i]
        for child in adjectives:
            if _actor_in(ctx, child) != origin:
                continue
            found += [a for c in child.conjuncts for a in [_actor_in(ctx, c)] if a and a not in found]
            # ("Israeli, Turkish and Belarusian drones" parsed as three modifiers of the noun)
            stretch = ctx.doc[min(a.i for a in adjectives):head.i]
            if any(t.dep_ == "cc" for t in stretch):
                found += [a for c in adjectives for m in (c, *c.conjuncts) for a in [_actor_in(ctx, m)]
                          if a and a not in found]
    return found


def leading_state(ctx: Context, ref: Ref) -> list[str]:
    node = root_of(ctx, ref)
    while node.dep_ in ("compound", "nmod", "amod") and node.head.i != node.i:
        node = node.head
    # ("gifted Minsk four S-300 battalions": a misparsed dative, on the head noun or on the
    # name before it: "hand Belarus Iskander-M missile systems")
    holders = [node] + [c for c in node.children if c.dep_ in ("compound", "nmod") and c.i < node.i]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i < holder.i:
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
    origins = catalog_origins(family)
    return origins[0] if origins else None


def named_maker(ctx: Context, token, ref: Ref, recipients: list[str]) -> list[str]:
    """Of the states that build a co-produced type, the one the trigger's sentence names
    (not as a recipient); [] when the type has one maker or none is named."""
    origins = catalog_origins(ref.id) if not ref.is_category else ()
    if len(origins) < 2:
        return []
    sent = ctx.sentence_of(token)
    named = [r.actor for r in ctx.refs_in(sent.start, sent.end) if r.actor and r.kind != "person"]
    found = [o for o in origins if o in named and o not in recipients]
    return found[:1]


def catalog_origins(family: str) -> tuple[str, ...]:
    """Every state the catalog names as the family's maker (co-produced types have two)."""
    return tuple(SUCCESSORS.get(o, o) for o in roles.family_origins(family))


MAKER_WORDS = {"make", "build", "design", "produce", "manufacture", "develop", "supply", "origin"}


def owner_adjective(ctx: Context, ref: Ref, child) -> str | None:
    """"the first Greek Rafale", "Polish Leopards": a state adjective on a named weapon
    that the catalog says another state makes names its owner, not its maker ("Russian-made"
    and "Polish-built" still name the maker)."""
    if ref.is_category or child.dep_ not in ("amod", "compound", "nmod"):
        return None
    origins = catalog_origins(ref.id)
    state = ctx.ref_at(child)
    if state is None or state.kind != "state" or not state.actor:
        return None
    found = SUCCESSORS.get(state.actor, state.actor)
    if not origins or found in origins:
        return None
    if any(t.lemma_.lower() in MAKER_WORDS for t in child.subtree) or "-" in child.text:
        return None
    return found


def orders_from_buyer(ctx: Context, token, ref: Ref, suppliers: list[str], recipients: list[str]) -> bool:
    """"a 2010 order from Libya for six Yak-130s": an order "from" a state that does not
    make the weapon, with no buyer of its own, is that state's order (not "Iraq's order
    from Belarus")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() == "order" and bool(suppliers) and \
        not recipients and not ref.is_category and not set(suppliers) & set(catalog_origins(ref.id)) and \
        not any(c.dep_ in ("poss", "amod", "compound") and roles.actors_of(ctx, c) for c in token.children)


def _bound_owner(ctx: Context, pronoun) -> list[str]:
    """The state an "its"/"their" stands for: the subject of the nearest clause above it
    that names one ("Oman got its jets": Oman; "Denmark said its F-16s would go": Denmark)."""
    node = pronoun.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            found = [a for s in patterns.subjects(node) if s.i != pronoun.head.i for a in roles.actors_of(ctx, s)]
            if found:
                return found
        if node.head.i == node.i:
            break
        node = node.head
    return []


def former_owner(ctx: Context, ref: Ref, recipients: list[str], pronouns: bool = True) -> str | None:
    """"the first Danish F-16s arrived in Argentina": the state whose adjective marks it
    as the owner of a weapon another state makes hands it on, unless it is the receiver."""
    if ref.is_category:
        return None
    root = root_of(ctx, ref)
    tokens = list(ctx.doc[ref.start:ref.end]) + [root] + ([root.head] if root.dep_ == "compound" else [])
    for child in (c for t in tokens for c in t.children if c.i < ref.start):
        owner = owner_adjective(ctx, ref, child)
        if pronouns and child.dep_ == "poss" and child.pos_ == "PRON":
            # "Denmark said its F-16s would go to Ukraine": the state the pronoun stands for
            owners, makers = _bound_owner(ctx, child), catalog_origins(ref.id)
            owner = owners[0] if makers and len(owners) == 1 and owners[0] not in (*makers, "UNK") else None
        if owner is not None and owner not in recipients:
            return owner
    return None


# forces and bases are deployed, not transferred (claims.deployment reads them)
NOT_TRANSFERRED = {"category:troops", "category:airbase", "category:military-facility",
                   "category:testing-range", "category:production", "category:missile-development"}
BLOCK_NOUNS = {"veto", "embargo", "ban", "blockade", "objection", "opposition"}
DEAL_NOUNS = {"contract", "deal", "agreement", "talks", "talk", "negotiations", "negotiation",
              "memorandum", "mou", "accord", "understanding", "discussion", "discussions"}
# ("a memorandum of understanding on", "discussions on the supply of")


UNNAMED_PARTIES = {"country", "nation", "state", "buyer", "customer", "client", "government",
                   "seller", "supplier", "exporter", "manufacturer", "maker", "producer", "vendor"}
UNNAMED_MARKS = {"several", "other", "many", "some", "various", "unnamed", "undisclosed",
                 "unspecified", "foreign", "third", "another", "a", "an", "one"}


def unnamed(token) -> list[str]:
    """"talks with several countries", "another country", "an undisclosed buyer": a party
    the text leaves open on purpose is UNK (not the parties of earlier sentences)."""
    if token.lemma_.lower() not in UNNAMED_PARTIES or token.pos_ != "NOUN":
        return []
    marks = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "nummod")}
    return ["UNK"] if marks & UNNAMED_MARKS or any(c.like_num for c in token.children) else []


def party_pool(ctx: Context, token) -> list[str]:
    """The sides of the deal a trigger belongs to: the subjects of its clause and the
    "with"/"between" phrases and actor modifiers of a deal noun that governs it."""
    pool: list[str] = []
    nodes = [token]
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ == "ccomp" and \
                node.head.lemma_.lower() in REPORTING_VERBS | BELIEF_VERBS:
            break   # "the US said / believes that Russia had received ...": no side
        if node.pos_ in ("VERB", "AUX") and (node.dep_ == "conj" and patterns.subjects(node) or node.dep_ == "advcl" and any(
                c.dep_ in patterns.SUBJECT_DEPS + patterns.PASSIVE_SUBJECT_DEPS for c in node.children)):
            # "Belarus added four more, and a battery arrived from Russia", "..., while
            # Norway will send NASAMS": a clause with its own subject
            break
        if node.dep_ == "prep" and patterns.cause_prep(node):
            break   # "threatened sanctions over the S-400 purchase": not a side of it
        node = node.head
        nodes.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    for node in nodes:
        fillers = []
        if node.lemma_.lower() in DEAL_NOUNS and node.pos_ == "NOUN":
            fillers += deal_partners(node)
        elif node.pos_ in ("VERB", "AUX") or node.i == token.i:
            fillers += patterns.prep_objects(node, {"with", "between"})
        if node.pos_ == "VERB" and node.i != token.i and under_deal(token):
            # "signed a contract with South Korea for the acquisition of tanks": the
            # contract's partner (the parser hangs "for" on the verb)
            fillers += [o for d in signed_deals(node) for o in patterns.prep_objects(d, {"with", "between"})]
        if node.lemma_.lower() in DEAL_NOUNS:
            fillers += [c for c in node.children if c.dep_ in ("poss", "amod", "compound")]
        if node.pos_ in ("VERB", "AUX"):
            fillers += patterns.subjects(node)
            # "the deal ... was cancelled by Kabul": the agent of a passive is a side too
            if node.lemma_.lower() not in patterns.THIRD_PARTY_VERBS:   # (not "blocked by Britain")
                fillers += [o for c in node.children if c.dep_ == "agent" and not patterns.contrasted(c)
                            for o in c.children if o.dep_ == "pobj"]
        for filler in fillers:
            for actor in roles.actors_of(ctx, filler) or unnamed(filler):
                if actor not in pool:
                    pool.append(actor)
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            # "IAI won a contract for Barak-8 missiles for the Indian army": the side the
            # deal is for (a named one only: not "for an undisclosed customer")
            for filler in patterns.prep_objects(node, {"for"}):
                for actor in roles.actors_of(ctx, filler):
                    if actor not in pool:
                        pool.append(actor)
    return pool


LICENCE_NOUNS = {"licence", "license", "licences", "licenses", "permission", "permit",
                 "authorisation", "authorization", "clearance", "consent"}


LICENSED = {"licensed", "licenced", "licence", "license", "licence-based"}


def licensers(ctx: Context, token) -> list[str]:
    """Who grants or refuses the licence the transfer needs ("the US refused to grant an
    export license for Venezuela's purchase of planes made in Spain")."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in LICENCE_NOUNS:
            verb = node.head if node.dep_ in ("dobj", "nsubjpass") else None
            return [a for s in (patterns.subjects(verb) if verb is not None else [])
                    for a in roles.actors_of(ctx, s)]
    return []


def licence_source(ctx: Context, verb, preps: tuple[str, ...] = ("from", "of")) -> list[str] | None:
    """Who granted the licence a weapon is built under ("will assemble Lynx vehicles under a
    licence from Germany's Rheinmetall" -> DEU; with ``preps=("in",)``: where it is built,
    "under licence in Poland"): None when the verb has no licence phrase."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "with")):
        for licence in (o for o in prep.children if o.lemma_.lower() in LICENCE_NOUNS):
            return [a for o in patterns.prep_objects(licence, set(preps))
                    for a in roles.actors_of(ctx, o)]
    licensed = [c for c in verb.children if c.dep_ in ("amod", "compound")] + [verb.head] * (verb.dep_ == "dobj")
    # "licensed production of the Anka" (or the parser's "licensed" verb): its granter unnamed
    return [] if verb.pos_ == "NOUN" and "from" in preps and any(w.lower_ in LICENSED for w in licensed) else None


def third_parties(ctx: Context, token) -> list[str]:
    """Subjects of a verb that blocks or condemns the transfer ("the US blocked the sale",
    "Germany prevented the delivery"): neither supplier nor recipient."""
    node = token
    asked = False
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ == "acl" and node.head.lemma_.lower() in patterns.ASKING_NOUNS and node.pos_ == "VERB":
            asked = True   # "a Danish request to send ...": the sender asks
        node = node.head
        if node.pos_ == "VERB" and (node.lemma_.lower() in patterns.THIRD_PARTY_VERBS or asked and
                                    status_mod.refusing(node)):
            # (and who turns down a sender's request to send: the state of origin, say)
            return [a for s in patterns.subjects(node) for a in roles.actors_of(ctx, s)]
        if node.pos_ == "NOUN" and node.lemma_.lower() in BLOCK_NOUNS:
            # "Berlin has a veto on any transfer", "Washington's embargo on sales"
            holders = [c for c in node.children if c.dep_ in ("poss", "amod", "compound")]
            if node.dep_ == "dobj":
                holders += patterns.subjects(node.head)
            return [a for h in holders for a in roles.actors_of(ctx, h)]
    return []


def under_deal(token) -> bool:
    """A noun trigger inside a contract, deal or agreement ("signed an agreement for the
    supply of Su-35 fighters"): whoever signed may be either side."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ("discuss", "negotiate"):
        return True   # "Russia and Iran discussed the supply of Su-35s"
    node = token
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "compound", "acl", "relcl"):
            return False
        node = node.head
        if node.lemma_.lower() in DEAL_NOUNS:
            return True
        if node.pos_ == "VERB" and node.lemma_.lower() in AGREEING_VERBS and \
                token.dep_ == "pobj" and token.head.lower_ in ("on", "over", "about"):
            # "Uzbekistan and China agreed on the supply of HQ-9s", "Russia and Iran
            # signed a deal on the supply of Su-35s" (the parser hangs "on" on the verb)
            return True
        if token.head.lower_ == "for" and signed_deals(node):
            return True   # "signed a contract with Denmark for the purchase of F-16s" (the same)
    return False


def signed_deals(verb) -> list:
    """The contracts, deals and agreements an agreeing verb takes as its object ("signed a
    contract with Denmark")."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in AGREEING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS]


# verbs two sides do together about a supply ("A and B agreed on / discussed ...")
AGREEING_VERBS = {"agree", "sign", "negotiate", "conclude", "finalise", "finalize", "ink",
                  "seal", "reach"}
# verbs that end a deal and may carry its noun's phrases ("cancelled the contract with
# Russia for Mi-35 helicopters": the parser hangs "for" on the verb)
ENDING_VERBS = {"cancel", "terminate", "scrap", "annul", "revoke", "freeze", "tear", "abandon", "shelve",
                "drop", "void", "rescind"}


def deal_partners(token) -> list:
    """The partner phrases of a deal noun: its own "with"/"between" phrases; else a "with"
    phrase the parser hangs inside its goods ("a contract for ammunition with Israel"); else
    the "from" phrase of a deal that is signed or ended, on the noun or its verb ("cancelled
    a contract for shells from an Israeli firm"; not "won a contract from Poland", where the
    buyer awards it)."""
    found = patterns.prep_objects(token, {"with", "between"})
    if not found:
        found = [w for g in patterns.prep_objects(token, {"for"}) for w in patterns.prep_objects(g, {"with"})]
    if not found and token.dep_ == "dobj" and token.head.lemma_.lower() in AGREEING_VERBS | ENDING_VERBS:
        found = patterns.prep_objects(token, {"from"}) or patterns.prep_objects(token.head, {"from"})
    return found


def np_recipients(ctx: Context, ref: Ref) -> list[str]:
    """A "to" phrase misattached inside the weapon's phrase ("Patriot systems worth
    $3.9 billion to Romania"), or a "for" phrase of its own ("the first two jets for the
    Kuwait Air Force landed")."""
    head = root_of(ctx, ref)
    while head.dep_ in ("compound", "nmod", "amod", "appos") and head.head.i != head.i:
        head = head.head
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if part.like_num or part.lower_ in PARTITIVES | roles.ORDINAL_WORDS | roles.REMAINDER_WORDS:
        head = part   # "the first of 12 drones to Kuwait" (the parser hangs it on "first")
    for token in head.subtree:
        if token.dep_ == "prep" and (token.lower_ == "to" or token.lower_ == "for" and token.head.i == head.i) \
                and token.head.dep_ not in ("relcl", "acl"):
            for obj in token.children:
                if obj.dep_ == "pobj":
                    found = roles.actors_of(ctx, obj)
                    if found:
                        return found
    return []


def phrase_heads(ctx: Context, ref: Ref, deps: tuple[str, ...]) -> list:
    """The weapon's root and the nouns above it (through ``deps``, at most four) whose
    phrases may speak of it, ending with a partitive that holds it ("the first batch of
    F-16 jets from Denmark")."""
    node = root_of(ctx, ref)
    heads = [node]
    while node.dep_ in deps and node.head.i != node.i and len(heads) < 4:
        node = node.head
        heads.append(node)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in PARTITIVES:
        heads.append(node.head.head)
    return heads


def np_sources(ctx: Context, ref: Ref, preps: tuple[str, ...]) -> list[str]:
    """All actors of the "from" (or "with") phrases on the weapon's phrase, conjuncts included."""
    heads = phrase_heads(ctx, ref, ("compound", "nmod", "amod", "appos"))
    found: list[str] = []
    for obj in (o for h in heads for o in patterns.prep_objects(h, set(preps))):
        found.extend(a for a in roles.actors_of(ctx, obj) if a not in found)
    return found


def object_origin(ctx: Context, token, recipients: list[str]) -> list[str]:
    """The one origin adjective in the object phrase of a verb that recalls goods named
    before ("took all four of these Chinese frigates"): CHN."""
    heads = [o for o in token.children if o.dep_ == "dobj"]
    heads += [g for o in heads for g in patterns.prep_objects(o, {"of"})]   # ("all four of these ...")
    found = {r.actor for o in heads for r in ctx.refs_in(o.left_edge.i, o.i)
             if r.kind == "state" and ctx.doc[r.end - 1].dep_ in ("amod", "compound") and
             ctx.doc[r.end - 1].head.i == o.i and r.actor and r.actor not in recipients}
    return list(found) if len(found) == 1 else []


# "German-supplied", "Chinese-made", "British-built": an origin adjective that says where
# the weapon came from, not just its type
MADE_WORDS = {"made", "built", "supplied", "manufactured", "produced", "provided", "donated",
              "delivered", "origin"}


def foreign_held(ctx: Context, ref: Ref):
    """"Kyiv's German-supplied Leopard 2 tanks", "Saudi Arabia's British-built Typhoons":
    for a weapon a state holds (its possessor) and another state made or supplied (a
    hyphenated origin adjective), the word the possessor hangs on; None otherwise."""
    head = root_of(ctx, ref)
    while head.dep_ in ("compound", "nmod", "amod", "nummod") and head.head.i != head.i and \
            head.head.i > head.i:
        head = head.head
    possessors = [t for t in ctx.doc[head.left_edge.i:head.i + 1] if t.dep_ == "poss" and
                  t.head.i in range(ref.start, head.i + 1)]
    owners = [a for t in possessors for a in roles.actor_of(ctx, t)]
    if len(owners) != 1:
        return None
    for origin in ctx.refs_in(head.left_edge.i, head.i):
        if origin.kind == "state" and origin.role == "origin" and "-" in origin.text and \
                origin.text.rsplit("-", 1)[-1].lower() in MADE_WORDS and origin.actor not in owners:
            return possessors[0].head   # (the word the owner hangs on carries the claim)
    return None


def gapped_subject(ctx: Context, ref: Ref) -> str | None:
    """"Saab is pitching the Gripen E, Dassault the Rafale and Lockheed Martin the F-16":
    a party named right before a later weapon of the sentence, after a comma or "and",
    stands for the subject the clause leaves out (gapping)."""
    doc = ctx.doc
    i = ref.start - 1
    while i > 0 and (doc[i].lower_ in ("the", "a", "an", "its", "their") or doc[i].like_num):
        i -= 1
    party = ctx.ref_at(doc[i]) if i > 0 else None
    if party is None or not party.actor or party.is_system or party.end != i + 1 or party.start < 1 \
            or doc[i].pos_ == "ADJ":
        return None   # (not an owner's adjective: "..., and Hellenic F-16s are being upgraded")
    before = doc[party.start - 1]
    if before.text not in (",", ";") and before.lower_ not in ("and", "while", "whereas"):
        return None
    sent = doc[ref.start].sent
    if not any(r.is_system for r in ctx.refs_in(sent.start, party.start)):
        return None   # (an earlier weapon of the sentence with its subject stated)
    return party.actor

