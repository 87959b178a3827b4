"""Transfer constructions added in the eighth session, each with sentences written here
(other countries and systems than the articles that showed the gap)."""
from __future__ import annotations

from .helpers import claims_of, keys


def test_a_pronoun_subject_skips_the_maker_named_in_a_possessive():
    # "Israel's Barak MX" names the seller; "it" is still the buyer named before
    found = keys("Nicosia has long relied on Russian equipment. It has now bought Israel's "
                 "Spyder system - officials say the first batteries were delivered in 2024 - "
                 "and it ordered French Mistral missiles in 2023.")
    assert ("FRA", "CYP", "Mistral", "agreed") in found
    assert not any(k[1] == "ISR" for k in found)


def test_counted_launchers_after_a_rocket_system_are_that_system():
    found = keys("Kenya asked for HIMARS some time ago, and in May 2024 the State Department "
                 "approved a possible sale of six launchers.")
    assert ("USA", "KEN", "HIMARS", "planned") in found
    assert not any(k[2] == "category:missiles" for k in found)


def test_a_maker_winning_a_contract_for_a_weapon_sells_it():
    # the parser hangs "for the Spyder" on "won" as its beneficiary
    found = keys("The Kenyan army needed new air defences. Rafael won a contract worth $300 "
                 "million in 2021 for the Spyder air defence system.")
    assert ("ISR", "KEN", "Spyder", "agreed") in found


def test_a_sale_held_back_or_collapsed_is_refused():
    found = keys("In 2017 Washington approved the sale of 12 F-16s to Egypt, after the previous "
                 "administration had held the sale back over human rights concerns.")
    assert ("USA", "EGY", "F-16", "planned") in found
    assert ("USA", "EGY", "F-16", "refused") in found
    assert ("USA", "EGY", "F-16", "done") not in found
    found = keys("The sale of Leopard tanks to Chile collapsed in 2012.")
    assert found == {("DEU", "CHL", "Leopard 2", "refused")}


def test_a_purchase_a_third_state_urges_is_only_proposed():
    assert keys("Paris has pressed Oman to buy more Rafales.") == {("FRA", "OMN", "Rafale", "proposed")}
    assert keys("Washington urged Kenya to buy F-16s.") == {("USA", "KEN", "F-16", "proposed")}


def test_weapons_bought_along_with_others_are_bought_too():
    found = keys("Peru bought 24 Su-30 fighters in 2008, along with Mi-35 helicopters and about "
                 "5,000 Kalashnikov rifles.")
    assert {("RUS", "PER", "Su-30", "done"), ("RUS", "PER", "Mi-35", "done"),
            ("RUS", "PER", "Kalashnikov", "done")} <= found


def test_tanks_unloaded_at_a_port_have_arrived_from_the_seller_of_the_deal():
    found = keys("Kenya bought T-72 tanks from Ukraine in 2007. The first tanks were unloaded at "
                 "Mombasa in 2009.")
    assert ("UKR", "KEN", "T-72", "done") in found
    assert not any(k[0] == "RUS" for k in found)
    found = keys("Kenya bought T-72 tanks from Ukraine in 2007. The first tanks arrived at Mombasa in 2009.")
    assert not any(k[0] == "RUS" for k in found)


def test_drones_delivered_by_a_third_state_come_from_it_not_from_their_maker():
    # a reduced passive after a comma and an adverb, parsed as a clause of the verb of use
    found = keys("Analysts say Kenya operates Chinese Wing Loong II drones, apparently delivered in "
                 "2020 by the United Arab Emirates rather than by China itself.")
    assert found == {("ARE", "KEN", "Wing Loong II", "done")}


def test_a_phrase_set_against_another_names_no_party():
    found = keys("The missiles were bought from Belarus, not from Russia, by Kenya in 2019.")
    assert ("BLR", "KEN", "category:missiles", "done") in found
    assert not any(k[0] == "RUS" for k in found)
    found = keys("In 2021 the drones were delivered to Kenya by the United Arab Emirates rather "
                 "than by China.")
    assert found == {("ARE", "KEN", "category:uav", "done")}


def test_taiwan_s_cabinet_acts_for_taiwan():
    found = keys("The Executive Yuan approved the purchase of 60 F-16V jets from the United States.")
    assert ("USA", "TWN", "F-16", "planned") in found


def test_a_chronology_s_present_tense_arrival_read_as_a_noun_is_an_arrival():
    assert keys("November 2013 - The first Mi-35Ms arrive in Iraq.") == {("RUS", "IRQ", "Mi-35", "done")}
    assert ("USA", "IRQ", "F-16", "done") in keys(
        "Iraq ordered 36 F-16IQ jets in 2011. 2014 - The first four F-16IQs land at Balad air base.")


def test_an_order_from_a_state_that_does_not_make_the_weapon_is_its_order():
    assert keys("A 2010 order from Libya for six Yak-130s never went ahead.") == \
        {("RUS", "LBY", "Yak-130", "refused")}
    assert ("BLR", "IRQ", "Su-25", "agreed") in keys("Iraq's order from Belarus for Su-25 jets was signed in 2014.")
    assert ("RUS", "VNM", "Su-30", "agreed") in keys("Vietnam placed an order with Russia for 12 Su-30 jets.")


def test_a_second_hand_weapon_named_by_its_owner_comes_from_that_owner():
    assert keys("The first Danish F-16s arrived in Argentina in 2025.") == {("DNK", "ARG", "F-16", "done")}
    assert keys("Argentina flies Danish F-16s.") == {("DNK", "ARG", "F-16", "done")}
    assert ("FRA", "GRC", "Rafale", "done") in keys("Greece received its first Greek Rafale in 2021.")


def test_a_table_s_rows_are_transfers_with_the_status_of_their_status_cell():
    text = ("Turkish drone exports, as listed by the ministry:\n"
            "Buyer | System | Quantity | Status | Notes\n"
            "Kenya | Bayraktar TB2 | 6 | Delivered (2022) | Paid in cash\n"
            "Chad | Anka-S | 4 | Contract signed | Deliveries from 2026\n"
            "Kuwait | Bayraktar TB2 | 18 | 2 delivered; 16 in production | -\n"
            "Niger | Akinci | 2 | After-sales support | -\n")
    found = keys(text)
    assert {("TUR", "KEN", "Bayraktar TB2", "done"), ("TUR", "TCD", "Anka", "agreed"),
            ("TUR", "KWT", "Bayraktar TB2", "done"), ("TUR", "KWT", "Bayraktar TB2", "agreed")} <= found
    assert not any(k[1] == "NER" for k in found)   # no stage of a deal in its status cell
    quantities = {c.quantity for c in claims_of(text) if c.recipient == "KEN"}
    assert quantities == {"6"}
