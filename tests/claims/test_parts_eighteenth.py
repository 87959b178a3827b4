"""Constructions added in the eighteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import claimed_tests, cooperations, deployments, exercises
from .helpers import claims_of, keys


def test_a_relative_clause_read_as_a_second_subject_names_the_seller():
    # (the model reads "the United States" as a second subject and "sold" as a participle on it)
    assert ("USA", "TWN", "F-16", "done") in keys(
        "The F-16s the United States sold to Taiwan are being delivered this year.")
    assert ("FRA", "GRC", "Rafale", "done") in keys(
        "The Rafales the French Republic sold to Greece were handed over in Tanagra.")


def test_the_main_verb_of_delivery_takes_the_sides_its_relative_clause_names():
    found = keys("The Leopard tanks that Germany promised to Ukraine arrived in March.")
    assert ("DEU", "UKR", "Leopard 2", "planned") in found
    assert ("DEU", "UKR", "Leopard 2", "done") in found
    assert ("TUR", "KEN", "category:uav", "done") in keys("The drones that Turkey sold to Kenya were delivered last month.")


def test_a_relative_clause_of_an_order_still_keeps_the_main_verb_alone():
    # the main verb names its own recipient: the relative clause's order stays its own stage
    found = keys("The frigates that Indonesia ordered from Italy were delivered to Jakarta in 2024.")
    assert ("ITA", "IDN", "category:ships", "done") in found


def test_a_pronoun_in_reported_speech_refers_to_the_reported_clause_subject():
    said = "Officials said on Monday that "
    assert (("EGY",), "EGY") in exercises(
        said + "Egypt's army also fired Buk missiles during its annual air-defence drill in the western desert.")
    assert any({"ITA", "JPN"} <= set(partners) for partners, *_ in cooperations(
        said + "Japan has agreed to let Italy cut its contribution to the GCAP fighter programme."))


def test_a_pronoun_inside_a_clause_on_the_subject_is_not_that_subject():
    found = cooperations("Airbus announced that the final assembly line it runs with Hindustan Aeronautics "
                         "in Bengaluru has reached full production of the C-295 transport aircraft.")
    assert any(set(partners) >= {"IND"} for partners, *_ in found)


def test_a_withdrawal_quoted_before_told_is_reported_not_ordered():
    found = deployments('"The last French soldiers left Mali\'s Gao base on Sunday," the minister told reporters.')
    assert ("FRA", "MLI", "category:troops", "done") in found
    assert not any(status == "refused" for *_, status in found)
    # an order to leave still is one
    assert ("FRA", "MLI", "category:troops", "refused") in deployments("Mali told French troops to leave the country.")


def test_a_name_in_brackets_after_a_spelled_out_kind_is_the_system_tested():
    assert ("TUR", "Siper") in claimed_tests(
        "Turkey tested the Long Range Surface to Air Missile (Siper) from a site near Sinop last year.")


TIMELINE = ("Peru's fleet, year by year.\n\n"
            "1997 - Lima orders 18 MiG-29 fighters from Belarus. The first jets arrive in August.\n\n"
            "March 2008 \u2013 Russia agrees to overhaul the fleet. Peru buys two Mi-35 helicopters from Russia.\n\n"
            "2013 - The last overhauled jets are handed over.")


def test_a_timeline_entry_dates_the_events_it_tells():
    dated = {(c.supplier, c.system, c.status): (c.year, c.month) for c in claims_of(TIMELINE, date="2024-05-01")}
    assert dated[("BLR", "MiG-29", "agreed")] == (1997, None)
    assert dated[("BLR", "MiG-29", "done")] == (1997, 8)        # "in August" of the entry's year
    assert dated[("RUS", "Mi-35", "done")][0] == 2008            # not the year of writing


def test_a_participle_of_signing_on_a_deal_dates_the_deal():
    years = {(c.system, c.status): c.year for c in claims_of(
        "Qatar's order for 24 Rafale fighters, signed in 2015 for about $7 billion, was the first of three.",
        date="2024-05-01")}
    assert years[("Rafale", "agreed")] == 2015
    years = {(c.system, c.status): c.year for c in claims_of(
        "In Finland, six more K9 howitzers were handed over under the option exercised in 2021.", date="2024-05-01")}
    assert years[("K9", "agreed")] == 2021


def test_one_weapon_named_with_an_indefinite_article_counts_one():
    assert [c.quantity for c in claims_of("China delivered a Type 056 corvette to Bangladesh in 2016.")] == ["1"]
    assert [c.quantity for c in claims_of("India transferred a Kilo-class submarine to Myanmar in 2020.")] == ["1"]
    assert [c.quantity for c in claims_of("Serbia signed a Rafale deal with France.")] == [None]   # a deal is no weapon


def test_an_editors_aside_after_the_goods_leaves_the_claim():
    assert ("GBR", "CHL", "Hawk", "agreed") in keys(
        "Chile has signed a contract with Britain's BAE Systems for 12 Hawk trainer jets (see chart).")
