"""Transfer constructions added in the eighteenth session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import keys


def test_a_delivery_joined_to_a_making_participle_is_the_transfer():
    assert ("DEU", "PER", "Type 209", "done") in keys(
        "Peru, with its four Type 209 submarines built by Germany and delivered in 1983, has a long naval tradition.")
    assert ("RUS", "VNM", "Kilo", "done") in keys(
        "Vietnam's Kilo submarines, built in Russia and delivered between 2013 and 2017, are based at Cam Ranh.")


def test_a_purchase_participle_after_a_made_weapon_is_the_transfer():
    text = ("The Colombian Air Force flies twenty jets. Its backbone remains the Israeli-built Kfir, "
            "first acquired in 1989 and upgraded twice since.")
    assert ("ISR", "COL", "Kfir", "done") in keys(text)


def test_a_making_participle_alone_tells_no_transfer():
    assert not keys("Its backbone remains the Israeli-built Kfir, which still flies from two bases.")


def test_it_after_an_announcement_reported_by_others_is_the_announcer():
    # (the parser makes "announced" the complement of the later "said")
    text = ("Several Afghan Mi-17s were in Ukraine for repairs. The Biden administration announced it would "
            "hand them to Kyiv; officials said more would follow.")
    assert keys(text) == {("USA", "UKR", "Mi-8", "planned")}


def test_a_plant_of_a_state_building_under_licence_is_that_state():
    assert ("TUR", "HUN", "Otokar Cobra", "done") in keys(
        "A Hungarian plant in Budapest has built Otokar's Cobra vehicles under licence since 2019.")
    assert ("TUR", "HUN", "Otokar Cobra", "done") in keys(
        "Otokar's Cobra armoured vehicles have for years been built under licence by a Hungarian plant in the capital.")


def test_a_plant_as_the_goods_is_no_party():
    found = keys("Russia will build a plant in Belarus to produce Tor missiles.")
    assert not any(claim[:2] == ("BLR", "RUS") for claim in found)


def test_a_supplier_named_as_the_object_of_another_party_is_not_that_party():
    text = ("Rosoboronexport was supplying weapons to the Syrian army, and critics argued that British "
            "taxpayers were funding Assad's arms supplier.")
    assert keys(text) == {("RUS", "SYR", "category:materiel", "done")}


def test_a_supplier_as_attribute_or_after_as_is_still_the_subject():
    assert ("RUS", "IND", "category:materiel", "done") in keys("Russia remains India's largest arms supplier.")
    assert ("CHN", "MMR", "category:materiel", "done") in keys("China has replaced Russia as Myanmar's main arms supplier.")


def test_the_first_of_which_arrived_after_a_promise_is_an_arrival():
    # (the parser reads the relative clause as the complement of "promised")
    text = ("The request was rejected, and Washington instead promised UH-60 Black Hawks to Kabul, the first "
            "of which arrived in Kandahar a year later.")
    assert keys(text) >= {("USA", "AFG", "UH-60", "planned"), ("USA", "AFG", "UH-60", "done")}


def test_a_name_read_as_a_modifier_of_years_ago_is_the_object():
    import spacy
    from spacy.tokens import Doc
    from armsgraph.claims.misread import repair_time_object
    # the misreading: "Rafale years" one noun phrase, "offered" with no object
    words = ["The", "French", "offered", "us", "Rafale", "years", "ago", "."]
    heads = [1, 2, 2, 2, 5, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "dative", "compound", "npadvmod", "advmod", "punct"]
    pos = ["DET", "PROPN", "VERB", "PRON", "PROPN", "NOUN", "ADV", "PUNCT"]
    lemmas = ["the", "French", "offer", "we", "Rafale", "year", "ago", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    repair_time_object(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 2)
    assert doc[5].head.i == 6


def test_delayed_deliveries_are_still_to_come():
    text = "Romania bought 32 F-16 jets from Norway in 2022; deliveries delayed, first aircraft expected in 2025."
    assert keys(text) == {("NOR", "ROU", "F-16", "agreed"), ("NOR", "ROU", "F-16", "planned")}
    assert keys("Deliveries of the Norwegian F-16s to Romania were delayed by a year.") == {
        ("NOR", "ROU", "F-16", "planned")}


def test_a_when_clause_takes_no_cue_from_a_main_verb_about_something_else():
    assert keys("When Poland ordered K2 tanks in 2022, Germany refused to comment.") == {("KOR", "POL", "K2", "agreed")}
    assert ("POL", "UKR", "Leopard 2", "refused") in keys("Germany refused when Poland asked to send Leopard tanks to Ukraine.")
