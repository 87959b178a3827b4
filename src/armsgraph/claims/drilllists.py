"""States a drill's forces are listed from, for :mod:`.exercise`: "brought together some
3,000 personnel including German, Dutch and Norwegian troops", "involved troops from 12
countries, including Georgia and Moldova", "drew forces from 14 nations, among them Finland
and Sweden".
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .drillwords import drill_noun, force_owners
from .triggers import trigger_of
from .typeroles import make_claim, noun_category, owners_of, places_of

# prepositions that list the members of a phrase of forces or nations
LISTING = {"including", "among", "like", "notably"}
DEPTH = 2


def listed_members(ctx: Context, head, depth: int = 0) -> list[str]:
    """States named in the listing or "from" phrases of a phrase of forces or nations
    ("personnel including German and Dutch troops", "troops from 12 countries, including
    Georgia"), however deep the parser hangs the list (pronouns left out: "among them")."""
    found: list[str] = []
    for obj in patterns.prep_objects(head, LISTING):
        if obj.pos_ == "PRON":
            continue
        ref = ctx.ref_at(obj)
        actors = roles.actors_of(ctx, obj) if ref is not None and ref.actor and ref.kind != "place" else \
            owners_of(ctx, obj)
        found += [a for a in actors if a not in found]
    if depth < DEPTH:
        for obj in patterns.prep_objects(head, {"from"} | LISTING):
            found += [a for a in listed_members(ctx, obj, depth + 1) if a not in found]
    return found


def listed_among_them(ctx: Context, noun) -> list[str]:
    """"..., which drew forces from 14 nations, among them Finland and Sweden": the states
    right after an "among them" in the drill's sentence, wherever the parser hangs them."""
    found: list[str] = []
    sent = noun.sent
    for word in sent:
        if word.lower_ != "among" or word.i + 2 >= sent.end or word.doc[word.i + 1].lower_ != "them":
            continue
        # "among them Finland and Sweden", "among them: ...", "among them non-members Finland ..."
        first = next((t for t in word.doc[word.i + 2:min(word.i + 5, sent.end)]
                      if ctx.ref_at(t) is not None and ctx.ref_at(t).kind == "state"), None)
        for head in patterns.with_conjuncts([first] if first is not None else []):
            ref = ctx.ref_at(head)
            if ref is not None and ref.actor and ref.kind == "state":
                found += [a for a in roles.actors_of(ctx, head) if a not in found]
    return found


def named_by(noun) -> list:
    """The drill noun and the name that follows it, where the parser makes the name a
    second subject of the verb ("Lithuania's national exercise Iron Wolf, which ...,
    ended": "Wolf" carries the relative clause)."""
    out = [noun]
    following = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    while following is not None and following.dep_ == "compound" and following.head.i > following.i:
        following = following.head
    if following is not None and following.pos_ == "PROPN" and following.head.i == noun.head.i and \
            following.dep_ == noun.dep_ and following.head.i != noun.i and noun.dep_ in ("nsubj", "nsubjpass"):
        out.append(following)
    return out


TAKING_PART = {"take", "participate", "join"}


PARTICIPANTS = {"participant", "participants"}


def _participants_noun(subject) -> bool:
    """"Participants", "participating navies / nations / countries", "Participating (were)"."""
    group = trigger_of(subject, "exercise")      # (a navy, nation, country, force, ...)
    return subject.lower_ in PARTICIPANTS or subject.lower_ == "participating" and subject.tag_ == "VBG" or \
        group is not None and group.frame == "group" and any(
            c.dep_ in ("amod", "compound") and c.lower_ == "participating" for c in subject.children)


def _takes_part(verb) -> bool:
    """"take part", "participate", "join" (not "take" alone)."""
    lemma = verb.lemma_.lower()
    return lemma in TAKING_PART and (lemma != "take" or any(c.lemma_ == "part" for c in verb.children))


def _all_states(ctx: Context, items) -> list[str]:
    """The states ``items`` name, when every item names one; else []."""
    refs = [ctx.ref_at(i) for i in items]
    if not refs or any(r is None or r.kind != "state" or not r.actor for r in refs):
        return []
    return list(dict.fromkeys(r.actor for r in refs))


def _taking_part_colon(verb) -> list:
    """The items of "Also taking part: X, Y and Z" (a heading verb with a colon list)."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT" or not _takes_part(verb):
        return []
    colon = next((c for c in verb.subtree if c.text == ":" and c.i > verb.i), None)
    if colon is None:
        return []
    first = next((t for t in verb.doc[colon.i + 1:verb.sent.end] if t.pos_ in ("PROPN", "NOUN")), None)
    return patterns.with_conjuncts([first]) if first is not None else []


def _listed_participants(ctx: Context, verb) -> list[str]:
    """"Participants include the United States, Ghana and Senegal", "participating navies
    include those of India, Japan and Chile": the states a list of the drill's participants
    names (every item a state)."""
    colon_items = _taking_part_colon(verb)
    if colon_items:
        return _all_states(ctx, colon_items)
    if verb.lemma_.lower() not in ("include", "be") or not any(
            _participants_noun(s) for s in patterns.subjects(verb)) or \
            any(o.lower_ == "in" for s in patterns.subjects(verb) for o in s.children if o.dep_ == "prep"
                and not any(_drill_or_pronoun(p) for p in o.children if p.dep_ == "pobj")):
        return []
    items = patterns.with_conjuncts([c for c in verb.children if c.dep_ in ("dobj", "attr")])
    items = [o for i in items for o in (patterns.with_conjuncts(patterns.prep_objects(i, {"of"}))
                                        if i.lower_ in ("those", "that") else [i])]
    return _all_states(ctx, items)


def states_also_taking_part(ctx: Context, sent, after: int = -1) -> tuple[object, list[str]]:
    """(verb, states) of a clause whose subjects are states that take part with no drill
    of their own named: "Australia and the US also took part", "Canada participated in
    the drills as well", "..., as did the United States", "Participants include X and Y"
    (not "took part in talks", "joined the alliance", observers); only verbs after
    ``after`` (the drill's own word, when it is in the same sentence)."""
    for verb in sent:
        if verb.i <= after:
            continue
        listed = _listed_participants(ctx, verb)
        if listed:
            return verb, listed
        if verb.pos_ != "VERB" or not _takes_part(verb) or patterns.is_passive(verb) or \
                any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lemma_ != "part" and c.i > after for c in verb.children):
            continue
        if any(not _drill_or_pronoun(o) for o in patterns.prep_objects(verb, {"in", "as"})):
            continue        # "took part in the talks", "took part as observers"
        subjects = patterns.with_conjuncts(patterns.subjects(verb))
        states: list[str] = []
        for subject in subjects:
            ref = ctx.ref_at(subject)
            if ref is None or ref.kind != "state" or not ref.actor:
                states = []
                break
            states += [a for a in roles.actors_of(ctx, subject) if a not in states]
        if states:
            # "..., as did the United States"
            for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do"):
                states += [a for s in patterns.with_conjuncts(patterns.subjects(clause))
                           for a in roles.actors_of(ctx, s) if a not in states]
            return verb, states
    return None, []


def _drill_or_pronoun(obj) -> bool:
    return obj.lower_ in ("it", "them", "both", "all") or drill_noun(obj, trigger_of(obj, "exercise"))


def join_drill(ctx: Context, verb, added: list[str], last: dict, claims: list) -> list:
    """States that take part in the drill just named: its claims (and its pending mention,
    which shares the list) get them as participants; their forces are deployed in its host."""
    added = [a for a in added if a not in last["participants"]]
    if not added:
        return []
    before = sorted(last["participants"])
    last["participants"].extend(added)
    for claim in claims:
        if claim.type == "exercise" and claim.participants == before:
            claim.participants = sorted(before + added)
    forces = "category:ships" if last.get("at_sea") else "category:troops"
    return [make_claim(ctx, "deployment", verb, last["status"], forces, confidence=0.45,
                       actor=actor, host=host)
            for actor in added for host in last["hosts"] if host not in (actor, "UNK")]


def held_off(ctx: Context, verb, noun=None) -> list[str]:
    """"(the exercise,) held off Muscat": the coastal state a drill is held off, where the
    parser reads "off" as a particle and the place as its object or the verb's (also a
    particle hung on the drill: "held a naval drill off Jeju")."""
    particles = [c for c in (*verb.children, *(noun.children if noun is not None else ()))
                 if c.dep_ == "prt" and c.lower_ == "off"]
    if not particles:
        return []
    found: list[str] = []
    for place in [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")] + \
            [o for p in particles for o in p.children if o.dep_ == "pobj"]:
        ref = ctx.ref_at(place)
        if ref is not None and ref.kind in ("place", "state") and ref.actor and ref.actor not in found:
            found.append(ref.actor)
    return found


def placing_clauses(noun, verb) -> list:
    """Clauses that hold the drill without a subject of their own: "the exercise, held off
    Muscat, ...", "took part in the exercise, held off Colombo in March"."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if verb is not None:
        clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > noun.i]
    return [c for c in clauses if c.pos_ == "VERB" and c.lemma_.lower() == "hold" and
            not any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ not in ("WDT", "WP") for s in c.children)]


STAYING = {"be", "stay", "remain"}


def there_for(ctx: Context, noun) -> tuple[list[str], list[str]]:
    """(forces' states, hosts) of "1,500 Chinese troops were in Serbia for a joint
    exercise": forces that are, stay or remain in a state for the drill."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in STAYING:
        return [], []
    verb = noun.head.head
    hosts = places_of(ctx, verb, {"in", "on", "at"})
    owners = [a for s in patterns.subjects(verb) if noun_category(s) == "category:troops"
              for a in owners_of(ctx, s) if a not in hosts]
    return (owners, hosts) if owners and hosts else ([], [])


def involved(ctx: Context, verb) -> list | None:
    """The forces a verb of involving names: its objects, or the subject of the clause it
    takes ("the drill saw US and Finnish troops deployed in Sweden"); None when it involves
    something else ("the drills drew criticism from Poland")."""
    found = patterns.slot_fillers(verb, "dobj")
    if not found and verb.lemma_ == "see":
        found = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                 for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if any(o.pos_ == "NOUN" and noun_category(o) is None and ctx.ref_at(o) is None for o in found):
        return None
    return found


def joined_by(ctx: Context, verb) -> list[str]:
    """The states a participle on a drill's verb says joined it: "Poland hosted the
    exercise, joined by Lithuania and Latvia" (or by their troops)."""
    return [a for joined in verb.children if joined.dep_ == "advcl" and joined.lemma_ == "join" and joined.tag_ == "VBN"
            for agent in patterns.slot_fillers(joined, "agent") for a in force_owners(ctx, agent)]
