"""Cooperation constructions added in the twelfth session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import claims_of


def coops(text: str) -> set[tuple]:
    return {(tuple(c.partners), c.system, c.status) for c in claims_of(text, type="cooperation")}


def test_help_asked_for_a_task_names_the_helper_asked():
    assert coops("Hanoi has asked Tel Aviv for help in upgrading its Soviet-era S-125 air defences.") == \
        {(("ISR", "VNM"), "S-125", "proposed")}
    assert (("IND", "LKA"), "category:ships", "proposed") in \
        coops("Sri Lanka asked India for assistance with refitting its navy's patrol ships.")


def test_servicing_another_state_s_weapons_is_help_to_it():
    assert (("DZA", "RUS"), "Su-30", "planned") in \
        coops("Russian engineers will service the Su-30 jets of the Algerian air force.")
    assert (("COL", "ISR"), "Kfir", "planned") in \
        coops("The Israeli firm will refurbish twelve Colombian Kfir fighters.")


def test_maintaining_a_base_troops_or_one_s_own_fleet_is_no_cooperation():
    assert not coops("Moscow maintains a naval base in Tartus, Syria.")
    assert not coops("Washington maintains about 100,000 troops in Europe.")
    assert not coops("Pakistan maintains its own fleet of JF-17 fighters at Kamra.")


def test_agreeing_on_cooperation_in_a_task_reads_the_task_on_the_verb():
    assert (("ARM", "RUS"), "Su-30", "agreed") in \
        coops("Armenia and Russia agreed on military-technical cooperation in the repair of Su-30 fighters.")
    assert (("BLR", "SRB"), "MiG-29", "agreed") in \
        coops("Belgrade and Minsk agreed on closer cooperation, including the overhaul of MiG-29 jets.")


def test_taking_part_in_or_being_involved_in_the_work_on_another_s_system():
    assert (("BLR", "RUS"), "Iskander", "done") in \
        coops("Belarus was involved in the design of the Russian Iskander missile system, the minister said.")
    assert (("TUR", "USA"), "F-35", "done") in \
        coops("Turkish firms took part in the production of the American F-35 stealth fighter.")


def test_involvement_in_one_s_own_system_or_with_no_state_is_no_cooperation():
    assert not coops("Russia was involved in the development of its Sarmat missile for a decade.")
    assert not coops("Thousands of workers were involved in the production of the tanks.")


def test_a_helped_task_joined_by_and_is_helped_too():
    assert (("KAZ", "TUR"), "Mi-8", "planned") in \
        coops("Turkey will help Kazakhstan build a new airfield and overhaul its Mi-8 helicopters.")


def test_talks_with_a_side_over_joint_production_make_it_the_partner():
    assert (("DZA", "RUS"), "Kornet", "negotiating") in \
        coops("Algiers is negotiating with Moscow over the joint production of Kornet anti-tank missiles.")
    assert (("EGY", "KOR"), "K9", "negotiating") in \
        coops("Cairo has been talking with Seoul about the joint manufacture of K9 howitzers.")


def test_a_deal_on_making_in_one_side_s_state_is_cooperation_of_its_sides():
    assert (("DEU", "LTU"), "category:ammunition", "agreed") in \
        coops("Vilnius and Berlin signed a memorandum on the production of 155mm shells in Lithuania.")
    assert (("POL", "USA"), "Patriot", "agreed") in \
        coops("Warsaw and Washington signed an agreement on the production of Patriot missiles in Poland.")


def test_a_contract_for_production_abroad_is_an_order_not_joint_work():
    assert not coops("Romania signed a contract with Rheinmetall for the production of gunpowder in Germany.")


def test_talks_named_by_their_plural_hold_the_deal_side():
    assert (("KOR", "ROU"), "K9", "negotiating") in \
        coops("Hanwha Aerospace is in talks with Bucharest to build K9 howitzers locally.")


def test_sides_hung_on_what_a_joint_noun_makes():
    found = coops("The plan foresees joint development of unmanned systems between Kyiv and Vilnius.")
    assert (("LTU", "UKR"), "category:uav") in {(p, s) for p, s, _ in found}


def test_help_received_from_a_side():
    assert (("CHN", "IRN"), "Fateh-110", "done") in \
        coops("Tehran got assistance from Beijing on its Fateh missiles, the report said.")
    assert (("GBR", "UKR"), "category:uav", "done") in \
        coops("Kyiv received British help in developing its naval drones.")


def test_help_received_with_nothing_made_is_no_cooperation():
    assert not coops("Poland received support from its allies after the attack.")
    assert not coops("Kyiv has received military aid worth $60 billion from Washington.")


def test_help_in_keeping_up_another_state_s_weapons():
    assert (("KOR", "PHL"), "category:ships", "done") in \
        coops("South Korean engineers are assisting the Philippine navy in servicing its new frigates.")


def test_the_task_of_a_help_verb_takes_the_help_s_status_only():
    assert coops("Czech technicians have been helping to overhaul Slovak T-72 tanks at the Sumperk plant.") == \
        {(("CZE", "SVK"), "T-72", "done")}


def test_making_that_a_deal_provides_for_is_agreed():
    assert (("TUR", "UKR"), "Bayraktar TB2", "agreed") in \
        coops("The accord provides for the joint production of Bayraktar TB2 drones by Turkey and Ukraine.")
    assert (("FRA", "IND"), "category:components", "agreed") in \
        coops("The agreement between Paris and New Delhi covers the joint development of a jet engine.")


def test_a_partner_in_the_work_on_another_state_s_system():
    assert (("IDN", "KOR"), "KF-21", "done") in \
        coops("Jakarta is a partner in the development of the South Korean KF-21 fighter.")
    assert (("POL", "USA"), "Patriot", "done") in \
        coops("Poland became a partner in the production of the American Patriot air defence system.")


def test_a_partner_in_the_work_on_its_own_system_is_no_cooperation():
    assert not coops("Seoul is the main partner in the development of the South Korean KF-21 fighter.")


def test_help_to_make_the_noun_a_relative_clause_hangs_on():
    assert (("IRN", "RUS"), "category:uav", "done") in \
        coops("The drones, which Tehran helped Moscow to produce, struck Ukrainian cities last winter.")


def test_know_how_shared_with_a_side_named_on_what_it_is_for():
    assert (("RUS", "TUR"), "S-400", "refused") in \
        coops("Moscow has refused to share the technology for its S-400 air defence system with Ankara.")


def test_the_task_of_a_partnering_verb_is_one_claim():
    assert coops("Thales is partnering with Bharat Electronics to manufacture Starstreak missiles in Hyderabad.") == \
        {(("FRA", "IND"), "Starstreak", "done")}
