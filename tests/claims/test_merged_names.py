"""Claim rules that met a system name as one token (entities/merging.py) where the parser
used to see its pieces (sentences written for the test)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from armsgraph.claims import recall
from armsgraph.claims.context import Context
from armsgraph.claims.garrisons import dateline
from armsgraph.entities import annotate
from armsgraph.model import Document

from .helpers import claims_of, keys


@pytest.mark.parametrize("text, expected", [
    ("Ankara offered to give Qatar Bayraktar TB2 combat drones.",
     ("TUR", "QAT", "Bayraktar TB2", "proposed")),
    ("Beijing agreed in 2015 to send Pakistan Hangor-class attack submarines.",
     ("CHN", "PAK", "Hangor", "agreed")),
    ("Seoul promised to give Warsaw K9 Thunder self-propelled howitzers.",
     ("KOR", "POL", "K9", "planned")),
])
def test_a_misparsed_dative_before_a_merged_name_is_the_recipient(text, expected):
    # the parser hangs "Qatar" on the name, not on the head noun "drones"
    assert expected in keys(text)


def test_the_number_inside_a_merged_name_is_no_year():
    [claim] = claims_of("Lithuania ordered more PzH 2000 howitzers from Germany.")
    assert claim.system == "PzH 2000" and claim.year != 2000


def context(text: str) -> Context:
    document = Document(id="t", text=text)
    return Context(document, annotate(document))


@pytest.mark.parametrize("text, words", [
    ("NAIROBI: Kenya received six helicopters from the United States.", ["NAIROBI", ":"]),
    ("LAGOS: Nigeria took delivery of twelve jets.", ["LAGOS", ":"]),
    ("Update: Kenya received six helicopters from the United States.", []),
])
def test_a_place_in_capitals_before_a_colon_is_a_dateline(text, words):
    ctx = context(text)
    assert [ctx.doc[i].text for i in sorted(dateline(ctx))] == words


def test_a_participle_tagged_as_a_past_verb_does_not_end_a_list_item():
    # "the Gripen made by Sweden" with the tagger's VBD on "made" (built by hand, as the
    # small model sometimes reads it after a merged name)
    words = ["the", "Gripen", "made", "by", "Sweden", "arrived"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=["DT", "NNP", "VBD", "IN", "NNP", "VBD"],
              heads=[1, 5, 1, 2, 3, 5], deps=["det", "nsubj", "acl", "agent", "pobj", "ROOT"])
    assert recall._participle(doc[2])
    assert not recall._participle(doc[5])          # the verb of the clause
