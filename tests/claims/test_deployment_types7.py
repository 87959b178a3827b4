"""Deployments placed by a "where" clause and other constructions of the seventh session
(claims/deployment.py, bases.py), from sentences written for these tests."""
from __future__ import annotations

from ._typed import deployments


def test_a_garrison_kept_where_a_state_is_named():
    text = "Ministers cited the example of Qatar, where Turkey has kept a garrison since 2017."
    assert ("TUR", "QAT", "category:troops", "done") in deployments(text)


def test_forces_serving_where_the_place_is_named():
    text = "Officials visited Estonia, where British troops serve in a NATO battlegroup."
    assert ("GBR", "EST", "category:troops", "done") in deployments(text)


def test_what_forces_did_in_a_place_is_no_deployment_there():
    text = "The ministers recalled Crimea, where such Russian forces in 2014 overwhelmed the Ukrainian army."
    assert not any(a == "RUS" for a, _, _, _ in deployments(text))
