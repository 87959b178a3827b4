"""Multi-token system names merged into one token before the model reads them
(entities/merging.py), on sentences written for the tests."""
from __future__ import annotations

import pytest

from armsgraph.entities import get_nlp, mentions_of
from armsgraph.entities.component import COMPONENT, MERGER
from armsgraph.entities.merging import MODE, SystemMerger, worth_merging
from armsgraph.entities.ruler import MERGED_KEY

pytestmark = pytest.mark.skipif(MODE == "off", reason="ARMSGRAPH_MERGE_SYSTEMS=off")

SENTENCES = [
    "Chile bought 12 Leopard 2A4 tanks from Germany in 2015.",
    "Bulgaria ordered eight F-16 Block 70 jets from the United States in 2019.",
    "Qatar flies Mirage 2000-5 fighters bought in 1997.",
    "Serbia received Russian-made Pantsir-S1 systems in 2019.",
    "Egypt received S-300VM and Tor-M2E systems from Russia.",
    "Norway will deliver Harpoon Block II missiles and NASAMS launchers to Lithuania.",
    "Vietnam acquired Su-30MK2 fighters and Kilo-class submarines.",
    "Estonia ordered K9 Thunder howitzers and Hermes 450 drones.",
    "Indonesia ordered 42 Dassault Rafale F4 jets.",
    "Morocco bought AH-64E Apache Guardian helicopters in 2020.",
]


def parse(text: str, merge: bool = True):
    """The real pipeline, with or without the merger (the other components unchanged)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if merge or name != MERGER:
            doc = component(doc)
    return doc


def test_the_merger_runs_before_the_model_and_the_catalog_after_it():
    names = get_nlp().pipe_names
    assert names[0] == MERGER and names.index(COMPONENT) > names.index("ner")


@pytest.mark.parametrize("text, name", [
    ("Chile bought 12 Leopard 2A4 tanks from Germany in 2015.", "Leopard 2A4"),
    ("Bulgaria ordered eight F-16 Block 70 jets.", "F-16 Block 70"),
    ("Egypt received Tor-M2E systems.", "Tor-M2E"),
    ("Estonia ordered K9 Thunder howitzers.", "K9 Thunder"),
])
def test_a_name_with_digits_or_joiners_is_one_noun_modifying_its_head(text, name):
    doc = parse(text)
    [token] = [t for t in doc if t.text == name]
    assert token.tag_ in ("NNP", "NN") and token.dep_ in ("compound", "nmod", "amod")
    assert token.head.text in ("tanks", "jets", "systems", "howitzers")


@pytest.mark.parametrize("text", SENTENCES)
def test_mentions_are_the_same_with_and_without_merging(text):
    def seen(doc):
        return [(m.begin, m.end, m.text, m.kind, m.id, m.state, m.role) for m in mentions_of(doc)
                if m.kind in ("system", "category", "state")]
    merged, plain = parse(text), parse(text, merge=False)
    assert merged.text == plain.text == text
    assert seen(merged) == seen(plain)
    for m in mentions_of(merged):                      # offsets into the text
        assert text[m.begin:m.end] == m.text


def test_a_generic_noun_after_the_name_stays_a_word():
    doc = parse("Pakistan commissioned two Type 054A/P frigates in 2023.")
    words = [t.text for t in doc]
    assert "Type 054A/P" in words and "frigates" in words
    [mention] = [m for m in mentions_of(doc) if m.kind == "system"]
    assert (mention.text, mention.id) == ("Type 054A/P frigates", "Type 054A")


def test_nothing_inside_a_longer_matched_name_is_merged():
    doc = parse("Indonesia ordered 42 Dassault Rafale F4 jets.")
    assert "Rafale F4" not in [t.text for t in doc]
    assert [(m.text, m.id) for m in mentions_of(doc) if m.kind == "system"] == \
        [("Dassault Rafale F4 jets", "Rafale")]


def test_the_merged_tokens_are_left_for_the_catalog_component():
    doc = parse("Serbia received Pantsir-S1 and Tor-M2E systems.")
    merged = doc.user_data[MERGED_KEY]
    assert sorted(doc[i].text for i in merged) == ["Pantsir-S1", "Tor-M2E"]
    assert {a.entry_id for aliases in merged.values() for a in aliases} == {"Pantsir", "Tor"}


def test_a_sentence_without_names_is_left_alone():
    doc = parse("The minister said talks would continue next week.")
    assert MERGED_KEY not in doc.user_data and len(doc) == 9


@pytest.mark.parametrize("words, mode, expected", [
    (("Leopard", "2A4"), "marked", True),
    (("Tor", "-", "M2E"), "marked", True),
    (("Hsiung", "Feng", "III"), "marked", True),
    (("Apache", "Guardian"), "marked", False),          # no mark: only in mode "all"
    (("Apache", "Guardian"), "all", True),
    (("DF-21", "missiles"), "all", False),               # a generic noun stays a word
    (("Kilo", "-", "class"), "marked", True),            # ... except after a hyphen
    (("Scorpene",), "all", False),
])
def test_which_names_are_worth_merging(words, mode, expected):
    assert worth_merging(words, mode) is expected


def test_mode_off_merges_nothing():
    nlp = get_nlp()
    merger = SystemMerger(nlp.vocab, nlp.get_pipe(COMPONENT).matcher, mode="off")
    doc = merger(nlp.make_doc("Chile bought Leopard 2A4 tanks."))
    assert len(doc) == 6 and MERGED_KEY not in doc.user_data
