"""Constructions added in the seventeenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments, exercises
from .helpers import keys


def test_near_a_place_is_no_deal_in_the_making():
    text = "Brazil and Chile held Tridente near Valparaiso, a joint naval exercise with 600 sailors from each side."
    assert ("BRA", "CHL", "category:troops", "done") in deployments(text)
    assert not any(status == "negotiating" for *_, status in deployments(text))


def test_near_a_deal_still_says_the_deal_is_close():
    assert ("FRA", "SRB", "Rafale", "negotiating") in keys("Serbia is near a deal with France for 12 Rafale jets.")


def test_states_listed_after_an_opening_place_are_the_subject():
    # (the parser reads "Iran, Russia and China" as conjuncts of "Oman", "held" subjectless)
    found = exercises("In the Gulf of Oman, Iran, Pakistan and China held their third naval drill near Karachi.")
    assert ("CHN", "IRN", "PAK") in {participants for participants, _host in found}
    assert ("TUR", "QAT", "Altay", "agreed") in keys(
        "In Doha, Turkey and Qatar signed a contract for 100 Altay tanks in 2019.")


def test_a_kind_the_text_names_elsewhere_for_the_same_sides_is_that_weapon():
    text = ("Reports that Turkey had delivered armed drones to Ethiopia surfaced in late 2021. Ethiopia "
            "received Bayraktar TB2 drones from Turkey that year, officials later confirmed.")
    assert keys(text) == {("TUR", "ETH", "Bayraktar TB2", "done")}


def test_the_same_kind_in_another_year_for_the_same_sides_stays():
    text = "In 2015 Turkey delivered armed drones to Ethiopia. Ethiopia received Bayraktar TB2 drones from Turkey in 2021."
    assert ("TUR", "ETH", "category:uav", "done") in keys(text)


def test_a_bulleted_line_is_read_as_the_same_sentence_without_its_bullet():
    lines = {"Navantia handed over the corvette Al-Jubail to the Royal Saudi Navy in 2022.": ("ESP", "SAU", "category:ships", "done"),
             "In 2019 Egypt paid Russia roughly $2 billion for 24 Su-35 fighters.": ("RUS", "EGY", "Su-35", "agreed")}
    for line, claim in lines.items():
        for bullet in ("•", "▪️", "-", "►"):
            assert claim in keys(f"Key deliveries:\n\n{bullet} {line}"), (bullet, line)


def test_a_state_heading_with_capitals_after_a_bullet_is_no_dateline():
    text = ("Orders in brief.\n\n• NORWAY – 54 K9 howitzers from South Korea, the last delivered in 2023.\n\n"
            "• ESTONIA – Six M142 HIMARS launchers, both batches ordered from the US in 2022.")
    found = keys(text)
    assert ("USA", "EST", "HIMARS", "agreed") in found
    assert not any(recipient == "NOR" and system == "HIMARS" for _s, recipient, system, _st in found)


def test_goods_after_a_state_heading_are_what_the_verb_orders():
    text = "Recent orders:\n\n• FINLAND – 40 Patriot launchers and six radars, both ordered from the US in 2023."
    assert ("USA", "FIN", "Patriot", "agreed") in keys(text)


def test_the_city_of_a_dateline_is_no_antecedent():
    from ._typed import claimed_tests
    assert claimed_tests("Tehran, 3 March (IRNA) - Last year it test-fired the Hwasong-18 twice.") == {("PRK", "Hwasong-18")}
    assert claimed_tests("Moscow, 3 March (TASS) - It has also fired the Shaheen-III.") == {("PAK", "Shaheen-III")}


def test_a_place_inside_a_quotation_is_the_quoted_clauses():
    text = '"Ghanaian and Togolese peacekeepers held their first bilateral exercise, GHATO, in Accra in May," the general told reporters.'
    assert (("GHA", "TGO"), "GHA") in exercises(text)


def test_a_title_line_without_a_stop_does_not_run_into_the_next_paragraph():
    text = "Analysis: the naval market\n\nLatvia and Lithuania each signed contracts for NSM launchers in June 2023."
    found = keys(text)
    assert {("NOR", "LVA", "NSM", "agreed"), ("NOR", "LTU", "NSM", "agreed")} <= found


def test_a_quoted_passive_clause_keeps_its_own_subject():
    text = '"Three Russian navy frigates have been moored at Vietnam\'s Cam Ranh Bay for more than a month," the minister told reporters.'
    assert ("RUS", "VNM", "category:ships", "done") in deployments(text)


def test_a_state_between_goods_and_a_verb_of_trade_is_the_verbs_subject():
    # (a relative clause with no "that": "the drones Iran supplied", read as an apposition)
    assert ("IRN", "RUS", "category:uav", "done") in keys("The drones Iran supplied to Russia have hit Kyiv.")
    assert ("CHN", "LKA", "category:ships", "done") in keys(
        "The frigates Sri Lanka bought from China in 2019 arrived late.")
    assert ("POL", "UKR", "category:tanks", "done") in keys("The tanks Poland sent to Ukraine in 2022 were T-72s.")


def test_a_definite_force_noun_takes_the_owners_of_the_troops_named_before():
    text = ("About 1,500 French soldiers landed in Djibouti in March. The soldiers will join the "
            "Kenyan-led Ushirikiano drills near Mombasa, alongside troops from Uganda and Tanzania.")
    assert any("FRA" in participants for participants, _host in exercises(text))
    text = "Some 800 Italian troops reached Niamey in May. The force has since trained the army of the host country."
    assert ("ITA", "NER", "category:troops", "done") in deployments(text)
