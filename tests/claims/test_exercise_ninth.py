"""Exercise participants named around the drill (drillwords.forces_around), from sentences
written for these tests."""
from __future__ import annotations

from ._typed import deployments, exercises


def test_forces_named_with_the_drill_take_part_and_are_deployed_there():
    # the parser leaves the last adjective of the list off the phrase; the forces it names
    # take part, and (eighteenth session, as the guidelines and gold read it) forces of a
    # state abroad for a drill are deployed there: the squadrons are its aircraft
    text = ("The Qatari air force hosts the Ferocious Falcon exercise at Al Udeid every year, with "
            "British, Italian and Pakistani squadrons among the regulars.")
    assert exercises(text) == {(("GBR", "ITA", "PAK", "QAT"), "QAT")}
    assert ("PAK", "QAT", "category:aircraft", "done") in deployments(text)


def test_states_a_drill_brings_in_take_part():
    text = ("Troops from the Russian base took part in Zapad-2021, the big September drills in "
            "western Russia that also brought in Kazakhstan, Armenia and Mongolia.")
    (participants, host), = exercises(text)
    assert {"ARM", "KAZ", "MNG", "RUS"} <= set(participants)


def test_a_pronoun_inside_its_own_antecedent_does_not_loop():
    # "its" in an apposition of the subject it stands for used to recurse without end, and
    # the document lost all its exercise claims
    text = ("NATO's Steadfast Defender 2024, its largest exercise since the Cold War, involved "
            "90,000 troops from all 31 allies and Sweden.")
    (participants, host), = exercises(text)
    assert "SWE" in participants
