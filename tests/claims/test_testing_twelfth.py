"""Test constructions of the twelfth session, from sentences written for these tests:
launches toward open water, a missile's own flight (flights), launches that go on."""
from __future__ import annotations

from ._typed import claimed_tests


def test_a_launch_toward_a_sea_is_a_test():
    text = ("North Korea fired two ballistic missiles towards the East Sea on Thursday, South Korea's "
            "military said.")
    assert claimed_tests(text) == {("PRK", "category:ballistic-missiles")}


def test_a_launch_toward_the_sea_of_japan():
    text = "Pyongyang launched a Hwasong-12 toward the Sea of Japan early on Tuesday."
    assert claimed_tests(text) == {("PRK", "Hwasong-12")}


def test_a_launch_toward_open_waters():
    text = "North Korea fired a Hwasong-18 toward open waters off its east coast."
    assert claimed_tests(text) == {("PRK", "Hwasong-18")}


def test_a_launch_toward_a_city_is_no_test():
    assert claimed_tests("Russia launched Kalibr missiles towards Odesa overnight.") == set()
    assert claimed_tests("Iran fired Kheibar missiles towards Israel.") == set()


def test_a_missile_that_completed_a_flight():
    text = "The Burevestnik cruise missile completed a 15-hour flight, President Putin said."
    assert claimed_tests(text) == {("RUS", "Burevestnik")}


def test_a_maiden_flight_of_a_missile():
    text = "The Sarmat ICBM made its maiden flight from Plesetsk in April."
    assert claimed_tests(text) == {("RUS", "Sarmat")}


def test_a_missile_that_failed_its_flights():
    text = "The Bulava has failed about half of its flights."
    assert claimed_tests(text) == {("RUS", "Bulava")}


def test_a_missile_flying_into_a_building_is_no_test():
    text = "A Kh-101 cruise missile flew into an apartment block in Kyiv, killing four people."
    assert claimed_tests(text) == set()


def test_launches_that_go_on():
    text = ("The US Air Force keeps launching unarmed Minuteman III missiles from Vandenberg several "
            "times a year.")
    assert claimed_tests(text) == {("USA", "Minuteman")}


def test_a_missile_fired_from_a_foreign_ship_is_the_ship_owners_test():
    text = ("A Tomahawk cruise missile was fired from a Japanese destroyer for the first time during "
            "trials off California.")
    assert claimed_tests(text) == {("JPN", "Tomahawk")}


def test_a_missile_test_fired_from_a_buyers_frigate():
    text = "The BrahMos missile was test-fired from an Indonesian frigate in the Java Sea."
    assert claimed_tests(text) == {("IDN", "BrahMos")}


def test_fired_from_a_jet_named_by_its_type_keeps_the_maker():
    text = "The Kh-47M2 Kinzhal was test-launched from a MiG-31K in the Southern Military District."
    assert claimed_tests(text) == {("RUS", "Kinzhal")}


def test_a_launch_whose_missile_hit_practice_targets():
    text = ("Russia's defence ministry said the Bulava missile hit its targets at the Kura range in "
            "Kamchatka after a launch from the White Sea.")
    assert claimed_tests(text) == {("RUS", "Bulava")}


def test_a_launch_that_hit_targets_in_a_city_is_no_test():
    assert claimed_tests("A Kalibr launch from the Black Sea hit targets in Odesa, Ukraine said.") == set()
