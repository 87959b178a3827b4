"""Transfer constructions added in the tenth session, each with sentences written here
(other countries and systems than the articles that showed the gap)."""
from __future__ import annotations

from .helpers import keys


def test_a_yard_building_for_a_foreign_navy_in_the_passive_sells_to_it():
    found = keys("The corvette was built by Fincantieri for the Qatari navy.")
    assert ("ITA", "QAT", "category:ships", "done") in found
    # under way, and the yard's country stands in for an unnamed builder
    found = keys("Three patrol ships are being built in Spain for the Venezuelan navy.")
    assert ("ESP", "VEN", "category:ships", "agreed") in found


def test_a_builder_for_its_own_state_sells_nothing():
    found = keys("The submarines were built by Fincantieri for Italy.")
    assert not any(k[2] == "category:ships" for k in found)


def test_a_to_phrase_hung_on_an_equipped_participle_is_the_recipient():
    # the parser attaches "to Mali" to "armed"; the delivering verb governs it
    found = keys("Moscow delivered six Mi-35 helicopters armed with Ataka missiles to Mali.")
    assert ("RUS", "MLI", "Mi-35", "done") in found


def test_aircraft_touching_down_arrive_only_with_the_particle():
    found = keys("Croatia ordered twelve Rafales from France in 2021. The first six of the jets "
                 "touched down at Pleso on Friday, the ministry said.")
    assert ("FRA", "HRV", "Rafale", "done") in found
    found = keys("The minister touched on the Rafale purchase in his speech in Croatia.")
    assert not any(k[3] == "done" for k in found)


def test_a_state_handing_on_its_own_foreign_made_weapons_is_the_supplier():
    found = keys("Norway said its F-16s would be sold to Romania once the new jets had arrived.")
    assert ("NOR", "ROU", "F-16", "planned") in found
    # the pronoun bound to the receiver names no former owner
    found = keys("Bahrain waited for years. Oman, by contrast, got its F-16s on time.")
    assert ("USA", "OMN", "F-16", "done") in found


def test_images_that_suggest_a_past_purchase_report_it():
    found = keys("Mongolia bought Russian T-72B3 tanks in 2023, satellite images suggest.")
    assert ("RUS", "MNG", "T-72", "done") in found
    # a suggestion to buy is still a proposal
    found = keys("Moscow suggested selling T-72 tanks to Mongolia.")
    assert ("RUS", "MNG", "T-72", "proposed") in found


def test_a_gift_named_by_a_participle_of_what_a_state_accepted():
    found = keys("Tonga accepted a patrol boat donated by New Zealand.")
    assert ("NZL", "TON", "category:ships", "done") in found


def test_weapons_added_to_a_fleet_are_received():
    found = keys("Bolivia added six K-8 trainers from China to its inventory in 2011.")
    assert ("CHN", "BOL", "K-8", "done") in found
    # adding without a fleet is no purchase
    assert keys("The Bolivian army added 40 T-72 tanks to the parade last year.") == set()


def test_an_offer_for_goods_names_them_wherever_the_parser_hangs_the_phrase():
    found = keys("Brunei turned down an offer from Turkey for six T-129 helicopters.")
    assert ("TUR", "BRN", "T129", "refused") in found
    # the for-phrase hung on the verb that weighs the offer
    found = keys("Brunei is weighing an offer from Turkey for six Hurjet trainers.")
    assert ("TUR", "BRN", "Hurjet", "negotiating") in found


def test_goods_promised_to_a_state_and_handed_over_go_to_it():
    found = keys("Belgium has handed over the last of the 30 F-16s promised to Ukraine.")
    assert ("BEL", "UKR", "F-16", "done") in found


def test_each_weapon_of_a_list_takes_its_own_seller():
    found = keys("Bolivia bought four Mi-17 helicopters from Russia and six K-8 trainers from China.")
    assert {("RUS", "BOL", "Mi-8", "done"), ("CHN", "BOL", "K-8", "done")} <= found
    assert ("CHN", "BOL", "Mi-8", "done") not in found
    found = keys("Algeria ordered Tigers from France and Mi-28s from Russia in 2019.")
    assert {("FRA", "DZA", "Tiger", "agreed"), ("RUS", "DZA", "Mi-28", "agreed")} <= found
    assert ("RUS", "DZA", "Tiger", "agreed") not in found


def test_a_headline_infinitive_announces_what_is_still_ahead():
    assert ("BRA", "PRY", "Super Tucano", "planned") in keys("Paraguay to buy six Super Tucanos from Brazil")
    assert ("KOR", "PER", "K2", "planned") in keys("Peru to sign deal with South Korea for K2 tanks")


def test_a_count_joined_to_the_giving_verb_with_its_own_receiver_is_another_transfer():
    found = keys("Belgium sold 30 of its F-16s to Jordan and six more to Morocco.")
    assert {("BEL", "JOR", "F-16", "done"), ("BEL", "MAR", "F-16", "done")} <= found


def test_a_navy_visiting_a_port_and_a_crowd_of_fighters_are_no_sale():
    found = keys("Two Indian navy destroyers arrived in Port Louis in Mauritius on Monday.")
    assert not any(k[2] == "category:ships" for k in found)
    assert keys("Some 3,000 Chadian fighters were sent to Sudan by the UAE.") == set()
    # ships built for a foreign navy still arrive as goods
    found = keys("The first two Chinese-built frigates for the Cambodian navy arrived in Sihanoukville.")
    assert ("CHN", "KHM", "category:ships", "done") in found


def test_a_bid_or_plan_that_collapsed_was_made_and_then_refused():
    found = keys("Nigeria's bid to buy twelve AH-1Z helicopters collapsed in 2023.")
    assert {("USA", "NGA", "AH-1Z", "refused"), ("USA", "NGA", "AH-1Z", "proposed")} <= found
    found = keys("Peru wanted new fighters. Its plan to buy Gripens from Sweden collapsed in 2019.")
    assert {("SWE", "PER", "Gripen", "refused"), ("SWE", "PER", "Gripen", "proposed")} <= found


def test_a_request_granted_later_is_the_next_stage():
    found = keys("Morocco asked the United States for F-35 jets in 2020. The request was finally "
                 "granted in 2024.")
    assert {("USA", "MAR", "F-35", "proposed"), ("USA", "MAR", "F-35", "planned")} <= found
    found = keys("Qatar wants 24 more Rafales from France, a request Paris approved in May.")
    assert ("FRA", "QAT", "Rafale", "planned") in found
    # a request told after a colon is not the one before
    found = keys("Chile bought Leopards from Germany. One request Santiago has turned down: it will "
                 "not pass its old M113s to Ukraine.")
    assert ("DEU", "CHL", "Leopard 2", "refused") not in found


def test_opting_for_a_weapon_is_a_choice_and_opting_to_buy_a_decision():
    assert ("KOR", "PER", "K2", "proposed") in keys("Peru has opted for South Korean K2 tanks.")
    assert ("USA", "SVK", "F-16", "planned") in keys("Slovakia opted to buy F-16s from the United States.")


def test_continuing_to_supply_is_going_on_now():
    assert ("RUS", "IRN", "Su-35", "done") in keys("Russia continues to supply Iran with Su-35 jets.")
    assert ("IRN", "RUS", "category:uav", "planned") in keys("Iran will continue to supply Russia with drones.")


def test_licensed_production_as_a_noun_is_a_licence_from_the_maker():
    found = keys("Egypt began licensed production of the K9 howitzer in 2024.")
    assert ("KOR", "EGY", "K9", "done") in found
    # production without a licence word is no transfer
    assert keys("The production of the Anka drone rose in 2024.") == set()
