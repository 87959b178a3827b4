"""Misreadings of the small parser, put back before claims are read: verbs read as plural
nouns, and list bullets read as words.

"Pakistan co-produces the JF-17 with China" comes out of the model with "co-produces" as a
plural noun, "Pakistan" as its compound and "the JF-17" as its direct object; no verb is
left to read a claim from. A noun never has a direct object, so a plural noun that has one
and whose lemma is a verb of the claim lexicons ("co-produce", "supply", "export") is taken
for the present-tense verb it is, and the name hung on it as a compound for its subject.
Plural nouns without an object ("Russia's arms exports to India") are left alone. A
sentence's root read as an adjective with a subject and an object ("Embraer and Saab
assemble Gripen fighters") is the verb it spells. A sentence left with no verb at all whose
root is such a noun right after a plural ("US personnel work at Camp Simba") has that verb
too, the plural its subject. "Djibouti hosts American troops", where the model leaves
"hosts" no object at all, is read by word order in :mod:`.hosting`.

A list of states broken at its second name ("from Kazakhstan, Kyrgyzstan, Tajikistan and
Russia", the second read as an apposition of the first) is mended into one list.

A deal's worth read as the verb's ("signed deals worth $1.6bn with Israeli firms for
drones": "worth" a predicate of "signed", the partners and goods hung on it) is the deal's,
with the partners and goods it carries.

A name after an opening year ("In 2012 Azerbaijan signed ...", read as "in [2012
Azerbaijan]", the verb left with no subject) is the verb's subject, the year the object of
"In".

Names listed after an opening place phrase ("In the Gulf of Oman, Iran, Russia and China
held ...", read as conjuncts of "Oman", the verb left with no subject) are the verb's
subject.

Goods listed after a state's heading ("SWITZERLAND – 36 F-35A and five Patriot units, both
ordered from the US", read as an apposition of the state, itself the subject of "ordered")
are the verb's object.

A state between goods and a past-tense verb of trade ("the drones Iran supplied to Russia",
"the frigate China gave Sri Lanka": a relative clause with no "that", read as an apposition
or a second subject) is the verb's subject, the goods its object.

A phrase inside a quotation hung on the reporting verb after it ('"... held their exercise
in Hanoi," the minister said': "in Hanoi" read as where he said it) is the quoted clause's.

A particle read as a preposition ("the US Army flew in its Typhon launcher to Luzon": "in
its launcher" a place; "the drills brought in China and India") makes the weapon, or the
states brought in, the verb's object.

A drill's name read as a verb ("joined the Vostok drills", "for the Medusa drills": "drills"
tagged a present-tense verb) is a plural noun; where the model also made the words before
it the verb's subject ("joined Greek ships for the Medusa drills": "ships ... drills" read as
a clause), the name and noun are the object of "for" again and the ships the object of
"joined".

A word of approximation read as a preposition ("Russia maintains around 1,500 troops in
Transnistria": "around 1,500 troops" a place phrase, the verb left with no object) is the
count's, and the counted phrase the verb's object.

A name read as a modifier of the time phrase after it ("The Americans offered us Patriot
years ago": "Patriot years" read as one noun phrase, the verb left with no object) is the
verb's object.

Goods after the receiver or seller ("Moscow handed over to Minsk four Mi-35M helicopters",
"will purchase from Turkey three Anka drones", the word order of translated agency copy),
read as the state's modifier, apposition or subject of a later verb, are the object of the
verb of trade, the state the object of "to" / "from" again.

A bullet that opens a list item ("• Caracas bought 24 Su-30MK2 fighters") is tagged a verb
and made the subject, with the true subject hung on it: the bullet becomes punctuation
and its one dependent takes its place.
"""
from __future__ import annotations

from functools import lru_cache

from .triggers import lexicon
from .context import DASHES
from .voice import BULLET_MARKS

LEXICONS = ("transfer", "cooperation", "deployment", "exercise", "test")


def _tokens(doc, attr: str, values) -> list:
    """The tokens of ``doc`` whose ``attr`` ("LOWER", "TAG", "DEP") is one of ``values``,
    found from the doc's array rather than by walking every token in Python (each repair
    below looks at a few words only)."""
    strings = doc.vocab.strings
    wanted = {strings.add(v) for v in values}
    return [doc[i] for i, key in enumerate(doc.to_array(attr).tolist()) if key in wanted]
SUBJECT_LINKS = ("compound", "nmod")


RELATIVE_PRONOUNS = {"that", "which"}


def _relative_misread(token) -> bool:
    """"the jet that Pakistan Aeronautical Complex co-produces with China": a plural noun
    that is a claim verb, right after a name (its compounds) that follows a relative "that"
    or "which" on a noun; the model makes it a relative clause's noun, "that" its subject
    or determiner, or even "that" its head. A noun heads no such clause: it is the verb of
    a relative clause on the noun before, the name its subject and the pronoun its object.
    Retags and re-hangs in place; says whether it did."""
    doc = token.doc
    first = token.i
    while first > token.sent.start and doc[first - 1].dep_ in SUBJECT_LINKS and \
            doc[first - 1].pos_ in ("PROPN", "NOUN") and first <= doc[first - 1].head.i <= token.i:
        first -= 1
    if first == token.i or first - 1 < token.sent.start:
        return False
    pronoun = doc[first - 1]
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.i < token.sent.start + 1:
        return False
    if token.dep_ == "relcl" and token.head.i < pronoun.i:
        antecedent = token.head
    elif pronoun.head.i < pronoun.i and pronoun.head.pos_ in ("NOUN", "PROPN") and pronoun.dep_ in ("nmod", "det", "nsubj"):
        antecedent = pronoun.head
    else:
        return False
    token.pos_, token.tag_ = "VERB", "VBZ"
    token.head, token.dep_ = antecedent, "relcl"
    pronoun.head, pronoun.dep_ = token, "dobj"
    doc[token.i - 1].dep_ = "nsubj"
    return True


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(lemma for name in LEXICONS for (lemma, pos) in lexicon(name) if pos == "VERB")


def repair_verbs(doc) -> None:
    """Retag, in place, the plural nouns of ``doc`` that are verbs (see the module doc)."""
    verbs = _verbs()
    for token in _tokens(doc, "TAG", ("NNS", "JJ")):
        if token.tag_ == "JJ" and token.lower_ in verbs and token.dep_ == "ROOT" and \
                any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "nsubj" for c in token.children):
            token.pos_, token.tag_ = "VERB", "VBP"    # "Embraer and Saab assemble Gripens": read as an adjective
            continue
        if token.tag_ == "NNS" and token.lemma_.lower() in verbs and _relative_misread(token):
            continue
        if token.tag_ != "NNS" or token.lemma_.lower() not in verbs or \
                not any(c.dep_ == "dobj" for c in token.children):
            continue
        token.pos_, token.tag_ = "VERB", "VBZ"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        before = [c for c in token.children if c.i < token.i and c.dep_ in SUBJECT_LINKS
                  and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if before:
            before[-1].dep_ = "nsubj"     # the nearest: "Pakistan Aeronautical Complex" -> "Complex"
    for sent in doc.sents:
        # "A few hundred US personnel work at Camp Simba": a sentence left with no verb at all,
        # its root a claim verb read as a noun with the plural it follows hung on as a compound
        root = sent.root
        if root.tag_ != "NN" or root.lemma_.lower() not in verbs or any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        subject = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1 and c.tag_ in ("NNS", "NNPS")]
        if subject:
            root.pos_, root.tag_ = "VERB", "VBP"
            subject[0].dep_ = "nsubj"
            for word in [c for c in root.children if c.i < subject[0].i and c.dep_ in ("compound", "nummod", "amod", "det")]:
                word.head = subject[0]      # ("several thousand US personnel": all of it the subject's)
    for token in _tokens(doc, "DEP", ("relcl",)):
        # "Camp X, on Kenya's coast, where a few hundred US personnel work with ...": the
        # same misreading in a "where" clause (the verb a noun, its subject a compound)
        if token.tag_ != "NN" or token.lemma_.lower() not in verbs or \
                not any(c.tag_ == "WRB" and c.lower_ == "where" for c in token.children):
            continue
        subject = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and c.tag_ in ("NNS", "NNPS")]
        if subject:
            token.pos_, token.tag_ = "VERB", "VBP"
            subject[0].dep_ = "nsubj"


def repair_bullets(doc) -> None:
    """Make the bullet that opens a sentence punctuation (see the module doc), in place."""
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in BULLET_MARKS or first.dep_ == "punct":
            continue
        children = list(first.children)
        if first.head.i == first.i:     # the bullet as the root: its one verb becomes the root
            verbs = [c for c in children if c.pos_ in ("VERB", "AUX")]
            if len(verbs) != 1:
                continue
            root = verbs[0]
            for child in children:
                if child is not root:
                    child.head = root
            root.head, root.dep_ = root, "ROOT"
            first.head = root
        else:
            if len(children) > 1:
                continue
            for child in children:          # "• Caracas bought": Caracas takes the bullet's place
                child.head = first.head
                if child.pos_ in ("NOUN", "PROPN", "PRON"):
                    child.dep_ = first.dep_
                elif first.dep_ == "nsubj":     # "• In 2021 Hanoi ordered": Hanoi read as a second
                    names = [t for t in child.children if t.dep_ == "pobj" and t.pos_ == "PROPN" and any(
                        o.dep_ == "pobj" and o.like_num and o.i < t.i for o in child.children)]   # object of "In"
                    for name in names[-1:]:
                        name.head, name.dep_ = first.head, "nsubj"
        first.dep_, first.pos_, first.tag_ = "punct", "PUNCT", "NFP"
        word = first.nbor() if first.i + 1 < sent.end else None
        verb = word.head if word is not None else None
        if verb is not None and verb.pos_ == "VERB" and verb.i > word.i and \
                word.dep_ in ("compound", "npadvmod", "nmod", "amod", "dep") and \
                word.pos_ in ("PROPN", "NOUN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            word.dep_ = "nsubj"         # "• Tokyo plans to provide ...": Tokyo hung on the verb loosely


LISTED_KINDS = ("state", "place")


def repair_lists(doc) -> None:
    """A list of states the parser broke at its second name ("troops from Kazakhstan,
    Kyrgyzstan, Tajikistan and Russia": "Kyrgyzstan" an apposition of "Kazakhstan", the
    rest its conjuncts) is one list: a state in apposition to a state, with conjuncts of
    its own, is a conjunct, in place."""
    for token in _tokens(doc, "DEP", ("appos",)):
        if token.ent_type_ in LISTED_KINDS and token.head.ent_type_ == token.ent_type_ \
                and any(c.dep_ == "conj" for c in token.children):
            token.dep_ = "conj"


WORTH_PHRASES = ("with", "for", "between")


def repair_worth(doc) -> None:
    """Hang a deal's worth, and the "with"/"for" phrases after it, on the deal noun just
    before it (see the module doc), in place."""
    deals = lexicon("transfer")
    for token in _tokens(doc, "LOWER", ("worth",)):
        if token.i == 0:
            continue
        noun = doc[token.i - 1]
        if getattr(deals.get((noun.lemma_.lower(), "NOUN")), "frame", None) != "deal":
            continue
        if token.head == noun:
            pass    # (the worth the noun's, the phrases after it the worth's)
        elif token.head == noun.head and token.head.pos_ == "VERB" and noun.dep_ in ("dobj", "nsubjpass") and \
                token.dep_ in ("oprd", "acomp", "advmod", "prep"):
            token.head, token.dep_ = noun, "amod"
        else:
            continue
        for child in list(token.children):
            if child.dep_ == "prep" and child.lower_ in WORTH_PHRASES:
                child.head = noun


def repair_year_subject(doc) -> None:
    """Make the name after an opening "In <year>" the subject of the verb that follows it
    (see the module doc), in place."""
    for token in (o for word in _tokens(doc, "LOWER", ("in",)) for o in word.children):
        verb = token.head.head
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or \
                token.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.i != token.i + 1 or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        years = [c for c in token.children if c.dep_ == "nummod" and c.like_num and len(c.text) == 4 and c.i < token.i]
        if len(years) != 1:
            continue
        years[0].head, years[0].dep_ = token.head, "pobj"
        token.head, token.dep_ = verb, "nsubj"


OPENING_PREPS = ("in", "at", "off", "near", "from", "on")


def repair_opening_place(doc) -> None:
    """Make the names listed after an opening place phrase ("In the Gulf of Oman, Iran,
    Russia and China held ...", read as conjuncts of "Oman", the verb left with no subject)
    the subject of the verb the phrase hangs on, in place."""
    for word in _tokens(doc, "LOWER", OPENING_PREPS):
        verb = word.head
        if word.dep_ != "prep" or not word.is_sent_start or verb.pos_ != "VERB" or \
                verb.i < word.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        places = [o for o in word.children if o.dep_ == "pobj"]
        if len(places) != 1:
            continue
        own, todo = [], [places[0]]
        while todo:     # the place phrase without the names hung on it as conjuncts
            node = todo.pop()
            own.append(node.i)
            todo += [c for c in node.children if c.dep_ not in ("conj", "cc", "punct")]
        end = max(own)
        first = doc[end + 2] if end + 2 < verb.i else None
        if first is None or doc[end + 1].text != "," or first.dep_ != "conj" or first.head.i not in own \
                or first.pos_ != "PROPN" or first.ent_type_ not in LISTED_KINDS + ("organisation",):
            continue
        first.head, first.dep_ = verb, "nsubj"


PARTICLE_VERBS = {"fly", "bring", "send", "ship", "move", "rush", "airlift", "truck", "roll"}
WEAPON_KINDS = ("system", "category")


def repair_heading_goods(doc) -> None:
    """Make the goods listed after a state's heading ("SWITZERLAND – 36 F-35A and five
    Patriot units, both ordered from the US", the goods read as an apposition of the state
    and the state as the subject of "ordered") the object of that verb, in place."""
    for token in _tokens(doc, "DEP", ("appos",)):
        state, verb = token.head, token.head.head
        if token.ent_type_ not in WEAPON_KINDS or state.ent_type_ != "state" or state.dep_ != "nsubj" or \
                verb.pos_ != "VERB" or not state.i < token.i < verb.i or \
                not any(t.text in DASHES for t in doc[state.i + 1:token.i]) or \
                any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue
        token.head, token.dep_ = verb, "dobj"


@lru_cache(maxsize=1)
def _trade_verbs() -> frozenset[str]:
    return frozenset(lemma for (lemma, pos) in lexicon("transfer") if pos == "VERB")


def repair_contact_clauses(doc) -> None:
    """Make a state right after goods and right before a past-tense verb of trade ("the
    drones Iran supplied to Russia", "the frigate China gave Sri Lanka", "the boats Canada
    bought from Britain": a relative clause with no "that", which the model reads as an
    apposition or a second subject) the verb's subject, and the goods its object, in place.
    Where the model hung the verb on the state as a participle, the verb becomes a relative
    clause on the goods, which keep their place in the main clause."""
    verbs = _trade_verbs()
    for verb in _tokens(doc, "TAG", ("VBD", "VBN")):
        if verb.i < 2 or verb.lemma_.lower() not in verbs or verb.tag_ == "VBN" and verb.dep_ != "acl":
            continue
        state = first = doc[verb.i - 1]
        while first.i > 0 and first.ent_iob_ == "I":
            first = doc[first.i - 1]      # ("the frigates Sri Lanka bought")
        before = first.i - 1 - (first.i > 1 and doc[first.i - 1].lower_ == "the")   # ("the United States")
        goods = doc[max(before, 0)]
        if state.ent_type_ != "state" or state.pos_ != "PROPN" or goods.ent_type_ not in WEAPON_KINDS or \
                goods.pos_ not in ("NOUN", "PROPN", "ADJ") or \
                any(c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ in WEAPON_KINDS for c in verb.children):
            continue
        if verb.tag_ == "VBN" or any(a in (goods, state) for a in verb.ancestors):
            if verb.head == state and state.head == goods.head and goods.dep_ in ("nsubj", "nsubjpass"):
                # "The F-16s the United States sold to Taiwan are being delivered": read as two
                # subjects with the verb on the second; the verb is a clause on the goods
                verb.head, verb.dep_ = goods, "relcl"
                state.head, state.dep_ = verb, "nsubj"
            continue
        for word in list(verb.children):
            if word.dep_ == "dobj" and word.ent_type_ == "state":
                word.dep_ = "dative"      # ("gave Sri Lanka": the receiver, not the goods)
        state.head, state.dep_ = verb, "nsubj"
        goods.head, goods.dep_ = verb, "dobj"


QUOTE_MARKS = ('"', "”", "''")


def repair_quoted_phrases(doc) -> None:
    """Hang the phrases inside a quotation that the parser put on the reporting verb after
    it ('"... held their exercise in Hanoi in November," the minister said': "in Hanoi" read
    as where he said it) back on the quoted clause's verb, in place."""
    for mark in _tokens(doc, "ORTH", QUOTE_MARKS):
        verb = mark.head
        if verb.pos_ != "VERB" or verb.i < mark.i:
            continue
        quoted = [c for c in verb.children if c.dep_ == "ccomp" and c.i < mark.i]
        if len(quoted) != 1:
            continue
        for child in list(verb.children):
            if child.dep_ in ("prep", "npadvmod") and quoted[0].i < child.i < mark.i:
                child.head = quoted[0]


def repair_particle_in(doc) -> None:
    """Make the weapon a verb of moving takes "in" ("flew in its Typhon launcher") the
    verb's object and "in" its particle (see the module doc), in place."""
    for token in _tokens(doc, "LOWER", ("in",)):
        verb = token.head
        if token.dep_ != "prep" or verb.lemma_.lower() not in PARTICLE_VERBS or \
                verb.pos_ != "VERB" or token.i != verb.i + 1 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        kinds = {t.ent_type_ for t in objects[0].subtree} if len(objects) == 1 else set()
        if not kinds & set(WEAPON_KINDS) and not (
                # "the drills also brought in China, India and Belarus": states drawn in
                "state" in kinds and verb.lemma_.lower() == "bring" and
                any(c.dep_ == "nsubj" for c in verb.children)):
            continue
        objects[0].head, objects[0].dep_ = verb, "dobj"
        token.dep_, token.pos_, token.tag_ = "prt", "ADP", "RP"


DRILL_PLURALS = {"drills", "exercises", "manoeuvres", "maneuvers", "wargames", "war-games"}


def repair_drill_nouns(doc) -> None:
    """Make a drill's name read as a present-tense verb a plural noun, and mend the clause
    the model built on it (see the module doc), in place."""
    for token in _tokens(doc, "LOWER", DRILL_PLURALS):
        if token.tag_ != "VBZ" or token.i == 0:
            continue
        name = doc[token.i - 1]
        if name.pos_ not in ("PROPN", "ADJ", "NOUN", "NUM"):
            continue
        left = name.left_edge if name.head == token else name
        if name.head == token or left.i > 0 and doc[left.i - 1].lower_ == "the" or name.dep_ == "pobj":
            token.pos_, token.tag_ = "NOUN", "NNS"
        else:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < name.i]
        prep = name.head if name.dep_ == "pobj" and name.head.dep_ == "prep" else None
        if token.dep_ in ("ccomp", "advcl", "conj") and len(subjects) == 1 and prep is not None and \
                prep.head == subjects[0] and token.head.pos_ == "VERB":
            # "joined Greek ships for the Medusa drills": ships the object, drills in "for"
            verb, ships = token.head, subjects[0]
            ships.head, ships.dep_ = verb, "dobj"
            token.head, token.dep_ = prep, "pobj"
            name.head, name.dep_ = token, "compound"
    for token in _tokens(doc, "LOWER", DRILL_SINGULARS):
        _named_drill_noun(doc, token)


DRILL_SINGULARS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"}


def _named_drill_noun(doc, token) -> None:
    """"held the SLINEX exercise off Colombo": a drill noun after "the" and a name, read as a
    verb whose clause hangs on the name's own head (the name its object), is the noun the
    name modifies, in the name's place."""
    if token.pos_ != "VERB" or token.i < 2 or token.tag_ in ("VBD", "VBN", "VBG"):
        return
    name = doc[token.i - 1]
    if not (name.pos_ == "PROPN" or name.pos_ == "NOUN" and name.text[:1].isupper()) or name.dep_ not in ("dobj", "pobj") or token.head != name.head or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children):
        return
    if any(c.dep_ in ("nsubj", "dobj") for c in token.children):
        return
    token.head, token.dep_, token.pos_, token.tag_ = name.head, name.dep_, "NOUN", "NN"
    for child in list(name.children):
        if child.i < name.i and child.dep_ == "det":
            child.head = token
    name.head, name.dep_ = token, "compound"


APPROXIMATE = {"around", "about", "roughly", "approximately", "nearly", "almost", "some"}


def repair_approximate(doc) -> None:
    """Make a counted phrase that a word of approximation took as its object the object of
    the claim verb before it (see the module doc), in place."""
    verbs = _verbs()
    for token in _tokens(doc, "LOWER", APPROXIMATE):
        verb = token.head
        if token.dep_ != "prep" or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in verbs or any(c.dep_ == "dobj" for c in verb.children):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        numbers = [c for o in objects for c in o.children if c.dep_ == "nummod" and c.like_num and c.i == token.i + 1]
        if len(objects) != 1 or len(numbers) != 1:
            continue
        objects[0].head, objects[0].dep_ = verb, "dobj"
        token.head, token.dep_, token.pos_, token.tag_ = numbers[0], "advmod", "ADV", "RB"


# time nouns of "... years ago" that may swallow the name before them
AGO_UNITS = {"year", "month", "week", "day", "decade"}


def repair_time_object(doc) -> None:
    """Make a name that the parser hung on the time phrase after it the object of the claim
    verb before it (see the module doc), in place."""
    verbs = _verbs()
    for ago in _tokens(doc, "LOWER", ("ago",)):
        verb = ago.head
        if ago.dep_ != "advmod" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or \
                any(c.dep_ == "dobj" for c in verb.children):
            continue
        units = [c for c in ago.children if c.dep_ == "npadvmod" and c.lemma_.lower() in AGO_UNITS]
        names = [c for u in units for c in u.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if len(names) == 1 and names[0].i == units[0].i - 1 and names[0].i > verb.i:
            names[0].head, names[0].dep_ = verb, "dobj"


SHIFTED_PREPS = ("to", "from")
NOUN_PHRASE_POS = ("NOUN", "PROPN", "NUM", "ADP", "DET", "ADJ")


def repair_shifted_goods(doc) -> None:
    """Make goods placed after "to / from <state>" the object of the verb of trade before
    them (see the module doc), in place."""
    verbs = _trade_verbs()
    for prep in _tokens(doc, "LOWER", SHIFTED_PREPS):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or \
                any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or prep.i + 2 >= len(doc):
            continue
        first = doc[prep.i + 1 + (doc[prep.i + 1].lower_ == "the")]
        if first.ent_type_ != "state" or first.ent_iob_ != "B" or first.pos_ != "PROPN":
            continue   # (a name, not "from Malian airfields")
        end = first.i
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "state":
            end += 1
        state = [t for t in doc[first.i:end + 1] if not first.i <= t.head.i <= end]
        goods = next((t for t in doc[end + 1:min(end + 9, len(doc))] if t.ent_type_ in WEAPON_KINDS), None)
        if goods is None or len(state) != 1 or doc[end + 1].pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN") or \
                any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and t.lower_ != "of"
                    for t in doc[end + 1:goods.i]):
            continue   # (not "turned to China for heavy equipment")
        head = goods
        while head.head.i != head.i and head.head.i > end and head.head.pos_ in NOUN_PHRASE_POS:
            head = head.head     # ("a batch of Su-30SM2 fighters": the batch)
        if head.sent.start != verb.sent.start or head.head.i == verb.i and head.dep_ == "dobj":
            continue
        head.head, head.dep_ = verb, "dobj"
        if state[0].head.i != prep.i:
            state[0].head, state[0].dep_ = prep, "pobj"
