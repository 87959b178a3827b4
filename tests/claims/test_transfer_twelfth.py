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
