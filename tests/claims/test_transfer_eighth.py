"""Transfer constructions added in the eighth session, each with sentences written here
(other countries and systems than the articles that showed the gap)."""
from __future__ import annotations

from .helpers import keys


def test_a_pronoun_subject_skips_the_maker_named_in_a_possessive():
    # "Israel's Barak MX" names the seller; "it" is still the buyer named before
    found = keys("Nicosia has long relied on Russian equipment. It has now bought Israel's "
                 "Spyder system - officials say the first batteries were delivered in 2024 - "
                 "and it ordered French Mistral missiles in 2023.")
    assert ("FRA", "CYP", "Mistral", "agreed") in found
    assert not any(k[1] == "ISR" for k in found)


def test_counted_launchers_after_a_rocket_system_are_that_system():
    found = keys("Kenya asked for HIMARS some time ago, and in May 2024 the State Department "
                 "approved a possible sale of six launchers.")
    assert ("USA", "KEN", "HIMARS", "planned") in found
    assert not any(k[2] == "category:missiles" for k in found)


def test_a_maker_winning_a_contract_for_a_weapon_sells_it():
    # the parser hangs "for the Spyder" on "won" as its beneficiary
    found = keys("The Kenyan army needed new air defences. Rafael won a contract worth $300 "
                 "million in 2021 for the Spyder air defence system.")
    assert ("ISR", "KEN", "Spyder", "agreed") in found
