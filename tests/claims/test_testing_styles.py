"""Weapon tests written in the styles of different outlets: test-fires, training launches, trials,
a missile that hits a target in a firing test (its maker tests it), a definite platform that
fires ('the prototypes'), a submarine named in apposition, a name that holds an attack word
('Carrier Strike Group'), and what is no test (use in combat, strikes on a city, a purchase,
engines for a drone still in testing)."""
from __future__ import annotations

import pytest

from ._typed import claimed_tests

CASES = [
    ('North Korea test-fired a Hwasong-18 intercontinental ballistic missile on Thursday.',
     {('PRK', 'Hwasong-18')}),
    ('The US Air Force launched an unarmed Minuteman III missile from Vandenberg in a routine test.',
     {('USA', 'Minuteman')}),
    ('A Russian submarine fired a Bulava missile from the White Sea during a test.',
     {('RUS', 'Bulava')}),
    ('India successfully flight-tested the Agni-V missile off the coast of Odisha.',
     {('IND', 'Agni-V')}),
    ("Turkey's Roketsan said its Tayfun ballistic missile hit a target in a firing test over the Black Sea.",
     {('TUR', 'Tayfun')}),
    ('Pakistan conducted a training launch of the Ababeel missile on Monday.',
     {('PAK', 'Ababeel')}),
    ('China carried out a successful test of its DF-17 hypersonic missile.',
     {('CHN', 'DF-17')}),
    ('The KF-21 prototypes have since fired an IRIS-T missile in a guided test.',
     {('KOR', 'IRIS-T')}),
    ("Iran's Revolutionary Guards fired a Fattah missile in a test last month.",
     {('IRN', 'Fattah')}),
    ('Israel tested the Arrow 3 interceptor over the Mediterranean.',
     {('ISR', 'Arrow')}),
    ('Japan will test-fire the Type 12 anti-ship missile in Australia next year.',
     {('JPN', 'Type 12')}),
    ("South Korea's navy test-fired a Haeseong missile from a destroyer.",
     {('KOR', 'Haeseong')}),
    ('Poland bought 500 Piorun missiles after they were tested by Ukraine in combat.', set()),
    ('Russia used Kinzhal missiles against Kyiv overnight.', set()),
    ('Seoul unveiled the KF-21 fighter in 2021. The prototypes have since fired an IRIS-T missile in a guided test over the Yellow Sea.',
     {('KOR', 'IRIS-T')}),
    ('Ukrainian firms have also supplied engines for the Kizilelma drone now in testing.', set()),
    ('Days later, the submarine Knyaz Oleg, a Borei-A class boat, fired a Bulava missile from the Barents Sea.',
     {('RUS', 'Bulava')}),
    ("The US Navy's Carrier Strike Group 5 launched a Tomahawk cruise missile over the Pacific Ocean on Tuesday.",
     {('USA', 'Tomahawk')}),
    ('The Indian Navy successfully test-fired a BrahMos missile from the destroyer INS Chennai.',
     {('IND', 'BrahMos')}),
    ("Japan's defence ministry said it had tested the Type 03 interceptor in New Mexico.",
     {('JPN', 'Chu-SAM')}),
    ('Saudi Arabia conducted the first test of its locally assembled THAAD battery.',
     {('SAU', 'THAAD')}),
    ('North Korea said it had tested a new solid-fuel engine for its Hwasong-19 missile.',
     {('PRK', 'Hwasong-19')}),
    ('Ukraine carried out trials of the Neptune missile near Odesa.',
     {('UKR', 'Neptune')}),
    ('Russia fired Kalibr missiles at Kyiv overnight.', set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_written_styles(text, expected):
    assert claimed_tests(text) == expected


def test_a_missile_and_a_test_word_make_a_test_however_the_sentence_parses():
    # a chronology's historical present, where the parser breaks "test-fires"
    from .helpers import claims_of
    found = {(c.actor, c.system) for c in claims_of("1998 - Pakistan test-fires the Ghauri missile.", type="test")}
    assert found == {("PAK", "Ghauri")}
    found = {(c.actor, c.system) for c in claims_of(
        "Iran's Shahab-3, whose latest test took place in 2019, has a range of 1,300 km.", type="test")}
    assert found == {("IRN", "Shahab-3")}
    assert not claims_of("Russia said it would never test the Sarmat near Europe.", type="test")


def test_a_launch_of_a_named_missile_with_no_attack_is_a_test():
    from .helpers import claims_of
    def found(text):
        return {(c.actor, c.system) for c in claims_of(text, type="test")}
    assert found("The last known Shaurya firing was in 2020.") == {("IND", "Shaurya")}
    assert found("Two years since the last Sarmat was launched from Plesetsk, in 2023.") == {("RUS", "Sarmat")}
    assert not found("Russia launched Kinzhal missiles at Kyiv overnight.")
    assert not found("NATO members Bulgaria and Greece have S-300s, which can fire missiles hundreds of miles.")
    assert not found("Iran launched its Simorgh rocket, placing three satellites in orbit.")


def test_a_test_of_a_weapon_a_state_adjective_marks_is_that_state_s():
    # the weapon's own adjective names who fired it, not its maker; a US state is no Cuban city
    from ._typed import claims_of
    found = {(c.actor, c.host, c.system) for c in claims_of(
        "A British Trident II missile failed during a test launch off Florida in January.", kind="test")}
    assert found == {("GBR", "USA", "Trident")}
