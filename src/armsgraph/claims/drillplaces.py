"""Where a drill is held, for :mod:`.exercise`: the sea it is held in and the coastal
state that hosts it, "there", a pronoun's place in the next sentence ("They will take
place in Armenia"), whether the place is inside the host or next to it, a drill abroad or
placed elsewhere, forces sent for it, the state its participants were placed in before,
and the states of the dateline.
"""
from __future__ import annotations

from . import patterns, roles
from .context import Context
from .drillwords import INSIDE, LEXICON, PLACE_PREPS, governors, named_drill
from .garrisons import dateline, last_place, subject_actors_of
from .triggers import trigger_of
from .typeroles import owners_of, place_actors, place_objects, places_of
from .waters import coastal_host, sea_at

SENDING = {"send", "deploy", "dispatch", "move", "arrive", "fly", "travel", "come", "head", "land", "sail"}
LOOK_BACK = 4           # sentences searched for where the participants are stationed

def sea_of(ctx: Context, noun) -> list[str] | None:
    """Coastal states of the sea the drill is held in ("naval drills in the Arabian Sea",
    "held exercises in the Gulf of Oman"), or None when it is not held at sea."""
    carriers = [noun] + [verb for verb, _, _ in governors(noun)][:1]
    if noun.head.lemma_ == "place" and noun.head.head.lemma_ == "take":
        carriers.append(noun.head.head)
    elif noun.dep_ in ("nsubj", "nsubjpass"):
        carriers.append(noun.head)
    carriers += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    return sea_at(ctx, carriers)

def there(ctx: Context, noun) -> list[str]:
    """"took part in the drills there": the state last named as a place (or hosting) in
    this or the three sentences before."""
    carriers = [noun] + [verb for verb, _, _ in governors(noun)][:1]
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for t in carriers for c in t.children):
        return []
    return last_place(ctx, noun)


def taking_part_in(ctx: Context, noun) -> list[str]:
    """"began the exercise, with 13,000 troops taking part in Belarus": the place of the
    forces that take part, in a with-phrase of the drill's verb."""
    verb = next((v for v, _, _ in governors(noun)), None)
    if verb is None:
        return []
    return [h for w in patterns.prep_objects(verb, {"with"}) for c in w.children
            if c.dep_ in ("acl", "relcl") and c.lemma_ in ("take", "participate")
            for h in places_of(ctx, c, PLACE_PREPS)][:1]


def pronoun_place(ctx: Context, sent, participants: list[str]) -> tuple[list[str], bool]:
    """"They will take place in Armenia", "They are being held near Brest", "Its latest
    edition took place in the Arabian Sea off India's west coast": the place of a sentence
    whose subject points back to the exercise just named (a pronoun, "its / their ...",
    or an edition noun of ``data/exercise.tsv``)."""
    for token in sent:
        if token.dep_ not in ("nsubj", "nsubjpass") or not points_back(token):
            continue
        verb = token.head
        if verb.lemma_ == "take" and any(c.lemma_ == "place" for c in verb.children) or \
                verb.lemma_ in ("hold", "conduct", "stage") and patterns.is_passive(verb):
            sea = sea_at(ctx, [verb])
            if sea is not None:
                return [coastal_host(ctx, token, participants, sea)], True
            return places_of(ctx, verb, PLACE_PREPS), False
    return [], False

def points_back(subject) -> bool:
    """A subject that refers to an exercise named before: "they", "it", "its most recent
    edition", "the latest round", "this year's iteration"."""
    if subject.lower_ in ("they", "it"):
        return True
    trigger = trigger_of(subject, LEXICON)
    if trigger is None or trigger.frame != "edition":
        return False
    return any(c.dep_ in ("poss", "det") for c in subject.children)



def inside(ctx: Context, noun, hosts: list[str]) -> bool:
    """Whether the drill is placed in the host ("drills in Belarus"), not next to it:
    "the drills near / around / off Taiwan" are most often someone else's."""
    carriers = [noun] + [verb for verb, _, _ in governors(noun)][:1]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        carriers.append(noun.head)
    return any(h in places_of(ctx, c, INSIDE) for c in carriers for h in hosts) or not any(
        h in places_of(ctx, c, PLACE_PREPS - INSIDE) for c in carriers for h in hosts)

def placed_elsewhere(ctx: Context, noun) -> bool:
    """"Israeli F-35s took part in the Red Flag exercise in Nevada": a named place that
    names no state (or another state): not a drill at home."""
    carriers = [noun] + [verb for verb, _, _ in governors(noun)][:1]
    for obj in (o for c in carriers for o in place_objects(c, INSIDE | {"to", "into"})):
        ref = ctx.ref_at(obj)
        if obj.pos_ == "PROPN" and (ref is None or ref.kind == "place") and \
                not places_of(ctx, obj.head.head, {obj.head.lower_}) and not drill_name(ctx, obj):
            return True
    return False


def drill_name(ctx: Context, token) -> bool:
    """"took part in Saber Strike": the name of a drill, no place."""
    from .series import series_of      # (series builds on the drill words)
    return series_of(ctx, token) is not None or named_drill(ctx, token)


def sent_for(noun) -> bool:
    """"2,000 US Marines arrived in Norway for the Cold Response exercise": forces come to
    a state for its drill."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    if noun.head.head.lemma_ in SENDING:
        return True
    # "Indian warships sailed to Oman for the ... exercise" (the parser hangs it on Oman)
    return any(verb.lemma_ in SENDING for verb, _, _ in list(governors(noun))[:1])

def with_partner(ctx: Context, noun) -> bool:
    """"The exercises with Pakistan were held near the Chinese city of Korla": a drill
    "with" a state is held with someone, so the one state it is held in takes part."""
    return any(roles.actors_of(ctx, o) or owners_of(ctx, o) for o in patterns.prep_objects(noun, {"with", "alongside"}))


def abroad(ctx: Context, noun) -> bool:
    """A place phrase names no state ("around Taiwan", "near the border", "on an island")
    or another state is in the sentence: the drill may be abroad, host unknown."""
    sent = ctx.sentence_of(noun)
    states = {r.actor for r in ctx.refs_in(sent.start, sent.end) if r.kind == "state" and r.actor}
    return len(states) > 1 or any(t.dep_ == "prep" and t.lower_ in ("around", "near", "off", "along", "abroad")
                                  for t in sent)

OWNING = {"belong", "pertain", "go", "sell", "cost"}


def hosts_before(ctx: Context, number: int, participants: list[str]) -> list[str]:
    """The one participating state that the sentences just before place forces in
    ("130 British soldiers are arriving in the country ... They will take part in drills
    with Estonian forces")."""
    found: list[str] = []
    for previous in ctx.sentences[max(0, number - LOOK_BACK):number]:
        for token in previous:
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in OWNING:   # "belonging to the US"
                movers = tuple(a for a in subject_actors_of(ctx, token)     # "British soldiers arrive in the country"
                               if a not in _placed_names(ctx, token))
                for actor in places_of(ctx, token, {"in", "to", "into"}, exclude=movers):
                    if actor not in found:
                        found.append(actor)
    inside = [a for a in found if a in participants]
    return inside if len(inside) == 1 else []

def _placed_names(ctx: Context, verb) -> set[str]:
    """States a subject names only by a place in its name ("the Marine Rotational Force -
    Darwin has arrived"): where the unit is, not whose it is."""
    places, others = set(), set()
    for subject in patterns.subjects(verb):
        for ref in ctx.refs_in(subject.left_edge.i, subject.right_edge.i + 1):
            if ref.actor:
                (places if ref.kind == "place" else others).add(ref.actor)
    return places - others


def dateline_states(ctx: Context) -> list[str]:
    """The states of the dateline the report was filed under ("MANILA —" -> PHL)."""
    span = dateline(ctx)
    found: list[str] = []
    for ref in ctx.refs:
        if ref.start in span and ref.actor and ref.kind in ("state", "place") and ref.actor not in found:
            found.append(ref.actor)
    return found


COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north-east", "north-west", "south-east", "south-west"}


def compass_places(ctx: Context, token) -> list[str]:
    """"held drills south of Crete", "100 km north of Tallinn": the state of the place a
    compass word is measured from."""
    found: list[str] = []
    for word in (c for c in token.children if c.lower_ in COMPASS and c.dep_ in ("advmod", "npadvmod", "prep")):
        for obj in patterns.prep_objects(word, {"of"}):
            found += [a for a in place_actors(ctx, obj) if a not in found]
    return found


def has_place_phrase(noun) -> bool:
    """A place phrase on the drill or its verb, however unresolved ("in Borneo"; not "on
    Monday")."""
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and
               any(o.dep_ == "pobj" and o.ent_type_.lower() not in ("date", "time") for o in c.children)
               for c in (*noun.children, *noun.head.children))
