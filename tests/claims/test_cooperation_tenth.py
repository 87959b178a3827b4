"""Cooperation constructions of the tenth session, from sentences written for these tests
(other countries, firms and systems than the scored sets)."""
from __future__ import annotations

from ._typed import cooperations


# trainees taught "on" a system the parser hangs on the trainees, not on the verb

def test_trainees_taught_on_a_named_system_take_the_system():
    text = "Pakistan Air Force instructors trained Nigerian pilots on the JF-17 last year."
    found = cooperations(text)
    assert (("NGA", "PAK"), "JF-17", "done") in found
    assert not any(system == "category:troops" for _, system, _ in found)


def test_trainees_taught_on_a_vehicle_named_with_its_kind():
    text = "Turkish instructors have trained Libyan commandos on the Kirpi armoured vehicle."
    assert (("LBY", "TUR"), "Kirpi", "done") in cooperations(text)


def test_trainees_taught_on_a_place_stay_troops():
    text = "US instructors trained Kenyan troops on their own soil."
    assert (("KEN", "USA"), "category:troops", "done") in cooperations(text)


# maintenance and repair centres: what they keep up, a category too

def test_a_repair_facility_set_up_for_a_kind_of_weapon_takes_that_kind():
    text = "India and the United States agreed to set up a repair facility for American warships in Chennai."
    assert (("IND", "USA"), "category:ships", "agreed") in cooperations(text)


def test_a_repair_plant_built_together_takes_what_it_repairs():
    text = "Russia and Vietnam agreed to build a repair facility for Russian tanks near Hanoi."
    assert (("RUS", "VNM"), "category:tanks", "agreed") in cooperations(text)


def test_a_maintenance_centre_opened_abroad_takes_what_it_services():
    text = "Airbus Helicopters opened a maintenance centre for Brazilian helicopters in Rio de Janeiro."
    assert (("BRA", "FRA"), "category:helicopters", "done") in cooperations(text)


def test_a_service_centre_abroad_placed_on_its_purpose():
    text = "Italy's Leonardo will establish a service centre for M-346 trainers in Nigeria."
    assert (("ITA", "NGA"), "M-346", "planned") in cooperations(text)


def test_a_production_plant_for_a_kind_of_weapon_stays_production():
    text = "Ukraine and Turkey agreed to establish a factory for engines in Ukraine."
    assert (("TUR", "UKR"), "category:production", "agreed") in cooperations(text)


# making missiles is the missiles; developing them is missile development

def test_helping_make_missiles_is_the_missile_category():
    text = "Reports say Russia has been helping Myanmar make its own anti-ship missiles."
    found = cooperations(text)
    assert (("MMR", "RUS"), "category:missiles", "done") in found
    assert not any(system == "category:missile-development" for _, system, _ in found)


def test_joint_production_of_cruise_missiles_is_the_missile_category():
    text = "Pakistan and Turkey launched joint production of Kemankes cruise missiles."
    assert any(system == "category:cruise-missiles" for _, system, _ in cooperations(text))


def test_helping_develop_missiles_is_still_missile_development():
    text = "China helped Iran develop ballistic missiles in the 1990s."
    assert (("CHN", "IRN"), "category:missile-development", "done") in cooperations(text)


# technology transferred by a verb

def test_technology_transferred_for_a_named_system_to_a_state():
    text = "Hanwha Aerospace will transfer technology for the K9 howitzer to Egypt."
    assert (("EGY", "KOR"), "K9", "planned") in cooperations(text)


def test_know_how_transferred_with_no_system_is_technology():
    text = "Under the deal, Sweden will transfer know-how to Brazil."
    assert any(partners == ("BRA", "SWE") and system == "category:technology"
               for partners, system, _ in cooperations(text))


def test_the_production_technology_of_a_system():
    text = "Russia will transfer the production technology of the Su-30 to India."
    assert (("IND", "RUS"), "Su-30", "planned") in cooperations(text)


def test_weapons_transferred_are_no_cooperation():
    assert not cooperations("France transferred two frigates to Greece last year.")


# local or licensed production that two sides discuss or sign for

def test_two_capitals_discussing_local_production_of_a_system():
    text = "Ankara and Baku discussed local production of the Bayraktar Akinci drone."
    assert (("AZE", "TUR"), "Akinci", "negotiating") in cooperations(text)


def test_two_sides_agreeing_on_licensed_production():
    text = "Hungary and Germany agreed on local production of Lynx vehicles."
    assert (("DEU", "HUN"), "Lynx", "agreed") in cooperations(text)


def test_a_memorandum_with_a_side_on_the_localisation_of_production():
    text = "Jakarta signed a memorandum with Ankara on the localisation of Kaan fighter production."
    assert (("IDN", "TUR"), "KAAN", "agreed") in cooperations(text)


def test_one_side_wanting_local_production_is_no_cooperation():
    assert not cooperations("Poland wants local production of the K2 tank.")


# cooperating "in the production of" something: the thing made

def test_cooperating_in_the_production_of_a_kind_takes_the_kind():
    text = "Egypt and Russia agreed to cooperate in the production of armoured vehicles."
    found = cooperations(text)
    assert (("EGY", "RUS"), "category:armoured-vehicles", "agreed") in found
    assert not any(system == "category:production" for _, system, _ in found)


def test_cooperating_on_development_with_nothing_named_stays_as_it_was():
    text = "North Korea and Iran cooperate on missile development."
    assert (("IRN", "PRK"), "category:missile-development", "done") in cooperations(text)


# the sides of an agreement whose content is joint making

def test_an_agreement_covering_joint_production_joins_its_signatories():
    text = "Greece and Israel signed a defence cooperation agreement covering the joint production of unmanned aircraft."
    assert (("GRC", "ISR"), "category:uav", "agreed") in cooperations(text)


def test_an_agreement_that_includes_joint_production_of_a_named_system():
    text = "Indonesia and France signed a defence cooperation agreement that includes joint production of Scorpene submarines."
    assert (("FRA", "IDN"), "Scorpene", "agreed") in cooperations(text)


def test_an_agreement_signed_by_one_side_alone_names_no_partner():
    text = "Greece signed a contract covering the production of unmanned aircraft."
    assert not cooperations(text)


def test_an_agreement_covering_joint_production_of_nothing_named_reaches_no_further():
    text = "Chile and Spain signed a defence agreement covering joint production and training."
    assert not any(system == "category:production" for _, system, _ in cooperations(text))


# training given or taken as a noun

def test_a_side_providing_training_to_anothers_pilots():
    text = "India provides training to Maldivian coast guard pilots."
    assert (("IND", "MDV"), "category:troops", "done") in cooperations(text)


def test_troops_receiving_training_from_a_foreign_force():
    text = "Ghanaian troops received training from US instructors."
    assert (("GHA", "USA"), "category:troops", "done") in cooperations(text)


def test_training_offered_to_ones_own_pilots_is_no_cooperation():
    assert not cooperations("Qatar offered training to its own pilots.")


# know-how shared, services built up

def test_know_how_shared_with_a_state_the_parser_hangs_on_the_know_how():
    text = "South Korea will share its submarine-building know-how with Indonesia."
    assert (("IDN", "KOR"), "category:technology", "planned") in cooperations(text)


def test_helping_another_state_modernise_its_navy():
    text = "The United States will help Vietnam modernise its navy."
    assert (("USA", "VNM"), "category:ships", "planned") in cooperations(text)


def test_refusing_to_help_modernise_an_air_force():
    text = "Russia refused to help Belarus modernise its air force."
    assert (("BLR", "RUS"), "category:aircraft", "refused") in cooperations(text)


def test_helping_modernise_an_army_is_its_equipment():
    text = "Germany refused to help Serbia modernise its army."
    assert (("DEU", "SRB"), "category:materiel", "refused") in cooperations(text)


# help named on the place the system is made at

def test_help_hung_on_the_yard_a_system_is_assembled_at():
    text = "Two of the submarines are being assembled at a shipyard in Alexandria with German technical support."
    assert (("DEU", "EGY"), "category:ships", "done") in cooperations(text)


def test_help_hung_on_the_city_of_the_plant():
    text = "The tanks are assembled at a plant in Cairo with American help."
    assert (("EGY", "USA"), "category:tanks", "done") in cooperations(text)


def test_a_plant_with_workers_names_no_partner():
    assert not cooperations("The tanks are assembled at a plant in Cairo with 500 workers.")


# what a noun of making names in a compound

def test_a_partnership_on_aircraft_maintenance_takes_the_aircraft():
    text = "Ghana's air force has a partnership with Brazilian firms on aircraft maintenance."
    # (a partnership a side has is agreed: see test_parts_nineteenth_cooperation)
    assert (("BRA", "GHA"), "category:aircraft", "agreed") in cooperations(text)


def test_cooperation_on_defence_production_stays_production():
    text = "Serbia and Hungary will cooperate on defence production."
    assert (("HUN", "SRB"), "category:production", "planned") in cooperations(text)


# a system made for several states under a common programme

def test_ships_built_for_two_states_under_a_joint_programme():
    text = "Fincantieri is building frigates for Italy and France under a joint programme."
    assert (("FRA", "ITA"), "category:ships", "done") in cooperations(text)


def test_aircraft_developed_for_three_states_under_a_joint_project():
    text = "Airbus is developing the transport aircraft for Germany, Spain and France under a joint project."
    assert (("DEU", "ESP", "FRA"), "category:aircraft", "done") in cooperations(text)


def test_ships_built_for_two_states_with_no_common_frame_are_no_cooperation():
    assert not cooperations("Fincantieri is building frigates for Italy and Qatar.")


def test_the_remaining_count_of_the_ships_named_before_is_that_system():
    text = ("Chile ordered two Type 26 frigates. Two of the ships are being built in Glasgow, while the other two "
            "are assembled in Valparaiso with British technical support.")
    assert (("CHL", "GBR"), "Type 26", "done") in cooperations(text)


def test_the_remaining_count_of_bare_hulls_stays_the_category():
    text = ("Chile ordered two Type 26 frigates. Two ships are being built in Glasgow, while the other two "
            "are assembled in Valparaiso with British technical support.")
    assert (("CHL", "GBR"), "category:ships", "done") in cooperations(text)


# partners of a programme, of what one side works on

def test_a_state_that_is_a_partner_in_a_programme_works_with_its_maker():
    text = "Norway is a partner in the F-35 programme."
    assert (("NOR", "USA"), "F-35", "done") in cooperations(text)


def test_a_state_participating_in_a_programme_works_with_its_maker():
    text = "Denmark participates in the F-35 programme as a Level 3 partner."
    assert (("DNK", "USA"), "F-35", "done") in cooperations(text)


def test_participating_in_an_exercise_is_no_cooperation():
    assert not cooperations("Poland participates in the exercise.")


def test_engineers_working_on_another_states_submarines():
    text = "Chinese engineers are working on Pakistan's Hangor submarines."
    assert (("CHN", "PAK"), "Hangor", "done") in cooperations(text)


def test_engineers_working_on_their_own_drones_are_no_cooperation():
    assert not cooperations("Turkey's engineers are working on their own drones.")


# help with construction; production localised

def test_help_with_the_construction_of_a_base():
    text = "China helped Djibouti with the construction of a naval pier."
    assert (("CHN", "DJI"), "category:military-facility", "done") in cooperations(text)


def test_two_firms_agreeing_to_localise_production_of_a_system():
    text = "South Korea's LIG Nex1 and Saudi Arabia's GAMI agreed to localise production of the Cheongung air defence system."
    assert (("KOR", "SAU"), "Cheongung", "agreed") in cooperations(text)


def test_one_side_wanting_to_localise_production_is_no_cooperation():
    assert not cooperations("Egypt wants to localise production of the K9.")


def test_a_strategic_partner_in_an_industry_names_no_programme():
    assert not cooperations('"Chile is a strategic partner of Spain in the defence industry," he said.')


# a base named by its place; a plant that is a joint venture; a kind serviced

def test_a_foreign_firm_building_a_base_named_by_a_place():
    text = "Officials say China Harbour Engineering designed and built the Gwadar base."
    assert (("CHN", "PAK"), "category:military-facility", "done") in cooperations(text)


def test_drones_made_at_a_plant_that_is_a_joint_venture_with_a_foreign_firm():
    text = ("Some of the drones were built under licence at the Vertex plant near Tashkent, "
            "a joint venture with Turkey's Baykar.")
    assert (("TUR", "UZB"), "category:uav", "done") in cooperations(text)


def test_a_centre_for_a_kind_of_helicopter_is_the_kind_not_a_type_named_nearby():
    text = ("Russia sold Vietnam 12 Mi-171 helicopters, and Russia and Vietnam agreed to set up a maintenance "
            "centre for Russian helicopters in Vietnam.")
    found = cooperations(text)
    assert (("RUS", "VNM"), "category:helicopters", "agreed") in found
    assert not any(system == "Mi-8" for _, system, _ in found)


# sent to train; helping build a site; funding a purchase

def test_instructors_sent_to_train_are_as_far_on_as_the_sending():
    text = "Russia sent instructors to train Malian soldiers."
    assert (("MLI", "RUS"), "category:troops", "done") in cooperations(text)


def test_instructors_to_be_sent_to_train_are_planned():
    text = "Russia will send instructors to train Malian soldiers."
    assert (("MLI", "RUS"), "category:troops", "planned") in cooperations(text)


def test_helping_build_an_airfield_in_another_state():
    text = "Russia will help build a military airfield in Laos."
    assert (("LAO", "RUS"), "category:airbase", "planned") in cooperations(text)


def test_funding_a_purchase_for_another_state_is_no_cooperation_with_the_maker():
    assert not cooperations("The UAE funded the purchase of French Rafale jets for Egypt.")
