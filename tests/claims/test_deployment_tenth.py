"""Deployment constructions of the tenth session, from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments


# forces counted by a head noun ("hundreds of ...") that are in a state

def test_forces_behind_a_counting_head_are_in_the_state():
    found = deployments("Hundreds of Cuban military advisers are now in Nicaragua.")
    assert ("CUB", "NIC", "category:troops", "done") in found


def test_a_counting_head_over_forces_that_remain():
    assert ("BEL", "RWA", "category:troops", "done") in deployments(
        "Most of the Belgian paratroopers are still in Rwanda.")


def test_a_counting_head_over_people_who_are_no_forces_makes_nothing():
    assert not deployments("Thousands of tourists are in Thailand this month.")


# an armed service that sends or flies its own hardware deploys it

def test_an_air_force_that_sends_jets_deploys_them():
    found = deployments("The Spanish Air Force sent its Eurofighter jets to Bulgaria.")
    assert ("ESP", "BGR", "Eurofighter", "done") in found


def test_a_navy_that_dispatches_ships_deploys_them():
    found = deployments("The Greek navy dispatched its two newest frigates to Cyprus on Monday.")
    assert ("GRC", "CYP", "category:ships", "done") in found


def test_a_state_that_sends_tanks_is_still_no_deployment():
    assert not deployments("Portugal sent three Leopard tanks to Ukraine.")


# "X is home to Y's forces"

def test_a_state_that_is_home_to_a_base_hosts_it():
    found = deployments("Kyrgyzstan is home to a Russian air base at Kant.")
    assert ("RUS", "KGZ", "category:airbase", "done") in found


def test_home_to_several_states_bases():
    found = deployments("Bahrain remains home to British and American naval bases.")
    assert ("GBR", "BHR", "category:military-facility", "done") in found
    assert ("USA", "BHR", "category:military-facility", "done") in found


def test_a_base_that_is_home_to_troops_places_them_in_its_state():
    found = deployments("The Camp Lemonnier base in Djibouti is home to thousands of American troops.")
    assert ("USA", "DJI", "category:troops", "done") in found


def test_home_to_wildlife_makes_nothing():
    assert not deployments("Sri Lanka is home to many elephants.")


# forces expelled, ordered out or withdrawn

def test_a_host_that_expels_forces_refuses_them():
    assert ("RUS", "CAF", "category:troops", "refused") in deployments(
        "The Central African government expelled Russian military instructors in March.")


def test_a_host_that_demands_a_withdrawal_refuses_the_forces():
    found = deployments("Iraq demanded the withdrawal of Turkish troops from its territory.")
    assert ("TUR", "IRQ", "category:troops", "refused") in found


def test_a_host_that_orders_forces_to_leave_refuses_them():
    found = deployments("Sudan asked the Egyptian soldiers to leave within two weeks.")
    assert ("EGY", "SDN", "category:troops", "refused") in found


def test_forces_withdrawn_from_a_state_were_deployed_there():
    assert ("NLD", "AFG", "category:troops", "done") in deployments(
        "The Netherlands withdrew its soldiers from Afghanistan in 2010.")
    assert ("ITA", "IRQ", "category:troops", "done") in deployments(
        "Italian troops pulled out of Iraq in 2006.")


def test_expelling_diplomats_or_withdrawing_a_bid_is_no_deployment():
    assert not deployments("Ghana expelled three Nigerian diplomats.")
    assert not deployments("The French firm withdrew its bid for the Indian contract.")


# "respectively" pairs two lists in order

def test_respectively_pairs_the_actors_with_the_hosts_in_order():
    found = deployments("The battle groups in Estonia and Latvia are led by Britain and Canada respectively.")
    assert ("GBR", "EST", "category:troops", "done") in found
    assert ("CAN", "LVA", "category:troops", "done") in found
    assert ("GBR", "LVA", "category:troops", "done") not in found
    assert ("CAN", "EST", "category:troops", "done") not in found


def test_without_respectively_every_actor_stays_in_every_host():
    found = deployments("Portugal and Belgium have soldiers in Romania and Bulgaria.")
    assert ("PRT", "BGR", "category:troops", "done") in found
    assert ("BEL", "ROU", "category:troops", "done") in found


# a navy's ships that arrive in a foreign port

def test_navy_ships_that_arrive_in_a_foreign_port_are_deployed():
    found = deployments("Two Iranian navy destroyers arrived in Port Sudan on Friday.")
    assert ("IRN", "SDN", "category:ships", "done") in found


def test_new_hulls_arriving_for_a_buyer_are_no_deployment():
    assert not deployments("Two new Dutch-built navy corvettes arrived in Jakarta for the Indonesian navy.")


# the state that leads an alliance's force abroad

def test_the_leader_of_an_alliance_force_has_forces_there():
    found = deployments("NATO's battlegroup in Romania, led by France, counts some 1,000 soldiers.")
    assert ("FRA", "ROU", "category:troops", "done") in found


# adjectives of forces being somewhere ("present", "active")

def test_forces_active_in_a_state_are_deployed_there():
    found = deployments("Russian military contractors have been active in Sudan since 2017.")
    assert ("RUS", "SDN", "category:troops", "done") in found


def test_forces_present_in_a_state_with_a_perfect_tense():
    assert ("FRA", "DJI", "category:troops", "done") in deployments(
        "French troops have been present in Djibouti since independence.")


def test_firms_active_abroad_are_no_deployment():
    assert not deployments("Korean shipbuilders have been active in Brazil for a decade.")


# forces moved from one place to another

def test_what_is_moved_from_a_place_is_the_movers():
    found = deployments("Washington will reposition two Patriot batteries from Kuwait to Iraq.")
    assert ("USA", "IRQ", "Patriot", "planned") in found or ("USA", "IRQ", "Patriot", "proposed") in found
    assert not any(a == "KWT" for a, _, _, _ in found)


def test_the_destination_under_a_from_phrase_is_the_host():
    assert ("LVA", "MLI", "category:troops", "done") in deployments("Latvia sent soldiers from Riga to Mali.")


def test_the_forces_of_the_state_asked_to_withdraw_them_are_refused():
    found = deployments("Kyrgyzstan asked Russia to withdraw its troops by the end of the year.")
    assert ("RUS", "KGZ", "category:troops", "refused") in found


# a permission refused

def test_a_refused_permission_to_station_forces_is_a_refusal():
    found = deployments("Austria refused to allow German troops to be stationed on its territory.")
    assert ("DEU", "AUT", "category:troops", "refused") in found
    assert ("DEU", "AUT", "category:troops", "agreed") not in found


def test_a_granted_permission_stays_agreed():
    found = deployments("Austria agreed to allow German troops to be stationed on its territory.")
    assert ("DEU", "AUT", "category:troops", "refused") not in found


# "there are" forces, forces that "come"

def test_forces_that_there_are_at_a_base_in_a_state():
    found = deployments("There are now roughly 200 Canadian soldiers at the base in Latvia.")
    assert ("CAN", "LVA", "category:troops", "done") in found


def test_no_forces_there_are_is_no_deployment():
    assert not deployments("There are no Chinese soldiers in Pakistan, the ministry said.")


def test_forces_that_come_to_a_state():
    found = deployments("Hundreds of Egyptian troops came to Kuwait in 1990.")
    assert ("EGY", "KWT", "category:troops", "done") in found


# fighters who are people

def test_a_groups_fighters_are_troops_not_jets():
    found = deployments("Wagner fighters were stationed in Sudan last year.")
    assert ("RUS", "SDN", "category:troops", "done") in found
    assert not any(s == "category:aircraft" for _, _, s, _ in found)


def test_a_group_that_has_hundreds_of_fighters_abroad():
    assert ("RUS", "LBY", "category:troops", "done") in deployments(
        "The Wagner Group has some 800 fighters in Libya.")


def test_a_states_few_fighters_stay_jets():
    found = deployments("Greece deployed six fighters to Cyprus.")
    assert ("GRC", "CYP", "category:aircraft", "done") in found


def test_warships_that_stay_in_a_foreign_port():
    found = deployments("Three Russian frigates stayed in Havana for a week.")
    assert ("RUS", "CUB", "category:ships", "done") in found


def test_ships_that_remain_in_service_abroad_are_no_deployment():
    assert not deployments("The two Spanish-built corvettes remain in service with the Venezuelan navy.")


# what a mission placed in a state is made of; the leader of a force that moves

def test_the_contributors_a_mission_in_a_state_includes():
    found = deployments("The UN mission in Lebanon includes 900 Ghanaian soldiers.")
    assert ("GHA", "LBN", "category:troops", "done") in found


def test_the_states_a_force_in_a_state_consists_of():
    found = deployments("The coalition in Syria consists of soldiers from Norway and Jordan.")
    assert ("NOR", "SYR", "category:troops", "done") in found
    assert ("JOR", "SYR", "category:troops", "done") in found


def test_a_mission_that_includes_firms_has_no_forces():
    assert not deployments("The operation in Mozambique includes several Portuguese firms.")


def test_the_leader_of_a_force_that_arrives():
    found = deployments("The regional force, led by Rwanda, arrived in Mozambique in July.")
    assert ("RWA", "MOZ", "category:troops", "done") in found


# bases named with their state's possessive

def test_weapons_in_a_states_base_are_hosted_by_that_state():
    found = deployments("Washington has stationed MQ-9 Reaper drones in Romania's Campia Turzii air base.")
    assert ("USA", "ROU", "MQ-9", "done") in found


def test_a_states_base_abroad_hosts_that_states_aircraft():
    found = deployments("Britain's base in Cyprus can host F-35B jets.")
    assert any(a == "GBR" and h == "CYP" and s == "F-35" for a, h, s, _ in found)
    assert not any(a == "USA" for a, _, _, _ in found)


# evidence that suggests; ships sent to patrol or guard a state's waters

def test_imagery_that_suggests_a_deployment_reports_a_fact():
    found = deployments("Satellite photos suggest Iran has stationed drones at an airfield in Venezuela.")
    assert any(a == "IRN" and h == "VEN" and st == "done" for a, h, _, st in found)
    assert not any(st == "proposed" for _, _, _, st in found)


def test_a_state_that_suggests_a_deployment_proposes_it():
    found = deployments("Romania suggested that NATO station more troops in Bulgaria.")
    assert not any(st == "done" for _, _, _, st in found)


def test_a_ship_sent_to_patrol_waters_off_a_state():
    found = deployments("Norway will send a frigate to patrol the waters off Guinea.")
    assert any(a == "NOR" and h == "GIN" and s == "category:ships" for a, h, s, _ in found)


def test_a_warship_sent_to_guard_a_states_waters_is_no_transfer():
    found = deployments("Portugal dispatched a warship to guard Senegalese waters.")
    assert ("PRT", "SEN", "category:ships", "done") in found


def test_weapons_sent_to_protect_the_receivers_cities_stay_a_transfer():
    assert not deployments("Germany sent IRIS-T batteries to Ukraine to protect its cities.")


def test_a_drone_base_is_a_base():
    found = deployments("France opened a drone base in Chad in 2015.")
    assert ("FRA", "TCD", "category:airbase", "done") in found
    assert not any(s == "category:uav" for _, _, s, _ in found)
