"""The papers of a foreign military sale: "the letter of offer (and acceptance)".

The letter itself names no weapon in its of-phrase ("of offer"): it is an offer from the
seller until the buyer signs it, and then the contract. Read on the word "letter", which
the verb governs ("Doha signed the letter of offer", "Washington sent Warsaw a letter of
offer for 32 F-35s").
"""
from __future__ import annotations

from .triggers import Trigger

PAPER_WORDS = {"offer", "acceptance"}
# verbs that make the buyer's side of the paper binding
SIGNING = {"sign", "countersign", "accept", "conclude", "ink", "finalise", "finalize", "execute"}


def letter_of(token):
    """The word "letter" of "letter of offer" when ``token`` is "offer" (or "letter"), else None."""
    if token.lemma_.lower() == "letter" and token.pos_ in ("NOUN", "PROPN"):
        letter = token
    elif token.lemma_.lower() in PAPER_WORDS and token.dep_ == "pobj" and token.head.lower_ == "of":
        letter = token.head.head
    else:
        return None
    papers = [o for p in letter.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    if letter.lemma_.lower() != "letter" or not any(o.lemma_.lower() in PAPER_WORDS for o in papers):
        return None
    return letter


def signed(letter) -> bool:
    """Whether the buyer signed the letter (its verb, active or passive)."""
    verb = letter.head if letter.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in SIGNING


def trigger_for(letter) -> Trigger:
    """A contract once signed; else the seller's offer."""
    if signed(letter):
        return Trigger("letter", "NOUN", "deal", "proposed")
    return Trigger("letter", "NOUN", "offer", "proposed")
