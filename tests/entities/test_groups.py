"""Named groups of states: one mention of kind "group" that lists its member states."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.entities import annotate
from armsgraph.model import MENTION_KINDS, Document


def mentions(text: str) -> list:
    document = Document(id="t", text=text)
    annotate(document)
    return document.mentions


@pytest.mark.parametrize("text, phrase, members", [
    ("The Baltic states asked for more Patriot batteries.", "Baltic states",
     {"EST", "LVA", "LTU"}),
    ("Washington will sell HIMARS launchers to the Baltic countries.", "Baltic countries",
     {"EST", "LVA", "LTU"}),
    ("The Nordic countries agreed to pool their fighter jets.", "Nordic countries",
     {"DNK", "FIN", "ISL", "NOR", "SWE"}),
    ("Gulf Arab states bought THAAD batteries.", "Gulf Arab states",
     {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}),
])
def test_group_of_states_lists_its_members(text, phrase, members):
    found = [m for m in mentions(text) if m.text == phrase]
    assert found, [m.text for m in mentions(text)]
    group = found[0]
    assert group.kind == "group" and group.id.startswith("group:") and group.role == "group"
    assert set(group.members) == members
    assert group.to_json("t")["members"] == group.members
    assert "group" in MENTION_KINDS


def test_the_baltic_sea_is_not_the_baltic_states():
    found = mentions("Warships sailed into the Baltic Sea.")
    assert not [m for m in found if m.kind == "group"]


def test_gulf_states_alone_is_not_read_as_a_group():
    # "the Gulf states" has no fixed membership (Iraq? Iran?): not expanded
    assert not [m for m in mentions("The Gulf states are buying drones.") if m.kind == "group"]


def test_members_of_by_name_and_id():
    cat = catalog.load()
    assert cat.members_of("the Baltic states") == cat.members_of("group:baltic-states")
    assert set(cat.members_of("Visegrad Group")) == {"CZE", "HUN", "POL", "SVK"}
    assert cat.members_of("Belarus") == ()
    for group in cat.of_kind("group"):
        assert all(cat.get(m) is not None and cat.get(m).kind == "state"
                   for m in group.members)
