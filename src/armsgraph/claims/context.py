"""The shared per-document context every claim-type module reads.

A :class:`Context` wraps the cleaned :class:`~armsgraph.model.Document` and its parsed
spaCy ``Doc``. It indexes the entity mentions by token (:class:`Ref`), resolves actors
(see :mod:`.roles`), computes statuses (see :mod:`.status`) and builds finished
:class:`~armsgraph.model.Claim` objects with provenance, time, quantity and hedging
(:meth:`Context.claim`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Claim, Document, Mention
from . import unlisted

ACTOR_KINDS = ("state", "organisation", "person", "place")
SYSTEM_KINDS = ("system", "category")


@dataclass
class Ref:
    """An entity mention as a token span of the parsed Doc."""
    start: int                 # first token index
    end: int                   # one past the last token
    kind: str                  # Mention.kind
    id: str                    # canonical id (ISO3, NATO, person:..., family, category:...)
    text: str
    state: str | None = None
    role: str | None = None
    members: tuple[str, ...] = ()      # kind "group": the member states

    @property
    def actor(self) -> str | None:
        """The party this mention stands for (a state, or an organisation acting as one)."""
        if self.kind == "state":
            return self.id
        if self.kind in ("organisation", "person", "place"):
            if self.state:
                return self.state
            if self.kind == "organisation" and not self.id.startswith("org:"):
                return self.id
        return None

    @property
    def is_system(self) -> bool:
        return self.kind in SYSTEM_KINDS

    @property
    def is_category(self) -> bool:
        return self.kind == "category" or self.id.startswith("category:")


def refs_from(document: Document, parsed) -> list[Ref]:
    """Mentions of ``document`` (filled by :func:`armsgraph.entities.annotate`) as token spans."""
    mentions: list[Mention] = list(document.mentions or [])
    refs = []
    for mention in mentions:
        span = parsed.char_span(mention.begin, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        refs.append(Ref(span.start, span.end, mention.kind, mention.id, mention.text,
                        mention.state, mention.role,
                        tuple(getattr(mention, "members", None) or ())))
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    return refs


DASHES = {"—", "–", "--", "-"}
# marks that open a list item (the entity layer blanks those that open a line before parsing)
BULLET_MARKS = {"•", "▪", "▪️", "●", "◦", "·", "*", "-", "–", "—", "►", "▶", "➤", "■", "◆", "▸", "‣", "⁃"}


def _dateline(doc, sentences, by_token, text: str) -> set[int]:
    """Tokens of a dateline ("SEOUL, 19 December 2023 —", "ISLAMABAD —", "Moscow, 3 March
    (TASS) -") opening one of the first sentences: the place a report was filed from (not a
    list item's heading, "• ESTONIA – Six HIMARS", whose bullet the parser was spared)."""
    # a sentence start, or a line start inside a sentence the splitter joined to a
    # headline or byline ("Headline\n\nMANILA — The Department ...")
    starts = [sent[0] for sent in sentences[:3]] + \
        [t.nbor() for sent in sentences[:3] for t in sent if t.is_space and "\n" in t.text and t.i + 1 < sent.end]
    for first in starts:
        if not (first.is_upper and len(first.text) > 2 and first.pos_ in ("PROPN", "NOUN")
                or first.is_title and first.pos_ == "PROPN"):
            continue
        if text[:first.idx].rstrip().rstrip("\ufe0f")[-1:] in BULLET_MARKS:
            continue
        own = by_token.get(first.i)
        for token in doc[first.i:min(first.i + 14, len(doc))]:
            if token.pos_ in ("VERB", "AUX") or token.is_space:
                break
            if token.i > first.i and (token.text in DASHES or token.text == ":" and all(
                    t.is_upper for t in doc[first.i:token.i])):    # "KARACHI:", "LAGOS:"
                span = doc[first.i:token.i]
                # a title-case place, or a capital standing for its state when a date or
                # an agency in brackets follows it ("Moscow, 3 March (TASS) -")
                if first.is_upper or own is not None and (own.kind == "place" or own.kind == "state" and any(
                        t.like_num or t.text == "(" for t in span)):
                    return set(range(first.i, token.i + 1))
                break
    return set()


class Context:
    """What a claim-type module needs to find its claims in one document."""

    def __init__(self, document: Document, parsed):
        self.document = document
        self.doc = parsed
        self.refs = refs_from(document, parsed)
        self._by_token: dict[int, Ref] = {}
        for ref in self.refs:
            for i in range(ref.start, ref.end):
                # a longer mention that starts earlier wins over one nested in it
                self._by_token.setdefault(i, ref)
        self.sentences = list(parsed.sents)
        self._sent_index = {}
        for n, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self._sent_index[i] = n
        # each sentence's text, cut from the document (Span.text walks every token)
        # the parsed text (Doc.text walks every token: the document's own text when the
        # parse was made from it, which the last token's offset shows)
        text = document.text or ""
        if not len(parsed) or parsed[-1].idx + len(parsed[-1].text_with_ws) != len(text):
            text = parsed.text
        self.text = text
        self.sentence_texts = [text[sent.start_char:sent.end_char] for sent in self.sentences]
        self.reference = _reference_date(document)
        self.skipped_sentences = _caption_sentences(self.sentence_texts)
        # the place a report was filed from is never a party of it: its mentions stay in
        # ``refs`` (claims.drillplaces.dateline_states reads them) but no token points to them
        self.dateline = _dateline(parsed, self.sentences, self._by_token, self.text)
        for i in self.dateline:
            self._by_token.pop(i, None)

    # --- mentions -----------------------------------------------------------------
    def ref_at(self, token) -> Ref | None:
        """The mention covering ``token`` (a Token or a token index)."""
        i = token if isinstance(token, int) else token.i
        return self._by_token.get(i)

    def refs_in(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if r.start >= start and r.end <= end and r.start not in self.dateline]

    def sentence_of(self, token):
        i = token if isinstance(token, int) else token.i
        return self.sentences[self._sent_index[i]]

    def sentence_number(self, token) -> int:
        i = token if isinstance(token, int) else token.i
        return self._sent_index[i]

    # --- claims -------------------------------------------------------------------
    def claim(self, type: str, trigger, status: str, system: Ref | str | None,
              confidence: float = 0.6, **roles: Any) -> Claim:
        """A Claim of ``type`` resting on the sentence of ``trigger`` with provenance,
        time, quantity and hedging filled in."""
        from . import attributes
        n = self.sentence_number(trigger)
        sent = self.sentences[n]
        system_id = system.id if isinstance(system, Ref) else system
        if isinstance(system, Ref) and system.is_category:   # "the HQ-9 air defence system", "a JY-11 radar"
            system, system_id = unlisted.naming(self, system)
        system_text = system.text if isinstance(system, Ref) else None
        char_start = sent.start_char
        text = self.sentence_texts[n]
        claim = Claim(doc=self.document.id, type=type, status=status, system=system_id,
                      sentence=text, start=char_start, end=sent.end_char,
                      evidence=text[:300], confidence=round(confidence, 2),
                      system_text=system_text, **roles)
        attributes.fill(self, claim, trigger, system if isinstance(system, Ref) else None)
        # the word each claim rests on (kept with the claim, so a recycled id never matches)
        self.__dict__.setdefault("claim_triggers", {})[id(claim)] = (claim, trigger.i)
        return claim


def _reference_date(document: Document) -> date | None:
    try:
        from .time import publication_date
    except ImportError:
        publication_date = None
    if publication_date is not None:
        try:
            return publication_date(document)
        except Exception:  # noqa: BLE001 - a bad date must not stop extraction
            return None
    if document.date:
        try:
            parts = [int(p) for p in document.date[:10].split("-")]
            return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            return None
    return None


CAPTION_PREFIXES = ("photo", "image", "picture", "caption", "illustration", "file photo",
                    "video", "credit", "source:", "read also", "read more", "see also")


def _caption_sentences(texts: list[str]) -> set[int]:
    """Sentences (by their texts) that are photo captions or page furniture, not claims."""
    skipped = set()
    for n, text in enumerate(texts):
        text = text.strip().lower()
        if text.startswith(CAPTION_PREFIXES) or "©" in text or "(photo" in text \
                or "photo:" in text or "/ photo" in text or text.startswith("file:"):
            skipped.add(n)
    return skipped
