"""Constructions added in the fourteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import deployments
from .helpers import keys


def test_weapons_sent_as_a_unit_of_troops_are_deployed_not_handed_over():
    text = "Britain sent a squadron of Apache attack helicopters to Estonia last summer."
    assert not [k for k in keys(text) if k[2] == "Apache"]
    assert ("GBR", "EST", "AH-64", "done") in deployments(text)
    text = "Moscow dispatched a battalion of T-72 tanks to Belarus in 2022."
    assert not [k for k in keys(text) if k[2] == "T-72"]


def test_weapons_sold_or_sent_in_plain_numbers_are_still_handed_over():
    assert ("USA", "POL", "F-16", "done") in keys("The United States sent a squadron's worth of "
                                                   "F-16 jets, 48 in all, to Poland in 2006.")
    assert ("USA", "POL", "F-16", "done") in keys("The United States sold 48 F-16 jets to Poland.")
    assert ("RUS", "SRB", "S-300", "done") in keys("Russia sent two units of S-300 to Serbia.")


def test_forces_a_torn_up_agreement_allowed_are_refused():
    text = "Last year Chad's rulers revoked the accord that allowed French troops in the country."
    assert ("FRA", "TCD", "category:troops", "refused") in deployments(text)
    assert ("FRA", "TCD", "category:troops", "agreed") not in deployments(text)
    text = "The junta tore up the agreement that let American soldiers in Niger."
    assert ("USA", "NER", "category:troops", "agreed") not in deployments(text)


def test_forces_an_agreement_allows_are_still_agreed():
    assert ("FRA", "TCD", "category:troops", "agreed") in deployments(
        "Last year Chad signed an accord that allowed French troops in the country.")


def _quantities(text: str) -> dict[str, str | None]:
    from .helpers import claims_of
    return {c.system: c.quantity for c in claims_of(text)}


def test_a_count_the_parser_hangs_on_a_designation_read_as_a_number_counts_the_weapon():
    # (the small model reads "UH-60" as a number and "30" as its compound)
    assert _quantities("Mexico bought 30 UH-60 helicopters from the United States in 2019.").get("UH-60") == "30"
    assert _quantities("Egypt ordered 12 MiG-29 jets from Russia in 2015.").get("MiG-29") == "12"


def test_a_further_count_with_its_date_or_as_a_sales_object_recalls_the_weapon():
    text = "Jordan bought 12 F-16 jets from the United States in 2017. It ordered another eight in 2021."
    assert ("USA", "JOR", "F-16", "agreed") in keys(text)
    text = ("Jordan flies F-16 jets bought from the United States. Washington has approved the sale "
            "of a further eight.")
    assert ("USA", "JOR", "F-16", "planned") in keys(text)



def test_a_verb_the_parser_reads_as_a_plural_noun_with_an_object_still_tells_its_claim():
    # (the small model tags "co-produces" and "supplies" here as plural nouns)
    from ._typed import cooperations
    found = cooperations("Pakistan Aeronautical Complex co-produces the JF-17 with China's Chengdu "
                         "Aircraft Corporation.")
    assert any(c[0] == ("CHN", "PAK") and c[1] == "JF-17" for c in found), found
    assert any(c[0] == ("CHN", "PAK") for c in cooperations("Pakistan co-produces the JF-17 with China."))


def test_a_plural_noun_without_an_object_stays_a_noun():
    from armsgraph.claims.misread import repair_verbs
    from armsgraph.claims.nlp import get_nlp
    doc = get_nlp()("Russia's arms exports to India fell in 2023.")
    repair_verbs(doc)
    assert [t.pos_ for t in doc if t.lower_ == "exports"] == ["NOUN"]


def test_states_joining_a_drill_just_told_deploy_what_the_sentence_says_they_bring():
    text = ("Egypt hosted the Bright Star exercise near Cairo in September. Warplanes from Greece and "
            "Jordan joined the Egyptian Air Force in the two-week exercise.")
    found = deployments(text)
    assert ("GRC", "EGY", "category:aircraft", "done") in found
    assert ("JOR", "EGY", "category:aircraft", "done") in found
    text = ("Egypt hosted the Bright Star exercise near Cairo in September. Soldiers from Greece and "
            "Jordan joined the Egyptian army in the two-week exercise.")
    assert ("GRC", "EGY", "category:troops", "done") in deployments(text)


def test_the_agent_of_a_passive_supply_hung_on_the_goods_is_the_supplier():
    # (the parser hangs "by Russia" on "radars"; without a named system there is no maker to fall back on)
    assert ("RUS", "SYR", "category:electronics", "planned") in keys(
        "The Syrian army will be supplied with new radars by Russia.")
    assert ("TUR", "SOM", "category:armoured-vehicles", "done") in keys(
        "The Somali army was supplied with armoured vehicles by Turkey.")


def test_unnamed_goods_from_an_unnamed_seller_are_recorded_only_as_intent():
    assert not [k for k in keys("Peru's army bought new helicopters in 2013.") if k[2] == "category:helicopters"]
    assert ("UNK", "PER", "category:helicopters", "proposed") in keys("Peru's army wants new helicopters.")
    # a named weapon or a named seller keeps the claim
    assert ("RUS", "PER", "category:helicopters", "done") in keys(
        "Peru's army bought new helicopters from Russia in 2013.")
    assert ("RUS", "PER", "Mi-8", "done") in keys("Peru's army bought Mi-17 helicopters in 2013.")



def _years(text: str) -> dict[tuple, int | None]:
    from .helpers import claims_of
    return {(c.supplier, c.recipient, c.system): c.year for c in claims_of(text)}


def test_a_held_weapon_takes_the_date_of_the_purchase_told_on_it_not_the_year_of_writing():
    found = _years("Morocco bought 18 CAESAR howitzers from France in 2022. Algerian officials noted that "
                   "Algiers itself operates 30 used CAESARs bought from France in 2019.")
    assert found.get(("FRA", "DZA", "CAESAR")) == 2019
    assert found.get(("FRA", "MAR", "CAESAR")) == 2022
    found = _years("Peru ordered tanks in 2024. Chile operates 140 Leopard 2 tanks, which it bought from "
                   "Germany in 2007.")
    assert found.get(("DEU", "CHL", "Leopard 2")) == 2007


def test_a_signed_defence_cooperation_agreement_is_cooperation_in_materiel():
    from ._typed import cooperations
    assert (("FRA", "IND"), "category:materiel", "agreed") in cooperations(
        "India and France signed a defence cooperation agreement in 2023.")
    assert (("ETH", "TUR"), "category:materiel", "agreed") in cooperations(
        "Turkey signed a military cooperation agreement with Ethiopia in August 2021.")
    assert (("AUS", "IDN"), "category:materiel", "agreed") in cooperations(
        "A security agreement between Australia and Indonesia was signed in 2024.")
    assert (("CHN", "SRB"), "category:materiel", "negotiating") in cooperations(
        "Serbia and China held talks on military-technical cooperation in May.")
    assert (("JPN", "PHL"), "category:materiel", "planned") in cooperations(
        "Japan and the Philippines will sign a defence pact next year.")


def test_agreements_on_other_matters_or_about_a_weapon_are_not_read_as_materiel():
    from ._typed import cooperations
    assert not cooperations("Kenya and Japan signed a technical cooperation agreement on farming in 2019.")
    assert not cooperations("Brazil and Argentina signed a trade agreement in 2020.")
    found = cooperations("South Korea and Poland signed an agreement to produce K2 tanks together in Poland.")
    assert found and all(c[1] == "K2" for c in found)


def test_the_dateline_city_is_never_a_party_of_the_report():
    found = keys("LONDON, March 3 (Reuters) - Warsaw signed a contract in 2022 for 250 M1A2 Abrams tanks.")
    assert ("USA", "POL", "Abrams", "agreed") in found
    assert not any("GBR" in k[:2] for k in found)
    found = keys("ROME (AP) — Hungary ordered 40 Lynx vehicles from Rheinmetall in 2020.")
    assert ("DEU", "HUN", "Lynx", "agreed") in found
    assert not any("ITA" in k[:2] for k in found)


def test_a_lede_after_a_title_case_dateline_keeps_its_own_subject():
    from ._typed import claimed_tests
    found = claimed_tests("Moscow, 3 March (TASS) - North Korea test-launched a new ballistic missile on Thursday.")
    assert found and all(c[0] == "PRK" for c in found), found


def test_goods_paid_for_with_the_for_phrase_hung_on_the_money():
    # (the parser hangs "for six ... fighters" on "$740 million", not on "paid")
    assert ("RUS", "UGA", "Su-30", "agreed") in keys(
        "Uganda paid Russia roughly $740 million for six Su-30MK2 fighters.")
    assert ("FRA", "GRC", "Rafale", "agreed") in keys(
        "Officials said that Greece paid France about 2.5 billion euros for 18 Rafale jets.")


def test_a_subject_set_off_by_an_apposition_stays_the_subject():
    # (the parser takes "player" for the subject, or hangs the name on the verb loosely)
    from ._typed import claimed_tests
    assert ("GBR", "UKR", "category:air-defence", "proposed") in keys(
        "Kyiv, long a key player in the region, had also asked London for more air defence missiles.")
    assert ("PRK", "category:ballistic-missiles") in claimed_tests(
        "North Korea, long a key player in the region, test-launched a new ballistic missile on Thursday.")


def test_an_opening_date_set_off_by_a_comma_is_no_subject():
    from ._typed import exercises
    found = exercises("Last month, US and Polish troops practised defending the Suwalki gap in Lithuania.")
    assert any(set(p) == {"POL", "USA"} for p, *_ in found), found


def test_a_that_clause_under_a_verb_of_telling_keeps_its_own_subject():
    # (object control took "reporters" for the subject of "docked")
    assert ("CHN", "KHM", "category:ships", "done") in deployments(
        "The minister told reporters that two Chinese corvettes have been docked at the Cambodian "
        "naval base since December 2023.")
    assert ("USA", "UKR", "Patriot", "proposed") in keys("Washington urged Kyiv to buy more Patriot systems.")


def test_a_series_drill_keeps_its_usual_host_under_another_states_dateline():
    from ._typed import exercises
    found = exercises("WASHINGTON — More than 16,000 Filipino and American troops took part in this "
                      "year's Balikatan exercise.")
    assert (("PHL", "USA"), "PHL") in found, found
    found = exercises("BANGKOK — Thai and US troops took part in a joint exercise on Monday.")
    assert (("THA", "USA"), "THA") in found, found


def test_a_bullet_opening_a_list_item_is_no_subject():
    # (the small model tags "•" as a verb and makes it the subject)
    text = "Key deals:\n\n• Caracas bought 24 Su-30MK2 fighters from Russia.\n• Armenia bought three GM200 radars from Thales."
    found = keys(text)
    assert ("RUS", "VEN", "Su-30", "done") in found
    assert ("FRA", "ARM", "Ground Master 200", "done") in found
    assert ("JPN", "PHL", "category:electronics", "planned") in keys(
        "Key deals:\n\n• Tokyo plans to provide coastal surveillance radars to the Philippine Navy.")


def test_a_lede_with_no_time_of_its_own_takes_the_dateline_date():
    # (the dateline is a sentence of its own, so its date is no longer in the lede's sentence)
    from .helpers import claims_of
    found = claims_of("KYIV, March 3, 2023 (Reuters) - Poland has delivered 14 Leopard tanks to Ukraine.",
                      date="2024-06-01")
    assert [(c.year, c.month, c.day) for c in found if c.system == "Leopard 2"] == [(2023, 3, 3)]
    found = claims_of("KYIV, March 3, 2023 (Reuters) - Poland delivered 14 Leopard tanks to Ukraine in 2022.",
                      date="2024-06-01")
    assert [c.year for c in found if c.system == "Leopard 2"] == [2022]


def test_a_bullet_read_as_the_subject_of_an_opening_date_gives_the_name_back():
    # ("• In 2021 Hanoi ordered": the parser made the bullet the subject, "Hanoi" a second
    # object of "In"; the item before must not lend its buyer)
    found = keys("Key deals:\n\n• Caracas bought 24 Su-30MK2 fighters from Russia.\n"
                 "• In 2021 Hanoi also ordered 12 Yak-130 trainers.")
    assert ("RUS", "VNM", "Yak-130", "agreed") in found
    assert ("RUS", "VEN", "Yak-130", "agreed") not in found
