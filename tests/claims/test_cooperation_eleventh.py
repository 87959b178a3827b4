"""Cooperation constructions added in the eleventh session (sentences written for the tests)."""
from __future__ import annotations

from .helpers import claims_of


def coops(text: str) -> set[tuple]:
    return {(tuple(c.partners), c.system, c.status) for c in claims_of(text, type="cooperation")}


def test_a_maker_that_upgrades_another_state_s_weapons_helps_it():
    assert (("EGY", "FRA"), "Rafale", "done") in \
        coops("France's Dassault upgraded twelve Egyptian Rafale jets last year.")
    assert (("BGR", "RUS"), "MiG-29", "planned") in \
        coops("Russia's RSK MiG will overhaul the MiG-29 fighters of the Bulgarian air force.")


def test_upgrading_one_s_own_weapons_is_no_cooperation():
    assert not coops("India's HAL upgraded forty Indian Su-30 jets in 2023.")
    assert not coops("The Polish army repaired its T-72 tanks at home.")


def test_a_named_system_before_a_production_line_is_what_it_makes():
    assert (("CHN", "PAK"), "JF-17", "done") in \
        coops("Chinese engineers helped set up a JF-17 production line in Pakistan.")
    assert (("TUR", "UKR"), "Bayraktar TB2", "done") in \
        coops("Turkey set up a Bayraktar TB2 assembly plant in Ukraine in 2023.")


def test_a_plant_with_no_named_system_stays_a_production_claim():
    assert (("DEU", "LTU"), "category:production", "planned") in \
        coops("Rheinmetall will build an ammunition factory in Lithuania.")
