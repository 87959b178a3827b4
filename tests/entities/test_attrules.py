"""The model's attribute rules applied by lookup (entities/attrules.py) give the tokens
exactly what spaCy's own AttributeRuler gives them."""
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from armsgraph.entities import get_nlp
from armsgraph.entities.attrules import ATTRIBUTE_RULES, SOURCE, AttributeRules
from armsgraph.pipeline import load

COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD]


def before_the_ruler(nlp, text: str) -> Doc:
    """The Doc as the pipeline hands it to the attribute rules."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == ATTRIBUTE_RULES:
            return doc
        doc = component(doc)
    raise AssertionError("no attribute rules in the pipeline")


def both_ways(nlp, doc: Doc, ruler=None) -> tuple:
    ruler = ruler or nlp.get_pipe(SOURCE)
    theirs, ours = doc.copy(), doc.copy()
    ruler(theirs)
    AttributeRules(ruler)(ours)
    return theirs.to_array(COLUMNS).tolist(), ours.to_array(COLUMNS).tolist()


def test_the_pipeline_uses_the_lookup_and_keeps_spacys_ruler_disabled():
    nlp = get_nlp()
    assert ATTRIBUTE_RULES in nlp.pipe_names and SOURCE not in nlp.pipe_names
    assert SOURCE in nlp.disabled
    names = nlp.pipe_names
    assert names.index("parser") < names.index(ATTRIBUTE_RULES) < names.index("ner")


@pytest.mark.parametrize("text", [
    "There are two frigates in port, and there's a third one on its way.",
    "We gonna sign it, she said; let's see whether they'll deliver them to us.",
    "I can't say that it wasn't done: y'all know he'd have bought it himself.",
    "Somebody had told me that the ministry did not buy anything.\n\n  Nothing was sold.",
    "The tanks, which were ordered in 2019, ain't arrived; those that have are old.",
    "It is what it is \u2013 you get what you pay for, said the colonel.  \n",
])
def test_sentences_get_the_same_tags_morphology_and_lemmas(text):
    nlp = get_nlp()
    theirs, ours = both_ways(nlp, before_the_ruler(nlp, text))
    assert ours == theirs


def test_every_token_of_the_seed_articles_gets_the_same_annotation(shared):
    nlp = get_nlp()
    documents, _ = load([shared / "seeds"])
    texts = [d.text for d in documents if d.text and not d.skip_reason]
    assert texts
    for text in texts:
        theirs, ours = both_ways(nlp, before_the_ruler(nlp, text))
        assert ours == theirs


def test_rules_the_lookup_cannot_read_go_to_a_matcher_and_later_rules_win():
    """Operators and attributes the lookup does not read ("OP", LENGTH, IS_DIGIT), a
    negative index, a pattern of several tokens and two rules on one token."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "frigate"}]], {"POS": "NOUN", "LEMMA": "frigate"})
    ruler.add([[{"IS_DIGIT": True}, {"LOWER": {"IN": ["frigates", "jets"]}}]],
              {"POS": "NUM", "MORPH": "NumType=Card"})
    ruler.add([[{"LOWER": "air"}, {"LOWER": "defence", "OP": "?"}, {"LOWER": "systems"}]],
              {"LEMMA": "system"}, index=-1)
    ruler.add([[{"LENGTH": 4}]], {"LEMMA": "four"})
    ruler.add([[{"LOWER": {"REGEX": "^frig"}}]], {"LEMMA": "ship"})       # overwrites
    ruler.add([[{"ORTH": "Chile"}], [{"LOWER": "peru"}]], {"POS": "PROPN"})
    doc = nlp("Chile and Peru bought 4 frigates, one frigate and air defence systems; "
              "Ecuador bought air systems.")
    fast = AttributeRules(ruler)
    assert len(fast.rest) == 3                    # IS_DIGIT, OP, LENGTH
    theirs, ours = both_ways(nlp, doc, ruler)
    assert ours == theirs
    done = fast(doc.copy())
    lemmas = [t.lemma_ for t in done]
    assert lemmas[5] == lemmas[8] == "ship"
    assert lemmas[12] == lemmas[17] == "system" and lemmas[2] == "four"
    assert done[4].pos_ == "NUM" and done[2].pos_ == "PROPN" and done[8].pos_ == "NOUN"
