"""Test claims: an actor tests a weapon system, optionally in a host state.

Triggers in ``data/test.tsv``: "India test-fired the Barak-8 from a base in Odisha",
"Belarus was about to test new missiles for the Palanez and the BUK", "the Polonez was
first tested in China" (passive: the actor is the agent, else the system's origin), "a
successful missile test of the Agni-V" (noun: the actor owns the test or is the subject of
the verb governing it), "the launcher underwent trials in China". "fire" / "launch" count
next to "test" ("test fired", "test launch"), or when a state launches a missile with no
sign of combat ("North Korea launched a Hwasong-18 into the sea"): no target phrase ("at
Kyiv", "towards Israel", "into Ukraine") and no attack word in the sentence
(``data/test_launch.tsv``): a launch at a target is no test.

The system is what the trigger's object names: named systems first (also in "for" / "of"
complements), else the category of the object.
"""
from __future__ import annotations

from functools import lru_cache

from . import patterns, roles
from .context import Context
from .definites import resolve_definite
from .flights import find_flights
from .recall import apposed_system
from .garrisons import subject_actors_of
from .triggers import data_lines, trigger_of
from .typeroles import (agent_actors, make_claim, noun_category, origin_of, origins_of, owners_of, place_objects, places_of, sentences,
                        statuses_of, weapons_of)

LEXICON = "test"
PLACE_PREPS = {"in", "at", "from", "over", "off", "near", "on"}
NOT_TESTED = {"category:troops", "category:airbase", "category:military-facility",
              "category:production", "category:testing-range", "category:materiel",
              "category:technology"}


def find(ctx: Context) -> list:
    claims = []
    for _, sent in sentences(ctx):
        for token in sent:
            trigger = trigger_of(token, LEXICON)
            if trigger is None:
                continue
            if trigger.frame == "fire" and not _has_test(token) and not _peaceful_launch(ctx, token):
                continue
            if _capability(token):
                continue      # "a launcher able to fire Tomahawk missiles": what it can do, no test
            if token.lemma_.lower() == "fly" and _flown_somewhere(token):
                continue      # "flew a Typhon missile launcher into northern Luzon": carried, not tested
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and \
                    trigger_of(token.head, LEXICON) is not None:
                continue      # "test launch": the head noun is the trigger
            if token.dep_ == "pcomp" and token.head.lower_ in ("for", "without"):
                continue      # "grounds for testing missiles": a purpose, not a test
            claims.extend(_claims(ctx, token, trigger))
    claims.extend(_loose(ctx, {c.start for c in claims}))
    claims.extend(find_flights(ctx, {c.start for c in claims}, launch_words().get("attack", set())))
    return claims


AIMING_PREPS = {"at", "on", "against", "toward", "towards", "into", "over"}


def _aimed(ctx: Context, word) -> bool:
    """A launch with a target phrase naming a state or place ("fired at Kyiv", "launched
    into Ukraine"): an attack."""
    preps = [t for t in word.subtree if t.dep_ == "prep"]
    if word.pos_ == "NOUN" and word.dep_ in ("dobj", "nsubj", "nsubjpass"):
        preps += [c for c in word.head.children if c.dep_ == "prep"]   # "carried out a firing ... at Odesa"
    return any(t.lower_ in AIMING_PREPS and any(
        (r := ctx.ref_at(o)) is not None and r.kind in ("state", "place") for o in t.subtree) for t in preps)


# words that make a sentence naming a missile a report of its test, however it is parsed
LOOSE_WORDS = {"test", "tests", "tested", "testing", "test-fired", "test-fire", "test-fires", "flight-tested",
               "test-launched", "test-launch"}


def _loose(ctx: Context, claimed: set) -> list:
    """A sentence no trigger read that names a missile and a test word ("2017 - Pakistan
    test-fires the Ababeel", where the parser breaks "test-fires"; "the Tayfun, whose
    latest test ..."): a test by the state it names first, else by the missile's maker.
    Without a test word, a launch or firing of a missile by its maker in a sentence with no
    attack, target or satellite in it ("the last K-4 firing") is one too."""
    attack = launch_words().get("attack", set())
    barred = attack | launch_words().get("space", set())
    out = []
    for _, sent in sentences(ctx):
        if sent.start_char in claimed:
            continue
        refs = ctx.refs_in(sent.start, sent.end)
        named = [r for r in refs if r.is_system and not r.is_category and
                 _missile_category(r) in MISSILE_CATEGORIES | {"category:air-defence"}]
        if not named:
            continue   # (first: most sentences name no missile)
        words = _test_words(ctx, sent)
        launched = not words
        practice = _practice_targets(ctx, sent)   # ("hit a target drone": a test's)
        if launched:
            words = [t for t in sent if _launch_word(t) and not _aimed(ctx, t)]
            # only the target words and the verbs that take them as object are a test's here
            aimed_at = {t.i for t in sent if t.i in practice and t.lemma_.lower() in ("target", "targets")}
            aimed_at |= {t.i for t in sent if any(c.i in aimed_at and c.dep_ == "dobj" for c in t.children)}
            if not words or any((t.lemma_.lower() in barred or t.lower_ in barred) and t.i not in aimed_at
                                for t in sent):
                continue     # (but "hit its targets at the Kura range after a launch": a test's)
        word = words[0].head if words[0].dep_ in ("compound", "npadvmod") else words[0]
        if any((t.lemma_.lower() in attack or t.lower_ in attack) and t.i not in practice
               for t in word.subtree):
            continue   # "tested by Ukraine in combat": use in war, not a test
        states = [r.actor for r in refs if r.kind == "state" and r.actor and r.role != "origin"]
        actor = states[0] if states else origin_of(named[0], ctx)
        if not actor or launched and actor not in origins_of(named[0]):
            continue   # ("Ukraine launched Storm Shadows": a state tests the missiles it makes)
        status = statuses_of(words[0], "done", "supplier") or ["done"]
        if status[0] in ("refused", "negotiating", "proposed"):
            continue
        out.append(make_claim(ctx, "test", words[0], status[0], named[0], confidence=0.3, actor=actor, host=None))
    return out


def _test_words(ctx: Context, sent) -> list:
    """"tested", "tests", and "test-fires" as the tokenizer splits it (test - fires)."""
    return [t for t in sent if t.lower_ in LOOSE_WORDS or
            t.lower_ in ("fires", "fired", "launches", "launched") and t.i > sent.start + 1
            and ctx.doc[t.i - 1].text == "-" and ctx.doc[t.i - 2].lower_ == "test"]


def _launch_word(token) -> bool:
    """"was launched", "fired", "the last K-4 firing" (not "launch vehicle", "fire unit")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN") and lemma in ("launch", "fire") or \
        token.pos_ == "NOUN" and lemma in ("launch", "firing") and token.dep_ not in ("compound", "amod")


CAPABLE = {"able", "capable", "designed", "built", "meant", "intended"}


def _capability(token) -> bool:
    """"able to fire", "capable of launching", "designed to fire": a capability."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in CAPABLE or head.lower_ in CAPABLE


def _flown_somewhere(verb) -> bool:
    """A thing flown to a place, or a launcher flown: transport, not a missile's flight."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "onto") for c in verb.children) or \
        any(o.lemma_.lower() in PLATFORM_NOUNS for o in patterns.slot_fillers(verb, "dobj"))


def _has_test(token) -> bool:
    doc = token.doc
    if "test" in token.lower_:
        return True
    test_words = launch_words().get("test", set())
    if token.i > 0 and doc[token.i - 1].lower_ in test_words:
        return True      # "a training launch of the Shaheen-III"
    if any(c.lower_ in test_words for c in token.children):
        return True
    # "fired a Meteor missile in a guided test", "fired Bavar-373 missiles during its annual
    # air-defence drill": a firing in a test or drill
    return any(o.lemma_.lower() in TEST_EVENTS or o.lower_ in TEST_EVENTS
               for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "at")
               for o in prep.children if o.dep_ == "pobj")


TEST_EVENTS = {"test", "trial", "tests", "trials", "drill", "drills", "exercise", "exercises", "manoeuvres",
               "maneuvers", "firing"}


MISSILE_CATEGORIES = {"category:missiles", "category:ballistic-missiles", "category:cruise-missiles"}


@lru_cache(maxsize=1)
def launch_words() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for row in data_lines("test_launch.tsv"):
        if len(row) >= 2:
            table.setdefault(row[0], set()).add(row[1].lower())
    return table


def _missile_category(ref) -> str | None:
    if ref is None:
        return None
    if ref.is_category:
        return ref.id
    return roles.family_category(ref.id)


def _peaceful_launch(ctx: Context, token) -> bool:
    """A state fires / launches a missile (active voice) with no target and no combat
    word in the sentence: a test ("North Korea launched a Hwasong-18 off its east coast")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    passive = patterns.is_passive(token)
    words = launch_words()
    here = ctx.sentence_number(token)
    around = ctx.sentences[max(0, here - 1):here + 2]      # the sentence and its neighbours
    practice = set().union(*(_practice_targets(ctx, sent) for sent in around))
    if any((t.lemma_.lower() in words.get("attack", ()) or t.lower_ in words.get("attack", ()))
           and t.i not in practice and not _in_name(t) for sent in around for t in sent):
        return False
    if any((t.lemma_.lower() in words.get("space", ()) or t.lower_ in words.get("space", ()))
           and not (t.text[:1].isupper() and t.lower_ in words.get("name", ()))
           for t in ctx.sentence_of(token)):
        return False          # "launched a Soyuz rocket carrying a weather satellite": a space launch
        # (not "from Vandenberg Space Force Base": a word of a name)
    if any(t.dep_ == "prep" and t.lower_ in ("toward", "towards", "against") and not _open_water(ctx, t, practice)
           for t in token.subtree):
        return False          # "launched from submarines in the Black Sea toward Odesa"
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in words.get("toward", ()) and not _when(ctx, prep) and \
                not _open_water(ctx, prep, practice):
            return False
        if prep.lower_ in ("into", "over", "across"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ref = ctx.ref_at(obj)
                if obj.lemma_.lower() not in words.get("open", ()) and \
                        not (ref is not None and ref.kind == "place" and ref.id.startswith("place:")
                             and not ref.state):
                    return False      # "into Ukraine", "over Kyiv"
    objects = patterns.slot_fillers(token, "subjpass" if passive else "dobj")
    if not objects:
        return False
    if token.tag_ == "VBG" and token.dep_ not in ("ROOT", "conj", "ccomp") and \
            not (token.dep_ == "xcomp" and token.head.lemma_.lower() in words.get("repeat", ())):
        # "a response to NATO launching its missile-defence system" (but "the Air Force keeps
        # launching Minuteman III missiles": launches it goes on with)
        return False
    # the object itself is a missile ("a Hwasong-18 missile"), not a system around one
    # ("its missile-defence system", "a missile programme")
    missiles = [w for o in objects for w in weapons_of(ctx, o, allow_generic=False)
                if ctx.ref_at(o) is not None and _missile_category(ctx.ref_at(o)) in MISSILE_CATEGORIES
                and _missile_category(w[1]) in MISSILE_CATEGORIES]
    if not missiles and any(o.lower_ in ("it", "them") for o in objects):
        # "Pyongyang launched it for the third time": the missile named before
        missiles = [w for w in referred_weapons(ctx, token, objects) if _missile_category(w[1]) in MISSILE_CATEGORIES]
    if not missiles:
        return False
    if passive:     # "the Sarmat missile was launched from Plesetsk": a named system's maker
        return any(w[1] is not None and not w[1].is_category for w in missiles)
    subjects = patterns.subjects(token)
    if any(roles.actors_of(ctx, s) or owners_of(ctx, s) for s in subjects):
        return True
    # "the submarine Imperator Aleksandr III fired a Bulava missile": a platform fires a
    # named missile (its maker tests it)
    return any(w[1] is not None and not w[1].is_category for w in missiles) and \
        any(_platform(ctx, t) for s in subjects for t in _phrase(s))


def _open_water(ctx: Context, prep, practice: set[int]) -> bool:
    """A launch "toward the East Sea", "towards open waters", "against targets at sea":
    aimed at water or at practice targets, not at a state or place on land (an object named
    as a sea with no state of its own, or a word of kind ``open`` in ``data/test_launch.tsv``)."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if not objects:
        return False
    opened = launch_words().get("open", set())
    for obj in objects:
        if obj.i in practice:
            continue
        ref = ctx.ref_at(obj)
        if obj.lemma_.lower() in opened or obj.lower_ in opened:
            continue
        if ref is not None and ref.kind == "place" and not ref.state and \
                any(t.lemma_.lower() in opened for t in ctx.doc[ref.start:ref.end]):
            continue      # "the East Sea", "the Sea of Japan" (not "Odesa")
        return False
    return True


def _in_name(token) -> bool:
    """A capitalised word inside a name ("the U.S. Air Force Global Strike Command"), not
    at a sentence start."""
    return token.text[:1].isupper() and not token.is_sent_start and token.pos_ == "PROPN" and \
        (token.dep_ == "compound" or any(c.dep_ == "compound" for c in token.children))


def _phrase(head) -> list:
    """The head of a noun phrase with its modifiers and appositions (no clauses): "the
    submarine Imperator Aleksandr III, a Borei-A class boat"."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod", "appos"):
            out += _phrase(child)
    if head.dep_ in ("compound", "appos") and head.head not in out and len(out) < 12:
        out.append(head.head)
    return out


def _platform_noun(ctx: Context, token) -> bool:
    """A ship or aircraft as a common noun ("a Japanese destroyer"), not a place."""
    return noun_category(token) in PLATFORMS or token.lemma_.lower() in PLATFORM_NOUNS


def _platform(ctx: Context, token) -> bool:
    ref = ctx.ref_at(token)
    return noun_category(token) in PLATFORMS or ref is not None and (
        ref.id in PLATFORMS or ref.is_system and not ref.is_category)


PLATFORM_NOUNS = {"prototype", "aircraft", "jet", "fighter", "plane", "ship", "submarine", "vessel", "frigate",
                  "destroyer", "launcher", "bomber", "drone"}
PLATFORMS = {"category:ships", "category:aircraft", "category:helicopters"}


HITTING = {"hit", "strike", "destroy", "intercept", "down", "target"}


def _practice_targets(ctx: Context, sent) -> set[int]:
    """Indices of the practice targets of a test firing: "at a target on the coast", "hit
    a target drone over the Black Sea" (a target noun, or the word it names, with no state
    in its phrase; "targets in Ukraine" are an attack's)."""
    found: set[int] = set()
    for token in sent:
        if token.lemma_.lower() != "target":
            continue
        head = token.head if token.dep_ == "compound" else token       # "a target drone"
        if any(r.actor and r.kind in ("state", "place") for r in ctx.refs_in(head.left_edge.i, head.right_edge.i + 1)):
            continue
        found.update({token.i, head.i})
        # the verbs that hit it: "hit a target drone", "... at a target, hitting it"
        found.update(t.i for t in sent if t.lemma_.lower() in HITTING)
    return found


def _when(ctx: Context, prep) -> bool:
    """"on Thursday", "at dawn", "at 7:10 a.m.": a time, not a target."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        ref = ctx.ref_at(obj)
        if ref is not None and ref.kind == "date" or obj.ent_type_ in ("DATE", "TIME") or \
                obj.lemma_.lower() in ("dawn", "night", "morning", "noon", "evening", "midnight"):
            return True
    return False


def _systems(ctx: Context, token) -> list[tuple]:
    if token.pos_ in ("VERB", "AUX"):
        heads = patterns.slot_fillers(token, "subjpass" if patterns.is_passive(token) else "dobj")
        if not heads and (token.dep_ in ("acl", "amod", "relcl") and token.tag_ == "VBN" or
                          token.dep_ == "amod" and token.tag_ == "VBD"):
            # ("North Korea test-fired two missiles ..., Seoul said" read as one noun phrase)
            heads = [token.head]
    else:
        heads = patterns.prep_objects(token, {"of", "on"})
        heads += [c for c in token.children if c.dep_ in ("compound", "nmod", "amod")]
        governor = token.head
        if token.dep_ == "pobj" and governor.lower_ in ("in", "during") and governor.head.pos_ == "VERB" and \
                trigger_of(governor.head, LEXICON) is None and any(c.dep_ == "det" for c in token.children):
            # "its Tayfun missile hit a target in a firing test": the weapon that acts in it
            # ("fired a Meteor in a guided test": the firing verb's own claim)
            heads += [h for h in patterns.subjects(governor.head) if h not in heads]
        if token.dep_ == "dobj" and governor.lemma_ in ("undergo", "pass", "complete", "conduct"):
            for subject in (c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subject.lower_ in ("which", "that", "who") and governor.dep_ == "relcl":
                    # "the Palanez launcher, a new product which underwent trials in China"
                    antecedent = governor.head
                    heads.append(antecedent)
                    if antecedent.dep_ == "appos":
                        heads.append(antecedent.head)
                else:
                    heads.append(subject)
    # "for the Palanez and for the BUK": coordinated prepositions too
    heads += [o for o in place_objects(token, {"for"}) if o not in heads]
    found: list[tuple] = []
    for head in heads:
        for weapon in weapons_of(ctx, head, allow_generic=False):
            if weapon[0] not in NOT_TESTED and weapon[0] not in [w[0] for w in found]:
                found.append(weapon)
    if not found:
        found = referred_weapons(ctx, token, heads)
    named = [w for w in found if w[1] is not None and not w[1].is_category]
    if not named and found:
        # "meant Palanez multiple rocket launcher": the parser split the name from its noun
        for head in heads:
            left = head.left_edge.i - 1
            ref = ctx.ref_at(left) if left >= 0 else None
            if ref is not None and ref.is_system and not ref.is_category and ref.end == head.left_edge.i:
                named.append((ref.id, ref, ctx.doc[left]))
                break
    if not named:
        # "tested the Surface to Air Missile (VL-SRSAM)": the name the kind is given
        named = [(r.id, r, ctx.doc[r.start]) for w in found if w[1] is not None and w[1].is_category
                 for r in [apposed_system(ctx, w[1])] if r is not None and not r.is_category][:1]
    if not named:
        # "test-fired an extended-range version of the missile": the one named before
        resolved = [w for w in (resolve_definite(ctx, w) for w in found)
                    if w[1] is not None and not w[1].is_category]
        return resolved[:1] or found[:1]
    return named


def referred_weapons(ctx: Context, token, heads) -> list[tuple]:
    """"The Barak-8 ... India tested it from a warship", "Its first full-scale test took
    place at Plesetsk": the named weapon a pronoun object, or the "its" of a test noun that
    stands for no party, points back to."""
    pronouns = [h for h in heads if h.lower_ in ("it", "them")]
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
        # (the weapon the sentence before is about: not "the partnership survived its first tests")
        pronouns += [c for c in token.children if c.dep_ == "poss" and c.lower_ == "its" and
                     not roles.actors_of(ctx, c)]
    found: list[tuple] = []
    for pronoun in pronouns:
        topic = _topic(ctx, pronoun)
        for ref in (topic if pronoun.dep_ == "poss" else topic or roles.system_antecedents(ctx, pronoun, window=2))[:1]:
            if not ref.is_category and roles.family_category(ref.id) not in NOT_TESTED:
                found.append((ref.id, ref, pronoun))
    return found


def _topic(ctx: Context, pronoun) -> list:
    """The named weapon that is the subject of the sentence before ("Russia's Sarmat
    missile is meant to replace the Voevoda. Its first test ...")."""
    here = ctx.sentence_number(pronoun)
    if here == 0:
        return []
    before = ctx.sentences[here - 1]
    for ref in ctx.refs_in(before.start, before.end):
        if ref.kind != "system" or ref.is_category:
            continue
        node = ctx.doc[ref.end - 1]
        while node.dep_ in ("compound", "amod", "nmod", "appos") and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("nsubj", "nsubjpass"):
            return [ref]
    return []


def _actors(ctx: Context, token, systems, hosts) -> list[str]:
    if token.pos_ in ("VERB", "AUX"):
        actors = agent_actors(ctx, token) if patterns.is_passive(token) else subject_actors_of(ctx, token)
        if not actors and patterns.is_passive(token):
            # "a Tomahawk was fired from a Japanese destroyer": the platform's owner fired it
            actors = [a for o in patterns.prep_objects(token, {"from"}) if _platform_noun(ctx, o)
                      for a in owners_of(ctx, o) if a not in actors]
        if not actors and token.dep_ in ("acl", "amod") and \
                (token.head.dep_ == "ROOT" or token.tag_ == "VBD" and token.head.dep_ == "ccomp"):
            # "Taiwan test-fired Harpoon missiles during drills" read as one noun phrase:
            # the party named before the participle
            actors = [ctx.ref_at(c).actor for c in token.head.children
                      if c.i < token.i and ctx.ref_at(c) is not None and ctx.ref_at(c).actor
                      and ctx.ref_at(c).kind in ("state", "organisation")]
    else:
        actors = [a for a in owners_of(ctx, token)]
        if not actors:
            for subject in patterns.governor_subjects(token):
                ref = ctx.ref_at(subject)
                if ref is not None and ref.is_system:
                    continue
                actors.extend(a for a in roles.actors_of(ctx, subject) if a not in actors)
    if not actors and token.pos_ in ("VERB", "AUX") and not patterns.is_passive(token):
        # "the Australian destroyer HMAS Brisbane fired a Tomahawk": the navy of the ship named
        # (a ship's prefix gives it), or whose the firing ship or aircraft is
        for subject in patterns.subjects(token):
            ref = ctx.ref_at(subject)
            navy = [ref.state] if ref is not None and ref.is_category and ref.state else []
            ships = [subject, *(c for c in subject.children if c.dep_ == "appos")]
            actors += [a for a in navy or [o for s in ships if noun_category(s) == "category:ships"
                                           for o in owners_of(ctx, s)] if a not in actors]
    if not actors and token.pos_ in ("VERB", "AUX") and not patterns.is_passive(token):
        # "The KF-21 prototypes fired a Meteor missile": the maker of the firing platform
        for subject in patterns.subjects(token):
            actors += [o for w in weapons_of(ctx, subject, allow_generic=False) if w[1] is not None
                       and not w[1].is_category for o in [origin_of(w[1], ctx)] if o and o not in actors]
            if not actors and subject.lemma_.lower() in PLATFORM_NOUNS and \
                    any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in subject.children):
                # "the prototypes have since fired a Meteor": the platform named before
                actors += [o for r in roles.system_antecedents(ctx, subject)
                           for o in [origin_of(r, ctx)] if o and o not in actors]
    if not actors:
        # "a British Trident II missile failed during a test launch": the state the
        # weapon's own adjective names, else its maker
        owned = [a for _, ref, _ in systems if ref is not None and not ref.is_category
                 for a in owners_of(ctx, ctx.doc[ref.end - 1])]
        origins = [origin_of(ref, ctx, tuple(hosts[:1])) or origin_of(ref, ctx)
                   for _, ref, _ in systems if ref is not None]
        actors = (owned or [o for o in origins if o])[:1]
    return actors


def _claims(ctx: Context, token, trigger) -> list:
    systems = _systems(ctx, token)
    if not systems:
        return []
    hosts = places_of(ctx, token, PLACE_PREPS)
    if not hosts and token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
        hosts = places_of(ctx, token.head, PLACE_PREPS)
    actors = _actors(ctx, token, systems, hosts)
    if not actors:
        return []
    statuses = statuses_of(token, trigger.status, "supplier") or []
    if not statuses or statuses[0] in ("refused", "negotiating", "proposed"):
        return []      # "could test", "wants to test": no test yet
    out = []
    for system, ref, _ in systems:
        for actor in actors:
            host = next((h for h in hosts if h != actor), None)
            claim = make_claim(ctx, "test", token, statuses[0], ref or system, confidence=0.55,
                              actor=actor, host=host)
            out.append(claim)
    return out
