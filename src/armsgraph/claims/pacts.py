"""Defence cooperation agreements between states, for :mod:`.cooperation`.

"India and France signed a defence cooperation agreement in 2023", "Turkey signed a military
cooperation agreement with Ethiopia", "Serbia and China held talks on military-technical
cooperation": GUIDELINES count one side helping another as cooperation, and an agreement on
(or talks about) defence cooperation that names no weapon is cooperation in materiel at
large (``category:materiel``).

Read only in a sentence that tells no other cooperation, and only for a cooperation noun
with a defence word ("defence", "military", "military-technical", "security") or a defence
pact ("a defence pact", "a security agreement") that a verb of signing governs as its
object (``agreed``, or what its modality makes it: "will sign" is ``planned``), or that
talks are held on (``negotiating``). The partners are the states of the signing verb's
subject and of the "with" / "between" phrases of the verb, the pact or the talks. Words in
``data/pacts.tsv``.
"""
from __future__ import annotations

from functools import lru_cache

from . import patterns, roles
from .context import Context
from .garrisons import subject_actors_of
from .groups import ORGANISATIONS
from .triggers import data_lines
from .typeroles import make_claim, statuses_of


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    """kind -> {word: value}: defence words, cooperation nouns, pact nouns, signing verbs
    (value: status), talk nouns."""
    table: dict[str, dict[str, str]] = {}
    for row in data_lines("pacts.tsv"):
        table.setdefault(row[0], {})[row[1].lower()] = row[2] if len(row) > 2 else ""
    return table


def _defence(noun) -> bool:
    """"defence cooperation", "military-technical cooperation", "a security pact"."""
    words = _words()["defence"]
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in words or c.lemma_.lower() in words or any(
        g.lower_ in words for g in c.children if g.dep_ in ("amod", "compound", "npadvmod", "advmod")))
               for c in noun.children)


def _pact(token):
    """The agreement noun a defence cooperation noun names (or is), else None."""
    words = _words()
    lemma = token.lemma_.lower()
    if lemma in words["cooperation"] and _defence(token):
        head = token.head
        if token.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in words["pact"]:
            return head          # "a defence cooperation agreement"
        holder = _topic_holder(token)
        if holder is not None and holder.lemma_.lower() in words["pact"]:
            return holder        # "an agreement on military cooperation"
        return token             # "talks on military-technical cooperation"
    if lemma in words["pact"] and (_defence(token) or _defence_terms(token)):
        return token             # "a defence pact", "a security agreement"
    return None


TOPIC_PREPOSITIONS = {"on", "for", "about", "in"}


def _topic_holder(token):
    """The noun a topic phrase hangs on ("a memorandum on military cooperation", "a roadmap
    for defence cooperation"), past an "of" name ("a memorandum of understanding on ...")."""
    if token.dep_ != "pobj" or token.head.lower_ not in TOPIC_PREPOSITIONS:
        return None
    holder = token.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head.head
    return holder if holder.pos_ in ("NOUN", "PROPN") else None


# nouns of what one side gives the other under a pact ("under which Beijing will provide
# military assistance")
AID_TERMS = {"assistance", "aid", "help", "support", "training"}


def _defence_terms(pact) -> bool:
    """An agreement whose relative clause gives defence help ("an agreement with China
    under which Beijing will provide military assistance free of charge")."""
    return any(t.lemma_.lower() in AID_TERMS and _defence(t)
               for c in pact.children if c.dep_ == "relcl" for t in c.subtree)


def _governor(pact):
    """(verb or talk noun, base status) that governs the pact, else (None, None)."""
    words = _words()
    if pact.dep_ in ("dobj", "nsubjpass") and pact.head.lemma_.lower() in words["signing"]:
        return pact.head, words["signing"][pact.head.lemma_.lower()]
    if pact.dep_ == "pobj" and pact.head.lower_ in ("on", "about", "over", "for") and \
            pact.head.head.lemma_.lower() in words["talks"]:
        return pact.head.head, "negotiating"
    return None, None


def _states(ctx: Context, phrases) -> list[str]:
    return [a for p in patterns.with_conjuncts(list(phrases)) for a in roles.actors_of(ctx, p)
            if a != "UNK" and a not in ORGANISATIONS]


def pact_claims(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        pact = _pact(token) if token.pos_ in ("NOUN", "PROPN") else None
        if pact is None:
            continue
        governor, base = _governor(pact)
        if governor is None:
            continue
        verb = governor.head if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "nsubj", "pobj") else governor
        partners = [a for a in subject_actors_of(ctx, verb) if a not in ORGANISATIONS] if verb.pos_ == "VERB" else []
        for holder in dict.fromkeys((verb, governor, pact, token)):
            partners += _states(ctx, patterns.prep_objects(holder, {"with", "between"}))
        partners = list(dict.fromkeys(partners))
        if len(partners) < 2:
            continue
        for status in statuses_of(governor if governor.pos_ == "VERB" else verb, base, "supplier", mutual=True)[:1]:
            out.append(make_claim(ctx, "cooperation", governor, status, "category:materiel", confidence=0.45,
                                  partners=sorted(partners)))
        break
    return out
