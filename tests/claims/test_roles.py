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
