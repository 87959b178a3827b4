"""Cooperation and exercise constructions added in the twentieth session (sentences written
for the tests)."""
from __future__ import annotations

from ._typed import cooperations, exercises


def test_a_named_drill_noun_read_as_a_verb_is_the_drill():
    # ("held the SEAGULL exercise": "exercise" read as a verb whose clause hangs on "held")
    found = exercises("Thai and Malaysian naval ships held the SEAGULL exercise off Kuantan.")
    assert (("MYS", "THA"), "MYS") in found


def test_a_drill_verb_with_its_own_subject_stays_a_verb():
    assert not exercises("Officials let the Kurdish fighters exercise their rights.")


def test_a_pact_on_defence_cooperation_is_cooperation_in_materiel():
    assert (("ARM", "IND"), "category:materiel", "agreed") in cooperations(
        "Armenia and India signed an agreement on defence cooperation in Yerevan.")
    assert (("KEN", "TUR"), "category:materiel", "agreed") in cooperations(
        "Kenya signed a memorandum of understanding on military cooperation with Turkey last week.")


def test_a_pact_on_something_else_is_no_cooperation():
    assert not cooperations("Armenia and India signed an agreement on cultural cooperation in Yerevan.")


def test_one_drilling_state_among_other_named_states_is_no_drill():
    # the others' part was not read: no one-party drill is made up
    assert not exercises("Analysts expect the Korean-Australian drills in May and a Vietnamese decision on Swedish jets, "
                         "which Hanoi may order next year.")


def test_a_state_drilling_alone_near_another_state_keeps_its_drill():
    found = exercises("Vietnam's navy held its annual live-fire drill in the Gulf of Thailand on Monday.")
    assert ("VNM",) in {participants for participants, _host in found}
    assert (("IRN",), "IRN") in exercises("Iran's army fired air-defence missiles during its annual drill in the central desert.")


def test_keeping_up_weapons_for_another_state_is_cooperation():
    assert (("BGD", "CHN"), "K-8", "done") in cooperations(
        "A Chinese plant in Nanchang has overhauled four K-8 trainers for the Bangladesh Air Force since 2020.")
    assert (("EGY", "FRA"), "category:ships", "planned") in cooperations(
        "The French shipyard Naval Group will refit three frigates for the Egyptian Navy.")


def test_keeping_up_ones_own_weapons_for_a_purpose_is_no_cooperation():
    assert not cooperations("The Egyptian Navy will refit three frigates for patrols in the Red Sea.")


def test_a_deal_to_localise_making_is_made_with_the_deal_side():
    assert (("ARE", "TUR"), "Bayraktar TB2", "agreed") in cooperations(
        "Baykar signed an agreement with the United Arab Emirates to localise the production of Bayraktar TB2 drones.")


def test_the_with_side_of_a_memorandum_of_understanding():
    assert (("FIN", "KOR"), "category:uav", "agreed") in cooperations(
        "Hyundai Rotem signed a memorandum of understanding with Finland's Patria to jointly develop military drones.")


def test_partnering_idioms_of_the_trade_press():
    for verb in ("tied up", "joined hands", "joined forces"):
        found = cooperations(f"Larsen & Toubro has {verb} with Spain's Navantia to build landing ships in India.")
        assert {partners for partners, _system, _status in found} == {("ESP", "IND")}, verb
    assert not cooperations("The loan was tied to the purchase of Spanish landing ships by India.")


def test_the_making_a_partnership_was_entered_into_for():
    assert ("ESP", "IND") in {p for p, _s, _st in cooperations(
        "Larsen & Toubro has entered into a partnership with Navantia to build landing ships in India.")}


def test_designing_for_another_state_is_cooperation():
    assert (("BGD", "CHN"), "category:ships", "done") in cooperations(
        "The patrol vessels were designed for Bangladesh by Chinese engineers.")
    assert not cooperations("The patrol vessels were designed for coastal work by Chinese engineers.")


def test_a_named_programme_two_sides_own_together():
    found = cooperations("Spain and France agreed last month to fold their FCAS fighter programme into a new joint company.")
    assert {(partners, status) for partners, _system, status in found} == {(("ESP", "FRA"), "agreed")}


def test_one_sides_own_programme_is_no_cooperation():
    assert not cooperations("Germany said it will keep its Eurofighter upgrade programme on schedule.")


def test_navies_brought_together_take_part():
    found = exercises("The manoeuvres brought together navies from Greece and Cyprus off Limassol.")
    assert ("CYP", "GRC") in {participants for participants, _host in found}


def test_a_host_takes_in_the_states_its_guests_came_from():
    found = exercises("The Kenyan army hosted soldiers from nine countries, including Uganda and Rwanda, "
                      "for the Justified Accord exercise near Nairobi.")
    assert ("KEN", "RWA", "UGA") in {participants for participants, _host in found}


def test_observers_with_a_drill_do_not_take_part():
    found = exercises("Greece and Cyprus held the Eunomia exercise in Cyprus, with observers from Egypt and Israel.")
    assert {participants for participants, _host in found} == {("CYP", "GRC")}
    found = exercises("Indian and Sri Lankan warships held the SLINEX exercise off Colombo, with a Maldivian ship as an observer.")
    assert all("MDV" not in participants for participants, _host in found)


def test_joint_making_listed_after_including_is_the_clause_sides():
    found = cooperations("Ankara and Baku plan to deepen cooperation in defence production, "
                         "including the joint manufacture of Bayraktar TB2 components.")
    assert (("AZE", "TUR"), "Bayraktar TB2", "planned") in found
