"""The catalog data files stay consistent: ids, states and categories that exist,
and clear errors for malformed records."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.catalog import loader
from armsgraph.errors import CatalogError


@pytest.fixture(scope="module")
def cat():
    return catalog.load()


def test_every_state_reference_names_a_catalog_state_or_alliance(cat):
    bad = [(e.id, e.state) for e in cat if e.state and cat.get(e.state) is None]
    assert bad == []


def test_every_alias_is_non_empty_and_trimmed(cat):
    bad = [(e.id, a.text) for e in cat for a in e.aliases
           if not a.text or a.text != a.text.strip()]
    assert bad == []


def test_people_and_organisations_have_distinct_aliases(cat):
    seen: dict[str, str] = {}
    clashes = []
    for entry in list(cat.of_kind("person")) + list(cat.of_kind("organisation")):
        for alias in entry.aliases:
            other = seen.setdefault(alias.text, entry.id)
            if other != entry.id:
                clashes.append((alias.text, other, entry.id))
    assert clashes == []


def test_capitals_and_seats_of_power(cat):
    rus = cat.get("RUS")
    assert "Moscow" in rus.capitals and "Kremlin" in rus.seats
    assert "Kyiv" in cat.get("UKR").capitals and "Kiev" in cat.get("UKR").capitals
    assert "Pentagon" in cat.get("USA").seats
    assert "Belarusian" in cat.get("BLR").adjectives


def test_a_short_record_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "systems.tsv").write_text("# header\nBroken\tair-defence\n", encoding="utf-8")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    with pytest.raises(CatalogError) as err:
        loader.load_systems()
    assert "systems.tsv:2" in str(err.value) and err.value.code == "AG300"


def test_a_wrong_type_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "systems.tsv").write_text("X-1\taircraft\tUSA\tvehicle\tX1\n", encoding="utf-8")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    with pytest.raises(CatalogError, match="platform or weapon"):
        loader.load_systems()


def test_plural_shorthand_and_context_marks():
    aliases = loader.make_aliases(["fighter jet(s)", "?round(s)"], "category:x", exact=False)
    assert [(a.text, a.needs_context) for a in aliases] == [
        ("fighter jet", False), ("fighter jets", False), ("round", True), ("rounds", True)]


def test_designation_spellings():
    forms = loader.designation_variants("Su-30")
    assert {"Su-30", "Su30", "Su 30", "SU-30", "Su-30s"} <= set(forms)
