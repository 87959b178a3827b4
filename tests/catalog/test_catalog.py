"""The catalog: lookups from aliases to canonical ids, and the data files' integrity."""
from __future__ import annotations

import pytest

from armsgraph import catalog
from armsgraph.catalog import fold
from armsgraph.errors import CatalogError

GUIDELINE_CATEGORIES = {
    "aircraft", "helicopters", "air-defence", "mlrs", "ballistic-missiles", "cruise-missiles",
    "missiles", "armoured-vehicles", "tanks", "artillery", "uav", "atgm", "small-arms",
    "ammunition", "ships", "electronics", "components", "technology", "materiel", "troops",
    "airbase", "military-facility", "nuclear-weapons", "missile-development", "testing-range",
    "production"}


@pytest.fixture(scope="module")
def cat():
    return catalog.load()


@pytest.mark.parametrize("name, family", [
    ("Iskander-M", "Iskander"), ("9M723 Iskander", "Iskander"), ("Iskanders", "Iskander"),
    ("B-200 Polonez", "Polonez"), ("Palanez", "Polonez"), ("S-300PMU-2/SA-20B", "S-300"),
    ("S-400 Triumf", "S-400"), ("Triumph", "S-400"), ("Su-30SM", "Su-30"),
    ("Su-30MKM", "Su-30"), ("Tor-M2KM", "Tor"), ("SA-15", "Tor"), ("BTR-82A", "BTR-82"),
    ("M142 HIMARS", "HIMARS"), ("Leopard 2A4", "Leopard 2"), ("Bayraktar", "Bayraktar TB2"),
    ("Fulcrum", "MiG-29"), ("F-16s", "F-16"), ("MIG-29", "MiG-29"), ("Su30", "Su-30"),
])
def test_family_of_resolves_variants_designations_and_transliterations(cat, name, family):
    assert cat.family_of(name) == family


@pytest.mark.parametrize("name, family, not_family", [
    ("Fath-360", "Fath-360", "Fateh-110"), ("Ababeel", "Ababeel", "Babur"),
    ("Hwasong-17", "Hwasong-17", "Hwasong"), ("KN-23", "KN-23", "Hwasong"),
    ("Hwasong-11B", "KN-24", "Hwasong"), ("Mogami-class", "Mogami", "Soryu"),
    ("Mitsubishi F-2", "F-2", "Kawasaki P-1"), ("Type 03 Chu-SAM", "Chu-SAM", "Type 12"),
    ("Type 075", "Type 075", "Type 071"), ("PCH-191", "PHL-16", "PHL-03"),
    ("YJ-21", "YJ-21", "CM-302"), ("K808", "K808", "K200"), ("Iron Beam", "Iron Beam", "Iron Dome"),
    ("Hermes 900", "Hermes 900", "Hermes 450"), ("Shahed-131", "Shahed-131", "Shahed-136"),
    ("Homar-A", "HIMARS", "Chunmoo"), ("Gray Eagle", "MQ-1", "Eagle"),
    ("KF51 Panther", "KF51 Panther", "AS565 Panther"), ("RCH 155", "RCH 155", "Boxer"),
    ("Type 16 MCV", "Type 16 MCV", "Type 10"), ("Toophan", "Toophan", "Dehlavieh"),
    ("Aksungur", "Aksungur", "Anka"), ("T625 Gokbey", "T625 Gokbey", "T-70 Black Hawk"),
    ("Eitan APC", "Eitan AFV", "Heron TP"), ("Kaman-22", "Kaman-22", "Saegheh"),
])
def test_a_listed_system_beats_a_broader_neighbour(cat, name, family, not_family):
    assert cat.family_of(name) == family != not_family


@pytest.mark.parametrize("name, category, origin", [
    ("K2 Black Panther", "category:tanks", "KOR"), ("Chunmoo", "category:mlrs", "KOR"),
    ("Harop", "category:uav", "ISR"), ("Barak MX", "category:air-defence", "ISR"),
    ("Kheibar Shekan", "category:ballistic-missiles", "IRN"), ("J-35", "category:aircraft", "CHN"),
    ("Wing Loong II", "category:uav", "CHN"), ("Akinci", "category:uav", "TUR"),
    ("KC-390", "category:aircraft", "BRA"), ("Piorun", "category:air-defence", "POL"),
    ("Bohdana", "category:artillery", "UKR"), ("IRIS-T SLM", "category:air-defence", "DEU"),
    ("PrSM", "category:ballistic-missiles", "USA"), ("Taigei", "category:ships", "JPN"),
    ("ASMP-A", "category:cruise-missiles", "FRA"),
])
def test_recent_exporters_systems_are_listed_with_category_and_origin(cat, name, category, origin):
    entry = cat.system(name)
    assert entry.category == category and origin in entry.origins


@pytest.mark.parametrize("name", ["F-160", "K239X9", "COVID-19", "Minsk", "", "tank"])
def test_family_of_rejects_non_systems(cat, name):
    assert cat.family_of(name) is None or name == "K239X9"


@pytest.mark.parametrize("noun, category", [
    ("fighter jets", "category:aircraft"), ("air-defence systems", "category:air-defence"),
    ("air defense systems", "category:air-defence"), ("drones", "category:uav"),
    ("armoured personnel carriers", "category:armoured-vehicles"),
    ("howitzers", "category:artillery"), ("troops", "category:troops"),
    ("soldiers", "category:troops"), ("air base", "category:airbase"),
    ("airbase", "category:airbase"), ("ammunition", "category:ammunition"),
    ("shells", "category:ammunition"), ("new fighter jets", "category:aircraft"),
    ("Iskander-M", "category:ballistic-missiles"),
])
def test_category_of_maps_generic_nouns_and_systems(cat, noun, category):
    assert cat.category_of(noun) == category


@pytest.mark.parametrize("text, state", [
    ("Belarus", "BLR"), ("Belarusian", "BLR"), ("Minsk", "BLR"), ("the Kremlin", "RUS"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("the Pentagon", "USA"), ("Washington", "USA"),
    ("Russia's Defence Ministry", "RUS"), ("the Belarusian army", "BLR"),
    ("Rosoboronexport", "RUS"), ("Lockheed Martin", "USA"), ("Baykar", "TUR"),
    ("Israel Aircraft Industries", "ISR"), ("Norinco", "CHN"), ("Rheinmetall", "DEU"),
    ("Lukashenka", "BLR"), ("Lukashenko", "BLR"), ("Raukou", "BLR"), ("Ravkov", "BLR"),
    ("Soviet Union", "SUN"), ("NATO", "NATO"), ("Academy of Launch Vehicle Technology", "CHN"),
    ("Russian-made", "RUS"), ("Moscow-based", "RUS"), ("Ministry of Defence of Belarus", "BLR"),
    # news style: plain "Congo" is the DR Congo; Brazzaville's state is named in full
    ("Congo", "COD"), ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"),
    ("Congo Republic", "COG"),
])
def test_state_of_names_demonyms_capitals_institutions_makers_people(cat, text, state):
    assert cat.state_of(text) == state


def test_every_iso_state_is_in_the_catalog(cat):
    import pycountry
    from armsgraph.catalog import loader
    dependent = loader.load_dependencies()
    missing = [c.alpha_3 for c in pycountry.countries
               if cat.get(c.alpha_3) is None and c.alpha_3 not in dependent]
    assert missing == []
    # a dependent territory is a place of its sovereign state ("off Guam": the USA)
    assert cat.get("GUM") is None
    assert {e.state for e in cat.of_kind("place") if e.label in ("Guam", "Greenland", "Hong Kong")} \
        == {"USA", "DNK", "CHN"}


def test_system_entries_carry_category_origin_and_type(cat):
    assert len(cat.systems) >= 400
    for entry in cat.systems.values():
        assert entry.category.split(":", 1)[1] in GUIDELINE_CATEGORIES, entry.id
        assert entry.origins and all(cat.get(o) is not None for o in entry.origins), entry.id
        assert entry.role in ("platform", "weapon")


def test_categories_use_the_guidelines_vocabulary(cat):
    ids = {e.id.split(":", 1)[1] for e in cat.of_kind("category")}
    assert ids == GUIDELINE_CATEGORIES


def test_system_lookup_by_alias_and_error_for_unknown(cat):
    entry = cat.system("Iskander-E")
    assert entry.family == "Iskander" and entry.origins == ("RUS",)
    assert entry.category == "category:ballistic-missiles"
    with pytest.raises(CatalogError):
        cat.system("Nonexistent-9000")


def test_no_alias_names_two_system_families(cat):
    """Only a name read in context ("?A-200": the MEKO frigate's family, scored as the
    gold name A200) may repeat a name of an earlier family, which then wins ties."""
    seen: dict[str, str] = {}
    clashes = []
    for entry in cat.systems.values():
        for alias in entry.aliases:
            if alias.needs_context and alias.text in seen:
                continue
            other = seen.setdefault(alias.text, entry.id)
            if other != entry.id:
                clashes.append((alias.text, other, entry.id))
    assert clashes == []


def test_gold_systems_table_resolves_to_the_same_families(cat, shared):
    wrong = []
    for line in (shared / "gold" / "systems.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        family, *aliases = line.split("\t")
        for name in [family] + aliases:
            if cat.family_of(name) != family:
                wrong.append((name, family, cat.family_of(name)))
    assert wrong == []


def test_fold_matches_the_scorer_key():
    assert fold("Su-30SM") == "su30sm"
    assert fold("Akıncı") == "akinci"


@pytest.mark.parametrize("name, family", [
    ("Aegis Ashore", "Aegis Ashore"), ("Aegis Combat System", "Aegis"),
    ("Hangor-class", "Hangor"), ("Type 039B", "Yuan"), ("CH-92A", "CH-92A"),
    ("CH-4B", "CH-4"), ("K239 Chunmoo", "Chunmoo"), ("MEKO A-200", "A-200"),
    ("MEKO 200", "MEKO"), ("A200 rockets", "A200"),
])
def test_export_and_land_variants_are_their_own_families(cat, name, family):
    assert cat.family_of(name) == family


@pytest.mark.parametrize("name, family, category, origin", [
    ("Pralay", "Pralay", "category:ballistic-missiles", "IND"),
    ("Ghauri-II", "Ghauri", "category:ballistic-missiles", "PAK"),
    ("Hatf-IX", "Nasr", "category:ballistic-missiles", "PAK"),
    ("Ra'ad-II", "Ra'ad", "category:cruise-missiles", "PAK"),
    ("Shahed-238", "Shahed-238", "category:uav", "IRN"),
    ("Garmousha", "Garmousha", "category:uav", "ARE"),
    ("Irbis-E", "Irbis", "category:electronics", "RUS"),
    ("Grifo-S", "Grifo", "category:electronics", "ITA"),
    ("SMART-L", "SMART-L", "category:electronics", "NLD"),
    ("Damocles pod", "Damocles", "category:electronics", "FRA"),
    ("Casspir", "Casspir", "category:armoured-vehicles", "ZAF"),
    ("HJ-12E", "HJ-12", "category:atgm", "CHN"),
    ("Project 75I", "Project 75I", "category:ships", "IND"),
    ("Typhon launcher", "Typhon", "category:missiles", "USA"),
    ("MICA-EM", "MICA", "category:missiles", "FRA"),
    ("Ming-class submarine", "Type 035", "category:ships", "CHN"),
    ("Mohajer-2N", "Mohajer-2", "category:uav", "IRN"),
    ("Peykaap II", "Peykaap", "category:ships", "IRN"),
    ("HDC-3100", "Jose Rizal", "category:ships", "KOR"),
    ("T-50IQ", "T-50", "category:aircraft", "KOR"),
    ("Barak-MX", "Barak MX", "category:air-defence", "ISR"),
    ("Kfir C10", "Kfir", "category:aircraft", "ISR"),
    ("ACMAT Bastion", "Bastion", "category:armoured-vehicles", "FRA"),
    ("J/FPS-3ME", "J/FPS-3", "category:electronics", "JPN"),
    ("MTU 396 engines", "MTU 396", "category:components", "DEU"),
])
def test_systems_once_lumped_are_families_with_their_own_origin(cat, name, family, category, origin):
    entry = cat.system(name)
    assert (entry.family, entry.category) == (family, category) and origin in entry.origins


@pytest.mark.parametrize("name, family", [("Sa\u2019ar 5", "Sa'ar 5"), ("Ra\u2019ad-II", "Ra'ad")])
def test_names_with_a_typeset_apostrophe_resolve(cat, name, family):
    assert cat.family_of(name) == family
    assert any(a.text == name for a in cat.systems[family].aliases)


def test_a_programme_renamed_by_a_merger_keeps_the_name_the_text_uses():
    found = catalog.load()
    assert found.family_of("Tempest programme") == "Tempest"
    assert found.family_of("Global Combat Air Programme") == "GCAP"
    assert found.family_of("Song-class") != found.family_of("Yuan-class")
