"""Catalog entries added in the eleventh session: places, makers, a system alias, force
nouns, and names the small model took for people or for the wrong state."""
from __future__ import annotations

import pytest

from armsgraph.entities import annotate
from armsgraph.model import Document
from armsgraph.pipeline import analyse


def mentions(text: str) -> list:
    document = Document(id="t", text=text)
    annotate(document)
    return document.mentions


def claims_of(text: str, type: str) -> list:
    """The real pipeline's claims of one type (as tests/claims/helpers.py, which this
    package cannot import)."""
    [document] = list(analyse([Document(id="t", text=text, date="2024-03-01")]))
    return [c for c in document.claims if c.type == type]


def reading(text: str, phrase: str):
    found = [m for m in mentions(text) if m.text == phrase]
    assert found, [(m.text, m.kind, m.id) for m in mentions(text)]
    return found[0]


@pytest.mark.parametrize("text, phrase, kind, state", [
    # a region whose name holds another state's name
    ("Chinese troops rehearsed an assault in Inner Mongolia last week.",
     "Inner Mongolia", "place", "CHN"),
    # the Turkish Black Sea port, not the Brazilian town
    ("A Turkish corvette sailed from Sinop into the Black Sea.", "Sinop", "place", "TUR"),
    # names the small model read as people
    ("Bangladesh's navy opened a new jetty at Mongla in May.", "Mongla", "place", "BGD"),
])
def test_wrongly_read_places(text, phrase, kind, state):
    found = reading(text, phrase)
    assert found.kind == kind and found.state == state and found.role != "unlinked"


@pytest.mark.parametrize("text", [
    "Iron Wolf drills began in Lithuania on Monday.",
    "Talisman Sabre opened in Queensland with 30,000 troops.",
    "Germany received its first Arrow 3 battery. Arrow will guard Berlin.",
])
def test_exercise_and_weapon_names_are_no_people(text):
    assert not [m for m in mentions(text) if m.kind == "person"]


@pytest.mark.parametrize("text", [
    "Rafael and Lockheed Martin will jointly build the interceptor.",
    "Boeing, Raytheon and Rafael bid for the contract.",
])
def test_rafael_next_to_another_maker_is_the_israeli_company(text):
    found = reading(text, "Rafael")
    assert found.kind == "organisation" and found.state == "ISR"


def test_a_cable_paragraph_label_is_not_ukraines_security_service():
    text = ("(SBU) The Ambassador met the Ukrainian defence minister on Tuesday.\n\n"
            "(C) The minister asked for more air defence.")
    assert not [m for m in mentions(text) if m.text == "SBU"]
    assert not [m for m in mentions(text) if m.text == "C"]


@pytest.mark.parametrize("text", [
    "The Security Service of Ukraine (SBU) said it detained two saboteurs.",
    "Ukraine's SBU said the drones hit a refinery.",
])
def test_sbu_as_a_name_is_still_read(text):
    found = reading(text, "SBU")
    assert found.kind == "organisation" and found.state == "UKR"


@pytest.mark.parametrize("text, phrase, state", [
    ("Azerbaijan moved artillery to Nakhchivan.", "Nakhchivan", "AZE"),
    ("US Marines trained alongside Thai sailors at Sattahip.", "Sattahip", "THA"),
    ("Russian instructors arrived in Termez on Friday.", "Termez", "UZB"),
    ("Uzbekistan held drills in the Surkhandarya region.", "Surkhandarya region", "UZB"),
    ("A Chinese frigate called at Chittagong.", "Chittagong", "BGD"),
    ("The corvette docked at Chattogram on Sunday.", "Chattogram", "BGD"),
    ("Indian warships sailed from Goa on Monday.", "Goa", "IND"),
    ("China has expanded the pier at Ream naval base.", "Ream naval base", "KHM"),
    ("The drones are assembled at Alabuga, officials said.", "Alabuga", "RUS"),
    ("The rifles will be made at Korwa from next year.", "Korwa", "IND"),
    ("Embraer assembles the jets at Gavião Peixoto.", "Gavião Peixoto", "BRA"),
    ("Embraer assembles the jets at Gaviao Peixoto.", "Gaviao Peixoto", "BRA"),
])
def test_places_name_their_state(text, phrase, state):
    found = reading(text, phrase)
    assert found.kind == "place" and found.state == state


@pytest.mark.parametrize("text, phrase, state", [
    ("Yakovlev delivered six trainers to the air force.", "Yakovlev", "RUS"),
    ("Aermacchi built the trainers in Venegono.", "Aermacchi", "ITA"),
    ("WZL-1 will overhaul the helicopters.", "WZL-1", "POL"),
    ("WZL-2 upgraded the fighter jets.", "WZL-2", "POL"),
    ("SIMA launched a patrol vessel for the Peruvian navy.", "SIMA", "PER"),
    ("Viettel unveiled a coastal radar at the show.", "Viettel", "VNM"),
    ("Doosan will supply engines for the tanks.", "Doosan", "KOR"),
    ("Milkor sold grenade launchers to the army.", "Milkor", "ZAF"),
])
def test_makers_act_for_their_state(text, phrase, state):
    found = reading(text, phrase)
    assert found.kind == "organisation" and found.state == state


def test_a_joint_venture_of_two_states_is_one_organisation_of_neither():
    # the catalog gives an organisation one state; a venture of India's and Russia's
    # makers is read whole, not as "Russian" plus "Rifles", and acts for neither alone
    found = reading("Indo-Russian Rifles will make 600,000 rifles.", "Indo-Russian Rifles")
    assert found.kind == "organisation" and found.id == "org:indo-russian-rifles"
    assert found.state is None


def test_fgfa_is_the_su57_family():
    found = reading("India pulled out of the FGFA programme in 2018.", "FGFA")
    assert found.kind == "system" and found.id == "Su-57"


def test_iranian_revolutionary_guards_are_irans_force():
    found = reading("The Iranian Revolutionary Guards fired drones at the ship.",
                    "Iranian Revolutionary Guards")
    assert found.kind == "organisation" and found.id == "org:irgc" and found.state == "IRN"


def test_helping_build_up_a_coast_guard_is_cooperation_on_ships():
    [claim] = claims_of("Japan will help build up the Philippine coast guard.",
                        type="cooperation")
    assert set(claim.roles()["partners"]) == {"JPN", "PHL"}
    assert claim.system == "category:ships"
