"""Exercise constructions of the twelfth session, from sentences written for these tests:
a code-named drill the parser reads as a clause ("held their SLINEX drill off X"), and the
port visiting ships call at as the host of their drill (drillports)."""
from __future__ import annotations

from ._typed import deployments, exercises


def test_a_possessed_code_name_read_as_the_subject_of_drill():
    # the parser reads "CORPAT" as the subject of a verb "drill" and "off" as a particle
    text = "The Bangladeshi and Indian navies held their CORPAT drill off Chittagong in October."
    assert exercises(text) == {(("BGD", "IND"), "BGD")}


def test_an_annual_code_named_drill_off_a_port():
    text = "The Turkish and Pakistani navies held their annual Turgutreis drill off Karachi in May."
    assert exercises(text) == {(("PAK", "TUR"), "PAK")}


def test_a_port_call_places_the_drill_that_follows_it():
    text = "A Pakistan Navy frigate exercised with Sri Lankan units after a port call in Colombo."
    assert exercises(text) == {(("LKA", "PAK"), "LKA")}


def test_ships_that_docked_drill_in_the_port_state():
    text = "Two Chinese warships docked in Karachi and held drills with the Pakistani navy."
    assert exercises(text) == {(("CHN", "PAK"), "PAK")}
    assert ("CHN", "PAK", "category:ships", "done") in deployments(text)


def test_calling_at_a_port_places_a_passing_exercise():
    text = ("The Indian destroyer INS Delhi conducted a passing exercise with the Omani navy after "
            "calling at Muscat.")
    assert exercises(text) == {(("IND", "OMN"), "OMN")}


def test_a_port_visit_to_a_named_port():
    text = "During a port visit to Cam Ranh, Russian warships held a joint exercise with the Vietnamese navy."
    assert exercises(text) == {(("RUS", "VNM"), "VNM")}


def test_a_minister_visiting_a_capital_is_no_port_call():
    text = "The Chinese foreign minister visited Moscow before Russia and China held joint naval drills."
    assert exercises(text) == {(("CHN", "RUS"), "UNK")}


def test_kicking_off_a_named_drill_is_no_place():
    text = "The US and South Korea kicked off Freedom Shield in Seoul on Monday."
    assert exercises(text) == {(("KOR", "USA"), "KOR")}


def test_a_heading_before_a_colon_runs_no_drill():
    # a cable heading the parser takes for a second subject of "held"
    text = ("4. (UKRAINE DESK) EXERCISES: The Indian and Sri Lankan navies held their SLINEX drill off "
            "Trincomalee in February.")
    assert exercises(text) == {(("IND", "LKA"), "LKA")}


def test_their_drill_belongs_to_no_one_participant():
    # "their" stands for both subjects: no one of them is the host by owning the drill
    text = ("South Korea and the United States began their annual springtime military exercises on "
            "Monday, prompting a warning from Pyongyang.")
    assert exercises(text) == {(("KOR", "USA"), "UNK")}
    assert deployments(text) == set()


def test_its_drill_is_still_its_owners():
    text = "Russia began its Vostok exercise on Monday. Units from China and India are taking part in the manoeuvres."
    assert (("CHN", "IND", "RUS"), "RUS") in exercises(text)


def test_a_headline_lists_states_with_commas_alone():
    text = "BEIJING (Reuters) - China, Russia begin joint naval drills in East China Sea"
    (participants, _), = exercises(text)
    assert participants == ("CHN", "RUS")


def test_a_state_before_a_comma_that_opens_no_list_is_no_participant():
    text = "Unlike Russia, China held its drills near Taiwan."
    assert all(participants == ("CHN",) for participants, _ in exercises(text))


def test_a_drill_with_a_state_held_in_another_state():
    text = "The exercises with Pakistan were held near the Chinese city of Korla."
    assert exercises(text) == {(("CHN", "PAK"), "CHN")}


def test_drills_with_foreign_forces_in_a_named_state():
    text = "The drills with Russian forces took place in Serbia last week."
    assert exercises(text) == {(("RUS", "SRB"), "SRB")}


def test_allies_named_in_an_apposition_are_the_participants():
    text = "NATO allies Poland and Germany held a drill in Poland as Russia massed troops near Ukraine."
    assert exercises(text) == {(("DEU", "POL"), "POL")}


def test_members_named_in_an_apposition_not_their_union():
    text = "EU members Greece and Cyprus held joint naval drills south of Crete."
    (participants, _), = exercises(text)
    assert participants == ("CYP", "GRC")
