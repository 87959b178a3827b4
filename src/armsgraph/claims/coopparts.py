"""Pieces shared by the cooperation frames (:mod:`.cooperation`): the made object and its
systems, partner phrases ("with X", "in cooperation with X", "with Chinese help"), the
doers of a trigger (joint ventures, "the partners" named before) and the claims built
from them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..catalog import load as load_catalog
from . import patterns, roles
from .context import Context
from .definites import resolve_definite
from .garrisons import pointed_weapon, subject_actors_of
from .groups import group_size
from .makers import DEAL_NOUNS, armed, own_category
from .triggers import data_lines, trigger_of
from .context import Ref
from .typeroles import agent_actors, make_claim, noun_category, origins_of, owners_of, statuses_of, weapons_of


LEXICON = "cooperation"
LOCAL_WORDS = {"locally", "domestically", "in-country"}
LOCALISING = {"localise", "localize"}     # verbs of making locally ("to localise the production of ...")
# "joined hands / forces with Thales to ...": a joining that is working together
JOINED_WORDS = {"hand", "hands", "force", "forces"}
# partnering verbs that are one only with their particle ("tied up with Thales", not "tied to")
PARTICLE_ONLY = {"tie": "up"}
JOINT_WORDS = {"jointly", "together", "joint", "mutually", "collaboratively", "bilateral"}
PARTNER_NOUNS = {"cooperation", "co-operation", "collaboration", "partnership", "assistance",
                 "help", "participation", "involvement", "conjunction", "tandem", "association",
                 "arrangement", "agreement", "support", "backing", "expertise",
                 # "built locally under a technology-transfer deal with Naval Group"
                 "deal", "contract", "accord", "pact", "memorandum", "mou",
                 "transfer"}     # "produced in Egypt under technology transfer from Hanwha"
MISSILE_CATEGORIES = {"category:missiles", "category:ballistic-missiles", "category:cruise-missiles"}
FACILITIES = {"category:testing-range", "category:production"}
VENTURE_NOUNS = {"venture", "consortium", "company", "firm", "enterprise", "partnership", "jv",
                 "alliance", "team", "group"}
# what one side helps the other do: develop or produce (a missile: missile-development) ...
DEVELOP_LEMMAS = {"develop", "design", "create", "build", "produce", "make", "manufacture",
                  "development", "designing", "production", "modernise", "modernize",
                  "establish", "set"}   # ("assisted Russia in establishing production of ...")
# making or keeping up what is already designed: "make its own ballistic missiles" is the
# missiles themselves, not missile development
MAKING_ONLY = {"make", "produce", "manufacture", "build", "assemble", "production", "manufacturing",
               "co-produce", "coproduce", "co-production", "coproduction", "co-manufacture",
               "comanufacture", "co-manufacturing", "co-assemble", "repair", "overhaul", "upgrade",
               "modernise", "modernize"}
# ... or run and keep up (the system as it is)
OPERATE_LEMMAS = {"operate", "maintain", "service", "repair", "upgrade", "modernise", "modernize", "refit",
                  "refurbish", "retrofit",
                  "assemble", "launch", "deploy", "run", "use", "man", "overhaul"}



RECENT: dict = {}      # the document at hand and its cooperation claims so far


@lru_cache(maxsize=1)
def services() -> dict[str, str]:
    """Armed services -> what building one up is made of (``data/services.tsv``)."""
    return {row[0].lower(): row[1] for row in data_lines("services.tsv") if len(row) >= 2}


def _service(head) -> bool:
    """An armed service noun ("its air force"), which a site category may take for a base."""
    words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    return " ".join(words + [head.lemma_.lower()]) in services() or head.lemma_.lower() in services()


def object_heads(token) -> list:
    if token.pos_ in ("VERB", "AUX"):
        heads = patterns.slot_fillers(token, "subjpass" if patterns.is_passive(token) else "dobj")
        if not heads and token.dep_ in ("acl", "amod", "relcl") and token.tag_ == "VBN":
            heads = [token.head]
            if token.head.dep_ == "appos":     # "China's JF-17, a fighter jet jointly developed"
                heads.append(token.head.head)
        if token.dep_ == "relcl" and any(h.lower_ in ("that", "which") for h in heads):
            # "the JF-17, a light fighter that PAC has built together with CAC": the noun
            # the clause describes (and the name it is in apposition to)
            heads = [h for h in heads if h.lower_ not in ("that", "which")] + [token.head]
            if token.head.dep_ == "appos":
                heads.append(token.head.head)
        if not heads and token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children):
            heads = [token.head]       # "the assembly line it operates with Embraer" (no "that")
        if not heads and token.tag_ == "VBN" and token.dep_ in ("advcl", "conj", "ccomp"):
            # "..., some of them built under licence at ...": an absolute participle's subject
            heads = [part_of(c) for c in token.children if c.dep_ == "nsubj"]
        return heads
    heads = patterns.prep_objects(token, {"of", "on", "for"})
    return heads + [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]


# pronouns of a part of what an "of" phrase names ("some of them", "most of the drones")
PART_PRONOUNS = {"some", "most", "many", "all", "several", "few", "half", "part"}


def part_of(head):
    """The whole a part pronoun names ("some of them": them), else ``head``."""
    if head.lower_ in PART_PRONOUNS and head.pos_ in ("PRON", "DET", "NOUN", "ADJ"):
        return next(iter(patterns.prep_objects(head, {"of"})), head)
    return head


def made_systems(ctx: Context, token, heads, develop: bool, facilities: bool = False) -> list[tuple]:
    """The systems made in the phrases ``heads``; with ``facilities``, bases too ("helped
    Cambodia upgrade the Ream naval base": help with a base of one's own)."""
    found: list[tuple] = []
    for head in heads:
        if head.pos_ == "PRON" and head.lower_ in POINTERS:
            # "helped Russian crews operate them", "a joint venture to produce them"
            found += pointed_weapon(ctx, head, NOT_MADE)
            continue
        if is_tech(head):
            # "help North Korea build satellites": know-how, not a weapon handed over
            if "category:technology" not in [f[0] for f in found]:
                found.append(("category:technology", None, head))
            continue
        weapons = weapons_of(ctx, head)
        counted = not weapons and head.pos_ == "NUM"
        if counted and (ctx.ref_at(head) is None or ctx.ref_at(head).kind == "quantity"):
            # "the remaining two are assembled at Alexandria": the system counted before
            weapons = _counted_before(ctx, head, same_sentence=True) or \
                [(r.id, r, head) for r in roles.system_antecedents(ctx, head)] or _counted_before(ctx, head)
        if weapons and all(w[1] is None or w[1].is_category for w in weapons) and called(ctx, head):
            weapons = [(called(ctx, head), None, head)]    # "an interceptor drone, known as Octopus"
        for weapon in weapons:
            if is_tech(weapon[2]):
                continue       # a satellite in a list with weapons is still know-how
            weapon = weapon if counted else resolve_definite(ctx, weapon)
            system = weapon[0]
            if system == "category:troops" or \
                    system in ("category:military-facility", "category:airbase") and (not facilities or _service(head)):
                continue
            if system == "category:production" and weapon[1] is None and not armed(ctx, weapon[2]):
                continue       # "the Kudankulam nuclear plant", "a car factory": not arms
            if develop and system in MISSILE_CATEGORIES and token.lemma_.lower() not in MAKING_ONLY:
                weapon = ("category:missile-development", None, weapon[2])
            if weapon[0] not in [f[0] for f in found]:
                found.append(weapon)
    named = [w for w in found if w[1] is not None and not w[1].is_category]
    return named or found


def made_of_noun(ctx: Context, noun) -> list[tuple]:
    """The weapons a making noun's "of" phrase names ("production of such UAVs"), not
    a facility or know-how."""
    if getattr(trigger_of(noun, LEXICON), "frame", None) != "make":
        return []
    return [w for w in made_systems(ctx, noun, patterns.prep_objects(noun, {"of"}), develop=False)
            if w[0] not in FACILITIES | {"category:technology"}]


def named_in_phrase(ctx: Context, head) -> list[tuple]:
    """The named systems in the words before a noun ("a Shahed-136 production line", "the
    K9 assembly plant"), however the parser hangs them."""
    return [(r.id, r, ctx.doc[r.start]) for r in ctx.refs_in(head.left_edge.i, head.i)
            if r.is_system and not r.is_category]


NAMING = {"know", "call", "dub", "name", "designate"}


def called(ctx: Context, head) -> str | None:
    """The name a clause gives a weapon the catalog does not know: "a Ukrainian-designed
    interceptor drone, known as Octopus" -> "Octopus" (not a party, date or known system)."""
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in NAMING):
        names = patterns.prep_objects(clause, {"as"}) + [c for c in clause.children if c.dep_ in ("oprd", "attr")]
        for name in names:
            ref = ctx.ref_at(name)       # (a gazetteer may know the word as a place of no state)
            if name.pos_ == "PROPN" and (ref is None or ref.kind == "place" and not ref.actor):
                words = [t for t in name.subtree if t.pos_ in ("PROPN", "NUM") or t.text == "-"]
                return " ".join(t.text for t in words) if words else None
    return None


def _counted_before(ctx: Context, head, same_sentence: bool = False) -> list[tuple]:
    """"Two hulls were built in Turkey; the other two are assembled here": the weapon
    named last before a bare count, in its sentence (the count it parallels) or, failing
    that, the one before."""
    here = ctx.sentence_number(head)
    first = ctx.sentences[here if same_sentence else max(0, here - 1)].start
    for i in range(head.i - 1, first - 1, -1):
        ref = ctx.ref_at(ctx.doc[i])
        if ref is not None and ref.is_system and ref.id not in NOT_MADE:
            # "two of the vessels ..., the remaining two": the system "the vessels" names
            found = resolve_definite(ctx, (ref.id, ref, ctx.doc[i]))
            return [(found[0], found[1], head)]
        category = noun_category(ctx.doc[i]) if ref is None else None     # "two hulls"
        if category is not None and category not in NOT_MADE:
            return [(category, None, head)]
    return []


POINTERS = {"it", "them", "they", "these", "those"}


def is_tech(token) -> bool:
    """A know-how noun ("satellites"), also as the modifier of the head ("a space station")."""
    for word in [token] + [c for c in token.children if c.dep_ == "compound"]:
        tech = trigger_of(word, LEXICON)
        if tech is not None and tech.frame == "tech":
            return True
    return False


NOT_MADE = {"category:troops", "category:airbase", "category:military-facility", "category:production",
            "category:testing-range", "category:materiel", "category:technology"}
# "built at Mazagon with greater Indian content": what goes into it, not a partner
SHARES = {"content", "components", "parts", "share", "input"}
MONEY = {"loan", "credit", "money", "fund", "funds", "funding", "budget", "cash", "grant", "financing"}


# participles by which a deal names its sides ("an agreement signed with X / by X and Y")
SIGNING = {"sign", "conclude", "reach", "ink", "strike", "agree"}


def partner_phrases(token) -> list:
    """Objects of "with X", "together with X", "jointly with X", "in cooperation with X",
    "alongside X", "between X and Y" on the trigger."""
    out = [o for o in patterns.prep_objects(token, {"with", "alongside", "between"})
           if o.lemma_.lower() not in MONEY | SHARES]      # "built with a loan from Russia": paid, not helped
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in JOINT_WORDS:
            out += patterns.prep_objects(child, {"with"})
        if child.dep_ == "prep" and child.lower_ in ("in", "through", "under", "with"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in PARTNER_NOUNS:
                    out += patterns.prep_objects(obj, {"with", "of", "from"})
                    for signed in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in SIGNING):
                        # "under an agreement signed with Turkish Aerospace", "... signed by A and B"
                        out += patterns.prep_objects(signed, {"with", "between"}) + \
                            patterns.slot_fillers(signed, "agent")
                    if any(c.dep_ in ("amod", "compound", "poss") for c in obj.children):
                        out.append(obj)        # "with Chinese help", "with Russia's assistance"
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            # "build to a common design with American technology": the help hung on the design
            out += [w for obj in child.children if obj.dep_ == "pobj"
                    for w in patterns.prep_objects(obj, {"with"}) if w.lemma_.lower() in TECH_WORDS | PARTNER_NOUNS
                    and any(c.dep_ in ("amod", "compound", "poss") for c in w.children)]
    return out


def actors_of_phrases(ctx: Context, phrases, exclude=()) -> list[str]:
    out: list[str] = []
    for phrase in phrases:
        ref = ctx.ref_at(phrase)
        if ref is not None and ref.is_system and not ref.is_category:
            continue
        found = owners_of(ctx, phrase, exclude) if ref is not None and ref.is_category else \
            roles.actors_of(ctx, phrase, exclude) or owners_of(ctx, phrase, exclude)
        for actor in found:
            if actor not in out and actor not in exclude:
                out.append(actor)
    return out


def is_joint(token) -> bool:
    if token.lower_.startswith(("co-", "codevelop", "coproduc")):
        return True
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "co":
        return True       # "co - production" split by the tokenizer
    return any(c.lower_ in JOINT_WORDS for c in token.children if c.dep_ in ("advmod", "amod"))


def venture_members(ctx: Context, token) -> list[str]:
    """The members of a joint company that is the subject (or passive agent) of the
    trigger, or stands in apposition to it ("Azad Systems, a joint venture between ... and
    ..., has assembled ..."); see :func:`venture_states`."""
    found: list[str] = []
    slots = patterns.slot_fillers(token, "agent") if patterns.is_passive(token) else patterns.subjects(token)
    slots = slots + [a for h in slots for a in h.children if a.dep_ == "appos"]
    for head in slots:
        if head.lemma_.lower() in VENTURE_NOUNS:
            found.extend(a for a in venture_states(ctx, head, token) if a not in found)
    return found if len(found) >= 2 else []


# combining forms of state adjectives ("Indo-Russian", "Sino-Pakistani", "Franco-German")
COMBINING = {"indo": "IND", "sino": "CHN", "russo": "RUS", "franco": "FRA", "anglo": "GBR",
             "italo": "ITA", "greco": "GRC", "austro": "AUT", "hispano": "ESP", "luso": "PRT",
             "turco": "TUR", "germano": "DEU", "polono": "POL", "nippo": "JPN"}
COMBINED = re.compile(r"(?i)\b(" + "|".join(COMBINING) + r")\s*[-–]\s*([A-Z][a-z]+)")


MEMBER_NOUNS = {"partner", "shareholder", "co-owner", "stakeholder", "member"}


def venture_states(ctx: Context, head, token) -> list[str]:
    """"a joint venture between India and Russia", "Rheinmetall's joint venture with
    Algeria", "an Indian-Russian joint venture", "Indo-Russian Rifles, a joint venture set
    up in 2019", "The company, owned ... by India's DRDO and ... by Russia's NPO": the
    states of one joint company ``head`` (``token``: the verb it does something with)."""
    found: list[str] = []
    owning = [c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "own"]
    owning += [a for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be"     # "which is owned by"
               for a in c.children if a.dep_ in ("acomp", "attr") and a.lemma_ == "own"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "own" and head.head.tag_ == "VBN" or \
            head.dep_ == "nsubj" and head.head.lemma_ == "own" and head.head.i == token.head.i:
        owning.append(head.head)       # (the parser may make "owned" the main verb)
    for owned in owning:
        owners = [a for by in owned.subtree if by.lower_ == "by" and by.dep_ in ("agent", "prep")
                  and _below(by, owned, token)
                  for o in by.children if o.dep_ == "pobj"
                  for a in [r.actor for r in ctx.refs_in(o.left_edge.i, o.right_edge.i + 1)
                            if r.actor and r.kind in ("state", "organisation")]]
        found.extend(a for a in dict.fromkeys(owners) if a not in found)
    joint = any(c.lower_ in JOINT_WORDS for c in head.children)
    for obj in patterns.prep_objects(head, {"between", "of", "among"} | ({"with"} if joint else set())):
        found.extend(a for a in roles.actors_of(ctx, obj) if a not in found)
    for obj in patterns.prep_objects(head, {"with"}) if found else ():
        if any(o.lemma_.lower() in MEMBER_NOUNS for o in patterns.prep_objects(obj, {"as"})):
            # "owned by Rheinmetall, with the Hungarian state as a partner"
            found.extend(a for a in roles.actors_of(ctx, obj) if a not in found)
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")):
        # "between Germany's Rheinmetall and Ukraine's Ukroboronprom" (the parser may nest the sides)
        found.extend(r.actor for r in ctx.refs_in(prep.i + 1, prep.right_edge.i + 1)
                     if r.actor and r.kind in ("state", "organisation") and r.actor not in found)
    before = list(dict.fromkeys(r.actor for r in ctx.refs_in(head.left_edge.i, head.i)
                                if r.actor and r.kind == "state"))
    if len(before) >= 2:       # "a Chinese-Pakistani consortium"
        found.extend(a for a in before if a not in found)
    if joint:
        found.extend(a for a in owners_of(ctx, head) if a not in found)
        # "an Emirati-Israeli joint venture": every state named before the head
        found.extend(r.actor for r in ctx.refs_in(head.left_edge.i, head.i)
                     if r.actor and r.kind == "state" and r.actor not in found)
        names = ([head.head] if head.dep_ == "appos" else []) + [c for c in head.children if c.dep_ == "appos"]
        for name in names:      # "Turkish-Azerbaijani Arms, a joint venture set up ...": its name's states
            found.extend(r.actor for r in ctx.refs_in(name.left_edge.i, name.i + 1)
                         if r.actor and r.kind in ("state", "organisation") and r.actor not in found)
        for name in [head] + names:      # "Indo-Russian Rifles", "the Sino-Pakistani joint venture"
            found.extend(a for a in combined_states(ctx.doc[name.left_edge.i:name.i + 1].text) if a not in found)
    return found


def combined_states(text: str) -> list[str]:
    """The states of combining forms in a name ("Indo-Russian Rifles": IND, RUS)."""
    found: list[str] = []
    for first, second in COMBINED.findall(text):
        for state in (COMBINING[first.lower()], load_catalog().state_of(second)):
            if state and state not in found:
                found.append(state)
    return found


def _below(token, top, avoid) -> bool:
    """``token`` hangs under ``top`` without passing through ``avoid``."""
    node = token
    for _ in range(8):
        if node.i == top.i:
            return True
        if node.i == avoid.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def listed_from(noun):
    """The first of the nouns a listed noun is coordinated with ("has a joint venture with X,
    an agreement with Y and a partnership with Z": the governed first one), or itself; the
    parser may hang a later noun on the verb ("has A, and B")."""
    node = noun
    for _ in range(6):
        if node.dep_ != "conj" or node.pos_ not in ("NOUN", "PROPN"):
            break
        head = node.head
        if head.pos_ == "VERB":
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < node.i]
            node = objects[0] if objects else node
            break
        node = head
    return node


def doers_of(ctx: Context, token) -> list[str]:
    if token.pos_ in ("VERB", "AUX"):
        members = venture_members(ctx, token)
        if members:
            return members
        headline = token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "ROOT" and \
            token.head.pos_ in ("NOUN", "PROPN") and not patterns.slot_fillers(token, "agent")
        if headline:
            # a headline read as a noun phrase: "Poland's PGZ partnered with MBDA to develop ..."
            return roles.actors_of(ctx, token.head) or owners_of(ctx, token.head)
        if patterns.is_passive(token):
            return agent_actors(ctx, token)
        offers = [token.head] if token.dep_ == "acl" and token.head.pos_ == "NOUN" else \
            [o for o in patterns.slot_fillers(token.head, "dobj") if o.i < token.i] \
            if token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB" else []
        for offer in (o for o in offers if o.lemma_.lower() in OFFER_NOUNS):
            # "weighing an offer from China to help refit its frigates", "Russia's proposal to build ..."
            found = owners_of(ctx, offer) + actors_of_phrases(ctx, patterns.prep_objects(offer, {"from", "by"}))
            if found:
                return list(dict.fromkeys(found))
        found = subject_actors_of(ctx, token)
        for subject in patterns.subjects(token) if not found else ():
            # "Indo-Russian Rifles is producing ...": a joint company named by both states
            found = combined_states(ctx.doc[subject.left_edge.i:subject.i + 1].text)
            if len(found) < 2:
                found = []
        for subject in patterns.subjects(token):
            earlier = earlier_partners(ctx, subject)
            if earlier:          # "India and Russia set up BrahMos Aerospace ... The partners plan ..."
                return earlier
            size = group_size(subject)       # "The three governments signed a treaty creating ..."
            if size > len(found):
                return roles.antecedents(ctx, subject, size) or found
        return found
    found = owners_of(ctx, token)
    if not found:      # "the co-production of Stryker vehicles by India and the United States"
        found = actors_of_phrases(ctx, patterns.prep_objects(token, {"by"}))
    if not found:
        for subject in patterns.governor_subjects(listed_from(token)):
            found.extend(a for a in roles.actors_of(ctx, subject) if a not in found)
            # "Rosoboronexport and Serbian firms discussed co-production" (a conjunct the
            # parser hangs as a modifier): the parties named in the subject phrase
            found.extend(r.actor for r in ctx.refs_in(subject.left_edge.i, subject.right_edge.i + 1)
                         if r.actor and r.kind in ("state", "organisation") and r.actor not in found)
    return found


OFFER_NOUNS = {"offer", "proposal", "bid", "plan", "pledge", "promise", "commitment", "decision", "attempt"}
PARTNER_GROUPS = {"partner", "company", "firm", "side", "manufacturer", "maker", "shipyard", "ally"}


def earlier_partners(ctx: Context, subject) -> list[str]:
    """"the partners", "the two companies", "both sides": the partners of the cooperation
    claimed last, in this or the three sentences before."""
    if subject.lemma_.lower() not in PARTNER_GROUPS or subject.tag_ != "NNS" or \
            not any(c.lower_ in ("the", "both") for c in subject.children):
        return []
    recent = recent_claims(ctx, subject, 3)
    return list(recent[0].partners) if recent else []


def recent_claims(ctx: Context, token, back: int) -> list:
    """The cooperation claims made so far in this document from ``back`` sentences before
    ``token``'s on, the latest first."""
    claims = RECENT.get("claims") if RECENT.get("doc") is ctx.doc else None
    first = ctx.sentences[max(0, ctx.sentence_number(token) - back)].start_char
    out = []
    for claim in reversed(claims or []):
        if claim.start is None or claim.start < first:
            break
        out.append(claim)
    return out


FACILITY_POINTERS = {"the", "this", "that"}
# a plant that a setting-up verb makes a production facility ("helped set up the line")
PLANT_NOUNS = {"line", "plant", "factory", "facility", "works", "workshop"}
SETTING_UP_VERBS = {"set", "establish", "build", "open", "launch", "equip", "start"}


def continued_work(ctx: Context, token, helpers, systems) -> tuple[list[str], list[tuple]]:
    """"... the two governments agreed that production would move to Russia; Iranian
    engineers helped set up the line": help with a definite plant or line that names
    nothing goes on with the cooperation claimed last (this or the sentence before) that
    the helper is in: its other partner and its weapon."""
    recent = recent_claims(ctx, token, 1)
    if not recent or not helpers or any(w[0] != "category:production" or w[1] is not None for w in systems):
        return [], systems
    nouns = [t for t in token.subtree if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN" and
             any(c.dep_ == "det" and c.lower_ in FACILITY_POINTERS for c in t.children) and
             not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in t.children) and
             (own_category(ctx, t) == "category:production" or
              t.lemma_.lower() in PLANT_NOUNS and t.head.lemma_.lower() in SETTING_UP_VERBS)]
    if not nouns:
        return [], systems
    noun = nouns[0]
    for claim in recent:
        if helpers[0] in claim.partners and len(claim.partners) == 2 and claim.system and \
                not claim.system.startswith("category:"):
            return [p for p in claim.partners if p != helpers[0]], [(claim.system, None, noun)]
    return [], systems


def under_deal_above(token) -> bool:
    """"Under a defence agreement approved in 2024, Turkish warships will help ... and
    Ankara will help build up ...": a deal on the trigger or a verb that governs it."""
    node = token
    for _ in range(4):
        if any(o.lemma_.lower() in DEAL_NOUNS for o in patterns.prep_objects(node, {"under"})):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def emit(ctx: Context, token, trigger, partners, systems, mutual=True, quantity=None,
          others=None) -> list:
    """Claims for ``partners`` working together; with ``others`` (partners named in
    separate phrases: "with Chinese technology, in collaboration with Azerbaijan"), one
    claim per other partner beside the doers."""
    partners = [p for p in dict.fromkeys(partners) if p and p != "UNK"]
    groups = [partners]
    if others:
        others = [o for o in dict.fromkeys(others) if o and o != "UNK" and o not in partners]
        groups = [partners + [o] for o in others] if partners else [others]
    out = []
    statuses = statuses_of(token, trigger.status, "supplier", mutual=mutual) if systems else []
    if statuses == ["planned"] and token.dep_ == "xcomp" and token.head.lemma_.lower() in GOING_ON:
        # "Turkey continues to train Somali soldiers": going on now, not later
        statuses = statuses_of(token.head, trigger.status, "supplier", mutual=mutual)
    if statuses == ["planned"] and token.dep_ in ("advcl", "xcomp") and token.head.lemma_.lower() in SENDING:
        # "Russia sent instructors to train Malian soldiers": as far on as the sending
        statuses = statuses_of(token.head, trigger.status, "supplier", mutual=mutual)
    if statuses == ["planned"] and under_deal_above(token):
        statuses = ["agreed"]      # "Under the deal Saab will also work with ...": signed for
    systems = [_named_near(ctx, token, w, partners + (others or [])) for w in systems]
    for group in groups:
        if len(group) < 2:
            continue
        for status in statuses:
            for system, ref, _ in systems:
                claim = make_claim(ctx, "cooperation", token, status, ref or system, confidence=0.5,
                                  partners=sorted(group))
                if quantity:
                    claim.quantity = quantity
                out.append(claim)
    return out



GOING_ON = {"continue", "keep"}
SENDING = {"send", "dispatch", "deploy", "second", "post"}


UNNAMED_KEEP = {"category:production", "category:technology", "category:troops", "category:materiel",
                "category:military-facility", "category:airbase", "category:missile-development"}


DEFINITE = {"the", "this", "these", "that", "those"}


def _kindred(category: str, family: str | None, definite: bool = False) -> bool:
    """A weapon noun and a named system of the same kind, or of a kind the catalog files
    more broadly ("a medium tank" for an armoured vehicle); not a narrower one ("a fighter
    jet" is no drone) unless the noun points back ("the missile" for a cruise missile)."""
    if family is None:
        return False
    family = family if family.startswith("category:") else f"category:{family}"
    return family == category or roles.covers(family, category) or definite and roles.covers(category, family)


def _named_near(ctx: Context, token, weapon: tuple, partners) -> tuple:
    """"The two countries have also jointly developed a medium tank. Turkey's FNSS and
    Indonesia's PT Pindad designed the Kaplan MT ...": a category made together is the one
    system of that category, made by one of the partners, that the sentences around name."""
    system, ref, noun = weapon
    if noun is not None and noun.pos_ == "NUM":
        return weapon         # a bare count took the noun it parallels ("two hulls ... the other two")
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.tag_ == "NNS" and \
            not any(c.dep_ in ("det", "poss") for c in noun.children):
        return weapon         # "a maintenance centre for Russian helicopters": the kind at large
    # ("the missiles for them" are no launcher named before)
    definite = noun is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in noun.children)
    if system == "category:missile-development" and definite:
        system = "category:missiles"       # "assembles the missile": the one named before
    if not system.startswith("category:") or system in UNNAMED_KEEP or (ref is not None and not ref.is_category):
        return weapon
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - (5 if definite else 2))].start
    last = ctx.sentences[min(len(ctx.sentences) - 1, here + 1)].end
    found: dict[str, Ref] = {}
    for near in ctx.refs_in(first, last):
        if near.kind == "system" and not near.is_category and _kindred(system, roles.family_category(near.id), definite) \
                and roles.family_category(near.id) is not None and set(origins_of(near)) & set(partners):
            found.setdefault(near.id, near)
    if len(found) != 1:
        return weapon
    near = next(iter(found.values()))
    return (near.id, near, ctx.doc[near.start])


def climbing_partner_phrases(token) -> list:
    """Partner phrases of ``token``, and of up to two governing verbs when ``token`` is a
    noun ("began licensed production of the tanks with the help of American engineers")."""
    phrases = partner_phrases(token)
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        # "With Russian assistance, Myanmar has started assembling Yak-130 trainers"
        phrases += [o for o in partner_phrases(token.head) if o not in phrases and
                    (o.lemma_.lower() in PARTNER_NOUNS or o.head.head.lemma_.lower() in PARTNER_NOUNS)]
    if token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
        node = token.head
        for _ in range(2):
            phrases += [o for o in partner_phrases(node) if o not in phrases and
                        o.head.head.lemma_.lower() in PARTNER_NOUNS]
            if node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
                break
            node = node.head
    return phrases

TECH_WORDS = {"technology", "technologies", "know-how", "technological", "knowhow", "expertise"}
