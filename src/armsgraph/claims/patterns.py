"""Dependency patterns: who is the subject, object, recipient of a trigger, by syntax.

Everything here walks the spaCy dependency tree; nothing looks at word order. A
*frame* (``FRAMES``) says, for a family of triggers, which grammatical slots hold which
role. Slot names:

- ``subj``: the nominal subject, inherited through control (``Minsk wants to buy``),
  coordination (``Russia built and delivered``), relative and participial clauses
  (``companies that buy``, ``drones exported to Kazakhstan``) and nominal heads
  (``its plans to get``);
- ``agent``: the ``by`` phrase of a passive; ``subjpass``: the passive subject;
- ``dobj``, ``dative`` (``give Minsk aircraft``), ``poss`` (``Belarus' appeals``),
  ``amod`` (an actor adjective on a noun trigger, ``Russian supplies``);
- ``prep:to,into`` etc.: the objects of those prepositions on the trigger;
- ``compound``: a noun modifier of a noun trigger (``Su-35 contract``);
- ``head``: for participles and adjectival triggers, the noun they modify.
"""
from __future__ import annotations

from .strayed import object_turned_subject, set_off_subject, stranded_subject

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_CONTROL = {"ask", "urge", "request", "allow", "permit", "persuade", "force", "encourage",
                  "help", "invite", "authorize", "authorise", "want", "expect", "call", "press",
                  "pressure", "push", "instruct", "order", "tell", "convince", "enable",
                  "clear", "license", "licence", "approve", "lobby", "advise"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
# prepositions that give a cause or the time around: what governs them is no side of, and
# says nothing about, the event in their object ("sanctions over the S-400 purchase")
CAUSE_PREPS = {"over", "amid", "following", "because"}
# ... except "over" after talk words, where it gives the topic ("talks over the purchase")
TOPIC_HEADS = {"talk", "talks", "negotiation", "negotiations", "deal", "contract", "agreement",
               "negotiate", "discuss", "haggle", "wrangle", "agree", "consultation",
               "consultations", "discussion", "discussions", "dialogue"}


def cause_prep(prep) -> bool:
    """Whether the preposition ``prep`` introduces a cause ("sanctions over the purchase"),
    not a topic ("talks over the purchase")."""
    head = prep.head
    return prep.lower_ in CAUSE_PREPS and not (prep.lower_ == "over" and (
        head.lemma_.lower() in TOPIC_HEADS or head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_HEADS for c in head.children)))

# role -> ordered slots, per frame; "passive" variants apply when the trigger is passive
FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "give": {"supplier": ("subj", "poss", "amod", "prep:from,by"),
             "recipient": ("prep:to,into,towards", "dative", "dobj_with", "prep:for"),
             "system": ("dobj", "prep:with,of", "compound", "attr")},
    # "Ukraine will be supplied with Gripens by Sweden", "Egypt was supplied Ka-52s by Russia":
    # the passive subject receives when the goods stand in a with-phrase or as an object
    "give/passive": {"supplier": ("agent", "prep:from,by"),
                     "recipient": ("prep:to,into,towards", "dobj_with", "subjpass_goods"),
                     "system": ("subjpass", "head", "prep:with", "dobj")},
    "offer": {"supplier": ("subj", "poss", "amod", "agent"),
              "recipient": ("prep:to", "dative", "dobj_with"),
              "system": ("dobj", "prep:of,with,for", "compound", "subjpass", "head")},
    "offer/passive": {"supplier": ("agent", "prep:by"),
                      "recipient": ("prep:to",),
                      "system": ("subjpass", "head")},
    "get": {"recipient": ("prep:for", "subj", "poss", "amod", "agent"),
            "supplier": ("prep:from,with", "dative"),
            "system": ("dobj", "prep:of,including,like", "compound", "subjpass", "head")},
    "enter": {"recipient": ("prep:with,into,in",), "supplier": ("prep:from",), "system": ("subj",)},
    # "Egypt turned to China for J-10C fighters": the buyer, the seller, the goods
    "turn": {"recipient": ("subj",), "supplier": ("prep:to",), "system": ("prep:for", "to_for")},
    # "India signed for 31 drones from the US", "Cairo contracted for 20 jets"
    "sign": {"recipient": ("subj",), "supplier": ("prep:from,with",), "system": ("prep:for", "funds_for")},
    "interest": {"recipient": ("subj", "gov_subj", "poss"), "supplier": ("prep:from",),
                 "system": ("prep:in,for",)},   # ("in the market for X")
    "get/passive": {"recipient": ("agent", "prep:by,in"),
                    "supplier": ("prep:from",),
                    "system": ("subjpass", "head")},
    "vendor": {"supplier": ("subj",), "recipient": ("poss", "prep:to,for"),
               "system": ("prep:of", "compound")},
    "client": {"recipient": ("subj",), "supplier": ("poss", "prep:of,from"),
               "system": ("prep:of", "compound")},
    "licence": {"recipient": ("subj",), "supplier": (), "system": ("dobj", "head")},
    "licence/passive": {"recipient": ("agent", "prep:in,at"), "supplier": (), "system": ("subjpass", "head")},
    "rely": {"recipient": ("subj",), "supplier": ("prep:on,upon",),
             "system": ("prep:on,upon,for",)},
    "use": {"recipient": ("subj", "agent"),
            "supplier": (),
            "system": ("dobj", "prep:on", "subjpass", "head")},
    "arrive": {"recipient": ("prep:in,to,at", "dobj"),
               "supplier": ("prep:from",),
               "system": ("subj", "subjpass", "prep:with", "head")},
    "equip": {"supplier": ("subj", "prep:from"),
              "recipient": ("dobj",),
              "system": ("prep:with",)},
    "equip/passive": {"supplier": ("agent", "prep:from,by"),
                      "recipient": ("subjpass", "head"),
                      "system": ("prep:with",)},
    "usedby": {"recipient": ("agent",), "supplier": (), "system": ("subjpass", "head")},
    "fleet": {"recipient": ("poss", "amod", "compound"), "supplier": (), "system": ("prep:of",)},
    "service": {"recipient": ("prep:in,with,into", "agent", "subj"),
                "supplier": ("prep:from",),
                "system": ("subjpass", "dobj", "head")},
    "ask": {"recipient": ("subj", "poss", "amod"),
            "supplier": ("prep:from", "dobj_for", "dative", "gov_subj"),
            "system": ("prep:for,about", "dobj", "prep:of", "head")},
    "deal": {"parties": ("subj", "gov_subj", "prep:with,between", "poss", "amod"),
             "system": ("prep:for,on,of,over,to,about,regarding,concerning", "compound")},
    "origin": {"supplier": ("prep:in,by",), "recipient": (), "system": ("head",)},
    # "earmarked 300 million euros for 18 tanks": money set aside for the weapon
    "fund": {"recipient": ("subj", "poss"), "supplier": ("prep:from",), "system": ("prep:for,on", "funds_for")},
    # "Slovakia replaced its MiG-29s with F-16s": the new weapon stands in the with-phrase
    "replace": {"recipient": ("subj", "poss"), "supplier": ("prep:from",), "system": ("prep:with",)},
}
FRAME_ROLES = ("supplier", "recipient", "parties")
# the role filled first (its actors are not reused for the other role)
FIRST_ROLE = {"get": "recipient", "sign": "recipient", "turn": "recipient", "enter": "recipient", "rely": "recipient", "client": "recipient", "licence": "recipient", "ask": "recipient", "use": "recipient", "arrive": "recipient",
              "replace": "recipient", "fund": "recipient",
              "usedby": "recipient", "interest": "recipient", "fleet": "recipient",
              "service": "recipient"}
# a noun trigger does not take the subject of these verbs as its party ("the US blocked
# the sale of parts to Venezuela": the US is not the seller)
THIRD_PARTY_VERBS = {"block", "prevent", "veto", "oppose", "ban", "prohibit", "forbid", "accuse",
                     "criticize", "criticise", "condemn", "protest", "sanction", "object",
                     "report", "welcome", "praise", "fear", "warn", "delay", "hinder",
                     "obstruct", "frustrate", "hamper", "slow", "question", "deny", "bar", "cite"}


def is_passive(token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in token.children):
        return True
    if token.tag_ == "VBD" and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "dobj") for c in token.children) and \
            is_passive(token.head):
        return True   # "were manufactured in Germany and handed to Hungary" (tagged as a past tense)
    if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in token.children):
        if token.dep_ in ("acl", "amod") or token.dep_ in ("advcl", "dep") and any(c.dep_ == "agent" for c in token.children):
            return True   # ("drones, apparently delivered in 2021 by the UAE": a reduced passive)
        # "was integrated into the army and supplied to Azerbaijan"
        if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and is_passive(token.head):
            return True
    return False


NOUN_FIRST = ("poss", "amod", "compound")
# frames whose noun triggers take the buyer in a by-phrase ("a request by Chile")
BY_BUYER_NOUNS = ("get", "ask")


def frame_of(name: str, token) -> dict[str, tuple[str, ...]]:
    if token.pos_ in ("VERB", "AUX", "ADJ") and is_passive(token) and f"{name}/passive" in FRAMES:
        return FRAMES[f"{name}/passive"]
    frame = FRAMES[name]
    if token.pos_ in ("NOUN", "PROPN") and name == "client" and token.dep_ == "attr":
        # "became the first customer for Korea's K9" (not "a contract with a buyer for S-400s")
        frame = dict(frame, system=frame["system"] + ("prep:for",))
    if token.pos_ in ("NOUN", "PROPN") and name == "offer":
        # "an offer of submarines from Germany"
        frame = dict(frame, supplier=("prep:from",) + frame["supplier"])
    if token.pos_ == "VERB" and name == "deal":
        # "we discussed the S-400 with Moscow": a verb of talks takes the goods as object
        # ("a further tranche is being discussed": the passive subject)
        frame = dict(frame, system=frame["system"] + ("dobj", "subjpass"))
    if token.pos_ in ("NOUN", "PROPN") and name == "deal" and token.dep_ == "pobj" and token.head.lower_ == "under":
        # "a second batch is under discussion": the subject of the clause is the goods
        frame = dict(frame, system=frame["system"] + ("under_subj",))
    if token.pos_ in ("NOUN", "PROPN") and name == "licence":
        # "Kazakhstan has begun licensed production of the Anka": the producer governs
        # or owns the noun, the goods stand in its of-phrase
        frame = {"recipient": ("poss", "amod", "gov_subj"), "supplier": (), "system": ("prep:of",)}
    if token.pos_ in ("NOUN", "PROPN") and name in ("get", "give"):
        # "an order for 11 jets", "a purchase for the navy of 12 boats": the for-phrase of a
        # noun names the goods (of a verb it is the price or the user: "bought for $1bn")
        frame = dict(frame, system=frame["system"] + ("prep:for",))
    if token.pos_ in ("NOUN", "PROPN") and name in BY_BUYER_NOUNS:
        # "a request by Chile for transports", "the purchase by Chile of six jets": the
        # by-phrase of a buyer's noun names the buyer
        frame = dict(frame, recipient=frame["recipient"] + ("own_by",))
    if token.pos_ in ("NOUN", "PROPN"):
        # a noun trigger names its own parties first: "Belarus' appeals", "Russian supplies"
        frame = {role: tuple(s for s in slots if s in NOUN_FIRST) +
                 tuple(s for s in slots if s not in NOUN_FIRST)
                 for role, slots in frame.items()}
    return frame


def with_conjuncts(tokens) -> list:
    out = []
    for token in tokens:
        for t in (token, *token.conjuncts, *_parallel(token)):
            if t not in out:
                out.append(t)
    return out


def _parallel(token) -> list:
    """"FNSS of Turkey and Pindad of Indonesia": the parser joins the second name to the
    first one's "of" object; a conjunct with an "of" phrase of its own is a second item."""
    return [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for c in o.conjuncts
            if any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)]


# nouns of asking or proposing whose state adjective names who would act ("a Danish request
# to send", "the Polish proposal to hand over")
ASKING_NOUNS = {"request", "proposal", "plan", "offer", "bid", "appeal", "plea", "attempt", "demand"}


# nouns of one party's standing to another ("Azerbaijan's supplier" is not Azerbaijan)
RELATION_NOUNS = {"supplier", "exporter", "seller", "vendor", "provider", "customer", "client", "buyer",
                  "importer", "partner", "ally", "operator", "user", "source"}


# verbs that report a clause about the noun a relative clause hangs on ("an institute that it
# said had helped", "a firm that officials believe supplied")
SAYING_VERBS = {"say", "believe", "think", "report", "claim", "allege", "suspect", "know", "estimate"}


def subjects(token, depth: int = 0) -> list:
    """Subjects of a verb or noun trigger, following control and coordination."""
    if depth > 6:
        return []
    found = [c for c in token.children if c.dep_ in SUBJECT_DEPS] or [
        # "Iran has, since 2022, supplied ...": the parser may hang the subject on the
        # auxiliary an aside splits from its verb
        s for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i
        for s in c.children if s.dep_ in SUBJECT_DEPS]
    if len(found) == 1 and found[0].pos_ == "NOUN":
        found = set_off_subject(token, found[0]) or found   # ("Kyiv, long a key player, asked")
    if found:
        out = []
        for subject in found:
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                out.append(token.head)
            elif subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "ccomp" and token.head.dep_ == "relcl" \
                    and token.head.lemma_ in SAYING_VERBS:
                out.append(token.head.head)   # ("an institute that it said had helped design ...")
            else:
                out.append(subject)
        return with_conjuncts(out)
    head, dep = token.head, token.dep_
    if token.pos_ == "VERB" and dep == "ROOT" and not any(
            c.dep_ in ("nsubjpass", "expl", "csubjpass") for c in token.children):
        stranded = stranded_subject(token) or set_off_subject(token)
        if stranded:
            return stranded
    if head.i == token.i:
        return []
    if dep == "pobj" and head.lower_ == "with" and token.pos_ in ("ADJ", "VERB"):
        # "..., with the first due in 2026": the parser hangs the subject on the predicate
        return [c for c in token.children if c.dep_ == "amod" and c.lower_ in ("first", "last", "rest", "remainder", "remaining")]
    # object control: "prevent Venezuela from buying", "asked Russia to deliver"
    if dep == "pcomp" and head.lower_ in ("from", "of") and head.head.pos_ == "VERB":
        objects = [c for c in head.head.children if c.dep_ == "dobj"]
        if objects:
            return with_conjuncts(objects)
        # "Denel was barred from selling shells": the passive subject was the object
        passive = [c for c in head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive:
            return with_conjuncts(passive)
    if (dep in ("xcomp", "ccomp") or dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                           for c in token.children)) and \
            head.pos_ == "VERB" and head.lemma_ in OBJECT_CONTROL and not (
                dep == "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        # ("pushed Bogota to choose the F-16": the small model may hang it as advcl; "told
        # reporters that two corvettes have been docked", '"... have been moored," he told
        # reporters': a finite clause has its own subject)
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects:
            return with_conjuncts(objects)
    marks = [c for c in token.children if c.dep_ == "mark"]
    if dep == "advcl" and marks:
        # "after Turkey bought ...": a finite clause has its own subject (the small model
        # sometimes hangs it on the conjunction)
        return with_conjuncts([o for m in marks for o in m.children if o.dep_ in ("pobj", "nsubj")])
    if dep in ("xcomp", "advcl") or (dep == "conj" and head.pos_ in ("VERB", "AUX")):
        if dep == "conj" and token.pos_ == "VERB":
            misplaced = object_turned_subject(token)
            if misplaced:
                return misplaced
        if dep == "xcomp":   # "Moscow is expected to deliver": the passive subject controls
            passive = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if passive:
                return with_conjuncts(passive)
        return subjects(head, depth + 1)
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        return subjects(head, depth + 1)
    if dep == "attr" and head.pos_ in ("VERB", "AUX"):
        return subjects(head, depth + 1)   # "France became India's second-largest supplier"
    if dep == "relcl":
        return [head]
    if dep == "acl":
        if head.dep_ == "attr" and head.head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in RELATION_NOUNS:
            # "Israel is Azerbaijan's main supplier, selling it drones": Israel sells (the
            # possessor of a relation noun is the other side)
            return subjects(head.head, depth + 1)
        owner = [c for c in head.children if c.dep_ == "poss"]
        if not owner and head.lemma_.lower() in ASKING_NOUNS:
            # "a Danish request to send ...": the state the adjective names asked
            owner = [c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "state"]
        if owner:
            return with_conjuncts(owner)
        if head.pos_ in ("NOUN", "PROPN") and token.tag_ == "VBG":
            return [head]
        return subjects(head, depth + 1) if head.dep_ in ("dobj", "attr", "pobj") \
            and head.head.pos_ in ("VERB", "AUX") else []
    if dep in ("dobj", "pobj") and token.lower_ in RELATION_NOUNS and not (dep == "pobj" and head.lower_ == "as"):
        return []   # "taxpayers were funding Assad's arms supplier": another party (not "... as its supplier")
    if dep in ("dobj", "pobj") and token.pos_ in ("NOUN", "PROPN"):
        # a noun trigger: the subject of the clause that holds it, also through nouns
        # ("holding talks on the supply of ...")
        node = token
        for _ in range(3):
            if node.dep_ == "pobj" and cause_prep(node.head):
                return []   # "threatened sanctions over the S-400 purchase": a cause
            governor = node.head.head if node.dep_ == "pobj" else node.head
            if governor.pos_ in ("VERB", "AUX"):
                if governor.lemma_.lower() in THIRD_PARTY_VERBS:
                    return []
                return subjects(governor, depth + 1)
            if governor.pos_ not in ("NOUN", "PROPN") or governor.dep_ not in ("dobj", "pobj"):
                break
            node = governor
    if dep == "pcomp":
        return subjects(head.head, depth + 1)
    return []


def governor_subjects(token) -> list:
    """Subjects of the clause that governs a noun trigger (``Russia signed a contract``)."""
    node = token
    for _ in range(4):
        if node.dep_ in ("dobj", "attr", "nsubjpass", "appos") or node.dep_ == "pobj":
            node = node.head
            if node.pos_ == "ADP":
                if cause_prep(node):
                    return []   # "threatened sanctions over the S-400 purchase": a cause
                node = node.head
            if node.pos_ == "ADJ" and node.dep_ == "acomp":
                node = node.head   # "Saudi Arabia is close to a deal with Turkey"
            if node.pos_ in ("VERB", "AUX"):
                if node.lemma_.lower() in THIRD_PARTY_VERBS:
                    return []
                return subjects(node) or [c for c in node.children if c.dep_ == "agent"]
        else:
            break
    return []


LIGHT_VERBS = {"sign", "ink", "conclude", "seal", "finalise", "finalize", "strike", "clinch", "close",
               "reach", "win", "secure", "award", "negotiate", "discuss", "place",
               "complete", "make", "carry", "begin", "start", "continue", "resume", "finish",
               "conduct", "confirm", "announce", "approve", "block", "suspend", "halt", "delay",
               "speed", "accelerate", "expedite", "receive", "get"}


def clause_verb(token):
    """The verb of the clause a noun trigger sits in (through ``of``/``for`` phrases)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "nsubjpass", "attr", "prep", "compound"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


AID_NOUNS = {"aid", "assistance", "support", "weapons", "arms", "equipment", "help"}
PHRASE_CARRIERS = {"service", "turn", "return", "exchange", "addition"}


def prep_objects(token, lemmas: set[str]) -> list:
    out = []
    children = list(token.children)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" and token.head.lemma_ in LIGHT_VERBS:
        # "complete the deliveries of S-300 to Iran": the verb carries the noun's phrases
        # ("won a contract worth $300 million for the Spyder": a "for" read as the beneficiary)
        children += [c for c in token.head.children if c.dep_ == "prep" or
                     c.dep_ == "dative" and c.lower_ == "for" and c.i > token.i]
    if token.pos_ == "NOUN":
        # "a package of military aid for Ukraine": the inner noun carries the recipient
        children += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in AID_NOUNS
                     for p in o.children if p.dep_ == "prep"]
    if token.pos_ == "VERB" and "to" in lemmas and not any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in children):
        # "handed over jets armed with Hellfire missiles to Lebanon": the parser hangs the
        # verb's to-phrase on a participle of the goods that has its own with-phrase
        children += [p for o in token.children if o.dep_ == "dobj"
                     for part in o.subtree if part.dep_ == "acl" and part.tag_ == "VBN" and
                     any(w.dep_ == "prep" and w.lower_ == "with" for w in part.children)
                     for p in part.children if p.dep_ == "prep" and p.lower_ == "to"]
    for child in list(children):
        if child.dep_ in ("advmod", "prt") and child.lower_ in ("back", "over", "on"):
            # "handed the jets back to Irkut": the parser hangs the phrase on the particle
            children += [p for p in child.children if p.dep_ == "prep"]
        # "accepted for service in some countries", "entered into service with the army"
        if child.dep_ == "prep":
            # "transferred them in turn to Estonia": the idiom carries the verb's phrase
            children += [p for o in child.children if o.dep_ == "pobj" and o.lemma_ in PHRASE_CARRIERS
                         for p in o.children if p.dep_ == "prep"]
    for child in children:
        if contrasted(child):
            continue   # "by the UAE rather than by China": not that one
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in lemmas:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.append(obj)
    return with_conjuncts(out)


def contrasted(prep) -> bool:
    """A phrase set against another: "rather than by China", "instead of to Ukraine",
    "not from Russia"."""
    before = [t.lower_ for t in prep.doc[max(0, prep.i - 2):prep.i]]
    return before[-1:] == ["not"] or before in (["rather", "than"], ["instead", "of"])


def slot_fillers(token, slot: str) -> list:
    """Tokens filling ``slot`` of trigger ``token`` (heads of the phrases)."""
    children = list(token.children)
    if slot == "subj":
        return subjects(token)
    if slot == "gov_subj":
        return governor_subjects(token)
    if slot == "subjpass":
        found = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if not found and token.dep_ == "conj" and is_passive(token):
            # "It replaced ... and has since been bought by Myanmar": a shared subject
            found = [c for c in token.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS + SUBJECT_DEPS]
        if not found and token.dep_ == "relcl" and is_passive(token):
            found = [token.head]
        if not found and token.dep_ == "xcomp" and is_passive(token):
            # "the first is due to be delivered", "they are expected to be handed over"
            holder = token.head.head if token.head.dep_ == "acomp" else token.head
            found = [c for c in holder.children if c.dep_ in PASSIVE_SUBJECT_DEPS + SUBJECT_DEPS
                     and c.lower_ not in RELATIVE_PRONOUNS]   # ("which is due to be delivered")
        return with_conjuncts(found)
    if slot == "agent":
        found = [o for c in children if c.dep_ == "agent" and not contrasted(c)
                 for o in c.children if o.dep_ == "pobj"]
        if not found and is_passive(token):
            # "will be supplied with new radars by Russia": the parser hangs the agent on the goods
            found = [o for w in prep_objects(token, {"with"}) for p in w.children
                     if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
        return with_conjuncts(found)
    if slot in ("dobj", "dative", "attr", "compound", "poss", "amod"):
        deps = {"dobj": ("dobj",), "dative": ("dative",), "attr": ("attr", "oprd"),
                "compound": ("compound", "nmod"), "poss": ("poss",), "amod": ("amod", "nmod", "compound")}[slot]
        if slot in ("poss", "amod", "compound") and token.pos_ not in ("NOUN", "PROPN"):
            return []
        found = [c for c in children if c.dep_ in deps]
        objects = [c for c in children if c.dep_ == "dobj"]
        if slot == "dative" and (len(objects) > 1 or objects and any(
                c.dep_ == "advmod" and c.lower_ == "up" and c.i > objects[0].i for c in children)):
            # "sent Russia a million shells" parsed as two objects; "offered Pakistan up to
            # 40 jets", the quantity parsed as an adverb
            found.append(objects[0])
        return with_conjuncts(found)
    if slot == "subjpass_goods":   # "Y was supplied with X", "Y was supplied X"
        if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in children):
            return with_conjuncts([c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS])
        return []
    if slot == "under_subj":   # (of "a plan to add two more", the goods the plan adds)
        found = [c for c in token.head.head.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
        return with_conjuncts([o for c in found for v in c.children if v.dep_ in ("acl", "xcomp")
                               for o in v.children if o.dep_ == "dobj"] or found)
    if slot == "to_for":   # "turned ... to the US for Apache helicopters": the for-phrase hung on the seller
        return with_conjuncts([o for p in children if p.dep_ == "prep" and p.lower_ == "to"
                               for t in p.children if t.dep_ == "pobj"
                               for q in t.children if q.dep_ == "prep" and q.lower_ == "for"
                               for o in q.children if o.dep_ == "pobj"])
    if slot == "to_for":   # "turned ... to the US for Apache helicopters": the for-phrase hung on the seller
        return with_conjuncts([o for p in children if p.dep_ == "prep" and p.lower_ == "to"
                               for t in p.children if t.dep_ == "pobj"
                               for q in t.children if q.dep_ == "prep" and q.lower_ == "for"
                               for o in q.children if o.dep_ == "pobj"])
    if slot == "funds_for":   # "earmarked $300m for 18 tanks": the for-phrase on the money
        return with_conjuncts([o for h in _funds(token) for p in h.children
                               if p.dep_ == "prep" and p.lower_ == "for"
                               for o in p.children if o.dep_ == "pobj"])
    if slot == "own_by":   # the noun's own by-phrase (not the clause verb's agent)
        return with_conjuncts([o for c in children if c.dep_ == "prep" and c.lower_ == "by" and not contrasted(c)
                               for o in c.children if o.dep_ == "pobj"])
    if slot == "dobj_with":   # provide Y with X: Y is the recipient
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in children) or any(
                c.dep_ == "prep" and c.lower_ == "with" for o in objects for c in o.children):
            return with_conjuncts(objects)   # (also "with" hung on the object by the parser)
        return []
    if slot == "dobj_for":    # ask Russia for X, approach Russia about X: Russia is the supplier
        if any(c.dep_ == "prep" and c.lower_ in ("for", "about") for c in children):
            return with_conjuncts([c for c in children if c.dep_ == "dobj"])
        return []
    if slot == "head":
        if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                                         or c.dep_ == "xcomp" for c in token.children):
            return []   # "those who want to ...": the noun is the clause's subject;
            # "the howitzers Estonia wants to send": the object of the inner verb
        if token.dep_ in ("acl", "amod", "relcl") or (token.dep_ == "advcl" and token.tag_ == "VBN"):
            return with_conjuncts([token.head])
        return []
    if slot.startswith("prep:"):
        return prep_objects(token, set(slot[5:].split(",")))
    raise ValueError(f"unknown slot {slot!r}")


def slot_preps(frame: dict[str, tuple[str, ...]], roles: tuple[str, ...]) -> set[str]:
    """The prepositions whose phrases fill ``roles`` of ``frame`` ("prep:to,into" -> to, into)."""
    return {p for role in roles for slot in frame.get(role, ()) if slot.startswith("prep:")
            for p in slot[5:].split(",")}


def slot_of_child(trigger, child, frame: dict[str, tuple[str, ...]]) -> str | None:
    """Which role of ``frame`` the direct dependent ``child`` of ``trigger`` fills."""
    for role, slots in frame.items():
        for slot in slots:
            if child in _slot_heads(trigger, slot):
                return role
    return None


def fills(trigger, child, frame: dict[str, tuple[str, ...]], role: str) -> bool:
    """Whether ``child`` may fill ``role`` of ``frame`` ("relies on Russia" / "relies on
    Russian jets": the on-phrase is the supplier or the weapon)."""
    return any(child in _slot_heads(trigger, slot) for slot in frame.get(role, ()))


def _slot_heads(trigger, slot: str) -> list:
    """The direct dependents of the trigger through which a slot is reached."""
    if slot.startswith("prep:"):
        lemmas = set(slot[5:].split(","))
        return [c for c in trigger.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in lemmas]
    if slot == "agent":
        return [c for c in trigger.children if c.dep_ == "agent"]
    if slot in ("subj", "gov_subj"):
        return [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    if slot == "head":
        return [trigger.head] if trigger.dep_ in ("acl", "amod", "relcl", "advcl") else []
    if slot == "to_for":
        return [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" and any(
            q.dep_ == "prep" and q.lower_ == "for" for t in c.children for q in t.children)]
    if slot == "funds_for":
        return _funds(trigger)
    return slot_fillers(trigger, slot)[:1] + [c for c in trigger.children
                                              if c in slot_fillers(trigger, slot)]


def _funds(verb) -> list:
    """The money object of a funding verb that has a for-phrase ("300 million euros for")."""
    return [c for c in verb.children if c.dep_ == "dobj" and any(
        p.dep_ == "prep" and p.lower_ == "for" for p in c.children)]


FORCE_MOVES = {"send", "bring", "fly", "dispatch", "deploy", "field"}


SERVICE_WORDS = {"force", "forces", "navy", "army", "fleet", "marines", "corps", "military", "squadron"}


def sent_by_service(token) -> bool:
    """"Italy's air force also sent F-35s to Darwin": an armed service that sends or flies
    its aircraft moves its own forces; it does not sell them."""
    if token.lemma_.lower() not in FORCE_MOVES:
        return False
    return any(t.lower_ in SERVICE_WORDS for s in subjects(token) for t in s.subtree)


def drill_nouns(exercise_lexicon) -> set[str]:
    """The nouns of the exercise lexicon that name a drill ("exercise", "drills", "war games")."""
    return {lemma for (lemma, pos), t in exercise_lexicon.items() if pos == "NOUN" and t.frame == "exercise"}


def drill_nearby(ctx, token, exercise_lexicon, window: int = 3) -> bool:
    """"Australia hosted Pitch Black. Singapore sent F-16 fighters": forces a state sends
    or brings, with no recipient named, within ``window`` sentences after a drill (or a
    drill series of ``data/drills.tsv``) is named, go to the drill, not to a buyer."""
    if token.lemma_.lower() not in FORCE_MOVES or any(
            c.dep_ == "prep" and c.lower_ in ("to", "for") or c.dep_ == "dative" for c in token.children):
        return False
    drill = drill_nouns(exercise_lexicon)
    here = ctx.sentence_number(token)
    start = ctx.sentences[max(0, here - window)].start
    end = ctx.sentence_of(token).end
    from .series import mentions   # ("RIMPAC opened off Hawaii. India has sent a frigate")
    if any(start <= i < end for i in mentions(ctx)):
        return True
    text = " ".join(ctx.sentence_texts[max(0, here - window):here + 1]).lower()
    if not any(word in text for word in drill):
        return False   # (cheap test first)
    return any(t.lemma_.lower() in drill for t in ctx.doc[start:end])


def sent_for_drill(token, exercise_lexicon) -> bool:
    """Weapons sent "for an exercise", "for joint drills", "to take part in exercises":
    forces on a drill, not a transfer. ``exercise_lexicon`` is the exercise triggers."""
    drill = drill_nouns(exercise_lexicon)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                o.lemma_.lower() in drill or o.lower_ in drill for o in child.children if o.dep_ == "pobj"):
            return True
        if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB":
            # "to take part in exercises", "to join the drills"
            if any(t.lemma_.lower() in drill or t.lower_ in drill for t in child.subtree):
                return True
    return False
