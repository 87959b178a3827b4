"""Joint ventures that make a named weapon (sentences written for the test)."""
from __future__ import annotations

from .helpers import claims_of


def ventures(text: str) -> set[tuple]:
    return {(tuple(c.partners), c.system, c.status) for c in claims_of(text, type="cooperation")}


def test_a_joint_venture_of_two_states_firms_that_makes_a_named_weapon():
    found = ventures("Bharat-Sino Arms, a joint venture of India's Bharat Dynamics and Israel's "
                     "Rafael, has delivered 400 Spike missiles to the army.")
    assert (("IND", "ISR"), "Spike", "done") in found


def test_a_firms_joint_venture_with_a_foreign_ministry():
    found = ventures("Hanwha's joint venture with Egypt's defence ministry keeps turning out "
                     "K9 howitzers at a plant near Cairo.")
    assert (("EGY", "KOR"), "K9", "done") in found


def test_a_combining_form_names_the_members():
    found = ventures("The Sino-Pakistani joint venture builds JF-17 jets at Kamra.")
    assert (("CHN", "PAK"), "JF-17", "done") in found


def test_a_venture_of_one_states_firms_is_no_cooperation_between_states():
    assert not ventures("Rafael's joint venture with Elbit builds Spike missiles in Israel.")
