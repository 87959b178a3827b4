"""Transfer constructions added in the seventeenth session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import keys

# an entry on one fighter: the title and the opening name it, an aside names another
ENTRY = ("The Sukhoi Su-30 is a twin-engine multirole fighter built by Irkut. The Chinese side "
         "later copied the design as the J-16. The jet carries up to eight tonnes of weapons. "
         "Export sales have gone mostly to Asia. ")


def test_a_count_far_from_any_name_is_the_weapon_the_title_names_not_an_aside():
    found = keys(ENTRY + "Vietnam signed for 24 aircraft in 2009, and the last of them arrived in 2012.",
                 title="Sukhoi Su-30")
    assert found == {("RUS", "VNM", "Su-30", "agreed"), ("RUS", "VNM", "Su-30", "done")}


def test_a_bare_count_taken_is_received_of_the_weapon_the_title_names():
    assert keys(ENTRY + "Malaysia took its first eight in 2007.", title="Sukhoi Su-30") == \
        {("RUS", "MYS", "Su-30", "done")}


def test_without_a_title_naming_it_a_far_count_names_no_weapon():
    assert not keys(ENTRY + "Malaysia took its first eight in 2007.", title="Fighters of the east")


def test_a_count_with_goods_of_its_own_is_not_the_titled_weapon():
    found = keys(ENTRY + "Algeria signed for 12 planes and four patrol boats produced by Spain.",
                 title="Sukhoi Su-30")
    assert not any(k[2] == "Su-30" for k in found)


def test_the_weapon_named_just_before_beats_the_titled_one():
    text = ENTRY + "Egypt also bought two FREMM frigates from France. The last of them arrived in 2016."
    assert ("RUS", "EGY", "Su-30", "done") not in keys(text, title="Sukhoi Su-30")


def test_a_named_weapon_taken_in_batches_is_received():
    assert keys("Kazakhstan has taken a dozen Su-30 fighters in three batches since 2015.") == \
        {("RUS", "KAZ", "Su-30", "done")}
    assert keys("Algeria took its first six Su-30 fighters in 2007.") == {("RUS", "DZA", "Su-30", "done")}


def test_a_named_weapon_taken_without_a_receipt_marker_is_a_capture():
    assert not keys("Ukrainian troops took two Russian T-90 tanks near Kharkiv.")
    assert not keys("Its soldiers took six T-72 tanks in the village.")


def test_a_pronoun_taken_is_no_receipt():
    text = "Moscow offered Su-35 jets to Jakarta. Indonesia never intended to take them."
    assert ("RUS", "IDN", "Su-35", "done") not in keys(text)


def test_a_bare_count_taken_after_an_order_is_received():
    text = "Poland ordered 48 K2 tanks from South Korea in 2022. It took its first ten in December."
    assert ("KOR", "POL", "K2", "done") in keys(text)


def test_a_second_purchase_of_the_same_is_the_transfer_told_before_at_its_own_stage():
    text = ("Vietnam bought four BrahMos batteries from India in 2021. "
            "A second purchase, this time for the navy, is being discussed.")
    assert ("IND", "VNM", "BrahMos", "negotiating") in keys(text)


def test_a_recalled_purchase_takes_the_stage_of_its_participle():
    text = "Qatar bought two FREMM frigates from Italy in 2016. The purchase, signed in May 2016, cost 4 billion euros."
    assert ("ITA", "QAT", "FREMM", "agreed") in keys(text)


def test_a_recalled_offer_that_remains_is_still_proposed():
    text = ("Moscow pitched Su-35 fighters to Jakarta in 2019. Indonesia has not answered. "
            "Russian officials say the offer still stands.")
    assert ("RUS", "IDN", "Su-35", "proposed") in keys(text)


def test_a_purchase_naming_its_own_weapon_is_not_recalled():
    text = "Qatar bought two FREMM frigates from Italy in 2016. A second purchase of Rafale jets is being discussed."
    assert ("ITA", "QAT", "FREMM", "negotiating") not in keys(text)


def test_a_state_showing_off_foreign_weapons_has_them():
    assert keys("Bolivia showed off a Chinese K-8 trainer at the independence parade in 2021.") == \
        {("CHN", "BOL", "K-8", "done")}


def test_show_without_off_or_shown_by_a_fair_is_no_holding():
    assert not keys("The Dubai air show showed off Chinese K-8 trainers.")
    assert not keys("Satellite pictures show Chinese K-8 trainers at the airfield.")
    assert not keys("China showed off its K-8 trainers.")


def test_a_first_contract_with_the_seller_goes_to_the_state_the_text_is_about():
    text = ("She joined the Malaysian navy in 1979. In the early 1990s she was on the team that "
            "negotiated the first contract with Russia for 18 MiG-29 fighters, signed in 1994.")
    assert ("RUS", "MYS", "MiG-29", "agreed") in keys(text)


def test_a_negotiated_contract_signed_is_agreed():
    text = "In the 1990s Malaysia negotiated a contract with Russia for 18 MiG-29 fighters, signed in 1994."
    assert keys(text) == {("RUS", "MYS", "MiG-29", "agreed")}
    assert keys("Malaysia is negotiating a contract with Russia for 18 MiG-29 fighters.") == \
        {("RUS", "MYS", "MiG-29", "negotiating")}


def test_a_chronology_arrival_in_a_joined_clause_read_as_a_noun_is_an_arrival():
    text = ("March 2014: Peru signs a contract with Moscow for Mi-17 helicopters. By 2015 the deal is "
            "back on track, and the first Mi-17s arrive in Lima in December.")
    assert ("RUS", "PER", "Mi-8", "done") in keys(text)


def test_a_plural_pronoun_after_a_pair_of_named_weapons_is_both():
    text = ("Chile flies F-16 fighters bought from the Netherlands. The Meteor and IRIS-T question is "
            "still open. Santiago has asked for them.")
    assert {k[2] for k in keys(text) if k[1] == "CHL" and k[3] == "proposed"} == {"Meteor", "IRIS-T"}


def test_a_plural_pronoun_after_one_named_weapon_keeps_the_usual_reading():
    text = "Chile bought F-16 fighters from the Netherlands in 2005. They arrived in 2006."
    assert ("NLD", "CHL", "F-16", "done") in keys(text)


def test_weapons_agreed_on_are_an_agreed_deal():
    assert keys("Malaysia and Russia agreed on 18 MiG-29 fighters in 1994.") == {("RUS", "MYS", "MiG-29", "agreed")}
    text = "Laos flies Russian Yak-130 trainers. Four more of the jets were agreed during a visit to Vientiane in 2019."
    assert ("RUS", "LAO", "Yak-130", "agreed") in keys(text)


def test_agreeing_that_or_to_make_is_no_deal_of_its_own():
    assert not keys("Officials agreed that the F-16s would arrive in 2026.")
    assert keys("India agreed to buy 36 Rafale jets from France in 2016.") == {("FRA", "IND", "Rafale", "agreed")}


def test_a_part_a_seller_offers_to_fit_is_offered():
    text = "Pakistan's navy is building new submarines. Beijing has offered to fit its own CHD620 engines instead."
    assert ("CHN", "PAK", "CHD620", "proposed") in keys(text)


def test_fitting_without_an_offer_is_no_transfer():
    assert not keys("Engineers began to fit Chinese CHD620 engines into the hulls.")
