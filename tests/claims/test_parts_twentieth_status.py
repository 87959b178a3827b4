"""Transfer status and recipient readings added in the twentieth session (hK; sentences
written for the tests)."""
from __future__ import annotations

from .helpers import keys


def test_a_deal_that_fell_through_at_a_time_is_refused():
    found = keys("The contract to sell Mi-17 helicopters to Nepal fell through in 2019.")
    assert ("RUS", "NPL", "Mi-8", "refused") in found
    assert not any(status == "agreed" for *_, status in found)


def test_a_delivery_still_awaited_is_ahead():
    found = keys("Kenya is still awaiting delivery of the Bayraktar TB2 drones from Turkey.")
    assert ("TUR", "KEN", "Bayraktar TB2", "planned") in found
    assert not any(status == "done" for *_, status in found)


def test_a_purchase_with_deliveries_scheduled_later_is_the_contract():
    found = keys("Chile acquired 24 F-16 fighters from the United States, with deliveries scheduled for 2027.")
    assert ("USA", "CHL", "F-16", "agreed") in found
    assert not any(status == "done" for *_, status in found)


def test_a_delivery_noun_with_an_expected_participle_is_planned():
    assert ("RUS", "MMR", "Su-30", "planned") in keys(
        "The delivery of Su-30 fighters to Myanmar, expected in the spring, was confirmed by officials.")


def test_a_deal_still_to_be_made_is_under_negotiation():
    assert keys("Egypt and France have yet to conclude the contract for 30 more Rafale jets.") == {
        ("FRA", "EGY", "Rafale", "negotiating")}
    assert keys("Brazil is yet to sign the agreement for Gripen fighters with Sweden.") == {
        ("SWE", "BRA", "Gripen", "negotiating")}


def test_goods_not_yet_delivered_are_owed_not_refused():
    assert keys("Israel has not yet delivered the Barak 8 systems to Azerbaijan.") == {
        ("ISR", "AZE", "Barak-8", "planned")}
    assert keys("Algeria has not yet received the Su-57 jets it ordered from Russia.") == {
        ("RUS", "DZA", "Su-57", "agreed")}
    assert ("ISR", "AZE", "Barak-8", "refused") in keys("Israel never delivered the Barak 8 systems to Azerbaijan.")


def test_the_country_goods_arrive_in_is_the_recipient_just_named():
    # (a sender that is not the maker: the nearest subject is no recipient of its own goods)
    text = "Poland will send Leopard 2 tanks to Ukraine. The first are expected to arrive in the country next month."
    assert keys(text) == {("POL", "UKR", "Leopard 2", "planned")}
    text = "Norway will give its used F-16 jets to Romania. The last of them should reach the country in May."
    assert keys(text) == {("NOR", "ROU", "F-16", "planned")}


def test_goods_approved_or_cleared_for_a_handover_are_planned():
    assert keys("The Harpoon missiles were approved for sale to Denmark by the State Department.") == {
        ("USA", "DNK", "Harpoon", "planned")}
    assert keys("Twenty Caesar howitzers have been cleared for export to Lithuania.") == {
        ("FRA", "LTU", "CAESAR", "planned")}


def test_goods_promised_in_the_past_were_still_ahead():
    assert ("RUS", "IND", "Kilo", "planned") in keys("India was supposed to receive another Kilo submarine in 2019.")


def test_a_contract_being_finalised_is_not_made_yet():
    assert keys("Manila is finalising a contract with Seoul for 12 FA-50 fighters.") == {
        ("KOR", "PHL", "FA-50", "negotiating")}


def test_goods_that_will_not_come_before_a_date_are_later_not_refused():
    assert keys("The K9 howitzers will not be delivered to Norway until 2027.") == {
        ("KOR", "NOR", "K9", "planned")}
    assert ("KOR", "NOR", "K9", "refused") in keys("South Korea will not deliver the K9 howitzers to Norway.")


def test_goods_a_state_has_on_order_are_contracted():
    assert keys("Slovakia has 14 F-16 Block 70 jets on order.") == {("USA", "SVK", "F-16", "agreed")}
    assert keys("Eighteen CAESAR howitzers remain on order for Belgium.") == {("FRA", "BEL", "CAESAR", "agreed")}


def test_a_purchase_whose_delivery_the_next_sentence_puts_ahead_is_the_contract():
    found = keys("Kuwait has purchased 28 Eurofighter Typhoons from Italy. They are due to be delivered by 2027.")
    assert ("ITA", "KWT", "Eurofighter", "agreed") in found
    assert ("ITA", "KWT", "Eurofighter", "done") not in found
    found = keys("Kuwait has purchased 28 Eurofighter Typhoons from Italy. They will be painted in desert colours.")
    assert ("ITA", "KWT", "Eurofighter", "done") in found


def test_a_purchase_whose_first_arrival_the_next_sentence_dates_apart_is_two_stages():
    found = keys("Slovenia bought 45 Boxer vehicles from Germany in 2022. The first arrived in 2024.")
    assert {("DEU", "SVN", "Boxer", "agreed"), ("DEU", "SVN", "Boxer", "done")} <= found


def test_a_purchase_and_the_first_batch_of_which_arrived_are_two_stages():
    found = keys("Qatar bought 36 Rafale jets from France, the first batch of which it received in 2019.")
    assert {("FRA", "QAT", "Rafale", "agreed"), ("FRA", "QAT", "Rafale", "done")} <= found


def test_a_lifted_ban_frees_the_sale():
    assert keys("Ottawa lifted its embargo on radar exports to Turkey in 2023.") == {
        ("CAN", "TUR", "category:electronics", "planned")}
    assert ("CAN", "TUR", "category:electronics", "refused") in keys(
        "Ottawa imposed an embargo on radar exports to Turkey in 2020.")


def test_a_sale_held_up_is_blocked():
    assert ("USA", "HUN", "HIMARS", "refused") in keys("The sale of HIMARS launchers to Hungary was held up by the Senate.")


def test_goods_that_were_meant_to_arrive_were_still_ahead():
    assert keys("The Gripen jets were meant to arrive in Thailand in 2024.") == {("SWE", "THA", "Gripen", "planned")}
