"""The spaCy component ("armsgraph_mentions") that runs the catalog matcher and linker
on each Doc. Registration lives here; behaviour in ruler.py and linking.py."""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..catalog import load
from .linking import Linker
from .merging import MODE, SystemMerger
from .ruler import CatalogMatcher

PREFIXED = re.compile(r"(?i)^(?:co|re)-[a-z]{3,}$")   # kept whole by the tokenizer
COMPONENT = "armsgraph_mentions"
MERGER = "armsgraph_merge_systems"     # runs first; see merging.py
MENTIONS_KEY = "armsgraph.mentions"
TOKEN_INDEX_KEY = "armsgraph.token_mention"


class MentionComponent:
    """Assigns ``doc.spans["mentions"]``, ``doc.ents`` and the Mention list."""

    def __init__(self, nlp: Language):
        catalog = load()
        self.matcher = CatalogMatcher(nlp, catalog)
        self.linker = Linker(catalog)
        # (spaCy's lemmatizer, enabled or kept disabled beside lemmas.Lemmas)
        self.lemmatizer = (nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names
                           else None)

    def __call__(self, doc: Doc) -> Doc:
        self.fix_prefixed_lemmas(doc)
        ents = doc.ents   # spaCy's own entities, read once (a walk over every token)
        chosen = self.matcher.choose(self.matcher.candidates(doc, ents))
        linked = self.linker.link(doc, chosen, ents)
        spans = []
        index = [-1] * len(doc)
        for k, (span, mention) in enumerate(linked):
            spans.append(Span(doc, span.start, span.end, label=mention.kind, kb_id=mention.id))
            for i in range(span.start, span.end):
                index[i] = k
        doc.spans["mentions"] = spans
        doc.ents = spans
        doc.user_data[MENTIONS_KEY] = [m for _, m in linked]
        doc.user_data[TOKEN_INDEX_KEY] = index
        return doc


    def fix_prefixed_lemmas(self, doc: Doc) -> None:
        """"co-hosted" -> "co-host", "re-exported" -> "re-export": the lemma of the stem
        with its prefix (the rule lemmatizer does not know the joined word)."""
        if self.lemmatizer is None or not hasattr(self.lemmatizer, "rule_lemmatize"):
            return
        strings = doc.vocab.strings
        orths = doc.to_array([ORTH]).tolist()
        joined = {orth for orth in set(orths) if PREFIXED.match(strings[orth])}
        if not joined:    # (doc.text would rebuild the text from every token)
            return
        for i, orth in enumerate(orths):
            if orth not in joined:
                continue
            token = doc[i]
            prefix, stem = token.text.split("-", 1)
            word = Doc(doc.vocab, words=[stem.lower()])
            word[0].pos_, word[0].tag_ = token.pos_, token.tag_
            lemmas = self.lemmatizer.rule_lemmatize(word[0])
            if lemmas:
                token.lemma_ = f"{prefix.lower()}-{lemmas[0]}"


@Language.factory(COMPONENT, assigns=["doc.spans", "doc.ents"], requires=["token.dep"])
def make_mention_component(nlp: Language, name: str) -> MentionComponent:
    return MentionComponent(nlp)


@Language.factory(MERGER, assigns=["token.orth"])
def make_system_merger(nlp: Language, name: str, mode: str = MODE) -> SystemMerger:
    """Needs the catalog component in the pipeline already: it reuses its alias index."""
    return SystemMerger(nlp.vocab, nlp.get_pipe(COMPONENT).matcher, mode)
