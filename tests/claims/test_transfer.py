"""Transfer constructions, each on sentences written for the test."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_active_give_to_recipient():
    assert ("RUS", "BLR", "S-300", "done") in keys("Russia delivered S-300 systems to Belarus in 2020.")


def test_passive_with_from_phrase():
    found = keys("Twelve Su-30SM fighters were delivered to Kazakhstan from Russia last year.")
    assert ("RUS", "KAZ", "Su-30", "done") in found


def test_passive_by_agent():
    found = keys("The Iskander-M launchers were handed over to Belarus by Russia in March.")
    assert ("RUS", "BLR", "Iskander", "done") in found


def test_supply_recipient_with_system():
    found = keys("Poland has supplied Ukraine with T-72 tanks.")
    assert ("POL", "UKR", "T-72", "done") in found


def test_dative_object():
    found = keys("Moscow refused to give Minsk new MiG-29 fighters.")
    assert ("RUS", "BLR", "MiG-29", "refused") in found


def test_coordination_gives_one_claim_per_system():
    found = keys("Russia will deliver S-400 and Tor-M2 systems to Serbia next year.")
    assert ("RUS", "SRB", "S-400", "planned") in found
    assert ("RUS", "SRB", "Tor", "planned") in found


def test_coordinated_suppliers():
    found = keys("Germany and France sent Leopard 2 tanks to Ukraine.")
    suppliers = {k[0] for k in found if k[1] == "UKR"}
    assert {"DEU", "FRA"} <= suppliers


def test_buyer_with_supplier_from_phrase():
    found = keys("In 2013, India bought 15 Harpy drones from Israel.")
    assert ("ISR", "IND", "Harpy", "done") in found


def test_purchase_without_supplier_takes_catalog_origin():
    found = keys("Armenia purchased Iskander-E missile systems in 2016.")
    assert ("RUS", "ARM", "Iskander", "done") in found


def test_origin_adjective_with_use_verb():
    found = keys("Serbia operates Chinese-made FK-3 air defence systems.")
    assert any(k[0] == "CHN" and k[1] == "SRB" and k[3] == "done" for k in found)


def test_possessive_origin_with_use_verb():
    found = keys("Armenia uses Russia's Iskanders.")
    assert ("RUS", "ARM", "Iskander", "done") in found


def test_participle_exported_to():
    found = keys("The Bayraktar TB2, a drone exported to Azerbaijan, performed well.")
    assert ("TUR", "AZE", "Bayraktar TB2", "done") in found


def test_request_noun_refused_gives_two_claims():
    found = keys("Russia rejected Belarus' requests for new combat aircraft.")
    assert ("RUS", "BLR", "category:aircraft", "refused") in found
    assert ("RUS", "BLR", "category:aircraft", "proposed") in found


def test_pronoun_object_resolves_to_earlier_system():
    text = ("Belarus ordered four Tor-M2 batteries in 2021. "
            "Russia delivered them to Belarus in 2023.")
    assert ("RUS", "BLR", "Tor", "done") in keys(text)


def test_pronoun_subject_resolves_to_state():
    text = "Slovakia has few fighters left. It donated its MiG-29 jets to Ukraine."
    assert ("SVK", "UKR", "MiG-29", "done") in keys(text)


def test_caption_is_not_a_claim():
    assert keys("Photo: Russia delivered S-300 systems to Belarus.") == set()


def test_provenance_offsets_point_at_the_sentence():
    text = "Armenia is small. Russia delivered S-300 systems to Armenia in 2019."
    [claim] = [c for c in claims_of(text) if c.system == "S-300"]
    assert text[claim.start:claim.end].strip() == claim.sentence.strip()
    assert "delivered" in claim.sentence


def test_deal_phrases_on_the_signing_verb():
    found = keys("India signed a deal with France for 26 Rafale jets.")
    assert ("FRA", "IND", "Rafale", "agreed") in found


def test_took_delivery_makes_the_subject_the_recipient():
    found = keys("The Philippines took delivery of two BrahMos missile batteries from India.")
    assert ("IND", "PHL", "BrahMos", "done") in found


def test_every_seller_of_a_from_phrase():
    found = keys("Venezuela said it would buy Su-30 fighters from Russia or China.")
    assert {k[0] for k in found if k[2] == "Su-30"} >= {"RUS", "CHN"}


def test_contract_recalled_from_earlier_sentences():
    text = ("Russia delivered S-300 systems to Iran in 2016. The systems arrived in two batches. "
            "Russia had suspended the 2007 contract with Iran in 2010.")
    assert ("RUS", "IRN", "S-300", "refused") in keys(text)


def test_fleet_of_foreign_weapons():
    found = keys("Indonesia must replace its ageing fleet of US-made F-16 fighters.")
    assert ("USA", "IDN", "F-16", "done") in found


def test_no_claim_without_a_recipient():
    assert keys("The factory delivered S-300 systems on time.") == set()


def test_weapons_sent_for_a_drill_are_no_transfer():
    assert not keys("The United States sent F-35 jets to Poland for an exercise.")
    assert not keys("Russia sent Su-35 fighters to Belarus to take part in joint drills.")
    # without the drill the same sentence is a transfer
    assert ("RUS", "BLR", "Su-35", "done") in keys("Russia sent Su-35 fighters to Belarus.")


def test_recipient_takes_delivery_or_possession_from_supplier():
    found = keys("Qatar has taken delivery of the first batch of Bayraktar TB2 drones from Turkey.")
    assert ("TUR", "QAT", "Bayraktar TB2", "done") in found
    found = keys("Morocco took possession of its first Apache helicopters from the United States in March.")
    assert ("USA", "MAR", "AH-64", "done") in found
    assert ("KOR", "EGY", "K9", "done") in keys("Egypt received K9 howitzers from South Korea last year.")


def test_possession_without_light_verb_is_no_transfer():
    assert not keys("The Iskander missiles remain in the possession of the Russian army in Belarus.")


def test_first_batch_landing_in_recipient_is_delivery():
    assert ("FRA", "IND", "Rafale", "done") in keys("The first five Rafale jets landed in India in 2020.")
    # a landing that is no first delivery is a visit, not a transfer
    assert not keys("Two Russian Tu-160 bombers landed in Venezuela on Monday.")


def test_delivery_and_earlier_deal_in_one_sentence_are_two_stages():
    found = keys("The first five Rafales landed in India in 2020, four years after the 2016 deal was signed.")
    assert {("FRA", "IND", "Rafale", "done"), ("FRA", "IND", "Rafale", "agreed")} <= found
    found = keys("Russia delivered S-400 systems to Turkey in 2019, two years after the deal was signed.")
    assert {("RUS", "TUR", "S-400", "done"), ("RUS", "TUR", "S-400", "agreed")} <= found
    # a trade deal of its own is no stage of the transfer
    assert ("RUS", "TUR", "S-400", "agreed") not in keys(
        "Russia delivered S-400 systems to Turkey in 2019 after a gas deal with Ankara.")


def test_refused_request_for_the_weapon_named_before():
    found = keys("Ukraine asked for Taurus missiles. Germany had turned down similar requests from Kyiv.")
    assert ("DEU", "UKR", "Taurus", "refused") in found
    found = keys("Kyiv wants Taurus cruise missiles. Berlin has rejected such requests.")
    assert ("DEU", "UKR", "Taurus", "refused") in found
    # a request with an object of its own is not about the weapon before
    found = keys("Ukraine asked for Taurus missiles. Germany has rejected a request from Poland for grain.")
    assert not any(k[3] == "refused" for k in found)


def test_a_state_flying_a_foreign_jet_operates_it_but_a_flight_somewhere_is_no_transfer():
    assert ("SWE", "HUN", "Gripen", "done") in keys("Hungary flies 14 Swedish Gripen jets.")
    assert ("USA", "NOR", "F-35", "done") not in keys("Norway flew four F-35s to Iceland in May.")
    assert not keys("Its pilots went to Russia to fly Sukhoi aircraft last year.")


def test_a_named_weapon_from_a_state_with_no_trade_verb_came_from_it():
    found = keys("Egypt bought 30 more Rafales in 2021. The Rafales join MiG-29M jets from Russia.")
    assert ("RUS", "EGY", "MiG-29", "done") in found
    assert not keys("Pressure from France on the Rafale deal grew.") & {("FRA", "IND", "Rafale", "done")}


def test_weapons_from_a_state_that_another_state_shoots_down_are_not_its_own():
    assert not any(k[1] == "UKR" for k in keys("Ukraine shot down Shahed drones from Iran."))


def test_a_weapon_added_with_together_with_is_bought_in_the_same_order():
    found = keys("In 2014 Iraq ordered 24 T-50 trainers from South Korea, together with "
                 "two KT-1 aircraft.")
    assert ("KOR", "IRQ", "T-50", "agreed") in found
    assert ("KOR", "IRQ", "KT-1", "agreed") in found


def test_a_sale_and_the_arrival_coordinated_with_it_are_two_stages():
    found = keys("The two Kilo-class boats were sold by Russia in 2009 and arrived in "
                 "Vietnam in 2014.")
    assert ("RUS", "VNM", "Kilo", "agreed") in found
    assert ("RUS", "VNM", "Kilo", "done") in found
    years = {c.status: c.year for c in claims_of("Algeria bought six Tiger helicopters from "
                                                 "France in 2015 and they arrived in 2017.")}
    assert years.get("agreed") == 2015 and years.get("done") == 2017


def test_a_cancelled_contract_whose_goods_the_parser_hung_on_the_verb_is_refused():
    found = keys("Peru cancelled the contract with Russia for Mi-35 helicopters.")
    assert ("RUS", "PER", "Mi-35", "refused") in found


def test_the_termination_of_a_contract_with_the_maker_is_a_refusal_by_the_texts_state():
    text = ("The defence ministry announced the unilateral termination of the contract "
            "with the Brazilian firm Embraer for the Super Tucano aircraft.")
    found = keys(text, title="Honduras ends trainer contract")
    assert ("BRA", "HND", "Super Tucano", "refused") in found


def test_a_purchase_and_the_receipt_of_the_same_goods_later_are_two_stages():
    found = keys("Bolivia bought six K-8 jets in 2009, to train its pilots, and received "
                 "them during 2011.")
    assert ("CHN", "BOL", "K-8", "agreed") in found
    assert ("CHN", "BOL", "K-8", "done") in found


def test_a_participle_the_parser_made_the_main_verb_does_not_hide_the_arrival():
    found = keys("Twelve new-build F-16C/Ds ordered from the United States arrived in Oman in 2014.")
    assert ("USA", "OMN", "F-16", "done") in found


def test_it_covering_goods_is_the_contract_named_in_the_sentence_before():
    found = keys("Hungary signed a contract with Germany in 2018. It covers 44 tanks and "
                 "24 howitzers.")
    assert ("DEU", "HUN", "category:tanks", "agreed") in found
    assert ("DEU", "HUN", "category:artillery", "agreed") in found


def test_most_of_them_bought_from_two_sellers_after_a_list_of_types():
    found = keys("Angola flies Su-24 and Su-25 aircraft, most of them bought from Ukraine "
                 "and Belarus.")
    for seller in ("UKR", "BLR"):
        for system in ("Su-24", "Su-25"):
            assert (seller, "AGO", system, "done") in found
    assert not any(k[1] in ("UKR", "BLR") for k in found)


def test_a_ship_sent_after_a_drill_series_is_named_goes_to_the_drill():
    found = keys("Japan has ordered two patrol boats from Australia. This month Malabar "
                 "began off Okinawa. Australia has sent the frigate HMAS Arunta.")
    assert ("AUS", "JPN", "category:ships", "agreed") in found
    assert ("AUS", "JPN", "category:ships", "done") not in found


def test_pressing_lobbying_securing_renting_and_borrowing():
    assert ("USA", "POL", "Patriot", "proposed") in keys("Warsaw pressed Washington for more Patriot batteries.")
    assert ("USA", "TWN", "F-16", "agreed") in keys("Taiwan secured 66 F-16V jets from the United States in 2019.")
    assert ("USA", "MYS", "F/A-18", "done") in keys("Malaysia borrowed two F/A-18 jets from the United States.") or \
        ("USA", "MYS", "F/A-18", "done") in keys("Malaysia rented two F/A-18 jets from the United States.")
