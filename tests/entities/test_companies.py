"""Arms makers and agencies act for their state, by full and short name; a demonym before
a company noun ("Israeli firms", "Turkish arms makers") is one mention of that state."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.entities import annotate
from armsgraph.model import Document


def mention(text: str, words: str):
    document = Document(id="t", text=text)
    annotate(document)
    found = [m for m in document.mentions if m.text == words]
    assert found, f"no mention {words!r} in {[m.text for m in document.mentions]}"
    return found[0]


@pytest.mark.parametrize("name, state", [
    ("TKMS", "DEU"), ("thyssenkrupp", "DEU"), ("Hyundai Rotem", "KOR"), ("Hanwha Aerospace", "KOR"),
    ("KAI", "KOR"), ("Navantia", "ESP"), ("Pakistan Aeronautical Complex", "PAK"),
    ("Chengdu Aircraft Corporation", "CHN"), ("AVIC", "CHN"), ("NORINCO", "CHN"),
    ("Czechoslovak Group", "CZE"), ("Elbit Systems", "ISR"), ("Israel Aerospace Industries", "ISR"),
    ("Baykar", "TUR"), ("Aselsan", "TUR"), ("Roketsan", "TUR"), ("ASFAT", "TUR"),
    ("Rheinmetall", "DEU"), ("Saab", "SWE"), ("Kongsberg", "NOR"), ("Fincantieri", "ITA"),
    ("Naval Group", "FRA"), ("Lockheed Martin", "USA"), ("Embraer", "BRA"), ("Denel", "ZAF"),
    ("Hindustan Aeronautics", "IND"), ("DRDO", "IND"), ("Rosoboronexport", "RUS"),
    ("Almaz-Antey", "RUS"), ("Uralvagonzavod", "RUS"), ("HESA", "IRN"), ("Ukroboronprom", "UKR"),
    ("Sevmash", "RUS"), ("Lürssen", "DEU"), ("Milrem Robotics", "EST"), ("Tekever", "PRT"),
    ("KOMID", "PRK"), ("Khan Research Laboratories", "PAK"), ("Azad Systems", "AZE"),
])
def test_makers_and_agencies_act_for_their_state(name, state):
    assert catalog.load().state_of(name) == state


@pytest.mark.parametrize("text, words, state", [
    ("Nigeria ordered patrol boats from Lürssen in 2019.", "Lürssen", "DEU"),
    ("Sevmash will refit the carrier for the Indian navy.", "Sevmash", "RUS"),
    ("Kenya bought drones from Turkish arms makers.", "Turkish arms makers", "TUR"),
    ("Chinese suppliers shipped engines to Myanmar.", "Chinese suppliers", "CHN"),
    ("Baku signed deals with Israeli firms for radars.", "Israeli firms", "ISR"),
])
def test_companies_in_sentences_carry_their_state(text, words, state):
    assert mention(text, words).state == state


def test_a_short_company_name_that_is_a_common_word_needs_context():
    document = Document(id="t", text="The CSG meeting was postponed until spring.")
    annotate(document)
    assert not [m for m in document.mentions if m.state == "CZE"]


@pytest.mark.parametrize("text, words, state", [
    ("Transnistrian authorities asked Moscow for ammunition.", "Transnistrian authorities", "MDA"),
    ("Abkhaz officials received Russian patrol boats.", "Abkhaz", "GEO"),
])
def test_breakaway_region_adjectives_stand_for_the_recognised_state(text, words, state):
    document = Document(id="t", text=text)
    annotate(document)
    found = [m for m in document.mentions if m.text.startswith(words)]
    assert found and found[0].state == state


@pytest.mark.parametrize("text, words, state", [
    ("The Bundestag approved the sale of frigates to Egypt.", "Bundestag", "DEU"),
    ("The Sejm voted for more K9 howitzers.", "Sejm", "POL"),
    ("The Knesset debated the Arrow 3 sale.", "Knesset", "ISR"),
])
def test_parliaments_act_for_their_state(text, words, state):
    document = Document(id="t", text=text)
    annotate(document)
    found = [m for m in document.mentions if m.text == words]
    assert found and (found[0].kind, found[0].state, found[0].role) == ("state", state, "metonym")
