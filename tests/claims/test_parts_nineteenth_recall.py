"""Transfer recall constructions added in the nineteenth session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import keys


def test_goods_built_under_a_deal_with_the_maker_go_to_the_state_of_the_text():
    text = "Pakistan is modernising its navy. Six Type 054A frigates are being built under a 2017 agreement with China."
    assert ("CHN", "PAK", "Type 054A", "agreed") in keys(text)


def test_goods_assembled_in_a_country_under_a_deal_go_to_that_country():
    text = "Egypt is expanding its artillery. Hanwha Aerospace is assembling K9 howitzers in Egypt under a 2022 deal."
    assert ("KOR", "EGY", "K9", "agreed") in keys(text)


def test_home_production_under_a_contract_is_no_transfer():
    assert not keys("India is expanding its air force. HAL is building 83 Tejas jets under a 2021 contract "
                    "with the Indian Air Force.")
    assert not keys("Turkey produces Altay tanks under a 2018 contract with BMC, the defence ministry said.")


def test_a_buyer_assembling_under_a_deal_is_left_to_the_licence_reading():
    assert ("TUR", "KAZ", "Anka", "agreed") not in keys(
        "Kazakhstan will start assembling Turkish Anka drones next year under an agreement signed in 2022.")


def test_a_kind_noun_is_not_a_family_of_another_kind_bought_before():
    text = ("Pakistan ordered eight Hangor submarines from China in 2015. "
            "Islamabad is also said to be interested in a further pair of Chinese frigates.")
    found = keys(text)
    assert ("CHN", "PAK", "Hangor", "proposed") not in found


def test_goods_to_be_assembled_under_a_contract_are_its_stage():
    text = "Brazil is renewing its fleet. The yard will assemble four Scorpene submarines under a 2009 contract with France."
    assert ("FRA", "BRA", "Scorpene", "agreed") in keys(text)


def test_the_goods_listed_after_a_colon_closing_a_package_are_its_goods():
    found = keys("In May 2022 the Biden administration notified Congress of an $8 billion package for the "
                 "United Arab Emirates: 40 F-16 Block 70 jets, up to 10 MQ-9B Reaper drones and munitions.")
    assert ("USA", "ARE", "F-16", "planned") in found
    assert ("USA", "ARE", "MQ-9", "planned") in found


def test_a_colon_after_a_phrase_with_no_trade_noun_lists_nothing():
    assert not keys("The air force has two priorities for the Emirates: 40 F-16 Block 70 jets and new pilots.")


def test_a_deal_recalled_later_is_about_the_first_goods_of_its_list():
    text = ("In May 2022 the Biden administration notified Congress of an $8 billion package for the "
            "United Arab Emirates: 40 F-16 Block 70 jets, up to 10 MQ-9B Reaper drones and munitions. "
            "The two governments signed the letters of offer in June.")
    assert ("USA", "ARE", "F-16", "agreed") in keys(text)


def test_the_first_of_a_batch_already_in_the_buyers_city_has_arrived():
    text = ("Kenya ordered twelve AW139 helicopters from Italy in 2021. "
            "The first four AW139s are already in Nairobi, officials said.")
    assert ("ITA", "KEN", "AW139", "done") in keys(text)


def test_goods_already_somewhere_without_a_first_batch_tell_no_arrival():
    text = "Kenya ordered twelve AW139 helicopters from Italy in 2021. The AW139s are already in Nairobi."
    assert ("ITA", "KEN", "AW139", "done") not in keys(text)
