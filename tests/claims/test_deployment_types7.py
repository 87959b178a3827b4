"""Deployments placed by a "where" clause and other constructions of the seventh session
(claims/deployment.py, bases.py), from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments


def test_a_garrison_kept_where_a_state_is_named():
    text = "Ministers cited the example of Qatar, where Turkey has kept a garrison since 2017."
    assert ("TUR", "QAT", "category:troops", "done") in deployments(text)


def test_forces_serving_where_the_place_is_named():
    text = "Officials visited Estonia, where British troops serve in a NATO battlegroup."
    assert ("GBR", "EST", "category:troops", "done") in deployments(text)


def test_what_forces_did_in_a_place_is_no_deployment_there():
    text = "The ministers recalled Crimea, where such Russian forces in 2014 overwhelmed the Ukrainian army."
    assert not any(a == "RUS" for a, _, _, _ in deployments(text))


def test_forces_leaving_a_base_deploy_no_base():
    text = "The last Italian soldiers left Libya's Misrata air base on Friday."
    assert not any(s == "category:airbase" for _, _, s, _ in deployments(text))


def test_weapons_forces_arrive_with_are_deployed_where_they_arrive():
    text = "Some 200 Turkish advisers arrived in Tripoli in May with a radar system."
    found = deployments(text)
    assert ("TUR", "LBY", "category:troops", "done") in found
    assert any(a == "TUR" and h == "LBY" and s not in ("category:troops",) for a, h, s, _ in found)


def test_troops_crossing_into_a_state_are_deployed_there():
    text = "Rwandan troops crossed into Mozambique in July to fight insurgents in Cabo Delgado."
    assert ("RWA", "MOZ", "category:troops", "done") in deployments(text)


def test_small_teams_kept_abroad_are_troops():
    text = "Berlin says it will keep only small teams in Mali and Niger."
    assert {("DEU", "MLI", "category:troops", "planned"), ("DEU", "NER", "category:troops", "planned")} <= \
        deployments(text)


def test_a_deployment_that_did_not_happen_is_no_refusal():
    assert deployments("Belarusian officers were not deployed to Kazakhstan.") == set()
    assert deployments("Turkey did not send troops to Azerbaijan.") == set()


def test_a_refusal_still_counts():
    assert ("RUS", "KAZ", "category:troops", "refused") in deployments("Kazakhstan will not host Russian troops.")


def test_a_naval_logistics_point_near_a_port_is_a_facility_in_its_state():
    text = "Last year Beijing signed an agreement with Islamabad for a Chinese naval logistics point near Gwadar."
    found = deployments(text)
    assert any(a == "CHN" and h == "PAK" and s == "category:military-facility" for a, h, s, _ in found)


def test_forces_near_a_state_are_not_in_it():
    assert deployments("Russian troops near Ukraine were put on alert.") == set()


def test_officers_advising_where_a_state_is_named():
    text = "Ankara also has a presence in Somalia, where Turkish officers advise the national army."
    assert ("TUR", "SOM", "category:troops", "done") in deployments(text)


def test_there_hung_on_the_object_still_points_back():
    text = ("Washington leases a base at Lemonnier in Djibouti. "
            "Since then the Pentagon has, according to officials, stationed Reaper drones there on rotation.")
    assert any(a == "USA" and h == "DJI" and s == "MQ-9" for a, h, s, _ in deployments(text))


def test_a_force_that_had_soldiers_from_states_in_a_place():
    text = ("A regional force of the African Union, which had soldiers from Kenya, Ethiopia and Uganda "
            "in Somalia, ended its mission in 2024.")
    assert {("KEN", "SOM"), ("ETH", "SOM"), ("UGA", "SOM")} <= {(a, h) for a, h, _, _ in deployments(text)}


def test_forces_on_the_ground_in_a_state_are_deployed_there():
    from ._typed import deployments
    found = deployments("Around 900 US special forces are already on the ground in northern Syria.")
    assert any(k[0] == "USA" and k[1] == "SYR" for k in found)
    assert not deployments("Russian troops are on alert.")


def test_forces_serving_in_a_unit_abroad_are_in_the_unit_s_state():
    from ._typed import deployments
    found = deployments("Norwegian troops also serve in the NATO battlegroup in Lithuania.")
    assert any(k[0] == "NOR" and k[1] == "LTU" for k in found)
    assert not any(k[0] == "GBR" for k in deployments("British soldiers serve in a multinational brigade."))
