"""Constructions added in the nineteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments, exercises
from .helpers import keys


def test_the_design_a_weapon_derives_from_is_not_the_goods():
    found = keys("Bangladesh ordered six Shadhinota-class corvettes from China, a lighter derivative of the Type 056.")
    assert not any(system == "Type 056" for *_, system, _status in found)
    found = keys("Nigeria bought twelve JF-17 Block III jets from Pakistan, an export version of the FC-1.")
    assert ("PAK", "NGA", "JF-17", "done") in found
    assert len(found) == 1


def test_a_version_bought_outright_is_still_the_goods():
    # the lineage noun is the object itself, not an apposition on other goods
    assert ("CHN", "EGY", "Yuan", "done") in keys("Egypt bought an export version of the Yuan class from China.")


def test_a_buyer_eyeing_or_evaluating_a_weapon_only_wants_it():
    # a buyer's interest, with no seller committed and no talks named, is proposed
    assert ("FRA", "IDN", "Rafale", "proposed") in keys("Indonesia is eyeing a further batch of Rafale fighters.")
    assert ("DEU", "COL", "Leopard 2", "proposed") in keys(
        "Colombia's army is evaluating the acquisition of German Leopard 2 tanks.")


def test_a_purchase_under_a_signed_contract_is_bought_from_the_contract_partner():
    # (the parser hangs "for the purchase" on the verb, away from the contract's "with")
    assert keys("Argentina signed a contract with Denmark for the purchase of 24 F-16 fighters.") == {
        ("DNK", "ARG", "F-16", "agreed")}
    assert ("KOR", "PER", "category:tanks", "agreed") in keys(
        "Peru signed a contract with South Korea for the acquisition of 54 tanks.")
    assert ("FRA", "UZB", "category:helicopters", "agreed") in keys(
        "Uzbekistan has signed an agreement with Airbus Helicopters for the procurement of 12 light helicopters.")


def test_taking_over_a_weapon_from_its_maker_is_receiving_it():
    # (the parser hangs "from" on the object, not on "taken over")
    assert ("DEU", "EGY", "A200", "done") in keys(
        "The Egyptian Navy has taken over its third MEKO A-200 frigate from the German yard TKMS.")
    assert not keys("Ukrainian forces took over the airfield from Russian troops.")


def test_a_fleet_handed_over_is_the_goods_of_the_handover():
    assert keys("Slovakia donated its MiG-29 fleet to Ukraine in 2023.") == {("SVK", "UKR", "MiG-29", "done")}
    assert ("JOR", "CHL", "F-16", "done") in keys("Jordan sold its fleet of F-16 fighters to Chile.")


def test_not_yet_received_is_still_to_come():
    # (the parser hangs "not" on "yet", not on the verb)
    found = keys("Kyrgyzstan has paid for but not yet received four Russian Mi-8 helicopters.")
    assert ("RUS", "KGZ", "Mi-8", "done") not in found
    assert ("RUS", "KGZ", "Mi-8", "agreed") in found


def test_a_drill_titled_exercise_and_concluded_was_held():
    # ("exercise Garuda" read as a verb with the name as its object; "concluded" is not a deal)
    found = deployments("The Indian and French air forces concluded exercise Garuda at Jodhpur.")
    assert found == {("FRA", "IND", "category:troops", "done")}


def test_more_exercise_series_stand_for_drills_on_their_own():
    # a series name with a year and a drill verb, no "exercise" word
    assert (("MYS", "USA"), "MYS") in exercises("Malaysia and the United States opened Keris Strike 2024 in Pahang.")
    assert ("USA", "MYS", "category:troops", "done") in deployments(
        "Malaysia and the United States opened Keris Strike 2024 in Pahang.")


def test_an_infinitive_under_a_relative_clause_on_the_goods_is_their_stage():
    # "that X agreed to buy": the purchase is agreed, not the "done" of the package noun
    assert keys("The package covers 26 Rafale Marine jets that India agreed to buy from France.") == {
        ("FRA", "IND", "Rafale", "agreed")}
    assert ("RUS", "IRN", "Su-35", "proposed") in keys("Officials showed the Su-35 jets that Iran hopes to receive from Russia.")


def test_walking_away_from_or_pulling_out_of_a_deal_refuses_it():
    assert ("FRA", "PER", "Rafale", "refused") in keys("Peru walked away from a deal to buy Rafale jets from France.")
    assert ("KOR", "NOR", "K2", "refused") in keys("Norway pulled out of a deal to buy K2 tanks from South Korea.")
    assert ("KOR", "NOR", "K2", "done") not in keys("Norway pulled out of a deal to buy K2 tanks from South Korea.")


def test_close_to_signing_a_deal_is_still_talks():
    assert keys("Egypt is close to signing a deal with China for 30 J-10C fighters.") == {
        ("CHN", "EGY", "J-10", "negotiating")}


def test_goods_hung_on_the_copula_of_being_in_talks_are_their_subject():
    # (the parser hangs "over ..." on "is", away from the talks noun)
    assert ("FRA", "GRC", "category:ships", "negotiating") in keys(
        "Greece is in the final stages of negotiations with France over three more frigates.")
    assert not keys("Turkey is in a dispute with the United States over the S-400.") & {
        ("USA", "TUR", "S-400", "negotiating")}


def test_goods_after_the_receiver_are_the_object_of_the_verb_of_trade():
    # the word order of translated agency copy: "handed over to Minsk four helicopters"
    assert ("RUS", "BLR", "Mi-35", "done") in keys(
        "Moscow handed over to Minsk four Mi-35M attack helicopters within the framework of the state defence order.")
    assert ("CHN", "SRB", "CH-92A", "planned") in keys(
        "According to the agreement, the Chinese side will deliver to Serbia six CH-92A combat drones.")
    # (a state adjective on the place is no receiver: nothing is read as goods there)
    assert not keys("Turkish crews are flying from Malian airfields.")


def test_a_purchase_whose_last_items_have_arrived_is_one_finished_purchase():
    # "the last of which arrived": all have come (no order stage apart); "the first of which": the rest to come
    assert keys("Peru bought eight MiG-29 jets from Belarus, the last of which arrived in 1997.") == {
        ("BLR", "PER", "MiG-29", "done")}
    assert ("BLR", "PER", "MiG-29", "agreed") in keys(
        "Peru bought eight MiG-29 jets from Belarus, the first of which arrived in 1996.")


def test_an_axed_purchase_is_refused():
    found = keys("Switzerland axed the purchase of Gripen jets from Sweden in 2014.")
    assert ("SWE", "CHE", "Gripen", "refused") in found
    assert ("SWE", "CHE", "Gripen", "done") not in found
