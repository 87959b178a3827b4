"""Quantities attached to a system noun: "four batteries of S-300" -> "4 batteries".

``quantity_of(target)`` takes the words naming the system (a Token, a Span or a list of
Tokens) and reads the count that the dependency tree attaches to them or to the noun that
counts them ("four batteries of S-300", "four S-300PS divisions", "80 armoured personnel
carriers", "more than 2,000 missiles", "up to 580 drones", "a dozen drones", "36,000
rounds of ammunition", "a 2,100-strong force", "a Patriot battery", "half of the S-300").
Years ("the 2018 doctrine") and money ("$2 billion") are not quantities.

Output: digits for number words ("four" -> "4"), digits as written otherwise ("2,000"),
bounds kept ("more than 2,000", "up to 580"), approximators dropped ("about 430" -> "430"),
a counting unit kept ("4 batteries", "36,000 rounds"). Vocabulary in ``data/quantity.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from armsgraph.claims.time import numbers

__all__ = ["quantity_of", "number_value", "vocabulary"]

DATA = Path(__file__).resolve().parent / "data"
_NOUNS = ("NOUN", "PROPN")
# number words that only multiply: "several thousand" is no thousand
MULTIPLIERS = {"hundred", "thousand", "million", "dozen"}
# units that are deliveries of a weapon, sized by their "of" phrase
SHIPMENTS = {"batch", "lot", "shipment", "tranche", "consignment", "delivery"}
# entity labels of a party: "sold India 36 Su-30s" (a count after a state is no part of a name)
ACTOR_LABELS = {"state", "organisation", "person", "place", "group"}
# entity labels of a weapon mention: "a Dornier aircraft" counts one
WEAPON_LABELS = {"system", "category"}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NUMBER = re.compile(r"^(?:\d[\d,.]*|[A-Za-z]+)$")     # "2,000", "four"; not "JF-17"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, set[str]]:
    """kind -> words from data/quantity.tsv (unit, bound, approx, vague, money, fraction)."""
    table: dict[str, set[str]] = {}
    for line in (DATA / "quantity.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")[:2]
            table.setdefault(kind.strip(), set()).add(word.strip().lower())
    return table


def _root(target) -> Token | None:
    if isinstance(target, Token):
        return target
    if isinstance(target, Span):
        return target.root if len(target) else None
    tokens = list(target or [])
    if not tokens:
        return None
    indices = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in indices or token.head.i == token.i:
            return token
    return tokens[-1]


def quantity_of(target) -> str | None:
    """The quantity of the system named by ``target`` or None (see the module doc)."""
    head = _root(target)
    if head is None:
        return None
    for noun in _counted_nouns(head):
        found = _count_of(noun)
        if found is not None:
            return found or None
    return _stray_count(head)


def _stray_count(noun: Token) -> str | None:
    """A count right before the phrase that the parser hung elsewhere: "sold China 24 Su-35
    fighters" (on "China"), "bought twelve used Rafales" (as the verb's own object)."""
    if noun.pos_ not in _NOUNS or noun.tag_ not in ("NNS", "NNPS"):
        return None
    start = noun.left_edge.i
    number = noun.doc[start - 1] if start > 0 else None
    if number is None or number.pos_ != "NUM" or not (number.like_num or number.lower_ in numbers()):
        return None
    if not _NUMBER.match(number.text) or _YEAR.match(number.text) or \
            number.head.pos_ not in ("VERB", "PROPN") or any(c.dep_ == "prep" for c in number.children):
        return None   # (a year; "24 of them"; a number counting something else)
    return _format(_number_tokens(number), noun, unit=None)   # (a sum of money counts nothing)


def _counted_nouns(head: Token) -> list[Token]:
    """The system noun, then the nouns that may count it: the noun it modifies ("S-300PS
    divisions") and the noun whose "of" it completes ("batteries of S-300")."""
    chain, token = [head], head
    for _ in range(4):
        if token.dep_ == "compound" and token.head.i > token.i or \
                token.dep_ in ("nmod", "amod", "appos") and token.head.pos_ in _NOUNS + ("NUM",) \
                and token.head.i > token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i < token.i and \
                token.head.head.pos_ in _NOUNS + ("NUM", "PRON", "DET", "ADJ"):
            token = token.head.head
        elif token.dep_ == "conj" and token.head.pos_ in _NOUNS and not _has_number(token):
            # "S-300 and Tor systems": the first conjunct shares the head's count
            break
        else:
            break
        chain.append(token)
    return chain


def _has_number(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _count_of(noun: Token) -> str | None:
    """"" when the noun is counted vaguely or by money (stop looking), None when no count."""
    voc = vocabulary()
    low = noun.lower_
    if (noun.like_num or low in numbers() and noun.pos_ == "NUM") and _NUMBER.match(noun.text) and \
            (not noun.text.isalpha() or low in numbers()):   # not "the first of three"
        return _format(_number_tokens(noun), noun, unit=None)
    if low in voc["fraction"] and any(c.lower_ == "of" for c in noun.children):
        for inner in (g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            counted = _count_of(inner)          # "all of its 19 Caesar guns" -> 19
            if counted:
                return counted
        return None if low == "all" else low
    if low in voc["vague"] and any(c.lower_ == "of" for c in noun.children):
        return ""
    numbers_here = [c for c in noun.children
                    if c.i < noun.i and (c.dep_ in ("nummod", "quantmod") or
                                         (c.dep_ in ("amod", "compound", "advmod") and c.like_num))]
    numbers_here = [c for c in numbers_here if (_NUMBER.match(c.text) and not c.text.isalpha())
                    or c.lower_ in numbers() or c.lower_ in voc["vague"]]   # not "first"
    # "14 Leopard 1 tanks": a number right after a name is part of the name
    # ("give Ukraine 50 CV90 vehicles": a name before the phrase is no part of it)
    numbers_here = [c for c in numbers_here if not (c.i > noun.left_edge.i and c.doc[c.i - 1].pos_ == "PROPN"
                                                    and c.doc[c.i - 1].ent_type_ not in ACTOR_LABELS
                                                    and c.text.isdigit())
                    and not (c.ent_type_ == "system" and c.i > 0 and c.doc[c.i - 1].ent_type_ == "system")]
    if not numbers_here:   # "36 CAESAR howitzers", "gave Kyiv 14 Leopard tanks": the parser hangs
        # the count on the name before it (as its compound when it reads the name as a
        # number: "30 UH-60 helicopters"), or on the receiving state's name
        numbers_here = [n for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod", "nummod")
                        for n in c.children if (n.dep_ == "nummod" or n.dep_ == "compound" and n.like_num
                                                and not _YEAR.match(n.text)) and _NUMBER.match(n.text) and (
                            n.i < c.i and _opens_phrase(noun, n) or n.i == c.i + 1 and c.ent_type_ in ACTOR_LABELS)]
    if numbers_here:
        number = numbers_here[-1]
        if number.lower_ in voc["vague"]:
            return ""
        return _format(_number_tokens(number), noun, unit=noun)
    for child in noun.children:      # "a 2,100-strong force"
        if child.dep_ == "amod" and child.lower_ == "strong":
            counts = [c for c in child.children if c.like_num]
            if counts:
                return _format(_number_tokens(counts[0]), noun, unit=None)
        match = re.match(r"^([\d,]+)-strong$", child.text)
        if match:
            return match.group(1)
    if low in SHIPMENTS:   # "a batch of 38 tanks": the batch holds 38
        for inner in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"):
            counted = _count_of(inner)
            if counted:
                return counted
    articles = [c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an", "one")]
    if low in voc["unit"] and noun.tag_ in ("NN", "NNP") and articles:
        return f"1 {noun.text.lower()}"
    if articles and noun.tag_ == "NN" and noun.ent_type_ in WEAPON_LABELS:
        return "1"   # "a Dornier aircraft", "a Kilo-class submarine": one
    return None


def _opens_phrase(noun: Token, token: Token) -> bool:
    """Whether only determiners stand before ``token`` in the phrase of ``noun``."""
    return all(t.dep_ in ("det", "advmod", "quantmod") for t in noun.doc[noun.left_edge.i:token.i])


def _number_tokens(number: Token) -> list[Token]:
    """The contiguous tokens spelling one number ("two dozen", "a dozen", "1.5 million")."""
    doc = number.doc
    start = end = number.i
    while start > 0 and _is_number_word(doc[start - 1], before=doc[start]):
        start -= 1
    while end + 1 < len(doc) and _is_number_word(doc[end + 1]) and \
            (doc[end + 1].head.i in range(start, end + 2) or doc[end + 1].head.i == number.head.i):
        end += 1
    return list(doc[start:end + 1])


def _is_number_word(token: Token, before: Token | None = None) -> bool:
    low = token.lower_
    if low in ("a", "an"):
        return before is not None and before.lower_ in ("dozen", "hundred", "thousand", "million")
    return token.like_num or (low in numbers() and low not in ("a", "an", "single", "pair", "couple"))


def number_value(tokens: list[Token]) -> int | None:
    """The integer value of number words ("two dozen" -> 24); None when any token is not a
    number word or digit group."""
    total, current = 0, 0
    for token in tokens:
        low = token.lower_.replace(",", "")
        if low.isdigit():
            value = int(low)
        elif low in numbers():
            value = numbers()[low]
        else:
            try:
                value = float(low)
            except ValueError:
                return None
        if value in (100, 1000, 1000000, 1000000000) and not low.isdigit() or (low == "dozen"):
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    result = total + current
    return int(result) if result == int(result) else None


ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "final", "next", "initial"}


def _format(tokens: list[Token], noun: Token, unit: Token | None) -> str | None:
    voc = vocabulary()
    # "the first two jets": the count is two
    tokens = [t for t in tokens if t.lower_ not in ORDINALS] or tokens
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    left = doc[first.i - 1] if first.i > 0 else None
    right = doc[last.i + 1] if last.i + 1 < len(doc) else None
    for near in (left, right, noun):
        if near is not None and near.lower_ in voc["money"]:
            return ""
    if any(t.lower_ in voc["money"] for t in tokens):
        return ""
    if len(tokens) == 1 and _YEAR.match(first.text) and noun is not first and (
            noun.tag_ in ("NN", "NNP") or right is not None and right.text in ("-", "\u2013", "\u2014", ":")):
        return None       # "the 2018 doctrine"; a timeline's "2013 - S-300 launchers roll ..."

    if any(t.lower_ in voc["vague"] for t in tokens):
        return ""
    if left is not None and left.lower_ in voc["vague"] and first.lower_ in MULTIPLIERS:
        return f"{left.lower_} {' '.join(t.lower_ for t in tokens)}"   # "several thousand", not 1000
    if all(re.fullmatch(r"[\d,.]+", t.text) for t in tokens):
        value = " ".join(t.text for t in tokens)
    else:
        number = number_value(tokens)
        value = str(number) if number is not None else " ".join(t.text for t in tokens)
    bound = _bound_before(first)
    text = f"{bound} {value}" if bound else value
    if unit is not None and unit.lower_ in voc["unit"] and unit.i != first.i:
        text = f"{text} {unit.text.lower()}"
    return text


def _bound_before(first: Token) -> str | None:
    """A bound phrase right before the number ("more than", "up to"); approximators are
    skipped over ("an estimated", "some")."""
    voc = vocabulary()
    doc, end = first.doc, first.i
    for _ in range(2):
        found = None
        for width in (3, 2, 1):
            if end - width < 0:
                continue
            words = " ".join(t.lower_ for t in doc[end - width:end])
            if doc[end - 1].dep_ in ("prt", "prep", "agent", "dative"):
                return None
            if words in voc["bound"]:
                return words
            if words in voc["approx"]:
                found = width
                break
        if not found:
            return None
        end -= found
    return None


def part_of_whole(target) -> str | None:
    """The part of "the first two of twelve Su-30s" (the whole is what was ordered; the
    verb that governs the phrase moved the part): "2"; None without such a count."""
    for token in (target if isinstance(target, Span) else []):
        parts = [c for c in token.children if c.dep_ == "quantmod" and c.i < token.i]
        if not any(c.lower_ == "of" for c in parts):
            continue
        numbers_before = [c for c in parts if c.lower_ != "of" and (c.like_num or c.lower_ in numbers())
                          and _NUMBER.match(c.text)]
        if numbers_before:
            return _format(_number_tokens(numbers_before[0]), token.head, unit=None)
    return None

