"""Regressions for entity errors the claims engineers reported. Each sentence is written
here (not taken from an article) and checks the general mechanism behind the fix."""
from __future__ import annotations

import pytest

from armsgraph.entities import annotate
from armsgraph.model import Document


def mentions(text: str) -> list:
    document = Document(id="t", text=text)
    annotate(document)
    return document.mentions


def find(found: list, text: str):
    hits = [m for m in found if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in found]}"
    return hits[0]


@pytest.mark.parametrize("text", [
    "A total of 800 British troops will be stationed in Tapa by mid-April.",
    "Allied soldiers arrived in Tapa to train with Estonian units.",
])
def test_tapa_is_a_garrison_town_not_a_person(text):
    tapa = find(mentions(text), "Tapa")
    assert (tapa.kind, tapa.id, tapa.state) == ("place", "place:tapa", "EST")


@pytest.mark.parametrize("text", [
    "They will take part in the Spring Storm manoeuvres with Estonian forces.",
    "Spring exercises began in April with US troops.",
])
def test_spring_is_not_a_us_place(text):
    assert not [m for m in mentions(text) if m.kind == "place" and "Spring" in m.text]


@pytest.mark.parametrize("text, towns", [
    ("Russian forces were deployed to Kobryn and Brest in western Belarus.",
     ["Kobryn", "Brest"]),
    ("Exercises were held in the Kobryn and Lida districts with territorial troops.",
     ["Kobryn", "Lida"]),
])
def test_kobryn_and_lida_in_a_list_of_towns_are_places_not_an_organisation(text, towns):
    found = mentions(text)
    for town in towns:
        m = find(found, town)
        assert (m.kind, m.state) == ("place", "BLR")
    assert not [m for m in found if m.kind in ("organisation", "person")]


def test_ada_is_not_drdo():
    found = mentions("India's Aeronautical Development Agency is designing the AMCA, "
                     "while DRDO builds the Astra missile.")
    assert find(found, "Aeronautical Development Agency").id == "org:ada"
    assert find(found, "DRDO").id == "org:drdo"
    us_unit = mentions("The 35th Air Defense Artillery (ADA) Brigade moved to South Korea.")
    assert not [m for m in us_unit if m.id == "org:drdo"]


@pytest.mark.parametrize("text", [
    "Russia keeps MiG-29 fighters at its 102nd military base in Armenia.",
    "The 102nd military base consists of garrisons in several towns.",
])
def test_102nd_military_base_is_the_base_not_gyumri(text):
    base = find(mentions(text), "102nd military base")
    assert (base.kind, base.id, base.state) == ("place", "place:102nd-military-base", "ARM")


@pytest.mark.parametrize("text, capital", [
    ("The base consists of garrisons stationed in Gyumri and Yerevan.", "Yerevan"),
    ("The flight from Yerevan to Moscow was cancelled.", "Yerevan"),
    ("The flight from Yerevan to Moscow was cancelled.", "Moscow"),
    ("Protests outside Yerevan grew.", "Yerevan"),
])
def test_yerevan_as_a_location_is_a_place_not_the_state(text, capital):
    m = find(mentions(text), capital)
    assert m.kind == "place" and m.role is None


@pytest.mark.parametrize("text, capital, state", [
    ("Yerevan signed a deal with New Delhi for Pinaka launchers.", "Yerevan", "ARM"),
    ("The Yerevan government said the deal was signed.", "Yerevan", "ARM"),
    ("Belarus received S-400 systems from Moscow.", "Moscow", "RUS"),
])
def test_yerevan_acting_is_still_the_government(text, capital, state):
    m = find(mentions(text), capital)
    assert (m.kind, m.id, m.role) == ("state", state, "metonym")


@pytest.mark.parametrize("text, phrase", [
    ("In 2013 Moscow insisted on deploying the Russian air force to Belarus.",
     "Russian air force"),
    ("Russian air force jets struck the town.", "Russian air force"),
    ("Russia's air force bombed the town.", "Russia's air force"),
])
def test_russian_air_force_is_an_institution_of_the_state(text, phrase):
    m = find(mentions(text), phrase)
    assert (m.kind, m.id, m.role) == ("state", "RUS", "institution")


def test_delta_battery_is_not_the_canadian_city():
    found = mentions("The Delta Battery of the 11th Air Defense Artillery Brigade moved.")
    assert not [m for m in found if m.id == "place:delta"]
