"""Actors from the tokens that fill a role: mentions, metonyms, modifiers, references.

``actors_of(ctx, token)`` turns the head of a role phrase into actor ids:

1. a mention of a state, organisation, person or capital (metonyms come resolved from
   the entity layer: "Minsk", "the Kremlin", "Lukashenka" -> their state);
2. a noun whose modifiers name the party: "the Belarusian army", "Russia's Defence
   Ministry", "the Air Force of Kazakhstan", "Russian companies";
3. a pronoun ("it", "they", "them", "she") or a definite description ("the country",
   "the republic", "the two countries", "both sides") -> the nearest compatible antecedent
   before it, in the same sentence or up to three sentences back;
4. coordination and lists: every conjunct ("Germany and the Netherlands").
"""
from __future__ import annotations

from functools import lru_cache

from .context import Context, Ref
# (what a family is in the catalog, read through this module by the claim types)
from .families import covers, describes, family_category, family_origins  # noqa: F401
from .triggers import data_lines, trigger_of
# (heading_state and opens_paragraph are read through this module by transfer and untriggered)
from .voice import (document_voice, heading_state, main_states, opens_paragraph, quoted,  # noqa: F401
                    title_states, title_systems)

ACTOR_PRONOUNS = {"it", "its", "she", "her", "he", "his", "they", "their", "them", "we", "our",
                  "us", "itself", "themselves"}
FIRST_PERSON = {"we", "our", "us"}
PLURAL_PRONOUNS = {"they", "their", "them", "themselves"}
DEFINITE_ACTOR_NOUNS = {"country", "republic", "nation", "state", "kingdom", "government",
                        "authorities", "side", "sides", "countries", "nations", "states",
                        "parties", "partners", "regime", "administration", "leadership",
                        "ally", "allies", "neighbour", "neighbor", "capital", "emirate",
                        "island", "sultanate", "monarchy", "federation", "junta"}
# nouns of those who govern a state from its capital ("the junta in Naypyitaw")
SEAT_NOUNS = {"government", "authorities", "authority", "officials", "official", "junta", "regime",
              "administration", "leadership", "rulers", "leaders", "ministry", "cabinet"}
# descriptions of a land, not of a government: "the country" is not "the Pentagon"
LAND_NOUNS = {"country", "nation", "republic", "kingdom"}
# modifiers of a description that names the same party again ("previous administrations")
# "the navy", "the air force": a state's armed service named before with its state
SERVICE_NOUNS = {"navy", "army", "force", "forces", "military", "marines", "guard", "corps"}
SERIAL_MODIFIERS = {"previous", "successive", "past", "earlier", "current", "same"}
PAIR_NOUNS = {"countries", "sides", "nations", "states", "parties", "partners", "allies"}
# firms that, counted ("the two companies"), stand for the states of the firms named before
COUNTED_MAKER_NOUNS = {"company", "firm", "manufacturer", "shipyard", "yard", "contractor", "shipbuilder"}
PAIR_COUNTS = {"two": 2, "both": 2, "three": 3}
# works named as a weapon category that act for their state as the maker ("A Kazakh plant
# has built ...", "built by a Turkish plant")
MAKING_PLACES = {"category:production"}
DETERMINERS = {"the", "this", "that", "these", "those", "both", "its", "their"}
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
SYSTEM_PRONOUNS = {"it", "they", "them", "these", "those", "which"}
SYSTEM_NOUNS = {"system", "systems", "weapon", "weapons", "missile", "missiles", "aircraft",
                "jet", "jets", "fighter", "fighters", "plane", "planes", "helicopter",
                "helicopters", "drone", "drones", "tank", "tanks", "launcher", "launchers",
                "gun", "guns", "howitzer", "howitzers", "complex", "complexes", "vehicle",
                "vehicles", "battery", "batteries", "division", "divisions", "unit", "units",
                "machine", "machines", "ship", "ships", "submarine", "submarines", "batch",
                "squadron", "squadrons", "regiment", "regiments", "set", "sets",
                "type"}   # ("22 of the type": the weapon the text speaks of)


# units that only a weapon fills: a bare count of them is a count of the weapon named before
COUNTED_UNITS = {"squadrons", "regiments", "batteries", "sets"}
# portions of an order ("the first batch"): no count of the weapon
BATCH_NOUNS = {"batch", "batches", "tranche", "tranches", "shipment", "shipments", "consignment",
               "consignments", "lot", "lots"}


def actors_of(ctx: Context, token, exclude: tuple[str, ...] = ()) -> list[str]:
    """Actor ids for the phrase headed by ``token`` and its conjuncts."""
    out: list[str] = []
    for t in (token, *token.conjuncts):
        for actor in actor_of(ctx, t, exclude):
            if actor not in out:
                out.append(actor)
    return out


MAX_DEPTH = 8   # nested phrases an actor is looked for in


def _prep_actors(ctx: Context, token, preps: set[str], exclude: tuple[str, ...]) -> list[str]:
    """The actors of the objects of ``token``'s prepositions ``preps``, each once."""
    found: list[str] = []
    for obj in (o for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj"):
        found.extend(a for a in actors_of(ctx, obj, exclude) if a not in found)
    return found


def actor_of(ctx: Context, token, exclude: tuple[str, ...] = (), depth: int = 0) -> list[str]:
    if depth > MAX_DEPTH:
        return []   # ("NATO's exercise, its largest since ...": a pronoun inside its own antecedent)
    ref = ctx.ref_at(token)
    if ref is not None:
        if ref.members:
            return [m for m in ref.members if m not in exclude]   # "the Baltic states"
        if ref.kind == "organisation":
            # "Spain's EADS-CASA", "the Polish unit of Rheinmetall": the state it acts for
            for child in token.children:
                inner = ctx.ref_at(child) if child.dep_ in ("poss", "amod") else None
                if inner is not None and inner.kind == "state" and inner.actor:
                    return [inner.actor]
        if ref.actor and not _former(ctx, ref):
            return [ref.actor]
        if ref.is_system and not (ref.id in MAKING_PLACES and _acting(token)):
            return []   # (not "A Kazakh plant has built ...": the plant's state acts)
    lower = token.lower_
    if token.pos_ == "PRON" or lower in ACTOR_PRONOUNS and token.text != "US":
        if lower in FIRST_PERSON and token.pos_ == "PRON":
            speaker = speaker_of(ctx, token) or (None if quoted(ctx, token) else document_voice(ctx))
            if speaker:
                return [speaker]
        if lower in ACTOR_PRONOUNS:
            if lower in ("it", "its", "itself") and not _subject_is_actor(ctx, token, depth):
                return []   # "It is equipped with ..." after "The base ...": not a party
            if lower in ("they", "them"):   # not "their fleet": its owner, not a pair
                group = _coordinated_antecedents(ctx, token, exclude)
                if group:
                    return group   # "sold drones to Saudi Arabia and the UAE ... to them"
            punished = _punished(ctx, token, exclude)
            if punished:
                return punished
            return antecedents(ctx, token, 1, exclude)
        return []
    if depth > 2 or token.pos_ in ("VERB", "AUX", "ADP"):
        return []
    found: list[str] = []
    for child in token.children:
        # an apposition names the party itself ("Nato ally Estonia")
        if child.dep_ == "appos":      # ("NATO allies Poland and Germany": both)
            for named in (child, *child.conjuncts):
                found.extend(a for a in actor_of(ctx, named, exclude, depth + 1) if a not in found)
    if found:
        return found
    if token.lemma_.lower() in ("ally", "partner", "member", "neighbour", "neighbor"):
        for child in token.children:
            if child.dep_ == "compound" and ctx.ref_at(child) is not None and \
                    ctx.ref_at(child).kind == "state":
                found.extend(actor_of(ctx, child, exclude, depth + 1))
        if found:
            return found
        if any(c.dep_ in MODIFIER_DEPS and ctx.ref_at(c) is not None and ctx.ref_at(c).kind in
               ("organisation", "group") for c in token.children):
            return []   # "the first NATO member to buy": one of its states, not the alliance
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    if any(ctx.ref_at(c) is not None and ctx.ref_at(c).kind == "state" for c in modifiers):
        # "our Ukrainian friends": the adjective names them, not the speaker
        modifiers = [c for c in modifiers if not (c.lower_ in FIRST_PERSON and c.pos_ == "PRON")]
    for child in modifiers:
        for actor in actor_of(ctx, child, exclude, depth + 1):
            if actor not in found:
                found.append(actor)
    if not found and depth == 0 and token.pos_ in ("NOUN", "PROPN"):
        found = _prep_actors(ctx, token, {"of"}, exclude)
    if not found and depth <= 1 and token.lemma_.lower() in SEAT_NOUNS:
        # "the government in Bamako", "officials in Hanoi": the state governed from there
        found = _prep_actors(ctx, token, {"in"}, exclude)
    if not found and token.pos_ in ("NOUN", "PROPN"):
        # "some countries, including Singapore, the UAE and Canada"
        found = _prep_actors(ctx, token, {"including", "like", "as"}, exclude)
    former = any(c.dep_ == "amod" and c.lower_ == "former" for c in token.children)
    if found and not (former and token.lemma_.lower() in DEFINITE_ACTOR_NOUNS):
        return found
    if token.lemma_.lower() in SERVICE_NOUNS and depth == 0 and token.pos_ == "NOUN" and \
            token.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return _service_owner(ctx, token, exclude)
    # "the biggest former Yugoslav republic": a description of a state named before
    if token.lemma_.lower() in DEFINITE_ACTOR_NOUNS or lower in DEFINITE_ACTOR_NOUNS:
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "poss")}
        if lower not in PAIR_NOUNS and (dets & DETERMINERS or any(
                c.dep_ == "amod" and c.lower_ in SERIAL_MODIFIERS for c in token.children)):
            same = _same_description(ctx, token, exclude)
            if same:
                return same
        if dets & (DETERMINERS | {"two", "both"}) and not any(
                c.dep_ == "amod" and c.lower_ in ("other", "foreign", "many", "several", "some")
                for c in token.children):
            wanted = 2 if lower in PAIR_NOUNS or dets & {"two", "both"} else 1
            kinds = described_states().get(token.lemma_.lower())
            if kinds and wanted == 1:
                # "the emirate", "the island": the nearest state of that kind
                return antecedents(ctx, token, 1, exclude, allowed=kinds, window=1000)[:1]
            lands = token.lemma_.lower() in LAND_NOUNS
            destination = _destination_antecedent(ctx, token, exclude) if wanted == 1 and lands else None
            if destination is not None:
                return [destination]
            return antecedents(ctx, token, wanted, exclude, lands=lands)
    if token.lemma_.lower() in COUNTED_MAKER_NOUNS and token.tag_ == "NNS":
        # "a deal between Hanwha and PGZ ... the two companies are building": counted
        # firms stand for the states of the firms named before (never one alone)
        count = next((PAIR_COUNTS[c.lower_] for c in token.children
                      if c.dep_ in ("nummod", "det", "predet") and c.lower_ in PAIR_COUNTS), 0)
        if count:
            found = antecedents(ctx, token, count, exclude)
            return found if len(found) == count else []
    return []


DESTINATION_PREPS, REACHING = {"in", "to", "into"}, {"reach"}   # ("reached the country")


def _destination_antecedent(ctx: Context, token, exclude) -> str | None:
    """"The Netherlands will send F-16s to Ukraine. The first will arrive in the country":
    a land goods go to is the recipient of the transfer just stated, when it is among the
    states named close before (not the nearest subject, the sender)."""
    if not (token.dep_ == "pobj" and token.head.lower_ in DESTINATION_PREPS or
            token.dep_ == "dobj" and token.head.lemma_.lower() in REACHING):
        return None
    from .memory import latest_recipient
    found = latest_recipient(ctx, token, exclude)
    return found if found and found in antecedents(ctx, token, 3, exclude, lands=True) else None


def _acting(token) -> bool:
    """A phrase in the place of one who acts: the subject, or the agent of a passive."""
    return token.dep_ == "nsubj" or token.dep_ == "pobj" and token.head.dep_ == "agent"


def _same_description(ctx: Context, token, exclude: tuple[str, ...]) -> list[str]:
    """"the administration" after "the Trump administration", "previous governments" after
    "the Polish government": the party an earlier phrase with the same head noun named."""
    lemma = token.lemma_.lower()
    for earlier in reversed(ctx.doc[:token.left_edge.i]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ not in ("NOUN", "PROPN"):
            continue
        named = [a for child in earlier.children if child.dep_ in MODIFIER_DEPS
                 for a in actor_of(ctx, child, exclude, depth=1)]
        if named:
            return named[:1]
    return []


def _service_owner(ctx: Context, token, exclude: tuple[str, ...]) -> list[str]:
    """"The air force received J-10s" after "the Pakistan Navy ...": the state whose
    service the text named last (the same service first), never a state named otherwise."""
    same = _same_description(ctx, token, exclude)
    if same:
        return same
    for earlier in reversed(ctx.doc[:token.left_edge.i]):
        if earlier.lemma_.lower() not in SERVICE_NOUNS or earlier.pos_ not in ("NOUN", "PROPN"):
            continue
        ref = ctx.ref_at(earlier)
        if ref is not None and ref.actor and ref.actor not in exclude:
            return [ref.actor]
        named = [a for child in earlier.children if child.dep_ in MODIFIER_DEPS and child.pos_ != "PRON"
                 for a in actor_of(ctx, child, exclude, depth=1)]
        if named:
            return named[:1]
    # no service named before: the one state the text is about ("The air force already
    # operates 22 of the type" in an article about India's purchases)
    mains = [a for a in main_states(ctx) if a not in exclude]
    if len(mains) != 1:
        return []
    counts: dict[str, int] = {}
    for ref in ctx.refs:
        if ref.actor and ref.kind == "state":
            counts[ref.actor] = counts.get(ref.actor, 0) + 1
    rivals = [n for a, n in counts.items() if a != mains[0]]
    # (only where the text is plainly about it, not a round-up of several states)
    return mains if counts.get(mains[0], 0) >= 2 * max(rivals, default=0) else []


def _coordinated_antecedents(ctx: Context, token, exclude: tuple[str, ...]) -> list[str]:
    """The nearest coordinated pair or list of parties before a plural pronoun, in its own
    sentence or the one before."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - 1)].start
    for ref in reversed(ctx.refs):
        if ref.start >= token.i or ref.start < first or not ref.actor or ref.actor in exclude:
            continue
        head = ctx.doc[ref.start:ref.end].root
        if head.dep_ == "conj" or head.conjuncts:
            group = [a for t in (head, *head.conjuncts) for a in actor_of(ctx, t, exclude, depth=1)]
            group = list(dict.fromkeys(group))
            if len(group) > 1:
                return group
    return []


def _former(ctx: Context, ref) -> bool:
    """"the former Yugoslav republic": a description, not the historical state."""
    before = ctx.doc[ref.start - 1] if ref.start > 0 else None
    return ref.kind == "state" and before is not None and before.lower_ == "former"


def _subject_is_actor(ctx: Context, token, depth: int = 0) -> bool:
    """Whether the nearest subject before a pronoun "it" names a party (else "it" is most
    likely that thing: a base, a system, a deal)."""
    here = ctx.sentence_number(token)
    for n in range(here, max(-1, here - 2), -1):
        sent = ctx.sentences[n]
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i
                    and t.head.dep_ in ("ROOT", "conj", "ccomp") and t.lower_ not in ACTOR_PRONOUNS
                    and t.pos_ != "PRON" and not t.is_ancestor(token) and t.tag_ != "NNS"]
        # (the main clause's subject, or a reported one's; not the noun the pronoun's own
        # clause describes, "the line it operates with Embraer", nor a plural noun, "refused
        # to let German troops be stationed on its territory")
        if subjects:
            subject = subjects[-1]
            if actor_of(ctx, subject, depth=depth + 1):
                return True
            return subject.lemma_.lower() in DEFINITE_ACTOR_NOUNS
    return True


def speaker_of(ctx: Context, token) -> str | None:
    """The party speaking in the sentence of ``token`` (subject of said/told/wrote)."""
    sent = ctx.sentence_of(token)
    for t in sent:
        if t.lemma_ in ("say", "tell", "write", "state", "announce", "add", "declare", "note", "confirm"):
            for subject in (c for c in t.children if c.dep_ == "nsubj"):
                ref = ctx.ref_at(subject)
                if ref and ref.actor:
                    return ref.actor
                found = actor_of(ctx, subject, depth=1)
                if found and subject.lower_ not in ACTOR_PRONOUNS:
                    return found[0]
        if t.lower_ == "according":   # "according to the Belarusian defence ministry"
            for source in (o for p in t.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
                found = actor_of(ctx, source, depth=1)
                if found:
                    return found[0]
    return None


@lru_cache(maxsize=1)
def described_states() -> dict[str, frozenset[str]]:
    """"emirate" -> the states an "the emirate" may stand for (data/descriptions.tsv)."""
    return {row[0].lower(): frozenset(row[1].split()) for row in data_lines("descriptions.tsv")
            if len(row) >= 2}


def antecedents(ctx: Context, token, wanted: int, exclude: tuple[str, ...] = (),
                allowed: frozenset[str] | None = None, window: int = 3,
                lands: bool = False) -> list[str]:
    """The ``wanted`` nearest distinct actors mentioned before ``token`` (only ``allowed``
    ones when given), up to ``window`` sentences back; with ``lands``, not a seat of power
    ("the Pentagon said the tanks promised to Ukraine had arrived in the country")."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - window)].start
    candidates: list[tuple[str, bool]] = []
    own = token.left_edge.i   # not the phrase's own modifiers ("the former Yugoslav republic")
    for ref in reversed(ctx.refs):
        if ref.start >= token.i or ref.start < first or ref.start >= own or ref.start in ctx.dateline:
            continue   # (the place a report was filed from is no antecedent: "MOSCOW - ... it fired")
        actor = ref.actor
        if not actor or actor in exclude or ref.kind == "place" and ref.role != "metonym":
            continue
        if ref.kind == "state" and ref.role == "origin":
            continue
        if allowed is not None and actor not in allowed:
            continue
        if lands and seat_of_power(ref):
            continue
        candidates.append((actor, _is_subject(ctx, ref)))
    if wanted == 1:
        # a pronoun prefers the nearest subject ("While Indonesia was buying X from Russia,
        # it ..." -> Indonesia), else the nearest actor
        for actor, subject in candidates:
            if subject:
                return [actor]
        return [candidates[0][0]] if candidates else []
    found: list[str] = []
    for actor, _ in candidates:
        if actor not in found:
            found.append(actor)
        if len(found) == wanted:
            break
    return found


# verbs one state turns against another for what it did ("sanctioned Egypt after it bought")
PUNISHING = {"sanction", "remove", "expel", "suspend", "punish", "penalise", "penalize",
             "criticise", "criticize", "condemn", "warn", "threaten", "exclude", "kick",
             "ban", "blacklist", "rebuke"}


def _punished(ctx: Context, token, exclude: tuple[str, ...]) -> list[str]:
    """"Washington sanctioned Egypt after it bought Su-35s", "the US removed Turkey from
    the programme because it took delivery of the S-400": the subject pronoun of a clause
    giving the reason is the state punished, not the one punishing."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or \
            verb.head.lemma_.lower() not in PUNISHING:
        return []
    return [a for o in verb.head.children if o.dep_ == "dobj" for a in actors_of(ctx, o, exclude)]


def seat_of_power(ref: Ref) -> bool:
    try:
        from ..catalog import load
        entry = load().get(ref.id)
    except Exception:  # noqa: BLE001 - an id the catalog does not know
        return False
    return ref.text in getattr(entry, "seats", ())


def _is_subject(ctx: Context, ref: Ref) -> bool:
    node = ctx.doc[ref.start:ref.end].root
    while node.dep_ in ("compound", "amod", "poss", "nmod", "conj", "pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ != "of":
            return False
        if node.dep_ in ("poss", "amod") and _names_system(ctx, node.head):
            return False   # "Israel's Barak MX ...", "the Dutch jets": the maker or former owner
        if node.dep_ == "amod" and node.head.pos_ == "NOUN" and trigger_of(node.head, "transfer") is not None:
            return False   # "the French purchases do not mean ...": a side of a deal, not its subject
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def _names_system(ctx: Context, token) -> bool:
    """Whether the noun phrase headed by ``token`` names a weapon ("Spyder system"; not
    "Moroccan soldiers")."""
    from .parties import NOT_TRANSFERRED   # (parties builds on this module)
    return any(ref is not None and ref.is_system and ref.id not in NOT_TRANSFERRED for ref in
               [ctx.ref_at(t) for t in (token, *token.children) if t is token or t.dep_ in ("compound", "nmod")])


CARRYING = {"carry", "transport", "ferry", "airlift", "haul"}


def carrier(ctx: Context, ref: Ref) -> bool:
    """Whether the system only carries the goods: "a C-17 transport landed ... carrying
    launchers", "Y-20 planes carrying the FK-3 system"."""
    node = ctx.doc[ref.start:ref.end].root
    while node.dep_ in ("compound", "nmod", "amod", "preconj", "npadvmod", "appos", "nummod") and \
            node.head.i != node.i:
        node = node.head
    if any(c.dep_ == "acl" and c.lemma_ in CARRYING for c in node.children):
        return True
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and (verb.lemma_ in CARRYING or any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_ in CARRYING for c in verb.children))


# verbs whose object a weapon hit, not one traded ("used these systems to shoot down a Tu-22M3")
TARGETING = {"shoot", "down", "destroy", "intercept", "hit", "strike", "sink", "damage", "attack"}


def target(ctx: Context, ref: Ref) -> bool:
    """Whether the system is what a weapon hit: "shot down a Tu-22M3 bomber", "the Su-24
    was downed", "destroyed two T-90 tanks"."""
    node = ctx.doc[ref.start:ref.end].root
    while node.dep_ in ("compound", "nmod", "amod", "nummod") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in TARGETING


def system_antecedents(ctx: Context, token, window: int = 3) -> list[Ref]:
    """Named systems a pronoun or definite description ("them", "the systems") points to:
    of those named in the ``window`` sentences before, the one the text names most."""
    here = ctx.sentence_number(token)
    category = ctx.ref_at(token)
    first = ctx.sentences[max(0, here - window)].start
    refs = [r for r in ctx.refs if r.kind == "system" and first <= r.start < token.i and
            not carrier(ctx, r) and not target(ctx, r)]
    if category is not None and category.is_category and token.lower_ not in COUNTED_UNITS:
        # (a unit of a weapon, "two regiments", is of any kind)
        refs = [r for r in refs if describes(token, category.id, r.id)]
    if not refs:
        # a weapon only the title names ("BrahMos: from joint venture to export success
        # ... signing a contract for three coastal batteries"): the description stands for it
        named = [f for f in title_systems(ctx) if category is None or not category.is_category or
                 covers(category.id, family_category(f)) or token.lower_ in COUNTED_UNITS]
        wide = ctx.sentences[max(0, here - 8)].start
        if not named or any(r.kind == "system" and wide <= r.start < token.i for r in ctx.refs):
            return []   # (a weapon the text names a few sentences back comes first)
        return [Ref(token.i, token.i + 1, "system", named[0], token.text,
                    next(iter(family_origins(named[0])), None))]
    close = ctx.sentences[max(0, here - 1)].start    # the sentence before
    start = ctx.sentences[here].start                # this sentence
    if _ordinal(token) or bare_count(token):
        # "the first is due in 2025", "the remaining aircraft": a part of the weapon named in
        # this sentence or the one before, else of a transfer stated shortly before; not of
        # the system the text names most
        from .memory import COMMITTED, stated_statuses   # (memory and parties build on this module)
        from .parties import foreign_held
        entries = [e for e in ctx.__dict__.get("transfer_parties", []) if first <= e[0] < token.i]
        traded = {e[3] for e in entries}
        made = {e[3] for e in entries if stated_statuses(ctx, e) & COMMITTED}
        fresh = [r for r in refs if foreign_held(ctx, r) is None] or refs   # not "Lima's French-built jets"
        near = [r for r in fresh if r.start >= close]
        own = [r for r in near if r.start >= start]
        # (this sentence's first; then the weapon of a deal made before that of the offer it beat)
        return [(own or [r for r in near if r.id in made] or near or [r for r in fresh if r.id in made]
                 or [r for r in fresh if r.id in traded] or fresh)[-1]]
    same_noun = [r for r in refs if r.start >= close and r.end - r.start > 1 and
                 ctx.doc[r.end - 1].lemma_.lower() == token.lemma_.lower()]
    if same_noun:
        return same_noun[-1:]   # "six HIMARS launchers ...; the launchers arrived in May"
    own = [r for r in refs if r.start >= start and not r.is_category]
    if token.lower_ in SYSTEM_PRONOUNS and own:
        # "signed for 42 Rafales in 2022, and the first of them ..."; a plural pronoun
        # after a list is all of it ("Mi-24 and Mi-17 helicopters, most of them bought ...")
        last = own[-1]
        if token.lower_ in ("they", "them", "these", "those"):
            heads = {ctx.doc[last.end - 1].i} | {c.i for c in ctx.doc[last.end - 1].conjuncts}
            listed = [r for r in own if ctx.doc[r.end - 1].i in heads or
                      ctx.doc[r.end - 1].head.i in heads and ctx.doc[r.end - 1].dep_ in ("compound", "nmod")]
            if len(listed) > 1:
                return listed
        return [last]
    # the system the text is about: the most mentioned so far, then the nearest
    counts: dict[str, int] = {}
    for r in ctx.refs:
        if r.kind == "system" and r.start < token.i:
            counts[r.id] = counts.get(r.id, 0) + 1
    return [max(reversed(refs), key=lambda r: counts.get(r.id, 0))]


REMAINDER_WORDS = {"remaining", "other", "last", "final", "rest"}
ORDINAL_WORDS = {"first", "second", "third", "fourth", "initial", "latest"}


def dated(prep) -> bool:
    """"about the system in 2019": a date the parser hung on the noun."""
    return any(o.dep_ == "pobj" and (o.like_num or o.ent_type_ in ("DATE", "TIME")) for o in prep.children)


def _ordinal(token) -> bool:
    """"the first", "the first two", "the remaining aircraft", "the last of them"."""
    words = ORDINAL_WORDS | REMAINDER_WORDS
    return token.lower_ in words or any(c.dep_ == "amod" and c.lower_ in words for c in token.children)


# words that stand alone for part of the goods named before ("gave some to Kyiv")
UNCOUNTED_OBJECTS = {"some", "several", "many", "most"}


def bare_count(token) -> bool:
    """"Spain shipped ten", "Denmark ordered eight more", "Manila ordered another 12",
    "signed for 30 more", "approved the sale of a further 18": a count with no noun of its
    own, as the object, counts the weapon named just before (not a year, not "in 2019" or
    a plain "of 12")."""
    if token.lower_ in UNCOUNTED_OBJECTS and token.dep_ == "dobj" and token.pos_ in ("PRON", "DET", "ADJ") and \
            not any(token.children):
        return True   # "Estonia, which later passed some to Ukraine": a part of the weapon named before
    if token.lower_ == "more" and token.pos_ == "ADJ":
        counts = [c for c in token.children if c.dep_ == "nummod" and c.like_num]
        if not counts:
            return False
        count = counts[0]
    else:
        count = token
    further = token is not count or any(c.lower_ in ("another", "further", "additional") for c in count.children
                                        if c.dep_ in ("det", "amod", "advmod"))
    if count.pos_ != "NUM" or token.dep_ not in ("dobj", "pobj", "nsubjpass") or \
            token.dep_ == "pobj" and token.head.lower_ not in ("for", "with") and not (
                token.head.lower_ == "of" and further):     # ("the sale of a further 18")
        return False
    if count.text.isdigit() and len(count.text) == 4:
        return False   # "bought in 2019" misparsed as an object
    return not any(c.dep_ in ("compound", "poss", "appos", "relcl", "acl") or c.dep_ == "prep" and not dated(c)
                   for c in token.children)    # ("ordered another 18 in 2022": a date hung on it)


def is_reference(token) -> bool:
    """Whether ``token`` heads a pronoun or definite description of weapons."""
    if token.lower_ in SYSTEM_PRONOUNS and token.pos_ in ("PRON", "DET"):
        return True
    if bare_count(token):
        return True
    if token.like_num and any(c.dep_ == "det" and c.lower_ == "the" or
                              c.dep_ == "poss" and c.lower_ in ("its", "their")
                              for c in token.children) and \
            any(c.dep_ == "amod" and c.lower_ in REMAINDER_WORDS | ORDINAL_WORDS for c in token.children):
        return True   # "the remaining four would arrive", "the other two", "its first six"
    if token.lower_ in ORDINAL_WORDS | REMAINDER_WORDS and token.pos_ in ("ADJ", "NOUN", "ADV") and \
            token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True   # "the first was delivered in April", "the last arrived in 2026"
    if token.lower_ in ORDINAL_WORDS | REMAINDER_WORDS and token.dep_ == "amod" and \
            token.head.dep_ == "pobj" and token.head.head.lower_ == "with" and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in token.head.children):
        return True   # "..., with the first due in 2026" (the parser hangs "the" on "due")
    if token.like_num and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lower_ in REMAINDER_WORDS | ORDINAL_WORDS and \
            any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) and \
            not (token.text.isdigit() and len(token.text) == 4):
        return True   # "the last of the 12 landed", "the first of the 24 were delivered"
    if token.like_num and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lower_ in BATCH_NOUNS and not list(token.children) and \
            not (token.text.isdigit() and len(token.text) == 4):
        return True   # "the final batch of four was handed over"
    if token.lower_ in COUNTED_UNITS and any(c.dep_ == "nummod" for c in token.children) and not any(
            c.dep_ in ("det", "compound", "nmod", "relcl", "acl", "poss") or
            c.dep_ == "amod" and c.is_alpha and not c.text.islower() or
            c.dep_ == "prep" and not dated(c) for c in token.children):
        # "New Delhi ordered five regiments in 2018", "a contract for three coastal
        # batteries": units of the weapon named ("three Chinese batteries" name another)
        return True
    if token.lower_ in SYSTEM_NOUNS:
        dets = {c.lower_ for c in token.children if c.dep_ == "det"}
        # "the remaining two batteries": plain adjectives and numbers keep it a reference;
        # "the Chinese systems", "the systems of the navy" name something new
        return bool(dets & {"the", "these", "those", "this"}) and not any(
            c.dep_ in ("compound", "nmod", "relcl", "acl") or c.dep_ == "prep" and not dated(c) or
            c.dep_ == "amod" and c.is_alpha and not c.text.islower() for c in token.children)
    return False
