"""Parts given for a platform (claims/fitted.py; sentences written for the tests)."""
from __future__ import annotations

from ._typed import claims_of as _typed_claims, deployments
from .helpers import claims_of, keys


def test_parts_for_a_firms_platform_go_to_the_firms_state():
    # (the drone's owner is a Turkish firm; the sentence names no receiving state)
    assert ("UKR", "TUR", "AI-450", "done") in keys(
        "Kyiv's Motor Sich keeps shipping AI-450 engines for Baykar's Kizilelma jet.")
    assert ("DEU", "KOR", "category:components", "done") in keys(
        "Germany sold diesel engines for South Korea's new submarines in 2019.")


def test_parts_for_a_platform_with_a_state_adjective_go_to_that_state():
    assert ("IRN", "RUS", "category:components", "done") in keys(
        "Iran has delivered spare parts for Russian Shahed drones.")
    assert ("RUS", "CHN", "category:components", "done") in keys(
        "Russia has sold engines for the Chinese J-10 for two decades.")


def test_parts_used_on_a_platform_are_the_goods_not_the_platform():
    found = keys("Canada exported sensors used on Turkish drones until 2020.")
    assert ("CAN", "TUR", "category:electronics", "done") in found
    found = keys("Belgium sold thermal imagers mounted on Israeli Merkava tanks.")
    assert ("BEL", "ISR", "category:electronics", "done") in found
    assert not any(k[2] == "Merkava" for k in found)


def test_parts_for_a_named_platform_still_name_it_with_an_unnamed_supplier_its_maker():
    # (GUIDELINES: the supply of components is a transfer; gold keeps the platform's name)
    found = keys("Caracas says Washington is blocking the sale of replacement parts for Venezuela's "
                 "F-16 jets.")
    assert ("USA", "VEN", "F-16", "refused") in found


def test_engines_that_power_another_states_platform_are_supplied():
    assert ("UKR", "TUR", "category:components", "done") in keys(
        "Ukrainian engines power the Turkish Anka drones.")
    assert ("RUS", "CHN", "AL-31", "done") in keys(
        "China's J-11 fighters are powered by Russian AL-31 engines.")
    assert ("RUS", "IND", "AL-31", "done") in keys(
        "India's Su-30 jets are fitted with AL-31 engines from Russia.")


def test_no_supply_without_a_foreign_maker_or_owner():
    assert keys("The new engines will power India's Tejas fighters from 2027.") == set()
    assert keys("Russian engines power Russian jets.") == set()
    assert keys("The radar station is powered by solar panels.") == set()


def test_those_governing_in_a_capital_stand_for_its_state():
    # ("the junta in Niamey", "officials in Hanoi": roles.SEAT_NOUNS)
    assert ("RUS", "NER", "category:helicopters", "done") in keys(
        "The junta in Niamey, which ordered US troops out in 2024, has since turned to Moscow for "
        "helicopters.")
    assert ("USA", "IDN", "F-15", "negotiating") in keys(
        "Officials in Jakarta confirmed that talks with Washington over a possible purchase of F-15 "
        "fighters had slowed.")


def test_talks_about_bases_are_no_deal_about_the_weapons_named_before():
    text = ("Transport planes such as the Il-76 flew equipment out of Latakia last month. Russian "
            "envoys said they are negotiating with the government in Damascus over the future of the "
            "two bases.")
    assert not any(k[0] == "RUS" and k[3] == "negotiating" for k in keys(text))


def test_forces_serving_alongside_a_hosts_units_are_deployed_there():
    found = deployments("Some 150 Armenian servicemen are serving alongside Russian units in Syria.")
    assert ("ARM", "SYR", "category:troops", "done") in found


def test_a_count_the_parser_hangs_on_a_name_or_elsewhere_still_counts_the_weapon():
    found = claims_of("Beijing sold Tehran 24 J-10 fighters in the last decade.")
    assert [c.quantity for c in found if c.system == "J-10"] == ["24"]
    found = claims_of("Germany gave Kyiv 14 Leopard 1 tanks.")
    assert [c.quantity for c in found] == ["14"]
    found = claims_of("Russia sold India 36 Su-30 fighters.")
    assert [c.quantity for c in found] == ["36"]
    found = claims_of("Lima bought fourteen used Mirage 2000 jets from France.")
    assert [c.quantity for c in found] == ["14"]
    # (a year or a sum before the phrase counts nothing)
    found = claims_of("Lima bought in 2019 used Mirage 2000 jets from France.")
    assert [c.quantity for c in found] == [None]


def test_the_part_delivered_and_the_whole_ordered_keep_their_own_counts():
    found = {(c.status, c.quantity) for c in claims_of(
        "Peru's navy has received the first two of eight patrol boats ordered from South Korea.")}
    assert {("done", "2"), ("agreed", "8")} <= found
    found = {(c.status, c.quantity) for c in claims_of(
        "Chile, which ordered 12 Hermes 900 drones from Israel, has so far received five.")}
    assert {("done", "5"), ("agreed", "12")} <= found


def test_a_clause_opened_by_a_state_names_the_receiver_of_a_passive_handover():
    assert ("KOR", "FIN", "K9", "done") in keys(
        "In Finland, ten more K9 Moukari howitzers were handed over under the option taken up in 2021.")
    # (a place that is no state, or a state after the subject, is no receiver)
    assert not any(k[1] == "FIN" for k in keys(
        "Ten K9 howitzers were handed over in Finland's capital to Estonian crews."))


def test_goods_flown_in_are_delivered():
    found = keys("Lima ordered eight KT-1 trainers from Korea in 2012. They were flown in from South "
                 "Korea in 2014.")
    assert ("KOR", "PER", "KT-1", "done") in found


def test_vague_multiples_and_batches_are_counted_as_the_text_counts_them():
    found = _typed_claims("The UPDF has had several thousand soldiers in Somalia since 2007.", kind="deployment")
    assert [c.quantity for c in found] == ["several thousand"]
    found = claims_of("Peru ordered 40 T-90 tanks from Russia. The first batch of 12 tanks was delivered in 2015.")
    assert {(c.status, c.quantity) for c in found} >= {("done", "12")}


def test_a_designation_the_catalog_lacks_names_the_system():
    assert ("CHN", "BGD", "YLC-8", "done") in keys("China has delivered a YLC-8 surveillance radar to Bangladesh.")
    # (no designation: the category; a number that is no designation stays out)
    assert ("CHN", "BGD", "category:electronics", "done") in keys(
        "China has delivered a 3D surveillance radar to Bangladesh.")


def test_a_named_system_in_a_category_phrase_is_the_goods():
    assert ("ISR", "AZE", "Barak-8", "done") in keys(
        "Baku's parade featured the Israeli Barak-8 long-range air defence system, which Azerbaijan is "
        "believed to have bought around 2018.")
    # (goods made for a named system are not that system)
    assert ("CHE", "DEU", "Gepard", "refused") not in keys(
        "Bern has refused to let Switzerland sell 35mm Gepard ammunition to Germany.")


def test_a_state_that_hosts_forces_when_the_parser_reads_hosts_as_a_noun():
    # (the small model reads "Djibouti hosts" as one name; claims/hosting.py repairs it)
    found = deployments("Djibouti hosts American, French and Italian troops.")
    assert {("USA", "DJI"), ("FRA", "DJI"), ("ITA", "DJI")} <= {(a, h) for a, h, _, _ in found}
    found = deployments("Djibouti hosts bases of the United States, France and China.")
    assert {(a, s) for a, _, s, _ in found} >= {("USA", "category:military-facility"),
                                                 ("CHN", "category:military-facility")}
    assert deployments("Qatar hosts the World Cup.") == set()
