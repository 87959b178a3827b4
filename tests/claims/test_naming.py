"""A claim names its system as its text does, at the family level (claims/naming.py)."""
from __future__ import annotations

from armsgraph.store.families import family_of

from .helpers import claims_of


def systems(text: str, type: str | None = "transfer") -> set[str]:
    return {c.system for c in claims_of(text, type=type, family=False)}


def test_a_family_outside_the_schema_table_takes_the_text_s_name():
    assert systems("Oman signed for 12 Typhoons with BAE Systems in 2012.") == {"Typhoon"}
    assert systems("Serbia bought FK-3 air defence systems from China in 2022.") == {"FK-3"}
    assert systems("Lebanon received six A-29s from the United States in 2017.") == {"A-29"}


def test_the_family_name_stays_where_the_text_uses_it():
    assert systems("Oman signed for 12 Eurofighter Typhoon jets in 2012.") == {"Eurofighter"}
    assert systems("Ghana bought five A-29 Super Tucano aircraft from Brazil in 2015.") == {"Super Tucano"}


def test_a_family_the_schema_names_keeps_its_name():
    # the GUIDELINES table fixes "Kilo" and "Su-30" whatever the text calls them
    assert systems("India bought Su-30MKI jets from Russia in 1996.") == {"Su-30"}


def test_one_name_for_a_family_across_a_document():
    found = claims_of("Oman ordered 12 Typhoons in 2012. The first Typhoon jets arrived in 2017.",
                      family=False)
    assert {c.system for c in found} == {"Typhoon"}
    assert {c.status for c in found} >= {"agreed", "done"}


def test_the_store_maps_each_name_back_to_its_family():
    assert family_of("Typhoon") == "Eurofighter"
    assert family_of("FK-3") == "HQ-22"


def test_a_ship_class_goes_by_its_bare_name_and_still_maps_to_its_family():
    # the schema calls classes by their bare name ("Kilo"); the store finds the family back
    assert systems("Canada will buy four Collins-class submarines from Australia.") == {"Collins"}
    assert family_of("Collins") == "Collins-class"
    # a bare name that is another family's stays with its class word
    assert systems("France sold two Mistral-class helicopter carriers to Egypt in 2016.") == {"Mistral-class"}
    # a class the text names that the catalog files under a type number: its bare name too
    assert systems("Bangladesh received two Ming-class submarines from China in 2016.") == {"Ming"}
    assert family_of("Ming") == "Type 035"


def test_a_helicopter_and_a_howitzer_by_their_nicknames():
    # "Caracal" and "Atmos" are read next to the weapon word that makes them weapons
    assert {family_of(s) for s in systems("Qatar has bought 16 Caracal helicopters from Airbus.")} == {"H225M"}
    assert systems("Peru ordered six Atmos howitzers from Israel in 2023.") == {"ATMOS"}
    assert systems("Jordan bought Caracal rifles from the UAE.") != {"Caracal"}
