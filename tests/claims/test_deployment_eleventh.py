"""Deployment constructions of the eleventh session, from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments


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
