"""Sides of transfers the sentence leaves implicit (nineteenth session; sentences written
for the tests)."""
from __future__ import annotations

from .helpers import keys


def test_a_by_phrase_on_a_request_names_the_buyer():
    text = ("Spain and Italy bought trucks from Sweden in 2019. A request by Peru for the Archer "
            "howitzer remains under evaluation.")
    assert ("SWE", "PER", "Archer", "proposed") in keys(text)
    assert not any(c[1] == "ITA" and c[2] == "Archer" for c in keys(text))


def test_a_by_phrase_on_a_purchase_names_the_buyer():
    text = ("Spain bought trucks from Sweden in 2019. The purchase by Peru of four Archer howitzers "
            "was confirmed last week.")
    assert ("SWE", "PER", "Archer", "done") in keys(text)


def test_a_by_phrase_on_a_delivery_still_names_the_giver():
    assert ("SWE", "PER", "Archer", "done") in keys("The delivery of four Archer howitzers by Sweden to Peru was completed.")


def test_a_text_naming_a_donor_most_is_still_about_the_recipient():
    text = ("Moscow promised in 2010 to give Bolivia six Mi-17 helicopters. The Russians later said the offer "
            "was off, and Russian officials blamed the cost. The air force waited for years. Its pilots trained "
            "on old trainers. Few of them stayed. Washington has since handed over two Cessna 208 aircraft.")
    found = keys(text)
    assert ("USA", "BOL", "Cessna 208", "done") in found
    assert not any(k[1] == "RUS" for k in found)

