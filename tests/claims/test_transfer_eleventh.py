"""Transfer constructions added in the eleventh session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_a_buyer_that_hopes_to_get_weapons_only_proposes():
    # (the rule lemmatizer read "hopes" as "hop", hiding the cue)
    assert keys("Turkey hopes to buy 40 F-16 jets from the United States.") == \
        {("USA", "TUR", "F-16", "proposed")}
    assert ("FRA", "SRB", "Rafale", "proposed") in keys("Serbia hoped to get Rafale jets from France.")
    assert ("RUS", "EGY", "Su-35", "proposed") in \
        keys("Egypt is hoping to acquire Su-35 fighters from Russia this year.")


def test_a_finalised_or_sealed_purchase_is_the_contract_stage():
    assert keys("Indonesia finalised the purchase of 42 Rafale jets from France.") == \
        {("FRA", "IDN", "Rafale", "agreed")}
    assert ("RUS", "IRN", "Su-35", "agreed") in \
        keys("Tehran said the purchase of Su-35 fighters from Russia had been finalized.")
    assert ("RUS", "VNM", "Su-30", "agreed") in keys("Vietnam sealed the purchase of 12 Su-30 jets from Russia.")


def test_a_green_light_or_go_ahead_given_for_a_sale_is_an_approval():
    assert keys("Germany's government gave the green light for the export of Leopard 2 tanks to Poland.") == \
        {("DEU", "POL", "Leopard 2", "planned")}
    assert ("USA", "MAR", "AH-64", "planned") in \
        keys("The sale of 24 Apache helicopters to Morocco got the go-ahead from the State Department.")
    assert ("KOR", "EGY", "K9", "planned") in keys("Seoul won approval for the export of 48 K9 howitzers to Egypt.")
    # (a plain gift stays a gift)
    assert keys("The Pentagon gave Kyiv 31 Abrams tanks in 2023.") == {("USA", "UKR", "Abrams", "done")}


def test_a_deal_the_buyer_speaks_of_has_the_speaker_as_buyer():
    assert keys("The deal for 18 K239 launchers signed with South Korea's Hanwha in 2022 is worth $1.1bn, "
                "Warsaw said.") == {("KOR", "POL", "Chunmoo", "agreed")}


def test_a_signed_deal_stays_signed_under_a_modal_copula():
    assert keys("A contract for six Hurjet trainers signed by Spain with Turkish Aerospace will be worth "
                "300 million euros.") == {("TUR", "ESP", "Hurjet", "agreed")}
    assert ("RUS", "UGA", "Su-30", "planned") in \
        keys("The contract for 12 Su-30 jets will be signed next year, Uganda said.")


def test_the_possessor_of_a_relation_noun_is_the_other_side():
    assert keys("Israel is Azerbaijan's second-largest supplier, selling Harop drones and Barak-8 "
                "air defence systems.") == {("ISR", "AZE", "Harop", "done"), ("ISR", "AZE", "Barak-8", "done")}
    assert ("FRA", "IND", "Rafale", "done") in \
        keys("France has become India's main partner, supplying Rafale jets and Scorpene submarines.")
    # (the possessor of a decision still decides)
    assert ("KOR", "POL", "K2", "planned") in keys("Poland's decision to buy K2 tanks from South Korea was welcomed.")


def test_goods_that_come_from_a_state_were_supplied_by_it():
    assert keys("Vietnam's Kilo-class submarines come from Russia.") == {("RUS", "VNM", "Kilo", "done")}
    assert ("RUS", "VNM", "Su-30", "done") in \
        keys("The Su-30 jets came from Russia in 2004, the Vietnamese air force said.")
    # (only with a state they come from)
    assert not keys("The threat to Taiwan comes from China's J-20 fighters.")


def test_two_readings_of_one_fact_keep_the_time_and_count_either_gives():
    [claim] = claims_of("Russia delivered six Pantsir systems to Ethiopia. Ethiopia received the Pantsir "
                        "systems from Russia in 2019.")
    assert (claim.supplier, claim.recipient, claim.status, claim.year, claim.quantity) == \
        ("RUS", "ETH", "done", 2019, "6")


def test_a_to_phrase_on_the_first_of_a_batch_is_the_recipient():
    assert keys("Delivery of the first of 12 Akinci drones to Kuwait is expected in 2026.") == \
        {("TUR", "KWT", "Akinci", "planned")}
    assert ("FRA", "IND", "Rafale", "done") in \
        keys("The delivery of the last of 36 Rafale jets to India was completed in 2022.")


def test_the_maker_a_relative_clause_names_sells_the_goods():
    assert keys("Kenya has signed for two offshore patrol vessels to be built by Turkey's Dearsan yard.") == \
        {("TUR", "KEN", "category:ships", "agreed")}
    assert ("CHN", "NGA", "category:ships", "agreed") in \
        keys("Nigeria signed a contract for four corvettes that will be built by China's CSSC.")


def test_goods_a_relative_clause_promised_to_a_state_go_to_it():
    assert ("USA", "UKR", "Abrams", "done") in \
        keys("The United States has delivered all 31 Abrams tanks it promised Ukraine.")


def test_a_pronoun_buyer_is_not_the_seller_the_sentence_names():
    # (the pronoun is resolved after the named seller, which it cannot stand for)
    assert ("CHN", "SRB", "HQ-22", "done") in \
        keys("Q: Will Serbia buy more Chinese weapons? A: We are satisfied with the FK-3 systems we "
             "bought from China and we will buy more.")


def test_a_co_production_deal_is_no_sale():
    assert not keys("Poland signed a co-production agreement with Hanwha for the K9 howitzer.")
    assert not keys("India and Vietnam are in talks on joint production of the BrahMos missile.")
    # (a purchase with some local building still is one)
    assert ("KOR", "POL", "K9", "agreed") in \
        keys("Poland signed a contract with Hanwha for 212 K9 howitzers, some to be built locally.")


def test_weapons_given_up_go_to_no_one_and_a_later_request_keeps_its_own_tense():
    found = keys("Minsk will not give up its Soviet-era Su-27 jets, and has asked Moscow for new Su-30SM2 "
                 "fighters instead.")
    assert found == {("RUS", "BLR", "Su-30", "proposed")}


def test_viper_helicopters_are_the_ah_1z():
    assert keys("Slovakia will receive 12 Viper helicopters from the US at a discount.") == \
        {("USA", "SVK", "AH-1Z", "planned")}


def test_a_memorandum_of_understanding_on_a_supply_is_a_deal_and_nearing_a_deal_is_talks():
    assert keys("Egypt and Russia signed a memorandum of understanding on the supply of Su-35 fighters.") == \
        {("RUS", "EGY", "Su-35", "agreed")}
    assert keys("Serbia is nearing a deal with France for 12 Rafale jets, President Vucic said.") == \
        {("FRA", "SRB", "Rafale", "negotiating")}


def test_goods_with_no_before_them_were_not_handed_over():
    assert not keys("No Patriot systems have been delivered to Ukraine by Spain.")
    assert not keys("Russia has delivered no new jets to Belarus since 2020.")
    assert ("ESP", "UKR", "Patriot", "done") in \
        keys("Spain delivered Patriot systems to Ukraine, with no strings attached.")

