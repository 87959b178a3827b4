"""Optional claim attributes: time, quantity, hedging and source.

The functions come from the modules of helper "claims-types" (:mod:`.time`,
:mod:`.quantity`, :mod:`.hedging`). Each is looked up once; while one is missing or
fails on a sentence, the attribute stays empty and extraction goes on.
"""
from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def _function(module: str, name: str):
    try:
        mod = __import__(f"armsgraph.claims.{module}", fromlist=[name])
        return getattr(mod, name, None)
    except ImportError:
        return None


def _call(module: str, name: str, *args, **kwargs):
    function = _function(module, name)
    if function is None:
        return None
    try:
        return function(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - an attribute must not cost the claim
        log.debug("claims.%s.%s failed: %s", module, name, error)
        return None


# words for a part of the goods named before that give no count ("some of them")
UNCOUNTED_PARTS = {"some", "several", "few", "most", "many", "part", "dozens", "hundreds", "number"}


def quantity_span(ctx, trigger, system_ref):
    """The noun phrase that counts the system: the slot phrase holding the mention."""
    if system_ref is None:
        return None
    doc = ctx.doc
    token = doc[system_ref.start]
    while token.head.i != token.i and token.head.i != trigger.i and token.dep_ not in (
            "dobj", "nsubjpass", "nsubj", "pobj", "attr", "conj") and token.head.pos_ != "VERB" and \
            not (token.dep_ == "appos" and any(c.dep_ == "nummod" for c in token.subtree)):
        # (a listed item the parser hangs as an apposition keeps its own count)
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != trigger.i:
        token = token.head.head
    left = min(t.i for t in token.subtree if t.dep_ not in ("relcl", "acl") or t.i == token.i)
    right = max(system_ref.end - 1, token.i)
    return doc[left:right + 1]


def local_quantity(ctx, claim, trigger, local_ref) -> None:
    """The count of the phrase that stands for a weapon named earlier ("six of the drones")."""
    span = quantity_span(ctx, trigger, local_ref)
    quantity = _call("quantity", "quantity_of", span) if span is not None else None
    if quantity:
        claim.quantity = str(quantity)
    elif span is not None and any(t.lower_ in UNCOUNTED_PARTS and t.i + 1 < len(t.doc) and t.nbor().lower_ == "of"
                                  for t in span):
        claim.quantity = None   # "sent several of them": a part the text leaves uncounted, not the whole


def sentence_times(ctx, sent) -> list:
    """The time expressions of a sentence, found once per sentence."""
    times = ctx.__dict__.setdefault("times_by_sentence", {})
    if sent.start not in times:
        times[sent.start] = _call("time", "find_times", sent)
    return times[sent.start] or []


def time_at(ctx, trigger, reference=None):
    """The time the text gives ``trigger``'s clause (with a year), else None; relative
    times count from ``reference`` (else the day of writing)."""
    sent = ctx.sentence_of(trigger)
    value = _call("time", "time_of", trigger, reference or ctx.reference, expressions=sentence_times(ctx, sent))
    return value if value is not None and getattr(value, "year", None) else None


def dated_at(ctx, claim, trigger) -> bool:
    """The time the text gives ``trigger``'s clause, set on ``claim``; False when none."""
    value = time_at(ctx, trigger)
    if value is None:
        return False
    claim.year, claim.month, claim.day = value.year, value.month, value.day
    claim.granularity = value.granularity
    return True


# verbs of holding a weapon ("Zagreb flies 12 Rafales"): their tense dates the holding, not the transfer
HOLDING = {"fly", "operate", "use", "field", "own", "have", "possess"}
ACQUIRED = {"buy", "purchase", "acquire", "order", "obtain", "receive", "deliver", "supply", "sell", "get"}


def held_since(ctx, trigger, system_ref):
    """The date of the purchase a participle tells on a weapon that the trigger holds:
    "Zagreb flies 12 used Rafales bought from France in 2021" -> 2021 (not the year of
    writing that "flies" would give)."""
    if system_ref is None or trigger.lemma_.lower() not in HOLDING:
        return None
    head = ctx.doc[system_ref.start]
    while head.head.i != head.i and head.head.i != trigger.i and head.dep_ in ("compound", "amod", "nmod", "nummod"):
        head = head.head
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ACQUIRED):
        value = time_at(ctx, clause)
        if value is not None:
            return value
    return None


def dateline_time(ctx, trigger):
    """The date of the dateline the trigger's sentence opens under ("KYIV, March 3, 2023
    (Reuters) - Poland has delivered ..."): the day the report tells of, for a lede that
    names no time of its own (the dateline is a sentence of its own: entities.paragraphs)."""
    span = getattr(ctx, "dateline", None)
    if not span or ctx.sentence_number(trigger) != ctx.sentence_number(max(span)) + 1 or \
            _call("time", "tense_of", trigger) == "future":
        return None
    sent = ctx.sentence_of(max(span))
    for expression in sentence_times(ctx, sent):
        if expression.start in span:
            value = _call("time", "resolve_time", expression, ctx.reference, "past")
            if value is not None and getattr(value, "year", None):
                return value
    return None


def fill(ctx, claim, trigger, system_ref) -> None:
    sent = ctx.sentence_of(trigger)
    held = held_since(ctx, trigger, system_ref) if claim.type == "transfer" else None
    # a timeline entry ("2006 - ... The first rifles arrive in June."): its own date
    entry = _call("anchors", "chronology_time", ctx.text, trigger.idx)
    value = held or time_at(ctx, trigger, entry) or dateline_time(ctx, trigger)
    if value is not None:
        claim.year, claim.month, claim.day, claim.granularity = value.year, value.month, value.day, value.granularity
    elif entry is not None:
        claim.year, claim.granularity = entry.year, "year"
    elif ctx.reference is not None:
        tense = _call("time", "tense_of", trigger)
        if tense in ("present", "future") or claim.status in ("planned", "negotiating", "proposed") or \
                _call("time", "present_perfect", trigger):   # "has handed over" in the news: this year
            claim.year, claim.granularity = ctx.reference.year, "year"
        elif tense == "past":   # "... in September 2021. Contingents from India also took part"
            n = ctx.sentence_number(trigger)
            year = _call("anchors", "narrative_year", ctx.sentences[n], ctx.sentences[max(0, n - 2):n],
                         times=lambda sent: sentence_times(ctx, sent))
            if year:   # (a guess another reading of the same fact with its own date overrides)
                claim.year, claim.granularity = year, "year"
                ctx.__dict__.setdefault("guessed_years", {})[id(claim)] = claim   # (the claim kept: ids recycle)
    span = quantity_span(ctx, trigger, system_ref)
    if span is not None and not sent.start <= span.start < sent.end:
        span = None   # a weapon named sentences before counts nothing here
    if span is not None:
        quantity = _call("quantity", "quantity_of", span)
        part = _call("quantity", "part_of_whole", span) if quantity and not (
            trigger.dep_ in ("acl", "relcl") and trigger.head.i in range(span.start, span.end)) else None
        if part:   # "received the first two of twelve jets bought from Russia": two received,
            # twelve bought (the whole kept for the purchase told with it, claims.stages)
            ctx.__dict__.setdefault("whole_counts", {})[id(claim)] = (claim, str(quantity))
            quantity = part
        if quantity:
            claim.quantity = str(quantity)
    memo = ctx.__dict__.setdefault("hedging_by_sentence", {})   # one reading per sentence
    if sent.start not in memo:
        memo[sent.start] = _call("hedging", "hedging_of", sent)
    hedging = memo[sent.start]
    if hedging:
        hedged, source = hedging
        claim.hedged = bool(hedged)
        if source:
            claim.source = source
