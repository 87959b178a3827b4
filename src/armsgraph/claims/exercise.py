"""Exercise claims: participants (sorted) drill in a host state; forces sent abroad for
an exercise also make a deployment claim (GUIDELINES).

An exercise is a noun of ``data/exercise.tsv`` ("exercises", "drills", "maneuvers"). Its
participants come from the tree around it:

- modifiers of the noun: "Armenian-U.S. joint exercise", "NATO exercises";
- its complements: "exercises with Russia", "drills between China and Russia";
- the verb that governs it: the subject of "hold / conduct / stage" (frame ``run``) or of
  "participate in / take part in / join / deploy ... as part of" (``join``), and that
  verb's "with" phrase ("take part in the maneuvers with Estonian forces"); the objects of
  "involve / include" when the exercise is their subject (``involve``).

Host: the place phrase of the noun or of its verb ("held in Armenia", "take place in
Vladivostok", "in the Baltic country"); several places give several claims. A definite
mention without participants ("the exercises will take place in ...") continues the
latest exercise of the document; an exercise whose host stays unknown gets ``UNK`` at the
end of the document; one with no participant but a host is the host's own exercise.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .triggers import trigger_of
from .drillwords import (INSIDE, PLACE_PREPS, alone_among_others, also_taking_part, code_name, comma_listed,
                         default_forces, describes_named, drill_noun, drill_roles, force_owners, forces_around,
                         generic_drill, governors, label_actors, named_drill, named_states, noun_drills, own_name, possessor)
from .deployparties import described_before
from .drillports import port_call_host
from .drilllists import (LISTING, held_off, involved, join_drill, joined_by, listed_among_them, listed_members,
                         named_by, placing_clauses, states_also_taking_part, there_for)
from .drillplaces import (SENDING, abroad, compass_places, dateline_states, has_place_phrase, hosts_before, inside,
                          placed_elsewhere, pronoun_place, sea_of, sent_for, taking_part_in, there, with_partner)
from .guests import PLACED_WINDOW as GUEST_PLACED_WINDOW, WINDOW as GUEST_WINDOW, brought_forces, relative_roles, run_by_clause
from .groups import ORGANISATIONS, count_quantity, group_members, group_size, troop_counts
from .series import complete, mentions as series_mentions, recent_host, series_of
from .waters import coastal_host
from .garrisons import dateline, forces_of, listed_forces, listed_states, observer, own_owners, subject_actors_of
from .typeroles import (make_claim, noun_category, owners_of, place_objects, places_of, sentences,
                        statuses_of, modifier_actors)

LEXICON = "exercise"
WITH_PREPS = {"with", "between", "among", "involving", "alongside", "including"}
DEFINITE = {"the", "these", "those", "this", "that", "such"}
CONTEXT_SENTENCES = 5
MOVING = {"return", "move", "go", "shift", "travel"}    # "the exercise returned to Visakhapatnam"
LISTED_WINDOW = 2      # sentences after a drill in which states listed as taking part join it


def find(ctx: Context) -> list:
    claims: list = []
    last: dict | None = None
    pending: list[tuple] = []
    counts: dict[tuple, list] = {}
    history: list[list[str]] = []      # participants of the exercises read so far
    homes: dict[int, list[str]] = {}   # host of a pending drill its guests came to
    guests: set[tuple[str, str]] = set()   # (actor, host) of what guests said they brought
    for number, sent in sentences(ctx):
        if last is not None and not last["hosts"] and number - last["sentence"] == 1:
            # "... will hold joint exercises. They will take place in Armenia."
            place, at_sea = pronoun_place(ctx, sent, last["participants"])
            entry = next((p for p in pending if p[1] == last["participants"]), None)
            if place and entry is not None:
                pending.remove(entry)
                last["hosts"] = place
                claims.extend(_claims(ctx, entry[0], entry[1], place, entry[2], at_sea=at_sea))
        described: set[int] = set()      # drills of this sentence, for "X, one of Y's exercises"
        for token in sent:
            trigger = trigger_of(token, LEXICON)
            if trigger is not None and trigger.frame == "drill" and token.pos_ == "VERB" and not noun_drills(token):
                roles_ = drill_roles(ctx, token)      # "Uzbek and Chinese troops trained together"
                if roles_ is None:
                    continue
                participants, hosts, joint = roles_
                if not hosts:       # "trained alongside Japanese troops in Talisman Sabre": its usual host
                    hosts = [hit[0].host for o in patterns.prep_objects(token, {"in", "during", "for"})
                             for hit in [series_mentions(ctx).get(o.i)] if hit is not None and hit[0].host][:1]
            elif not drill_noun(token, trigger) and not (token.pos_ == "VERB" and noun_drills(token)) and \
                    not ((token.pos_ in ("PROPN", "NUM") or code_name(token)) and named_drill(ctx, token)) and \
                    series_of(ctx, token) is None or \
                    token.dep_ == "compound" and trigger_of(token.head, LEXICON) is not None:
                continue
            elif generic_drill(token):
                continue
            else:
                participants, hosts, joint = _roles(ctx, token)
                series = series_of(ctx, token)
                if series is not None:     # "Kavkaz-2020 drew troops from ...": a known series
                    participants, hosts = complete(ctx, token, series, participants, hosts)
            if describes_named(token, described):
                # "Exercise Eager Lion, one of CENTCOM's premiere exercises": the same drill;
                # states the description adds ("..., an exercise hosted by the US Air Force,
                # which also involved Dutch jets") take part in it
                if last is not None and participants and not set(participants) <= set(last["participants"]):
                    claims.extend(_join_last(ctx, token, last, participants, pending, claims))
                continue
            size, group = _group(ctx, token)
            if size and not (len(participants) == size and set(participants) <= _named_states(ctx, sent)):
                # "the two navies held ...", "the three
                # countries have held ..." (unless this sentence names them: "Mongolia hosted
                # Indian troops for the exercise between the two armies")
                earlier = next((p for p in reversed(history) if len(p) == size), None)
                participants = earlier or group_members(ctx, group, size) or participants
                joint = joint or size > 1
            sea = sea_of(ctx, token)
            definite = _definite(token)
            status = (statuses_of(_status_word(token), "done", "supplier") or ["done"])[0]
            deploy = True
            if last is not None and number - last["sentence"] <= CONTEXT_SENTENCES and definite and \
                    participants and not set(participants) <= set(last["participants"]) and not hosts and \
                    sea is None and not size and not _other_event(ctx, token, last):
                # "Russia began its Vostok exercise ... Units from China, India and Belarus are
                # taking part in the manoeuvres": the drill just named, with more participants
                claims.extend(_join_last(ctx, token, last, participants, pending, claims))
                history.append(last["participants"])
                continue
            if last is not None and number - last["sentence"] <= CONTEXT_SENTENCES and \
                    (definite or joint) and (not participants or set(participants) <= set(last["participants"])) \
                    and not (participants and _other_event(ctx, token, last)):
                participants = last["participants"]
                hosts = hosts if sea is None else []
                # "Officials say the drills are symbolic": the same event again; it moves
                # no forces of its own unless this sentence places it
                # (and a drill already placed at sea has moved its ships, not troops)
                deploy = bool(hosts) and not last.get("at_sea")
                if not hosts and not last["hosts"] and homes.get(id(last["participants"])):
                    # placed for the first time: at home, where its guests were seen coming
                    hosts, deploy = homes[id(last["participants"])], True
                hosts = hosts or last["hosts"]
                status = last["status"]     # "The purpose of the exercise is ...": same event
            if sea is not None and (sea or not hosts):
                # a drill at sea: the nearest coastal state named (but "at sea, the exercise
                # returned to Visakhapatnam": the place the text names)
                hosts = [coastal_host(ctx, token, participants, sea)]
            if not hosts and participants and sea is None:
                hosts = port_call_host(ctx, token)   # "exercised with ... after a port call in Colombo"
            if not hosts and participants:
                hosts = hosts_before(ctx, number, participants)
            if not participants and hosts and not joint and sea is None and inside(ctx, token, hosts):
                participants = hosts[:]     # one place: its own drill; several: all of them
            if (joint or sent_for(token) or with_partner(ctx, token)) and len(participants) == 1 and len(hosts) == 1 \
                    and hosts[0] not in participants \
                    and hosts[0] not in ORGANISATIONS and sea is None and hosts[0] != "UNK":
                # "3,000 Russian troops have arrived in Belarus for joint exercises"
                participants = participants + hosts
            if not participants or joint and len(participants) < 2:
                continue
            if len(participants) == 1 and sea is None and _during_doer(token) is not None and \
                    not places_of(ctx, token, PLACE_PREPS) and not set(possessor(ctx, token)) & set(participants):
                # ("fired missiles during its annual drill": its own drill)
                continue     # "During an earlier drill, the US Army flew ...": a mention, no drill of its own
            last = {"sentence": number, "participants": participants, "hosts": hosts, "status": status, "token": token,
                    # its name, or the one of the drill it continues
                    "name": own_name(ctx, token) or (last["name"] if last is not None and
                                                     participants is last["participants"] else ""),
                    "at_sea": sea is not None or bool(last and last.get("at_sea") and participants == last["participants"])}
            history.append(participants)
            described.update({token.i, token.head.i if token.dep_ == "compound" else token.i})
            group = counts.setdefault(tuple(sorted(participants)), [])
            group.extend(c for c in troop_counts(ctx, token) if c not in group)
            if not hosts:
                pending.append((token, participants, status))
                continue
            came = {a for a, h in guests if h in hosts}     # guests who said what they brought
            claims.extend(_claims(ctx, token, participants, hosts, status, at_sea=sea is not None, deploy=deploy,
                                  guests=came))
        if last is not None and 0 <= number - last["sentence"] <= GUEST_PLACED_WINDOW:
            # a drill with no place named yet is most likely held at home: "Russia began its
            # exercise", "ULAANBAATAR - Mongolian and US forces ..."
            home = last["hosts"] or homes.get(id(last["participants"])) or _home(ctx, last)
            listed = []
            if home:
                homes[id(last["participants"])] = home
                placed = dict(last, hosts=home)       # (shares the participants list)
                if number - last["sentence"] <= 1:
                    claims.extend(listed_forces(ctx, sent, placed))
                if number - last["sentence"] <= LISTED_WINDOW:
                    # "RIMPAC opened off Hawaii. The Navy says 29 nations are involved. Chile
                    # and Peru are among the contingents"
                    listed = listed_states(ctx, sent, placed, claims)
                    claims.extend(listed)
                if number > last["sentence"]:
                    # "... the Royal Australian Air Force's exercise. Singapore sent F-16 fighters"
                    found = brought_forces(ctx, sent, last, claims, home,
                                           placed_only=number - last["sentence"] > GUEST_WINDOW)
                    guests.update((c.actor, c.host) for c in found)
                    claims.extend(found)
            if not listed and 0 <= number - last["sentence"] <= LISTED_WINDOW:
                # "Japan and the Philippines held a naval drill. Australia and the US also took part"
                # (or after a semicolon in its own sentence)
                verb, added = states_also_taking_part(ctx, sent, last["token"].i if number == last["sentence"] else -1)
                claims.extend(join_drill(ctx, verb, added, dict(last, hosts=home or []), claims))
    done = {tuple(sorted(c.participants)) for c in claims if c.type == "exercise"}
    for token, participants, status in pending:
        if tuple(sorted(participants)) in done:
            continue
        if len(participants) > 1:
            # "BANGKOK — Thai and US troops took part in ...": the dateline's participant hosts a
            # drill that names no place, after a series' usual host ("WASHINGTON — ... Balikatan")
            home = [a for a in recent_host(ctx, token) if a in participants] or \
                [a for a in dateline_states(ctx) if a in participants]
            if len(home) != 1:
                home = homes.get(id(participants), [])
            if len(home) != 1 and not placed_elsewhere(ctx, token):
                # "Russia began its Vostok exercise" (others taking part): the owner's own drill
                home = [a for a in possessor(ctx, token, plural=has_place_phrase(token)) if a in participants]
            brought = {a for a, h in guests if h in home}
            home = home[:1] if len(home) == 1 else recent_host(ctx, token) or ["UNK"]
            claims.extend(_claims(ctx, token, participants, home, status, guests=brought))
        elif participants[0] not in ORGANISATIONS and not abroad(ctx, token) and not placed_elsewhere(ctx, token):
            # "Taiwan's military held live-fire drills": a state drilling alone, no place named
            claims.extend(_claims(ctx, token, participants, participants[:], status))
        done.add(tuple(sorted(participants)))
    for claim in claims:     # counts given in any sentence about the same exercise
        if claim.type == "exercise":
            claim.quantity = count_quantity(counts.get(tuple(claim.participants), [])) or claim.quantity
        else:
            group = next((g for k, g in counts.items() if claim.actor in k and claim.host in k or
                          claim.actor in k), [])
            claim.quantity = claim.quantity or next((q for owners, q in group if owners == [claim.actor]), None)
    return [c for c in claims if not alone_among_others(ctx, c)]




def _status_word(noun):
    """The word whose status is the drill's: the verb that runs it ("opened / began the
    exercise": its own words, not "open" as in an offer), else the noun."""
    if noun.dep_ in ("dobj", "nsubjpass", "xcomp") and noun.head.pos_ == "VERB":
        # (xcomp: "concluded exercise Garuda", the title word read as a verb)
        trigger = trigger_of(noun.head, LEXICON)
        if trigger is not None and trigger.frame == "run" and trigger.status == "done":
            return noun.head
    named = noun.head if noun.dep_ == "compound" else noun       # ("Exercise Talon Strike")
    if named.dep_ == "nsubj" and named.head.pos_ == "VERB":
        trigger = trigger_of(named.head, LEXICON)
        if trigger is not None and trigger.frame == "involve":
            return named.head      # "Exercise Talon Strike will bring together ... troops": planned
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        trigger = trigger_of(clause, LEXICON)
        if trigger is not None and trigger.frame == "run" and trigger.status == "done":
            return clause      # "engagement such as the exercise it held with X": its own verb
    return noun


def _named_states(ctx: Context, sent) -> set[str]:
    return {r.actor for r in ctx.refs_in(sent.start, sent.end) if r.kind in ("state", "organisation") and r.actor}


def _other_event(ctx: Context, noun, last: dict) -> bool:
    """A drill named otherwise than the one before ("Nomadic Elephant, the bilateral
    exercise" after Khaan Quest); an unnamed one may be the same."""
    name = own_name(ctx, noun)
    return bool(name) and name != last.get("name")


def _home(ctx: Context, last: dict) -> list[str]:
    """The host of a drill with no place named, run by one state alone at home."""
    participants = last["participants"]
    if last.get("at_sea") or placed_elsewhere(ctx, last["token"]):
        return []
    if len(participants) > 1:          # "ULAANBAATAR - ...": the dateline's state, if it drills
        home = [a for a in dateline_states(ctx) if a in participants]
        return home if len(home) == 1 else []
    if participants[0] in ORGANISATIONS or abroad(ctx, last["token"]):
        return []
    return participants[:]


def _join_last(ctx: Context, noun, last: dict, participants: list[str], pending: list, claims: list) -> list:
    """Add ``participants`` to the exercise ``last`` (its claims and pending entry): a
    drill with no place of its own, run by one state, is held at home; the newcomers'
    forces are deployed in its host."""
    added = [p for p in participants if p not in last["participants"]]
    before = sorted(last["participants"])
    merged = last["participants"] + added
    entries = [p for p in pending if sorted(p[1]) == before]
    out: list = []
    if entries:
        entry = entries[0]
        for one in entries:
            pending.remove(one)
        home = before[:] if len(before) == 1 and before[0] not in ORGANISATIONS and \
            not abroad(ctx, entry[0]) and not placed_elsewhere(ctx, entry[0]) else []
        for one in entries if not home else ():       # "Russia began its exercise"
            if not home and not placed_elsewhere(ctx, one[0]):
                home = [a for a in possessor(ctx, one[0]) if a in before]
                entry = one if home else entry
        if not last["hosts"] and len(home) == 1:
            last["hosts"] = home
            out += _claims(ctx, entry[0], merged, last["hosts"], entry[2])
        else:
            pending.append((entry[0], merged, entry[2]))
    else:
        for claim in claims:
            if claim.type == "exercise" and claim.participants == before:
                claim.participants = sorted(merged)
    last["participants"] = merged
    for actor in added:
        for host in last["hosts"]:
            if host != actor and host != "UNK" and actor not in ORGANISATIONS and not last.get("at_sea"):
                if not any(c.type == "deployment" and c.actor == actor and c.host == host for c in out):
                    # (what it brings, as the sentence names it: "Fighter jets from Azerbaijan ... joined")
                    out.append(make_claim(ctx, "deployment", noun, last["status"], forces_of(ctx, noun, actor),
                                          confidence=0.45, actor=actor, host=host))
    return out


def _group(ctx: Context, noun) -> tuple[int, object]:
    """(size, head) of a numbered group that runs the drill: "the two navies held ...",
    "the three countries have held ...", "drills between the two armies" (group nouns:
    frame ``group`` of ``data/exercise.tsv``); (0, None) when there is none."""
    heads = patterns.prep_objects(noun, WITH_PREPS)
    for verb, frame, dep in governors(noun):
        if frame in ("run", "join") and dep != "nsubj":
            heads += [s for s in patterns.subjects(verb) if s.i not in dateline(ctx)]
        break
    heads += [o for h in heads for o in patterns.prep_objects(h, {"of"})]    # "the navies of both countries"
    for head in heads:
        size = group_size(head)
        if size:
            return size, head
    return 0, None


def _definite(token) -> bool:
    """"the drills", "their exercise", "Australia's largest air exercise" (a possessor
    names the one drill meant)."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | {"its", "their"} or c.dep_ == "poss"
               for c in token.children)


def _roles(ctx: Context, noun) -> tuple[list[str], list[str], bool]:
    participants: list[str] = []

    def add(actors):
        for actor in actors:
            if actor not in participants:
                participants.append(actor)

    joint = any(c.lower_ in ("joint", "combined", "multinational", "bilateral", "trilateral")
                for c in noun.children)
    for child in noun.children:
        ref = ctx.ref_at(child)
        if child.dep_ in ("amod", "compound", "nmod", "poss") and not (ref is not None and ref.is_system):
            if ref is not None and ref.actor and ref.kind != "place":
                add([ref.actor])
            elif child.pos_ == "PRON" and not (noun.dep_ == "dobj" and patterns.subjects(noun.head)):
                add(roles.actors_of(ctx, child))   # (not "X and Y held their drill": its subject)
            add(modifier_actors(ctx, child))
            for conj in child.conjuncts:
                add(modifier_actors(ctx, conj) or roles.actors_of(ctx, conj))
    for obj in (o for o in patterns.prep_objects(noun, WITH_PREPS) if not observer(o)):   # (not "with X as an observer")
        add(roles.actors_of(ctx, obj) or owners_of(ctx, obj))
        if noun_category(obj) == "category:troops":    # "between the armed forces of A and B"
            add([a for inner in patterns.prep_objects(obj, {"of"}) for a in roles.actors_of(ctx, inner)])
    for obj in patterns.prep_objects(noun, {"of"}):
        ref = ctx.ref_at(obj)
        if ref is not None and ref.kind in ("state", "organisation") and ref.actor:
            add([ref.actor])      # "a command-post exercise of the CSTO"
        if noun_category(obj) == "category:troops":     # "an exercise of the armed forces of Russia and Belarus"
            add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
            for inner in patterns.prep_objects(obj, {"of"}):
                for conj in (inner, *inner.conjuncts):
                    add(roles.actors_of(ctx, conj))
    hosted: list[str] = []
    for clause in (c for h in named_by(noun) for c in h.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
        inner = trigger_of(clause, LEXICON)
        if inner is not None and inner.frame in ("run", "join") and patterns.is_passive(clause):
            # "the Cobra Gold exercise, co-hosted by Thailand and the United States"
            agents = [a for o in patterns.slot_fillers(clause, "agent") for a in roles.actors_of(ctx, o)]
            add(agents)
            if clause.lemma_ in ("host", "co-host"):
                hosted += agents
            # "the drills, which were held in Poland" (not "held ... near its coast"); at sea,
            # the coastal state it is held off ("held off Male")
            hosted += [h for h in places_of(ctx, clause, INSIDE) or places_of(ctx, clause, {"off"}) if h not in hosted]
        if inner is not None and inner.frame == "involve":
            # "The drills, which involve 12,000 troops from Poland and Germany, ..."
            for obj in patterns.slot_fillers(clause, "dobj"):
                add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
                add(listed_members(ctx, obj))     # "personnel including German and Dutch troops"
            for obj in patterns.prep_objects(clause, {"from"} | LISTING):   # ("..., among them Finland")
                add([] if obj.pos_ == "PRON" else roles.actors_of(ctx, obj) + listed_members(ctx, obj))
        for deeper in (t for t in clause.subtree if t.dep_ == "relcl" and t.i != clause.i and
                       any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children)):
            inner = trigger_of(deeper, LEXICON)
            if inner is not None and inner.frame == "involve":
                # "an exercise hosted by the US Air Force at Nellis, which also involved Dutch
                # and British jets" (the parser hangs the clause on the place)
                for obj in patterns.slot_fillers(deeper, "dobj"):
                    add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
    guests, hosting = relative_roles(ctx, noun)
    add(hosting + guests)
    runners, run_places = run_by_clause(ctx, noun)     # "the exercise it held with X off Y"
    add(runners)
    hosted += [h for h in hosting if h not in hosted]
    hosts = places_of(ctx, noun, PLACE_PREPS) or compass_places(ctx, noun) or (hosted if len(hosted) == 1 else []) \
        or run_places
    for verb, frame, dep in governors(noun):
        if frame == "involve" and dep in ("nsubj", "nsubjpass") and (objects := involved(ctx, verb)) is not None:
            for obj in objects:
                add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
                add(listed_members(ctx, obj))     # "4,000 troops, including Polish and Czech soldiers"
                # "will bring together Japanese and US troops in Queensland"
                hosts = hosts or places_of(ctx, obj, INSIDE)
            # "brought together troops from X and Y", "drew forces from 27 nations, among them X"
            for obj in patterns.prep_objects(verb, {"from"} | LISTING):
                add([] if obj.pos_ == "PRON" else roles.actors_of(ctx, obj) + listed_members(ctx, obj))
            hosts = hosts or places_of(ctx, verb, {"to"}, exclude=tuple(participants))   # "drew troops to Norway"
        elif frame in ("run", "join"):
            if not (frame == "run" and dep in ("nsubj",)):
                subjects = subject_actors_of(ctx, verb) if not patterns.is_passive(verb) else \
                    [a for agent in patterns.slot_fillers(verb, "agent") for a in force_owners(ctx, agent)]
                if patterns.is_passive(verb) and verb.lemma_ == "join":
                    # "they were joined there by Kazakh and Kyrgyz units": the joined take part too
                    subjects += [a for s in patterns.subjects(verb) for a in force_owners(ctx, s) if a not in subjects]
                if not patterns.is_passive(verb):   # "Iranian and Russian naval forces staged ..."
                    movers = [s for s in patterns.subjects(verb) if s.i not in dateline(ctx)]
                    for subject in (s for s in movers if not named_states(ctx, s)):   # (not "NATO allies X and Y")
                        subjects += [a for a in owners_of(ctx, subject) or described_before(ctx, subject)
                                     if a not in subjects]   # ("The Marines will join ...": those named before)
                    named = [s for s in movers if ctx.ref_at(s) is not None and ctx.ref_at(s).is_system
                             and not ctx.ref_at(s).is_category]
                    own = [a for s in named for a in own_owners(ctx, s)]
                    subjects = own or subjects     # "Greek F-16 fighters flew to ...": Greece's, not the maker's
                    subjects = [a for a in subjects if a not in label_actors(ctx, verb)]   # ("EXERCISES: ...")
                    subjects += [a for a in comma_listed(ctx, verb) if a not in subjects]   # "China, Russia begin"
                inviter = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "invite" else None
                if inviter is not None:    # "Minsk invited Chinese forces to participate in drills"
                    subjects = subject_actors_of(ctx, inviter)
                    for obj in patterns.slot_fillers(inviter, "dobj"):
                        add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
                if verb.lemma_ in ("host", "invite") or inviter is not None:
                    hosts = hosts or subjects
                if verb.lemma_ in ("host", "join"):  # "Serbia hosted Russian troops for joint
                    # exercises", "Chinese warships joined Russian ships for exercises",
                    # "Moscow and Beijing joined Iran for a naval exercise"
                    for obj in patterns.slot_fillers(verb, "dobj"):
                        if obj.i != noun.i:
                            add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
                        if obj.i != noun.i and noun_category(obj) == "category:troops":
                            # "hosted troops from 20 countries, including India and Japan" ("from" on the verb)
                            for source in patterns.prep_objects(verb, {"from"}):
                                add(roles.actors_of(ctx, source) + listed_members(ctx, source))
                add(subjects)
                for obj in (o for o in patterns.prep_objects(verb, {"with", "alongside"}) if not observer(o)):
                    add(roles.actors_of(ctx, obj) or owners_of(ctx, obj))
                add(joined_by(ctx, verb))   # "Poland hosted the exercise, joined by Lithuania and Latvia"
                if verb.lemma_ == "invite":
                    for obj in patterns.slot_fillers(verb, "dobj"):
                        add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
        add(also_taking_part(ctx, verb))
        hosts = hosts or places_of(ctx, verb, PLACE_PREPS) or compass_places(ctx, verb)
        if not hosts and frame == "join" and verb.lemma_ in SENDING and dep == "prep":
            # "Russia has sent S-400s to Serbia for a joint exercise": where they are sent
            hosts = places_of(ctx, verb, {"to", "into"}, exclude=tuple(participants))
        if not hosts and frame == "join" and verb.dep_ in ("advcl", "xcomp") and \
                verb.head.lemma_ in SENDING:
            # "China will send troops to Russia to take part in the Vostok drills": the state
            # the forces are sent to hosts the drill and takes part in it
            hosts = places_of(ctx, verb.head, {"to", "into", "in"}, exclude=tuple(participants))
            add(hosts)
        break
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        # "the Malabar exercise returned to Visakhapatnam, bringing together the navies of A and B"
        moved = noun.head
        if not hosts and moved.lemma_.lower() in MOVING:
            hosts = places_of(ctx, moved, PLACE_PREPS | {"to"})
        for clause in (c for c in moved.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
            inner = trigger_of(clause, LEXICON)
            if inner is None or inner.frame != "involve":
                continue
            for obj in patterns.slot_fillers(clause, "dobj"):
                add(owners_of(ctx, obj) or roles.actors_of(ctx, obj))
            for source in patterns.prep_objects(clause, {"from"}) + \
                    [o for d in patterns.slot_fillers(clause, "dobj") for o in patterns.prep_objects(d, {"from"})]:
                add(roles.actors_of(ctx, source))       # "troops from A and B"
    if joint and len(participants) < 2 and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "Belarus cancelled joint exercises with Russia": the verb's subject and partners
        add(subject_actors_of(ctx, noun.head))
        for obj in patterns.prep_objects(noun.head, {"with", "alongside"}):
            add(roles.actors_of(ctx, obj) or owners_of(ctx, obj))
    doer = _during_doer(noun)
    if doer is not None:
        # "Iran test-fired a missile during drills"; "American launchers were flown to
        # Estonia to fire ... during Estonia's Hedgehog drills": the doers take part
        found = subject_actors_of(ctx, doer) or [a for s in _doers(doer) for a in owners_of(ctx, s)]
        if not participants or found and (joint or any(c.dep_ == "poss" for c in noun.children)):
            add(found)
        if not hosts and not places_of(ctx, noun, PLACE_PREPS):
            node = noun.head.head            # where the doers were sent for it
            while not hosts and node.dep_ in ("advcl", "xcomp", "conj") and node.head.i != node.i:
                node = node.head
                hosts = places_of(ctx, node, {"to", "into", "in"})
    if not hosts:
        # "held their first exercise, Three Brothers, in Baku": the parser hangs the place
        # on the drill's name
        names = [c for c in noun.children if c.dep_ == "appos"] + \
            [c for c in noun.head.children if c.dep_ in ("npadvmod", "appos") and c.i > noun.i]
        hosts = [h for name in names for h in places_of(ctx, name, PLACE_PREPS)]
    if not hosts and not participants:     # "Chinese troops were in Serbia for a joint exercise"
        stayed, hosts = there_for(ctx, noun)
        add(stayed)
    if not hosts:       # "the exercise, held off Muscat, ..."
        verb = next((v for v, _, _ in governors(noun)), None)
        hosts = [h for c in placing_clauses(noun, verb) for h in held_off(ctx, c)][:1] or \
            (held_off(ctx, verb, noun)[:1] if verb is not None else [])
    if not hosts:
        hosts = there(ctx, noun) or taking_part_in(ctx, noun)
    if not hosts:      # "the exercise at King Faisal Air Base in Tabuk": the place of its place
        hosts = [h for o in place_objects(noun, {"at", "in", "on"}) if o.pos_ == "PROPN"
                 for h in places_of(ctx, o, {"in", "near"}) if h not in hosts]
    if not hosts:      # "an exercise with Russian paratroopers near Belgrade", "held drills
        # with US Marines on Hokkaido" (the parser hangs the place on the partner)
        partners = patterns.prep_objects(noun, WITH_PREPS) + \
            [o for verb, _, _ in list(governors(noun))[:1] for o in patterns.prep_objects(verb, {"with", "alongside"})]
        hosts = [h for o in partners for h in places_of(ctx, o, PLACE_PREPS)]
    if not hosts:
        head = noun.head
        if head.lemma_ == "place" and head.head.lemma_ == "take":   # "take place in"
            hosts = places_of(ctx, head.head, PLACE_PREPS)
        elif noun.dep_ in ("nsubj", "nsubjpass"):
            # "The drills involve 90,000 troops and will run until May in Germany"
            for verb in [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
                hosts = hosts or places_of(ctx, verb, PLACE_PREPS)
    if participants:
        # "with American, French and Indian squadrons among the regulars", "alongside
        # soldiers from Japan and Singapore": forces named around the drill take part
        # (forces named are sent for it, a deployment each; states only listed "among
        # them" make no deployment claim: the sentence says nothing of their move)
        around = [a for a in forces_around(ctx, noun) if a not in participants]
        extra = [a for a in listed_among_them(ctx, noun) if a not in participants and a not in around]
        ctx.__dict__.setdefault("drill_extras", {})[noun.i] = extra
        add(around + extra)
    return participants, hosts, joint


def _during_doer(noun):
    """The verb whose subject acts "during" the drill, up the clauses that have no
    subject of their own ("were flown to Estonia to fire ... during the drills")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("during", "throughout") or \
            noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head.head
    while not _doers(verb) and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _doers(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _deployed_by_verb(noun) -> bool:
    """"deployed a Patriot battery in Lithuania as part of NATO exercises": the verb makes
    the deployment claim itself."""
    return any(verb.lemma_ in ("deploy", "send", "dispatch", "station")
               for verb, frame, _ in governors(noun))


def _claims(ctx: Context, noun, participants: list[str], hosts: list[str], status: str,
            counts=None, at_sea: bool = False, deploy: bool = True, guests=()) -> list:
    """The exercise claim per host and, for each participant from abroad, a deployment of
    its forces there (at sea: its ships, unless the sentence names other craft of its;
    ``guests`` already said what they brought)."""
    counts = counts if counts is not None else troop_counts(ctx, noun)
    quantity = count_quantity(counts)
    out = []
    # an alliance is no place ("took part in the CSTO's drills in Belarus": Belarus hosts)
    hosts = [h for h in hosts if h not in ORGANISATIONS] or (["UNK"] if hosts else [])
    if hosts == ["UNK"] and all(p in ORGANISATIONS for p in participants):
        return []       # "involved in NATO exercises": no state, no place, no claim
    for host in hosts:
        claim = make_claim(ctx, "exercise", noun, status, None, confidence=0.55,
                          participants=sorted(participants), host=host)
        if quantity:
            claim.quantity = quantity
        out.append(claim)
        if host == "UNK" or not deploy or _deployed_by_verb(noun) or at_sea and host not in participants:
            # a drill at sea off a state that takes no part in it moves nobody into it
            continue
        extra = ctx.__dict__.get("drill_extras", {}).get(noun.i, ())
        for actor in participants:     # forces sent abroad for the exercise
            if actor == host or actor in ORGANISATIONS or actor in guests or actor in extra:
                continue
            deployed = "planned" if status in ("planned", "agreed") else \
                status if status in ("done", "proposed", "negotiating", "refused") else "done"
            forces = forces_of(ctx, noun, actor, default_forces(ctx, noun, at_sea))
            deployment = make_claim(ctx, "deployment", noun, deployed, forces,
                                    confidence=0.45, actor=actor, host=host)
            # a count of several participants' troops together is none of theirs alone
            deployment.quantity = next((q for owners, q in counts if owners == [actor]), None)
            out.append(deployment)
    return out
