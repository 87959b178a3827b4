"""Find catalog names in a parsed Doc: phrase matching (case-aware for names,
case-insensitive for generic nouns), designation variants, context checks for
ambiguous aliases, and a longest-match-wins choice between overlapping candidates."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from ..catalog import Alias, Catalog
from .paragraphs import text_of

MERGED_KEY = "armsgraph.merged_systems"   # token index -> aliases (merging.py fills it)

# When two candidates cover the same tokens, the more specific kind wins.
PRIORITY = {"system": 6, "person": 5, "organisation": 5, "state": 4, "group": 4,
            "category": 3, "place": 2}
WINDOW = 3
PLACE_WORDS = {"in", "at", "near", "outside", "around"}
NOT_PLACES = {"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")
TYPE_VARIANT = re.compile(r"\bType \d{2,3}[A-Z]{1,3}\b")    # "Type 071E" of the "Type 071" family
INITIAL = re.compile(r"[A-Z][a-z]?s?\.")         # "I.", "V.", "Ms." as spaCy keeps them
PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")     # letters and spaces only
# hyphens as typeset: "-", and U+2010/2011/2012/2013 ("Su\u201130", "S\u2013400" in web copy)
HYPHENS = "\u2010\u2011\u2012\u2013"
DESIGNATION = re.compile(rf"(?<![\w{HYPHENS}-])[A-Za-z][A-Za-z0-9]*(?:[{HYPHENS}/-][A-Za-z0-9]+)+"
                         rf"(?![\w{HYPHENS}-])"
                         r"|(?<![\w-])[A-Z]{1,4}\d+[A-Za-z0-9]*(?![\w-])")


@dataclass
class Candidate:
    start: int          # token offsets
    end: int
    alias: Alias
    kind: str
    state: str | None = None    # overrides the entry's state (a named ship's navy)

    @property
    def rank(self) -> tuple[int, int, int]:
        return (self.end - self.start, PRIORITY.get(self.kind, 0), -self.start)


class CatalogMatcher:
    """Indexes every catalog alias by its tokens once; ``candidates(doc)`` lists every
    acceptable match, ``choose`` keeps the best non-overlapping ones.

    Names are looked up by exact token text, generic nouns by lower-cased text. Aliases
    made of plain words are split on spaces; others go through the pipeline's tokenizer,
    so "Tor-M2" is indexed as the three tokens the tokenizer makes of it in running text.
    """

    def __init__(self, nlp, catalog: Catalog):
        self.catalog = catalog
        self.tables: dict[bool, dict[tuple[str, ...], list[Alias]]] = {True: {}, False: {}}
        # first word of a key -> the most words a key starting with it has
        self.firsts: dict[bool, dict[str, int]] = {True: {}, False: {}}
        self.longest = 1
        self.contextual_after_the: dict[str, list] = {}   # "North" -> rows of "the North"
        for name in catalog.contextual:
            if len(name.words) > 1:
                self.contextual_after_the.setdefault(name.words[1], []).append(name)
        tricky: list[Alias] = []
        for alias in catalog.aliases():
            if PLAIN.fullmatch(alias.text):
                self.index(alias, alias.text.split())
            else:
                tricky.append(alias)
        for alias, doc in zip(tricky, nlp.tokenizer.pipe(a.text for a in tricky)):
            self.index(alias, [t.text for t in doc])
        for table in self.tables.values():
            for options in table.values():
                options.sort(key=lambda a: -PRIORITY.get(self.kind_of(a), 0))

    def index(self, alias: Alias, words: list[str]) -> None:
        if not words:
            return
        key = tuple(words) if alias.exact else tuple(w.lower() for w in words)
        self.tables[alias.exact].setdefault(key, []).append(alias)
        firsts = self.firsts[alias.exact]
        firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
        self.longest = max(self.longest, len(key))

    def kind_of(self, alias: Alias) -> str:
        entry = self.catalog.get(alias.entry_id)
        return entry.kind if entry else ""

    # -- candidates ----------------------------------------------------------------
    def candidates(self, doc: Doc, ents=None) -> list[Candidate]:
        found: list[Candidate] = []
        # the words and their lower case from the token arrays (no Token objects: this
        # runs on every document)
        strings = doc.vocab.strings
        words = doc.to_array([ORTH, LOWER]).tolist() if len(doc) else []
        texts = [strings[orth] for orth, _ in words]
        lowers = [strings[lower] for _, lower in words]
        n = len(doc)
        # "the Wing Loong I." / "the Iskander-Ms.": spaCy keeps a lone capital's full stop
        # as an initial's; at a sentence end the name is read without it
        finals = list(texts)
        for i, text in enumerate(texts):
            if len(text) <= 4 and INITIAL.fullmatch(text) and (
                    i + 1 == n or doc[i + 1].is_space or doc[i + 1].is_title):
                finals[i] = text[:-1]
        # "KAPLAN MT, known in Indonesia as HARIMAU": a brochure's or a cable's capitals
        # read as the name's own spelling (only words of three letters or more; "MT" stays)
        titled = [t.title() if len(t) >= 3 and t.isalpha() and t.isupper() else t for t in texts]
        seen: set[tuple[int, int, Alias]] = set()
        for exact, words in ((True, texts), (True, finals), (True, titled), (False, lowers)):
            if words is finals and finals == texts or words is titled and titled == texts:
                continue
            table, firsts = self.tables[exact], self.firsts[exact]
            for i in range(n):
                reach = firsts.get(words[i])
                if reach is None:
                    continue
                for j in range(i + 1, min(n, i + reach) + 1):
                    for alias in table.get(tuple(words[i:j]), ()):
                        if (i, j, alias) not in seen:
                            seen.add((i, j, alias))
                            found.append(Candidate(i, j, alias, self.kind_of(alias)))
        for i, aliases in doc.user_data.get(MERGED_KEY, {}).items():   # see merging.py
            found += [Candidate(i, i + 1, alias, "system") for alias in aliases]
        found += self.designations(doc)
        found += self.named_ships(doc, texts)
        ent_at: list = [None] * n                   # spaCy's own entity on each token
        for ent in (doc.ents if ents is None else ents):
            for i in range(ent.start, ent.end):
                ent_at[i] = ent
        civilian = self.catalog.cues.get("civilian", frozenset())
        weapons = frozenset(i for c in found if c.kind == "system" and not c.alias.needs_context
                            for i in range(c.start, c.end))
        found = [c for c in found if not self.conflicts_with_ner(doc, c, ent_at, weapons)
                 and not self.names_a_person(doc, c, ent_at)
                 and not is_marking(doc, c.start, c.end, self.catalog.cues)
                 and not (c.kind == "category" and c.start > 0
                          and doc[c.start - 1].lower_ in civilian)    # "passenger jets"
                 and not (c.kind == "category" and _countered(doc, c.start))]
        # a name is sure once written unambiguously in the article ("Tor-M2" ... "Tor");
        # a generic noun is not ("aircraft" says nothing about "fighters")
        sure = {c.alias.entry_id for c in found
                if not c.alias.needs_context and c.kind != "category"}
        anchors = [c for c in found if not c.alias.needs_context
                   and c.kind in ("system", "category", "state", "organisation")]
        found = [c for c in found if not c.alias.needs_context
                 or c.alias.entry_id in sure or self.has_cue(doc, c, anchors)]
        return found + self.contextual_names(doc, found, texts, lowers)

    def contextual_names(self, doc: Doc, found: list[Candidate], texts: list[str],
                         lowers: list[str]) -> list[Candidate]:
        """"the North" (PRK), "the island" (TWN), "the emirate" (QAT): names that stand
        for a state only in a document naming one of the row's trigger states, and only
        when a single state qualifies. Not before "of" or a proper noun ("the island of
        Hainan", "the North Atlantic"); read like a capital (a place after "in", "on")."""
        if not self.catalog.contextual:
            return []
        named = set()
        for cand in found:
            entry = self.catalog.get(cand.alias.entry_id)
            if entry is not None and entry.kind in ("state", "organisation", "person"):
                named.add(cand.state or entry.state)
        out = []
        size = len(texts)
        for i in range(size - 1):
            if lowers[i] != "the" or texts[i + 1] not in self.contextual_after_the:
                continue
            states: dict[int, set[str]] = {}
            for name in self.contextual_after_the[texts[i + 1]]:
                n = len(name.words)
                if (i + n <= size and tuple(texts[i + 1:i + n]) == name.words[1:]
                        and name.triggers & named):
                    states.setdefault(n, set()).add(name.state)
            for n, qualifying in sorted(states.items(), reverse=True):
                after = doc[i + n] if i + n < len(doc) else None
                if len(qualifying) != 1 or after is not None and (
                        after.lower_ in ("of", "-") or after.pos_ == "PROPN"):
                    continue
                text = doc[i:i + n].text
                out.append(Candidate(i, i + n, Alias(text, qualifying.pop(), True, False,
                                                     "capital"), "state"))
                break
        return out

    def conflicts_with_ner(self, doc: Doc, cand: Candidate, ent_at: list,
                           weapons: frozenset = frozenset()) -> bool:
        """A city or state name that spaCy reads as (part of) a person's name is the
        person ("Philip Hammond", "Davis said"); a city name (from geonames) inside a
        longer organisation, product or event name, or that is not a proper noun at all
        ("Never", "Enterprise"), is not the city."""
        if cand.kind not in ("place", "state"):
            return False
        for ent in dict.fromkeys(e for e in ent_at[cand.start:cand.end] if e is not None):
            if is_list_item(doc, ent, cand):
                continue                            # "Kobryn and Brest" is two towns
            # (a possessive the model keeps on the entity is no longer name: "Sri Lanka's")
            end = ent.end - 1 if doc[ent.end - 1].tag_ == "POS" or doc[ent.end - 1].lower_ in ("'s", "\u2019s") \
                else ent.end
            longer = (end - ent.start) > (cand.end - cand.start)
            if ent.label_ == "PERSON" and any(i in weapons for i in range(ent.start, ent.end)):
                continue   # "hand Belarus Iskander-M systems": no person holds a weapon's name
            if ent.label_ == "PERSON":
                # spaCy's small model calls many foreign towns PERSON ("Palmyra"): a
                # same-length reading counts only with a person cue ("Davis said")
                if longer:
                    return True
                return cand.kind == "place" and self.has_cue(
                    doc, Candidate(cand.start, cand.end, cand.alias, "person"), [])
            if cand.kind == "place" and ent.label_ in NOT_PLACES and longer:
                return True                         # "University of Aleppo" stays whole
        if cand.kind == "place" and cand.end - cand.start == 1:
            entry = self.catalog.get(cand.alias.entry_id)
            return entry is not None and entry.role == "city" and doc[cand.start].pos_ != "PROPN"
        return False

    def names_a_person(self, doc: Doc, cand: Candidate, ent_at: list) -> bool:
        """An ambiguous system name that is part of a person's name: inside a longer
        PERSON entity ("Stacey Abrams") or after a title ("Gen. Abrams")."""
        if cand.kind != "system" or not cand.alias.needs_context:
            return False
        titles = self.catalog.cues.get("title", frozenset())
        if cand.start > 0 and doc[cand.start - 1].lower_ in titles:
            return True
        return any(e is not None and e.label_ == "PERSON" and e.end - e.start > cand.end - cand.start
                   for e in ent_at[cand.start:cand.end])

    def designations(self, doc: Doc) -> list[Candidate]:
        """Designations the alias list lacks but a family explains: "Su-30MKM", and a
        Chinese "Type" number with an export or variant letter ("Type 071E", "Type 054AP")."""
        out = []
        text = text_of(doc)
        for m in TYPE_VARIANT.finditer(text):
            name = m.group()
            while name[-1].isalpha() and self.catalog.family_key(name) is None:
                name = name[:-1]
            family = self.catalog.family_key(name) if name != m.group() else None
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if family else None
            if span is not None:
                out.append(Candidate(span.start, span.end, Alias(m.group(), family, True, False), "system"))
        for m in DESIGNATION.finditer(text):
            if not any(ch.isdigit() for ch in m.group()) or ORDINAL.search(m.group()):
                continue
            family = self.catalog.family_of(m.group())
            if family is None:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(Candidate(span.start, span.end,
                                     Alias(m.group(), family, True, False), "system"))
        return out

    def named_ships(self, doc: Doc, texts: list[str]) -> list[Candidate]:
        """"USS Hopper", "HMS Queen Elizabeth", "TCG Anadolu": a prefix of the
        catalog's ship_prefixes followed by capitalised words is a warship of that navy.
        ``texts`` are the tokens' texts (no Token object for every word)."""
        out = []
        prefixes = self.catalog.ship_prefixes
        for i, text in enumerate(texts):
            state = prefixes.get(text)
            if state is None:
                continue
            token = doc[i]
            end = token.i + 1
            while (end < len(doc) and end - token.i <= 4
                   and (doc[end].is_title or doc[end].text in (".", "'s") and end > token.i + 1
                        or doc[end].is_upper and len(doc[end]) > 1)):
                end += 1
            while end > token.i + 1 and doc[end - 1].is_punct:   # "... ROCS Kang Ding."
                end -= 1
            if any(self.kind_of(a) == "place" for a in self.tables[True].get(tuple(texts[token.i:end]), ())):
                continue        # "HMAS Stirling": a naval base named like a ship
            if end > token.i + 1:
                name = doc[token.i:end].text
                out.append(Candidate(token.i, end, Alias(name, "category:ships", True, False),
                                     "category", state))
        return out

    def has_cue(self, doc: Doc, cand: Candidate, anchors: list[Candidate]) -> bool:
        """An ambiguous alias is read when a cue word is within WINDOW words of it (a
        title before a person; a military noun near a system or a generic noun), or, for
        a system, when another system or generic noun stands next to it ("S-300 and Tor",
        "Tor surface-to-air missile systems")."""
        if cand.kind == "person":
            words = self.catalog.cues.get("person", frozenset())
            before = [t.lower_ for t in doc[max(0, cand.start - 2):cand.start]]
            after = [t.lower_ for t in doc[cand.end:cand.end + 1]]
            return any(w in words for w in before + after)
        if cand.kind == "system" and cand.start > 0 and doc[cand.start - 1].lower_ in PLACE_WORDS:
            return False   # "builds vehicles in Victoria": a place, whatever the cue
        cues = self.catalog.cues
        words = (cues.get(cand.alias.entry_id, frozenset()) if cand.kind == "category"
                 else cues.get("system", frozenset()))
        if any(w in words for w in near_words(doc, cand.start, cand.end, WINDOW)):
            return True
        if cand.kind == "organisation":  # "Rafael and Lockheed Martin": a maker beside a maker
            return any(a.kind == "organisation" and a.alias.entry_id != cand.alias.entry_id
                       and (0 <= a.start - cand.end <= 2 or 0 <= cand.start - a.end <= 2)
                       for a in anchors)
        if cand.kind == "category":      # "a Russian base", "Su-30SM fighters"
            return any(a.kind in ("state", "system") and 0 <= cand.start - a.end <= 1
                       for a in anchors)
        if cand.kind != "system":
            return False
        return any(a.kind not in ("state", "organisation") and a.alias.entry_id != cand.alias.entry_id
                   and (0 <= a.start - cand.end <= 2 or 0 <= cand.start - a.end <= 2)
                   for a in anchors)

    # -- choice ----------------------------------------------------------------------
    @staticmethod
    def choose(candidates: list[Candidate]) -> list[Candidate]:
        taken: set[int] = set()
        chosen = []
        for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):
            tokens = set(range(cand.start, cand.end))
            if tokens & taken:
                continue
            taken |= tokens
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)


def _countered(doc: Doc, start: int) -> bool:
    """"anti-ship batteries", "counter-drone systems": the weapon is against the noun, not
    of its kind (the tokenizer splits the hyphen off)."""
    return start > 1 and doc[start - 1].text in ("-", "‑") and \
        doc[start - 2].lower_ in ("anti", "counter") and not doc[start - 1].whitespace_


def is_list_item(doc: Doc, ent, cand: Candidate) -> bool:
    """spaCy joined a list of names into one entity ("Kobryn and Brest", "Lida, Baranovichi")
    and the candidate is one whole item of it: the items are read on their own."""
    if (ent.end - ent.start) <= (cand.end - cand.start):
        return False
    separators = {"and", "or", ",", "&"}
    if not any(t.lower_ in separators for t in doc[ent.start:ent.end]):
        return False
    before = doc[cand.start - 1].lower_ if cand.start > ent.start else None
    after = doc[cand.end].lower_ if cand.end < ent.end else None
    return (before is None or before in separators) and (after is None or after in separators)


def near_words(doc: Doc, start: int, end: int, n: int) -> list[str]:
    """Up to n word tokens (punctuation skipped) on each side of doc[start:end], within
    its sentence ("He listened to the radio. Kyiv got military ..." is no cue)."""
    low, high = 0, len(doc)
    if doc.has_annotation("SENT_START"):
        sentence = doc[start].sent
        low, high = sentence.start, sentence.end
    out: list[str] = []
    for step, i in ((-1, start - 1), (1, end)):
        taken = 0
        while low <= i < high and taken < n:
            if not doc[i].is_punct:
                out.append(doc[i].lower_)
                taken += 1
            i += step
    return out


def is_marking(doc: Doc, start: int, end: int, cues: dict) -> bool:
    """A cable's paragraph label ("(SBU) The Ambassador met ...", "(C) ..."): a marking
    of cues.tsv (marking) in brackets opening a sentence is no name; the same letters
    elsewhere ("the Security Service of Ukraine (SBU)") are read."""
    if start == 0 or end >= len(doc):
        return False
    if doc[start:end].text.lower() not in cues.get("marking", frozenset()):
        return False
    before = doc[start - 1]
    return (before.text == "(" and doc[end].text == ")"
            and (before.i == 0 or before.is_sent_start or doc[before.i - 1].is_space))
