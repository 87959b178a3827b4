"""Verbs the small parser reads as plural nouns, put back before claims are read.

"Pakistan co-produces the JF-17 with China" comes out of the model with "co-produces" as a
plural noun, "Pakistan" as its compound and "the JF-17" as its direct object; no verb is
left to read a claim from. A noun never has a direct object, so a plural noun that has one
and whose lemma is a verb of the claim lexicons ("co-produce", "supply", "export") is taken
for the present-tense verb it is, and the name hung on it as a compound for its subject.
Plural nouns without an object ("Russia's arms exports to India") are left alone.
"""
from __future__ import annotations

from functools import lru_cache

from .triggers import lexicon

LEXICONS = ("transfer", "cooperation", "deployment", "exercise", "test")
SUBJECT_LINKS = ("compound", "nmod")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(lemma for name in LEXICONS for (lemma, pos) in lexicon(name) if pos == "VERB")


def repair_verbs(doc) -> None:
    """Retag, in place, the plural nouns of ``doc`` that are verbs (see the module doc)."""
    verbs = _verbs()
    for token in doc:
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
