"""Words and phrases that name a drill or its doers, for :mod:`.exercise`: drill nouns
("exercises", "war games"), a name that forces take part in ("taking part in Eagle
Partner"), a drill's own name and owner ("Russia's Vostok exercise"), and drill verbs of
forces acting together ("Uzbek and Chinese troops trained together near Tashkent"); a
drill noun that describes a drill named before it (``describes_named``) or drills in
general (``generic_drill``: "any exercise").
"""
from __future__ import annotations

import calendar

from . import patterns, roles, status as status_mod
from .context import Context
from .garrisons import dateline, observer
from .groups import group_members, group_size
from .triggers import trigger_of
from .typeroles import noun_category, owners_of, places_of

LEXICON = "exercise"
PLACE_PREPS = {"in", "on", "at", "near", "off", "over", "across", "inside", "within", "throughout", "along"}
INSIDE = {"in", "on", "at", "inside", "within", "throughout", "across"}


def possessor(ctx: Context, noun, plural: bool = True) -> list[str]:
    """The party a drill belongs to: "its / Russia's Vostok exercise"; without ``plural``
    not "their" ("South Korea and the US began their annual exercises": all of them, so no
    one owner)."""
    found: list[str] = []
    for child in (c for c in noun.children if c.dep_ == "poss" and (plural or c.lower_ != "their")):
        found += [a for a in roles.actors_of(ctx, child) if a not in found]
    return found


def own_name(ctx: Context, noun) -> str:
    """The name a drill noun carries ("the Medusa drills", "the annual Dosti exercise",
    "Nomadic Elephant, the annual exercise", "Exercise Talon Strike"), lower case, or ""."""
    for child in noun.children:
        ref = ctx.ref_at(child)
        if child.dep_ in ("compound", "amod", "nmod", "appos") and child.text[:1].isupper() and \
                not (ref is not None and (ref.actor or ref.kind in ("date", "system", "category"))):
            return _name_text(child)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not (
            ctx.ref_at(noun.head) is not None and ctx.ref_at(noun.head).actor):
        return _name_text(noun.head)
    return ""


def _name_text(head) -> str:
    words = [t for t in head.subtree if t.i <= head.i and (t.pos_ in ("PROPN", "NUM") or t.i == head.i)] \
        if head.pos_ == "PROPN" else [head]
    return " ".join(t.lower_ for t in words)


def drill_noun(token, trigger) -> bool:
    """A noun naming a drill: frame ``exercise``, or a word of frame ``wargame`` with the
    word before it that makes it one ("war games", "naval games")."""
    if trigger is None or trigger.pos != "NOUN":
        return False
    if token.lemma_.lower() == "exercise" and token.tag_ == "NN":
        # "the junta's exercise of power": the word's other sense (not "an exercise of the
        # armed forces of Russia and Belarus")
        objects = patterns.prep_objects(token, {"of"})
        if objects and not any(noun_category(o) == "category:troops" or trigger_of(o, LEXICON) is not None or
                               o.pos_ == "PROPN" or o.text[:1].isupper() or o.ent_type_ in ("ORG", "GPE", "NORP")
                               for o in objects):     # ("an exercise of the CSTO")
            return False
    if trigger.frame == "wargame":
        return any(c.dep_ in ("compound", "amod") and trigger_of(c, LEXICON) is not None and
                   trigger_of(c, LEXICON).frame == "wargame-part" for c in token.children)
    return trigger.frame == "exercise"


EVENT_WORDS = {"conference", "summit", "meeting", "talks", "forum", "games", "olympics", "ceremony",
               "parade", "operation", "mission", "war", "campaign", "show", "exhibition", "expo", "fair",
               "dialogue", "festival", "election", "visit", "tour", "programme", "program", "project",
               "initiative", "week", "day", "agreement", "treaty", "offensive", "strike", "attack"}
CALENDAR = {m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:] + calendar.day_name[:]}
# verbs that run a drill given by its name alone ("began Balikatan 2024", "kicked off Freedom Shield")
RUNNING = {"begin", "start", "launch", "kick", "hold", "conduct", "stage", "complete", "conclude", "wrap",
           "end", "finish", "open", "host", "co-host"}


JOINING = {"join", "arrive", "deploy", "fly", "sail", "travel", "head", "come"}


def named_drill(ctx: Context, token) -> bool:
    """A name no catalog knows that forces take part in or run: "Soldiers from Armenia and
    the US are taking part in Eagle Partner 2024", "American and Filipino troops began
    Balikatan 2024", "The US and South Korea kicked off Freedom Shield" (forces, or two
    states, not officials: "took part in the Shangri-La Dialogue"; no event word in the
    name: "the Paris Air Show", "Operation Prosperity Guardian")."""
    if token.pos_ != "PROPN" and not (token.pos_ == "NUM" and token.head.i == token.i) and not code_name(token):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        verb = token.head.head
        lemma = verb.lemma_.lower()
        if not (lemma == "participate" or lemma == "take" and any(c.lemma_ == "part" for c in verb.children)):
            return False
        running = False
    elif token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in JOINING:
        # "Moroccan soldiers joined US troops for African Lion"
        verb, running = token.head.head, False
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in RUNNING and token.head.pos_ == "VERB":
        verb, running = token.head, True
        if any(drill_noun(t, trigger_of(t, LEXICON)) for t in token.sent):
            return False      # the sentence names its drill ("... exercise, held off Male")
    else:
        return False
    if any(c.dep_ == "det" for c in token.children):
        return False          # "the Balikatan" reads as a noun phrase the drill nouns handle
    ref = ctx.ref_at(token)
    if ref is not None and ref.kind == "date" and token.lower_ not in CALENDAR:
        ref = None        # "Shakti 2024" read as a date
    if ref is not None and (ref.actor or ref.kind not in ("organisation", "person", "place")):
        return False      # a state, a known place, a system (an unknown name reads as anything)
    if any(t.lower_ in EVENT_WORDS or t.lemma_.lower() in EVENT_WORDS for t in token.subtree):
        return False
    subjects = patterns.subjects(verb)
    forces = any(noun_category(s) == "category:troops" or
                 (trigger_of(s, LEXICON) is not None and trigger_of(s, LEXICON).frame == "crew")
                 for s in subjects)
    if forces or not running:
        return forces
    states = {r.actor for s in subjects for r in ctx.refs_in(s.left_edge.i, s.right_edge.i + 1)
              if r.actor and r.kind in ("state", "organisation")}
    return len(states) >= 2          # "The US and South Korea kicked off Freedom Shield"


def code_name(token) -> bool:
    """A capitalised code name the tagger reads as a common noun or an adverb: "KAZIND-24",
    "SLINEX"."""
    text = token.text
    return token.pos_ in ("NOUN", "ADV", "ADJ", "X") and token.dep_ in ("dobj", "pobj", "nsubj") and \
        not token.is_sent_start and len(text) > 2 and text[:1].isupper() and \
        (text.isupper() or any(ch.isdigit() for ch in text) and any(ch.isupper() for ch in text[1:]))


def noun_drills(token) -> bool:
    """"drills" the tagger read as a verb where it is the noun: "hosted the Super Garuda
    Shield drills", "began their annual Freedom Shield drills" (a name before it, no
    object of its own)."""
    if token.lower_ not in ("drills", "exercises", "drill", "exercise") or token.pos_ != "VERB" or \
            token.dep_ == "ROOT":
        return False
    if misread_clause(token):
        return True
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    if token.tag_ != "VBZ":       # "held the African Lion exercise with ...": a noun's place
        return token.dep_ in ("dobj", "pobj", "nsubjpass")
    named = [c for c in token.children if c.dep_ in ("nsubj", "compound", "amod") and c.pos_ == "PROPN"]
    return bool(named) or token.dep_ in ("dobj", "pobj", "nsubjpass", "appos", "conj")


def misread_clause(token) -> bool:
    """"held their SLINEX drill off Trincomalee": the parser reads the possessed name as
    the subject of a clause "drill" and the place as its object; a drill word right after a
    subject that has a possessive or article of its own, in the clause of a verb that runs
    or joins a drill and has no object of its own, is the noun."""
    if token.dep_ not in ("ccomp", "xcomp") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = trigger_of(token.head, LEXICON)
    if verb is None or verb.frame not in ("run", "join") or \
            any(c.dep_ in ("dobj", "dative") for c in token.head.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i == token.i - 1), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN") and \
        any(c.dep_ in ("poss", "det") and c.i < subject.i for c in subject.children)


def named_states(ctx: Context, subject) -> bool:
    """A subject that names states in an apposition ("NATO allies Poland and Germany"):
    its states act, not the alliance its words name."""
    return any(c.dep_ == "appos" and ctx.ref_at(c) is not None and ctx.ref_at(c).kind == "state"
               for c in subject.children)


def label_actors(ctx: Context, verb) -> list[str]:
    """Actors of a subject that is a heading ("6. (SBU) EXERCISES: The Indian and Sri
    Lankan navies held ..."): a phrase right before a colon labels the paragraph, it does
    not run the drill; actors the real subjects name too are kept."""
    subjects = patterns.subjects(verb)
    labels = [s for s in subjects if s.i < verb.i and s.i + 1 < len(ctx.doc) and ctx.doc[s.i + 1].text == ":"]
    if not labels:
        return []
    kept = {a for s in subjects if s not in labels for a in roles.actors_of(ctx, s) + owners_of(ctx, s)}
    return [r.actor for s in labels for r in ctx.refs_in(s.left_edge.i, s.i + 1)
            if r.actor and r.actor not in kept]


def comma_listed(ctx: Context, verb) -> list[str]:
    """States a headline lists with commas alone before the verb's subject ("China, Russia
    begin joint naval drills", "BEIJING (Reuters) - Iran, China, Russia to hold drills"),
    which the parser hangs elsewhere: only a list that opens the sentence (or follows its
    dateline), so "Unlike Russia, China held drills" keeps its one subject."""
    found: list[str] = []
    for subject in patterns.subjects(verb):
        ref = ctx.ref_at(subject)
        if ref is None or ref.kind != "state" or subject.dep_ == "conj":
            continue
        i, listed = ref.start, []
        while i >= 2 and ctx.doc[i - 1].text == ",":
            before = ctx.ref_at(ctx.doc[i - 2])
            if before is None or before.kind != "state" or not before.actor:
                break
            listed.append(before.actor)
            i = before.start
        opening = i == subject.sent.start or i - 1 in dateline(ctx) or ctx.doc[i - 1].text in ("-", "\u2014", "\u2013")
        if listed and opening:
            found += [a for a in listed if a not in found]
    return found


JOINT_ADVERBS = {"together", "jointly", "alongside"}
# what drills together: forces, and the craft they crew ("Chinese and Pakistani warships
# drilled together off Shanghai")
DRILLING = {"category:troops", "category:ships", "category:aircraft", "category:helicopters"}


def drill_roles(ctx: Context, verb):
    """"Uzbek and Chinese special forces trained together near Tashkent", "US Marines
    drilled with Philippine troops on Luzon": a drill verb of forces done jointly."""
    partners = [o for o in patterns.prep_objects(verb, {"with", "alongside"})]
    joint = any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in verb.children)
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in JOINT_ADVERBS:
            partners += patterns.prep_objects(child, {"with"})
    subjects = [s for s in patterns.subjects(verb) if s.i not in dateline(ctx)]
    if not subjects and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT":
        subjects = [verb.head]     # a headline-like sentence the parser read as a noun phrase
    # "Mongolian and Indian troops drilled near Ulaanbaatar": forces of two states, in a
    # state named (not "Greek and Turkish troops train at home")
    hosts = places_of(ctx, verb, PLACE_PREPS) or \
        [h for o in partners for h in places_of(ctx, o, PLACE_PREPS)]   # "alongside X units near Bishkek"
    for clause in (c for c in verb.children if c.dep_ == "xcomp") if not hosts else ():
        # "practised defending the Suwalki gap in southern Lithuania"
        hosts = places_of(ctx, clause, INSIDE) or \
            [h for o in patterns.slot_fillers(clause, "dobj") for h in places_of(ctx, o, INSIDE)]
    joint = joint or len({a for s in subjects for a in owners_of(ctx, s)}) >= 2 and bool(hosts)
    if not (joint or partners) or not any(noun_category(s) in DRILLING or
                                          trigger_of(s, LEXICON) is not None for s in subjects + partners):
        return None      # "Turkey trains Ukrainian pilots": training given, not a drill
    participants: list[str] = []
    for phrase in subjects + partners:
        size = group_size(phrase)       # "the two armies have trained together"
        found = group_members(ctx, phrase, size) if size else []
        if not found and phrase in partners and not owners_of(ctx, phrase) and \
                not (ctx.ref_at(phrase) is not None and ctx.ref_at(phrase).actor):
            # "exercised with the Ground Self-Defense Force in Japan": a force named by
            # no owner is the one of the state it is in, which hosts the drill
            found = places_of(ctx, phrase, INSIDE)
            hosts = hosts or found
        for actor in found or owners_of(ctx, phrase) or roles.actors_of(ctx, phrase):
            if actor not in participants:
                participants.append(actor)
    if len(participants) < 2:
        return None
    return participants, hosts, True

def governors(token):
    """(verb, frame) of the verbs of ``data/exercise.tsv`` that govern the noun, nearest
    first: "held the drills", "took part in the drills", "as part of NATO exercises"."""
    node, hops = token, 0
    while node.head.i != node.i and hops < 5:
        dep = node.dep_
        node = node.head
        hops += 1
        if node.pos_ in ("VERB", "AUX"):
            trigger = trigger_of(node, LEXICON)
            if trigger is not None and trigger.frame in ("run", "join", "involve"):
                yield node, trigger.frame, dep
            elif node.lemma_ in status_mod.REPORTING_VERBS and dep == "prep":
                # "Russia has sent S-400s to Serbia, for a joint exercise called X, the ministry
                # said": the purpose phrase hangs on the reporting verb, it belongs to the report
                clauses = [c for c in node.children if c.dep_ in ("ccomp", "parataxis")]
                if node.dep_ in ("advcl", "parataxis") and node.head.pos_ in ("VERB", "AUX"):
                    clauses.append(node.head)      # the parser hangs "said" on the report
                for clause in clauses:
                    inner = trigger_of(clause, LEXICON)
                    if inner is not None and inner.frame in ("run", "join"):
                        yield clause, inner.frame, dep
                return
            if dep in ("ccomp", "advcl", "relcl", "conj"):
                return
            if node.lemma_ not in ("take", "be") and trigger is None and dep in ("dobj", "nsubj", "nsubjpass"):
                return


def default_forces(ctx: Context, noun, at_sea: bool) -> str:
    """What a participant brings when the sentence names nothing of its own: ships when
    navies drill ("the navies of both countries began an exercise") or at sea, aircraft
    when airmen drill over the sea ("British pilots will train together over the Baltic
    Sea"), else troops."""
    words = {t.lemma_.lower() for t in ctx.sentence_of(noun)}
    if "navy" in words:
        return "category:ships"
    if not at_sea:
        # "Egyptian and Saudi air force crews flew together in the exercise": aircraft
        flown = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "fly" and \
            not patterns.is_passive(noun.head.head)
        return "category:aircraft" if flown and words & {"crew", "pilot", "airman", "jet", "fighter"} \
            else "category:troops"
    airborne = words & {"pilot", "airman"} or any(noun_category(t) == "category:aircraft"
                                                  for t in ctx.sentence_of(noun))
    return "category:aircraft" if airborne else "category:ships"


def also_taking_part(ctx: Context, verb) -> list[str]:
    """"The Cobra Gold exercise opened in Thailand, with South Korea and Japan also taking
    part": the subjects of a joining clause hung on the verb by "with"."""
    found: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for clause in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
            inner = trigger_of(clause, LEXICON) if clause.pos_ == "VERB" else None
            if inner is None or inner.frame != "join" or observer(clause):
                continue     # (not "with Qatari officers attending as observers")
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                found += [a for a in force_owners(ctx, subject) if a not in found]
    return found


def force_owners(ctx: Context, phrase) -> list[str]:
    """The states of a phrase of forces ("Kazakh and Kyrgyz units": both), else its actors."""
    if noun_category(phrase) in FORCE_NOUNS:       # (or "American and French squadrons")
        return owners_of(ctx, phrase) or roles.actors_of(ctx, phrase)
    return roles.actors_of(ctx, phrase) or owners_of(ctx, phrase)


# drill nouns the small model may tag as verbs ("the Super Garuda Shield drills")
DRILL_PLURALS = {"drills", "exercises", "manoeuvres", "maneuvers", "wargames"}
# verbs and prepositions that bring forces into a drill named in the same clause
BRINGING = {"bring", "include", "involve", "join", "feature", "gather", "draw"}
ALONGSIDE = {"alongside", "with", "including", "among"}


# what force nouns around a drill name: troops, or a unit of craft ("squadrons")
FORCE_NOUNS = {"category:troops", "category:aircraft", "category:ships"}


def forces_around(ctx: Context, noun) -> list[str]:
    """States of the forces a drill's clause brings in besides its named participants:
    "hosts the Desert Flag exercise, with American, French and Indian squadrons among the
    regulars", "joined the drills alongside soldiers from Japan and Singapore", "drills that
    also brought in China, India and Belarus". Only forces (troops, ships, squadrons) or
    states a bringing verb takes; only in a sentence with one drill."""
    sent = noun.sent
    same = {noun.i, noun.head.i} | {c.i for c in noun.children if c.dep_ == "appos"}
    if any(t.i not in same and not (t.dep_ == "appos" and t.head.i in same) and
           (drill_noun(t, trigger_of(t, LEXICON)) or t.lower_ in DRILL_PLURALS) for t in sent):
        return []   # (two drills in one sentence: each keeps its own)
    found: list[str] = []
    for token in sent:
        phrase = None
        if token.dep_ == "pobj" and token.head.lower_ in ALONGSIDE and noun_category(token) in FORCE_NOUNS:
            phrase = token   # "alongside soldiers from Japan", "with Indian squadrons"
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in BRINGING and token.head.i != noun.i and \
                not any(c.i == noun.i for c in token.head.children if c.dep_ == "dobj"):
            phrase = token   # "also brought together China and India"
        elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in BRINGING and \
                not any(c.dep_ == "dobj" for c in token.head.head.children):
            phrase = token   # "also brought in China, India and Belarus" ("in" read as a preposition)
        if phrase is None or observer(phrase):
            continue     # (not "with a Bangladeshi ship as an observer")
        actors = owners_of(ctx, phrase) if noun_category(phrase) in FORCE_NOUNS else roles.actors_of(ctx, phrase)
        found += [a for a in actors if a not in found]
    return found


def describes_named(noun, described: set[int]) -> bool:
    """A drill noun in an apposition to a drill named before in the sentence describes it."""
    node, appos = noun, False
    for _ in range(5):
        if node.head.i == node.i:
            return False
        appos = appos or node.dep_ == "appos"
        node = node.head
        if node.i in described:
            return appos
    return False


def generic_drill(noun) -> bool:
    """"the first time it has sent forces to a single Russian drill", "any exercise":
    drills in general, not one held."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") or
           c.dep_ == "amod" and c.lower_ == "single" for c in noun.children):
        return True
    return any(a.lemma_ == "time" and any(c.lower_ in ("first", "second", "last") for c in a.children)
               for a in noun.ancestors)


def alone_among_others(ctx: Context, claim) -> bool:
    """A drill read with one participant in a sentence that names other states ("Watch for
    the US-Philippine drills and for any Indonesian decision on French jets", "flew its
    launcher into Luzon for a separate exercise"): the others' part in it was not read, so
    its parties are not known. A state's own drill names no one else ("Iran's army fired
    missiles during its annual drill")."""
    if claim.type != "exercise" or len(claim.participants) != 1:
        return False
    sent = next((s for s in ctx.sentences if s.start_char == claim.start), None)
    if sent is None:
        return False
    others = {r.actor for r in ctx.refs_in(sent.start, sent.end) if r.kind in ("state", "organisation") and
              r.actor and r.actor not in claim.participants and r.actor != "UNK" and not _in_place(ctx.doc[r.start])}
    return bool(others)


def _in_place(token) -> bool:
    """A name inside a place phrase ("in the Gulf of Oman", "near the border with Ukraine")."""
    return any(a.dep_ == "prep" and a.lower_ in PLACE_PREPS for a in token.ancestors)
