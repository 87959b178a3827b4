"""Constructions added in the seventeenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments, exercises
from .helpers import keys


def test_near_a_place_is_no_deal_in_the_making():
    text = "Brazil and Chile held Tridente near Valparaiso, a joint naval exercise with 600 sailors from each side."
    assert ("BRA", "CHL", "category:troops", "done") in deployments(text)
    assert not any(status == "negotiating" for *_, status in deployments(text))


def test_near_a_deal_still_says_the_deal_is_close():
    assert ("FRA", "SRB", "Rafale", "negotiating") in keys("Serbia is near a deal with France for 12 Rafale jets.")


def test_states_listed_after_an_opening_place_are_the_subject():
    # (the parser reads "Iran, Russia and China" as conjuncts of "Oman", "held" subjectless)
    found = exercises("In the Gulf of Oman, Iran, Pakistan and China held their third naval drill near Karachi.")
    assert ("CHN", "IRN", "PAK") in {participants for participants, _host in found}
    assert ("TUR", "QAT", "Altay", "agreed") in keys(
        "In Doha, Turkey and Qatar signed a contract for 100 Altay tanks in 2019.")


def test_a_kind_the_text_names_elsewhere_for_the_same_sides_is_that_weapon():
    text = ("Reports that Turkey had delivered armed drones to Ethiopia surfaced in late 2021. Ethiopia "
            "received Bayraktar TB2 drones from Turkey that year, officials later confirmed.")
    assert keys(text) == {("TUR", "ETH", "Bayraktar TB2", "done")}


def test_the_same_kind_in_another_year_for_the_same_sides_stays():
    text = "In 2015 Turkey delivered armed drones to Ethiopia. Ethiopia received Bayraktar TB2 drones from Turkey in 2021."
    assert ("TUR", "ETH", "category:uav", "done") in keys(text)
