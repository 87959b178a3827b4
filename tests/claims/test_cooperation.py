"""Cooperation claims: joint development and production, help, lent facilities."""
from __future__ import annotations

from ._typed import cooperations


def test_two_subjects_and_an_agreement():
    found = cooperations("China and Belarus signed an agreement in 2012 to develop a new SAM system.")
    assert (("BLR", "CHN"), "category:air-defence", "agreed") in found


def test_joint_decision_of_both_partners_is_agreed():
    text = ("Belarus unveiled the Polonez rocket launcher in May. "
            "In 2013, China and Belarus decided to create the new rocket launcher.")
    assert (("BLR", "CHN"), "Polonez", "agreed") in cooperations(text)


def test_partner_phrase_and_list_of_systems():
    found = cooperations("Belarus makes anti-tank missile systems with Ukraine, such as Skif and Karakal.")
    assert (("BLR", "UKR"), "Skif", "done") in found
    assert (("BLR", "UKR"), "Karakal", "done") in found


def test_reduced_relative_keeps_its_own_status():
    found = cooperations("Argentina could buy China's JF-17, a fighter jet jointly developed with Pakistan.")
    assert found == {(("CHN", "PAK"), "JF-17", "done")}


def test_passive_agent_with_coordinated_demonyms_and_future():
    found = cooperations("The Anka drone will be jointly produced by Turkish and Kazakh engineers.")
    assert (("KAZ", "TUR"), "Anka", "planned") in found


def test_help_in_developing_missiles():
    found = cooperations("Lukashenka praised China for her assistance in developing missile weapons.")
    assert (("BLR", "CHN"), "category:missile-development", "done") in found


def test_refused_facility_and_rejected_proposal():
    assert (("BLR", "RUS"), "category:testing-range", "refused") in cooperations(
        "Russia refused to provide its testing grounds for testing Belarus-made missiles.")
    found = cooperations("Russia has rejected proposals for joint military production in Belarus.")
    assert (("BLR", "RUS"), "category:production", "refused") in found
    assert (("BLR", "RUS"), "category:production", "proposed") in found


def test_production_line_with_a_partner():
    found = cooperations("Together with China, Belarus set up a production line for the Polonez.")
    assert (("BLR", "CHN"), "Polonez", "done") in found


def test_production_alone_is_not_cooperation():
    assert not cooperations("Belarus produces the Polonez rocket launcher.")


def test_help_the_subject_of_the_developing_clause():
    assert (("CHN", "PAK"), "category:ships", "planned") in cooperations(
        "China will help Pakistan build eight submarines.")
