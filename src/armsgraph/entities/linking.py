"""Turn chosen catalog matches into linked mentions, with the readings that change what
a name stands for:

1. a capital acting as an agent is its state's government (role "metonym"); after a
   locative word ("in Minsk") or before a noun it modifies ("Minsk airport") it is a place;
2. a seat of power ("the Kremlin", "the Pentagon") is always the government;
3. "<state or adjective> <institution>" ("the Belarusian army", "Russia's Defence
   Ministry", "the Air Force of Kazakhstan") is one state mention (role "institution");
4. "<adjective>-made X" marks the origin (role "origin") and sets X's state;
5. a named group of states ("the Baltic states") is one mention of kind "group" with
   its member states in ``members``;
6. what the catalog does not know, spaCy's own entities fill (dates, quantities, and
   unlinked people, organisations and places with text-derived ids).
"""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ..catalog import Catalog, slug
from ..model import Mention
from .ruler import Candidate, is_marking

# a noun of the broader category may follow a system of the narrower one ("Javelin missiles")
BROADER = {"category:ballistic-missiles": ("category:missiles",),
           "category:cruise-missiles": ("category:missiles",),
           "category:air-defence": ("category:missiles",),
           "category:atgm": ("category:missiles",),
           "category:mlrs": ("category:missiles", "category:artillery"),
           "category:tanks": ("category:armoured-vehicles",),
           "category:uav": ("category:aircraft",)}

VARIANT_MARK = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]{0,2}")   # "F4", "F3R", "T3"

SPACY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "FAC": "place", "DATE": "date", "TIME": "date", "CARDINAL": "quantity",
               "QUANTITY": "quantity"}


def _lowers(doc: Doc) -> list[str]:
    """Every token's lower case, from the token array (no Token objects)."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []


QUOTES = {'"', "“", "”", "«", "»", "'", "‘", "’"}   # marks that open or close a nickname


class Linker:
    """Readings of the chosen catalog matches (see the module docstring)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.cues = catalog.cues
        self.institutions = {tuple(p.split()) for p in self.cues.get("institution", ())}
        self.longest_institution = max(map(len, self.institutions), default=0)

    def link(self, doc: Doc, chosen: list[Candidate], ents=None) -> list[tuple[Span, Mention]]:
        out: list[tuple[Span, Mention]] = []
        taken: set[int] = set()
        for cand in chosen:
            span = doc[cand.start:cand.end]
            mention = self.mention(doc, span, cand)
            if mention is None:
                continue
            out.append((span, mention))
        out = self.merge_designations(doc, out)
        out = self.merge_institutions(doc, out)
        self.mark_origins(doc, out)
        out = self.defined_acronyms(doc, out)
        out = self.without_nicknames(doc, out)
        for span, _ in out:
            taken.update(range(span.start, span.end))
        out += self.spacy_entities(doc, taken, ents)
        out.sort(key=lambda sm: sm[0].start)
        return out

    @staticmethod
    def without_nicknames(doc: Doc, items: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """Drop a system named inside quotation marks right after another system's name: the
        nickname of that system, not a second one ('T-72B1MS "White Eagle" tanks': no Eagle
        vehicle)."""
        ends = {span.end for span, m in items if m.kind == "system" and span.end < len(doc) - 1}
        quoted: set[int] = set()
        for i in ends:
            if doc[i].text in QUOTES:
                close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text in QUOTES), None)
                if close is not None:
                    quoted.update(range(i + 1, close))
        return [(span, m) for span, m in items
                if not (m.kind == "system" and span.start in quoted and span.end - 1 in quoted)]

    # -- one catalog match --------------------------------------------------------------
    def mention(self, doc: Doc, span: Span, cand: Candidate) -> Mention | None:
        entry = self.catalog.get(cand.alias.entry_id)
        if entry is None:
            return None
        base = dict(begin=span.start_char, end=span.end_char, text=span.text, kind=entry.kind,
                    id=entry.id, label=entry.label, alias=cand.alias.text,
                    state=cand.state or entry.state)
        reading = cand.alias.reading
        if entry.kind == "group":                   # "the Baltic states": EST, LVA, LTU
            return Mention(**base, role="group", members=list(getattr(entry, "members", ())))
        if reading == "seat":
            return Mention(**base, role="metonym")
        if reading == "capital":
            if self.is_locative(doc, span):
                base.update(kind="place", id="place:" + slug(span.text), label=span.text)
                return Mention(**base)
            return Mention(**base, role="metonym")
        return Mention(**base)

    def is_locative(self, doc: Doc, span: Span) -> bool:
        """"in Minsk", "the city of Minsk", "Minsk airport", "in Gyumri and Yerevan",
        "from Yerevan to Moscow", and datelines ("KIEV, ..."); not "the Minsk government"."""
        if span.text.isupper() and len(span.text) > 3:
            return True
        if self.after_locative(doc, span.start):
            return True
        last = doc[span.end - 1]
        if last.dep_ == "conj" and last.head.i < span.start:    # "in Gyumri and Yerevan"
            head = last.head
            first = head.left_edge.i if head.left_edge.i < head.i else head.i
            while first > 0 and doc[first - 1].is_title and doc[first - 1].i > 0:
                first -= 1
            if self.after_locative(doc, first) or self.after_locative(doc, head.i):
                return True
        if self.is_route(doc, span):
            return True
        if last.dep_ == "compound" and last.head.i >= span.end and last.head.pos_ == "NOUN":
            # "Minsk airport" is a place; "the Minsk government" is the state
            return (last.head.lower_,) not in self.institutions
        return False

    def after_locative(self, doc: Doc, start: int) -> bool:
        words = self.cues.get("locative", frozenset())
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev in words:
            return True
        return prev == "of" and start > 1 and doc[start - 2].lower_ in words

    @staticmethod
    def is_route(doc: Doc, span: Span) -> bool:
        """"from Yerevan to Moscow": both ends of a route are places, while "S-400
        systems from Moscow" alone keeps Moscow as the supplier government."""
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if prev == "from":
            return (span.end + 1 < len(doc) and doc[span.end].lower_ == "to"
                    and doc[span.end + 1].pos_ == "PROPN")
        if prev == "to" and span.start >= 3:
            for i in range(span.start - 2, max(0, span.start - 6), -1):
                if doc[i].lower_ == "from":
                    return all(t.pos_ == "PROPN" for t in doc[i + 1:span.start - 1])
        return False

    # -- designations split in two -----------------------------------------------------------
    def merge_designations(self, doc: Doc, items: list[tuple[Span, Mention]]):
        """Two system mentions side by side that name one system ("M1A2T Abrams tanks",
        "MEKO A200EN") become one mention: of the family the joined words name, or of
        the family both parts share. A system followed by a noun of its kind ("Rafale
        fighter jets", "CH-92A armed drones") is one system mention, and two generic
        nouns of one category side by side ("attack helicopter gunships") one category
        mention."""
        out: list[tuple[Span, Mention]] = []
        for span, mention in items:
            if (out and mention.kind == "category" and out[-1][1].kind == "category"
                    and out[-1][1].id == mention.id and out[-1][0].end == span.start
                    and out[-1][1].state is None and mention.state is None):  # not "USS X"
                joined = doc[out[-1][0].start:span.end]     # "attack helicopter gunships"
                prev = out[-1][1]
                prev.begin, prev.end, prev.text = joined.start_char, joined.end_char, joined.text
                out[-1] = (joined, prev)
                continue
            if (out and mention.kind == "category" and out[-1][1].kind == "system"
                    and out[-1][0].end == span.start and mention.state is None
                    and self.names_the_kind(out[-1][1].id, mention.id)):
                joined = doc[out[-1][0].start:span.end]     # "Rafale fighter jets"
                prev = out[-1][1]
                prev.begin, prev.end, prev.text = joined.start_char, joined.end_char, joined.text
                out[-1] = (joined, prev)
                continue
            if out and mention.kind == "system" and out[-1][1].kind == "system" \
                    and out[-1][0].end == span.start:
                prev_span, prev = out[-1]
                joined = doc[prev_span.start:span.end]
                listed = [bool(self.catalog.family_key(m.text)) for m in (prev, mention)]
                family = (self.catalog.family_key(joined.text)
                          or (prev.id if prev.id == mention.id else None)
                          # "Rafale F4", "Typhoon T3": a short mark after a plain name
                          or (prev.id if VARIANT_MARK.fullmatch(mention.text)
                              and not any(ch.isdigit() for ch in prev_span[-1].text) else None)
                          # "MEKO A200EN": an unlisted variant of a listed designation;
                          # two listed names ("Su-30SM Su-35") stay two systems
                          or (self.catalog.variant_family(joined.text)
                              if not all(listed) else None))
                if family:
                    entry = self.catalog.systems[family]
                    state = prev.state if prev.id == family and prev.state != entry.state \
                        else mention.state if mention.id == family else entry.state
                    out[-1] = (joined, Mention(
                        begin=joined.start_char, end=joined.end_char, text=joined.text,
                        kind="system", id=family, label=entry.label, alias=joined.text,
                        state=state or entry.state))
                    continue
            out.append((span, mention))
        return out

    def names_the_kind(self, family: str, category: str) -> bool:
        """The generic noun after a system says what kind of thing it is: its own
        category ("Chunmoo rocket launchers") or a broader one ("Iskander missiles")."""
        own = self.catalog.systems[family].category
        return category == own or category in BROADER.get(own, ())

    # -- institutions -------------------------------------------------------------------
    def merge_institutions(self, doc: Doc, items: list[tuple[Span, Mention]]):
        """Grow state mentions over an institution phrase that follows ("Russia's
        Defence Ministry") or precedes with "of" ("the Armed Forces of Belarus")."""
        by_start = {span.start: i for i, (span, _) in enumerate(items)}
        lowers = _lowers(doc) if any(m.kind == "state" for _, m in items) else []
        drop: set[int] = set()
        result = []
        for i, (span, mention) in enumerate(items):
            if mention.kind != "state" or mention.role is not None:
                result.append((span, mention))
                continue
            start, end = span.start, span.end
            j = end + 1 if end < len(doc) and doc[end].text in ("'s", "’s", "'", "’") else end
            n = self.institution_at(doc, j, lowers)
            if n:
                end = j + n
            elif start >= 2 and lowers[start - 1] == "of":
                n_before = self.institution_before(doc, start - 1, lowers)
                if n_before:
                    start = start - 1 - n_before
            if (start, end) != (span.start, span.end):
                for k in range(start, end):
                    if k in by_start and by_start[k] != i:
                        drop.add(by_start[k])
                new = doc[start:end]
                mention.begin, mention.end, mention.text = new.start_char, new.end_char, new.text
                mention.role = "institution"
                span = new
            result.append((span, mention))
        kept = [(s, m) for k, (s, m) in enumerate(result) if k not in drop]
        # a merged span may now cover a neighbour that started inside it
        final, covered = [], set()
        for span, mention in sorted(kept, key=lambda sm: (sm[0].start, -(sm[0].end))):
            if span.start in covered:
                continue
            covered.update(range(span.start, span.end))
            final.append((span, mention))
        return final

    @staticmethod
    def defined_acronyms(doc: Doc, items: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """"the Sri Lankan Air Force (SLAF) ... SLAF contacts": an acronym a text defines in
        brackets after a party's name stands for that party wherever the text uses it."""
        taken = {i for span, _ in items for i in range(span.start, span.end)}
        defined: dict[str, Mention] = {}
        for span, mention in items:
            end = span.end
            if mention.kind not in ("state", "organisation") or end + 2 >= len(doc) or \
                    doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            word = doc[end + 1].text
            if 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and end + 1 not in taken:
                defined.setdefault(word, mention)
        if not defined:
            return items
        added = []
        for token in doc:
            mention = defined.get(token.text)
            if mention is None or token.i in taken:
                continue
            added.append((doc[token.i:token.i + 1], Mention(
                begin=token.idx, end=token.idx + len(token.text), text=token.text, kind=mention.kind,
                id=mention.id, label=mention.label, alias=token.text, state=mention.state,
                role=mention.role, members=mention.members)))
        return sorted(items + added, key=lambda sm: sm[0].start)

    def institution_at(self, doc: Doc, i: int, lowers: list[str] | None = None) -> int:
        """Length of the institution phrase starting at token i (0: none); ``lowers``:
        the lower case of every token, when the caller has it."""
        lowers = lowers or _lowers(doc)
        for n in range(min(self.longest_institution, len(doc) - i), 0, -1):
            if tuple(lowers[i:i + n]) in self.institutions:
                return n
        return 0

    def institution_before(self, doc: Doc, i: int, lowers: list[str] | None = None) -> int:
        """Length of the institution phrase ending just before token i (0: none)."""
        lowers = lowers or _lowers(doc)
        for n in range(min(self.longest_institution, i), 0, -1):
            if tuple(lowers[i - n:i]) in self.institutions:
                return n
        return 0

    # -- origin ----------------------------------------------------------------------------
    def mark_origins(self, doc: Doc, items: list[tuple[Span, Mention]]) -> None:
        """"Russian-made BTR-82A": the adjective becomes role "origin" (span grown over
        "-made") and the next system or category within three tokens takes its state."""
        words = self.cues.get("origin", frozenset())
        for k, (span, mention) in enumerate(items):
            if mention.kind != "state":
                continue
            e = span.end
            if e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in words:
                new = doc[span.start:e + 2]
                mention.begin, mention.end, mention.text = new.start_char, new.end_char, new.text
                mention.role = "origin"
                items[k] = (new, mention)
                for span2, other in items[k + 1:]:
                    if span2.start - new.end > 3:
                        break
                    if other.kind in ("system", "category"):
                        other.state = mention.state
                        break

    def generic(self, ent: Span) -> bool:
        """"Defense", "the State", "Air Force": generic words spaCy took for a name."""
        words = [t.lower_ for t in ent if t.lower_ not in ("the", "a", "an")]
        generic = self.cues.get("unlinked", frozenset())
        return not words or " ".join(words) in generic or all(w in generic for w in words)

    # -- spaCy's own entities -----------------------------------------------------------------
    def spacy_entities(self, doc: Doc, taken: set[int], ents=None) -> list[tuple[Span, Mention]]:
        out = []
        for ent in (doc.ents if ents is None else ents):
            kind = SPACY_KINDS.get(ent.label_)
            if kind is None or any(i in taken for i in range(ent.start, ent.end)):
                continue
            text = ent.text
            if kind == "place" and text in self.catalog.not_places:
                continue
            if kind not in ("date", "quantity") and self.generic(ent):
                continue
            if is_marking(doc, ent.start, ent.end, self.cues):
                continue                    # "(SBU) The Ambassador said": a cable's label
            if kind in ("date", "quantity"):
                eid = f"{kind}:{text}"
            else:
                key = slug(text)
                if not key:
                    continue
                prefix = {"organisation": "org", "person": "person", "place": "place"}[kind]
                eid = f"{prefix}:{key}"
            out.append((ent, Mention(begin=ent.start_char, end=ent.end_char, text=text,
                                     kind=kind, id=eid, label=text, alias=text,
                                     role="unlinked" if kind not in ("date", "quantity")
                                     else None)))
        return out

