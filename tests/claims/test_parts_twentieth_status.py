"""Transfer status and recipient readings added in the twentieth session (hK; sentences
written for the tests)."""
from __future__ import annotations

from .helpers import keys


def test_a_deal_that_fell_through_at_a_time_is_refused():
    found = keys("The contract to sell Mi-17 helicopters to Nepal fell through in 2019.")
    assert ("RUS", "NPL", "Mi-8", "refused") in found
    assert not any(status == "agreed" for *_, status in found)


def test_a_delivery_still_awaited_is_ahead():
    found = keys("Kenya is still awaiting delivery of the Bayraktar TB2 drones from Turkey.")
    assert ("TUR", "KEN", "Bayraktar TB2", "planned") in found
    assert not any(status == "done" for *_, status in found)


def test_a_purchase_with_deliveries_scheduled_later_is_the_contract():
    found = keys("Chile acquired 24 F-16 fighters from the United States, with deliveries scheduled for 2027.")
    assert ("USA", "CHL", "F-16", "agreed") in found
    assert not any(status == "done" for *_, status in found)


def test_a_delivery_noun_with_an_expected_participle_is_planned():
    assert ("RUS", "MMR", "Su-30", "planned") in keys(
        "The delivery of Su-30 fighters to Myanmar, expected in the spring, was confirmed by officials.")
