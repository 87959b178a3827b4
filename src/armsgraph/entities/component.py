"""The spaCy component ("armsgraph_mentions") that runs the catalog matcher and linker
on each Doc. Registration lives here; behaviour in ruler.py and linking.py."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..catalog import load
from .linking import Linker
from .ruler import CatalogMatcher

COMPONENT = "armsgraph_mentions"
MENTIONS_KEY = "armsgraph.mentions"
TOKEN_INDEX_KEY = "armsgraph.token_mention"


class MentionComponent:
    """Assigns ``doc.spans["mentions"]``, ``doc.ents`` and the Mention list."""

    def __init__(self, nlp: Language):
        catalog = load()
        self.matcher = CatalogMatcher(nlp, catalog)
        self.linker = Linker(catalog)

    def __call__(self, doc: Doc) -> Doc:
        chosen = self.matcher.choose(self.matcher.candidates(doc))
        linked = self.linker.link(doc, chosen)
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


@Language.factory(COMPONENT, assigns=["doc.spans", "doc.ents"], requires=["token.dep"])
def make_mention_component(nlp: Language, name: str) -> MentionComponent:
    return MentionComponent(nlp)
