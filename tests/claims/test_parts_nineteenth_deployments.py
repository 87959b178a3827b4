"""Deployment constructions added in the nineteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments


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
