"""Status of a claim from its trigger, the words that govern it, modality, negation, tense.

``status_of(trigger_token, base, side)`` walks from the trigger up through the clauses
and nouns that govern it ("is expected to deliver", "signed a contract for the supply of",
"is not willing to transfer", "talks on the possible supply of") and decides:

1. a hypothetical ("if Russia delivers ...") or a denied allegation ("Iran denied
   supplying missiles") gives ``None``: no claim;
2. the nearest strong cue governing the trigger (``status_cues.tsv``) decides, else the
   trigger's own modality (will/would/going to -> planned; could/may/might ->
   negotiating), else a weak cue ("possible"), else the trigger's base status;
3. a negation on the trigger or on the cue that decided makes it ``refused``.

``side`` is "supplier" or "recipient": whose act the trigger is. A plan of the supplier
is ``planned``, a buyer's plan is ``proposed`` (GUIDELINES).
"""
from __future__ import annotations

import re

from .patterns import cause_prep
from .triggers import cues

CHAIN_DEPS = {"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "attr", "acomp", "nsubjpass",
              "advcl", "pcomp", "appos", "compound", "oprd", "conj", "nsubj", "relcl"}
FUTURE = {"will", "shall", "'ll", "wo"}
CONDITIONAL = {"would", "'d"}
# events not in the subject's hands: "should" says they are expected, not advised
COMPLETING = {"complete", "fulfil", "fulfill"}
ON_HOLD = {"hold", "ice"}
EXPECTED_EVENTS = {"arrive", "reach", "land", "come", "enter", "follow", "start", "begin"}
POSSIBLE = {"could", "may", "might"}
TEMPORAL_MARKS = {"after", "before", "when", "while", "since", "as", "because", "although",
                  "though", "once", "until", "whereas"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
# verbs of getting what another side sends (a buyer's "would" there reports a delivery to come)
RECEIVING = {"receive", "get", "obtain"}
# verbs that deny an allegation when they take a clause or a report as object
DENYING = {"deny", "reject", "dismiss", "refute"}
ALLEGATION_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations",
                    "accusation", "accusations", "rumour", "rumours", "rumor", "rumors",
                    "speculation"}


def chain(trigger, limit: int = 7) -> list:
    """The trigger and the tokens that govern it, nearest first."""
    out = [trigger]
    node = trigger
    for _ in range(limit):
        if node.head.i == node.i or node.dep_ not in CHAIN_DEPS and not (
                node.dep_ == "amod" and node.lower_ == "worth" or
                node.dep_ == "npadvmod" and node.head.lower_ == "worth"):
            break   # (not) "a contract worth $1bn to supply": the amount hangs on the contract
        if node.dep_ == "conj" and not (node.pos_ == "VERB" and node.head.dep_ in (
                "xcomp", "ccomp", "acl", "pcomp", "relcl") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            break   # a coordinated clause or noun is an event of its own; "wants to get X
            # or to buy them" shares its governor ("..., and the batteries were delivered"
            # has its own subject: it does not)
        if node.dep_ == "nsubj" and node.i != trigger.i and node.pos_ != "VERB":
            if refusing(node.head):
                out.append(node.head)   # "Pakistan's bid to buy F-16s collapsed": its end
            break
        if node.dep_ == "appos" and node.i != trigger.i and trigger.pos_ in ("NOUN", "PROPN"):
            break   # "expects its first jets, part of an order for 42": the order's own stage
        if node.dep_ in ("ccomp", "parataxis") and node.i < node.head.i and any(
                t.text == ";" for t in node.doc[node.i:node.head.i]):
            break   # "Greece ordered frigates; the first is due in 2025": two sentences
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS or
                                        c.dep_ == "advmod" and c.lower_ == "when" and any(
                                            h.dep_ in ("dobj", "xcomp", "ccomp") for h in node.head.children)
                                        for c in node.children):
            break   # "after it bought the S-400": a clause of its own; "when Lithuanians funded a
            # TB2, Baykar declined the money" (not "Germany refused when Poland asked")
        if node.i == trigger.i and node.dep_ == "acl" and node.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
            break   # "Anka, a drone exported to Kazakhstan, will be produced": a state
            # (but "reports that it had supplied missiles" is the reports' content)
        if node.dep_ == "relcl" and not _prepositional_relative(node) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            break   # "a proposal under which Poland would supply" goes on to "proposal"
        if node.dep_ == "ccomp" and any(t.lower_ in ("which", "whom") for s in node.children
                                        if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree):
            break   # "promised Black Hawks, the first of which arrived": a relative clause read as a complement
        if node.dep_ == "prep" and cause_prep(node) and node.i != trigger.i:
            break   # "blocked the request over Turkey's purchase of S-400s": a cause
        node = node.head
        if node.lemma_.lower() in REPORTING_VERBS and node.pos_ == "VERB":
            break   # "X said ...", "Reuters reported ...": reported speech, not a cue
        out.append(node)
        if node.dep_ == "ROOT":
            break
    return out


def _discussed_above(nodes, depth: int, table) -> bool:
    for node in nodes[depth + 1:depth + 4]:
        if node.lemma_ == "look" and any(c.dep_ == "prep" and c.lower_ == "at" for c in node.children):
            return True
        cue = table.get(node.lemma_.lower())
        if cue is not None and cue.strength == 2:
            return cue.status == "negotiating"
    return False


def refusing(word) -> bool:
    """A verb that refuses ("rejected", "turned down", "vetoed")."""
    table = cues()
    cue = table.get(_phrasal(word)) or table.get(word.lemma_.lower())
    return cue is not None and cue.status == "refused" and cue.strength == 2 and not negated(word)


def _refused_above(nodes, depth: int, table) -> bool:
    return any(refusing(node) for node in nodes[depth + 1:depth + 4])


# cues only as a predicate ("is unlikely before 2026", "is likely to receive")
PREDICATE_ONLY_CUES = {"likely", "unlikely"}
# cue lemmas that are cues only as verbs ("sign a deal", not "a sign that ...")
VERB_ONLY_CUES = {"sign"}
# what "near" as a preposition must govern to say a deal is close ("near a deal", "near
# completion"; not "held the drill near Jhansi", "based near the border")
NEARED = {"deal", "agreement", "accord", "contract", "completion", "conclusion", "signing",
          "decision", "settlement", "approval", "breakthrough", "finalisation", "finalization"}
# cues that raise the subject of what is still to come ("is expected / set / due to sign")
RAISING = {"expect", "set", "due", "schedule", "slate", "slat", "poised"}


def _expected_above(nodes, depth: int, table) -> bool:
    """A raising cue of what is still to come right above ("expected to sign")."""
    for node in nodes[depth + 1:depth + 2]:
        cue = table.get(node.lemma_.lower()) or table.get(node.lower_)
        if cue is not None and cue.status == "planned" and node.lemma_.lower() in RAISING:
            return True
    return False


def _prepositional_relative(verb) -> bool:
    return any(c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children)
               for c in verb.children)


# cues that report a fact when their clause is finite and past ("images suggest it
# bought tanks") and propose one otherwise ("suggested buying tanks", "that it buy")
REPORTING_TOO = {"suggest"}


def _finite_past(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("ccomp", "ROOT", "conj") and (
        verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in verb.children))


CONTINUING = {"continue", "keep"}


def headline_future(verb) -> bool:
    """A headline's infinitive standing as the main verb: "Ghana to buy jets"."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def negated(token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in ("only", "just"):
                continue
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if child.dep_ == "advmod" and child.lower_ in ("never",):
            return True
        if child.dep_ == "advmod" and child.lower_ in ("yet", "still") and any(
                c.dep_ == "neg" for c in child.children):
            return True   # "paid for but not yet received" (the parser hangs "not" on "yet")
        if child.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in child.children):
            return True   # "Neither India nor Pakistan has bought the J-35"
    return False


# passives of what was intended to come ("were meant to arrive")
MEANT = {"mean", "intend"}
# verbs that end a block ("lifted its ban on Eurofighter sales")
LIFTING = {"lift", "end", "remove", "overturn", "reverse", "ease", "waive"}
# verbs of closing a deal: in the progressive, the deal is not made yet
CLOSING = {"finalise", "finalize", "conclude", "seal", "clinch"}
# what a trigger not yet come to pass says: goods still to come, a deal still to make
PENDING_STATUS = {"done": "planned", "agreed": "negotiating"}


def pending(verb) -> bool:
    """"not yet signed", "has yet to deliver", "is yet to sign", "is still to deliver",
    "will not arrive before 2027":
    what has not happened so far, but is not refused."""
    if negated(verb) and any(c.dep_ == "advmod" and c.lower_ == "yet" or
                             c.dep_ == "prep" and c.lower_ in ("before", "until", "till") and any(
                                 o.ent_type_.lower() in ("date", "time") for o in c.children)
                             for c in verb.children):
        return True   # ("will not arrive before 2027", "not until next year": later, not never)
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ in ("yet", "still") for c in verb.head.children)


def _last_word(token) -> str:
    """The word of an auxiliary, also when tokenisation glued a dash to it ("etc.—would")."""
    words = re.findall(r"[a-z']+", token.lower_)
    return words[-1] if words else token.lower_


def modality(token) -> str | None:
    """planned | negotiating | None from the auxiliaries of a verb."""
    for child in token.children:
        if child.dep_ != "aux" and child.dep_ != "auxpass":
            continue
        word = _last_word(child)
        if word in FUTURE or word in CONDITIONAL:
            return "planned"
        if word == "should" and (token.lemma_ in EXPECTED_EVENTS or any(
                c.dep_ == "auxpass" for c in token.children)) and not any(
                c.lower_ == "have" for c in token.children if c.dep_ == "aux"):
            return "planned"   # "the first battery should arrive in 2026" (not "should have")
        if word in ("should", "ought"):
            return "proposed"   # "Poland should buy more tanks": advice
        if word in POSSIBLE:
            return "negotiating"
    if token.dep_ == "xcomp" and token.head.lower_ in ("going", "about") and any(
            c.dep_ in ("aux", "auxpass") for c in token.head.children):
        return "planned"
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in token.children):
        return "planned"
    if token.dep_ == "xcomp" and token.head.lemma_ in MEANT and any(c.dep_ == "auxpass" for c in token.head.children):
        return "planned"   # "the jets were meant to arrive in 2023"
    if any(c.dep_ == "auxpass" for c in token.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and token.dep_ in ("xcomp", "ROOT"):
        # "are to be delivered"
        if token.head.lemma_ == "be":
            return "planned"
    return None


def _asked(trigger) -> bool:
    """An indirect question under a verb of saying: "did not say how many of the jets it
    would receive", "would not disclose whether it ordered more"."""
    return any(n.dep_ in ("ccomp", "dobj") and n.head.lemma_ in UNASSERTING and
               n.left_edge.lower_ in ("how", "whether", "when", "which", "what")
               for n in [trigger, *list(trigger.ancestors)[:5]])


def hypothetical(nodes) -> bool:
    """"if Russia delivers ...", "instead of providing arms ...", "rather than selling"."""
    for node in nodes:
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "of" and (
                node.head.head.lower_ == "instead" or any(
                    c.lower_ == "instead" for c in node.head.children)):
            return True
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in ("without", "than") and \
                node.tag_ == "VBG":
            return True
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
                return True
        if node.tag_ == "VBG" and node.dep_ in ("csubj", "nsubj") and any(
                c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may")
                for c in node.head.children):
            return True   # "buying Russian jets could bring sanctions"
        if node.tag_ == "VBN" and node.pos_ in ("VERB", "AUX") and {"would", "could", "might", "should"} & {
                c.lower_ for c in node.children if c.dep_ == "aux"} and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in node.children):
            return True   # "Russia would have had trouble delivering them": what did not happen
    return False


# verbs whose negation says nothing about the transfer ("did not confirm the delivery")
UNASSERTING = {"say", "think", "believe", "confirm", "announce", "know", "comment", "disclose",
               "specify", "reveal", "elaborate", "mention", "report", "clarify", "respond",
               "answer", "reply", "react"}
REQUEST_CUES = {"offer", "request", "appeal", "proposal", "plea", "demand", "bid", "effort",
                "attempt"}
REPORTING_VERBS = {"say", "tell", "report", "write", "state", "add", "claim", "note", "explain",
                   "quote", "cite", "reveal", "announce", "declare", "insist", "stress"}


def statuses_of(trigger, base: str, side: str = "supplier") -> list[str]:
    """Like :func:`status_of`, but a request or offer that was answered gives both
    statuses: "rejected Poland's offer to give the US its jets" -> refused, proposed."""
    status = status_of(trigger, base, side)
    if status is None:
        return []
    out = [status]
    if status == "refused":
        for node in chain(trigger)[1:]:
            if node.lemma_.lower() in REQUEST_CUES and node.pos_ in ("NOUN", "PROPN"):
                out.append("proposed")
                break
            cue = cues().get(node.lemma_.lower())
            if node.dep_ == "nsubj" and node.pos_ == "NOUN" and cue is not None and \
                    cue.status == "buyer-plan" and refusing(node.head):
                # "a plan to buy Mirages collapsed": the plan, then its end
                out.append("planned" if side == "supplier" else "proposed")
                break
            # "despite many requests has refused to supply"
            if any(c.dep_ == "prep" and c.lower_ in ("despite", "after") and any(
                    o.lemma_.lower() in REQUEST_CUES | {"appeal", "plea"} for o in c.children)
                   for c in node.children):
                out.append("proposed")
                break
    return out


def status_of(trigger, base: str, side: str = "supplier") -> str | None:
    """The GUIDELINES status of the claim announced by ``trigger``; None when the
    sentence asserts no claim (hypothetical, denied allegation)."""
    nodes = chain(trigger)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "with" and trigger.pos_ in ("ADJ", "VERB"):
        nodes = nodes[:1]   # "signed ..., with the first due in 2026": a status of its own
    if hypothetical(nodes[:3]) or _asked(trigger):
        return None
    table = cues()
    weak: str | None = None
    own_modal = modality(trigger)
    if own_modal is None and trigger.dep_ == "conj" and trigger.pos_ == "VERB" and not any(
            c.dep_ in ("aux", "auxpass") for c in trigger.children):
        own_modal = modality(trigger.head)   # "will build and deliver" (not "will not ..., and has asked")
    negation = negated(trigger)
    if own_modal == "planned" and side == "recipient" and not any(
            c.dep_ == "auxpass" for c in trigger.children) and any(
            c.lower_ == "would" for c in trigger.children if c.dep_ == "aux") and \
            trigger.lemma_.lower() not in RECEIVING:
        own_modal = "proposed"   # "he would buy aircraft from Russia": the buyer's intent (not
        # "said the army would receive Tor-M2 systems next year": a delivery to come)
    if own_modal == "negotiating" and side == "recipient" and trigger.pos_ == "VERB" and \
            trigger.dep_ in ("ROOT", "ccomp", "conj") and not _possible_cue_above(nodes):
        return None   # "Turkey could buy Eurofighters": a possibility, no claim
    if any(node.lemma_ in DENYING and node.pos_ == "VERB" and _denies_allegation(node, trigger, nodes)
           for node in nodes[1:4]):
        return None   # "denied that it had approved the sale", "dismissed reports that ...": no claim
    for depth, node in enumerate(nodes):
        candidates = [node] if depth else []
        candidates += [c for c in node.children if c.dep_ in ("amod", "advmod", "acomp")]
        if depth == 0 and node.dep_ == "ROOT" and node.pos_ == "NOUN":
            # "The sale of 40 F-16s to Turkey stalled for two years": the verb read as a
            # clause on the noun, the sentence left with no verb
            candidates += [c for c in node.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        elif depth == 0 and node.pos_ == "NOUN":
            # "with deliveries scheduled to start in 2025", "the transfer expected next year"
            candidates += [c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                           getattr(table.get(c.lemma_.lower()), "status", None) == "planned"]
        if depth and node.pos_ == "VERB" and node.lemma_.lower() in GRANTING_VERBS:
            # "gave the green light for the export", "won approval for the sale"
            candidates += [c for c in node.children if c.dep_ == "dobj"]
        if depth == 1 and nodes[0].dep_ == "advcl" and node.pos_ == "VERB":
            # "confirmed the deal to sell": the infinitive belongs to the object noun
            candidates += [c for c in node.children if c.dep_ == "dobj"]
        # "had the purchase in its long-term plans", "as part of a deal"
        candidates += [o for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "under", "within")
                       for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                       and table.get(o.lemma_.lower()) is not None
                       and table[o.lemma_.lower()].status in ("buyer-plan", "planned", "proposed",
                                                              "negotiating")]
        if node.dep_ == "attr" and node.head.lemma_ == "be":
            # "Among the cooperation being discussed is procurement of ..."
            candidates += [t for s in node.head.children if s.dep_ in ("nsubj", "prep")
                           for t in s.subtree if t.pos_ == "VERB"]
        if (depth == 0 or node.pos_ == "VERB") and any(
                o.lemma_.lower() in ON_HOLD for c in node.children if c.dep_ == "prep" and c.lower_ == "on"
                for o in c.children if o.dep_ == "pobj"):
            # "senators put the sale on hold": blocked
            return base if negated(node) else "refused"
        for word in candidates:
            cue = table.get(_phrasal(word)) or table.get(_described(word)) or table.get(word.lemma_.lower()) \
                or table.get(word.lower_)
            if cue is None or word.pos_ == "NOUN" and word.lemma_.lower() in VERB_ONLY_CUES:
                continue   # "the first public sign that the systems had arrived"
            if word.lower_ in PREDICATE_ONLY_CUES and word.dep_ not in ("acomp", "xcomp", "ROOT", "ccomp", "conj"):
                continue   # "Russia likely supplied the drones": probably done, not still ahead
            if word.pos_ == "ADP" and word.lower_ == "near" and not any(
                    o.lemma_.lower() in NEARED for o in word.children if o.dep_ == "pobj"):
                continue   # "held the drill near Jhansi": a place, no deal
            if cue.status == "keep":
                continue
            if word.lemma_.lower() in REPORTING_TOO and depth and _finite_past(nodes[depth - 1]):
                continue   # "bought tanks in 2023, satellite images suggest": a report
            if cue.strength < 2:
                weak = weak or cue.status
                continue
            status = cue.status
            if word.lemma_.lower() in ("delay", "postpone", "reschedule") and not any(
                    c.dep_ == "prep" and c.lower_ in ("until", "till", "beyond") + (
                        ("to", "into") if t is word else ())
                    for t in (word, trigger) for c in t.children) and not (
                        depth == 1 and trigger.dep_ in ("nsubj", "nsubjpass")):
                continue   # "delayed until 2026" is still to come; "they delay shipments" obstructs
                # ("deliveries were delayed": still to come)
            if status == "refused" and depth > 1 and nodes[depth - 1].pos_ == "VERB" and \
                    nodes[depth - 1].lemma_.lower() in UNASSERTING:
                continue   # "declined to confirm reports that it had signed": no refusal
            if status == "buyer-plan":
                status = "planned" if side == "supplier" else "proposed"
            if word.lemma_.lower() in COMPLETING and (depth == 0 or nodes[depth - 1].dep_ not in (
                    ("nsubj", "nsubjpass", "dobj") if base == "negotiating" else ("nsubj", "nsubjpass"))):
                continue   # "the contract was completed", "completed talks" ("completing a
                # contract signed in 2016" after an arrival names the signed stage)
            if status == "done" and base == "negotiating":
                status = "agreed"   # "completed talks on jets": the deal made, not delivered
            if status == "done" and (modality(word) == "planned" or any(
                    (table.get(n.lemma_.lower()) or table.get(n.lower_)) is not None and
                    (table.get(n.lemma_.lower()) or table.get(n.lower_)).status in ("planned", "buyer-plan")
                    for n in nodes[depth + 1:])):
                return "planned"   # "plans to complete the deliveries by 2016": not yet
            if word.lemma_ in DENYING:
                if _denies_allegation(word, trigger, nodes):
                    return None
            if status == "refused" and (_no_longer(word) or word.pos_ == "NOUN" and word.dep_ == "dobj" and
                                        word.head.lemma_.lower() in LIFTING and not negated(word.head)):
                return "planned"   # "will no longer block the sale", "lifted its ban on sales": the block is lifted
            if status == "agreed" and word.pos_ == "VERB" and word.lemma_.lower() in CLOSING and \
                    word.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in word.children):
                return "negotiating"   # "is finalising a contract for 42 jets": not made yet
            if status == "agreed" and word.pos_ == "VERB" and pending(word):
                return "negotiating"   # "have yet to finalise the deal", "has not yet signed"
            copula_negated = word.dep_ in ("acomp", "attr") and negated(word.head)
            if negation or negated(word) or copula_negated:
                return "refused" if status != "refused" else "proposed"
            if status in ("proposed", "negotiating") and modality(word) == "planned" and word.pos_ == "VERB":
                return status
            if status == "agreed" and (modality(word) == "planned" or headline_future(word)):
                return "planned"
            if status == "agreed" and word.pos_ == "VERB" and _expected_above(nodes, depth, table):
                return "planned"   # "is expected / set / due to sign a deal": not signed yet
            if status == "agreed" and word.pos_ == "VERB" and any(
                    getattr(table.get(_phrasal(n)) or table.get(n.lemma_.lower()), "status", None) == "negotiating"
                    for n in nodes[depth + 1:depth + 3] if n.pos_ in ("ADJ", "ADV", "ADP")):
                return "negotiating"   # "is close to signing a deal": not signed yet
            if status != "refused" and _refused_above(nodes, depth, table):
                return "refused"   # "dropped plans to acquire", "suspended talks on"
            if status in ("agreed", "proposed") and word.pos_ == "NOUN" and \
                    _discussed_above(nodes, depth, table):
                return "negotiating"   # "discussed a deal sending", "looking at a proposal"
            return status
        if depth and node.pos_ in ("VERB", "AUX"):
            if negated(node) and node.lemma_ not in UNASSERTING:
                negation = True
            modal = modality(node)
            if modal and not weak:
                weak = modal
    if negation:
        if pending(trigger) and base in PENDING_STATUS:
            return PENDING_STATUS[base]   # "has not yet delivered": still owed, not refused
        return "refused"
    if own_modal:
        return own_modal
    signed = _participle_cue(trigger, table) if weak == "planned" else None
    if signed is not None:
        return signed   # "a contract signed with Turkey will be worth 300 million euros"
    if weak:
        return weak
    if base in ("done", "agreed") and headline_future(trigger):
        return "planned"   # a headline's "Ghana to buy Super Tucanos": announced, still ahead
    if trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "acl", "advcl") and base == "done":
        # "spent $3 billion to acquire": a purpose reached in the past; else still ahead
        if trigger.head.tag_ in ("VBD", "VBN") and trigger.head.pos_ == "VERB" or \
                trigger.head.lemma_.lower() in CONTINUING:
            return base   # ("continues to arm the Houthis": going on now)
        return "planned"
    return base


ORDER_WORDS = {"order", "pay", "buy", "purchase", "contract", "sign"}


def ordered_in(sentence) -> bool:
    """Whether a sentence says the goods were ordered or paid for ("what we ordered")."""
    return any(t.lemma_.lower() in ORDER_WORDS for t in sentence)


def _no_longer(word) -> bool:
    """"no longer", "not ... any longer", "not ... anymore" on a verb."""
    for child in word.children:
        if child.dep_ == "advmod" and child.lower_ in ("longer", "anymore") and (
                child.lower_ == "anymore" or any(c.lower_ in ("no", "any") for c in child.children)):
            return True
    return False


def _denies_allegation(cue, trigger, nodes) -> bool:
    """"X denied supplying missiles", "rejected reports that X sold ..." are denials of
    an allegation, not refusals."""
    if trigger.tag_ == "VBG" and trigger.pos_ == "VERB" and cue.lemma_ in ("deny", "refute"):
        return True   # (not "rejected supplying Taurus missiles": a refusal)
    for child in cue.children:
        if child.dep_ == "dobj" and child.lower_ in ALLEGATION_NOUNS:
            return True
        if child.dep_ in ("ccomp",):
            return True
    return False


def _possible_cue_above(nodes) -> bool:
    """A cue word above the trigger (talks, considering) makes it more than a possibility."""
    table = cues()
    return any(table.get(n.lemma_.lower()) is not None and table[n.lemma_.lower()].strength >= 2
               for n in nodes[1:])


def _participle_cue(trigger, table) -> str | None:
    """The stage a past participle on a deal noun states ("the contract signed in 2022"),
    which a modal verb above the noun ("will be worth") does not move."""
    if trigger.pos_ != "NOUN":
        return None
    goods = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
             for o in p.children if o.dep_ == "pobj"]    # (the parser may hang it on the goods)
    for clause in (c for n in (trigger, *goods) for c in n.children):
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and not negated(clause):
            cue = table.get(clause.lemma_.lower())
            if cue is not None and cue.strength >= 2 and cue.status in ("agreed", "done"):
                return cue.status
    return None


# verbs whose object noun says what was decided about the claim ("gave the go-ahead for")
GRANTING_VERBS = {"give", "grant", "get", "receive", "win", "obtain", "secure"}


def _described(word) -> str:
    """"green light", "go ahead" (of "go-ahead"): a noun with the modifier just before it
    (a cue of two words)."""
    if word.pos_ != "NOUN":
        return ""
    before = [c.lower_ for c in word.children if c.dep_ in ("amod", "compound") and
              word.i - 2 <= c.i < word.i and all(t.is_punct for t in word.doc[c.i + 1:word.i])]
    return f"{before[-1]} {word.lemma_.lower()}" if before else ""


TIMED_PARTICLES = {"through", "down", "off", "out", "away", "back"}


def _phrasal(word) -> str:
    """"turn down" for a verb with its particle ("turned similar requests down")."""
    particles = [c.lower_ for c in word.children if c.dep_ == "prt" or
                 c.dep_ == "advmod" and c.lower_ in ("back", "down", "off", "through", "away") or
                 # ("held the sale back", "walked away from"; "pulled out of": "out" read as a preposition)
                 c.dep_ == "prep" and c.lower_ == "out" and any(o.lower_ == "of" for o in c.children)]
    if particles:
        return f"{word.lemma_.lower()} {particles[0]}"
    # "the deal fell through last year", "pulled out in 2021": a particle read as a
    # preposition whose object is a time, or with none ("fell through in 2019")
    timed = [f"{word.lemma_.lower()} {c.lower_}" for c in word.children if c.dep_ == "prep" and
             c.lower_ in TIMED_PARTICLES and (not any(True for _ in c.children) or any(
                 o.dep_ == "pobj" and o.ent_type_.lower() in ("date", "time") for o in c.children))]
    if timed and timed[0] in cues():
        return timed[0]
    if word.pos_ in ("ADJ", "ADV") and any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children):
        return f"{word.lemma_.lower()} to"   # "close to a deal", "moved closer to buying"
    # "put the purchase on hold": a verb with an idiomatic prepositional phrase
    idioms = [f"{c.lower_} {o.lower_}" for c in word.children if c.dep_ == "prep"
              for o in c.children if o.dep_ == "pobj" and not any(True for _ in o.children)]
    return f"{word.lemma_.lower()} {idioms[0]}" if idioms else ""


DELIVERY_WORDS = {"deliver", "delivery", "deliveries", "arrive", "arrival", "ship", "shipment"}


def delivery_ahead(sentence, token) -> bool:
    """A purchase (``token``) whose delivery the same sentence puts in the future:
    "which are due to be delivered next year", "and deliveries are to begin in 2025"."""
    for word in sentence:
        if word.i == token.i or word.lemma_.lower() not in DELIVERY_WORDS:
            continue
        if status_of(word, "done", "supplier") in ("planned", "agreed"):
            return True
        # "deliveries are to begin", "deliveries will start": the noun's verb looks ahead
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX"):
            verbs = [word.head] + [c for c in word.head.children if c.dep_ == "xcomp"]
            if any(status_of(v, "done", "supplier") in ("planned", "agreed") for v in verbs):
                return True
    return False


def priced_purchase(token, sentence, deal_nouns) -> bool:
    """A purchase "in a $400 million deal" or of "$245 million worth" of weapons, not dated
    years before the article: the contract is signed, delivery is still to come."""
    priced = False
    for child in token.children:
        if child.dep_ == "prep" and any(o.lemma_.lower() in deal_nouns for o in child.children):
            priced = True
        if child.dep_ == "dobj" and child.lower_ == "worth":
            priced = True
    if priced:
        # "In 2013, India bought 15 drones ... in a deal": a dated, finished procurement
        if any(t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < 2100
               for t in sentence):
            return False
    return priced
