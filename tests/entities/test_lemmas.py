"""The rule lemmatizer run over token arrays (entities/lemmas.py) gives the lemmas and
leaves the cache spaCy's own lemmatizer gives and leaves."""
import pytest
from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from armsgraph.entities import annotate, get_nlp
from armsgraph.entities.lemmas import LEMMAS, SOURCE, Lemmas
from armsgraph.model import Document
from armsgraph.pipeline import load

COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA]


def before_the_lemmas(text: str) -> Doc:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == LEMMAS:
            return doc
        doc = component(doc)
    raise AssertionError("no Lemmas in the pipeline")


def both_ways(doc: Doc) -> tuple:
    """(spaCy's tokens, ours, spaCy's cache, ours, ours once more with warm caches), each
    lemmatizer starting from an empty cache."""
    lemmatizer = get_nlp().get_pipe(SOURCE)
    theirs, ours, again = doc.copy(), doc.copy(), doc.copy()
    lemmatizer.cache.clear()
    lemmatizer(theirs)
    their_cache = dict(lemmatizer.cache)
    lemmatizer.cache.clear()
    lemmas = Lemmas(lemmatizer)
    lemmas.exceptions = {}     # (spaCy's own answers; the exception table is tested below)
    lemmas(ours)
    our_cache = dict(lemmatizer.cache)
    lemmas(again)
    return (theirs.to_array(COLUMNS).tolist(), ours.to_array(COLUMNS).tolist(),
            their_cache, our_cache, again.to_array(COLUMNS).tolist())


def test_the_pipeline_uses_lemmas_and_keeps_spacys_lemmatizer_disabled():
    nlp = get_nlp()
    assert LEMMAS in nlp.pipe_names and SOURCE in nlp.disabled
    assert nlp.pipe_names.index(LEMMAS) < nlp.pipe_names.index("ner")


@pytest.mark.parametrize("text", [
    "Poland has been buying tanks; the tanks it bought were delivered faster than planned.",
    "The ministries co-produced the better drones, and I was told they'd export them.",
    "Argentina's navy is operating two refitted corvettes\n\nwhich were built in the 1980s.",
    "Tank, tanks, tanked: the word repeats as a singular noun, a plural and a verb.",
])
def test_sentences_get_the_same_lemmas_and_leave_the_same_cache(text):
    theirs, ours, their_cache, our_cache, again = both_ways(before_the_lemmas(text))
    assert ours == theirs and again == theirs
    assert our_cache == their_cache


def test_every_token_of_the_seed_articles_gets_the_same_lemma(shared):
    documents, _ = load([shared / "seeds"])
    for document in documents:
        if document.text and not document.skip_reason:
            theirs, ours, their_cache, our_cache, again = both_ways(
                before_the_lemmas(document.text))
            assert ours == theirs and again == theirs and our_cache == their_cache


def test_forms_the_rules_get_wrong_take_the_lemma_of_the_exception_table():
    doc = get_nlp()("Ankara hopes to buy jets. The army staged a drill, and deliveries were slated "
                    "for 2026. She was hoping for more.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hopes"] == "hope" and lemmas["hoping"] == "hope"
    assert lemmas["staged"] == "stage" and lemmas["slated"] == "slate"
    again = get_nlp()("Kyiv hopes for more.")     # (from the cache the second time)
    assert [t.lemma_ for t in again if t.text == "hopes"] == ["hope"]


def test_lemmas_the_attribute_rules_set_are_kept_and_prefixed_verbs_still_fixed():
    document = Document(id="t", text="I had been told Turkey and Qatar co-produced the vehicles.")
    doc = annotate(document)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["I"] == "I" and lemmas["been"] == "be" and lemmas["had"] == "have"
    assert lemmas["co-produced"] == "co-produce" and lemmas["vehicles"] == "vehicle"
