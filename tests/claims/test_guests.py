"""What the guests of a drill bring (claims/guests.py), from sentences written for these tests."""
from __future__ import annotations

from ._typed import claims_of, deployments, exercises


def test_what_each_guest_brings_is_deployed_in_the_host():
    text = ("Chile hosted its Salitre air exercise in Chile in October. "
            "The Brazilian Air Force brought Gripen fighters, Argentina sent A-4 jets, "
            "and the US Air Force arrived with F-16 fighters.")
    found = {(a, h, s) for a, h, s, _ in deployments(text)}
    assert {("BRA", "CHL", "Gripen"), ("USA", "CHL", "F-16")} <= found
    assert {p for p, _ in exercises(text)} == {("ARG", "BRA", "CHL", "USA")}


def test_respectively_pairs_senders_and_systems():
    text = ("Egypt hosted the Bright Star exercise in Egypt last month. "
            "Greece, Italy and Qatar flew F-16s, Eurofighters and Rafales respectively to the event.")
    found = {(a, s) for a, _, s, _ in deployments(text)}
    assert {("GRC", "F-16"), ("ITA", "Eurofighter"), ("QAT", "Rafale")} <= found
    assert ("GRC", "Rafale") not in found


def test_forces_sent_elsewhere_are_no_guests():
    text = ("Poland held its Anakonda exercise in Poland in May. "
            "Germany sent Leopard 2 tanks to Lithuania the same week.")
    assert not any(h == "POL" and a == "DEU" for a, h, _, _ in deployments(text))
    assert exercises(text) == {(("POL",), "POL")}
