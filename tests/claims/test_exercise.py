"""Exercise claims (and the deployments of forces sent abroad for them)."""
from __future__ import annotations

from ._typed import claims_of, deployments, exercises


def test_participants_from_modifiers_and_host_from_place():
    text = "The Serbian-Russian joint drills will be held in Serbia in October."
    assert exercises(text) == {(("RUS", "SRB"), "SRB")}
    # the foreign participant's forces are deployed to the host
    assert ("RUS", "SRB", "category:troops", "planned") in deployments(text)


def test_participants_from_with_phrase_and_subject():
    text = "Kazakhstan held military exercises with China near Almaty."
    assert (("CHN", "KAZ"), "KAZ") in exercises(text)


def test_invited_forces_take_part_and_the_inviter_hosts():
    text = "Minsk invited Chinese special forces to participate in the drills."
    assert exercises(text) == {(("BLR", "CHN"), "BLR")}
    assert ("CHN", "BLR", "category:troops", "done") in deployments(text)


def test_definite_mention_continues_the_exercise_with_several_places():
    text = ("China confirmed joint military exercises with Russia in August. "
            "The exercises will take place in Vladivostok and in China's Shandong province.")
    found = exercises(text)
    assert (("CHN", "RUS"), "RUS") in found
    assert (("CHN", "RUS"), "CHN") in found


def test_domestic_exercise_without_participants():
    assert exercises("Military exercises began in Belarus with about 400 reservists.") == {(("BLR",), "BLR")}


def test_exercise_quantity_and_date():
    claim = next(c for c in claims_of("The exercises will involve nearly 100,000 Chinese and Russian troops "
                                      "in Shandong, China, on 18 August.", kind="exercise"))
    assert claim.quantity == "100,000"
    assert (claim.month, claim.day) == (8, 18)


def test_a_deployment_verb_makes_its_own_claim():
    text = "The US deployed a Patriot battery in Lithuania as part of NATO exercises in the Baltic country."
    assert (("NATO", "USA"), "LTU") in exercises(text)
    assert ("USA", "LTU", "category:troops", "done") not in deployments(text)
    assert ("USA", "LTU", "Patriot", "done") in deployments(text)


def test_counts_per_participant_are_summed_and_given_to_their_deployment():
    text = ("An Armenian-U.S. joint exercise will be held in Armenia in September. "
            "The exercise will involve approximately 85 U.S. personnel and 175 Armenian participants.")
    found = claims_of(text)
    exercise = next(c for c in found if c.type == "exercise")
    assert (exercise.participants, exercise.host, exercise.quantity) == (["ARM", "USA"], "ARM", "260")
    deployment = next(c for c in found if c.type == "deployment" and c.actor == "USA")
    assert (deployment.host, deployment.status, deployment.quantity) == ("ARM", "planned", "85")


def test_drills_at_sea_take_the_coastal_participant_or_the_nearest_coastal_state():
    assert exercises("Pakistan and China held joint naval exercises in the Arabian Sea.") == \
        {(("CHN", "PAK"), "PAK")}
    assert exercises("Chinese warships joined Russian ships for exercises in the Sea of Japan.") == \
        {(("CHN", "RUS"), "RUS")}       # Russia borders the Sea of Japan
    assert exercises("Chinese and Pakistani warships held exercises in the Sea of Japan.") == \
        {(("CHN", "PAK"), "JPN")}       # no participant does: the state in its name
    assert exercises("The Indian navy conducted drills with the French navy off the coast of Japan.") == \
        {(("FRA", "IND"), "JPN")}


def test_drills_at_sea_deploy_the_ships_of_the_navies_from_abroad():
    # off a state that takes no part: nobody is deployed in it
    assert not deployments("The Indian navy conducted drills with the French navy off the coast of Japan.")
    found = deployments("Iranian, Russian and Chinese warships held naval drills in the Gulf of Oman.")
    assert found == {("RUS", "IRN", "category:ships", "done"), ("CHN", "IRN", "category:ships", "done")}
    # the coastal state joined by others hosts; its guests' ships are deployed there
    text = "Algeria and Egypt joined Libya last month for a naval exercise in the Mediterranean near Tobruk."
    assert exercises(text) == {(("DZA", "EGY", "LBY"), "LBY")}
    assert deployments(text) == {("DZA", "LBY", "category:ships", "done"), ("EGY", "LBY", "category:ships", "done")}
    found = deployments("Turkish and Pakistani frigates began joint exercises off Pakistan's coast on Monday.")
    assert found == {("TUR", "PAK", "category:ships", "done")}


def test_foreign_units_that_joined_or_the_state_that_hosts_a_named_drill():
    text = ("Some 3,000 Thai and American troops took part in this year's Cobra Gold exercise, "
            "which Japanese and Singaporean units also joined.")
    found = exercises(text)
    assert {p for p, _ in found} == {("JPN", "SGP", "THA", "USA")}
    text = ("Polish F-16s flew in the Ramstein Flag exercise at Andravida, which Greece hosted in October, "
            "alongside Dutch and Spanish fighters.")
    assert exercises(text) == {(("ESP", "GRC", "NLD", "POL"), "GRC")}
    found = deployments(text)
    assert {("POL", "GRC", "F-16", "done"), ("NLD", "GRC", "category:aircraft", "done"),
            ("ESP", "GRC", "category:aircraft", "done")} <= found


def test_hosted_troops_and_there():
    text = "Serbia hosted Russian troops for joint exercises. Russian paratroopers took part in the drills there."
    assert exercises(text) == {(("RUS", "SRB"), "SRB")}
    assert ("RUS", "SRB", "category:troops", "done") in deployments(text)


def test_a_drill_in_a_sea_is_not_the_own_drill_of_the_state_in_its_name():
    found = exercises("Iran test-fired a new cruise missile during drills in the Gulf of Oman.")
    assert found == {(("IRN",), "IRN")}


def test_forces_sent_to_a_state_to_take_part_in_its_drill():
    text = "India sent 200 soldiers to Egypt to participate in the Bright Star exercise."
    assert exercises(text) == {(("EGY", "IND"), "EGY")}
    assert ("IND", "EGY", "category:troops", "done") in deployments(text)


def test_a_state_drilling_alone_with_no_place_drills_at_home():
    assert exercises("Taiwan's military held live-fire drills on Penghu island.") == {(("TWN",), "TWN")}
    assert not exercises("China's People's Liberation Army launched large-scale drills around Taiwan on Thursday.")


def test_owners_of_a_coordinated_subject_and_staged():
    found = exercises("Iranian and Russian naval forces staged joint exercises in the Caspian Sea on Monday.")
    assert {p for p, _ in found} == {("IRN", "RUS")}
    assert not any(host == "UNK" for _, host in found)


def test_forces_arriving_for_joint_exercises():
    text = "Some 3,000 Russian troops have arrived in Belarus for joint exercises, Minsk said."
    assert exercises(text) == {(("BLR", "RUS"), "BLR")}
    assert ("RUS", "BLR", "category:troops", "done") in deployments(text)


def test_forces_arriving_for_a_named_exercise():
    found = exercises("Around 2,000 US Marines arrived in Norway for the Cold Response exercise.")
    assert found == {(("NOR", "USA"), "NOR")}


def test_the_next_sentence_places_the_drill():
    text = "Troops from Armenia and India will hold joint exercises. They will take place in Armenia in September."
    assert exercises(text) == {(("ARM", "IND"), "ARM")}
    text = "Russia and China began joint naval drills on Monday. The exercises are taking place in the Sea of Japan."
    assert exercises(text) == {(("CHN", "RUS"), "RUS")}      # a coastal participant hosts


def test_off_a_city_or_a_coast_names_the_host_of_a_drill_at_sea():
    assert exercises("The Chinese and Pakistani navies carried out an exercise in the Arabian Sea off Gwadar.") \
        == {(("CHN", "PAK"), "PAK")}
    assert exercises("Japanese and Australian warships conducted drills in the Pacific off Australia's east coast.") \
        == {(("AUS", "JPN"), "AUS")}
    assert exercises("Greek and French frigates held an exercise in the Mediterranean off the Egyptian coast.") \
        == {(("FRA", "GRC"), "EGY")}


def test_a_later_edition_places_the_drill_just_named():
    text = ("The Japanese and Indian navies hold a yearly exercise, called JIMEX. "
            "Its latest edition took place in the Bay of Bengal off India's east coast.")
    assert exercises(text) == {(("IND", "JPN"), "IND")}
    assert deployments(text) == {("JPN", "IND", "category:ships", "done")}     # ships, not troops
    text = "Spanish and Moroccan troops held joint drills last year. The most recent round was held near Tangier."
    assert exercises(text) == {(("ESP", "MAR"), "MAR")}


def test_a_numbered_group_stands_for_the_states_of_the_drill():
    text = ("Warships from Egypt, Greece and France began a naval exercise in the Mediterranean on Monday. "
            "The United States criticised the manoeuvres. "
            "The three countries have held the exercise every year since 2015, usually off the Egyptian coast.")
    assert {p for p, _ in exercises(text)} == {("EGY", "FRA", "GRC")}
    text = ("Bangladesh bought Chinese frigates in 2019. China also trains Bangladeshi pilots. "
            "In 2021 the two navies carried out their first exercise in the Bay of Bengal off Chittagong.")
    assert exercises(text) == {(("BGD", "CHN"), "BGD")}


def test_talk_about_a_drill_moves_no_forces():
    text = ("Turkish and Azerbaijani troops held joint exercises in Azerbaijan on Monday. "
            "Analysts in Yerevan say the drills are a warning.")
    assert ("TUR", "AZE", "category:troops", "done") in deployments(text)
    found = claims_of(text, kind="deployment")
    assert all(c.sentence.startswith("Turkish") for c in found)


def test_there_after_a_base_of_no_named_state_goes_back_to_the_state():
    text = ("Lithuania also hosts German combat troops. A German brigade was moved to the Rukla training "
            "area near the Baltic Sea in 2023, and German and Lithuanian soldiers held a large exercise there.")
    assert exercises(text) == {(("DEU", "LTU"), "LTU")}


def test_a_purpose_phrase_hung_on_the_reporting_verb_and_a_dateline():
    text = ("ASTANA, 3 May 2021 — China has deployed HQ-9 and HQ-16 air defence systems to Kazakhstan "
            "for the first time, for a joint drill called Northern Sword, the Chinese defence ministry said.")
    assert exercises(text) == {(("CHN", "KAZ"), "KAZ")}
    found = deployments(text)
    assert {("CHN", "KAZ", "HQ-9", "done"), ("CHN", "KAZ", "HQ-16", "done")} <= found
    assert not any(actor == "KAZ" for actor, *_ in found)       # the dateline is no actor


def test_participants_from_a_relative_clause_and_shared_counts_stay_with_the_drill():
    text = "The manoeuvres, which involve 9,000 troops from Estonia, Latvia and Finland, are being held in Latvia."
    found = claims_of(text)
    exercise = next(c for c in found if c.type == "exercise")
    assert (exercise.participants, exercise.host, exercise.quantity) == (["EST", "FIN", "LVA"], "LVA", "9,000")
    deployed = {(c.actor, c.host, c.quantity) for c in found if c.type == "deployment"}
    assert deployed == {("EST", "LVA", None), ("FIN", "LVA", None)}


def test_forces_training_together_drill():
    assert exercises("Kazakh troops trained with Chinese soldiers at a range near Almaty.") == {(("CHN", "KAZ"), "KAZ")}
    assert exercises("Mongolian and Indian special forces trained together near Ulaanbaatar last month.") == \
        {(("IND", "MNG"), "MNG")}
    assert not exercises("Turkey trains Ukrainian pilots.")


def test_a_dateline_holding_the_subject_in_apposition():
    text = "MINSK, 9 March 2023 — Belarus and Russia held a joint air defence exercise, the Belarusian defence ministry said."
    assert {p for p, _ in exercises(text)} == {("BLR", "RUS")}


def test_aircraft_and_forces_of_two_states_drilling():
    text = "Egypt and Jordan launched a joint air exercise in Jordan on Sunday. Egyptian F-16 jets are taking part."
    assert ("EGY", "JOR", "F-16", "done") in deployments(text)
    text = "The two armies have trained together since 2015. This year Mongolian and Indian troops drilled near Ulaanbaatar."
    assert exercises(text) == {(("IND", "MNG"), "MNG")}
    assert not exercises("Greek and Turkish troops train at home.")


def test_warships_hosted_for_drills_are_ships_and_drills_wrapped_up():
    assert ("RUS", "CUB", "category:ships", "done") in deployments("Cuba hosted Russian warships for joint drills in July.")
    assert exercises("The navies of Oman and India wrapped up a five-day exercise off Muscat on Thursday.") == \
        {(("IND", "OMN"), "OMN")}


def test_drills_near_a_state_are_not_its_own():
    assert not exercises("Analysts say the drills near Taiwan show Beijing's growing confidence.")
    assert exercises("Military drills began in Moldova with about 300 reservists.") == {(("MDA",), "MDA")}


def test_a_drill_co_hosted_and_jets_landing_for_a_drill():
    assert exercises("The annual Balikatan exercise, co-hosted by the Philippines and the United States, "
                     "began on Monday in the Philippines.") == {(("PHL", "USA"), "PHL")}
    text = "Spanish Eurofighter jets landed in Egypt on Monday for a joint air exercise."
    assert exercises(text) == {(("EGY", "ESP"), "EGY")}
    assert ("ESP", "EGY", "Eurofighter", "done") in deployments(text)


def test_a_relative_clause_places_the_drill():
    text = "Latvian troops also took part in the drills, which were held in Estonia."
    assert exercises(text) == {(("LVA",), "EST")}
    assert ("LVA", "EST", "category:troops", "done") in deployments(text)


def test_drills_near_or_along_a_coast_named_by_its_state():
    assert exercises("Japan protested against the drills held by China and Russia near the Japanese coast.") == \
        {(("CHN", "RUS"), "JPN")}
    assert not deployments("Japan protested against the drills held by China and Russia near its coast.")
    assert exercises("Chinese and Russian warships held drills along Vietnam's coast.") == {(("CHN", "RUS"), "VNM")}


def test_a_counted_group_training_together_and_no_count_from_it():
    text = "The two armies have trained together since 2015. Mongolian and Indian troops drilled near Ulaanbaatar."
    found = claims_of(text, kind="exercise")
    assert {(tuple(c.participants), c.host) for c in found} == {(("IND", "MNG"), "MNG")}
    assert all(c.quantity is None for c in found)


def test_a_drill_that_names_no_place_is_hosted_by_the_participant_of_the_dateline():
    text = ("Army buys more radars\n\nNAIROBI — Kenya signed a contract for radars on Monday. "
            "About 2,000 Kenyan and British soldiers took part in this year's Askari Storm exercise.")
    assert exercises(text) == {(("GBR", "KEN"), "KEN")}
    assert ("GBR", "KEN", "category:troops", "done") in deployments(text)
    text = ("HANOI — Vietnam ordered patrol boats on Monday. "
            "Vietnamese and Indian sailors held joint drills last month.")
    assert exercises(text) == {(("IND", "VNM"), "VNM")}
    # a dateline of a state that takes no part hosts nothing
    text = ("TOKYO — Japan protested on Monday. Russian and Chinese troops held joint drills last month.")
    assert exercises(text) == {(("CHN", "RUS"), "UNK")}


def test_a_drill_named_as_the_time_of_one_side_s_act_is_no_exercise_of_its_own():
    text = "During a drill in May, the Russian Navy sailed a frigate into the Barents Sea."
    assert not exercises(text)
    text = "During last year's exercise, the French army flew two helicopters to a remote valley."
    assert not exercises(text)
    # the doers of the act take part in the drill of the state it belongs to
    text = ("In June, Dutch artillery was shipped to Lithuania to fire at targets during "
            "Lithuania's Iron Wolf drills.")
    assert exercises(text) == {(("LTU", "NLD"), "LTU")}
    assert ("NLD", "LTU", "category:troops", "done") not in deployments(text)


def test_forces_of_several_states_practising_a_task_in_a_state():
    text = "Last week Egyptian and Sudanese troops practised storming a beach in northern Egypt."
    assert exercises(text) == {(("EGY", "SDN"), "EGY")}
    assert ("SDN", "EGY", "category:troops", "done") in deployments(text)
    text = "Kenyan and Ugandan troops trained to secure an airfield in Kenya."
    assert exercises(text) == {(("KEN", "UGA"), "KEN")}
    text = "Finnish, Swedish and Norwegian soldiers practised crossing a river in northern Sweden."
    assert exercises(text) == {(("FIN", "NOR", "SWE"), "SWE")}


def test_a_partner_force_named_by_no_owner_is_the_one_of_the_state_it_is_in():
    text = "Dutch marines have trained with the Royal Army in Norway every winter."
    assert exercises(text) == {(("NLD", "NOR"), "NOR")}
    assert ("NLD", "NOR", "category:troops", "done") in deployments(text)
    text = "Since then, Canadian soldiers have exercised with the Territorial Army in Estonia."
    assert exercises(text) == {(("CAN", "EST"), "EST")}
    # an owner named on the partner wins over the place
    text = "Spanish soldiers drilled with American troops in Latvia last week."
    assert exercises(text) == {(("ESP", "USA"), "LVA")}


def test_named_drills_the_tagger_reads_as_a_verb():
    text = "Thailand hosted the Cobra Gold drills, with troops from the US, Singapore and Japan."
    assert exercises(text) == {(("JPN", "SGP", "THA", "USA"), "THA")}
    assert ("SGP", "THA", "category:troops", "done") in deployments(text)
    text = "Japanese and Indian forces began their annual Dharma Guardian drills in India on Monday."
    assert exercises(text) == {(("IND", "JPN"), "IND")}


def test_participants_from_a_from_phrase_and_a_place_on_the_partner_phrase():
    text = "The exercise, hosted by Ghana, brought together troops from Nigeria, Togo and Benin."
    assert exercises(text) == {(("BEN", "GHA", "NGA", "TGO"), "GHA")}
    text = "Hungary held a military exercise with Austrian and Croatian troops near Budapest."
    assert exercises(text) == {(("AUT", "HRV", "HUN"), "HUN")}


def test_a_single_state_at_a_named_place_of_no_state_is_not_its_home_drill():
    assert not exercises("Indian Su-30 jets took part in the Pitch Black exercise in Darwinia.")
    assert exercises("Taiwan's military held live-fire drills on Tuesday.") == {(("TWN",), "TWN")}


def test_airmen_and_navies_drilling_and_a_group_after_a_sea_named_for_a_state():
    text = "Polish and British pilots will train together over the Baltic Sea."
    assert exercises(text) == {(("GBR", "POL"), "POL")}
    assert deployments(text) == {("GBR", "POL", "category:aircraft", "planned")}
    text = ("Indian and French jets flew a joint patrol over the Gulf of Oman on Tuesday. "
            "Two days later, the navies of both countries began an exercise near Mumbai.")
    assert exercises(text) == {(("FRA", "IND"), "IND")}
    assert deployments(text) == {("FRA", "IND", "category:ships", "done")}


def test_a_drill_named_before_is_placed_by_a_later_verb_of_its_subject():
    text = ("NATO launched its largest exercise in decades on Monday. The drills, called Steadfast "
            "Defender, involve 90,000 troops and will run until May in Germany and Norway.")
    assert exercises(text) == {(("NATO",), "DEU"), (("NATO",), "NOR")}


def test_forces_that_travel_or_sail_to_a_state_for_its_drill():
    text = "Indian warships sailed to Oman for the Naseem Al Bahr exercise."
    assert exercises(text) == {(("IND", "OMN"), "OMN")}
    assert deployments(text) == {("IND", "OMN", "category:ships", "done")}
    text = "Egyptian special forces travelled to Saudi Arabia in May for the Tabuk exercise."
    assert exercises(text) == {(("EGY", "SAU"), "SAU")}
    # sent to a named place of no state: not their home drill
    assert not exercises("Pakistani special forces travelled to Qalandia in May for the Sky exercise.")


def test_states_a_report_lists_as_taking_part_join_the_drill_just_named():
    text = ("Morocco held the African Lion exercise with the United States in Morocco in June. "
            "Some 20 nations took part, including Senegal, Ghana and Tunisia.")
    assert exercises(text) == {(("GHA", "MAR", "SEN", "TUN", "USA"), "MAR")}
    assert ("GHA", "MAR", "category:troops", "done") in deployments(text)


def test_the_sides_of_a_joint_drill_a_verb_cancels_and_an_organisation_hosted():
    found = claims_of("Belarus cancelled joint exercises with Russia scheduled for September.", kind="exercise")
    assert {(tuple(c.participants), c.status) for c in found} == {(("BLR", "RUS"), "refused")}
    found = claims_of("Armenia refused to host CSTO drills this year.", kind="exercise")
    assert {(tuple(c.participants), c.host, c.status) for c in found} == {(("ARM", "CSTO"), "ARM", "refused")}


def test_forces_of_a_with_clause_fly_alongside_the_host_s():
    text = ("The Pitch Black exercise that Australia hosted in July, with jets from India, Japan and France "
            "flying alongside Australian F-35s, ended on Friday.")
    assert exercises(text) == {(("AUS", "FRA", "IND", "JPN"), "AUS")}
    assert ("JPN", "AUS", "category:aircraft", "done") in deployments(text)
    text = "The Red Flag exercise, with warships from Spain and Italy sailing alongside Greek frigates, was held in Greece."
    assert {p for p, _ in exercises(text)} == {("ESP", "GRC", "ITA")}
    # a with-phrase of no forces adds nobody
    text = "Kenya held its annual exercise in Kenya, with a budget from the defence ministry."
    assert exercises(text) == {(("KEN",), "KEN")}


def test_forces_kept_in_service_are_not_moved_anywhere():
    assert not deployments("The Swedish air force bought the jets. The air force will keep its "
                           "Brazilian-made Super Tucano aircraft in service.")


def test_a_place_hung_on_the_partner_places_the_drill():
    # the parser hangs the place on the partner phrase, not on the verb
    assert exercises("Kazakh troops exercised alongside Kyrgyz units near Bishkek.") == {(("KAZ", "KGZ"), "KGZ")}
    assert (("JPN", "USA"), "JPN") in exercises(
        "The Japanese Ground Self-Defense Force held drills with US Marines on Hokkaido.")


def test_war_games_are_a_drill_other_games_are_not():
    assert exercises("Malaysian and Australian troops conducted war games in Malaysia last month.") == \
        {(("AUS", "MYS"), "MYS")}
    assert not exercises("Athletes from Kenya and Uganda held games in Kenya last month.")


def test_forces_taking_part_in_a_name_take_part_in_a_drill():
    assert exercises("Soldiers from Armenia and the United States are taking part in Eagle Partner 2024 "
                     "in Armenia.") == {(("ARM", "USA"), "ARM")}
    assert (("LVA", "POL"), "LVA") in exercises("Polish and Latvian troops participated in Baltic Sentry in Latvia.")
    # officials at a named meeting are no drill
    assert not exercises("Generals from Japan and India took part in the Raisina Dialogue in Delhi.")


def test_forces_listed_later_join_the_drill_just_named():
    text = ("China began its Strike-2024 exercise on Monday, with 30,000 troops at five ranges. "
            "Units from Pakistan, Laos and Cambodia are taking part in the drills.")
    assert exercises(text) == {(("CHN", "KHM", "LAO", "PAK"), "CHN")}
    assert {(a, h) for a, h, _, _ in deployments(text)} == {("PAK", "CHN"), ("LAO", "CHN"), ("KHM", "CHN")}
    text = ("Egypt opened its annual Nile Shield exercise in Egypt on Sunday. "
            "Troops from Jordan, Sudan and Kuwait are taking part.")
    assert exercises(text) == {(("EGY", "JOR", "KWT", "SDN"), "EGY")}
    text = ("The Kenyan army started its Linda Mpaka exercise in Kenya on Monday. "
            "Among the participants are troops from Uganda and Rwanda.")
    assert exercises(text) == {(("KEN", "RWA", "UGA"), "KEN")}
    # a drill with a name of its own is another event
    text = ("Greece held its Parmenion exercise in Greece in October. "
            "Cypriot and Egyptian ships took part in the annual Medusa drills in Egypt.")
    assert (("GRC",), "GRC") in exercises(text)


def test_a_sponsored_drill_filed_from_a_participant_gets_its_listed_guests():
    text = ("TBILISI, May 3 - The multinational exercise Noble Partner opened on Monday at the Vaziani base. "
            "The exercise is co-sponsored by the Georgian army and the US Army. "
            "Among the participants are troops from Poland, Lithuania and Turkey.")
    assert exercises(text) == {(("GEO", "LTU", "POL", "TUR", "USA"), "GEO")}
    assert {(a, h) for a, h, _, _ in deployments(text)} >= {("POL", "GEO"), ("TUR", "GEO"), ("USA", "GEO")}


def test_a_drill_with_another_name_is_another_event():
    text = ("Greece and France held the Argo exercise in Greece in May. "
            "In June, Greece hosted Egyptian troops for Medusa, the annual exercise between the two armies.")
    assert exercises(text) == {(("FRA", "GRC"), "GRC"), (("EGY", "GRC"), "GRC")}


def test_firing_during_its_own_drill_is_its_drill():
    assert exercises("Egypt's army also fired missiles during its annual air-defence drill in the western desert.") \
        == {(("EGY",), "EGY")}
    # a drill of someone else's, only mentioned, is none of the doer's
    assert not exercises("During an earlier drill, the US Army flew a launcher into Japan.")


def test_a_drill_run_by_its_name_alone():
    assert exercises("The US and South Korea kicked off Freedom Shield on Monday in South Korea.") == \
        {(("KOR", "USA"), "KOR")}
    assert exercises("American and Filipino troops began Balikatan 2024 in the Philippines.") == {(("PHL", "USA"), "PHL")}
    assert (("FRA", "IND"), "IND") in exercises("French and Indian troops completed Shakti 2024 in Meghalaya, India.")
    # an operation, talks or a single state's named event are no drill
    assert not exercises("The US and South Korea launched Operation Rolling Thunder in Vietnam.")
    assert not exercises("The US and South Korea held talks in Seoul on Monday.")
    assert not exercises("India launched Chandrayaan-3 from Sriharikota.")


def test_a_drill_filed_from_its_host_is_placed_there_when_named_again():
    text = ("CAIRO - The Egyptian army and the US Army opened the multinational Nile Star exercise at a desert base. "
            "Forces from Jordan and Greece are taking part in field training. "
            "The drill, first held in 1995, includes air defence and amphibious landings.")
    assert exercises(text) == {(("EGY", "GRC", "JOR", "USA"), "EGY")}
    assert {(a, h) for a, h, _, _ in deployments(text)} == {("USA", "EGY"), ("JOR", "EGY"), ("GRC", "EGY")}


def test_an_exercise_of_forces_and_the_other_sense_of_exercise():
    assert exercises("A joint exercise of the armed forces of Russia and Belarus began in Belarus.") == \
        {(("BLR", "RUS"), "BLR")}
    assert not exercises("The junta's exercise of power in Myanmar worries Thailand.")


def test_a_drill_described_in_apposition_is_the_same_drill():
    text = ("French forces will join Chad in Exercise Sahel Lion, one of the French army's largest exercises, "
            "in Chad next month.")
    found = claims_of(text, kind="exercise")
    assert {(tuple(c.participants), c.host, c.status) for c in found} == {(("FRA", "TCD"), "TCD", "planned")}


def test_a_place_hung_on_the_drills_name_hosts_it_and_their_is_the_subject():
    text = ("Greece has bought French frigates. Marines from Egypt, Cyprus and Greece held "
            "their annual trilateral exercise, Medusa, off Alexandria in November.")
    assert exercises(text) == {(("CYP", "EGY", "GRC"), "EGY")}


def test_a_state_that_flies_jets_in_the_present_brings_nothing_to_the_drill_before():
    text = ("Bulgaria hosted Romanian and Greek pilots for the Thracian Star exercise in 2023. "
            "Critics noted that Skopje itself flies no fighters and Zagreb flies 12 Rafales.")
    assert all("HRV" not in parts for parts, _ in exercises(text))


def test_contingents_taking_part_along_with_the_host_join_the_drill():
    text = ("The Zapad-2021 exercise began in Russia on Friday. About 200,000 troops are "
            "taking part, along with contingents from Armenia and Kazakhstan.")
    found = exercises(text)
    assert any(set(parts) >= {"ARM", "KAZ", "RUS"} and host == "RUS" for parts, host in found)
    assert ("KAZ", "RUS", "category:troops", "done") in deployments(text)


def test_a_drill_in_general_is_not_a_new_drill():
    text = ("The Zapad-2021 exercise began in Russia on Friday.\n\n"
            "Kazakhstan has sent 100 paratroopers, the first time it has joined a single "
            "Russian drill with airborne forces.")
    assert ("KAZ", "RUS", "category:troops", "done") in deployments(text)


def test_forces_staying_away_are_not_deployed():
    text = "Japan's contingent will stay away from the naval phase near the Kuril islands."
    assert not deployments(text)
