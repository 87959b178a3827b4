"""Test claims: who tested which system."""
from __future__ import annotations

from ._typed import claimed_tests, claims_of


def test_active_test_fire():
    assert ("IND", "Akash") in claimed_tests("India successfully test-fired an Akash missile from Chandipur.")


def test_passive_test_abroad_takes_the_origin_not_the_place():
    found = claimed_tests("The Polonez was first tested in China and only later in Belarus.")
    assert found == {("BLR", "Polonez")}
    claim = claims_of("The Polonez was first tested in China.", kind="test")[0]
    assert claim.host == "CHN"


def test_noun_test_with_governing_subject():
    assert ("PRK", "Hwasong") in claimed_tests("North Korea announced a successful test of the Hwasong missile.")


def test_systems_in_for_phrases():
    found = claimed_tests("Belarus was about to test new missiles for the Polonez and for the Tor systems.")
    assert ("BLR", "Polonez") in found


def test_a_launch_is_no_test_without_test():
    assert not claimed_tests("Russia launched Kalibr missiles at Kyiv.")


def test_purpose_and_refusal_are_no_tests():
    assert not claimed_tests("Russia refused to provide its grounds for testing Belarus-made missiles.")
    assert not claimed_tests("Iran refused to test the Shahed drones.")


def test_a_launch_with_no_target_is_a_test():
    found = claimed_tests("North Korea launched a Hwasong-18 intercontinental ballistic missile on Thursday.")
    assert any(actor == "PRK" and system.startswith("Hwasong") for actor, system in found)
    assert ("PRK", "category:ballistic-missiles") in claimed_tests(
        "Pyongyang fired two short-range ballistic missiles off its east coast on Monday, Seoul said.")
    assert ("CHN", "DF-41") in claimed_tests("China's military launched a DF-41 missile into the Pacific Ocean.")


def test_a_launch_at_a_target_or_in_combat_is_no_test():
    assert not claimed_tests("The Houthis launched a ballistic missile toward Eilat on Tuesday.")
    assert not claimed_tests("Russia fired an Oreshnik missile at Dnipro.")
    assert not claimed_tests("Ukraine launched ATACMS missiles into Russia's Belgorod region.")
    assert not claimed_tests("Russia launched cruise missiles overnight, damaging power plants.")


def test_trials_and_test_launch_nouns():
    assert ("RUS", "Zircon") in claimed_tests(
        "The Russian navy conducted trials of the Tsirkon hypersonic missile in the White Sea.")
    assert ("IND", "Agni-V") in claimed_tests("India successfully tested the Agni-V missile from Abdul Kalam Island.")


def test_training_launch_and_passive_launch_of_a_named_missile():
    found = claimed_tests("Pakistan's military said it had conducted a training launch of the Shaheen-III ballistic missile.")
    assert any(actor == "PAK" and system.startswith("Shaheen") for actor, system in found)
    assert ("RUS", "Sarmat") in claimed_tests(
        "Russia's defence ministry said the Sarmat missile had been launched from the Plesetsk cosmodrome.")
    assert not claimed_tests("The Kalibr missiles were launched from submarines in the Black Sea toward Odesa.")


def test_hypotheticals_and_denials_are_no_tests():
    assert not claimed_tests("If North Korea tests another nuclear device, sanctions will follow.")
    assert not claimed_tests("Seoul denied that it had tested a ballistic missile.")


def test_a_relative_clause_that_underwent_trials():
    found = claims_of("He meant the Palanez multiple rocket launcher, a new Belarusian defence product "
                      "which underwent trials in China.", kind="test")
    assert {(c.actor, c.system, c.host) for c in found} == {("BLR", "Polonez", "CHN")}


def test_a_possible_or_wished_test_is_no_test():
    assert not claimed_tests("North Korea could test a new missile if talks collapse.")
    assert not claimed_tests("Iran wants to test the Fattah missile.")


def test_a_launch_next_to_a_strike_is_no_test():
    assert not claimed_tests("Ukraine launched Storm Shadow missiles on Tuesday, officials said. "
                             "The strikes hit an airfield in Crimea.")


def test_a_dateline_city_is_not_the_tester():
    text = ("TOKYO, 3 May 2024 — North Korea launched a Hwasong-15 intercontinental ballistic missile on Friday, "
            "Japan's defence ministry said.")
    found = claimed_tests(text)
    assert any(actor == "PRK" for actor, _ in found)
    assert not any(actor == "JPN" for actor, _ in found)
    text = "ISLAMABAD — Pakistan test-fired a Shaheen-III ballistic missile from a site in Balochistan on Tuesday."
    assert {actor for actor, _ in claimed_tests(text)} == {"PAK"}


def test_the_north_in_an_article_about_north_korea():
    text = ("North Korea test-fired a Hwasong-15 missile on Monday, Japan said. It was the second test this month. "
            "Early on Saturday the North had also fired two cruise missiles into the sea off its west coast.")
    assert ("PRK", "category:cruise-missiles") in claimed_tests(text)


def test_coordinated_for_phrases_each_name_a_tested_system():
    found = claimed_tests("Kazakhstan was about to test new rockets for the Polonez and for the Tor air defence system.")
    assert {("KAZ", "Polonez"), ("KAZ", "Tor")} <= found


def test_a_space_launch_is_no_weapon_test():
    assert not claimed_tests("Russia launched a Soyuz rocket carrying a weather satellite from Baikonur.")
    assert any(actor == "PRK" for actor, _ in claimed_tests("North Korea launched a Hwasong-18 missile on Monday."))


def test_a_sentence_read_as_one_noun_phrase_names_the_tester_before_the_participle():
    assert claimed_tests("Taiwan test-fired Harpoon missiles during drills.") == {("TWN", "Harpoon")}
    assert claimed_tests("Poland test-fired Piorun missiles at a range near Ustka.") == {("POL", "Piorun")}


def test_trialled_and_a_maiden_firing_are_tests():
    from ._typed import claimed_tests as found_tests
    assert ("IDN", "category:uav") in found_tests("Indonesia's military trialled a locally made drone.")
    assert ("IND", "BrahMos") in found_tests(
        "India's navy carried out a maiden firing of the BrahMos from its new destroyer.")
    # a firing with no test word and a target is no test
    assert not found_tests("Russia's navy carried out a firing of Kalibr missiles at Odesa.")


def test_a_practice_target_and_a_space_force_base_are_still_tests():
    from ._typed import claimed_tests as found_tests
    assert ("USA", "Minuteman") in found_tests(
        "The US Air Force launched an unarmed Minuteman III missile from Vandenberg Space Force Base in California.")
    assert ("RUS", "Zircon") in found_tests(
        "The Russian navy fired a Zircon missile from a frigate in the Barents Sea at a target on the coast.")
    # targets in a state are an attack's
    assert not found_tests("Russia fired Kalibr missiles at targets in Ukraine.")
    # a rocket carrying a satellite into space is no weapon test
    assert not found_tests("Russia launched a Soyuz rocket carrying a weather satellite into space.")


def test_a_firing_in_a_test_or_a_drill_is_a_test_of_the_firer():
    from ._typed import claimed_tests as found_tests
    assert found_tests("The KF-21 prototypes have since fired a Meteor air-to-air missile in a guided test "
                       "over the Yellow Sea.") == {("KOR", "Meteor")}
    assert ("IRN", "Bavar-373") in found_tests(
        "Iran's army also fired Bavar-373 surface-to-air missiles during its annual air-defence drill in the desert.")
    # a firing in combat is none
    assert not found_tests("Ukrainian troops fired Javelin missiles at Russian tanks during the offensive.")


def test_a_platform_firing_a_named_missile_tests_it():
    from ._typed import claimed_tests as found_tests
    assert ("RUS", "Bulava") in found_tests(
        "Days earlier, the submarine Knyaz Pozharsky fired a Bulava missile from a submerged position in the White Sea.")
    assert ("RUS", "Zircon") in found_tests(
        "The Russian navy fired a Zircon missile at a target on the coast, hitting it at a range of 400 km.")
    # a platform firing at a city attacks it
    assert not found_tests("The frigate Admiral Kasatonov fired a Kalibr cruise missile at Kharkiv, officials said.")


def test_the_missile_a_few_paragraphs_on_is_the_one_the_text_is_about():
    text = ("Vietnam received its first Bastion-P coastal missiles from Russia in 2010.\n\n"
            "Officials praised the handover.\n\n"
            "The order was signed in 2005.\n\n"
            "Hanoi paid in cash.\n\n"
            "The Russian Navy test-fired an upgraded version of the missile in the Black Sea in May.")
    assert ("RUS", "Bastion-P") in claimed_tests(text)


def test_a_transport_that_carried_the_weapons_is_not_the_goods_of_the_handover():
    text = ("Russia delivered S-400 systems to India in 2021. An Il-76 transport landed at "
            "Adampur carrying launchers and radars. Officials attended the handover.")
    assert not any(c.system == "Il-76" for c in claims_of(text, kind="transfer"))
