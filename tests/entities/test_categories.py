"""Generic nouns of the arms trade map to GUIDELINES categories; everyday uses of the same
words (parts of a country, barrels of oil, TV cameras, oil tankers) do not."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.entities import annotate
from armsgraph.model import Document


def categories(text: str) -> dict[str, str]:
    document = Document(id="t", text=text)
    annotate(document)
    return {m.text: m.id for m in document.mentions if m.kind == "category"}


@pytest.mark.parametrize("noun, category", [
    ("drone tech", "category:technology"), ("missile technology", "category:technology"),
    ("spare parts", "category:components"), ("drone-related goods", "category:components"),
    ("engines", "category:components"), ("thermal cameras", "category:electronics"),
    ("optics", "category:electronics"), ("sensors", "category:electronics"),
    ("defence supplies", "category:materiel"), ("field hospital", "category:materiel"),
    ("military products", "category:materiel"), ("corvettes", "category:ships"),
    ("patrol boats", "category:ships"), ("cruiser", "category:ships"),
    ("loitering munitions", "category:uav"), ("kamikaze drones", "category:uav"),
    ("fighter-bomber jets", "category:aircraft"), ("planes", "category:aircraft"),
    ("naval mines", "category:ammunition"), ("bulletproof vests", "category:materiel"),
    ("reconnaissance satellites", "category:technology"), ("rocket fuel", "category:components"),
    ("guidance kits", "category:components"), ("satellite imagery", "category:electronics"),
    ("naval guns", "category:artillery"), ("rocket motors", "category:components"),
    ("sea mines", "category:ammunition"), ("military radios", "category:electronics"),
    ("anti-drone guns", "category:air-defence"),
])
def test_catalog_maps_goods_nouns_to_categories(noun, category):
    assert catalog.load().category_of(noun) == category


@pytest.mark.parametrize("text, noun, category", [
    ("Vietnam imported fighter-bomber jets from Moscow.", "fighter-bomber jets",
     "category:aircraft"),
    ("Belgrade received drone parts and thermal cameras from Beijing.", "drone parts",
     "category:components"),
    ("Ankara sent Kyiv a field hospital and defence supplies.", "field hospital",
     "category:materiel"),
    ("Officials said Tehran bought Chinese cameras for its drones.", "cameras",
     "category:electronics"),
    ("The factory shipped replacement barrels for the howitzers.", "barrels",
     "category:components"),
])
def test_goods_nouns_in_sentences(text, noun, category):
    assert categories(text).get(noun) == category


@pytest.mark.parametrize("text, word", [
    ("Rebels hold parts of the north after the offensive.", "parts"),
    ("Crude rose to 90 dollars a barrel as oil barrels piled up.", "barrels"),
    ("The minister spoke to TV cameras after the talks.", "cameras"),
    ("Two oil tankers left the port of Basra.", "tankers"),
    ("Gas exports fell while oil prices rose.", "Gas"),
])
def test_everyday_uses_are_not_goods(text, word):
    assert word not in categories(text)


@pytest.mark.parametrize("text, word", [
    ("Vietnam Airlines bought ten passenger jets from Boeing.", "jets"),
    ("Ankara sent medical equipment and civilian helicopters to Libya.", "equipment"),
    ("Ankara sent medical equipment and civilian helicopters to Libya.", "helicopters"),
    ("Oman exported fishing boats and farm equipment to Yemen.", "boats"),
])
def test_civilian_goods_are_not_arms(text, word):
    assert word not in categories(text)


def test_machine_tools_and_gas_turbines_stay_components():
    found = categories("Minsk shipped gas turbines and industrial machine tools to Moscow.")
    assert found.get("gas turbines") == "category:components"
    assert found.get("machine tools") == "category:components"


def test_part_of_a_deal_is_not_a_component():
    found = categories("As part of the deal, Minsk will take part in the drills and buy parts "
                       "for its drones.")
    assert "part" not in found and found.get("parts") == "category:components"


def test_kits_read_as_components_only_in_context():
    assert categories("Hanoi assembles the drones from Belarusian kits.").get("kits") == \
        "category:components"
    assert "kits" not in categories("Volunteers handed out first-aid kits.")


def test_mines_read_as_ammunition_only_in_military_context():
    assert "mines" not in categories("Coal mines near the border closed in May.")
    assert categories("Sappers planted mines along the road.").get("mines") == \
        "category:ammunition"


def test_a_cue_word_in_the_next_sentence_does_not_count():
    found = categories("Rebels hold parts. Military drones flew over them.")
    assert "parts" not in found and found.get("Military drones") == "category:uav"
