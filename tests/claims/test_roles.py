"""Actor resolution: metonyms, modifiers, pronouns and definite descriptions."""
from __future__ import annotations

from .helpers import keys


def test_metonym_capitals():
    assert ("RUS", "BLR", "S-300", "done") in keys("Moscow delivered S-300 systems to Minsk.")


def test_army_of_a_state():
    found = keys("The Army of Belarus has received new Tor-M2 systems from Russia.")
    assert ("RUS", "BLR", "Tor", "done") in found


def test_adjectival_actor():
    found = keys("The Belarusian army received Russian Su-30SM2 aircraft.")
    assert ("RUS", "BLR", "Su-30", "done") in found


def test_the_two_countries():
    text = ("Russia and Egypt discussed arms sales in Cairo. "
            "The two countries signed a contract for the supply of Su-35 fighters.")
    assert ("RUS", "EGY", "Su-35", "agreed") in keys(text)


def test_definite_description_of_a_state():
    text = "Kazakhstan needs new fighters. The country bought Su-30SM jets from Russia."
    assert ("RUS", "KAZ", "Su-30", "done") in keys(text)


def test_speaker_of_reporting_verb_is_no_party():
    found = keys("The United States said Russia had received Shahed drones from Iran.")
    assert ("IRN", "RUS", "Shahed-136", "done") in found
    assert not any("USA" in k[:2] for k in found)


def test_buyer_only_contract_takes_catalog_origin():
    found = keys("Warsaw signed a contract for 250 M1A2 Abrams tanks.")
    assert ("USA", "POL", "Abrams", "agreed") in found


def test_indirect_object_is_recipient():
    for text in ("South Korea sent Russia artillery shells.",
                 "South Korea sent artillery shells to Russia."):
        found = keys(text)
        assert ("KOR", "RUS", "category:ammunition", "done") in found
        assert not any(k[0] == "RUS" for k in found)


def test_an_agent_phrase_of_coordinated_national_troops_names_each_state():
    from .helpers import claims_of
    found = claims_of("Several Spike missiles were test-fired by Polish and Israeli troops "
                      "last year.", type="test")
    assert {c.actor for c in found if c.type == "test"} >= {"POL", "ISR"}
