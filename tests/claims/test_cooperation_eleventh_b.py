"""Cooperation constructions added by the eleventh session's helper coop11 (sentences
written for the tests)."""
from __future__ import annotations

from .helpers import claims_of


def coops(text: str, **kwargs) -> set[tuple]:
    return {(tuple(c.partners), c.system, c.status) for c in claims_of(text, type="cooperation", **kwargs)}


def test_a_firm_making_parts_of_another_state_s_weapon_works_with_that_state():
    assert (("IDN", "TUR"), "KAAN", "planned") in \
        coops("Indonesian firms will make some parts of the KAAN fighter, Turkish officials said.")
    assert (("POL", "USA"), "F-16", "done") in \
        coops("Poland's WZL-1 builds wing sections for the F-16 at its plant in Bydgoszcz.")


def test_parts_for_a_weapon_owned_by_a_named_state_are_made_with_its_owner():
    assert (("PAK", "TUR"), "JF-17", "done") in \
        coops("Turkish company Aselsan produces radar components for the Pakistani JF-17 fighter jet.")


def test_parts_of_one_s_own_weapon_are_no_cooperation():
    assert not coops("Rheinmetall makes parts for its own Lynx vehicles in Germany.")


def test_a_weapon_said_to_be_a_joint_project_of_two_states():
    assert (("IND", "RUS"), "Akash", "done") in \
        coops("The Akash system is a joint project of India and Russia, a defence official said.")
    assert (("ITA", "TUR"), "T129", "done") in \
        coops("The T-129 helicopter is a joint product of Turkey and Italy.")


def test_a_joint_programme_in_apposition_to_its_weapon():
    assert (("IND", "ISR"), "Barak-8", "done") in \
        coops("The Barak-8, a joint programme of Israel and India, entered service in 2016.")


def test_a_joint_project_names_no_weapon_of_another_clause():
    assert not coops("The programme is a joint effort of Britain and Italy, and Poland bought Patriot batteries.")


def test_help_given_on_a_named_weapon():
    assert (("IRN", "RUS"), "Fateh-110", "done") in \
        coops("Moscow has given Tehran technical help on the Fateh-110 missile.")
    assert (("IRN", "RUS"), "Shahab-3", "done") in \
        coops("Russia has provided Iran with assistance for its Shahab-3 missile programme.")


def test_help_given_in_developing_a_weapon_hung_on_the_verb():
    assert (("CHN", "PAK"), "Babur", "done") in \
        coops("China provided Pakistan technical assistance in developing the Babur cruise missile.")


def test_help_offered_is_proposed():
    assert (("FRA", "GRC"), "Rafale", "proposed") in \
        coops("France has offered Greece its help in maintaining the Rafale fleet.")


def test_help_promised_by_experts_still_reads_the_owner_of_what_is_developed():
    assert (("BLR", "RUS"), "category:missile-development", "planned") in \
        coops("Moscow promised Russian experts' help in developing a Belarusian missile.")


def test_a_signed_co_production_agreement_for_a_named_weapon():
    assert (("KOR", "POL"), "K9", "agreed") in \
        coops("Poland signed a co-production agreement with Hanwha for the K9 howitzer.")
    assert (("TUR", "UKR"), "Akinci", "agreed") in \
        coops("Kyiv and Ankara inked a joint production agreement on the Akinci drone in 2023.")


def test_a_co_development_deal_in_a_headline():
    assert (("AZE", "TUR"), "Akinci", "agreed") in \
        coops("Turkey, Azerbaijan sign co-development deal for Akinci drone", title=None)


def test_a_joint_production_agreement_under_negotiation():
    assert (("KOR", "POL"), "K2", "negotiating") in \
        coops("Poland and South Korea are negotiating a joint production agreement on K2 tanks.")


def test_a_co_development_deal_with_no_weapon_named_makes_no_claim():
    assert not coops("India and France signed a co-development deal in 2024.")


def test_made_under_technology_transfer_from_the_maker():
    assert (("EGY", "KOR"), "category:artillery", "done") in \
        coops("The howitzers are being produced in Egypt by local industry under technology transfer from Hanwha.")


def test_a_named_weapon_built_under_a_transfer_of_technology_is_the_claim_s_system():
    assert coops("Under a transfer of technology from Naval Group, India's Mazagon Dock is building six "
                 "Scorpene submarines.") == {(("FRA", "IND"), "Scorpene", "done")}


def test_a_production_line_run_with_a_partner_of_another_state():
    assert (("BRA", "SWE"), "Gripen", "done") in \
        coops("Brazil's Embraer operates a final assembly line for the Gripen fighter together with Saab "
              "at Gaviao Peixoto.")
    assert (("BRA", "SWE"), "Gripen", "done") in coops("Saab and Embraer jointly run the Gripen assembly line in Brazil.")


def test_a_contact_clause_makes_the_noun_it_describes():
    assert (("BRA", "SWE"), "category:production", "done") in \
        coops("Saab said the final assembly line it operates with Embraer at Gaviao Peixoto has reached "
              "its planned production rate.")
    assert (("AUS", "GBR"), "category:ships", "planned") in \
        coops("The submarines Britain and Australia will build together are to enter service in the 2040s.")


def test_a_line_that_names_nothing_makes_the_system_its_clause_is_for():
    assert (("BRA", "SWE"), "Gripen", "done") in \
        coops("Saab said the final assembly line it operates with Embraer at Gaviao Peixoto has reached "
              "its planned production rate for the Gripen E fighter.")


def test_taking_part_in_a_programme_is_working_with_its_makers():
    assert (("GBR", "ITA", "JPN"), "GCAP", "done") in \
        coops("Japan is taking part in the GCAP fighter programme with Britain and Italy.")


def test_being_part_of_a_programme_and_not_being_part_of_it():
    assert (("KOR", "POL"), "K2", "done") in coops("Poland is now part of the K2 tank programme led by Hyundai Rotem.")
    assert (("IND", "RUS"), "Su-57", "refused") in coops("India is not part of the Su-57 fighter programme any more.")
    assert not coops("Turkey is no longer part of the F-35 programme.")


def test_a_technology_transfer_hung_on_what_is_built_adds_no_technology_claim():
    assert coops("Pakistan builds the corvettes under a technology transfer from Turkey.") == \
        {(("PAK", "TUR"), "category:ships", "done")}
