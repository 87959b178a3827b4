"""Cooperation constructions added in the nineteenth session (sentences written for the tests)."""
from __future__ import annotations

from ._typed import cooperations


def test_a_relative_subject_behind_a_reporting_verb_is_the_noun_it_hangs_on():
    text = ("The European Union sanctioned a Chinese design bureau that it said had helped develop the "
            "guidance system for the Fatah-II.")
    assert any(set(partners) == {"CHN", "PAK"} for partners, _system, _status in cooperations(text))


def test_a_deal_signed_with_a_firm_names_the_partner_of_local_making():
    text = "Uzbekistan will assemble Bayraktar TB2 drones locally under a deal signed with Baykar in 2023."
    assert (("TUR", "UZB"), "Bayraktar TB2", "agreed") in cooperations(text)


def test_a_deal_signed_by_two_firms_names_both_sides():
    text = ("Indonesia will build Anka drones at home under an agreement signed by PT Dirgantara "
            "Indonesia and Turkish Aerospace last year.")
    assert any(partners == ("IDN", "TUR") for partners, _system, _status in cooperations(text))


def test_a_company_named_by_two_combining_forms_is_both_states():
    text = "Sino-Pakistani Munitions is producing the Baktar-Shikan missile with Chinese engineers."
    assert any(partners == ("CHN", "PAK") for partners, _system, _status in cooperations(text))


def test_a_later_listed_partnership_takes_the_subject_of_the_first():
    text = ("Egypt has a joint venture with France's Naval Group to build corvettes and a partnership "
            "with Italian firms on torpedoes.")
    found = cooperations(text)
    assert any(partners == ("EGY", "ITA") for partners, _system, _status in found)
    assert any(partners == ("EGY", "FRA") for partners, _system, _status in found)


def test_a_partnership_a_side_has_is_agreed():
    text = "Qatar has a partnership with Turkish firms on armoured vehicles."
    assert (("QAT", "TUR"), "category:armoured-vehicles", "agreed") in cooperations(text)


def test_some_of_them_built_at_a_joint_venture_plant_are_the_kind_listed():
    text = ("Israel has supplied Jordan with Skylark and Aerostar drones, some of them assembled under licence "
            "at a plant near Amman, a joint venture with Elbit Systems.")
    assert (("ISR", "JOR"), "category:uav", "done") in cooperations(text)


def test_a_place_hung_on_the_licence_is_still_where_it_is_made():
    text = "The rifles were made under licence at a factory near Lima, a joint venture with Beretta."
    assert (("ITA", "PER"), "category:small-arms", "done") in cooperations(text)


def test_a_joint_unit_of_two_states_readying_crews_works_on_the_aircraft_just_named():
    text = ("Egypt ordered 24 Rafale jets from France in 2015. Deliveries ended in 2019, and a joint "
            "French-Egyptian squadron trained pilots at Mont-de-Marsan.")
    assert (("EGY", "FRA"), "Rafale", "done") in cooperations(text)


def test_a_joint_force_two_sides_will_create_is_planned_troops():
    text = "Kenya and Uganda said they will create a joint border force to patrol the frontier."
    assert (("KEN", "UGA"), "category:troops", "planned") in cooperations(text)


def test_a_joint_unit_of_one_named_state_is_no_cooperation():
    assert not cooperations("NATO's Joint Force Command Naples led the operation in 2011.")


def test_a_report_saying_our_of_a_weapon_speaks_for_its_maker_state():
    text = ("Annual review of the land division\n\nRevenue rose by a third in the year.\n\nOrders were strong, "
            "and margins held.\n\nExports drove growth.\n\nFinland received more of our K9 howitzers during "
            "the year. In Poland, we signed an agreement with WB Group to build Chunmoo launchers locally.")
    found = cooperations(text)
    assert (("KOR", "POL"), "Chunmoo", "agreed") in found
    assert not any("FIN" in partners for partners, _system, _status in found)


def test_help_hung_on_the_design_a_system_is_built_to_is_a_partner():
    text = "Norway and Sweden will build the new frigates to a shared design with German technology."
    assert (("DEU", "NOR", "SWE"), "category:ships", "planned") in cooperations(text)


def test_an_agreement_under_which_one_side_gives_military_help_is_cooperation():
    text = "Dhaka signed an agreement with Beijing under which China will provide military assistance."
    assert (("BGD", "CHN"), "category:materiel", "agreed") in cooperations(text)


def test_an_agreement_under_which_trade_flows_is_no_defence_pact():
    text = "Dhaka signed an agreement with Beijing under which China will provide rice."
    assert not cooperations(text)


def test_a_side_not_part_of_that_programme_refuses_the_system_named_before():
    text = "Asked about the Su-57, the minister said: Vietnam is not part of that programme."
    assert (("RUS", "VNM"), "Su-57", "refused") in cooperations(text)
