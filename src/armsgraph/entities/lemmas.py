"""The model's rule lemmatizer, run over the token arrays instead of token by token.

spaCy's ``Lemmatizer.__call__`` makes a ``Token`` for every word, asks ``lemmatize`` for
it (which answers most words from its cache keyed by word, POS and morphology) and sets
``lemma_`` one token at a time. ``Lemmas`` reads the words, POS, morphology and lemmas
as arrays, answers from the same cache, asks the lemmatizer itself (``lemmatize``, same
cache, same order) only on a miss and writes all lemmas back at once: the same lemmas,
the same cache afterwards. The lemmatizer does not cache what it answers before its
rules (the lower case of a base form, "tank" as a singular noun); those answers, which
depend on the word, POS and morphology alone, are kept here. Tokens that already have a lemma (from the attribute rules)
keep it, as spaCy does unless the lemmatizer is set to overwrite. A lemmatizer in another
mode than "rule" runs as it is.

The component replaces ``lemmatizer`` in ``armsgraph.entities.get_nlp``, which keeps
spaCy's lemmatizer, disabled, beside it (the catalog component still asks it for the
lemma of "co-produced"'s stem).

Where the rules go wrong on a word the claim lexicons need ("hopes" -> "hop", "staged" ->
"stag": both readings are words, and the lemmatizer keeps the first), the form's lemma
comes from ``catalog/data/lemma_exceptions.tsv``.
"""
from __future__ import annotations

from pathlib import Path

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.language import Language
from spacy.tokens import Doc

LEMMAS = "armsgraph_lemmas"
SOURCE = "lemmatizer"


EXCEPTIONS = Path(__file__).resolve().parents[1] / "catalog" / "data" / "lemma_exceptions.tsv"


def read_exceptions(path: Path = EXCEPTIONS) -> dict[tuple[str, int], str]:
    """(form, POS id) -> lemma, from a file of "form, POS, lemma" lines."""
    found: dict[tuple[str, int], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, pos, lemma = line.split("\t")[:3]
        found[(form, POS_IDS[pos.upper()])] = lemma
    return found


# words, POS and morphology whose lemma the lemmatizer gives without caching it
PLAIN_LIMIT = 200_000


class Lemmas:
    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        # (word, POS, morphology) -> lemmas the lemmatizer answers without its cache: a
        # word of no POS or a space (its lower case) and a base form ("tank" as a singular
        # noun, "supply" as an infinitive: the lower case), a function of the three alone
        self.plain: dict[tuple[int, int, int], list[str]] = {}
        self.exceptions = read_exceptions()

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer.mode != "rule" or lemmatizer.overwrite or not len(doc):
            return lemmatizer(doc)
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        cache, lemmatize, add = lemmatizer.cache, lemmatizer.lemmatize, doc.vocab.strings.add
        plain = self.plain
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            forms = cache.get(key)
            if forms is None:
                forms = plain.get(key)
            if forms is None:
                forms = lemmatize(doc[i])
                fixed = self.exceptions.get((doc[i].lower_, pos))
                if fixed is not None:
                    forms = cache[key] = [fixed]      # ("hopes" is not "hop")
                if key not in cache:
                    if len(plain) >= PLAIN_LIMIT:
                        plain.clear()
                    plain[key] = forms
            lemmas[i] = add(forms[0])
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(LEMMAS, assigns=["token.lemma"], requires=["token.pos"])
def make_lemmas(nlp: Language, name: str, source: str = SOURCE) -> Lemmas:
    """Built on the pipeline's spaCy lemmatizer ``source`` (which must be there already)."""
    return Lemmas(nlp.get_pipe(source))
