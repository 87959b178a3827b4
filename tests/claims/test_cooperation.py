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


def test_joint_venture_between_two_states_as_subject():
    assert (("IND", "RUS"), "BrahMos", "done") in cooperations(
        "A joint venture between India and Russia has assembled the first BrahMos missiles.")
    assert (("CHN", "SAU"), "category:uav", "planned") in cooperations(
        "A joint venture between Saudi Arabia and China will produce armed drones in Riyadh.")


def test_co_production_with_a_partner_takes_the_maker():
    found = cooperations("The deal covers co-production of the K9 howitzer with Poland.")
    assert {(p, s) for p, s, _ in found} == {(("KOR", "POL"), "K9")}


def test_production_with_the_help_of_foreign_engineers():
    found = cooperations("Egypt began licensed production of the tanks with the help of American engineers.")
    assert {(p, s) for p, s, _ in found} == {(("EGY", "USA"), "category:tanks")}


def test_help_to_operate_and_maintain():
    assert (("MMR", "RUS"), "MiG-29", "planned") in cooperations("Russia will help Myanmar maintain its MiG-29 fleet.")


def test_technology_transfer():
    assert (("BRA", "FRA"), "category:ships", "done") in cooperations(
        "The agreement includes technology transfer from France to Brazil for the submarines.")
    assert not cooperations("The deal includes a transfer of 24 tanks to Poland.")


def test_a_joint_engine_radar_is_a_component_not_the_aircraft():
    assert (("GBR", "JPN"), "category:components", "planned") in cooperations(
        "Japan and Britain will jointly develop a new fighter jet engine.")
    assert (("ISR", "KOR"), "category:electronics", "done") in cooperations(
        "The radar was developed jointly by Israel and South Korea.")


def test_licence_assembly_is_left_to_transfers():
    assert not cooperations(
        "The helicopters will be assembled locally by Hindustan Aeronautics under licence from Airbus.")


def test_help_named_by_a_modifier():
    found = cooperations("The Pakistani navy's frigates were built with Chinese help.")
    assert (("CHN", "PAK"), "category:ships", "done") in found
    assert (("PRK", "RUS"), "category:missile-development", "done") in cooperations(
        "The missile was developed by North Korea with Russian assistance, South Korean officials believe.")


def test_conditions_and_civil_plants_make_no_cooperation():
    assert not cooperations("The missile could be jointly produced by Iran and Russia if sanctions are lifted.")
    assert not cooperations("Russian specialists are helping India build the Kudankulam nuclear plant.")
    assert not cooperations("Toyota and Ford set up a joint venture to produce cars.")
    assert (("IRN", "RUS"), "category:production", "done") in cooperations(
        "Iran has helped Russia build a drone factory in Tatarstan.")


def test_a_relative_clause_built_together_with_a_partner():
    text = ("The navy flies the Tejas, a light fighter that Hindustan Aeronautics has developed together "
            "with Israel's Elbit since 2005.")
    assert (("IND", "ISR"), "Tejas", "done") in cooperations(text)


def test_advisers_helping_crews_operate_the_weapons_named_before():
    text = "Iran has provided Russia with Shahed-136 drones. Iranian advisers helped Russian crews operate them in Crimea."
    assert (("IRN", "RUS"), "Shahed-136", "done") in cooperations(text)


def test_a_joint_venture_in_apposition_assembles_each_system():
    text = ("Kazakhstan Aselsan Engineering, a joint venture between Kazakhstan's national defence company and "
            "Turkey's Aselsan, has assembled Anka and Bayraktar TB2 drones near Astana since 2021.")
    found = cooperations(text)
    assert {(("KAZ", "TUR"), "Anka", "done"), (("KAZ", "TUR"), "Bayraktar TB2", "done")} <= found


def test_a_venture_under_discussion_to_produce_what_the_clause_named():
    text = ("In May the Philippines signed a contract for 12 Chunmoo launchers from South Korea. Manila wants "
            "the missiles for them to be made at home, and the two sides are discussing a joint venture to "
            "produce them.")
    assert (("KOR", "PHL"), "category:missiles", "negotiating") in cooperations(text)


def test_help_to_build_satellites_is_technology_and_a_request_for_help_names_the_usual_partner():
    text = "Erdogan said Turkey would help Azerbaijan build satellites. Baku later asked for help with satellites and drones."
    found = cooperations(text)
    assert (("AZE", "TUR"), "category:technology", "planned") in found
    assert (("AZE", "TUR"), "category:technology", "proposed") in found
    assert not any(system == "category:electronics" for _, system, _ in found)
    assert not cooperations("Baku asked for help with satellites.")       # no helper known


def test_them_after_a_definite_category_far_below_the_named_system():
    text = ("Russian forces struck power plants with Shahed-136 drones last year. Kyiv identified them quickly. "
            "Iran denied it at first. Officials said more were coming. Western governments say the scale is larger. "
            "Iran has provided Russia with hundreds of the drones, and Iranian advisers helped Russian crews "
            "operate them in Crimea.")
    assert (("IRN", "RUS"), "Shahed-136", "done") in cooperations(text)


def test_a_joint_venture_under_negotiation_to_build_what_was_bought():
    text = "Egypt bought K9 howitzers from South Korea, and the two governments are negotiating a joint venture to build them in Egypt."
    assert (("EGY", "KOR"), "K9", "negotiating") in cooperations(text)


def test_satellites_built_for_another_state_and_a_named_system_split_by_the_parser():
    text = "China agreed to build satellites for Pakistan. Islamabad later asked for help with a space station as well."
    found = cooperations(text)
    assert (("CHN", "PAK"), "category:technology", "agreed") in found
    assert (("CHN", "PAK"), "category:technology", "proposed") in found
    text = "Turkey sold Bayraktar TB2 drones to Ukraine, and Turkish technicians helped Ukrainian crews maintain them."
    assert (("TUR", "UKR"), "Bayraktar TB2", "done") in cooperations(text)


def test_a_joint_verb_under_a_deal_with_a_partner():
    assert (("IND", "VNM"), "BrahMos", "negotiating") in cooperations(
        "Hanoi is discussing a deal with New Delhi to co-produce BrahMos missiles in Vietnam.")
    assert (("KOR", "POL"), "K2", "agreed") in cooperations(
        "Poland signed an agreement with South Korea to jointly produce K2 tanks.")
    assert not cooperations("Poland will jointly produce K2 tanks.")


def test_help_sought_from_a_side_named_as_a_modifier_and_working_together():
    assert (("FRA", "IDN"), "Scorpene", "proposed") in cooperations(
        "Indonesia is seeking French help to build Scorpene submarines at home.")
    assert (("PAK", "TUR"), "KAAN", "done") in cooperations("Turkey works with Pakistan on the KAAN fighter.")
    assert not cooperations("Russia is working on a new missile.")


def test_assistance_on_the_governing_verb_a_helper_asked_and_money_is_no_partner():
    assert (("MMR", "RUS"), "Yak-130", "done") in cooperations(
        "With Russian assistance, Myanmar has started assembling Yak-130 trainers.")
    assert (("DEU", "UKR"), "Leopard 2", "proposed") in cooperations("Kyiv has asked Berlin for help repairing its Leopard tanks.")
    assert not cooperations("Myanmar began building Yak-130 trainers with a loan from Russia.")


def test_a_plant_abroad_where_a_system_is_assembled_and_a_plant_set_up_with_foreign_engineers():
    text = "South Korea's Hanwha has started construction of a factory in Australia where K9 howitzers will be built."
    assert (("AUS", "KOR"), "K9", "planned") in cooperations(text)
    text = "Rheinmetall opened a plant in Hungary where Lynx vehicles are assembled."
    assert (("DEU", "HUN"), "Lynx", "done") in cooperations(text)
    text = "Bharat Dynamics has produced Konkurs missiles at a plant in Hyderabad set up with Russian engineers."
    assert (("IND", "RUS"), "Konkurs", "done") in cooperations(text)
    # one state's own plant is no cooperation
    assert not cooperations("Lockheed Martin builds F-16 fighters at a plant in Greenville, South Carolina.")
    assert not cooperations("The drones are assembled at a factory in Tehran.")


def test_the_states_in_the_name_of_a_joint_venture_that_makes_the_system():
    text = "The army is receiving Kornet missiles made in Minsk by Russian-Belarusian Missiles, a joint venture set up in 2015."
    assert (("BLR", "RUS"), "Kornet", "done") in cooperations(text)
    text = "Turkish-Azerbaijani Arms, a joint venture set up in 2020, produces Bayraktar TB2 drones."
    assert (("AZE", "TUR"), "Bayraktar TB2", "done") in cooperations(text)
    # a company of one state is no venture
    assert not cooperations("The army is receiving Kornet missiles made by KBP, a Russian company set up in 1927.")


def test_a_category_developed_together_is_the_programme_the_sentence_names():
    text = ("When Spain, France and Germany agreed in 2019 that they would develop a new fighter jet together, "
            "critics gave the FCAS programme little chance.")
    assert {s for _, s, _ in cooperations(text)} == {"FCAS"}
    text = "Brazil and Sweden will build fighter jets together, officials said."
    assert cooperations(text) == {(("BRA", "SWE"), "category:aircraft", "planned")}
    # a system of another kind in the sentence is not what is made
    text = "Turkey and Pakistan will develop a new fighter jet together, after Pakistan bought Bayraktar TB2 drones."
    assert {s for _, s, _ in cooperations(text)} == {"category:aircraft"}


def test_a_numbered_group_that_signs_a_treaty_creating_a_programme_body():
    text = ("Poland, Czechia and Slovakia agreed last year to develop a new tank together. "
            "The three governments signed a treaty in 2024 creating the Leopard 2 support office.")
    assert (("CZE", "POL", "SVK"), "Leopard 2", "agreed") in cooperations(text)
    text = "France, Germany and Spain signed a treaty in 2022 creating the FCAS programme office."
    assert cooperations(text) == {(("DEU", "ESP", "FRA"), "FCAS", "agreed")}


def test_sides_of_a_deal_to_co_produce_named_in_one_subject_phrase():
    text = "Ukraine's Ukroboronprom and Turkey's Baykar signed a deal to co-produce drones."
    assert cooperations(text) == {(("TUR", "UKR"), "category:uav", "agreed")}
    text = "Poland's PGZ and South Korea's Hanwha signed an agreement to jointly produce K9 howitzers."
    assert (("KOR", "POL"), "K9", "agreed") in cooperations(text)


def test_a_production_plant_built_in_another_state():
    text = "Germany's Rheinmetall will build an ammunition plant in Lithuania."
    assert cooperations(text) == {(("DEU", "LTU"), "category:production", "planned")}
    assert not cooperations("Poland will build a new ammunition plant near Krakow.")


def test_a_state_joining_the_programme_of_a_named_system_works_with_its_makers():
    assert cooperations("Saudi Arabia wants to join the GCAP fighter programme.") == \
        {(("GBR", "ITA", "JPN", "SAU"), "GCAP", "proposed")}
    # joining commits the joiner and the programme to each other: agreed (eighteenth session)
    assert cooperations("Belgium joined the FCAS programme as an observer in 2023.") == \
        {(("BEL", "DEU", "ESP", "FRA"), "FCAS", "agreed")}
    assert not cooperations("Poland joined NATO in 1999.")


def test_talks_and_refused_proposals_on_joint_work():
    assert cooperations("India and France are in talks to jointly develop a new jet engine.") == \
        {(("FRA", "IND"), "category:components", "negotiating")}
    found = cooperations("Russia rejected proposals from Belarus for joint production of Iskander missiles.")
    assert found == {(("BLR", "RUS"), "Iskander", "refused"), (("BLR", "RUS"), "Iskander", "proposed")}


def test_technology_shared_with_another_state():
    text = "Ankara has also offered to share missile technology with Jakarta, officials said."
    assert cooperations(text) == {(("IDN", "TUR"), "category:technology", "proposed")}
    assert cooperations("France will share submarine technology with Brazil.") == \
        {(("BRA", "FRA"), "category:technology", "planned")}
    assert not cooperations("The two leaders shared a meal with reporters.")


def test_sides_that_agree_a_system_will_be_made_at_one_of_theirs():
    assert cooperations("Egypt and China agreed that the drones would be built in Egypt.") == \
        {(("CHN", "EGY"), "category:uav", "agreed")}
    assert not cooperations("Officials said that the drones would be built in Egypt.")


def test_work_on_the_programme_named_before_and_making_under_an_arrangement():
    text = ("Peru ordered two K2 tanks from South Korea. "
            "Hyundai Rotem will cooperate with Peruvian firms on the project.")
    assert cooperations(text) == {(("KOR", "PER"), "K2", "planned")}
    text = "Belarusian plants now make their own version of the Kornet under an agreement with Russia."
    assert cooperations(text) == {(("BLR", "RUS"), "Kornet", "done")}


def test_know_how_handed_over_within_a_joint_development_is_part_of_it():
    text = "Japan and Italy are to jointly develop a new jet engine, with full transfer of technology to Italy."
    assert {s for _, s, _ in cooperations(text)} == {"category:components"}


def test_the_programme_is_the_system_a_partner_makes_not_the_one_it_replaces():
    text = ("Peru ordered two K2 tanks from South Korea to replace its ageing Russian T-55 tanks. "
            "Hyundai Rotem will cooperate with Peruvian firms on the project.")
    assert cooperations(text) == {(("KOR", "PER"), "K2", "planned")}
    text = ("Peru ordered two K2 tanks from South Korea. "
            "Under the contract Hyundai Rotem will cooperate with Peruvian firms on the project.")
    assert cooperations(text) == {(("KOR", "PER"), "K2", "agreed")}


def test_co_manufacture_and_production_by_two_states():
    from ._typed import cooperations as coop
    assert {(p, s) for p, s, _ in coop("Kazakhstan and Turkey will co-manufacture Hurjet trainers in Kazakhstan.")} \
        == {(("KAZ", "TUR"), "Hurjet")}
    assert {(p, s) for p, s, _ in coop(
        "The co-production of Stryker vehicles by India and the United States was discussed in Delhi.")} \
        == {(("IND", "USA"), "Stryker")}
    # production by one state alone is no cooperation
    assert not coop("The production of Stryker vehicles by the United States was discussed in Delhi.")


def test_a_partnership_hung_on_the_object_names_the_partner():
    from ._typed import cooperations as coop
    assert {p for p, _, _ in coop("Egypt will locally assemble Wing Loong drones in partnership with China.")} \
        == {("CHN", "EGY")}


def test_made_in_a_state_with_foreign_support():
    from ._typed import cooperations as coop
    assert {p for p, _, _ in coop("The last two corvettes are being assembled in Karachi with Turkish technical support.")} \
        == {("PAK", "TUR")}
    assert {(p, s) for p, s, _ in coop("The jets will be built in India with French help.")} == \
        {(("FRA", "IND"), "category:aircraft")}


def test_a_plant_opened_abroad_to_make_a_system():
    from ._typed import cooperations as coop
    assert coop("Rheinmetall opened a factory in Kecskemet in 2022 to produce Lynx vehicles for the Hungarian army.") \
        == {(("DEU", "HUN"), "Lynx", "done")}
    # a plant at home is no cooperation
    assert not coop("Lockheed Martin opened a factory in Texas to produce F-35 jets.")


def test_talks_on_joint_production_and_a_venture_set_up_to_make_a_system():
    from ._typed import cooperations as coop
    assert coop("Egypt is in talks with South Korea on the joint production of K9 howitzers.") == \
        {(("EGY", "KOR"), "K9", "negotiating")}
    assert {(p, s) for p, s, _ in coop("Hanwha is setting up a joint venture with Poland's WB Group to "
                                      "manufacture guided rockets for the Chunmoo launchers.")} == {(("KOR", "POL"), "Chunmoo")}


def test_local_production_under_a_deal_with_the_maker():
    from ._typed import cooperations as coop
    assert coop("South Korea's Hanwha signed a deal with Poland to manufacture K9 howitzers locally.") == \
        {(("KOR", "POL"), "K9", "agreed")}
    # building at home with no partner is none
    assert not coop("Poland will build K9 howitzers locally.")


def test_the_partners_are_the_ones_named_before():
    from ._typed import cooperations as coop
    text = ("Vietnam wants to buy BrahMos missiles. India and Russia jointly developed the BrahMos. "
            "The partners now plan to develop a lighter BrahMos-NG variant.")
    assert {p for p, _, _ in coop(text)} == {("IND", "RUS")}


def test_help_to_build_up_a_service_or_parts_for_a_named_system():
    from ._typed import cooperations as coop
    assert coop("Turkey will help build up the Somali navy.") == {(("SOM", "TUR"), "category:ships", "planned")}
    assert {(p, s) for p, s, _ in coop("A Chinese research institute helped design rocket motors for "
                                      "Pakistan's Babur missile.")} == {(("CHN", "PAK"), "Babur")}
    # help with something else is none
    assert not coop("Turkey will help the Somali navy with fuel costs.")


def test_partners_in_a_programme_a_headline_partnership_and_joint_research():
    from ._typed import cooperations as coop
    assert {(p, s) for p, s, _ in coop("Indonesia is a partner in South Korea's KF-21 fighter programme.")} == \
        {(("IDN", "KOR"), "KF-21")}
    assert {p for p, _, _ in coop("Poland's PGZ partnered with Britain's MBDA to develop the Narew air defence system.")} \
        == {("GBR", "POL")}
    assert coop("Japan and Britain will jointly research a new air-to-air missile.") == \
        {(("GBR", "JPN"), "category:missile-development", "planned")}
    assert {p for p, _, _ in coop("The frigates are being built in India by Mazagon Dock with French assistance.")} \
        == {("FRA", "IND")}
    # research at home is none; partners who only buy are none
    assert not coop("Research on hypersonic missiles in Russia has slowed.")
    assert not coop("Ukraine's Western partners supplied Leopard tanks.")


def test_a_plant_opened_in_another_state():
    from ._typed import cooperations as coop
    assert coop("Israel's Elbit Systems will open two factories in Romania.") == \
        {(("ISR", "ROU"), "category:production", "planned")}
    assert not coop("Lockheed Martin opened a plant in Texas.")
