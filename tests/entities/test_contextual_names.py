"""Names that stand for a state only in context ("the North", "the island", "the emirate")
are read at document level: when the document names a trigger state, and only one."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.entities import annotate
from armsgraph.errors import CatalogError
from armsgraph.model import Document


def states(text: str) -> dict[str, str]:
    document = Document(id="t", text=text)
    annotate(document)
    return {m.text: m.state for m in document.mentions if m.kind in ("state", "place")}


@pytest.mark.parametrize("text, phrase, state", [
    ("Pyongyang tested a cruise missile in March. In April the North launched another.",
     "the North", "PRK"),
    ("Seoul and Pyongyang traded warnings. The South then bought more K9 howitzers.",
     "The South", "KOR"),
    ("Taipei has asked for Harpoon missiles. The island also wants more drones.",
     "The island", "TWN"),
    ("Kuwait has chosen the Eurofighter. The emirate will receive the jets from 2026.",
     "The emirate", "KWT"),
    ("Riyadh signed for 48 Typhoons. The kingdom also wants air defence.",
     "The kingdom", "SAU"),
])
def test_contextual_name_takes_the_state_the_document_names(text, phrase, state):
    assert states(text).get(phrase) == state


@pytest.mark.parametrize("text, phrase", [
    ("Late on Sunday the North had fired at the border posts.", "the North"),   # no Korea
    ("Qatar and Kuwait bought jets; the emirate paid in cash.", "the emirate"),  # two emirates
    ("Taiwan ordered frigates while the island of Hainan hosts submarines.", "the island"),
    ("South Korea's navy sailed into the North Atlantic.", "the North"),
])
def test_contextual_name_without_a_single_reading_stays_unread(text, phrase):
    assert phrase not in states(text)


def test_contextual_rows_name_catalog_states():
    names = catalog.load().contextual
    assert names and all(n.words[0] == "the" and len(n.state) == 3 for n in names)


def test_a_contextual_row_with_an_unknown_state_is_a_catalog_error(tmp_path, monkeypatch):
    from armsgraph.catalog import loader
    (tmp_path / "contextual.tsv").write_text("the North\tXXX\tPRK\n", encoding="utf-8")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    with pytest.raises(CatalogError, match="XXX"):
        loader.load_contextual({"PRK"})
