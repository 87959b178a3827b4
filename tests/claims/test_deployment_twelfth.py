"""Deployment constructions of the twelfth session, from sentences written for these tests."""
from __future__ import annotations

from ._typed import claims_of, deployments


# forces fighting, working or embedded abroad (verbs of frame "arrive": forces only)

def test_troops_that_fought_abroad_were_deployed_there():
    assert ("CUB", "AGO", "category:troops", "done") in deployments(
        "Cuban troops fought in Angola for more than a decade.")


def test_soldiers_fighting_for_another_state_on_its_soil():
    assert ("PRK", "RUS", "category:troops", "done") in deployments(
        "North Korean soldiers are fighting for Russia in the Kursk region.")


def test_special_forces_working_with_local_fighters_abroad():
    assert ("USA", "SYR", "category:troops", "done") in deployments(
        "American special forces work closely with Kurdish fighters in northeast Syria.")


def test_advisers_embedded_with_another_states_militias():
    assert ("IRN", "IRQ", "category:troops", "done") in deployments(
        "Iranian advisers are embedded with Iraqi militias in Iraq.")


def test_drones_fighting_or_engineers_working_abroad_deploy_no_forces():
    assert not deployments("Russian engineers are working on a nuclear plant in Bangladesh.")
    assert not deployments("Ukrainian soldiers fought off a Russian attack near Bakhmut.")


def test_fighting_that_is_only_ready_or_promised_places_no_forces():
    assert not deployments("Russian troops will fight in Ukraine, the Kremlin said.")


# a state's own combat craft coming down abroad (claims.deploycraft): landing anywhere,
# arriving at or operating from a base; deliveries stay transfers

def test_bombers_that_landed_abroad_are_deployed_there():
    assert ("RUS", "VEN", "Tu-160", "done") in deployments("Two Russian Tu-160 bombers landed in Venezuela on Monday.")


def test_bombers_that_touched_down_at_a_foreign_base():
    assert ("USA", "GBR", "B-52", "done") in deployments(
        "American B-52 bombers touched down at RAF Fairford in Britain this week.")


def test_jets_that_arrived_at_a_foreign_air_base_are_deployed_not_delivered():
    text = "Four US F-22 Raptors arrived at Lask air base in Poland on Tuesday."
    assert ("USA", "POL", "F-22", "done") in deployments(text)
    assert not claims_of(text, kind="transfer")


def test_jets_arriving_at_their_new_owners_base_stay_a_delivery():
    text = "Poland's first F-35 jets arrived at Lask air base in March."
    assert not deployments(text)
    assert ("USA", "POL") in {(c.supplier, c.recipient) for c in claims_of(text, kind="transfer")}


def test_made_in_jets_that_landed_stay_a_delivery():
    assert not deployments("The first Chinese-made J-10C fighters landed in Pakistan in March.")


def test_a_transport_plane_that_landed_is_no_deployment_of_its_own():
    found = deployments("A Turkish cargo plane landed in Tripoli on Sunday.")
    assert not any(s == "category:aircraft" for _, _, s, _ in found)


# a mission named as the place forces serve in is placed in its own place phrase

def test_soldiers_serving_in_an_alliance_mission_are_hosted_by_its_state():
    found = deployments("Around 150 Danish soldiers serve in the NATO mission in Iraq.")
    assert ("DNK", "IRQ", "category:troops", "done") in found
    assert not any(host == "NATO" for _, host, _, _ in found)


def test_a_carrier_strike_group_sent_abroad_is_ships():
    assert ("GBR", "CYP", "category:ships", "done") in deployments(
        "Britain deployed its carrier strike group to Cyprus in October.")


# forces coming home from a state, or finishing their withdrawal from it, were there (done)

def test_a_contingent_that_returned_home_was_deployed_there():
    assert ("SWE", "MLI", "category:troops", "done") in deployments(
        "The Swedish contingent returned home from Mali in May.")


def test_soldiers_a_state_brought_home():
    assert ("DEU", "AFG", "category:troops", "done") in deployments(
        "Germany brought its last soldiers home from Afghanistan in June 2021.")


def test_peacekeepers_that_completed_their_withdrawal():
    assert ("RUS", "AZE", "category:troops", "done") in deployments(
        "Russian peacekeepers completed their withdrawal from Nagorno-Karabakh in June.")


def test_officials_coming_home_deploy_nothing():
    assert not deployments("The Russian ambassador returned from Moscow on Friday. "
                           "The minister came back from Washington with a promise of more aid.")


# forces reported to be in a state ("are thought / believed / said to be in")

def test_soldiers_thought_to_be_in_a_state():
    assert ("TUR", "SYR", "category:troops", "done") in deployments(
        "Some 5,000 Turkish soldiers are thought to be in northern Syria.")


def test_mercenaries_believed_to_be_in_a_state():
    assert ("RUS", "LBY", "category:troops", "done") in deployments(
        "About 1,000 Russian mercenaries are believed to be in Libya, UN experts said.")


def test_forces_not_believed_to_be_there_deploy_nothing():
    assert not deployments("Chinese troops are not believed to be in Myanmar.")


# a verb that orders or approves a deployment noun orders no purchase (claims.senses)

def test_ordering_the_deployment_of_a_carrier_is_no_purchase():
    assert not claims_of("Washington ordered the deployment of an additional aircraft carrier "
                         "to the Mediterranean.", kind="transfer")


def test_approving_the_deployment_of_jets_abroad_is_a_deployment_not_a_sale():
    text = "The Danish parliament approved the deployment of F-16 jets to Poland."
    assert ("DNK", "POL", "F-16", "planned") in deployments(text)
    assert not claims_of(text, kind="transfer")


def test_approving_a_sale_stays_a_transfer():
    found = claims_of("The US approved the sale of Patriot batteries to Poland.", kind="transfer")
    assert ("USA", "POL", "planned") in {(c.supplier, c.recipient, c.status) for c in found}


# forces guarding a site abroad (an airport, a palace, a base) are deployed in its state

def test_troops_guarding_a_palace_abroad():
    assert ("RUS", "CAF", "category:troops", "done") in deployments(
        "Russian troops guard the presidential palace in Bangui.")


def test_an_armys_batteries_guarding_an_airport_abroad():
    assert ("USA", "POL", "Patriot", "done") in deployments(
        "US Army Patriot batteries now guard Rzeszow airport in Poland.")


def test_weapons_no_service_owns_guarding_cities_are_no_deployment():
    assert not deployments("German Patriot systems protect Ukrainian cities.")
    assert not deployments("Polish soldiers guard the border with Belarus.")


# a guarded domain placed by its own place phrase ("the skies over Romania", "off Somalia")

def test_jets_policing_the_skies_over_a_state():
    assert ("ITA", "ROU", "Eurofighter", "done") in deployments(
        "Italian Eurofighters are policing the skies over Romania.")


def test_warships_patrolling_the_waters_off_a_state():
    assert ("ESP", "SOM", "category:ships", "done") in deployments(
        "Spanish warships patrol the waters off Somalia.")


def test_a_states_own_jets_over_its_own_skies_deploy_nothing():
    assert not deployments("Romanian jets police the skies over Romania.")


# states a place phrase picks out of a wider one ("including in Qatar and Bahrain")

def test_forces_based_across_a_region_including_named_states():
    found = deployments("Roughly 40,000 US service members are based across the Middle East, "
                        "including in Qatar and Bahrain.")
    assert ("USA", "QAT", "category:troops", "done") in found
    assert ("USA", "BHR", "category:troops", "done") in found


def test_troops_sent_to_several_countries_including_named_ones():
    found = deployments("The US has deployed troops to several countries, including Poland and Romania.")
    assert ("USA", "POL", "category:troops", "done") in found
    assert ("USA", "ROU", "category:troops", "done") in found
