"""Transfer constructions added in the ninth session, each with sentences written here
(other countries and systems than the articles that showed the gap)."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_an_order_and_its_later_arrival_are_two_stages():
    found = keys("In 2019 Laos ordered ten Yak-130 trainers, which arrived in 2022.")
    assert {("RUS", "LAO", "Yak-130", "agreed"), ("RUS", "LAO", "Yak-130", "done")} <= found
    found = keys("Kenya signed with Leonardo in 2016 for three AW139 helicopters, and all were "
                 "handed over by 2019.")
    assert {("ITA", "KEN", "AW139", "agreed"), ("ITA", "KEN", "AW139", "done")} <= found


def test_each_stage_keeps_its_own_year():
    claims = claims_of("Peru bought ten used Mirage 2000s from France in March 2014, and the first "
                       "four were flown to Lima in June 2016.")
    years = {c.status: c.year for c in claims if c.system == "Mirage 2000"}
    assert years == {"agreed": 2014, "done": 2016}


def test_a_delivery_from_an_order_is_also_the_order():
    found = keys("Egypt received the first K9 howitzers of an order for 200 from South Korea in 2024.")
    assert {("KOR", "EGY", "K9", "done"), ("KOR", "EGY", "K9", "agreed")} <= found


def test_a_purchase_whose_goods_all_arrived_is_one_done_claim():
    # no arrival told apart (no time, no part of its own): the purchase is simply done
    found = keys("Kenya had earlier bought Mi-17 helicopters from Russia, all of which were delivered.")
    assert ("RUS", "KEN", "Mi-8", "done") in found
    assert ("RUS", "KEN", "Mi-8", "agreed") not in found


def test_a_stage_word_with_a_weapon_or_party_of_its_own_adds_nothing():
    found = keys("Romania signed a contract in 2022 for 54 Abrams tanks, and it received its "
                 "first Patriot batteries in 2020.")
    assert ("USA", "ROU", "Patriot", "done") in found
    assert ("USA", "ROU", "Patriot", "agreed") not in found
    found = keys("Chile bought Leopard 2 tanks from Germany in 2007, and Ecuador received its "
                 "first in 2009.")
    assert ("DEU", "CHL", "Leopard 2", "agreed") not in found


def test_a_delivery_still_to_come_is_no_second_stage():
    found = keys("In 2023 Norway ordered 54 K9 howitzers; the first are due to be delivered in 2026.")
    assert ("KOR", "NOR", "K9", "agreed") in found
    assert ("KOR", "NOR", "K9", "done") not in found


def test_a_plain_count_after_one_named_weapon_of_its_kind_counts_that_weapon():
    # a list line headed by the weapon: the count is of that weapon, not of artillery at large
    found = keys("Norway is rebuilding its artillery. - K9: 24 howitzers purchased from South Korea; "
                 "the first six were received in 2023.")
    assert ("KOR", "NOR", "K9", "done") in found
    assert not any(k[2] == "category:artillery" for k in found)
    # a count of another kind names nothing new (and an order of unnamed goods from an
    # unnamed seller is not recorded: transfer.claims_for)
    found = keys("Uzbekistan already flies Chinese J-10C fighters and ordered 12 helicopters in 2025.")
    assert ("CHN", "UZB", "J-10", "agreed") not in found
    found = keys("Uzbekistan already flies Chinese J-10C fighters and asked for 12 helicopters in 2025.")
    assert ("UNK", "UZB", "category:helicopters", "proposed") in found


def test_a_verb_joined_to_a_relative_clause_shares_its_object():
    found = keys("Ukraine flies the Su-25s that Bulgaria overhauled and sold to Kyiv in 2015.")
    assert ("BGR", "UKR", "Su-25", "done") in found


def test_a_request_a_state_adjective_names_is_that_state_s_and_turning_it_down_refuses_it():
    found = keys("Vienna turned down a Czech request to send Pandur armoured vehicles to Ukraine.")
    assert {("CZE", "UKR", "Pandur", "refused"), ("CZE", "UKR", "Pandur", "proposed")} <= found
    assert not any(k[0] == "AUT" for k in found)


def test_who_turns_down_a_sender_s_request_to_send_is_no_side():
    # the state of origin vetoes a re-export: the would-be sender and its buyer are the sides
    found = keys("Austria has refused several requests to pass Austrian-made weapons to Ukraine. "
                 "Vienna also turned down a Slovak request to send Pandur vehicles of Austrian origin.")
    assert ("SVK", "UKR", "Pandur", "refused") in found
    assert not any(k[1] == "AUT" for k in found)
    # a buyer's own request turned down: the one who refuses is the seller
    found = keys("Ukraine wants Iron Dome batteries. Israel turned down a Ukrainian request to buy the system.")
    assert ("ISR", "UKR", "Iron Dome", "refused") in found


def test_talks_about_a_batch_of_a_weapon_are_talks_about_the_weapon():
    found = keys("Hungary and Sweden are discussing a further batch of Gripen fighters.")
    assert ("SWE", "HUN", "Gripen", "negotiating") in found


def test_a_dropped_weapon_plan_and_a_paused_sale_are_refused():
    assert ("RUS", "EGY", "Su-35", "refused") in keys("By 2022 Egypt had dropped its Su-35 plan.")
    assert keys("Washington paused the sale of F-16 jets to Turkey in 2021.") == {("USA", "TUR", "F-16", "refused")}


def test_evaluating_a_weapon_is_the_buyer_weighing_its_purchase():
    # (a buyer's evaluation commits no seller: proposed, as GUIDELINES has a buyer's wish)
    assert ("RUS", "PER", "T-90", "proposed") in keys("Peru evaluated the Russian T-90S tank in 2013.")


def test_the_rest_of_a_weapon_goes_to_the_buyer_of_that_weapon_not_of_the_last_deal():
    found = keys("Chile ordered 12 Leopard 2 tanks from Germany in 2020. Its old M113 carriers were sold "
                 "to Ecuador in 2021. The remaining tanks are due by 2026.")
    assert ("DEU", "CHL", "Leopard 2", "planned") in found
    assert not any(k[1] == "ECU" and k[2] == "Leopard 2" for k in found)


def test_the_state_that_reports_or_flies_a_supplied_weapon_received_it():
    found = keys("Moscow attacked in 2022. A year later Kyiv said a NASAMS battery supplied by Norway "
                 "had shot one down over the city.")
    assert ("NOR", "UKR", "NASAMS", "done") in found
    assert ("NOR", "RUS", "NASAMS", "done") not in found
    # a state adding more of its own is no reporter
    found = keys("Russia gave Serbia six MiG-29s in 2017, Belarus added four more in 2019, and a "
                 "Pantsir battery arrived from Russia in 2020.")
    assert ("RUS", "BLR", "Pantsir", "done") not in found


def test_a_count_of_the_type_counts_the_weapon_the_text_speaks_of():
    found = keys("Kenya ordered Z-9 helicopters from China in 2012. Nairobi has since received six of the type.")
    assert ("CHN", "KEN", "Z-9", "done") in found


def test_a_former_owner_s_adjective_names_who_sent_the_weapon():
    found = keys("Berlin gave Bratislava 15 Leopard 2A4 tanks in return for Slovak BMP-1s sent to Ukraine.")
    assert ("SVK", "UKR", "BMP-1", "done") in found
    assert not any(k[0] == "RUS" for k in found)


def test_who_cites_a_supply_is_no_side_of_it():
    # ("the type" is read as the weapon: its supply must not go to whoever cites it)
    found = keys("Ethiopia's army used Iranian drones in 2021. Washington later cited Iran's supply of the "
                 "type when it imposed sanctions.")
    assert not any(k[1] == "USA" for k in found)


def test_a_service_named_alone_belongs_to_the_state_the_text_is_about():
    from armsgraph.model import Document
    from armsgraph.pipeline import analyse
    text = ("Kenya's arsenal keeps growing, Kenyan officials say, and a Ugandan analyst agrees. "
            "The air force already operates six Wing Loong II drones.")
    [doc] = list(analyse([Document(id="t", text=text, title="Kenya expands its arsenal", date="2024-03-01")]))
    found = {(c.supplier, c.recipient, c.system, c.status) for c in doc.claims if c.type == "transfer"}
    # (and a lower-case "arsenal" in the title is a word, not the Bulgarian maker Arsenal)
    assert ("CHN", "KEN", "Wing Loong II", "done") in found
