"""Deployment constructions of the eleventh session, from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments
from .helpers import claims_of


# the arms of a force placed abroad in the same sentence ("the US battalion in Poland is
# equipped with ..."), also through a part of the unit and with arms still to come

def test_a_located_unit_equipped_with_a_system_deploys_it():
    found = deployments("The American battalion in Romania is equipped with M1 Abrams tanks.")
    assert ("USA", "ROU", "Abrams", "done") in found


def test_a_located_base_armed_with_a_system_deploys_it():
    found = deployments("Russia's military base in Armenia is armed with S-300 launchers.")
    assert ("RUS", "ARM", "S-300", "done") in found


def test_a_located_battlegroup_that_includes_named_tanks():
    found = deployments("The Canadian battlegroup in Latvia includes Leopard 2 tanks and M777 howitzers.")
    assert ("CAN", "LVA", "Leopard 2", "done") in found
    assert ("CAN", "LVA", "M777", "done") in found


def test_a_part_of_a_unit_placed_before_names_its_arms():
    found = deployments("Britain leads the multinational battlegroup in Estonia. "
                        "The armoured component of the battlegroup includes Challenger 2 tanks.")
    assert ("GBR", "EST", "Challenger 2", "done") in found


def test_a_unit_that_will_be_equipped_has_the_arms_planned():
    found = deployments("About 800 German soldiers are stationed in Lithuania. "
                        "The soldiers will be equipped with Leopard 2A8 tanks.")
    assert ("DEU", "LTU", "Leopard 2", "planned") in found


def test_a_unit_at_home_equipped_with_a_system_deploys_nothing():
    assert not deployments("The Polish battalion in Warsaw is equipped with K2 tanks.")


# a state that sends forces of its own in the same sentence is a fellow sender, not the
# host of the other sender's forces

def test_a_fellow_sender_is_no_host():
    found = deployments("Spain sent about 400 troops, and Portugal deployed its paratroopers.")
    assert not any(actor == "PRT" and host == "ESP" for actor, host, _, _ in found)


def test_a_fellow_sender_after_a_semicolon_is_no_host():
    found = deployments("Italy's navy sent a frigate; Greece deployed its marines.")
    assert not any(actor == "GRC" and host == "ITA" for actor, host, _, _ in found)


def test_the_one_other_state_still_hosts_forces_with_no_place():
    found = deployments("Russia rejected Belarus' appeals for aircraft and decided to deploy a Russian airbase instead.")
    assert any(actor == "RUS" and host == "BLR" for actor, host, _, _ in found)


# a reported sighting of one state's forces or weapons in another is a deployment

def test_weapons_spotted_in_a_state_are_deployed_there():
    found = deployments("Russian Buk launchers were spotted in Transnistria, Moldovan officials said.")
    assert ("RUS", "MDA", "Buk", "done") in found


def test_satellite_images_that_show_jets_at_a_foreign_base():
    found = deployments("Satellite images show Russian Su-35 fighters at an air base in Iran.")
    assert ("RUS", "IRN", "Su-35", "done") in found


def test_a_party_that_observes_another_states_systems():
    found = deployments("Lithuanian intelligence observed Russian Tor air-defence systems in Belarus.")
    assert ("RUS", "BLR", "Tor", "done") in found


def test_a_reduced_relative_of_seeing():
    found = deployments("Chinese warships seen at the Ream naval base in Cambodia have alarmed Washington.")
    assert ("CHN", "KHM", "category:ships", "done") in found


def test_made_weapons_seen_abroad_are_no_deployment():
    assert not deployments("Russian-made MiG-29 jets were seen at an air base in Serbia.")


def test_a_party_that_shows_its_own_jets_deploys_nothing():
    assert not deployments("Russia showed its new Su-57 jets at an air show in India.")


def test_no_troops_seen_is_no_deployment():
    assert not deployments("No Russian troops were seen in Belarus, the Polish border guard said.")


def test_a_type_named_with_its_maker_seen_abroad_is_no_deployment():
    assert not deployments("A battery of the Chinese HQ-9 air defence system was spotted near Tashkent.")


def test_weapons_seen_in_a_states_service_are_no_deployment():
    assert not deployments("Iranian Ababil drones were photographed in Sudanese service last year.")


# a state's own aircraft that remain or stay abroad are deployed there

def test_own_jets_that_remained_at_a_foreign_airbase():
    found = deployments("Turkish F-16s that flew in for joint drills remained at Ganja airbase in Azerbaijan.")
    assert ("TUR", "AZE", "F-16", "done") in found


def test_bombers_that_will_stay_abroad():
    found = deployments("Two Russian Tu-160 bombers will stay in Venezuela for two weeks.")
    assert ("RUS", "VEN", "Tu-160", "planned") in found


def test_made_jets_that_remain_abroad_are_no_deployment():
    assert not deployments("The Russian-built MiG-29 jets remained in Serbia after the delivery.")


# forces that "are there": the place named before

def test_forces_that_are_there_are_in_the_place_named_before():
    found = deployments("Thousands of Cuban doctors work in Bolivia. Hundreds of Cuban military advisers are also there.")
    assert ("CUB", "BOL", "category:troops", "done") in found


def test_forces_that_are_not_there_make_nothing():
    assert not deployments("Thousands of Cuban doctors work in Bolivia. Cuban soldiers are not there.")


# a navy's ships sent abroad are deployed there, not handed over

def test_warships_sent_to_a_state_are_deployed():
    found = claims_of("Russia sent three warships to Algeria in May.", type=None)
    assert {(c.type, c.actor, c.host, c.system) for c in found if c.type == "deployment"} == {
        ("deployment", "RUS", "DZA", "category:ships")}
    assert not [c for c in found if c.type == "transfer"]


def test_a_navy_destroyer_dispatched_abroad_is_deployed():
    found = deployments("Britain dispatched a Royal Navy destroyer to Oman.")
    assert ("GBR", "OMN", "category:ships", "done") in found


def test_decommissioned_navy_frigates_sent_are_a_transfer():
    found = claims_of("Italy will send two decommissioned navy frigates to Indonesia.", type=None)
    assert not [c for c in found if c.type == "deployment"]
    assert [c for c in found if c.type == "transfer" and c.recipient == "IDN"]


def test_jets_dispatched_abroad_are_deployed():
    found = claims_of("Spain dispatched Eurofighter jets to Romania last week.", type=None)
    assert ("deployment", "ESP", "ROU") in {(c.type, c.actor, c.host) for c in found}
    assert not [c for c in found if c.type == "transfer"]


def test_bombers_sent_abroad_are_deployed():
    found = deployments("Russia sent two Tu-22M3 bombers to Syria in May.")
    assert ("RUS", "SYR", "Tu-22M", "done") in found


def test_craft_dispatched_under_a_sales_contract_are_no_deployment():
    assert not deployments("Turkey dispatched six drones to Niger under a sales contract.")


# forces that are part of a force placed abroad; counts that leave out the force noun

def test_forces_that_are_part_of_a_force_abroad():
    found = deployments("Some 600 Burundian troops are part of the African Union force in Somalia.")
    assert ("BDI", "SOM", "category:troops", "done") in found


def test_forces_that_are_not_part_of_a_force_abroad_make_nothing():
    assert not deployments("Burundian troops are not part of the African Union force in Somalia.")


def test_counts_that_leave_out_the_force_noun():
    found = deployments("France has about 1,500 troops in Djibouti, 900 in Senegal and 350 in Gabon.")
    assert {("FRA", h, "category:troops", "done") for h in ("DJI", "SEN", "GAB")} <= found


def test_each_count_of_the_list_is_its_own_quantity():
    found = claims_of("France has about 1,500 troops in Djibouti, 900 in Senegal and 350 in Gabon.", type="deployment")
    assert {c.host: c.quantity for c in found}.get("SEN") == "900"


# ships placed "off" a state: the nearest coastal state hosts them

def test_warships_deployed_off_the_coast_of_a_state():
    found = deployments("The French Navy has deployed its frigates off the coast of Senegal.")
    assert ("FRA", "SEN", "category:ships", "done") in found


def test_a_destroyer_stationed_off_a_state():
    found = deployments("The United States stationed a destroyer off Lebanon last week.")
    assert ("USA", "LBN", "category:ships", "done") in found


# forces withdrawn from a state (passive) were deployed there, as with the active verb

def test_forces_withdrawn_from_a_state_in_the_passive():
    found = deployments("Belgian troops have been withdrawn from Mali, the ministry said.")
    assert ("BEL", "MLI", "category:troops", "done") in found


def test_forces_pulled_out_of_a_state_in_the_passive():
    found = deployments("The last Danish soldiers were pulled out of Iraq in May.")
    assert ("DNK", "IRQ", "category:troops", "done") in found


# a state's contribution of forces to a force placed abroad

def test_a_contribution_of_troops_to_a_force_abroad():
    found = deployments("Nepal's contribution of 850 troops to the UN force in Lebanon was extended.")
    assert ("NPL", "LBN", "category:troops", "done") in found


def test_a_contribution_to_a_budget_is_no_deployment():
    assert not deployments("Britain's contribution to the NATO budget rose last year.")
