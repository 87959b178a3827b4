"""Test claims the parser breaks up, from sentences written for these tests."""
from __future__ import annotations

from ._typed import claimed_tests


def test_test_fired_read_as_an_adjective_of_the_missiles():
    # "test-fired" parsed as a modifier of "missiles" and the clause as the reporter's object
    text = ("North Korea test-fired three short-range ballistic missiles into the sea off its west "
            "coast, Japan's defence ministry said.")
    assert claimed_tests(text) == {("PRK", "category:ballistic-missiles")}


def test_a_pronoun_object_is_the_weapon_named_before():
    text = ("The Akash-NG is a new Indian air-defence missile. India tested it from a range in Odisha "
            "on Friday.")
    assert claimed_tests(text) == {("IND", "Akash")}


def test_a_launched_pronoun_is_the_missile_named_before():
    text = ("The Hwasong-17 is North Korea's largest ICBM. Pyongyang launched it again in March, "
            "officials said.")
    assert ("PRK", "Hwasong-17") in claimed_tests(text)


def test_its_test_is_the_test_of_the_weapon_the_sentence_before_is_about():
    text = ("Russia's Zircon hypersonic missile is meant to replace the Oniks. Its first full-scale test "
            "took place in the White Sea in 2020.")
    assert claimed_tests(text) == {("RUS", "Zircon")}


def test_a_missile_its_maker_flew_for_the_first_time():
    text = "Pakistan's army flew the Ababeel for the first time from a range near Sonmiani."
    assert claimed_tests(text) == {("PAK", "Ababeel")}


def test_a_launcher_flown_somewhere_is_carried_not_tested():
    text = "The US Army flew a Typhon missile launcher into southern Japan for a drill in May."
    assert claimed_tests(text) == set()


def test_what_a_launcher_is_able_to_fire_is_no_test():
    text = ("The US Air Force also flew its new bomber, better known as the B-21 and able to fire JASSM "
            "cruise missiles, into Guam in May for a separate drill.")
    assert claimed_tests(text) == set()
