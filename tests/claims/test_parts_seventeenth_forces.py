"""Deployment and cooperation constructions added in the seventeenth session (helper hB;
sentences written for the tests)."""
from __future__ import annotations

from ._typed import cooperations, deployments


def test_help_in_setting_up_production_of_a_weapon_named_before_is_that_weapon():
    text = ("Belarus bought Mohajer-6 drones from Iran in 2021. Tehran later assisted Minsk in "
            "establishing production of such drones near Minsk.")
    assert (("BLR", "IRN"), "Mohajer-6", "done") in cooperations(text)
    text = ("Belarus bought Mohajer-6 drones from Iran in 2021. Tehran later helped Minsk to set up "
            "production of these drones near Minsk.")
    assert (("BLR", "IRN"), "Mohajer-6", "done") in cooperations(text)


def test_help_in_setting_up_production_with_nothing_named_stays_production():
    text = "Tehran has helped Minsk set up drone production near Minsk."
    assert {c[1] for c in cooperations(text)} <= {"category:production", "category:uav"}


def test_a_subject_split_from_its_verb_by_an_aside_is_still_the_subject():
    text = ("Turkey has, since March 2020, sold Qatar armoured vehicles, and has helped Qatar in "
            "establishing production of Bayraktar TB2 drones near Doha.")
    assert (("QAT", "TUR"), "Bayraktar TB2", "done") in cooperations(text)


def test_two_companies_stand_for_the_states_of_the_firms_named_before():
    text = ("The order follows a 2023 accord between Fincantieri and Saudi Arabian Military Industries. "
            "Under it the two companies are building five corvettes at a yard in Jeddah.")
    assert (("ITA", "SAU"), "category:ships", "done") in cooperations(text)


def test_two_companies_with_one_named_firm_before_stand_for_no_one():
    text = "Fincantieri posted higher profits. The two companies are building five corvettes at a yard in Jeddah."
    assert not any(len(c[0]) == 2 and "ITA" in c[0] and c[0] != ("ITA", "SAU") for c in cooperations(text))


def test_a_side_asking_to_join_the_programme_named_before_works_with_its_partners():
    text = ("Sweden and Norway are jointly developing the NSM missile. Finland has lobbied to join "
            "the programme as a full partner.")
    assert (("FIN", "NOR", "SWE"), "NSM", "proposed") in cooperations(text)
    text = "Sweden and Norway are jointly developing the NSM missile. Finland has asked to join."
    assert (("FIN", "NOR", "SWE"), "NSM", "proposed") in cooperations(text)


def test_joining_with_no_programme_claimed_before_is_no_cooperation():
    assert not cooperations("The talks went well. Finland has asked to join the programme.")
    assert not cooperations("Sweden and Norway are jointly developing the NSM missile. "
                            "Norway has asked to join the programme.") - {(("NOR", "SWE"), "NSM", "done")}


def test_joining_reaches_the_joint_programme_named_before_when_none_was_claimed():
    text = ("France, Germany and Spain are pressing ahead with the Future Combat Air System. "
            "Belgium has asked to join; Paris is said to be reluctant.")
    assert (("BEL", "DEU", "ESP", "FRA"), "FCAS", "proposed") in cooperations(text)
    text = ("France, Germany and Spain are pressing ahead with the Future Combat Air System. "
            "Spain has asked to join the programme.")
    assert not any("category" not in c[1] and c[2] == "proposed" for c in cooperations(text))


def test_making_two_sides_agree_to_move_is_agreed_on_the_weapon_the_sentence_names():
    text = ("Turkey sold Bayraktar TB2 drones to Ukraine. It first delivered the drones in 2019, and the two governments later "
            "agreed that production would move to Ukrainian soil.")
    assert (("TUR", "UKR"), "Bayraktar TB2", "agreed") in cooperations(text)


def test_making_one_side_decides_on_is_no_cooperation():
    text = "Turkey builds Bayraktar TB2 drones, and Ankara decided that production would move to Izmir."
    assert not cooperations(text)


def test_help_setting_up_the_line_goes_on_with_the_cooperation_claimed_just_before():
    text = ("Turkey and Ukraine agreed in 2021 to produce Bayraktar TB2 drones jointly near Kyiv. "
            "Turkish engineers later helped set up the plant.")
    assert (("TUR", "UKR"), "Bayraktar TB2", "done") in cooperations(text)


def test_help_setting_up_the_line_with_no_cooperation_before_claims_nothing():
    text = "The ministry reported strong sales. Turkish engineers later helped set up the plant."
    assert not cooperations(text)


def test_making_at_a_joint_venture_is_cooperation_of_its_owners():
    text = ("Slovakia ordered 152 CV90 vehicles in 2023. The first 30 were made in Sweden; the other 122 are "
            "being assembled at the joint venture, which is owned by the Swedish firm, with the Slovak "
            "state as a partner.")
    assert (("SVK", "SWE"), "CV90", "done") in cooperations(text)


def test_weapons_a_state_accepts_from_another_are_a_delivery_not_forces_hosted():
    text = "Niger's airmen accepted a new batch of combat aircraft from Turkey: Hurjet trainers and T-129 helicopters."
    assert not deployments(text)
    assert ("DEU", "LTU", "category:troops", "agreed") in deployments(
        "In 2021 Lithuania accepted 500 German troops on its soil.")


def test_forces_carrying_out_or_conducting_tasks_from_a_base_abroad_are_deployed_there():
    assert ("FRA", "NER", "category:troops", "done") in deployments(
        "Units of the French Air Force continue to carry out their missions from the Niamey airbase in Niger.")
    assert ("USA", "DJI", "category:uav", "done") in deployments(
        "American drones conduct patrols from Camp Lemonnier in Djibouti.")


def test_carrying_goods_or_conducting_tests_from_a_place_is_no_deployment():
    assert not deployments("The Navy carried the cargo from Norfolk to Rota.")
    assert not deployments("India conducted a missile test from the Chandipur range in 2021.")


def test_a_state_hosting_a_plant_for_foreign_weapons_hosts_no_forces():
    assert not deployments("Slovakia will host a plant for CV90 vehicles near Martin.")
    assert ("USA", "POL", "Patriot", "done") in deployments("Poland hosts an American Patriot battery at Rzeszow.")


def test_forces_stationed_abroad_are_in_the_state_the_next_sentence_places_the_unit_in():
    text = ("For the first time, France is stationing an armoured brigade abroad. The 7e Brigade "
            "was formally activated in Cincu in March 2024.")
    assert ("FRA", "ROU", "category:troops", "done") in deployments(text)


def test_abroad_with_a_next_sentence_about_something_else_names_no_host():
    assert not deployments("France sends troops abroad every year. Its economy grew in Spain.")


def test_the_size_a_force_placed_before_is_to_reach_is_planned():
    text = "Canada is stationing a mechanised brigade in Latvia. By 2026 it is to comprise some 2,200 soldiers."
    assert ("CAN", "LVA", "category:troops", "planned") in deployments(text)
    text = "Canada is stationing a mechanised brigade in Latvia. The brigade comprises some 2,200 soldiers."
    assert ("CAN", "LVA", "category:troops", "planned") not in deployments(text)
