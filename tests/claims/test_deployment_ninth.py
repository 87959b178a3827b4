"""Deployment constructions of the ninth session, from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments


def test_their_weapons_belong_to_each_state_of_a_joint_subject():
    found = deployments("Norway and Denmark deployed their frigates to Estonia in June.")
    assert ("NOR", "EST", "category:ships", "done") in found
    assert ("DNK", "EST", "category:ships", "done") in found


def test_a_joint_subject_is_no_host_of_their_weapons():
    text = "The United States and Britain will rotate their submarines through a base in Australia."
    found = deployments(text)
    assert ("USA", "AUS", "category:ships", "planned") in found
    assert not any(h in ("USA", "GBR") for _, h, _, _ in found)


def test_forces_a_plane_carries_are_deployed_where_it_lands():
    text = "A Turkish transport plane landed in Tripoli carrying military advisers."
    assert ("TUR", "LBY", "category:troops", "done") in deployments(text)


def test_a_plane_carrying_only_goods_deploys_no_troops():
    text = "A Turkish transport plane landed in Tripoli carrying medical supplies."
    assert not any(s == "category:troops" for _, _, s, _ in deployments(text))


def test_forces_named_through_whose_are_the_forces_of_the_owner_of_the_base():
    text = "Britain's largest force abroad is the garrison at Akrotiri, whose 2,000 soldiers are based in Cyprus."
    assert ("GBR", "CYP", "category:troops", "done") in deployments(text)
    text = "Britain keeps a garrison in Cyprus, whose 2,000 soldiers are based at Akrotiri."
    assert ("GBR", "CYP", "category:troops", "done") in deployments(text)


def test_police_sent_abroad_are_a_states_force():
    assert ("KEN", "HTI", "category:troops", "done") in deployments("Kenyan police arrived in Haiti in June.")
    assert not deployments("Police in Minsk detained dozens of protesters.")


def test_weapons_delivered_to_a_foreign_base_named_before_arm_its_forces():
    text = ("France keeps about 1,500 soldiers at its military base in Djibouti. "
            "Last year new Caesar howitzers and Rafale jets were delivered to the base.")
    found = deployments(text)
    assert ("FRA", "DJI", "Rafale", "done") in found


def test_weapons_delivered_to_a_base_no_deployment_placed_deploy_nothing():
    text = "Turkey opened a new air base last year. New F-16 jets were delivered to the base."
    assert not any(s == "F-16" for _, _, s, _ in deployments(text))


def test_craft_and_crews_flying_abroad_are_deployed_there():
    found = deployments("Greek Mirage jets and about 80 personnel flew to Egypt in May.")
    assert ("GRC", "EGY", "category:troops", "done") in found
    assert any(a == "GRC" and h == "EGY" and s not in ("category:troops",) for a, h, s, _ in found)


def test_a_navys_warships_sailing_abroad_are_deployed_there():
    assert ("CHN", "KHM", "category:ships", "done") in deployments("Two Chinese warships sailed to Cambodia in May.")


def test_a_new_hull_sailing_home_after_delivery_is_no_deployment():
    assert not deployments("The new frigate sailed to Greece after its delivery from France.")


def test_forces_that_join_others_are_deployed_where_those_are():
    text = "About 1,000 Canadian troops are stationed in Latvia. They are joined by Spanish and Czech soldiers."
    found = deployments(text)
    assert ("ESP", "LVA", "category:troops", "done") in found
    assert ("CZE", "LVA", "category:troops", "done") in found
    assert not any(h in ("ESP", "CZE", "CAN") for _, h, _, _ in found)


def test_a_base_leased_to_another_state_hosts_its_forces():
    assert ("JPN", "DJI", "category:military-facility", "done") in deployments("Djibouti leases a base to Japan.")


def test_a_range_leased_from_another_state_is_used_there():
    text = "India has long used a firing range in the Khatlon region, which it rents from Tajikistan."
    assert ("IND", "TJK", "category:testing-range", "done") in deployments(text)


def test_what_a_drill_brings_to_a_state_is_deployed_there():
    text = "The annual drill brought American B-52 bombers to Sweden."
    assert ("USA", "SWE", "B-52", "done") in deployments(text)
