"""Deployment constructions added in the twentieth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments
from .helpers import keys


def test_weapons_contributed_to_a_mission_abroad_are_deployed_not_handed_over():
    assert ("BEL", "LTU", "F-16", "planned") in deployments(
        "Belgium will contribute four F-16 jets to NATO's air policing mission in Lithuania.")
    assert not keys("Belgium will contribute four F-16 jets to NATO's air policing mission in Lithuania.")
    assert ("NLD", "ROU", "Patriot", "planned") in deployments(
        "The Dutch will contribute a Patriot battery to the alliance mission in Romania.")


def test_forces_serving_under_a_mission_are_where_the_mission_is():
    assert ("GHA", "LBN", "category:troops", "done") in deployments(
        "Ghanaian soldiers serving under the United Nations mission in Lebanon were praised by the minister.")


def test_a_state_that_has_a_garrison_of_people_abroad_deploys_them():
    assert ("FRA", "SEN", "category:troops", "done") in deployments(
        "France had a garrison of some 350 personnel in Senegal until 2022.")


def test_forces_counted_in_thousands_that_a_state_has_abroad():
    assert ("USA", "IRQ", "category:troops", "done") in deployments(
        "In 2007 the United States had hundreds of thousands of troops in Iraq.")


def test_a_unit_operating_in_waters_off_a_state_is_there():
    assert ("CHN", "SOM", "category:troops", "done") in deployments(
        "A Chinese naval escort unit has been operating in the waters off Somalia since 2008.")


def test_forces_at_the_base_named_before_are_its_owners():
    text = ("India built its first naval base abroad in Oman in 2019. About 300 sailors are "
            "stationed at the base.")
    assert ("IND", "OMN", "category:troops", "done") in deployments(text)
    text = "Turkey opened a military base in Qatar in 2016. The facility houses several hundred soldiers."
    assert ("TUR", "QAT", "category:troops", "done") in deployments(text)


def test_a_unit_of_craft_is_the_craft():
    found = deployments("China sent a flotilla of warships to Karachi last week.")
    assert ("CHN", "PAK", "category:ships", "done") in found
    assert not any(system == "category:troops" for _, _, system, _ in found)


def test_a_destination_after_a_set_off_participle():
    assert ("IND", "VNM", "category:ships", "done") in deployments(
        "India sent a group of warships, headed by the frigate Satpura, to Da Nang.")


def test_a_state_offering_to_host_a_foreign_drone_base():
    assert ("USA", "UZB", "category:airbase", "proposed") in deployments(
        "Uzbekistan has offered to host an American drone base near Termez.")


def test_forces_taking_part_in_a_mission_abroad_are_there():
    assert ("IND", "COD", "category:troops", "done") in deployments(
        "Some 1,800 Indian soldiers took part in the UN stabilisation mission in Congo last year.")
    assert ("KOR", "SSD", "category:troops", "done") in deployments(
        "South Korean military engineers participated in the UN mission in South Sudan.")
    assert not deployments("Indian officials took part in the talks in Geneva.")


def test_forces_that_are_part_of_a_mission_abroad():
    assert ("FJI", "LBN", "category:troops", "done") in deployments(
        "About 150 Fijian soldiers are part of the UN mission in Lebanon.")



def test_weapons_a_state_stores_abroad_are_deployed_there():
    found = deployments("For decades the United States has stored B61 nuclear bombs at air bases in Italy and Belgium.")
    assert ("USA", "ITA", "B61", "done") in found and ("USA", "BEL", "B61", "done") in found
    assert not deployments("The Polish army stores its ammunition in underground depots.")


def test_weapons_a_base_abroad_receives_arm_it():
    assert ("RUS", "ARM", "MiG-29", "done") in deployments(
        "Russia's 102nd base in Armenia received new MiG-29 fighters last year.")
    assert not deployments("The Armenian air base received new fighters last year.")


def test_what_guests_bring_to_a_drill_a_few_sentences_on():
    text = ("Soldiers from nine nations are taking part in Swift Arrow, the exercise in central Latvia. "
            "Our correspondent joined them for a week. Snow fell every day. Tents froze overnight. "
            "Canada sent some 600 soldiers. Denmark deployed a company of infantry.")
    found = deployments(text)
    assert ("CAN", "LVA", "category:troops", "done") in found
    assert ("DNK", "LVA", "category:troops", "done") in found


def test_a_weapon_an_armed_service_owns_abroad_is_deployed():
    assert ("USA", "LTU", "HIMARS", "done") in deployments(
        "The US Army's HIMARS launchers in Lithuania took part in a live-fire drill.")
    assert not deployments("German Leopard tanks in Ukraine have been hit by drones.")


def test_craft_flying_from_another_state_are_there():
    assert ("GBR", "CYP", "Tornado", "done") in deployments(
        "British Tornado jets flying from Cyprus struck targets in Iraq.")
    assert not deployments("US B-52 bombers flew from Britain to the Middle East.")


def test_weapons_on_combat_duty_abroad_are_deployed():
    assert ("RUS", "KGZ", "S-300", "done") in deployments(
        "Russian S-300 air-defence systems have assumed combat duty at the Kant air base in Kyrgyzstan.")
    assert ("RUS", "ARM", "S-400", "done") in deployments(
        "A Russian air-defence unit armed with S-400 launchers took up combat duty in Armenia last year.")
    assert not deployments("S-400 systems have assumed combat duty in Belarus.")


def test_a_base_used_by_a_foreign_force_hosts_it():
    assert ("USA", "TUR", "category:airbase", "done") in deployments(
        "The Incirlik air base in southern Turkey is used by the US Air Force.")
    assert ("RUS", "SYR", "category:military-facility", "done") in deployments(
        "The naval base at Tartus in Syria is used by the Russian navy.")


def test_forces_named_through_who_are_the_noun_the_clause_hangs_on():
    assert ("FRA", "CIV", "category:troops", "done") in deployments(
        "French soldiers, who have been stationed in Ivory Coast since 1961, will leave next year.")


def test_forces_whose_withdrawal_from_a_state_is_told_were_there():
    assert ("ITA", "IRQ", "category:troops", "done") in deployments(
        "Italy has completed the withdrawal of its soldiers from Iraq.")
    assert ("BDI", "SOM", "category:troops", "done") in deployments(
        "The drawdown of Burundian troops from Somalia began in June.")
    assert ("FRA", "MLI", "category:troops", "refused") in deployments(
        "Mali demanded the withdrawal of French troops from its territory.")


def test_regions_and_bases_where_foreign_forces_are_placed():
    assert ("USA", "AFG", "category:troops", "done") in deployments("About 2,000 US soldiers were stationed at Bagram.")
    assert ("GBR", "BHR", "category:aircraft", "done") in deployments(
        "British aircraft are based at Shaikh Isa Air Base.")
    assert ("TUR", "SOM", "category:troops", "done") in deployments("Turkish troops were deployed to Puntland.")


def test_weapons_on_duty_there_belong_to_the_base_named_before():
    text = ("Russia keeps its 102nd military base in Armenia. New drones were delivered to the base last "
            "year, and an air-defence unit armed with S-300 launchers went on combat duty there in 2021.")
    assert ("RUS", "ARM", "S-300", "done") in deployments(text)


def test_weapons_operated_by_a_states_crews_abroad_are_its_own():
    assert ("NLD", "SVK", "Patriot", "done") in deployments(
        "US-made Patriot launchers operated by Dutch crews have been deployed to Slovakia.")
