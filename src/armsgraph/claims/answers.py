"""Requests and offers answered later: "Germany turned down similar requests from Kyiv",
"the request was finally granted in 2022", "a request Washington approved", "Both bids were
rejected", "Minsk asked for Iskanders; Moscow refused" — the answer is another stage of the transfer asked for or offered in the
sentences before (the weapon just named; the answering side supplies). Used by
:mod:`.transfer` for request and offer nouns that name no weapon of their own."""
from __future__ import annotations

from . import memory, misread, patterns, roles, status as status_mod
from .context import Context
from .triggers import Trigger

# modifiers of a request or offer that point back to a weapon named before
ANAPHORIC_MODIFIERS = {"similar", "such", "these", "those", "this", "that", "repeated"}
GRANTING = {"grant", "approve", "greenlight", "accept", "clear"}   # a request answered yes
DURATION_NOUNS = {"year", "month", "week", "decade", "day", "while", "time"}


def _answering_clause(token):
    """The verb that answers a request noun, and the words naming who answers: "turned
    down similar requests" (its subject), "the request was granted (by X)" (the agent), "a
    request Washington approved" (the relative clause's subject)."""
    marked = any(c.lower_ in ANAPHORIC_MODIFIERS | {"the"} for c in token.children if c.dep_ in ("amod", "det"))
    if token.dep_ == "dobj" and marked:
        return token.head, [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "nsubjpass" and marked:
        return token.head, patterns.slot_fillers(token.head, "agent")
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in clause.children):
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in patterns.RELATIVE_PRONOUNS]
            after = clause.right_edge.i + 1
            if subjects and not (after < len(token.doc) and token.doc[after].text == ":"):
                return clause, subjects   # (not "one request Athens turned down: ...", told next)
    return None


def answered_request(ctx: Context, token, trigger: Trigger) -> list:
    """"Germany had turned down similar requests from Kyiv" after a sentence naming the
    Taurus: the request is for the weapon just named; the side that answers it is the
    supplier, the requester (from-phrase, possessive) the recipient. A refusal, or a grant
    ("the request was finally granted in 2022", "a request Washington approved")."""
    answer = _answering_clause(token)
    if answer is None:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "for" and not roles.dated(c) and not any(
            o.lemma_.lower() in DURATION_NOUNS for o in c.children) for c in token.children):
        return []   # "a request for grain": an object of its own (not "for years")
    verb, answerers = answer
    suppliers = [a for s in answerers for a in roles.actors_of(ctx, s)]
    recipients = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                  for o in c.children if o.dep_ == "pobj" for a in roles.actors_of(ctx, o)]
    recipients += [a for c in token.children if c.dep_ == "poss" for a in roles.actors_of(ctx, c)]
    if not suppliers and recipients:
        # "previous governments had turned down similar requests from Taipei": the side
        # the requester has been dealing with
        suppliers = memory.recent_suppliers(ctx, token, recipients, ())
    if not suppliers and token.dep_ != "dobj":
        suppliers = memory.recent_sides(ctx, token, window=1)[:1]   # "the request was granted"
    if not suppliers:
        return []
    if not recipients:
        recipients = memory.recent_recipients(ctx, token, suppliers, None)
    recipients = [r for r in recipients if r not in suppliers]
    named = [r for r in roles.system_antecedents(ctx, token) if not r.is_category][:1]
    if not recipients or not named:
        return []
    granting = verb.lemma_.lower() in GRANTING
    if verb is token.head and token.dep_ == "dobj":   # ("turned down similar requests": the chain's status)
        statuses = set(status_mod.statuses_of(token, trigger.status, "recipient"))
    else:
        statuses = {"refused"} if status_mod.refusing(verb) else {"planned"} if granting else set()
    answered = "refused" if "refused" in statuses else "planned" if "planned" in statuses and granting else None
    if answered is None:
        return []   # only an answered (refused or granted) request is read this way
    out = []
    for supplier in suppliers:
        for recipient in recipients:
            claim = ctx.claim("transfer", verb if verb is not token.head else token, answered, named[0],
                              confidence=0.45, supplier=supplier, recipient=recipient)
            out.append(claim)
    memory.remember(ctx, token, out)
    return out


def answered_offers(ctx: Context, token, trigger: Trigger) -> list:
    """"France proposed the Rafale, the US offered F-16s. Both bids were rejected": offers
    named without their weapon, refused, are the offers stated in the sentences before
    (each of them for "both", "the two", plural "the bids")."""
    if token.dep_ not in ("nsubjpass", "nsubj", "dobj") or any(
            ctx.ref_at(t) is not None and ctx.ref_at(t).is_system for t in token.subtree):
        return []
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "poss")}
    if not marks & {"both", "the", "these", "those", "two", "all", "its", "their"}:
        return []
    statuses = status_mod.statuses_of(token, trigger.status, "supplier")
    if "refused" not in statuses:
        return []
    offers = []
    for entry in memory.recent_entries(ctx, token):
        i, supplier, recipient, family = entry
        if "proposed" in memory.stated_statuses(ctx, entry) and \
                (supplier, recipient, family) not in offers and supplier != "UNK":
            offers.append((supplier, recipient, family))
    wanted = 1 if token.tag_ == "NN" and not marks & {"both", "two", "all"} else 2
    out = []
    for supplier, recipient, family in offers[:wanted]:
        out.append(ctx.claim("transfer", token, "refused", family, confidence=0.4,
                             supplier=supplier, recipient=recipient))
    return out


# verbs that refuse with no object of their own ("Moscow refused", "Berlin declined")
BARE_REFUSALS = {"refuse", "decline", "balk"}
ANSWER_WINDOW = 1   # sentences back the request answered may stand


def bare_refusals(ctx: Context, sent, earlier: list) -> list:
    """"Minsk asked for Iskanders; Moscow refused": a refusing verb with no object, whose
    subject is the side a request just told was put to, refuses that request (a second
    claim, as GUIDELINES has it)."""
    out = []
    found = ctx.__dict__.get("refusing_words")
    if found is None:   # (looked up once per document from the doc's array, not word by word)
        found = ctx.__dict__["refusing_words"] = misread._tokens(ctx.doc, "LEMMA", BARE_REFUSALS)
    for token in (t for t in found if sent.start <= t.i < sent.end):
        if token.pos_ != "VERB" or patterns.is_passive(token) or any(
                c.dep_ in ("dobj", "xcomp", "dative") or c.dep_ == "ccomp" and c.i > token.i or
                c.dep_ == "prep" and c.lower_ in ("by", "to", "from") for c in token.children):
            continue   # ("refused to sell", "refused the request", "declined to comment"; "declined by 5%";
            # the request before may be read as its clause: "Minsk asked for Iskanders; Moscow refused")
        refusers = {a for s in patterns.subjects(token) for a in roles.actors_of(ctx, s)}
        if len(refusers) != 1:
            continue
        here = ctx.sentence_number(token)
        first = ctx.sentences[max(0, here - ANSWER_WINDOW)].start_char
        asked = [c for c in earlier if c.type == "transfer" and c.status == "proposed" and c.supplier in refusers
                 and first <= c.start <= ctx.sentences[here].start_char and c.system]
        if not asked or any(c.status == "refused" and (c.supplier, c.recipient, c.system) ==
                            (asked[-1].supplier, asked[-1].recipient, asked[-1].system) for c in earlier):
            continue
        base = asked[-1]
        claim = ctx.claim("transfer", token, "refused", base.system, confidence=0.45,
                          supplier=base.supplier, recipient=base.recipient)
        claim.mode = base.mode
        out.append(claim)
    return out

