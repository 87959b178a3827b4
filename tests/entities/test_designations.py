"""System names where print and tokenizer get in the way: a designation at the end of a
sentence, a designation split in two mentions, and ambiguous names that are people."""
from __future__ import annotations

import pytest

from armsgraph.entities import annotate
from armsgraph.model import Document


def systems(text: str) -> list[tuple[str, str]]:
    document = Document(id="t", text=text)
    annotate(document)
    return [(m.text, m.id) for m in document.mentions if m.kind == "system"]


@pytest.mark.parametrize("text, name, family", [
    ("Kazakhstan has now taken delivery of the Tor-M2.", "Tor-M2", "Tor"),
    ("Hungary's first battery is an IRIS-T.", "IRIS-T", "IRIS-T"),
    ("Islamabad inducted another Wing Loong-10B.", "Wing Loong-10B", "Wing Loong-10"),
    ("The squadron flies the Tejas Mk1A.", "Tejas Mk1A", "Tejas"),
    ("Bahrain bought the F-16C/D.", "F-16C", "F-16"),
    ("Armenia got the Iskander-E.", "Iskander-E", "Iskander"),
])
def test_designation_at_the_end_of_a_sentence_keeps_its_last_letter(text, name, family):
    assert (name, family) in systems(text) or any(
        t.startswith(name) and f == family for t, f in systems(text))


def test_initials_and_abbreviations_keep_their_periods():
    from armsgraph.entities import get_nlp
    words = [t.text for t in get_nlp().tokenizer("J. R. Smith met U.S. and U.K. envoys.")]
    assert "J." in words and "U.S." in words and "U.K." in words


@pytest.mark.parametrize("text, joined, family", [
    ("Riyadh ordered 60 M1A2S Abrams tanks in 2024.", "M1A2S Abrams tanks", "Abrams"),
    ("Algeria commissioned a MEKO A200AN frigate.", "MEKO A200AN", "A-200"),
])
def test_a_designation_written_in_two_parts_is_one_system(text, joined, family):
    found = systems(text)
    assert any(t.startswith(joined.split()[0]) and f == family for t, f in found)
    assert len([f for _, f in found if f == family]) == 1


def test_two_listed_designations_side_by_side_stay_two_systems():
    found = dict((f, t) for t, f in systems("Hanoi flies Su-30MK2 Su-22 jets."))
    assert "Su-30" in found and "Su-22" in found


@pytest.mark.parametrize("text, word", [
    ("Stacey Abrams received an award from the army.", "Abrams"),
    ("Gen. Patriot said the army received nothing.", "Patriot"),
])
def test_an_ambiguous_system_name_in_a_persons_name_is_the_person(text, word):
    assert word not in [t for t, _ in systems(text)]


@pytest.mark.parametrize("text, word, family", [
    ("The Egyptian army received Abrams in the 1990s.", "Abrams", "Abrams"),
    ("Spain sold Leopard to the Greek army.", "Leopard", "Leopard 2"),
])
def test_an_ambiguous_system_name_after_a_transfer_verb_is_the_system(text, word, family):
    assert (word, family) in systems(text)


@pytest.mark.parametrize("text, joined, family", [
    ("Hanoi took delivery of eight Su-30MK2 fighter jets.", "Su-30MK2 fighter jets", "Su-30"),
    ("Romania ordered 54 K9 self-propelled howitzers.", "K9 self-propelled howitzers", "K9"),
    ("Warsaw bought Javelin missiles and Abrams tanks.", "Javelin missiles", "Javelin"),
])
def test_a_system_followed_by_a_noun_of_its_kind_is_one_mention(text, joined, family):
    assert (joined, family) in systems(text)


def test_a_noun_of_another_kind_after_a_system_stays_a_category():
    document = Document(id="t", text="Kyiv asked for Bayraktar TB2 ammunition and spare parts.")
    annotate(document)
    kinds = {m.text: m.id for m in document.mentions}
    assert kinds.get("Bayraktar TB2") == "Bayraktar TB2"
    assert kinds.get("ammunition") == "category:ammunition"


@pytest.mark.parametrize("text, family", [
    ("Riyadh is said to have bought the Wing Loong I.", "Wing Loong I"),
    ("The test was of an Agni V. Officials confirmed it.", "Agni-V"),
])
def test_a_name_ending_in_a_lone_capital_at_a_sentence_end(text, family):
    assert family in [f for _, f in systems(text)]


def test_an_initial_before_a_name_is_not_read_as_a_designation_end():
    assert systems("The report by J. Smith covers Tor-M2 sales.") == [("Tor-M2", "Tor")]


@pytest.mark.parametrize("text, joined, family", [
    ("Jakarta ordered the Dassault Rafale F4 in 2022.", "Dassault Rafale F4", "Rafale"),
    ("Athens flies the Rafale F3R now.", "Rafale F3R", "Rafale"),
])
def test_a_short_variant_mark_after_a_plain_name_is_that_system(text, joined, family):
    found = systems(text)
    assert (joined, family) in found and "F-4" not in [f for _, f in found]


@pytest.mark.parametrize("text, family", [
    ("Hanoi bought Su\u201130 jets in 2004.", "Su-30"),          # non-breaking hyphen
    ("Ankara took the S\u2013400 anyway.", "S-400"),              # en dash in web copy
    ("Minsk fields the Tor\u2010M2 now.", "Tor"),                 # Unicode hyphen
])
def test_designations_typeset_with_unicode_hyphens(text, family):
    assert family in [f for _, f in systems(text)]
