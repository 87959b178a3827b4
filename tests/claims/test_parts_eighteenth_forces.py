"""Deployment, cooperation and exercise constructions added in the eighteenth session
(sentences written for the tests)."""
from __future__ import annotations

from ._typed import cooperations, deployments, exercises


def test_each_listed_force_keeps_its_own_owner():
    found = deployments("A German Patriot battery and Dutch troops were deployed in Lithuania in May 2019.")
    assert ("DEU", "LTU", "Patriot", "done") in found
    assert ("NLD", "LTU", "category:troops", "done") in found
    assert ("NLD", "LTU", "Patriot", "done") not in found
    assert ("DEU", "LTU", "category:troops", "done") not in found


def test_owners_listed_on_one_force_stay_apart_from_the_other_weapon():
    found = deployments("A US Patriot battery and Polish and American troops were deployed in Lithuania in May 2019.")
    assert {("USA", "LTU", "Patriot", "done"), ("POL", "LTU", "category:troops", "done")} <= found
    assert ("POL", "LTU", "Patriot", "done") not in found


def test_one_owner_for_the_whole_list_still_owns_each_item():
    found = deployments("Russian troops and Iskander missiles were deployed in Belarus in 2023.")
    assert {("RUS", "BLR", "category:troops", "done"), ("RUS", "BLR", "Iskander", "done")} <= found


def test_a_drill_participant_brings_its_own_forces_not_the_weapon_listed_beside_them():
    text = ("Poland's largest drill in years, Anakonda 18, saw a US Patriot battery and Lithuanian and "
            "American troops deployed on Polish soil in June 2018.")
    found = deployments(text)
    assert {("USA", "POL", "Patriot", "done"), ("LTU", "POL", "category:troops", "done")} <= found
    assert ("LTU", "POL", "Patriot", "done") not in found


def test_squadrons_named_around_a_drill_are_deployed_aircraft():
    text = ("The Greek air force hosts the Iniochos exercise at Andravida every year, with American, "
            "French and Israeli squadrons among the participants.")
    assert (("FRA", "GRC", "ISR", "USA"), "GRC") in exercises(text)
    found = deployments(text)
    for actor in ("USA", "FRA", "ISR"):
        assert (actor, "GRC", "category:aircraft", "done") in found


def test_squadrons_taking_part_are_each_states_own():
    text = "Greece hosts the Iniochos exercise every year, with American, French and Israeli squadrons taking part."
    assert (("FRA", "GRC", "ISR", "USA"), "GRC") in exercises(text)
    assert ("ISR", "GRC", "category:aircraft", "done") in deployments(text)


def test_states_only_listed_among_a_drills_nations_make_no_deployment():
    text = ("Troops took part in Arctic Shield, the Norwegian-led exercise that drew forces from 14 nations, "
            "among them Finland and Sweden.")
    assert not any(actor in ("FIN", "SWE") for actor, *_ in deployments(text))


def test_joining_a_named_programme_is_an_agreement():
    assert (("BRA", "SWE"), "Gripen", "agreed") in cooperations("Brazil joined Sweden's Gripen programme in 2014.")
    assert (("GBR", "ITA", "JPN", "SAU"), "GCAP", "proposed") in \
        cooperations("Saudi Arabia wants to join the GCAP fighter programme.")


def test_a_plural_noun_heading_a_relative_clause_is_its_verb():
    # the model reads "co-produces" as a plural noun, "that" as its subject and the
    # maker as its compound
    assert (("CHN", "PAK"), "JF-17", "done") in \
        cooperations("Nigeria ordered JF-17 fighters, the jet that Pakistan co-produces with China.")
    assert (("CHN", "PAK"), "JF-17", "done") in cooperations(
        "The JF-17, which Pakistan Aeronautical Complex co-produces with China's Chengdu Aircraft Corporation, is cheap.")


def test_a_relative_clause_the_model_hangs_on_its_that_is_read_as_one():
    text = ("Egypt signed a contract in 2023 to buy K9 howitzers, the gun that Hanwha Aerospace co-produces "
            "with Egypt's Armoured Production Factory, officials said.")
    assert (("EGY", "KOR"), "K9", "done") in cooperations(text)


def test_a_service_flying_its_own_launcher_with_the_pronoun_on_the_name_deploys_it():
    assert ("USA", "LTU", "HIMARS", "done") in deployments("The US Army also flew its HIMARS launcher into Lithuania in May.")


def test_the_place_flown_into_after_a_set_off_description_of_the_weapon():
    text = ("The US Marine Corps also flew its rocket launcher, better known as HIMARS and able to strike "
            "ships at sea, into western Japan in June for a separate drill.")
    assert ("USA", "JPN", "category:mlrs", "done") in deployments(text)


def test_an_alliance_drill_with_no_state_and_no_place_is_no_claim():
    assert not exercises("The battalion's soldiers are regularly involved in NATO exercises.")
    assert ((("NATO",), "LVA")) in exercises("The battalion's soldiers regularly take part in NATO exercises in Latvia.")
    assert (("DEU", "NATO"), "UNK") in exercises(
        "German units took part in Steadfast Defender 2024, the alliance's largest exercise since the Cold War.")


def test_a_base_abroad_that_operates_aircraft_deploys_them_there():
    text = ("France keeps a base in Djibouti. About 1,500 French soldiers are stationed at the base, which also "
            "operates Mirage 2000 jets out of the airfield near the capital.")
    assert ("FRA", "DJI", "Mirage 2000", "done") in deployments(text)


def test_a_service_that_operates_aircraft_at_home_deploys_none_abroad():
    text = "Kenyan troops are deployed in Somalia. Kenya's air force also operates Mi-24 helicopters."
    assert not any(system != "category:troops" for _a, _h, system, _s in deployments(text))
