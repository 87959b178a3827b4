"""Constructions added in the twentieth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments, exercises
from .helpers import claims_of, keys


def test_a_deal_partner_the_parser_hangs_inside_the_goods_or_on_the_verb_sells():
    # "with" under the goods' for-phrase; "from" on the verb that signs or ends the deal
    assert keys("Chile signed a contract for artillery shells with Brazil.") == {
        ("BRA", "CHL", "category:ammunition", "agreed")}
    assert keys("The Spanish government cancelled a contract for 15 million rounds of ammunition "
                "from an Israeli company.") == {("ISR", "ESP", "category:ammunition", "refused")}
    assert keys("Kenya concluded a contract for armoured vehicles from a South African firm.") == {
        ("ZAF", "KEN", "category:armoured-vehicles", "agreed")}


def test_a_contract_won_from_a_buyer_is_not_sold_by_the_buyer():
    # the buyer awards the contract: its "from" phrase names no seller
    assert not any(supplier == "POL" for supplier, *_ in keys("Hanwha won a contract from Poland for ammunition."))


def test_eyeing_a_purchase_or_looking_to_buy_is_a_buyers_wish():
    assert ("IND", "VNM", "BrahMos", "proposed") in keys("Hanoi is eyeing the purchase of BrahMos missiles from India.")
    assert ("CHN", "SAU", "category:air-defence", "proposed") in keys(
        "Riyadh is looking to buy Chinese air defence systems.")


def test_some_of_the_goods_passed_on_carry_no_count_of_the_whole():
    found = claims_of("Poland received 48 K9 howitzers from South Korea last year and has since sent "
                      "several of them to Ukraine.")
    onward = [c for c in found if c.supplier == "POL"]
    assert onward and onward[0].recipient == "UKR" and onward[0].quantity is None
    bought = [c for c in found if c.supplier == "KOR"]
    assert bought and bought[0].quantity == "48"


def test_some_alone_stands_for_part_of_the_weapon_named_before():
    assert ("EST", "UKR", "K9", "done") in keys(
        "Seoul approved the export of K9 howitzers to Estonia, which later passed some to Ukraine.")
    assert ("IRN", "SYR", "S-300", "done") in keys("Russia sold S-300s to Iran. Tehran later sent several to Syria.")
    assert not keys("The inspectors saw many in Poland.")


def test_a_denied_allegation_is_no_claim_even_above_another_cue():
    # the approval under the denial is not a refusal of the sale; a dismissed report asserts nothing
    assert not keys("The State Department denied that it had approved the sale of F-35 jets to Qatar.")
    assert not keys("Officials in Sofia dismissed reports that Bulgaria had sold shells to Ukraine.")
    assert not keys("Iran denied supplying drones to Russia.")


def test_rejecting_a_supply_or_a_request_is_a_refusal():
    assert ("DEU", "UKR", "Taurus", "refused") in keys("Berlin rejected supplying Taurus missiles to Kyiv.")
    assert ("RUS", "SRB", "MiG-29", "refused") in keys("Moscow rejected a Serbian request for more MiG-29 fighters.")


def test_dismissing_a_statement_is_not_refusing_what_it_announced():
    found = keys("Analysts dismissed the statement of the minister, who announced the purchase of 12 "
                 "Rafale jets from France.")
    assert not any(status == "refused" for *_, status in found)


def test_goods_recalled_with_their_own_origin_come_from_that_origin():
    # not from the seller of the transfer told just before
    text = ("Turkey sold two Ada-class corvettes to Nigeria in 2019. A Type 054A frigate sits in the dock. "
            "Nigeria took all four of these Chinese frigates between 2021 and 2023.")
    found = keys(text)
    assert ("CHN", "NGA", "Type 054A", "done") in found
    assert ("TUR", "NGA", "Type 054A", "done") not in found


def test_a_delivery_unlikely_or_likely_before_a_date_is_still_ahead():
    text = "Egypt ordered eight Type 054A frigates from China. The first delivery to Egypt is unlikely before next year."
    found = keys(text)
    assert ("CHN", "EGY", "Type 054A", "planned") in found
    assert ("CHN", "EGY", "Type 054A", "done") not in found
    # the adverb "likely" (probably) leaves a finished supply done
    assert ("IRN", "RUS", "category:uav", "done") in keys("Iran likely supplied the drones to Russia.")


def test_a_spaced_hyphen_read_as_a_dash_keeps_the_goods_with_their_verb():
    # (read as a hyphen, "system - reports" became one compound and the purchase lost its goods)
    found = keys("Greece has bought Israel's Spyder air defence system - reports say the first launchers "
                 "were delivered in 2025 - and it ordered French Exocet anti-ship missiles in 2022.")
    assert found == {("ISR", "GRC", "Spyder", "done"), ("FRA", "GRC", "Exocet", "agreed")}


def test_talks_on_goods_another_state_holds_are_not_the_last_deals_sides():
    found = keys("South Korea offered the FA-50 to Argentina. Israel's used Kfirs were discussed for a while "
                 "and then quietly dropped.")
    assert not any(system == "Kfir" and supplier == "KOR" for supplier, _r, system, _s in found)


def test_turning_to_several_sellers_each_for_its_own_goods():
    # (the parser hangs the later for-phrases on the seller's name)
    found = keys("Egypt turned to Germany for submarines, to the United States for Apache and Chinook "
                 "helicopters, and to France for Rafale jets.")
    assert {("USA", "EGY", "AH-64", "done"), ("USA", "EGY", "CH-47", "done"), ("FRA", "EGY", "Rafale", "done"),
            ("DEU", "EGY", "category:ships", "done")} <= found
    assert not keys("The Nordic states have also turned to American rocket artillery.")


def test_goods_of_coordinated_origins_come_from_each():
    found = keys("Armenia bought French and Indian howitzers.")
    assert {("FRA", "ARM", "category:artillery", "done"), ("IND", "ARM", "category:artillery", "done")} <= found
    found = keys("Kenya bought Turkish, Israeli and Chinese drones.")
    assert {supplier for supplier, *_ in found} == {"TUR", "ISR", "CHN"}
    # an origin and a plain adjective are no coordination of sellers
    assert keys("Kenya bought new Turkish drones.") == {("TUR", "KEN", "category:uav", "done")}


def test_money_spent_on_typed_goods_bought_them():
    found = keys("Baku spent billions on Israeli arms, including Harop loitering munitions and Barak 8 "
                 "air defence systems, before the war.")
    assert {("ISR", "AZE", "Harop", "done"), ("ISR", "AZE", "Barak-8", "done")} <= found
    assert ("USA", "POL", "AH-64", "planned") in keys("Poland will spend $10 billion on 96 Apache helicopters.")
    # a budget for vague hardware, or money spent on work on one's own jets, is no purchase
    assert not keys("Athens has spent more on French hardware than ever before.")
    assert not keys("Egypt spent $2 billion on upgrading its F-16s.")


def test_goods_bought_from_a_maker_for_a_third_state_go_to_it():
    # (the parser hangs "for Ukraine" on the seller)
    assert keys("The Netherlands and Denmark will buy 14 Leopard 2A4 tanks from Rheinmetall for Ukraine.") == {
        ("DEU", "UKR", "Leopard 2", "planned")}
    # money and the buyer's own forces are no third state
    assert keys("Egypt bought Rafale jets from France for $5 billion.") == {("FRA", "EGY", "Rafale", "done")}


def test_a_parade_featuring_foreign_weapons_shows_what_its_state_has():
    assert ("CHN", "TKM", "HQ-9", "done") in keys("Turkmenistan's independence day parade featured Chinese HQ-9 systems.")
    assert ("RUS", "BLR", "Iskander", "done") in keys("A military parade in Minsk featured Russian Iskander launchers.")
    # a trade show features anyone's wares; a design features its parts
    assert not keys("IDEX 2025 featured Chinese Wing Loong drones.")
    assert not keys("The new Turkish frigate features Italian guns.")


def test_a_verb_read_as_a_clause_on_a_verbless_sentences_noun_still_sets_its_status():
    # (the parser makes "stalled" a clause on "sale", the sentence left with no verb)
    found = keys("The sale of 40 F-16s to Turkey stalled for two years before Congress relented.")
    assert found == {("USA", "TUR", "F-16", "negotiating")}


def test_goods_incorporated_into_a_fleet_were_received():
    assert ("NLD", "PER", "category:ships", "done") in keys("Peru's navy incorporated two former Dutch frigates "
                                                             "into its fleet in 2004.")
    assert not keys("The company incorporated Israeli sensors into the design.")


def test_a_formalised_acquisition_is_agreed():
    assert keys("The Argentine government formalised the acquisition of 24 F-16 fighters from Denmark.") == {
        ("DNK", "ARG", "F-16", "agreed")}


def test_a_weapon_two_states_make_entering_service_unnamed_is_no_sale_to_the_co_maker():
    # (the catalog has the Polonez made by Belarus with China: entering service, it is no sale to China)
    assert not keys("Belarus has deepened its ties with China. The Polonez rocket launcher, developed with "
                    "China's help, entered service in 2016.")


def test_talks_whose_topic_is_an_on_phrase_are_with_the_state_the_text_is_about():
    found = keys("Kazakhstan is diversifying its suppliers. Talks with Beijing on Wing Loong drones have stalled.")
    assert found == {("CHN", "KAZ", "Wing Loong I", "negotiating")}


def test_a_bare_refusal_answers_the_request_just_told():
    # the GUIDELINES example: one fact with two statuses is two claims
    assert keys("Minsk asked for Iskanders; Moscow refused.") == {
        ("RUS", "BLR", "Iskander", "proposed"), ("RUS", "BLR", "Iskander", "refused")}
    assert ("DEU", "UKR", "Taurus", "refused") in keys("Ukraine asked Germany for Taurus missiles. Berlin refused.")
    assert ("RUS", "BLR", "Iskander", "refused") in keys(
        "Minsk had long asked for the Iskanders. The Kremlin refused for years.")


def test_declining_to_comment_or_in_value_refuses_nothing():
    assert keys("Serbia asked Russia for S-400 systems. Moscow declined to comment.") == {
        ("RUS", "SRB", "S-400", "proposed")}
    assert keys("Serbia asked Russia for S-400 systems. Russian exports declined by 5 percent.") == {
        ("RUS", "SRB", "S-400", "proposed")}
    # a side other than the one asked refuses nothing of this request
    assert ("RUS", "SRB", "S-400", "refused") not in keys("Serbia asked Russia for S-400 systems. Croatia refused.")


def test_a_receiver_saying_it_would_receive_reports_a_delivery_to_come():
    assert keys("Lukashenka said the Belarusian army would receive Russian-made Tor-M2 systems next year.") == {
        ("RUS", "BLR", "Tor", "planned")}
    # a buyer's "would buy" stays its intent
    assert ("RUS", "BLR", "category:aircraft", "proposed") in keys(
        "Lukashenka said Belarus would buy aircraft from Russia.")


def test_forces_that_moved_to_a_state_are_deployed_there():
    assert deployments("Wagner fighters moved to a camp near Asipovichy in Belarus in the summer of 2023.") == {
        ("RUS", "BLR", "category:troops", "done")}
    assert deployments("Russian troops relocated to a camp in Belarus.") == {("RUS", "BLR", "category:troops", "done")}
    assert not deployments("The talks moved to Geneva.")


def test_moving_closer_to_a_purchase_is_not_yet_buying():
    assert keys("Poland moved closer to buying Apache helicopters.") == {("USA", "POL", "AH-64", "negotiating")}


def test_a_drill_resumed_or_mounted_is_held():
    found = exercises("Seoul and Washington resumed large-scale field training exercises in March after a pause.")
    assert found and all(set(participants) == {"KOR", "USA"} for participants, _host in found)
    assert exercises("Indian and Russian troops performed joint exercises near Jaisalmer.")
    assert not exercises("The jet performed well in the exercise.")


def test_parts_for_assembly_in_a_state_go_to_that_state():
    assert keys("Russia supplies kits for the assembly of Su-30MKI fighters in India.") == {
        ("RUS", "IND", "category:components", "done")}
    assert keys("Turkey will send components for the production of Anka drones in Kazakhstan.") == {
        ("TUR", "KAZ", "category:components", "planned")}


def test_a_share_in_per_cent_is_no_count_of_goods():
    found = claims_of("China supplied 81 per cent of Pakistan's arms imports over the last five years.")
    assert [(c.supplier, c.recipient, c.quantity) for c in found] == [("CHN", "PAK", None)]
