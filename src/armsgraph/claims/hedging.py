"""Hedging and attribution: is a statement reported as unconfirmed, and who said it?

``hedging_of(sentence, trigger=None) -> (hedged, source)``:

- hedged: a hedge adverb ("reportedly", "allegedly", "probably"), a possibility modal
  ("could soon buy"), a raising passive ("is said to", "is believed to", "it was reported
  that"), an unnamed source ("sources say", "reports suggest", "Indian media reported"), or
  a contesting reporting verb ("X claimed that ...");
- source: who the sentence says reported it: "according to X", "X told / wrote / said /
  reported ...", "..., X reported.", "X was quoted as saying", "citing X".

With ``trigger`` (the claim's verb or event noun) only cues that govern it count: a hedge
attached to another clause of the sentence does not hedge this claim.
Vocabulary lives in ``data/hedges.tsv``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

__all__ = ["hedging_of", "source_name", "vocabulary"]

DATA = Path(__file__).resolve().parent / "data"
_NAME_LABELS = {"PERSON", "ORG", "GPE", "WORK_OF_ART", "FAC", "PRODUCT"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that"}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, set[str]]:
    """kind -> words from data/hedges.tsv."""
    table: dict[str, set[str]] = {}
    for line in (DATA / "hedges.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")[:2]
            table.setdefault(kind.strip(), set()).add(word.strip().lower())
    return table


def _ancestors(token: Token) -> list[Token]:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def hedging_of(sentence: Span | Doc, trigger: Token | None = None) -> tuple[bool, str | None]:
    """(hedged, source) for the sentence, or for the claim whose trigger is given."""
    voc = vocabulary()
    tokens = list(sentence)
    governing = {t.i for t in _ancestors(trigger)} if trigger is not None else None

    def governs(token: Token) -> bool:
        return governing is None or token.head.i in governing or token.i in governing

    hedged = False
    for token in tokens:
        low = token.lower_
        if low in voc["adverb"] and token.pos_ in ("ADV", "ADJ") and governs(token):
            hedged = True
        elif low in voc["modal"] and token.dep_ == "aux" and governs(token) and \
                not any(c.dep_ == "neg" for c in token.head.children):
            hedged = True
        elif _is_raising(token) and (governing is None or token.i in governing or governs(token)):
            hedged = True
    source, contested = _attribution(tokens, trigger, governing)
    return hedged or contested, source


def _is_raising(token: Token) -> bool:
    """"X is said to ...", "it was reported that ..."."""
    if token.lemma_.lower() not in vocabulary()["raising"] or token.tag_ != "VBN":
        return False
    children = list(token.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    to_clause = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children)
    that_clause = any(c.dep_ == "ccomp" for c in children) and \
        any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children)
    return passive and (to_clause or that_clause)


def _attribution(tokens: list[Token], trigger: Token | None,
                 governing: set[int] | None) -> tuple[str | None, bool]:
    """(source, contested) from "according to X" or a reporting verb over the claim; a
    named source wins over an unnamed one ("the FT reported, citing sources")."""
    found = list(_attributions(tokens, trigger, governing))
    named = [(name, contested) for name, contested in found if name]
    if named:
        return named[0]
    return (None, True) if any(contested for _, contested in found) else (None, False)


def _attributions(tokens: list[Token], trigger: Token | None, governing: set[int] | None):
    voc = vocabulary()
    for token in tokens:           # "according to X", "as reported by X"
        if token.lower_ == "according":
            objects = [g for c in token.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if objects:
                yield source_name(objects[0])
        if token.lemma_.lower() in ("cite", "quote") and token.dep_ in ("advcl", "xcomp", "acl") \
                and token.tag_ == "VBG":
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects:
                yield source_name(objects[0])
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in voc["reporting"]:
            continue
        if trigger is not None and not _reports(token, trigger, governing):
            continue
        if trigger is None and not any(c.dep_ in ("ccomp", "parataxis") for c in token.children) \
                and token.dep_ not in ("parataxis", "ROOT"):
            continue
        speaker = _speaker(token)
        if speaker is None:
            continue
        name, generic = source_name(speaker)
        contested = generic or token.lemma_.lower() in voc["doubting"]
        if name or contested:
            yield name, contested


def _reports(verb: Token, trigger: Token, governing: set[int] | None) -> bool:
    """True when the reporting verb frames the claim: the trigger lies in a clause below it
    ("X said Russia would deliver", "X wrote about possible supply"), or the verb is a
    parenthetical next to the trigger's clause ("Russia will deliver ..., X reported")."""
    if verb.i == trigger.i:
        return False
    if governing is not None and verb.i in governing:
        return True
    root = _ancestors(trigger)[-1]
    if verb.dep_ == "parataxis" and verb.head.i == root.i:
        return True
    # "..., X reported." parsed as the root with the claim clause as its ccomp
    return verb.i == root.i and trigger.i in {t.i for t in verb.subtree}


def _speaker(verb: Token) -> Token | None:
    children = list(verb.children)
    for child in children:
        if child.dep_ == "nsubj":
            return child
    for child in children:        # "X was quoted as saying", "as reported by X"
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in ("quote", "cite"):
            return child
    # a mis-parsed subject ("Nezavisimaya Gazeta daily wrote"): the proper noun just before
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 4) - 1, -1):
        if doc[i].pos_ == "PROPN":
            return doc[i]
        if doc[i].pos_ not in ("ADV", "NOUN", "ADJ"):
            break
    return None


def source_name(token: Token) -> tuple[str | None, bool]:
    """(name, generic) for the noun naming a source. Proper names come back as written
    ("Kommersant", "Jane's Defence Weekly", "Dmitry Rogozin"); an unnamed source ("sources",
    "reports") gives (None, True), a qualified one ("Indian media") its words and True."""
    voc = vocabulary()
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ == "PERSON":
            return _strip(ent), False
    if token.pos_ == "PROPN":
        return _proper_run(token), False
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _NAME_LABELS:
            return _strip(ent), False
    for child in token.children:      # "the newspaper Kommersant", "Nezavisimaya Gazeta daily"
        if child.dep_ in ("appos", "compound", "nmod") and child.pos_ == "PROPN":
            name, _ = source_name(child)
            return name, False
    if token.lower_ in _PRONOUNS:
        return None, False
    if token.lower_ in voc["generic"] or token.lemma_.lower() in voc["generic"]:
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        if modifiers:
            return doc[min(c.left_edge.i for c in modifiers):token.i + 1].text, True
        return None, True
    return None, False


def _proper_run(token: Token) -> str:
    doc = token.doc
    start = token.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or
                         doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].pos_ == "PROPN"):
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].head.i == token.i and \
            doc[end].dep_ in ("compound", "flat", "appos"):
        end += 1
    return doc[start:end].text


def _strip(span: Span) -> str:
    words = list(span)
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    while words and words[-1].tag_ == "POS":
        words = words[:-1]
    return span.doc[words[0].i:words[-1].i + 1].text if words else span.text
