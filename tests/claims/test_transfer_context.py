"""Transfers whose weapon or parties are named in an earlier sentence (sentences written
for the test)."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_same_head_noun_names_the_party_again():
    # "the government" is the government named before, not the nearest state
    found = keys("The Italian government approved the export of 12 M-346 trainers to Nigeria. "
                 "Spain protested and Nigeria welcomed the news. "
                 "Last week the government also cleared the sale of 40 Leopard 1 tanks to Brazil.")
    assert ("ITA", "BRA", "Leopard 1", "planned") in found
    assert not any(k[1] == "BRA" and k[0] in ("ESP", "NGA") for k in found)


def test_definite_description_with_adjective_points_back():
    found = keys("Greece signed a contract for 18 Rafale jets in 2021. "
                 "Athens had requested the new jets a year earlier.")
    assert ("FRA", "GRC", "Rafale", "proposed") in found


def test_partitive_of_the_weapon_points_back():
    found = keys("Baykar builds the Akinci drone. "
                 "Last year Pakistan signed a contract for four of the heavy drones.")
    assert ("TUR", "PAK", "Akinci", "agreed") in found


def test_state_adjective_keeps_a_new_weapon():
    found = keys("Serbia operates Bayraktar TB2 drones. "
                 "In 2023 it also bought the Chinese drones.")
    assert not any(k[2] == "Bayraktar TB2" and k[0] == "CHN" for k in found)


def test_refused_requests_without_named_refuser():
    found = keys("Germany approved the sale of IRIS-T systems to Egypt. "
                 "Egypt had requested the systems in 2018. "
                 "Earlier cabinets had turned down similar requests from Cairo.")
    assert ("DEU", "EGY", "IRIS-T", "refused") in found


def test_apposition_names_the_general_weapon():
    found = keys("Officials said Vietnam was most interested in the latest Swedish fighter, "
                 "the Saab JAS 39 Gripen.")
    assert any(k[1] == "VNM" and k[2] == "Gripen" for k in found)
    assert not any(k[2] == "category:aircraft" for k in found)


def test_speaker_of_reported_receipt_is_no_party():
    found = keys("Britain said on Monday that Sudan had received Shahed-136 drones.")
    assert ("IRN", "SDN", "Shahed-136", "done") in found
    assert not any(k[0] == "GBR" for k in found)


def test_double_object_misparse_keeps_the_recipient():
    found = keys("Analysts believe Iran has sent Sudan more than a thousand mortar shells.")
    assert ("IRN", "SDN", "category:ammunition", "done") in found


def test_up_to_quantity_as_object():
    found = keys("Turkey has offered Indonesia up to 48 of its KAAN fighters.")
    assert ("TUR", "IDN", "KAAN", "proposed") in found


def test_general_noun_covers_a_narrower_weapon():
    found = keys("Morocco ordered Akinci drones in 2023. "
                 "Officials said the remaining aircraft would be handed over next year.")
    assert ("TUR", "MAR", "Akinci", "planned") in found


def test_veto_holder_is_not_the_supplier():
    found = keys("Finland wants to send its old howitzers to Ukraine. "
                 "But Sweden has a veto on any transfer of the guns.")
    assert not any(k[0] == "SWE" for k in found)


def test_gerund_under_a_modal_is_hypothetical():
    found = keys("Brussels warned Ankara that buying Russian jets could bring sanctions.")
    assert not found


def test_description_of_a_kind_of_state_skips_other_states():
    # "the emirate" is Kuwait, not Turkey (the nearer subject), nor France
    text = ("Kuwait has received its first NH90 helicopters from France, the French "
            "agency said. The emirate signed a contract for eight of the helicopters in 2016.")
    found = keys(text)
    assert ("FRA", "KWT", "NH90", "agreed") in found
    [agreed] = [c for c in claims_of(text) if c.status == "agreed"]
    assert agreed.quantity == "8"   # counted where it is said, not where the type was named


def test_contract_names_its_goods_through_a_content_verb():
    found = keys("Romania signed framework agreements with Turkey covering up to 18 Akinci "
                 "drones and 40 Otokar Cobra vehicles. The first binding contracts, signed in "
                 "May, cover 6 Akinci drones.")
    assert ("TUR", "ROU", "Akinci", "agreed") in found
    found = keys("Spain delivered NASAMS launchers to Ukraine last year. The new contracts cover "
                 "four more NASAMS launchers.")
    assert ("NOR", "UKR", "NASAMS", "agreed") in found or ("ESP", "UKR", "NASAMS", "agreed") in found


def test_objection_to_a_deal_is_no_contract():
    found = keys("Washington approved the sale of Patriot batteries to Romania. Congress has "
                 "30 days to raise objections to the deal.")
    assert not any(k[3] == "agreed" for k in found)


def test_in_turn_carries_the_recipient():
    found = keys("Norway bought Leopard 1 tanks in 1968, and transferred them in turn to Chile in 2001.")
    assert ("NOR", "CHL", "Leopard 1", "done") in found


def test_reliance_on_a_supplier_or_its_weapons():
    assert ("RUS", "ARM", "category:materiel", "done") in keys(
        "Armenia depends on Russia for most of its weapons.")
    assert ("RUS", "MMR", "MiG-29", "done") in keys(
        "Myanmar has long relied on Russian MiG-29 jets.")
    assert not keys("India relies on its own industry for artillery shells.")


def test_licence_holder_is_no_side_of_a_foreign_made_sale():
    found = keys("Germany refused to grant an export licence for Chile's purchase of six "
                 "corvettes and two frigates built by Sweden's Saab.")
    assert ("SWE", "CHL", "category:ships", "refused") in found
    assert not any(k[0] == "DEU" for k in found)


def test_military_modifier_names_materiel():
    found = keys("Washington has moved to block military sales to Cuba from Russia and Belarus.")
    assert ("RUS", "CUB", "category:materiel", "refused") in found
    assert ("BLR", "CUB", "category:materiel", "refused") in found
    assert ("CAN", "TUR", "category:materiel", "refused") in keys("Canada halted military exports to Turkey in 2019.")
    assert not keys("Military sales rose sharply last year.")


def test_semicolon_list_items_share_the_verb():
    found = keys("Peru is weighing several fighters, including the Gripen made by Sweden; the "
                 "Rafale made by France; and second-hand F-16s being offered by Norway.")
    assert ("SWE", "PER", "Gripen", "negotiating") in found
    assert ("FRA", "PER", "Rafale", "negotiating") in found
    assert ("NOR", "PER", "F-16", "negotiating") in found   # the seller, not the maker
    assert ("NOR", "PER", "F-16", "proposed") in found


def test_later_weapon_in_another_phrase_is_no_list_item():
    found = keys("Spain rejected Italy's offer to give Chile its Tornado jets, in a rare display "
                 "of discord by allies seeking to boost Ukrainian fighters.")
    assert not any(k[2] == "category:aircraft" for k in found)


def test_the_purchase_recalls_the_purchase_stated_before():
    found = keys("Last year Britain refused an export licence for Peru's purchase of six "
                 "helicopters built by Italy's Leonardo. Peru said in May that it still wanted "
                 "to go ahead with the purchase.")
    assert ("ITA", "PER", "category:helicopters", "refused") in found
    assert ("ITA", "PER", "category:helicopters", "proposed") in found


def test_general_noun_in_a_follow_up_contract_is_the_system_of_the_deal():
    text = ("Romania signed framework agreements with Germany covering up to 300 Lynx vehicles "
            "and 54 Leopard 2 tanks. The first binding contracts, signed in June, cover 40 tanks.")
    found = claims_of(text)
    assert ("DEU", "ROU", "Leopard 2", "agreed") in {(c.supplier, c.recipient, c.system, c.status) for c in found}
    assert not any(c.system == "category:tanks" for c in found)


def test_help_with_weapons_is_no_transfer():
    assert not keys("Officials believe Minsk asked Moscow for help with satellites and submarines.")


def test_interest_in_the_system_is_a_request():
    found = keys("Turkey sold Akinci drones to Morocco. Tunisia has also expressed interest in the system.")
    assert ("TUR", "TUN", "Akinci", "proposed") in found


def test_alliance_member_is_not_the_alliance():
    found = keys("Sweden agreed to sell Gripen jets to Hungary, making Budapest the first NATO "
                 "member to buy the Swedish aircraft.")
    assert not any(k[1] == "NATO" for k in found)
    assert ("SWE", "HUN", "Gripen", "agreed") in found


def test_nonrestrictive_clause_keeps_the_description():
    found = keys("France agreed to sell Rafale jets to Greece. Greece will receive 18 of the jets, "
                 "which will be delivered in three batches.")
    assert ("FRA", "GRC", "Rafale", "planned") in found


def test_weapons_going_to_a_state_is_a_possible_transfer():
    found = keys("Algeria ordered Su-57 jets from Russia in 2020. The jets may instead go to Iran.")
    assert ("RUS", "IRN", "Su-57", "negotiating") in found


def test_ordered_participle_is_the_contract_stage():
    found = keys("Turkey received the last of four S-400 batteries ordered from Russia in 2017.")
    assert ("RUS", "TUR", "S-400", "done") in found
    assert ("RUS", "TUR", "S-400", "agreed") in found


def test_remaining_units_arrive_at_the_recipient_named_before():
    text = ("The Vietnamese navy received the first of four BrahMos batteries from India. "
            "The remaining three batteries are expected to arrive by 2026.")
    found = claims_of(text)
    assert ("IND", "VNM", "BrahMos", "planned") in {(c.supplier, c.recipient, c.system, c.status) for c in found}
    assert all(c.quantity != "first" for c in found)


def test_idioms_of_go_are_no_transfer():
    assert not any(k[2] == "category:artillery" for k in keys(
        "The US will send Ukraine HIMARS launchers and shells to go along with the howitzers."))


def test_number_in_a_weapon_name_is_no_quantity():
    [claim] = claims_of("Brazil bought Leopard 1 tanks from Belgium.")
    assert claim.quantity is None
    [claim] = claims_of("Chile bought 30 Leopard 2 tanks from Germany.")
    assert claim.quantity == "30"


def test_parties_left_open_are_unk():
    assert ("RUS", "UNK", "S-400", "agreed") in keys(
        "Russia signed a contract with an undisclosed buyer for S-400 systems.")
    assert ("UNK", "SRB", "category:aircraft", "negotiating") in keys(
        "Serbia is in talks with three other countries about fighter jets.")
    found = keys("Turkey sold Akinci drones to Niger. Baykar said it was also in talks with "
                 "several countries in Africa on the supply of Akinci drones.")
    assert ("TUR", "UNK", "Akinci", "negotiating") in found
    assert ("TUR", "NER", "Akinci", "negotiating") not in found


def test_them_after_a_coordinated_pair():
    found = keys("Turkey sold Bayraktar TB2 drones to Qatar and Morocco after Germany refused "
                 "to export its Heron TP drones to them.")
    assert ("DEU", "QAT", "Heron TP", "refused") in found or ("ISR", "QAT", "Heron TP", "refused") in found
    assert not any(k[1] == "TUR" for k in found)


def test_stalled_sale_is_still_under_discussion():
    found = keys("Qatar ordered 12 Rafale jets, but the sale has stalled over French conditions.")
    assert ("FRA", "QAT", "Rafale", "agreed") in found
    assert ("FRA", "QAT", "Rafale", "negotiating") in found
    assert ("FRA", "QAT", "Rafale", "done") not in found


def test_buy_more_of_these_systems():
    found = keys("Belarus took delivery of Tor-M2K systems. Minsk plans to buy more of these systems in 2024.")
    assert ("RUS", "BLR", "Tor", "proposed") in found


def test_aid_package_with_examples_attached_to_the_verb():
    found = keys("Berlin announced a new package of military aid for Ukraine on Friday, "
                 "including additional IRIS-T launchers.")
    assert ("DEU", "UKR", "IRIS-T", "planned") in found
    assert ("DEU", "UKR", "Storm Shadow", "planned") not in found
    assert ("GBR", "UKR", "Storm Shadow", "planned") in keys(
        "Britain announced a package of aid for Kyiv. It has also pledged 100 Storm Shadow missiles.")


def test_last_aircraft_of_an_order():
    found = keys("Egypt inducted the Rafale into service after receiving the last aircraft of "
                 "its 2015 order from France.")
    assert ("FRA", "EGY", "Rafale", "done") in found
    assert not any(k[2] == "category:aircraft" for k in found)


def test_denied_report_with_that_clause_is_no_claim():
    assert not keys("North Korea denied reports that it had supplied artillery shells to Russia.")


def test_order_for_weapons_and_its_cancellation():
    assert ("RUS", "EGY", "Su-35", "refused") in keys(
        "Cairo had earlier cancelled its order for 24 Su-35 jets from Russia.")


def test_set_to_receive_and_on_hold():
    assert ("FRA", "IDN", "Rafale", "planned") in keys(
        "Indonesia is set to receive the first of 42 Rafale fighters from France in 2026.")
    assert ("USA", "TUR", "F-35", "refused") in keys("Turkey put the F-35 deal on hold in 2019.")
    assert ("USA", "TUR", "F-35", "refused") in keys("Ankara suspended the F-35 deal in 2019.")


def test_materiel_beside_a_named_weapon_of_the_same_sale():
    found = keys("Washington approved a possible foreign military sale to Poland for Patriot systems.")
    assert ("USA", "POL", "Patriot", "planned") in found
    assert not any(k[2] == "category:materiel" for k in found)


def test_standing_supplier_and_customer_relations():
    assert ("RUS", "IND", "category:materiel", "done") in keys(
        "Russia accounted for 36 percent of India's arms imports between 2019 and 2023.")
    assert ("FRA", "IND", "category:materiel", "done") in keys("France became India's second-largest supplier.")
    assert ("RUS", "VNM", "category:materiel", "done") in keys("Vietnam is the largest buyer of Russian arms in Asia.")
    assert not keys("The companies depend on their suppliers.")


def test_weapons_sent_on_a_mission_stay_the_senders():
    assert not keys("Norway will send two F-35 fighters to Estonia to help police NATO airspace.")


def test_believer_and_dateline_are_no_parties():
    found = keys("Japanese intelligence believes North Korea shipped artillery shells to Russia.")
    assert ("PRK", "RUS", "category:ammunition", "done") in found
    assert not any("JPN" in k[:2] for k in found)
    found = keys("TOKYO, 3 May 2024 — Russia delivered S-400 systems to India.")
    assert found == {("RUS", "IND", "S-400", "done")}


def test_relative_purchase_names_the_seller_and_an_earlier_stage():
    found = keys("The corvettes, which were ordered from Spain in 2019, will be delivered to the "
                 "Saudi navy by 2026.")
    assert ("ESP", "SAU", "category:ships", "planned") in found
    assert ("ESP", "SAU", "category:ships", "agreed") in found


def test_airliners_and_consumer_goods_are_no_arms():
    assert not keys("Emirates Airline finalized a deal for 30 Boeing jets from the US on Wednesday.")
    assert not keys("US imports of intermediate goods from China, such as motors and semiconductors, fell.")


def test_prefixed_verbs_stay_whole():
    # the tokenizer keeps "re-export" / "co-produced" whole, with the stem's lemma
    assert ("DEU", "UKR", "category:ammunition", "refused") in keys(
        "Switzerland has refused to allow Germany to re-export Swiss-made ammunition to Ukraine.")
    found = claims_of("Turkey and Ukraine co-produced Akinci engines from 2021.", type="cooperation")
    assert any(set(c.partners) == {"TUR", "UKR"} for c in found)


def test_from_phrase_on_a_batch_and_their_weapons():
    found = keys("Ukraine has received the first batch of Gripen jets from Sweden and Hungary. "
                 "Czechia and Slovakia have also pledged to donate their jets.")
    assert {("SWE", "UKR", "Gripen", "done"), ("HUN", "UKR", "Gripen", "done")} <= found
    assert {("CZE", "UKR", "Gripen", "planned"), ("SVK", "UKR", "Gripen", "planned")} <= found


def test_contract_partner_sells_a_weapon_neither_side_makes():
    assert ("NLD", "ROU", "F-16", "agreed") in keys(
        "Romania signed a contract with the Netherlands in May for 18 second-hand F-16 fighters.")


def test_a_gift_arrives_where_it_lands():
    assert ("CHN", "ZWE", "category:armoured-vehicles", "done") in keys(
        "A donation of 20 armoured vehicles from China arrived in Harare on Friday.")


def test_buyers_choice_and_the_deal_just_stated():
    assert ("SWE", "COL", "Gripen", "proposed") in keys("Colombia selected the Gripen in 2024.")
    found = keys("Brazil flies the Gripen and Chile wants the Gripen too. Greece and Israel signed "
                 "a memorandum on the purchase of PULS launchers. Athens is expected to finalise "
                 "the deal by the end of the year.")
    assert ("ISR", "GRC", "PULS", "planned") in found
    assert not any(k[1] == "GRC" and k[2] == "Gripen" for k in found)


def test_licensed_production_is_a_transfer():
    found = claims_of("Under a licence from Germany's Rheinmetall, Hungary's Zala plant will "
                      "assemble Lynx infantry fighting vehicles from 2024.")
    assert {(c.supplier, c.recipient, c.system, c.status, c.mode) for c in found} >= {
        ("DEU", "HUN", "Lynx", "planned", "licence")}
    assert ("KOR", "POL", "K2", "planned") in keys("The K2 tanks will be produced under licence in Poland from 2026.")
    assert ("RUS", "IND", "Su-30", "done") in keys("India's HAL built 222 Su-30MKI fighters under licence.")
    assert not keys("China builds the J-20 in Chengdu.")


def test_package_bought_by_the_clause_subject():
    found = keys("Morocco received Barak MX systems. Rabat bought the systems in 2021 as part of "
                 "a larger package that also included Harop loitering munitions.")
    assert ("ISR", "MAR", "Harop", "done") in found
    assert not any(k[0] == "MAR" for k in found)


def test_more_of_a_named_weapon_points_back_to_it():
    found = keys("Greece bought 18 Rafale jets in 2021. Six more new jets were ordered in March 2022.")
    assert ("FRA", "GRC", "Rafale", "agreed") in found
    found = keys("Egypt flies Rafale jets. It now wants more Chinese jets.")
    assert not any(k[2] == "Rafale" and k[3] == "proposed" for k in found)


def test_a_weapon_listed_together_with_other_goods_still_points_back():
    found = keys("Kenya signed for four Bayraktar TB2 drones in 2023. Those aircraft, together "
                 "with two ground stations, were handed over a year later.")
    assert ("TUR", "KEN", "Bayraktar TB2", "done") in found


def test_a_partitive_keeps_its_own_count_beside_the_named_weapon():
    found = {(c.system, c.status, c.quantity) for c in claims_of(
        "Ghana became one of the first buyers of the Akinci when it signed for three of the heavy "
        "drones in 2024.")}
    assert ("Akinci", "agreed", "3") in found


def test_three_stages_of_one_deal_in_one_sentence():
    found = keys("The Akash air defence system took years. Yerevan first asked New Delhi about "
                 "the system in 2019, the contract for four batteries was signed in 2022, and "
                 "the first batteries were delivered by Indian transport planes in 2024.")
    assert {("IND", "ARM", "Akash", "proposed"), ("IND", "ARM", "Akash", "agreed"),
            ("IND", "ARM", "Akash", "done")} <= found


def test_a_contract_won_to_supply_is_agreed():
    found = keys("Rafael won a contract worth about $500 million to supply Spike missiles to Estonia.")
    assert ("ISR", "EST", "Spike", "agreed") in found


def test_not_answering_questions_is_no_refusal():
    found = keys("Estonia ordered Spike missiles from Israel in 2022. The Estonian ministry did not "
                 "respond to questions about the Spike orders.")
    assert not any(k[3] == "refused" for k in found)


def test_unit_nouns_point_back_and_keep_their_count():
    found = {(c.system, c.status, c.quantity) for c in claims_of(
        "Turkey signed for the S-400 in 2017. The first battery arrived in July 2019. "
        "Officials now say the remaining three batteries will be handed over next year.")}
    assert ("S-400", "done", None) in found or any(f[:2] == ("S-400", "done") for f in found)
    assert ("S-400", "planned", "3 batteries") in found


def test_talks_right_after_a_selection_are_that_deal_negotiated():
    found = keys("Norway selected the K9 howitzer from Hanwha in 2023. Contract negotiations are "
                 "expected to conclude next year.")
    assert ("KOR", "NOR", "K9", "negotiating") in found


def test_a_bare_category_between_the_sides_of_a_named_transfer_is_that_system():
    found = keys("Qatar signed for 24 Rafale jets from France in 2015. Doha had been negotiating "
                 "the purchase of 12 more aircraft for two years.")
    assert ("FRA", "QAT", "Rafale", "negotiating") in found
    found = keys("Argentina bought JF-17 jets from China in 2023. Its efforts to buy aircraft "
                 "from other makers were frustrated.")
    assert not any(k[2] == "JF-17" and k[3] != "done" for k in found)


def test_offers_rejected_together_are_each_refused():
    found = keys("Sweden had offered the Gripen to Peru, and South Korea had proposed the FA-50. "
                 "Both bids were rejected in 2024.")
    assert ("SWE", "PER", "Gripen", "refused") in found
    assert ("KOR", "PER", "FA-50", "refused") in found
    # one bid, one refusal: the latest offer
    found = keys("Sweden had offered the Gripen to Peru. The bid was rejected.")
    assert ("SWE", "PER", "Gripen", "refused") in found


def test_goods_bought_or_supplied_under_a_contract_are_the_contract_stage():
    assert ("CHN", "SRB", "HQ-22", "agreed") in keys(
        "The FK-3 was bought by Serbia under a contract concluded in 2020.")
    found = keys("Russia delivered S-400 systems to India in 2021 under a 2018 deal.")
    assert {("RUS", "IND", "S-400", "done"), ("RUS", "IND", "S-400", "agreed")} <= found


def test_the_remaining_few_and_more_on_order_point_back():
    found = {(c.supplier, c.recipient, c.system, c.status, c.quantity) for c in claims_of(
        "Myanmar bought six Su-30 jets from Russia. State television said the remaining four "
        "would arrive next year.")}
    assert ("RUS", "MMR", "Su-30", "planned", "4") in found
    found = keys("Laos received Yak-130 jets from Russia in 2023. Lao media say more jets are on order.")
    assert ("RUS", "LAO", "Yak-130", "agreed") in found


def test_a_weapon_due_or_expected_to_be_delivered_is_planned():
    found = keys("The Gripen jets are expected to be delivered to Thailand in 2027.")
    assert ("SWE", "THA", "Gripen", "planned") in found
    found = keys("The KF-21 fighters for Indonesia are scheduled to arrive in 2028.")
    assert ("KOR", "IDN", "KF-21", "planned") in found
    # ("to be imported" is no plan, and the engine, not the jet, is imported: parts for the
    # Gripen go to its maker's state, claims/fitted.py)
    assert keys("The engine in the Gripen is said to be imported from the United States.") == \
        {("USA", "SWE", "category:components", "done")}


def test_the_first_and_the_last_point_to_the_latest_transfer_not_the_most_named_weapon():
    text = ("Norway flies F-35 jets and has praised the F-35. In 2023 Norway ordered four "
            "Type 212CD submarines from Germany; the first is due to be delivered in 2029.")
    found = keys(text)
    assert ("DEU", "NOR", "Type 212", "planned") in found
    assert not any(k[2] == "F-35" and k[3] == "planned" for k in found)
    found = keys("Chile bought six Leopard tanks from Germany. The last arrived in 2024.")
    assert ("DEU", "CHL", "Leopard 2", "done") in found


def test_a_count_of_them_points_back():
    found = keys("Greece would not sell its old M48 tanks to Cyprus. Nicosia had asked for 40 "
                 "of them in 2019.")
    assert ("GRC", "CYP", "M48 Patton", "proposed") in found


def test_the_first_of_which_points_to_the_noun_of_its_clause():
    text = ("South Korea builds KF-21 jets, and Indonesia will buy KF-21 jets. Indonesia has also "
            "ordered 42 Rafale fighters from France, the first of which are due to arrive in 2026.")
    found = keys(text)
    assert ("FRA", "IDN", "Rafale", "planned") in found
    assert ("KOR", "IDN", "KF-21", "planned") in found   # (the second sentence's own plan)
    assert len([k for k in found if k[3] == "planned"]) == 2


def test_a_second_passive_verb_tagged_as_past_tense_keeps_the_shared_subject():
    found = keys("Slovakia ordered CV90 vehicles from Sweden in 2022. The first 20 vehicles were "
                 "built in Sweden and handed to the Slovak army in 2024.")
    assert ("SWE", "SVK", "CV90", "done") in found


def test_korean_names_the_south_next_to_a_weapon_word_and_small_arms_with_ammunition():
    found = keys("Poland and Egypt are discussing purchases of Korean howitzers.")
    assert ("KOR", "EGY", "category:artillery", "negotiating") in found
    found = keys("China has given Cambodia a quantity of small arms and ammunition.")
    assert {("CHN", "KHM", "category:small-arms", "done"), ("CHN", "KHM", "category:ammunition", "done")} <= found


def test_a_bare_count_as_object_counts_the_weapon_just_named():
    found = claims_of("The Netherlands handed 24 F-16 fighters to Ukraine in 2024. "
                      "Belgium sent six, and Norway shipped four in May.")
    got = {(c.supplier, c.recipient, c.system, c.status, c.quantity) for c in found}
    assert ("BEL", "UKR", "F-16", "done", "6") in got
    assert ("NOR", "UKR", "F-16", "done", "4") in got
    more = keys("Lithuania bought two NASAMS batteries from Norway in 2020. "
                "Vilnius ordered three more in 2024.")
    assert ("NOR", "LTU", "NASAMS", "agreed") in more


def test_a_year_or_a_partitive_is_no_bare_count():
    found = keys("Vietnam took delivery of K9 howitzers from South Korea. "
                 "Hanoi bought in 2019 as well.")
    assert all(k[2] != "K9" or k[1] == "VNM" for k in found)
    assert not any(k[3] == "agreed" and k[1] == "VNM" for k in found)


def test_a_counted_noun_in_a_joined_clause_counts_the_system_chosen_before_it():
    found = claims_of("Colombia picked the Gripen E in 2025 and signed a contract for 17 jets "
                      "a few months later.")
    got = {(c.supplier, c.recipient, c.system, c.status, c.quantity) for c in found}
    assert ("SWE", "COL", "Gripen", "agreed", "17") in got
    # another kind of weapon in the joined clause is not the chosen one
    other = keys("Vietnam tested the K9 howitzer and bought 20 tanks.")
    assert not any(k[2] == "K9" and k[3] == "done" for k in other)


def test_delivery_of_its_first_few_points_to_the_weapon_just_ordered():
    found = claims_of("Latvia signed for six HIMARS launchers from the United States in 2023. "
                      "Riga took delivery of its first two in 2025, and Tallinn ordered six of "
                      "the same launchers.")
    got = {(c.supplier, c.recipient, c.system, c.status) for c in found}
    assert ("USA", "LVA", "HIMARS", "done") in got
    assert ("USA", "EST", "HIMARS", "agreed") in got


def test_a_clause_with_its_own_subject_does_not_borrow_the_other_clause_verb():
    found = keys("Belgrade had received MiG-29 jets from Russia, and six Il-76 transport "
                 "planes flew Pantsir systems into the country.")
    assert not any(k[2] == "Il-76" for k in found)


def test_a_relative_clause_with_the_weapon_as_its_object_is_the_transfer():
    found = keys("Armenia wanted more artillery. The Caesar howitzers that France had sold "
                 "earlier in the year proved decisive.")
    assert ("FRA", "ARM", "CAESAR", "done") in found
    vague = keys("The radars are the most important weapons Paris has sold to Yerevan.")
    assert not any(k[2] == "category:materiel" for k in vague)


def test_replacing_old_weapons_with_new_ones_acquires_the_new_ones():
    found = keys("Bulgaria wants to replace its ageing MiG-29 jets with F-16s from the "
                 "United States.")
    assert ("USA", "BGR", "F-16", "proposed") in found
    assert not any(k[2] == "MiG-29" for k in found)


def test_opting_for_one_weapon_over_another_chooses_only_the_first():
    found = keys("Colombia opted for the Gripen over the Rafale in its fighter tender.")
    assert ("SWE", "COL", "Gripen", "proposed") in found
    assert not any(k[2] == "Rafale" for k in found)


def test_confirming_the_deal_just_told_adds_no_stage():
    found = keys("Iran is believed to have bought 24 Su-35 jets, though neither Tehran nor "
                 "Moscow has confirmed the deal.")
    assert {k[3] for k in found if k[2] == "Su-35"} == {"done"}


def test_a_purchase_named_as_the_cause_of_a_refusal_keeps_its_own_status_and_sides():
    found = keys("In 2020 Riyadh asked Washington for 50 F-35 jets. Congress blocked the "
                 "request over Saudi Arabia's purchase of Chinese Wing Loong drones. The "
                 "sale was finally approved in 2025.")
    assert ("CHN", "SAU", "Wing Loong I", "done") in found
    assert ("USA", "SAU", "F-35", "refused") in found
    assert ("USA", "SAU", "F-35", "planned") in found
    assert not any(k[2] == "Wing Loong I" and k[3] in ("refused", "proposed", "planned") for k in found)
    assert not any(k[1] == "USA" for k in found)


def test_it_in_a_reason_clause_of_a_punishment_is_the_state_punished():
    found = keys("Washington sanctioned Indonesia after it bought Su-35 fighters from Russia.")
    assert ("RUS", "IDN", "Su-35", "done") in found
    assert not any(k[1] == "USA" for k in found)


def test_approving_the_weapons_asked_for_plans_them():
    found = keys("Poland has asked the US for Apache helicopters. Washington approved them "
                 "in 2023.")
    assert ("USA", "POL", "AH-64", "planned") in found


def test_over_after_talks_is_their_topic_not_a_cause():
    assert ("RUS", "IRN", "Su-35", "negotiating") in keys(
        "Iran held talks with Russia over the purchase of Su-35 jets.")
    assert ("USA", "QAT", "F-35", "refused") in keys(
        "Qatar suspended talks with the US over the purchase of F-35 jets.")


def test_jets_landing_somewhere_in_a_state_as_the_first_of_an_order_were_delivered():
    found = keys("Six Rafale jets landed at Tanagra air base in central Greece on Monday, the "
                 "first of 24 aircraft that Athens bought from France.")
    assert ("FRA", "GRC", "Rafale", "done") in found
    assert not any(k[2] == "category:aircraft" for k in found)


def test_for_years_on_a_refused_request_is_a_duration_not_its_object():
    found = keys("Kyiv asked Berlin for Taurus missiles in 2023. Earlier governments had "
                 "turned down similar requests from Kyiv for months.")
    assert ("DEU", "UKR", "Taurus", "refused") in found


def test_a_delivery_named_as_a_time_adds_no_stage():
    found = claims_of("Qatar ordered 36 F-15 jets from the United States in 2017. Talks on "
                      "training will continue before and after the delivery of the jets.")
    assert {c.status for c in found if c.system == "F-15"} == {"agreed"}


def test_the_deal_and_its_first_aircraft_are_the_deal_made_not_the_offer_it_beat():
    found = keys("Peru signed a contract with Korea Aerospace Industries for 20 FA-50 light "
                 "fighters after the Korean jet beat the Italian M-346 and an offer of used "
                 "Mirage 2000s from France. The contract is worth $1.2 billion, officials "
                 "said. The first aircraft are due in 2027.")
    assert ("KOR", "PER", "FA-50", "planned") in found
    assert not any(k[2] == "Mirage 2000" and k[3] in ("agreed", "planned") for k in found)


def test_weapons_due_somewhere_are_a_planned_delivery_but_not_when_due_for_something_else():
    found = keys("Norway ordered 54 K9 howitzers from South Korea in 2017. The last guns are "
                 "due at Rena camp in 2026.")
    assert ("KOR", "NOR", "K9", "planned") in found
    found = keys("Egypt bought Rafale jets in 2015. The jets are due for an upgrade in 2030.")
    assert ("FRA", "EGY", "Rafale", "planned") not in found


def test_a_bulleted_line_headed_by_a_state_is_that_states_order():
    text = ("Orders at a glance\n\n"
            "• NORWAY – 52 F-35A fighters from the United States. The last jets are due in 2025.\n\n"
            "• SPAIN – Eight NASAMS fire units, ordered from Kongsberg in 2023; deliveries "
            "start next year.\n\n"
            "• Industry – Airbus delivered 20 A400M aircraft to Spain.")
    found = keys(text)
    assert ("USA", "NOR", "F-35", "agreed") in found
    assert ("USA", "NOR", "F-35", "planned") in found
    assert ("NOR", "ESP", "NASAMS", "agreed") in found
    assert not any(k[1] == "NOR" and k[2] == "NASAMS" for k in found)


def test_the_same_head_noun_just_before_is_the_antecedent_over_the_most_named_system():
    found = keys("Romania has waited for its Patriot batteries since 2017, and the Patriot "
                 "order is its largest. In 2023 it also ordered 18 Chunmoo rocket launchers "
                 "from South Korea; the launchers arrived this spring.")
    assert ("KOR", "ROU", "Chunmoo", "done") in found
    assert not any(k[2] == "Patriot" and k[3] == "done" for k in found)


def test_hyphenated_anti_words_do_not_name_another_kind_of_weapon():
    found = keys("Vietnam received Bastion-P missiles from Russia in 2016, three years after "
                 "Hanoi signed a contract for two coastal anti-ship batteries.")
    assert ("RUS", "VNM", "Bastion-P", "agreed") in found
    assert not any(k[2] == "category:ships" for k in found)


def test_a_weapon_word_before_a_ship_word_does_not_make_a_second_claim():
    found = keys("In 2023 India handed over the missile corvette INS Khukri to Sri Lanka.")
    assert not any(k[2] == "category:missiles" for k in found)


def test_a_completed_contract_for_a_named_weapon_is_delivered_between_maker_and_the_text_state():
    found = keys("Laos still depends on Moscow. A 2017 contract for four Yak-130 trainers "
                 "was completed in 2019.")
    assert ("RUS", "LAO", "Yak-130", "done") in found
    assert ("RUS", "LAO", "Su-30", "agreed") in keys(
        "Laos and Russia completed talks on Su-30 fighters in 2019.")
    assert ("RUS", "IRN", "S-300", "planned") in keys(
        "Russia plans to complete the deliveries of S-300 systems to Iran by 2017.")


def test_goods_expected_by_a_date_are_a_planned_delivery_of_the_weapon_just_named():
    found = keys("Egypt bought Type 054A frigates from China in 2023. Earlier it had ordered "
                 "K9 howitzers from Korea, and the first of them are expected in 2026.")
    assert ("KOR", "EGY", "K9", "planned") in found
    assert ("CHN", "EGY", "Type 054A", "planned") not in found
    assert ("USA", "CAN", "F-35", "planned") in keys(
        "Canada ordered 88 F-35A jets from the United States. The first 16 jets are expected from 2026.")
    assert ("USA", "CAN", "F-35", "planned") not in keys(
        "Canada ordered 88 F-35A jets from the United States. The jets are expected to cost more.")


def test_an_absolute_with_phrase_or_a_verbless_line_says_when_goods_are_due():
    found = keys("Peru signed a deal for 24 FA-50 jets with Korea, with the first due in 2027.")
    assert ("KOR", "PER", "FA-50", "agreed") in found
    assert ("KOR", "PER", "FA-50", "planned") in found
    found = keys("Norway ordered 52 F-35A jets from the United States. First jets due at Oslo in 2017.")
    assert ("USA", "NOR", "F-35", "planned") in found


def test_a_participle_after_the_last_item_of_a_list_is_shared_but_not_across_semicolons():
    found = keys("The plan covers 30 K2 tanks and 12 K9 howitzers ordered from South Korea.")
    assert ("KOR", "POL", "K2", "agreed") in keys(
        "Poland is rearming. The plan covers 30 K2 tanks and 12 K9 howitzers ordered from South Korea.")
    found = keys("Peru is weighing the Gripen made by Sweden; and F-16s being offered by Denmark.")
    assert ("DNK", "PER", "Gripen", "proposed") not in found


def test_a_vehicle_weighing_tonnes_is_no_purchase_being_weighed():
    found = keys("Hungary ordered Leopard 2A7 tanks from Germany. The Lynx is a vehicle weighing "
                 "up to 50 tonnes.")
    assert not any(k[3] == "negotiating" for k in found)


def test_the_cargo_of_transport_planes_that_landed_somewhere_arrived_there():
    found = keys("In May 2023, four Russian Il-76 transport planes landed at Harare airport "
                 "carrying Mi-35 helicopters, which Zimbabwe had ordered in 2021.")
    assert ("RUS", "ZWE", "Mi-35", "done") in found
    assert ("RUS", "ZWE", "Mi-35", "agreed") in found
    assert not any(k[2] == "Il-76" for k in found)


def test_an_acquisition_by_a_state_of_a_weapon_in_official_style():
    found = keys("Georgia's minister signed a contract providing for the acquisition by the Armed "
                 "Forces of Georgia of 12 Caesar self-propelled howitzers.")
    assert ("FRA", "GEO", "CAESAR", "agreed") in found


def test_the_rest_of_a_deal_arrives_from_its_seller_not_the_maker():
    found = keys("Romania received the first five F-16s from Norway in 2023. The rest of the "
                 "jets are to arrive next year.")
    assert ("NOR", "ROU", "F-16", "planned") in found
    assert ("USA", "ROU", "F-16", "planned") not in found


def test_rounds_for_a_named_system_are_the_goods_not_the_system():
    found = keys("Switzerland refused to let Denmark re-export Piranha ammunition to Ukraine.")
    assert ("DNK", "UKR", "category:ammunition", "refused") in found
    assert not any(k[2] == "Piranha" for k in found)
