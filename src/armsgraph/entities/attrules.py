"""The model's attribute rules (coarse POS, morphology and lemma exceptions from each
token's fine tag and word), applied by table lookup instead of spaCy's ``Matcher``.

The model's ``attribute_ruler`` holds ~180 rules, nearly all of one token ("tag DT and
word 'the' -> Definite=Def"), and asks the general ``Matcher`` to try every rule at every
token: about a tenth of the whole parse. ``AttributeRules`` gives the same annotations:

* a rule whose patterns are fixed sequences of tokens that read only TAG, LOWER, ORTH,
  DEP or IS_SPACE (equality, IN, NOT_IN or REGEX) is tested on those values of each
  token; which one-token rules a token meets, and which longer patterns it may start,
  is worked out once per distinct combination of values (indexed by tag and word) and
  kept;
* every other rule (other attributes or operators, "OP") stays with a ``Matcher`` of its
  own, holding only those rules (none, for the English models);
* as in spaCy, a token's matches are applied in rule order (a later rule overwrites), all
  matches being found before any is applied.

The component replaces ``attribute_ruler`` in ``armsgraph.entities.get_nlp`` (which keeps
spaCy's ruler, disabled, beside it: tests check both give the same tokens).
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs   # as spaCy's AttributeRuler does

ATTRIBUTE_RULES = "armsgraph_attribute_rules"
SOURCE = "attribute_ruler"
# the token values a one-token rule may read, in the order of a token's key
KEY_ATTRS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE")
KEY_IDS = [TAG, LOWER, ORTH, DEP, IS_SPACE]
# distinct keys remembered (a few hundred bytes each); past that the memory starts afresh
KNOWN_LIMIT = 200_000


class Unsupported(ValueError):
    """A pattern this module does not evaluate itself (left to the Matcher)."""


def _predicate(attr: str, value, strings, key_attrs: list[str]):
    """(key position, test of the token value) for one ``attr: value`` of a pattern."""
    if attr not in key_attrs:
        raise Unsupported(attr)
    at = key_attrs.index(attr)
    if isinstance(value, bool) or isinstance(value, int):
        wanted = int(value)
        return at, lambda v: v == wanted
    if isinstance(value, str):
        wanted = get_string_id(value)
        return at, lambda v: v == wanted
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                isinstance(a, (str, int)) and not isinstance(a, bool) for a in arg):
            members = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                return at, lambda v: v in members
            return at, lambda v: v not in members
        if op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
            search = re.compile(arg).search
            return at, lambda v: bool(search(strings[v]))
    raise Unsupported(f"{attr}: {value!r}")


class AttributeRules:
    """What ``AttributeRuler.__call__`` does to a Doc, with the rules looked up by the
    values of each token (``KEY_ATTRS``, its "key")."""

    def __init__(self, ruler):
        self.vocab = ruler.vocab
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        strings = self.vocab.strings
        rules = [ruler.matcher.get(str(rule))[1] for rule in range(len(self.attrs))]
        # a token's key: the values the patterns read, of those KEY_ATTRS
        used = {attr for patterns in rules for pattern in patterns for spec in pattern
                for attr in spec}
        self.key_attrs = [attr for attr in KEY_ATTRS if attr in used]
        self.key_ids = [KEY_IDS[KEY_ATTRS.index(attr)] for attr in self.key_attrs]
        # patterns of fixed length: (rule, target token, tests of each token), indexed by
        # the TAG or LOWER their first token names (exactly or by a list), else "always"
        self.by_value: dict[int, dict[int, list]] = {
            self.key_attrs.index(attr): {} for attr in ("TAG", "LOWER") if attr in used}
        self.always: list = []
        self.rest = Matcher(self.vocab)     # rules with other attributes or operators
        for rule, patterns in enumerate(rules):
            try:
                compiled = [self._compile(rule, p, strings) for p in patterns]
            except Unsupported:
                self.rest.add(str(rule), patterns)
                continue
            for entry, pattern in zip(compiled, patterns):
                self._index(entry, pattern[0])
        self.known: dict[tuple, tuple] = {}                # key -> (rules, sequences)
        self.merged: dict[tuple[int, ...], dict] = {}      # rules -> attrs they set

    def _compile(self, rule: int, pattern: list, strings):
        size, index = len(pattern), self.indices[rule]
        if not size or not -size <= index < size:
            raise Unsupported("empty pattern or index outside it")
        tests = [[_predicate(attr, value, strings, self.key_attrs)
                  for attr, value in spec.items()]
                 for spec in pattern]
        return rule, index % size, tests

    def _index(self, entry, spec: dict) -> None:
        for at, table in self.by_value.items():
            value = spec.get(self.key_attrs[at])
            if isinstance(value, str):
                table.setdefault(get_string_id(value), []).append(entry)
                return
            if isinstance(value, dict) and list(value) == ["IN"]:
                for member in set(value["IN"]):
                    table.setdefault(get_string_id(member), []).append(entry)
                return
        self.always.append(entry)

    def starting_at(self, key: tuple) -> tuple:
        """For a token with this key: the one-token rules it meets (in rule order) and the
        longer patterns whose first token it matches."""
        found = self.known.get(key)
        if found is None:
            entries = list(self.always)
            for at, table in self.by_value.items():
                entries += table.get(key[at], ())
            met = [entry for entry in entries if _meets(entry[2][0], key)]
            found = (tuple(sorted({rule for rule, _, tests in met if len(tests) == 1})),
                     tuple(entry for entry in met if len(entry[2]) > 1))
            if len(self.known) >= KNOWN_LIMIT:
                self.known.clear()
            self.known[key] = found
        return found

    def attrs_of(self, rules: tuple[int, ...]) -> dict:
        """The attributes a token takes from these rules applied in order."""
        attrs = self.merged.get(rules)
        if attrs is None:
            attrs = {}
            for rule in rules:
                attrs.update(self.attrs[rule])
            self.merged[rules] = attrs
        return attrs

    def __call__(self, doc: Doc) -> Doc:
        size = len(doc)
        if not size:
            return doc
        keys = ([tuple(key) for key in doc.to_array(self.key_ids).tolist()] if self.key_ids
                else [()] * size)
        starts = [self.starting_at(key) for key in keys]
        extra: dict[int, set[int]] = {}       # token -> rules of longer patterns
        for i, (_, sequences) in enumerate(starts):
            for rule, target, tests in sequences:
                if i + len(tests) <= size and all(
                        _meets(t, keys[i + k]) for k, t in enumerate(tests[1:], 1)):
                    extra.setdefault(i + target, set()).add(rule)
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True):
                rule = int(self.vocab.strings[match_id])
                token = Span(doc, start, end)[self.indices[rule]]
                extra.setdefault(token.i, set()).add(rule)
        attrs_of = self.attrs_of
        for i, (rules, _) in enumerate(starts):
            if i in extra:
                rules = tuple(sorted(extra[i].union(rules)))
            if rules:
                set_token_attrs(doc[i], attrs_of(rules))
        return doc


def _meets(tests, key: tuple) -> bool:
    return all(test(key[at]) for at, test in tests)


@Language.factory(ATTRIBUTE_RULES, assigns=["token.pos", "token.tag", "token.morph",
                                            "token.lemma", "token.dep"])
def make_attribute_rules(nlp: Language, name: str, source: str = SOURCE) -> AttributeRules:
    """Built from the pipeline's spaCy ruler ``source`` (which must be there already)."""
    return AttributeRules(nlp.get_pipe(source))
