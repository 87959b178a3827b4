"""Well-known exercise series named without a drill noun: "Cobra Gold brought American and
Thai troops together with those of Singapore and Japan", "Kavkaz-2020 drew troops from
China and Iran to ranges in southern Russia", "Joint Sea-2019 was held off Qingdao".

The series come from ``data/drills.tsv`` (name, the states that run it, its usual host, and
whether the name needs a cue because it also means something else). A series name found
in the text is a drill noun for :mod:`.exercise`; :func:`complete` adds what the series
phrase itself says about who took part ("troops from A and B", "with those of C", "as
well as the host") and falls back to the owners and the usual host only where the text
is silent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import patterns, roles
from .context import Context
from .garrisons import observer
from .triggers import data_lines, trigger_of
from .typeroles import noun_category, owners_of

LEXICON = "exercise"
YEAR = r"(?:[-\u2013 ]?(?:19|20)\d\d\b|[- ](?:\d\d|II|III|IV|V)\b)?"
FROM_VERBS = {"draw", "bring", "gather", "attract", "involve", "include", "feature", "see", "assemble", "unite"}
HOST_WORDS = {"host", "hosts", "organiser", "organizer"}


@dataclass(frozen=True)
class Series:
    name: str
    owners: tuple[str, ...]
    host: str | None
    cue: bool


@lru_cache(maxsize=1)
def _table() -> tuple[list[Series], re.Pattern | None]:
    found: list[Series] = []
    for row in data_lines("drills.tsv"):
        if len(row) < 3 or not row[0].strip():
            continue
        host = row[2].strip()
        found.append(Series(row[0].strip(), tuple(row[1].split()), None if host in ("", "-") else host,
                            len(row) > 3 and row[3].strip() == "cue"))
    if not found:
        return found, None
    names = sorted({v for s in found for v in _spellings(s.name)}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(" + YEAR + r")(?![\w])")
    return found, pattern


def _spellings(name: str) -> tuple[str, ...]:
    """The name as written, in capitals, and an acronym in title case ("RIMPAC", "Rimpac")."""
    return (name, name.upper()) + ((name.title(),) if name.isupper() else ())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Series]:
    series, _ = _table()
    out: dict[str, Series] = {}
    for one in series:
        for spelling in _spellings(one.name):
            out.setdefault(spelling, one)
    return out


def mentions(ctx: Context) -> dict[int, tuple[Series, bool]]:
    """Root token index -> (series, written with a year) of each series name in the text."""
    cached = getattr(ctx, "_series_mentions", None)
    if cached is not None:
        return cached
    found: dict[int, tuple[Series, bool]] = {}
    _, pattern = _table()
    text = ctx.text   # (read once by the context)
    by_name = _by_name()
    for match in pattern.finditer(text) if pattern is not None else ():
        span = ctx.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found[span.root.i] = (by_name[match.group(1)], bool(match.group(2).strip()))
    ctx._series_mentions = found
    return found


def series_of(ctx: Context, token) -> Series | None:
    """The series ``token`` names as a drill of its own, else None (not a state, weapon or
    company the name also stands for; not the name on a drill noun: "the Cobra Gold
    exercise", which the drill noun handles)."""
    hit = mentions(ctx).get(token.i)
    if hit is None:
        return _edition_of(ctx, token)
    series, dated = hit
    ref = ctx.ref_at(token)
    if ref is not None and (ref.actor or ref.kind in ("system", "category")):
        return None
    if token.dep_ == "compound" or trigger_of(token.head, LEXICON) is not None and token.dep_ in ("amod", "nmod"):
        return None
    if _naming(token) or token.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return None       # (a heading: "Zapad ("West").")
    if not dated and not _in_drill_frame(token, strict=series.cue) and \
            (series.cue or not (token.dep_ == "nsubj" and token.head.lemma_.lower() in FROM_VERBS)):
        return None       # ("RIMPAC is expensive": a mention, no round of the drill)
    return series


EDITION_WINDOW = 3      # sentences back to the series an edition noun belongs to


def _edition_of(ctx: Context, token) -> Series | None:
    """"The 2021 edition was held at ...", "last year's edition brought together troops
    from ...", "Egypt and the US have run it since 1980": a round of the series named in
    this or the last sentences (a heading naming it alone counts), when the round (or
    "it") is the subject or object of a drill verb."""
    trigger = trigger_of(token, LEXICON)
    pronoun = token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass", "dobj")
    if not pronoun and (trigger is None or trigger.frame != "edition" or token.pos_ != "NOUN" or
                        token.dep_ not in ("nsubj", "nsubjpass")) or not _in_drill_frame(token):
        return None       # ("Egypt and the US have run it since 1980", "it gathered forces from ...")
    named = [mentions(ctx)[o.i][0] for o in patterns.prep_objects(token, {"of"}) if o.i in mentions(ctx)]
    if named:
        return named[0]     # "the 2022 round of Anakonda was held in ..."
    if any(c.dep_ in ("compound", "poss") and trigger_of(c, LEXICON) is not None for c in token.children) or \
            patterns.prep_objects(token, {"of"}):
        return None       # "the exercise's latest edition", "the latest round of talks"
    if pronoun and (token.head.dep_ in ("relcl", "acl") or
                    any(trigger_of(t, LEXICON) is not None and trigger_of(t, LEXICON).frame == "exercise"
                        for t in token.sent)):
        return None       # "the exercise it held with ...": the drill noun's own clause
    number = ctx.sentence_number(token)
    found = None
    for i, (series, _) in sorted(mentions(ctx).items()):
        if i < token.i and number - EDITION_WINDOW <= ctx.sentence_number(i) <= number - (1 if pronoun else 0):
            found = series
    return found


NAMING = {"call", "name", "dub", "know", "christen", "label", "title", "designate", "codename", "code-name"}


def _naming(token) -> bool:
    """The name given to a drill named elsewhere: "would be called Peace Mission 2005",
    "the drills known as Maritime Security Belt"."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in NAMING:
            return True
        if node.pos_ in ("VERB", "AUX", "NOUN"):
            return False
    return False


def _in_drill_frame(token, strict: bool = False) -> bool:
    """The name is the subject or object of a verb of ``data/exercise.tsv`` or of "take
    place": "Indra took place near Volgograd", "joined Malabar" (``strict``, for names
    that also mean something else: a joining verb only with the name as its object, not
    "Indra took part in the tender")."""
    node = token
    if node.dep_ == "pobj":
        node = node.head
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "take" and any(c.lemma_ == "place" for c in verb.children):
        return True
    trigger = trigger_of(verb, LEXICON)
    if trigger is None and verb.lemma_ == "have" and token.dep_ == "nsubj":
        # "The 2023 edition had 13 countries, with ...": a round counted in participants
        return any(trigger_of(o, LEXICON) is not None and trigger_of(o, LEXICON).frame == "group"
                   for o in patterns.slot_fillers(verb, "dobj"))
    if strict and trigger is not None and trigger.frame == "join" and token.dep_ in ("nsubj", "nsubjpass"):
        return False
    return trigger is not None and trigger.frame in ("run", "join", "involve")


def _off_place(ctx: Context, verb) -> list[str]:
    """"was held off Qingdao" where the parser reads "off" as a particle and the place as
    the verb's bare object."""
    if not any(c.dep_ == "prt" and c.lower_ in ("off", "near") for c in verb.children):
        return []
    found: list[str] = []
    for child in verb.children:
        ref = ctx.ref_at(child)
        if child.dep_ in ("npadvmod", "dobj") and ref is not None and ref.kind in ("place", "state") and \
                ref.actor and ref.actor not in found:
            found.append(ref.actor)
    return found


def complete(ctx: Context, noun, series: Series, participants: list[str],
             hosts: list[str]) -> tuple[list[str], list[str]]:
    """Participants and hosts of a series drill: the states its clause brings ("drew troops
    from A and B", "with those of C", "with forces from D as well as the host", "held
    jointly with E"), the owners where the text names fewer than two, and the usual host
    where the text names none."""
    participants = list(participants)
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    host_too = False
    if verb is not None:
        for conj in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
            heads = patterns.prep_objects(conj, {"from", "with", "alongside"}) + \
                [o for d in patterns.slot_fillers(conj, "dobj")
                 for o in [d] + patterns.prep_objects(d, {"from", "with"})]
            for holder in [conj] + patterns.slot_fillers(conj, "dobj"):
                # "had 29 countries, with Chile and Kenya joining for the first time"
                for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for clause in (c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"):
                        inner = trigger_of(clause, LEXICON)
                        if inner is not None and inner.frame == "join" and not observer(clause):
                            heads += [c for c in clause.children if c.dep_ == "nsubj"]
            if conj.i != verb.i:     # "..., and Japan's ground forces firing missiles on Australian soil"
                heads += [c for c in conj.children if c.dep_ == "nsubj" and noun_category(c) == "category:troops"]
            heads += [o for h in list(heads) for o in patterns.prep_objects(h, {"of", "from"})]
            for head in patterns.with_conjuncts(heads):
                if observer(head):
                    continue
                if head.lower_ in HOST_WORDS:
                    host_too = True
                    continue
                for actor in owners_of(ctx, head) or roles.actors_of(ctx, head):
                    if actor not in participants:
                        participants.append(actor)
            host_too = host_too or any(t.lower_ in HOST_WORDS and t.head.dep_ in ("cc", "prep", "pobj", "conj")
                                       or t.lower_ in HOST_WORDS and t.dep_ in ("conj", "pobj")
                                       for t in conj.subtree)
    if not hosts and verb is not None:
        hosts = _off_place(ctx, verb)
    if not hosts and participants and series.host:
        hosts = [series.host]
    if host_too:
        participants += [h for h in hosts if h not in participants and h != "UNK"]
    if len(participants) < 2 or trigger_of(noun, LEXICON) is not None or noun.pos_ == "PRON":
        # (a round of the series: run by its owners again)
        participants += [o for o in series.owners if o not in participants]
    else:
        participants += [o for o in series.owners if o in hosts and o not in participants]
    if not hosts and participants and series.host:
        hosts = [series.host]   # (its owners alone, named nowhere: at its usual host)
    return participants, hosts


def recent_host(ctx: Context, noun) -> list[str]:
    """The usual host of the series named last, up to a few sentences before a drill that
    names no place ("Khaan Quest will return next summer. The drill is co-sponsored by
    the Mongolian armed forces and US Indo-Pacific Command"), or []."""
    number = ctx.sentence_number(noun)
    found: list[str] = []
    for i, (series, _) in sorted(mentions(ctx).items()):
        if i < noun.i and number - EDITION_WINDOW <= ctx.sentence_number(i) <= number:
            found = [series.host] if series.host else []
    return found
