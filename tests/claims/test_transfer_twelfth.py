"""Transfer constructions added in the twelfth session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_the_last_of_a_counted_order_stands_for_its_weapon():
    found = keys("Croatia bought 12 Rafale jets from France in 2021. The last of the 12 landed in Zagreb "
                 "in April 2025.")
    assert ("FRA", "HRV", "Rafale", "done") in found
    found = keys("Morocco ordered 24 Apache helicopters from the United States. The first of the 24 "
                 "were delivered in 2024.")
    assert ("USA", "MAR", "AH-64", "done") in found


def test_more_of_a_weapon_under_discussion_is_negotiated():
    found = keys("Ecuador bought four Dhruv helicopters from India in 2009. A plan to buy three more "
                 "remains under discussion with the Indian side.")
    assert ("IND", "ECU", "Dhruv", "negotiating") in found
    found = keys("Chile received two Scorpene submarines from France in 2006. Further boats are now "
                 "under negotiation.")
    assert ("FRA", "CHL", "Scorpene", "negotiating") in found
    # ("under a deal" is the deal's own frame, not talks about more)
    assert all(c.status != "negotiating" for c in claims_of(
        "Poland signed a contract with Hyundai Rotem for 180 K2 tanks, some to be built in Poland under "
        "a technology transfer deal."))


def test_a_signed_letter_of_offer_is_the_contract_stage():
    found = keys("Qatar asked the United States for MQ-9B drones in 2020. Doha signed the letter of "
                 "offer and acceptance in 2022.")
    assert ("USA", "QAT", "MQ-9", "agreed") in found
    found = keys("Poland requested F-35 fighters from Washington in 2019. The letter of offer was "
                 "signed in January 2020.")
    assert ("USA", "POL", "F-35", "agreed") in found
    # (an offer not signed stays an offer; the letter, not the sending, governs the jets)
    assert keys("Washington sent Poland a letter of offer for 32 F-35 fighters.") == \
        {("USA", "POL", "F-35", "proposed")}
    assert keys("Warsaw signed a letter of offer and acceptance for 32 F-35 fighters with the United "
                "States in 2020.") == {("USA", "POL", "F-35", "agreed")}


def test_goods_under_discussion_are_negotiated():
    found = keys("Peru bought Mi-171Sh helicopters from Russia in 2013. More helicopters are now under "
                 "discussion.")
    assert ("RUS", "PER", "Mi-8", "negotiating") in found
    assert ("KOR", "EGY", "K9", "negotiating") in \
        keys("Egypt and South Korea held discussions on the supply of more K9 howitzers.")


def test_a_state_that_followed_with_a_count_repeats_the_transfer_before():
    found = claims_of("Lithuania received eight NASAMS launchers from Norway in 2023. Poland followed "
                      "with twelve in March 2024.")
    assert {(c.supplier, c.recipient, c.system, c.status) for c in found} == \
        {("NOR", "LTU", "NASAMS", "done"), ("NOR", "POL", "NASAMS", "done")}
    later = next(c for c in found if c.recipient == "POL")
    assert later.quantity == "12" and later.year == 2024
    # (an order followed by an order; a seller followed by a seller)
    assert ("KOR", "ROU", "K9", "agreed") in keys("Poland ordered 212 K9 howitzers from South Korea. "
                                                   "Romania followed with an order for 54 in 2024.")
    assert ("KOR", "ROU", "K9", "agreed") in keys("Poland ordered 212 K9 howitzers from South Korea. "
                                                   "Romania followed with 54 in 2024.")
    # (a request that follows an order is only asked for)
    assert ("KOR", "ROU", "K9", "proposed") in keys("Poland ordered 212 K9 howitzers from South Korea. "
                                                     "Romania followed with a request for 54 in 2024.")
    assert ("DEU", "UKR", "Leopard 2", "done") in keys(
        "Canada delivered eight Leopard 2 tanks to Ukraine in February. Germany followed with 18 in March.")


def test_a_count_that_followed_keeps_both_sides():
    found = claims_of("Nigeria received six Super Tucano aircraft from the United States in 2021. "
                      "Another six followed in 2022.")
    assert {(c.supplier, c.recipient, c.system) for c in found} == {("USA", "NGA", "Super Tucano")}
    # ("followed" with an object of its own, or with nothing counted, repeats nothing)
    assert keys("Egypt bought Rafale jets from France in 2015. Qatar followed the talks closely.") == \
        {("FRA", "EGY", "Rafale", "done")}
    assert keys("Egypt bought Rafale jets from France in 2015. A visit by the president followed in May.") == \
        {("FRA", "EGY", "Rafale", "done")}


def test_the_items_listed_after_a_colon_share_the_transfer_of_their_kind():
    found = keys("Niger took delivery of new military hardware from Turkey: Bayraktar TB2 drones, Kirpi "
                 "armoured vehicles and a Hurkus trainer.")
    assert {("TUR", "NER", "Bayraktar TB2", "done"), ("TUR", "NER", "Hurkus", "done")} <= found
    # (the first item keeps the seller of the kind, not its own maker)
    found = keys("Sudan received a batch of aircraft from Russia: L-39 trainers and Su-25 jets.")
    assert ("RUS", "SDN", "L-39", "done") in found


def test_soldiers_of_a_state_receive_for_it():
    assert ("RUS", "MLI", "Su-25", "done") in keys("Malian soldiers received four Su-25 jets from Russia.")
    assert ("USA", "UKR", "Abrams", "done") in keys("Ukrainian troops received the first Abrams tanks "
                                                    "from the United States in September.")


def test_the_main_source_of_weapons_for_a_state_supplies_it():
    assert ("RUS", "VNM", "category:materiel", "done") in keys("Moscow remains the main source of weapons for Vietnam.")
    assert ("CHN", "BGD", "category:ships", "done") in keys("China is Bangladesh's biggest source of warships.")
    # (sources that say something supply nothing)
    assert keys("A source close to the ministry said talks with Paris had stalled.") == set()


def test_a_batch_of_a_bare_count_stands_for_the_weapon_before():
    found = keys("Uzbekistan ordered J-10 fighters from China in 2023. The first batch of six was handed "
                 "over in May 2025.")
    assert ("CHN", "UZB", "J-10", "done") in found


def test_weapons_built_jointly_by_two_states_come_from_both():
    found = keys("Brazil operates four Scorpene submarines built jointly by France and Spain.")
    assert {("FRA", "BRA", "Scorpene", "done"), ("ESP", "BRA", "Scorpene", "done")} <= found
    # (one maker: the one seller)
    assert keys("Peru flies Kfir jets built by Israel.") == {("ISR", "PER", "Kfir", "done")}


def test_an_appeal_to_follow_suit_repeats_nothing():
    found = keys("Slovakia gave its MiG-29 jets to Ukraine in 2023 and appealed to other owners of the "
                 "jets to follow suit.")
    assert found == {("SVK", "UKR", "MiG-29", "done")}
