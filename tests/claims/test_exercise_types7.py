"""Exercise series named without a drill noun (claims/series.py, data/drills.tsv), from
sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments, exercises


def test_series_subject_brings_troops_from_listed_states():
    text = ("In March, Talisman Sabre brought Australian and American soldiers together with those of "
            "Fiji, Tonga and Canada for landings near Bowen in Queensland.")
    assert exercises(text) == {(("AUS", "CAN", "FJI", "TON", "USA"), "AUS")}
    found = {(a, h) for a, h, _, _ in deployments(text)}
    assert {("USA", "AUS"), ("FJI", "AUS"), ("TON", "AUS"), ("CAN", "AUS")} <= found
    assert ("AUS", "AUS") not in found


def test_series_with_year_draws_forces_to_a_place_and_the_owner_hosting_takes_part():
    text = "Vostok-2018 drew troops from China and Mongolia to training grounds in eastern Russia."
    assert exercises(text) == {(("CHN", "MNG", "RUS"), "RUS")}
    assert {(a, h, s) for a, h, s, _ in deployments(text)} >= {("CHN", "RUS", "category:troops"),
                                                                 ("MNG", "RUS", "category:troops")}


def test_series_held_off_a_port_takes_the_owners_and_the_coastal_state():
    text = "Joint Sea-2017 was held off Vladivostok in September."
    assert exercises(text) == {(("CHN", "RUS"), "RUS")}
    assert ("CHN", "RUS", "category:ships", "done") in deployments(text)


def test_as_well_as_the_host_adds_the_host():
    text = ("The 2022 round of Anakonda was held in Poland with forces from Latvia, Lithuania and "
            "Estonia as well as the host.")
    ((participants, host),) = exercises(text)
    assert host == "POL" and {"EST", "LTU", "LVA", "POL"} <= set(participants)


def test_a_name_given_to_a_drill_is_no_second_drill():
    text = "Officials said the joint drills with Kazakhstan would be called \"Indestructible Brotherhood 2023\"."
    assert all(host != "UNK" or len(p) >= 2 for p, host in exercises(text))
    assert len(exercises(text)) <= 1


def test_ambiguous_series_name_needs_a_drill_frame():
    assert exercises("Shaheen missiles were paraded in Islamabad.") == set()
    assert exercises("Indra reported higher profits from its radar business in Madrid.") == set()


def test_an_edition_after_a_heading_is_a_round_of_that_series():
    text = ("Keen Sword. The biennial Japanese-American field exercise. "
            "The 2022 edition was held at bases across Japan with troops from Australia and Britain.")
    found = exercises(text)
    assert (("AUS", "GBR", "JPN", "USA"), "JPN") in found
    assert {("AUS", "JPN"), ("GBR", "JPN"), ("USA", "JPN")} <= {(a, h) for a, h, _, _ in deployments(text)}


def test_an_edition_brings_troops_from_listed_states_and_its_owners_run_it():
    text = ("Officials in Cairo confirmed that Bright Star will return in September. "
            "The last edition brought together troops from Greece, Jordan and Kenya.")
    assert (("EGY", "GRC", "JOR", "KEN", "USA"), "EGY") in exercises(text)


def test_a_round_of_talks_is_no_drill():
    text = ("Balikatan ended in May in the Philippines. "
            "The latest round of talks was held in Manila with officials from Japan.")
    assert all("JPN" not in p for p, _ in exercises(text))


def test_guests_taking_part_in_a_place_of_their_own_make_a_drill_there():
    text = ("Vostok-2022 was held in eastern Russia with Chinese troops. "
            "Units from Laos, Syria and Nicaragua also took part at a range near Minsk.")
    found = exercises(text)
    assert (("CHN", "RUS"), "RUS") in found
    assert (("CHN", "LAO", "NIC", "RUS", "SYR"), "BLR") in found
    placed = {(a, h) for a, h, _, _ in deployments(text)}
    assert {("LAO", "BLR"), ("SYR", "BLR"), ("NIC", "BLR")} <= placed
    assert ("LAO", "RUS") not in placed


def test_forces_taking_part_alongside_others_join_the_drill_just_named():
    text = ("In June came Khaan Quest in Mongolia. "
            "Canadian and Nepali soldiers took part alongside Mongolian and American units.")
    assert (("CAN", "MNG", "NPL", "USA"), "MNG") in exercises(text)
    assert {("CAN", "MNG"), ("NPL", "MNG")} <= {(a, h) for a, h, _, _ in deployments(text)}


def test_states_among_the_contingents_take_part():
    text = ("Exercise Pitch Black opened in Darwin in July. "
            "Brazil, Spain and Thailand are among the contingents.")
    ((participants, host),) = exercises(text)
    assert host == "AUS" and {"BRA", "ESP", "THA"} <= set(participants)
    assert {("BRA", "AUS"), ("ESP", "AUS"), ("THA", "AUS")} <= {(a, h) for a, h, _, _ in deployments(text)}


def test_an_edition_counted_in_countries_with_newcomers_joining():
    text = ("Cobra Gold is co-hosted by Thailand and the United States. "
            "The 2019 edition had 29 countries, with Chile and Kenya joining for the first time.")
    found = exercises(text)
    assert any(h == "THA" and {"CHL", "KEN", "THA", "USA"} <= set(p) for p, h in found)


def test_observers_named_with_a_series_take_no_part():
    text = ("Last year African Lion brought together troops from Ghana and Senegal, "
            "with Qatari officers attending as observers.")
    assert all("QAT" not in p for p, _ in exercises(text))
    assert not any(a == "QAT" for a, _, _, _ in deployments(text))


def test_a_drill_run_by_a_relative_clause_without_a_pronoun():
    text = "Ankara favours modest steps, such as the naval exercise it held with Pakistan and Qatar off Karachi in 2021."
    assert exercises(text) == {(("PAK", "QAT", "TUR"), "PAK")}
    found = deployments(text)
    assert {("TUR", "PAK", "category:ships", "done"), ("QAT", "PAK", "category:ships", "done")} <= found


def test_warships_of_two_states_drilling_together():
    text = "Turkish and Egyptian warships drilled together off Alexandria in June."
    assert exercises(text) == {(("EGY", "TUR"), "EGY")}
    assert ("TUR", "EGY", "category:ships", "done") in deployments(text)


def test_craft_of_one_state_drilling_alone_are_no_joint_drill():
    assert exercises("Greek jets trained over the Aegean in May.") == set() or \
        all(len(p) == 1 for p, _ in exercises("Greek jets trained over the Aegean in May."))


def test_states_listed_two_sentences_after_the_drill_join_it():
    text = ("Exercise Pitch Black opened in Darwin in July. "
            "The air force says 20 nations and 140 aircraft are involved. "
            "Brazil, Spain and Thailand are among the contingents.")
    ((participants, host),) = exercises(text)
    assert host == "AUS" and {"BRA", "ESP", "THA"} <= set(participants)


def test_it_after_a_series_heading_is_that_series():
    text = ("Eager Lion. Jordan and the United States have run it since 2011. "
            "Last year it gathered troops from Italy and Qatar near Amman.")
    found = exercises(text)
    assert any(h == "JOR" and {"JOR", "USA"} <= set(p) for p, h in found)


def test_a_series_mentioned_without_a_drill_verb_is_no_drill():
    assert exercises("Cobra Gold is expensive, officials in Bangkok say.") == set()
    assert exercises("Analysts compared the budget of Talisman Sabre with that of Balikatan.") == set()


def test_a_drill_at_a_base_in_a_city_is_hosted_by_the_city_state():
    text = "Jordanian and Emirati air force crews flew together in the Iron Falcon exercise at Al Dhafra Air Base in Abu Dhabi in May."
    assert exercises(text) == {(("ARE", "JOR"), "ARE")}
    assert ("JOR", "ARE", "category:aircraft", "done") in deployments(text)


def test_a_coordinated_clause_of_its_own_lends_no_forces_to_the_drill():
    text = ("Thai and Malaysian soldiers held their annual exercise in Malaysia in March, "
            "and Thai warships now call at Penang every year.")
    assert ("THA", "MYS", "category:troops", "done") in deployments(text)
    assert ("THA", "MYS", "category:ships", "done") not in deployments(text)


def test_a_participle_going_on_about_the_drill_lends_its_weapons():
    text = ("The 2023 edition of Talisman Sabre had 13 countries, with Fiji joining for the first time, "
            "and South Korea's marines firing their K9 howitzers on Australian soil.")
    found = deployments(text)
    assert any(a == "KOR" and h == "AUS" and s == "K9" for a, h, s, _ in found)


def test_craft_joining_others_for_another_drill_are_no_guests_of_the_first():
    text = ("Omani and Saudi crews flew together in an air exercise at Thumrait Air Base in Oman, "
            "and Saudi frigates joined Bahraini ships for separate drills in the Gulf.")
    assert ("SAU", "OMN", "category:ships", "done") not in deployments(text)


def test_a_drill_with_no_place_after_a_named_series_takes_its_usual_host():
    text = ("Officials say Garuda Shield will return next summer. "
            "The drill is co-sponsored by the Indonesian army and the Australian army.")
    assert (("AUS", "IDN"), "IDN") in exercises(text)
    assert all(h != "UNK" for _, h in exercises(text))
