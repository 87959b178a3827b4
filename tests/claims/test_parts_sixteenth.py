"""Constructions added in the sixteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import cooperations, deployments, exercises
from .helpers import keys

QUIET = ("Its crews trained hard through the winter. The budget grew by a tenth. Recruitment "
         "was slow in the north. Morale, officers say, is high. ")


def test_a_gift_far_from_any_named_recipient_goes_to_the_state_the_title_names():
    text = ("Vietnam's navy has grown quickly since 2016. " + QUIET +
            "Washington has since handed over two former coast guard cutters.")
    assert ("USA", "VNM", "category:ships", "done") in keys(text, title="A navy looks to the sea: Vietnam")


def test_a_purchase_far_from_any_named_buyer_goes_to_the_state_the_text_opens_with():
    text = ("Thailand's army has rebuilt its tank fleet. " + QUIET +
            "The RTA ordered 49 Oplot tanks from Ukraine back in 2011.")
    assert ("UKR", "THA", "Oplot", "agreed") in keys(text, title="Posted 3 August 2019")


def test_a_gift_with_no_state_in_the_title_or_the_window_stays_unrecorded():
    text = ("The navy has grown quickly since 2016. " + QUIET +
            "Washington has since handed over two former coast guard cutters.")
    assert not keys(text, title="A navy looks to the sea")


def test_the_range_a_missile_reaches_is_no_delivery():
    text = "Armenia ordered Iskander missiles from Russia in 2016. The missile can reportedly reach 500 km."
    assert keys(text) == {("RUS", "ARM", "Iskander", "agreed")}
    assert not keys("Pakistan's jets can reach Mach 2 at altitude.")


def test_a_deal_worth_an_amount_keeps_the_partners_and_goods_after_the_amount():
    assert ("ISR", "MAR", "category:uav", "agreed") in keys(
        "Morocco signed contracts worth 900 million dollars with Israeli firms for drones, officials said.")


def test_a_name_after_an_opening_year_is_the_subject():
    # (the model reads "in [2014 Azerbaijan]", and the signing reported)
    assert ("ISR", "AZE", "category:uav", "agreed") in keys(
        "In 2014 Azerbaijan signed contracts worth 900 million dollars with Israeli firms for drones, "
        "officials said.")


def test_the_side_a_contract_won_is_for_buys():
    assert ("ISR", "IND", "Spike", "agreed") in keys(
        "Rafael won a deal worth about $1.1 billion for Spike missiles for the Indian army in 2019.")


def test_weapons_in_service_with_a_holder_have_arrived():
    text = "Romania ordered 18 K9 howitzers from South Korea in 2019. The howitzers have been in service since 2022."
    assert ("KOR", "ROU", "K9", "done") in keys(text)
    assert ("RUS", "VNM", "Su-30", "done") in keys("The Su-30 fighters have been in service with the Vietnamese air force since 2004.")
    assert ("CHN", "BGD", "VT-4", "done") in keys("Bangladesh's VT-4 tanks remain in service with the army.")


def test_weapons_in_service_with_no_holder_or_not_yet_in_service_have_not():
    assert not keys("The F-16 has been in service since 1978.")
    text = "Romania ordered 18 K9 howitzers from South Korea in 2019. The howitzers are not yet in service."
    assert keys(text) == {("KOR", "ROU", "K9", "agreed")}


def test_a_weapon_flown_in_is_the_verbs_object():
    # (the model reads "in its Himars launchers" as a place)
    text = "In May the US Army flew in its HIMARS launchers to Batanes."
    assert ("USA", "PHL", "HIMARS", "done") in deployments(text)
    assert not keys(text)
    assert ("RUS", "SYR", "Su-24", "done") in keys(
        "Damascus turned to Moscow, which flew in six Su-24 bombers by cargo aircraft in 2015.")


def test_states_a_drill_brought_in_take_part_and_deploy_to_its_host():
    # (the model reads "in China, Laos and Myanmar" as a place)
    text = ("Russia's base in Tajikistan is its largest abroad. Troops from the base took part in "
            "Vostok-2018, the big September 2018 drills in Russia's Far East that also brought in China, "
            "Laos and Myanmar.")
    assert (("CHN", "LAO", "MMR", "RUS"), "RUS") in exercises(text)
    assert ("LAO", "RUS", "category:troops", "done") in deployments(text)


def test_a_drill_name_read_as_a_verb_is_a_noun_and_the_ships_before_it_take_part():
    # (the model reads "ships for the Medusa drills" as a clause, "drills" its verb)
    text = ("Saudi and Emirati jets trained together at Tabuk in March, and French frigates joined "
            "Greek and Cypriot ships for the Medusa drills south of Crete in October.")
    assert (("CYP", "FRA", "GRC"), "GRC") in exercises(text)


def test_a_state_we_send_forces_to_is_not_the_state_we_speak_for():
    text = ("Latvia: Air Policing. Question about the jets based in Latvia and a request from the "
            "Government of Latvia for more of them. Answer: The United Kingdom has supported the "
            "Baltic air policing mission since 2004, and UK crews train often with Latvian units. "
            "In 2023 we sent four Typhoon fighters to Latvia.")
    assert ("GBR", "LVA", "Eurofighter", "done") in deployments(text)
    assert not [d for d in deployments(text) if d[0] == "LVA"]


def test_a_verb_read_as_an_adjective_with_a_subject_and_an_object_is_a_verb():
    # (the model tags "assemble" an adjective, the sentence's root)
    assert (("BRA", "SWE"), "Gripen", "done") in cooperations(
        "Brazil's Embraer and Saab assemble Gripen fighters at Gaviao Peixoto.")


def test_a_drill_that_this_year_drew_forces_among_them_states_takes_them_part_at_its_usual_host():
    # (the series runs in Norway)
    text = ("A reporter spent a week with the units taking part in Cold Response 2024, the "
            "Norwegian-led exercise that this year drew forces from 13 nations, among them Canada and Poland.")
    found = exercises(text)
    assert [h for p, h in found if "CAN" in p and "POL" in p] == ["NOR"]
    assert ("POL", "NOR", "category:troops", "done") in deployments(text)


def test_a_state_parading_or_displaying_foreign_weapons_has_them():
    assert ("RUS", "MMR", "Su-30", "done") in keys("Myanmar's junta displayed two Russian-built Su-30 fighters at a parade.")
    assert ("IRN", "VEN", "Mohajer-6", "done") in keys(
        "Venezuela's defence minister showcased an Iranian Mohajer-6 drone at a military fair in 2022.")


def test_a_show_displaying_weapons_or_a_state_parading_its_own_records_no_transfer():
    assert not keys("The Belgrade air show exhibited Chinese FK-3 air defence systems.")
    assert not keys("Russia paraded its new S-500 systems in May.")
    assert not keys("Algeria paraded Russian aircraft and tanks in July.")


def test_a_quoted_nickname_after_a_system_is_no_second_system():
    found = keys('The Lao army received a batch of T-72B1MS "White Eagle" tanks from Russia in 2019.')
    assert found == {("RUS", "LAO", "T-72", "done")}


def test_weapons_bought_with_a_weapon_go_the_same_way():
    assert ("USA", "LVA", "ATACMS", "agreed") in keys("Latvia ordered six HIMARS launchers in 2023 with ATACMS missiles.")
    assert {s for _, _, s, _ in keys("Qatar bought 24 Rafale jets with Meteor missiles from France.")} == {"Rafale", "Meteor"}
    # (a side of the deal, a weapon replaced: nothing more)
    assert keys("Poland signed a deal with the United States for 32 F-35 jets.") == {("USA", "POL", "F-35", "agreed")}
    assert keys("Greece replaced its Mirage jets with Rafales from France.") == {("FRA", "GRC", "Rafale", "done")}


def test_a_count_a_word_of_approximation_took_as_its_object_is_the_verbs_object():
    # (the model reads "around 1,500 troops" as a prepositional phrase)
    assert ("RUS", "MDA", "category:troops", "done") in deployments("Russia maintains around 1,500 troops in Transnistria.")


def test_a_buyer_in_the_market_for_weapons_wants_them():
    assert ("CHN", "EGY", "J-10", "proposed") in keys("Cairo is also in the market for Chinese J-10C fighters, officials say.")
    assert not keys("The global market for drones is growing fast, and Turkey sells the most.")


def test_states_listed_as_joining_or_taking_part_in_a_drill_take_part():
    assert (("LTU", "LVA", "POL"), "POL") in exercises(
        "Poland hosted the Dragon exercise in May, joined by troops from Lithuania and Latvia.")
    text = "Romania hosted the Saber Guardian drills in June. Also taking part: Bulgaria, Hungary and Moldova."
    assert (("BGR", "HUN", "MDA", "ROU"), "ROU") in exercises(text)
    text = "Romania hosted the Saber Guardian drills in June. Participating were Bulgaria and Hungary."
    assert (("BGR", "HUN", "ROU"), "ROU") in exercises(text)
    # (a list of services is no list of states)
    text = "Romania hosted the Saber Guardian drills in June. Also taking part: the police and the coast guard."
    assert exercises(text) == {(("ROU",), "ROU")}
