"""The parties of transfer claims the extractor finds (twelfth session): an implicit
buyer after a sentence about another state's deals, the asker of a request, a buyer acting
for another state, a state that "followed" the buyers (sentences written for the test)."""
from __future__ import annotations

from .helpers import keys


def test_a_state_adjective_on_a_deal_noun_is_not_the_subject_a_description_points_to():
    found = keys("Portuguese officials say the Spanish purchases do not change their plans. "
                 "In May the government signed a contract for 12 Leopard 2A8 tanks from Germany, "
                 "a ministry spokesman said.")
    assert ("DEU", "PRT", "Leopard 2", "agreed") in found
    assert not any(k[1] == "ESP" for k in found)


def test_the_from_phrase_of_a_request_before_the_goods_names_the_asker():
    found = keys("The Iraqi ministry of defence has struggled to keep its fleet flying. "
                 "A request from the Iraqi defence ministry for more Mi-28 helicopters was "
                 "turned down by Moscow in 2019, officials said.")
    assert ("RUS", "IRQ", "Mi-28", "refused") in found
    assert not any(k[0] == "IRQ" for k in found)


def test_a_request_for_goods_from_a_seller_keeps_its_seller():
    found = keys("Baghdad sent a request for more Mi-28 helicopters from Russia in 2019.")
    assert ("RUS", "IRQ", "Mi-28", "proposed") in found


def test_a_contract_signed_for_another_state_gives_the_goods_to_that_state():
    found = keys("Kenya has few armoured vehicles. In 2020 the British government signed a "
                 "contract with Turkey's Otokar for 40 Cobra vehicles for the Kenyan army, "
                 "officials said.")
    assert ("TUR", "KEN", "Otokar Cobra", "agreed") in found
    assert not any(k[1] == "GBR" for k in found)
    found = keys("Iraq needed helicopters quickly. In 2011 the US Army signed a contract with "
                 "Rosoboronexport for 21 Mi-17 helicopters for the Iraqi air force.")
    assert ("RUS", "IRQ", "Mi-8", "agreed") in found
    assert not any(k[1] == "USA" for k in found)


def test_a_contract_for_the_signers_own_forces_keeps_the_signer():
    found = keys("In 2021 Greece signed a contract with Dassault for six Rafale jets for the "
                 "Hellenic Air Force.")
    assert ("FRA", "GRC", "Rafale", "agreed") in found


def test_a_state_that_followed_the_buyers_buys_the_same_goods():
    found = keys("Romania and Bulgaria signed deals for Patriot batteries in 2023, and Slovakia "
                 "followed with two in 2024, officials said.")
    assert {("USA", "ROU", "Patriot", "agreed"), ("USA", "BGR", "Patriot", "agreed"),
            ("USA", "SVK", "Patriot", "agreed")} <= found
    found = keys("Norway bought 52 F-35 fighters from the United States in 2012 and Denmark "
                 "followed suit four years later.")
    assert ("USA", "DNK", "F-35", "done") in found


def test_a_follower_of_the_giver_is_no_buyer():
    found = keys("The United States delivered HIMARS launchers to Estonia in 2024, and Latvia "
                 "followed with its own order.")
    assert ("USA", "EST", "HIMARS", "done") in found
    assert not any(k[1] == "LVA" for k in found)


def test_an_offer_with_no_named_buyer_goes_to_the_state_weighing_offers():
    found = keys("Colombia's air force is weighing offers for 16 new fighters from Sweden, "
                 "France and the United States, a purchase that would give it parity with "
                 "neighbouring Venezuela.\n\nThe money was approved last year. Saab is pitching "
                 "the Gripen E.")
    assert ("SWE", "COL", "Gripen", "proposed") in found
    assert not any(k[1] in ("USA", "FRA") for k in found)


def test_a_round_up_paragraph_gives_its_own_state_the_goods():
    found = keys("Tempest. Britain, Italy and Japan are building a new fighter together. Japan "
                 "wants the design fixed by 2027, and Tokyo is said to be pleased with progress.\n\n"
                 "Korwa. The joint venture of India's ordnance board with Rosoboronexport says "
                 "its plant has now handed over 5,000 AK-203 rifles.")
    assert ("RUS", "IND", "Kalashnikov", "done") in found
    assert not any(k[1] == "JPN" for k in found)


def test_a_fact_box_item_with_no_buyer_belongs_to_the_state_of_the_title():
    found = keys("Morocco has been buying fast in recent years, and Rabat plans to spend more "
                 "in 2025. Moroccan officials say the army in Morocco needs more armour.\n\n"
                 "* French troops. France keeps a training mission in Dakar, Senegal, and "
                 "Paris sends officers to Rabat each year.\n\n"
                 "* US presence. American units train in the country every spring during "
                 "the African Lion drills.\n\n"
                 "* Also in service: American M1A2 Abrams tanks, ordered in 2016.",
                 title="FACT BOX: Morocco's army and its foreign suppliers")
    assert ("USA", "MAR", "Abrams", "agreed") in found
    assert not any(k[1] in ("SEN", "FRA") for k in found)


def test_the_source_of_a_report_is_not_the_topic_that_receives():
    found = keys("North Korea fired two missiles into the sea on Friday, Japan's defence ministry "
                 "said. Tokyo lodged a protest. Russia has been buying North Korean weapons for "
                 "its war in Ukraine.\n\nAccording to Japanese officials, Pyongyang has shipped "
                 "more than 5,000 containers of artillery shells and other munitions to Russia "
                 "since August 2023.", title="Japan protests as North Korea fires missiles")
    assert not any(k[1] == "JPN" for k in found)
    assert ("PRK", "RUS", "category:ammunition", "done") in found


def test_a_purchase_for_another_state_goes_to_that_state():
    found = keys("When Estonians crowd-funded the purchase of a Bayraktar TB2 for Ukraine in June "
                 "2022, Baykar declined the money.")
    assert any(k[:3] == ("TUR", "UKR", "Bayraktar TB2") for k in found)
    assert not any(k[1] == "EST" for k in found)


def test_a_buyer_for_another_state_with_no_seller_named_gives_to_it():
    found = keys("Germany is buying 10 IRIS-T systems for Ukraine with its own money, officials said.")
    assert ("DEU", "UKR", "IRIS-T", "agreed") in found
    assert not any(k[1] == "DEU" for k in found)


def test_a_client_noun_makes_its_state_the_buyer_of_the_goods_of_its_phrase():
    found = keys("Paris and Moscow fell out over the Mistral ships in 2014. It was Athens, already "
                 "a client for 24 Rafale jets and a Belharra frigate ordered in 2022, which "
                 "stepped in.")
    assert ("FRA", "GRC", "Belharra", "agreed") in found
    assert not any(k[1] == "RUS" for k in found)


def test_the_seller_of_recalled_weapons_does_not_sign_for_them_as_buyer():
    found = keys("I want to thank our friends from Washington and London for coming. In March last "
                 "year Washington approved the sale of up to 200 Tomahawk missiles to Canada. We "
                 "have signed for them, and the first will arrive in 2027.")
    assert ("USA", "CAN", "Tomahawk", "agreed") in found
    assert not any(k[1] == "USA" for k in found)
