"""Deployment claims from sentences written for these tests (real spaCy + catalog)."""
from __future__ import annotations

import pytest

from ._typed import claims_of, deployments

TROOPS = "category:troops"


def test_active_deploy_with_subject_as_actor():
    assert ("RUS", "BLR", "S-400", "done") in deployments(
        "Russia deployed S-400 air defence systems in Belarus last year.")


def test_passive_participle_takes_the_system_origin_and_own_status():
    found = deployments("Minsk wants to buy the Russian Iskander missiles currently deployed in Belarus.")
    assert ("RUS", "BLR", "Iskander", "done") in found


def test_owner_of_the_forces_is_the_actor_and_the_subject_the_host():
    found = deployments("Hungary is willing to deploy German troops on its territory.")
    assert found == {("DEU", "HUN", TROOPS, "proposed")}


def test_future_is_planned_and_coordinated_owners_each_count():
    found = deployments("A total of 600 British troops and 200 Danish soldiers will be stationed in Latvia.")
    assert ("GBR", "LVA", TROOPS, "planned") in found
    assert ("DNK", "LVA", TROOPS, "planned") in found


def test_actor_plan_without_host_consent_is_proposed():
    found = deployments("Moscow plans to deploy its Iskander missiles in Belarus.")
    assert found == {("RUS", "BLR", "Iskander", "proposed")}


def test_resisting_a_plan_is_refused():
    found = deployments("Minsk keeps resisting Russian plans for an airbase in Belarus.")
    assert ("RUS", "BLR", "category:airbase", "refused") in found


def test_general_verb_sends_forces_not_weapons():
    assert ("FRA", "ROU", TROOPS, "done") in deployments("France sent 500 soldiers to Romania.")
    assert not deployments("France sent Caesar howitzers to Romania.")


def test_region_names_its_member_states():
    found = deployments("NATO is deploying four battalions to the Baltic states and Poland.")
    assert {h for _, h, _, _ in found} >= {"EST", "LVA", "LTU", "POL"}


def test_a_border_is_not_a_host():
    assert not deployments("Belarusian army units were deployed on the Ukrainian border.")


def test_located_forces_without_trigger():
    assert ("RUS", "SYR", "category:military-facility", "done") in deployments(
        "Tartus hosts the only Russian naval base in Syria.")


def test_host_frame():
    found = deployments("Belarus hosts two Russian military facilities.")
    assert ("RUS", "BLR", "category:military-facility", "done") in found
    claim = next(c for c in claims_of("Belarus hosts two Russian military facilities.", kind="deployment"))
    assert claim.quantity == "2"


def test_arriving_forces_in_a_place_named_before():
    text = "Estonia asked NATO for help. 130 British soldiers are arriving in the country this week."
    assert ("GBR", "EST", TROOPS, "done") in deployments(text)


def test_weapons_arriving_are_a_delivery_not_a_deployment():
    assert not deployments("Four HIMARS launchers have arrived in Ukraine.")


def test_time_of_the_deployment():
    claim = next(c for c in claims_of("The US will deploy a Patriot battery in Slovakia next week.",
                                      kind="deployment"))
    assert (claim.actor, claim.host, claim.system, claim.status) == ("USA", "SVK", "Patriot", "planned")
    assert claim.year == 2016 and claim.quantity == "1 battery"


def test_units_of_a_force_placed_before():
    text = ("The peacekeeping forces of the CSTO have been sent to Kazakhstan. "
            "The peacekeeping forces include subdivisions of the Armed Forces of Russia, Belarus and Armenia.")
    found = deployments(text)
    assert {("RUS", "KAZ", TROOPS, "done"), ("BLR", "KAZ", TROOPS, "done"),
            ("ARM", "KAZ", TROOPS, "done")} <= found


def test_equipment_of_a_base_placed_before():
    text = ("A Russian military base has been established in Armenia. "
            "It is equipped with S-300 systems and MiG-29 fighter jets.")
    found = deployments(text)
    assert ("RUS", "ARM", "S-300", "done") in found
    assert ("RUS", "ARM", "MiG-29", "done") in found


def test_equipment_without_a_placed_unit_is_nothing():
    assert not deployments("The new frigate is equipped with Kalibr missiles.")


def test_the_one_other_state_hosts_when_no_place_is_named():
    found = deployments("Russia rejected Belarus' appeals for jets and attempted to deploy a Russian airbase instead.")
    assert ("RUS", "BLR", "category:airbase", "proposed") in found


def test_no_guess_when_a_place_is_named():
    assert not deployments("Both sides deploy ever more military units in the region around Belarus.")


def test_its_territory_is_the_subject_s():
    found = deployments("Poland is ready to deploy American troops on its territory.")
    assert ("USA", "POL", TROOPS, "proposed") in found


def test_reported_future_is_a_plan_not_a_hypothesis():
    found = deployments("The Pentagon said it would send 3,000 more troops to Poland and Romania.")
    assert {("USA", "POL", TROOPS, "planned"), ("USA", "ROU", TROOPS, "planned")} <= found
    assert not deployments("An airbase would bring more Russian soldiers into Belarus.")


def test_weapons_sent_for_an_exercise_are_deployed():
    found = deployments("Russia sent S-400 and Pantsir systems to Serbia for the exercise.")
    assert {("RUS", "SRB", "S-400", "done"), ("RUS", "SRB", "Pantsir", "done")} <= found
    assert not deployments("Russia sent S-400 systems to Turkey in 2019.")


def test_rotational_presence_and_there():
    assert ("DEU", "LTU", "category:troops", "done") in deployments(
        "Germany maintains a rotational presence in Lithuania.")
    assert ("USA", "POL", "category:troops", "done") in deployments(
        "The US opened a base in Poland in 2020. About 900 US troops are stationed there.")
    # "there" is the border, not a state
    assert not any(host == "UKR" for _, host, _, _ in deployments(
        "The Belarusian military held exercises along the border with Ukraine and deployed troops there."))


def test_arrive_host_remain():
    assert ("USA", "POL", "category:troops", "done") in deployments("US troops arrived in Poland on Monday.")
    assert ("USA", "POL", "category:troops", "planned") in deployments("Poland will host a permanent US garrison.")
    assert ("USA", "SYR", "category:troops", "done") in deployments("US troops remain in Syria.")
    assert not deployments("The unit could deploy to Estonia if tensions rise.")


def test_place_inside_the_deployed_phrase():
    assert ("DEU", "LTU", "category:troops", "planned") in deployments(
        "Germany will station a brigade of 4,800 troops in Lithuania permanently.")


def test_a_state_has_troops_in_another():
    assert ("USA", "KOR", "category:troops", "done") in deployments(
        "The United States has about 28,500 troops in South Korea.")
    assert not deployments("Russia has deployed Iskander-M missiles to Kaliningrad, the Lithuanian military said.")


def test_stationed_at_a_base_in_a_place():
    assert ("DEU", "LTU", "category:troops", "done") in deployments(
        "Some 500 German soldiers are stationed at the base in Rukla, Lithuania.")


def test_a_garrison_or_headquarters_opened_abroad_is_a_facility():
    assert ("FRA", "ROU", "category:military-facility", "done") in deployments(
        "France opened its first permanent garrison in Romania on Monday, a headquarters in Cincu.")
    assert ("GBR", "EST", "category:military-facility", "planned") in deployments(
        "Britain will set up a new headquarters in Estonia next year.")


def test_a_state_asking_for_foreign_forces_hosts_them():
    assert ("FRA", "ROU", "category:troops", "proposed") in deployments(
        "Romania has long asked for a larger, permanent French presence.")
    assert ("DEU", "LTU", "category:troops", "proposed") in deployments(
        "Lithuania called for the permanent stationing of German troops.")
    assert not deployments("Moscow criticised the American presence.")


def test_a_foreign_site_in_service_or_becoming_operational():
    text = ("The Aegis Ashore missile defence site at Deveselu, near the Danube, is expected to become "
            "operational next year. A similar site at Redzikowo in Poland has been in service since 2018.")
    found = {(a, h, s.split()[0], st) for a, h, s, st in deployments(text)}   # family "Aegis (Ashore)"
    assert ("USA", "ROU", "Aegis", "planned") in found
    assert ("USA", "POL", "Aegis", "done") in found


def test_coordinated_systems_and_the_troops_flown_with_them():
    text = ("Russia has deployed Tor and Buk air defence systems to Venezuela for the first time. "
            "The systems were flown to an air base near Caracas aboard An-124 transport aircraft, "
            "together with Russian air defence troops.")
    found = deployments(text)
    assert {("RUS", "VEN", "Tor", "done"), ("RUS", "VEN", "Buk", "done"),
            ("RUS", "VEN", "category:troops", "done")} <= found


def test_warships_listed_as_taking_part_in_a_drill_are_deployed_in_its_host():
    text = ("Warships from Egypt, Greece and France began a naval exercise off the Egyptian coast on Monday. "
            "More than 15 vessels are taking part, including the French frigate Provence and two Greek "
            "corvettes, Egyptian media reported.")
    found = {(c.actor, c.host, c.system, c.quantity) for c in claims_of(text, kind="deployment")}
    assert found == {("FRA", "EGY", "category:ships", None), ("GRC", "EGY", "category:ships", "2")}


def test_peacekeepers_in_the_region_named_before():
    text = ("The leaders discussed the situation in Nagorno-Karabakh. "
            "Aliyev called the presence of Turkish peacekeepers in the region a factor of stability.")
    assert ("TUR", "AZE", "category:troops", "done") in deployments(text)
    # after a state, "the region" is the area around it, not the state
    assert not deployments("Belarus is worried. Minsk objects to the deployment of more NATO forces in the region.")


def test_warships_listed_after_a_drill_named_twice():
    text = ("Ships from India, France and the UAE started a three-day exercise off the Emirati coast, the fourth "
            "round of the drills known as Desert Knight. Ten vessels are taking part, including "
            "two Indian frigates.")
    assert ("IND", "ARE", "category:ships", "done") in deployments(text)


def test_a_foreign_facility_of_no_named_system_in_service():
    assert ("USA", "TUR", "category:military-facility", "done") in deployments(
        "The US radar station at Kürecik in Turkey has been operational since 2012.")
    assert not deployments("Turkey's new radar station at Malatya became operational in 2020.")


def test_weapons_sent_on_a_mission_of_the_sender_are_deployed():
    assert ("ITA", "ROU", "Eurofighter", "done") in deployments("Italy sent four Eurofighters to Romania to patrol the Black Sea.")
    assert ("NLD", "BGR", "F-35", "planned") in deployments(
        "The Netherlands will send two F-35 fighters to Bulgaria to help police NATO airspace.")
    assert not deployments("Germany sent Patriot batteries to Ukraine to protect Kyiv.")   # handed over


def test_the_force_described_before_forms_a_unit_in_a_state():
    text = ("Spain and Portugal have agreed to send troops to Romania as part of a 1,500-strong force made up of "
            "soldiers from several EU member states, including France. The force will form a battlegroup on "
            "Romanian territory.")
    found = deployments(text)
    assert ("EU", "ROU", "category:troops", "planned") in found
    assert not deployments("The force will form a battlegroup on Romanian territory.")     # nobody named


def test_small_facilities_opened_abroad():
    assert ("IND", "MDG", "category:military-facility", "done") in deployments(
        "India has opened a listening post in Madagascar, its first in the region.")


def test_access_to_bases_granted_offered_or_denied():
    assert ("USA", "PHL", "category:military-facility", "agreed") in deployments(
        "The Philippines granted US forces access to four more military bases last year.")
    assert ("GBR", "OMN", "category:military-facility", "proposed") in deployments(
        "Oman has offered Britain access to its naval base at Duqm.")
    assert ("USA", "TUR", "category:airbase", "refused") in deployments(
        "Turkey denied the United States access to Incirlik air base in 2003.")
    assert not deployments("Users were granted access to the website.")


def test_troops_serving_in_a_state_or_with_a_mission_there():
    assert ("RUS", "TJK", "category:troops", "done") in deployments("About 2,000 Russian soldiers serve in Tajikistan.")
    assert ("ITA", "LBN", "category:troops", "done") in deployments(
        "Some 1,000 Italian troops serve with the UN mission in Lebanon.")
    assert not deployments("The company operates in Poland.")


def test_weapons_moved_or_kept_abroad_stay_the_movers():
    found = deployments("Russia has moved several Su-35 fighters to an air base in Belarus near the Polish border.")
    assert ("RUS", "BLR", "Su-35", "done") in found
    assert not any(k[1] == "POL" for k in found)   # near a border is not in that state
    assert ("USA", "DEU", "Patriot", "done") in deployments("The United States keeps Patriot batteries in Germany.")


def test_forces_rotating_through_a_state_or_through_its_bases():
    text = "A Spanish infantry company that has been rotating through Latvia since 2017 will leave next year."
    assert ("ESP", "LVA", "category:troops", "done") in deployments(text)
    assert deployments("British troops rotate through four Kenyan bases.") == \
        {("GBR", "KEN", "category:troops", "done")}
    assert deployments("About 300 Spanish soldiers are stationed at two Latvian bases.") == \
        {("ESP", "LVA", "category:troops", "done")}


def test_a_formation_set_up_abroad_is_troops_there_and_its_planned_growth():
    text = ("The Dutch 43rd Mechanised Brigade was set up in Germany in 2019 and is meant to grow to "
            "about 5,000 soldiers, with CV90 vehicles, by 2028.")
    found = deployments(text)
    assert ("NLD", "DEU", "category:troops", "done") in found
    assert ("NLD", "DEU", "category:troops", "planned") in found
    assert ("NLD", "DEU", "CV90", "planned") in found
    assert not any(system == "category:military-facility" for _, _, system, _ in found)
    # a garrison or base set up abroad is still a site
    assert ("RUS", "TJK", "category:military-facility", "done") in \
        deployments("Russia established a garrison in Tajikistan in 2004.")


def test_states_that_lead_or_contribute_to_a_force_placed_abroad():
    text = ("Germany leads the NATO battlegroup in Lithuania, to which Norway contributes troops, "
            "while Hungary leads the one in Slovakia and has pledged to expand it into a brigade.")
    found = deployments(text)
    assert {("DEU", "LTU", "category:troops", "done"), ("NOR", "LTU", "category:troops", "done"),
            ("HUN", "SVK", "category:troops", "done"), ("HUN", "SVK", "category:troops", "planned")} <= found
    # the mission a state commands abroad
    assert ("ITA", "LBN", "category:troops", "done") in \
        deployments("Italy commands the UN peacekeeping force in Lebanon.")
    # a state that leads a force at home deploys nothing
    assert not deployments("Poland leads the new armoured division in Poland.")


def test_weapons_flown_somewhere_during_a_drill_stay_the_mover_s():
    found = deployments("During an earlier drill in April, the US Army flew a HIMARS launcher into "
                        "northern Japan, and the system has stayed there since.")
    assert found == {("USA", "JPN", "HIMARS", "done")}
    assert ("FRA", "ROU", "CAESAR", "done") in \
        deployments("During last year's exercise, the French army flew two Caesar howitzers to Romania.")
    assert ("GBR", "NOR", "category:helicopters", "done") in \
        deployments("Britain moved four attack helicopters to Norway during the Cold Response drills.")


def test_forces_held_abroad_in_a_participle_a_headquartered_fleet_and_a_place_of_a_place():
    assert ("USA", "JPN", "category:troops", "done") in \
        deployments("The United States has about 54,000 troops stationed in Japan.")
    assert ("FRA", "ARE", "category:troops", "done") in \
        deployments("The French Navy's Indian Ocean squadron is headquartered in the United Arab Emirates.")
    assert ("RUS", "SYR", "category:troops", "done") in \
        deployments("Russian troops are based at Hmeimim in Syria.")
    # at home: no deployment
    assert not deployments("France has about 1,000 troops stationed in Paris.")


def test_the_state_that_asks_for_forces_or_that_they_are_sent_to_help_hosts_them():
    assert ("USA", "KOR", "category:nuclear-weapons", "proposed") in \
        deployments("South Korea has asked Washington to station nuclear weapons on its territory.")
    assert ("RUS", "MLI", "category:troops", "done") in \
        deployments("Russia has sent military instructors to help Mali.")
    assert ("GBR", "OMN", "category:military-facility", "done") in \
        deployments("Britain operates a naval base in Oman's Duqm port.")
    # operating a base at home deploys nothing
    assert not deployments("India operates a naval base in Karwar.")
    # joining a state's air force is no base of one's own there
    assert not deployments("In 2019 Russia donated four MiG-29 jets, which were overhauled in Belarus "
                           "before joining the Serbian air force.")


def test_a_relative_pronoun_through_a_reporting_clause_and_a_state_entered():
    assert ("GBR", "ROU", "Eurofighter", "planned") in \
        deployments("Four British Typhoon jets, which officials say will be stationed in Romania, took off on Monday.")
    assert ("CHN", "LAO", "category:troops", "done") in deployments("About 200 Chinese soldiers entered Laos on Monday.")


def test_people_trained_at_bases_abroad_are_no_base_of_theirs():
    assert not deployments("French instructors have trained 20,000 Malian recruits on bases in France since 2015.")
    assert ("RUS", "BLR", "category:airbase", "refused") in \
        deployments("Minsk resisted Russian plans for an airbase in Belarus.")


def test_more_force_nouns_are_forces():
    assert ("RUS", "SYR", TROOPS, "done") in deployments(
        "Russian military police were sent into northern Syria after the ceasefire.")
    assert ("IND", "MDV", TROOPS, "done") in deployments("India has sent a team of military advisers to the Maldives.")


def test_arrival_and_rotation_nouns_place_forces_not_deliveries():
    assert ("NLD", "NOR", TROOPS, "done") in deployments(
        "The arrival of 300 Dutch marines in Norway marks the start of a six-month rotation.")
    assert {(a, h) for a, h, _, _ in deployments("The rotation of US Marines through Darwin continues this year.")} \
        == {("USA", "AUS")}
    # jets that arrive are a delivery, not a deployment
    assert not deployments("The arrival of two Rafale jets in Croatia was celebrated in Zagreb.")


def test_the_base_named_before_hosts_forces_stationed_at_the_base():
    text = "Russia opened an air base at Kant in Kyrgyzstan in 2003. Around 500 Russian airmen are stationed at the base."
    assert ("RUS", "KGZ", TROOPS, "done") in deployments(text)
    text = "France keeps a naval base in Djibouti. About 1,500 French troops are based at the facility."
    assert ("FRA", "DJI", TROOPS, "done") in deployments(text)
    # a base with no place named before hosts nobody
    assert not deployments("The base is in a bad state. About 1,500 French troops are based at the base.")


def test_a_base_that_hosts_forces_is_in_its_state():
    assert ("USA", "QAT", "B-52", "done") in deployments(
        "The Al Udeid air base near Doha has hosted American B-52 bombers since 2019.")
    assert ("USA", "TUR", "category:nuclear-weapons", "done") in deployments(
        "The Incirlik base in southern Turkey has housed about 50 American nuclear bombs for decades.")


def test_present_run_flown_from_a_base_and_invited_forces():
    assert ("TUR", "IRQ", TROOPS, "done") in deployments("Turkish troops are also present in northern Iraq.")
    assert ("JPN", "DJI", "category:military-facility", "done") in deployments(
        "In Djibouti, Japan runs its only overseas military base.")
    assert ("RUS", "SYR", "category:aircraft", "done") in deployments(
        "Russian jets have flown from the Hmeimim air base near Latakia since 2015.")
    assert ("RUS", "ARM", "MiG-29", "done") in deployments(
        "The Russian regiment operates MiG-29 fighters out of the Erebuni airfield near Yerevan.")
    assert ("RWA", "MOZ", TROOPS, "done") in deployments(
        "The first 1,000 Rwandan troops arrived in July 2021 at the invitation of the Mozambican government.")
    # jets flying between home bases are no deployment
    assert not deployments("Indian Rafale jets flew from Ambala to Jamnagar.")


def test_garrisoned_and_posted_forces():
    assert ("CHN", "DJI", TROOPS, "done") in deployments("Chinese troops have been garrisoned in Djibouti since 2017.")
    assert ("NLD", "LTU", TROOPS, "done") in deployments("Some 300 Dutch soldiers are posted to Lithuania.")
    assert not deployments("The minister posted a video of British tanks in Estonia.")


def test_no_forces_stationed_is_no_deployment():
    assert not deployments("No Chinese combat troops are garrisoned in Djibouti, officials say.")


def test_forces_kept_at_a_base_in_another_state():
    assert ("USA", "ROU", "F-35", "done") in deployments("The US keeps F-35 jets at an air base near Constanta.")
    assert not deployments("Russia moved tanks to a base on the border.")


def test_a_deployment_approved_by_a_state_s_body_and_missions_flown_from_a_base():
    assert ("DNK", "IRQ", TROOPS, "planned") in deployments("The Danish parliament approved the deployment of 150 soldiers to Iraq.")
    assert not deployments("Hungary opposed the deployment of troops to Ukraine.")
    assert ("GBR", "EST", "category:aircraft", "done") in deployments(
        "British jets are flying air policing missions from Estonia's Amari air base.")
    assert ("KEN", "HTI", TROOPS, "planned") in deployments(
        "Under the agreement, 1,200 Kenyan police officers will be deployed to Haiti.")


def test_a_base_used_led_or_joined_by_another_state():
    assert ("USA", "UZB", "category:airbase", "done") in deployments(
        "Uzbekistan has allowed the United States to use the Karshi-Khanabad air base.")
    assert not deployments("Turkey uses its Incirlik air base for training.")
    assert ("DEU", "LTU", TROOPS, "done") in deployments("NATO's battlegroup in Lithuania is led by Germany.")
    assert ("CZE", "SVK", TROOPS, "done") in deployments(
        "The Czech Republic contributes 100 soldiers to the NATO battlegroup in Slovakia.")
    assert ("USA", "SOM", TROOPS, "done") in deployments("US troops returned to Somalia in 2022.")


def test_forces_that_leave_for_or_reach_a_state():
    assert ("BGD", "CAF", TROOPS, "done") in deployments(
        "A contingent of 200 Bangladeshi peacekeepers left for the Central African Republic on Sunday.")
    assert ("PAK", "SAU", TROOPS, "done") in deployments("The Pakistani contingent reached Saudi Arabia on Monday.")
    assert not deployments("The minister left for Paris on Sunday.")


def test_open_to_hosting_is_proposed_and_a_continuing_rotation_is_done():
    found = claims_of("Hanoi is open to hosting more Indian sailors.", kind="deployment")
    assert [(c.actor, c.host, c.status) for c in found] == [("IND", "VNM", "proposed")]
    found = claims_of("The rotation of British troops through Oman continues this year.", kind="deployment")
    assert ("GBR", "OMN", "done") in {(c.actor, c.host, c.status) for c in found}


def test_the_maker_of_a_named_weapon_stationed_abroad_is_not_its_deployer():
    assert not any(k[0] == "RUS" for k in deployments("Russian-made Tor batteries are stationed on Crete."))
    assert ("RUS", "BLR", "S-400", "done") in deployments("Russian S-400 systems are stationed in Belarus.")


def test_placing_an_order_is_no_deployment():
    from .helpers import claims_of
    found = claims_of("Officials said Cairo had placed an order for Chinese J-10C fighters.",
                      type=None)
    assert not [c for c in found if c.type == "deployment"]
    assert any(c.type == "transfer" and c.recipient == "EGY" for c in found)
