"""Cooperation constructions of the ninth session (claims/coopforms.py and the frames that
use it), from sentences written for these tests."""
from __future__ import annotations

from ._typed import cooperations, deployments


def test_a_joint_venture_with_a_foreign_firm_to_build_is_agreed_cooperation():
    text = "Egypt has a joint venture with France's Naval Group to build frigates."
    assert (("EGY", "FRA"), "category:ships", "agreed") in cooperations(text)


def test_an_agreement_held_to_produce_locally_is_agreed_not_done():
    text = "Algeria has an agreement with Turkey's Baykar to produce the TB2 drone locally."
    found = cooperations(text)
    assert (("DZA", "TUR"), "Bayraktar TB2", "agreed") in found
    assert not any(status == "done" for _, _, status in found)


def test_ventures_and_agreements_in_one_list_each_give_their_partner():
    text = ("Algeria has a joint venture with Italy's Leonardo to build helicopters, and an agreement "
            "with Turkey's Baykar to produce the TB2 drone locally.")
    found = cooperations(text)
    assert (("DZA", "ITA"), "category:helicopters", "agreed") in found
    assert (("DZA", "TUR"), "Bayraktar TB2", "agreed") in found


def test_a_venture_only_wanted_is_not_agreed():
    text = "Vietnam wants a joint venture with India to build patrol boats."
    assert not any(status == "agreed" for _, _, status in cooperations(text))


def test_a_contract_with_a_foreign_yard_to_build_is_no_cooperation():
    text = "Indonesia signed a contract with Germany's TKMS to build two submarines."
    assert not cooperations(text)


def test_crews_training_abroad_on_a_system_are_trained_by_the_state_they_train_in():
    text = "Egyptian crews are training in France on the Rafale."
    assert (("EGY", "FRA"), "Rafale", "done") in cooperations(text)


def test_pilots_trained_abroad_with_no_trainer_named_to_fly_a_type():
    text = "Ukrainian pilots have been trained in Denmark to fly F-16s."
    assert (("DNK", "UKR"), "F-16", "done") in cooperations(text)


def test_training_received_abroad_on_the_operation_of_a_system():
    text = "Indian officers received training in Russia on the operation of the S-400 system."
    assert (("IND", "RUS"), "S-400", "done") in cooperations(text)


def test_troops_training_abroad_with_no_craft_named_are_no_cooperation():
    assert not cooperations("Polish soldiers are training in Germany.")
    assert not cooperations("Qatari pilots completed their training in Turkey.")


def test_training_alongside_the_hosts_forces_is_a_drill_not_cooperation():
    assert not cooperations("Ukrainian pilots trained in Britain on Hawk jets alongside British pilots.")


def test_firms_of_two_states_setting_up_a_joint_venture_in_one_folded_subject():
    for verb in ("set up", "formed"):
        text = f"Romania's Romarm and Germany's Rheinmetall {verb} a joint venture to produce Lynx vehicles."
        assert (("DEU", "ROU"), "Lynx", "done") in cooperations(text), verb


def test_a_joint_venture_still_to_be_formed_is_planned():
    text = "Romania's Romarm and Germany's Rheinmetall will form a joint venture to produce Lynx vehicles."
    assert (("DEU", "ROU"), "Lynx", "planned") in cooperations(text)


def test_a_base_built_for_another_state_is_cooperation_on_a_facility():
    text = "Russia is building a nuclear submarine base for Vietnam."
    assert (("RUS", "VNM"), "category:military-facility", "done") in cooperations(text)


def test_firms_building_a_base_abroad_work_with_the_state_it_is_in():
    text = "Turkish firms were involved in building the naval base at Berbera in Somalia."
    assert (("SOM", "TUR"), "category:military-facility", "done") in cooperations(text)
    text = "A Chinese firm built the new air base near Phnom Penh."
    assert (("CHN", "KHM"), "category:airbase", "done") in cooperations(text)
    assert not deployments(text)


def test_a_state_building_its_own_base_abroad_is_no_cooperation():
    text = "Turkey built a military base in Somalia."
    assert not cooperations(text)
    assert ("TUR", "SOM", "category:military-facility", "done") in deployments(text)


def test_help_that_continues_is_going_on_now():
    assert (("CHN", "PAK"), "category:ships", "done") in cooperations("China continues to help Pakistan build submarines.")
    assert (("CHN", "PAK"), "category:ships", "planned") in cooperations(
        "China will continue to help Pakistan build submarines.")


def test_a_partnership_between_firms_of_two_states_makes_what_it_produces():
    text = "The partnership between Germany's Rheinmetall and Hungary's Zrinyi will produce Lynx vehicles."
    assert (("DEU", "HUN"), "Lynx", "planned") in cooperations(text)
