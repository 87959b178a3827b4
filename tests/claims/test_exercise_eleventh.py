"""Exercise participants listed in a drill's phrases and in the next sentence
(drilllists), from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments, exercises
from .helpers import claims_of


def test_forces_an_involving_clause_lists_take_part():
    text = ("Latvia's national exercise Namejs, which in August brought together some 8,000 personnel "
            "including Canadian, Danish and Polish troops, ended on Sunday.")
    assert exercises(text) == {(("CAN", "DNK", "LVA", "POL"), "LVA")}


def test_a_relative_clause_on_a_name_read_as_a_second_subject():
    # the parser reads "Iron Wolf" as a name of its own, the clause hangs on it
    text = ("Lithuania's national exercise Iron Wolf, which in May brought together some 3,000 personnel "
            "including German, Dutch and Norwegian troops, ended on Friday.")
    assert exercises(text) == {(("DEU", "LTU", "NLD", "NOR"), "LTU")}


def test_troops_a_drill_brings_together_including_a_list():
    text = "The exercise brought together 6,000 troops, including Romanian, Bulgarian and Greek soldiers."
    (participants, _), = exercises(text)
    assert participants == ("BGR", "GRC", "ROU")


def test_states_listed_after_the_countries_the_forces_come_from():
    text = ("Moldova hosted the drills, which involved soldiers from nine countries, including Austria "
            "and Ireland.")
    assert exercises(text) == {(("AUT", "IRL", "MDA"), "MDA")}


def test_among_them_lists_participants():
    text = ("Finland hosted the Arrow exercise, which drew forces from six nations, among them Estonia "
            "and Norway.")
    assert exercises(text) == {(("EST", "FIN", "NOR"), "FIN")}


def test_between_the_armed_forces_of_two_states():
    text = "The joint exercise between the armed forces of Kazakhstan and Kyrgyzstan was held in Kazakhstan."
    assert exercises(text) == {(("KAZ", "KGZ"), "KAZ")}


def test_a_code_name_read_as_a_common_noun_is_a_drill():
    # the tagger reads the capitalised code name as a plural noun
    text = "Mongolia and India wrapped up NOMEX-23 at a range near Ulaanbaatar on Monday."
    assert exercises(text) == {(("IND", "MNG"), "MNG")}


def test_states_that_also_took_part_in_the_next_sentence_join_the_drill():
    text = ("Indonesia and Malaysia held their first joint army drill in Borneo last week. "
            "Brunei and Singapore also took part.")
    (participants, host), = exercises(text)
    assert participants == ("BRN", "IDN", "MYS", "SGP")
    assert {a for a, h, _, _ in deployments(text) if h == host} >= {"BRN", "SGP"}


def test_states_that_took_part_in_something_else_do_not_join():
    text = ("Latvia held an exercise near Riga on Monday. Estonia took part in talks on the Baltic "
            "defence line.")
    assert exercises(text) == {(("LVA",), "LVA")}


def test_states_that_did_not_take_part_do_not_join():
    text = "Georgia held a large exercise near Tbilisi in August. Armenia and Azerbaijan did not take part."
    assert exercises(text) == {(("GEO",), "GEO")}


def test_an_exercise_of_an_alliance_hosted_by_a_member():
    text = "Kazakhstan will host a command-post exercise of the CSTO in September."
    assert exercises(text) == {(("CSTO", "KAZ"), "KAZ")}


def test_a_drill_verb_in_a_known_series_takes_its_usual_host():
    text = "Filipino soldiers drilled with US Marines during Balikatan."
    assert exercises(text) == {(("PHL", "USA"), "PHL")}


def test_a_drill_held_off_a_port_is_hosted_by_its_state():
    text = "The trilateral naval exercise, held off Mombasa, involved ships from Kenya, India and Japan."
    assert exercises(text) == {(("IND", "JPN", "KEN"), "KEN")}


def test_forces_that_are_in_a_state_for_a_joint_drill():
    text = "Around 800 Indian soldiers were in Kazakhstan for a joint exercise, Astana said."
    assert exercises(text) == {(("IND", "KAZ"), "KAZ")}


def test_an_official_in_a_state_for_a_drill_brings_no_forces():
    text = "The defence minister was in Serbia for the joint exercise on Tuesday."
    assert exercises(text) == set()


def test_a_series_known_to_drills_tsv_brings_its_owner_and_host():
    # Komodo: Indonesia's multinational naval exercise (data/drills.tsv)
    text = "Vietnamese sailors took part in Komodo 2025 off Bali."
    assert exercises(text) == {(("IDN", "VNM"), "IDN")}


def test_a_series_name_that_is_also_a_word_is_no_drill_on_its_own():
    text = "The Komodo dragon lives on islands in Indonesia."
    assert exercises(text) == set()


def test_a_drill_is_held_where_the_forces_taking_part_are():
    found = claims_of("Russia and Belarus began a joint strategic exercise on Friday, with some 13,000 "
                      "troops taking part in Belarus.", type="exercise")
    assert [(c.host, tuple(c.participants)) for c in found] == [("BLR", ("BLR", "RUS"))]
