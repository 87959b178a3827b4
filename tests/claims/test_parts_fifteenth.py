"""Constructions added in the fifteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import claims_of, deployments, exercises
from .helpers import keys


def test_a_drill_that_saw_forces_deployed_takes_their_states_part():
    text = "Latvia's biggest drill in years saw Polish and Canadian troops deployed near Adazi in May."
    assert (("CAN", "LVA", "POL"), "LVA") in exercises(text)
    assert ("CAN", "LVA", "category:troops", "done") in deployments(text)


def test_a_drill_that_drew_forces_lists_the_states_among_them_and_where_it_drew_them():
    assert [p for p, _ in exercises("The exercise drew forces from 14 nations, among them Georgia "
                                    "and Moldova.")] == [("GEO", "MDA")]
    text = "The drills drew 3,000 troops from Georgia and Moldova to Romania in 2023."
    assert (("GEO", "MDA"), "ROU") in exercises(text)
    assert ("GEO", "ROU", "category:troops", "done") in deployments(text)


def test_a_drill_that_drew_criticism_from_states_gives_them_no_part():
    text = ("Russia and Belarus held the Zapad exercise in Belarus in September. The drills drew "
            "sharp criticism from Poland and Lithuania.")
    found = exercises(text)
    assert (("BLR", "RUS"), "BLR") in found
    assert not [p for p, _ in found if "POL" in p]
    assert not [d for d in deployments(text) if d[0] == "POL"]


def test_a_known_series_named_with_its_year_is_a_drill_at_its_usual_host():
    text = "Cope Thunder 2024, when US Air Force F-22s flew beside Philippine FA-50s, ended on Friday."
    assert (("PHL", "USA"), "PHL") in exercises(text)


def test_a_base_geonames_does_not_place_hosts_the_forces_sent_there():
    assert ("FRA", "OMN", "Rafale", "done") in deployments(
        "France deployed four Rafale jets to Thumrait in 2023.")
    assert ("USA", "ARE", "F-22", "done") in deployments(
        "The US Air Force deployed F-22 fighters to Al Dhafra in 2022.")


def test_a_state_getting_what_it_makes_itself_from_no_one_named_is_no_transfer():
    assert not keys("Russia received 12 new Su-34 bombers in 2021.")
    assert not keys("The United States will buy 68 more F-35 jets next year.")
    # (a state buying its own make back from a named seller still is)
    assert ("IND", "RUS", "Su-30", "done") in keys("Russia bought back eight Su-30 jets from India in 2019.")


def test_a_type_number_with_an_export_letter_is_its_family():
    assert ("CHN", "THA", "Type 071", "agreed") in keys(
        "Thailand ordered a Type 071E amphibious transport dock from China in 2019.")
    assert ("CHN", "PAK", "Type 054A", "done") in keys("Pakistan received four Type 054AP frigates from China.")


def test_a_ministry_that_signs_for_weapons_signs_for_the_state_the_text_is_about():
    text = ("Peru's army has flown Russian helicopters for decades. In 2013 the Ministry of Defence "
            "signed for 24 Mi-171Sh transport helicopters from Russia.")
    assert ("RUS", "PER", "Mi-8", "agreed") in keys(text)


def test_goods_of_a_deal_told_before_counted_out_as_taken_are_received():
    text = ("Egypt ordered six Gowind corvettes from France in 2014. Egypt took all six corvettes "
            "between 2017 and 2020.")
    assert ("FRA", "EGY", "Gowind", "done") in keys(text)
    text = "Kazakhstan ordered Su-30SM fighters from Russia in 2014. It has taken two dozen of the jets since 2015."
    assert ("RUS", "KAZ", "Su-30", "done") in keys(text)


def test_weapons_taken_from_the_enemy_or_taken_somewhere_are_not_received():
    assert not keys("Ukrainian troops took two Russian T-90 tanks near Kharkiv.")
    assert ("FRA", "EGY", "Gowind", "done") not in keys(
        "Egypt ordered six Gowind corvettes from France. The navy took two of the corvettes to the Red Sea in 2021.")


def test_one_more_of_the_goods_still_under_talks_with_the_seller_is_that_deals_next_stage():
    text = "Chile ordered two Type 26 frigates from Britain in 2023. A third frigate is still being negotiated with London."
    assert ("GBR", "CHL", "Type 26", "negotiating") in keys(text)
    text = "Chile ordered two Type 26 frigates from Britain in 2023. A third frigate is being discussed with Paris."
    assert ("GBR", "CHL", "Type 26", "negotiating") not in keys(text)


def test_a_sentence_whose_only_verb_the_parser_took_for_a_noun_still_tells_its_claim():
    # (the small model reads "work" here as a noun with "personnel" as its compound)
    assert ("USA", "DJI", "category:troops", "done") in deployments(
        "Several thousand US personnel work at Camp Lemonnier in Djibouti.")


def test_jets_flying_from_a_named_place_abroad_are_deployed_there():
    assert ("GBR", "ROU", "Eurofighter", "done") in deployments(
        "RAF Typhoon jets are flying from Mihail Kogalniceanu in Romania.")
    found = claims_of("The US flew MQ-9 drones from Agadez until 2024.")
    assert [(c.type, c.actor, c.host) for c in found] == [("deployment", "USA", "NER")]


def test_jets_flown_from_home_to_a_destination_are_deployed_at_the_destination():
    assert deployments("Polish F-16 jets flew from Lask to Germany in 2023.") == {("POL", "DEU", "F-16", "done")}


def test_states_in_talks_about_hosting_a_sides_forces_would_host_them():
    text = ("The US flew MQ-9 drones from Agadez until 2024. US officials say they are in talks with "
            "coastal West African states, including Benin and Ghana, about hosting the drones.")
    found = deployments(text)
    assert ("USA", "BEN", "MQ-9", "negotiating") in found and ("USA", "GHA", "MQ-9", "negotiating") in found


def test_a_base_named_like_a_ship_is_a_place_and_a_named_ship_fires_for_its_navy():
    text = "From 2027 Britain will rotate its nuclear-powered submarines through HMAS Stirling in Western Australia."
    assert ("GBR", "AUS", "category:ships", "planned") in deployments(text)
    from ._typed import claimed_tests
    assert claimed_tests("In December the Australian destroyer HMAS Brisbane fired a Tomahawk off California.") \
        == {("AUS", "Tomahawk")}


def test_a_state_name_the_model_reads_as_a_person_for_its_possessive_is_still_the_state():
    # (the small model tags "Sri Lanka's" as a PERSON entity, the possessive included)
    assert ("CHN", "LKA", "category:ships", "done") in keys("China supplied Sri Lanka's navy with a frigate in 2019.")
    from armsgraph.entities import annotate
    from armsgraph.model import Document
    document = Document(id="t", text="Philip Hammond's visit ended on Friday.")
    annotate(document)
    assert [m.kind for m in document.mentions if m.text.startswith("Philip")] == ["person"]


def test_a_list_of_states_the_parser_breaks_at_its_second_name_is_one_list():
    # (the small model reads "Kyrgyzstan" as an apposition of "Kazakhstan", the rest as its conjuncts)
    assert (("KAZ", "KGZ", "RUS", "TJK"), "TJK") in exercises(
        "Soldiers from Kazakhstan, Kyrgyzstan, Tajikistan and Russia trained together in Tajikistan.")


def test_a_drill_off_a_place_is_hosted_by_the_state_of_that_place():
    assert (("AUS", "IND", "JPN"), "USA") in exercises("Japan, Australia and India joined the drills off Hawaii.")
    # ("off" read as a particle of the drill noun, the island as the verb's)
    assert (("JPN", "KOR", "USA"), "KOR") in exercises(
        "The US, Japan and South Korea held a trilateral naval drill off Jeju.")


def test_states_listed_as_a_drills_participants_take_part_in_it():
    text = "Morocco hosted this year's African Lion in May. Participants include the United States, Ghana and Senegal."
    assert (("GHA", "MAR", "SEN", "USA"), "MAR") in exercises(text)
    text = "Poland hosted the Anakonda exercise in November. Lithuania and Latvia took part, as did the United States."
    assert (("LTU", "LVA", "POL", "USA"), "POL") in exercises(text)
    text = "Thailand and the United States opened Cobra Gold on Monday; Japan and Singapore also took part."
    assert (("JPN", "SGP", "THA", "USA"), "THA") in exercises(text)


def test_states_taking_part_in_something_else_in_the_drills_sentence_do_not_join_it():
    text = "Thailand and the United States opened Cobra Gold on Monday, and Japan took part in trade talks."
    assert exercises(text) == {(("THA", "USA"), "THA")}


def test_coast_guard_cutters_and_landing_docks_are_ships():
    assert ("USA", "VNM", "category:ships", "done") in keys(
        "Washington has handed three former US Coast Guard cutters to Vietnam since 2017.")
    assert ("CHN", "THA", "category:ships", "agreed") in keys(
        "Thailand ordered an amphibious transport dock from China in 2019.")


def test_we_in_a_text_speaks_for_the_state_it_names_as_a_party_not_the_one_things_go_to():
    text = "The United Kingdom is Ukraine's closest ally. In 2023 we sent 14 Challenger 2 tanks to Ukraine."
    assert ("GBR", "UKR", "Challenger 2", "done") in keys(text)


def test_weapons_sent_together_with_troops_are_deployed_not_handed_over():
    text = "Egypt dispatched troops and armoured vehicles to Somalia in 2024."
    assert not keys(text)
    assert ("EGY", "SOM", "category:armoured-vehicles", "done") in deployments(text)
    # (goods sent alone, or beside other goods, are still handed over)
    assert ("EGY", "SOM", "category:armoured-vehicles", "done") in keys("Egypt sent armoured vehicles to Somalia in 2024.")


def test_an_ambiguous_jet_name_is_read_beside_air_policing_words():
    assert ("GBR", "POL", "Eurofighter", "done") in deployments("British Typhoons have been policing Polish airspace since April.")


def test_participating_navies_listed_as_those_of_states_join_the_drill():
    text = "RIMPAC 2024 opened off Hawaii on Thursday. Participating navies include those of India, Japan and Chile."
    assert (("CHL", "IND", "JPN", "USA"), "USA") in exercises(text)


def test_a_drill_that_brings_forces_together_in_one_of_their_states_is_hosted_there():
    text = ("The exercise brought together the armed forces of Russia, Belarus, Kazakhstan, Kyrgyzstan "
            "and Tajikistan in Belarus.")
    assert (("BLR", "KAZ", "KGZ", "RUS", "TJK"), "BLR") in exercises(text)
