"""Status from trigger, governing cues, modality, negation and tense."""
from __future__ import annotations

import pytest

from .helpers import keys


@pytest.mark.parametrize("sentence,status", [
    ("Russia delivered S-300 systems to Belarus.", "done"),
    ("Russia will deliver S-300 systems to Belarus.", "planned"),
    ("Russia is expected to deliver S-300 systems to Belarus.", "planned"),
    ("Russia promised to deliver S-300 systems to Belarus.", "planned"),
    ("Russia signed a contract to deliver S-300 systems to Belarus.", "agreed"),
    ("Russia and Belarus are holding talks on the supply of S-300 systems.", "negotiating"),
    ("Russia refused to deliver S-300 systems to Belarus.", "refused"),
    ("Russia is not willing to deliver S-300 systems to Belarus.", "refused"),
    ("Belarus wants to buy S-300 systems from Russia.", "proposed"),
    ("Belarus asked Russia for S-300 systems.", "proposed"),
    ("Belarus is considering buying S-300 systems from Russia.", "negotiating"),
])
def test_status(sentence, status):
    found = keys(sentence)
    assert ("RUS", "BLR", "S-300", status) in found, found


def test_buyer_plan_is_proposed_supplier_plan_is_planned():
    assert ("RUS", "BLR", "S-300", "proposed") in keys("Belarus plans to buy S-300 systems from Russia.")
    assert ("RUS", "BLR", "S-300", "planned") in keys("Russia plans to sell S-300 systems to Belarus.")


def test_denied_allegation_is_not_a_claim():
    assert keys("Iran denied supplying Shahed drones to Russia.") == set()


def test_hypothetical_is_not_a_claim():
    assert keys("If Russia delivers S-300 systems to Belarus, Poland will protest.") == set()


def test_temporal_clause_keeps_its_own_status():
    found = keys("Washington rejected Ankara's request for F-35 jets after Turkey bought S-400 systems from Russia.")
    assert ("RUS", "TUR", "S-400", "done") in found
    assert ("USA", "TUR", "F-35", "refused") in found
    assert ("USA", "TUR", "F-35", "proposed") in found


def test_discussed_deal_is_negotiating_and_dropped_plan_refused():
    assert ("RUS", "VNM", "Su-30", "negotiating") in keys(
        "Russia and Vietnam discussed a deal sending eight Su-30 fighters to Vietnam.")
    assert ("RUS", "IDN", "Su-35", "refused") in keys(
        "Indonesia has dropped plans to acquire Su-35 fighters from Russia.")


def test_government_clearing_a_sale_is_planned():
    found = keys("The State Department cleared the sale of F-16 jets to Turkey.")
    assert ("USA", "TUR", "F-16", "planned") in found


def test_purchase_with_delivery_still_due_is_agreed():
    found = keys("Romania bought 54 Abrams tanks, which are due to be delivered next year.")
    assert ("USA", "ROU", "Abrams", "agreed") in found
    found = keys("Poland purchased K2 tanks last year and deliveries are to begin in 2025.")
    assert ("KOR", "POL", "K2", "agreed") in found


def test_purchase_with_delivery_done_stays_done():
    found = keys("Romania bought 54 Abrams tanks, which were delivered last year.")
    assert ("USA", "ROU", "Abrams", "done") in found


def test_a_buyer_that_could_buy_is_no_claim():
    assert not keys("Turkey could buy Eurofighter Typhoon jets.")
    assert not keys("Turkey would face sanctions if it bought S-400 systems from Russia.")
    # a supplier's possible delivery is still reported as possible
    assert keys("Russia could deliver S-400 systems to Turkey.")


def test_a_clause_after_a_semicolon_does_not_set_the_status_before_it():
    from .helpers import keys
    found = keys("In 2023 Norway ordered four Type 212CD submarines from TKMS, and a fifth was "
                 "considered later; the first is due to be delivered in 2029.")
    assert ("DEU", "NOR", "Type 212", "agreed") in found


def test_slated_to_receive_is_planned():
    found = keys("Romania is slated to receive its first F-35 jets in 2030.")
    assert ("USA", "ROU", "F-35", "planned") in found


def test_declining_to_confirm_a_report_is_no_refusal():
    found = keys("Officials in Bogota declined to confirm reports that Colombia had signed "
                 "for six Israeli SPYDER systems.")
    assert not any(k[3] == "refused" for k in found)
    assert ("ISR", "COL", "Spyder", "agreed") in found


def test_a_neither_nor_subject_negates_the_purchase():
    found = keys("Neither Egypt nor Algeria has bought the Russian Su-57.")
    assert found and all(k[3] == "refused" for k in found)


def test_a_delivery_delayed_to_a_date_is_still_planned():
    assert ("RUS", "IND", "S-400", "planned") in keys(
        "Moscow has delayed the delivery of the last S-400 regiment to India until 2027.")
    assert ("USA", "TWN", "Harpoon", "planned") in keys(
        "The delivery of Harpoon missiles to Taiwan was postponed to 2028.")


def test_a_deal_expected_to_be_signed_is_planned_not_agreed():
    assert ("FRA", "IND", "Rafale", "planned") in keys(
        "India is expected to sign a contract for 26 Rafale jets with France next month.")
    assert ("USA", "POL", "AH-64", "agreed") in keys(
        "Poland signed a contract for 96 Apache helicopters with the United States.")


def test_should_with_an_arrival_is_expected_and_with_a_purchase_is_advice():
    found = keys("Chile ordered six used F-16 jets from the Netherlands. The first two "
                 "should arrive in June.")
    assert ("NLD", "CHL", "F-16", "planned") in found
    assert ("KOR", "ROU", "K2", "proposed") in keys("Romania should buy K2 tanks from Korea, an analyst wrote.")


def test_a_sale_put_on_hold_is_blocked():
    found = keys("Egypt asked Washington for 20 F-15 jets in 2022. Congress has put the proposed "
                 "$2 billion sale on hold.")
    assert ("USA", "EGY", "F-15", "refused") in found
    found = keys("Jordan asked for F-16 jets in 2022. Congress did not put the sale on ice.")
    assert ("USA", "JOR", "F-16", "refused") not in found


def test_an_indirect_question_under_a_verb_of_saying_claims_nothing():
    found = keys("Serbia signed a contract to buy Rafale jets from France. Belgrade would not "
                 "say how many of the jets it would receive.")
    assert ("FRA", "SRB", "Rafale", "proposed") not in found
    assert ("FRA", "SRB", "Rafale", "agreed") in found


def test_bare_deliveries_expected_soon_after_an_order_are_its_planned_stage():
    found = keys("Iraq has signed a contract to buy KAI T-50 jets from South Korea. The deal "
                 "is worth $1.1 billion. Officials gave no number. Deliveries are expected to "
                 "start next year.")
    assert ("KOR", "IRQ", "T-50", "planned") in found


def test_a_sign_that_something_happened_is_not_a_signature():
    found = keys("Algeria bought Russian Pantsir systems. In 2015 Pantsir launchers drove "
                 "through Algiers, a clear sign that the systems had arrived.")
    assert ("RUS", "DZA", "Pantsir", "done") in found
    assert ("RUS", "DZA", "Pantsir", "agreed") not in found


def test_what_a_seller_would_have_delivered_did_not_happen():
    found = keys("It may be that China would have struggled delivering the J-10s to "
                 "Egypt anyway.")
    assert not any(k[2] == "J-10" for k in found)
    assert ("CHN", "EGY", "J-10", "planned") in keys("China will deliver J-10s to Egypt.")
