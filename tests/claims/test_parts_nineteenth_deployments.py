"""Deployment constructions added in the nineteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments
from .helpers import keys


def test_forces_that_help_a_state_guard_its_waters_are_deployed_there():
    assert ("ITA", "LBY", "category:ships", "planned") in deployments(
        "Italian naval forces will help Libya protect its territorial waters.")
    assert ("FRA", "TUN", "category:ships", "planned") in deployments(
        "French warships will help Tunisia guard its coast next year.")


def test_an_air_force_name_reads_an_ambiguous_type_name():
    assert ("GBR", "QAT", "Eurofighter", "planned") in deployments(
        "RAF Typhoons will help protect Qatari airspace.")


def test_troops_counted_with_a_base_abroad_are_its_owners():
    found = deployments("Russia's 102nd military base in Armenia, its main force in the region with some "
                        "3,000 troops in Gyumri, was reinforced in 2023.")
    assert ("RUS", "ARM", "category:troops", "done") in found
    assert ("FRA", "DJI", "category:troops", "done") in deployments(
        "The French base in Djibouti, with about 1,500 soldiers, is the largest in Africa.")


def test_the_framework_nation_of_an_alliance_force_provides_it():
    found = deployments("The Netherlands has been the framework nation of NATO's battlegroup in Slovakia since 2022.")
    assert ("NLD", "SVK", "category:troops", "done") in found
    assert not any(actor == "NATO" for actor, *_ in found)
    assert ("CZE", "SVK", "category:troops", "done") in deployments(
        "Czechia, the lead nation of the NATO battlegroup in Slovakia, sent more soldiers in March.")


def test_trainers_abroad_are_deployed_but_trainees_are_not():
    assert ("TUR", "SOM", "category:troops", "done") in deployments(
        "Turkish officers train Somali soldiers at a camp in Mogadishu.")
    assert ("GBR", "POL", "category:troops", "done") in deployments(
        "British instructors train Ukrainian recruits in Poland.")
    assert not deployments("Ukrainian recruits train in Britain.")
    assert not deployments("Qatari pilots have been training in the UK since 2018.")


def test_forces_in_a_where_clause_whose_verb_was_read_as_a_noun():
    assert ("FRA", "CIV", "category:troops", "done") in deployments(
        "Paris relies on Port-Bouet, near Abidjan in Ivory Coast, where several hundred French personnel work "
        "with Ivorian units.")


def test_a_hyphened_based_describes_a_form_and_places_nothing():
    text = ("Hanoi. Vietnam signed for 12 Yak-130 jets from Russia this month.\nAkash. The Akash missile, made "
            "in India, now arms India's frigates and, in its ground-based form, army and air force regiments.")
    assert not deployments(text)


def test_ships_that_call_at_or_visit_a_foreign_port_are_deployed_there():
    assert ("CHN", "LKA", "category:ships", "done") in deployments("Two Chinese warships called at Colombo on Sunday.")
    assert ("RUS", "EGY", "category:ships", "done") in deployments(
        "Two Russian warships visited the port of Alexandria last week.")
    assert not deployments("The Russian defence minister visited Cairo last week.")
    assert not deployments("Polish generals called for more American troops.")


def test_bombers_arriving_abroad_are_deployed_not_delivered():
    text = "Two Russian Tu-95 bombers arrived in Nicaragua on Tuesday."
    assert ("RUS", "NIC", "Tu-95", "done") in deployments(text)
    assert not keys(text)      # (no transfer)


def test_forces_that_advise_or_help_another_army_abroad_are_there():
    assert ("IRN", "IRQ", "category:troops", "done") in deployments(
        "Iranian military advisers are helping Shia militias in Iraq.")
    assert ("USA", "SOM", "category:troops", "done") in deployments(
        "American special forces advise Somali commandos in Somalia.")
    assert not deployments("Russia is helping Iran build drones.")


def test_forces_that_deploy_with_no_object_go_where_they_deploy():
    assert ("USA", "LTU", "category:troops", "done") in deployments("US troops deployed to Lithuania in 2023.")
    assert ("GBR", "EST", "category:troops", "planned") in deployments(
        "The British Army's 4th Infantry Brigade will deploy to Estonia.")
    assert not deployments("Russia deployed to Syria in 2015.")


def test_a_groups_fighters_arriving_are_people():
    assert ("RUS", "NER", "category:troops", "done") in deployments("Wagner fighters arrived in Niger in April.")


def test_forces_patrolling_a_state_are_there():
    assert ("TUR", "SYR", "category:troops", "done") in deployments("Turkish soldiers patrol northern Syria.")
    assert not deployments("NATO jets protect Ukraine.")


def test_a_standing_formation_named_without_its_state_is_that_states():
    assert ("USA", "ITA", "category:troops", "done") in deployments(
        "The 173rd Airborne Brigade sent 500 paratroopers to Italy in 2021.")
    assert ("USA", "LVA", "category:troops", "done") in deployments(
        "About 1,500 soldiers of the 101st Airborne Division were sent to Latvia.")
    assert ("FRA", "DJI", "category:troops", "done") in deployments(
        "The Foreign Legion keeps a regiment in Djibouti.")
