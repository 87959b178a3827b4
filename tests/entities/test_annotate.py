"""The entity layer on the real spaCy pipeline: linking, metonymy, origin, institutions,
precision on ambiguous words, and the Doc/Document contract of interfaces.md."""
from __future__ import annotations

import pytest

from armsgraph.entities import annotate, annotate_many, get_nlp, mention_of
from armsgraph.model import Document


def mentions(text: str):
    document = Document(id="t", text=text)
    doc = annotate(document)
    return document, doc


def find(document: Document, text: str):
    found = [m for m in document.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in document.mentions]}"
    return found[0]


def find_system(document: Document, name: str):
    """The system mention naming `name`; a noun of its kind after it belongs to it
    ("Su-30SM fighters")."""
    found = [m for m in document.mentions if m.kind == "system"
             and (m.text == name or m.text.startswith(name + " "))]
    assert found, f"no system {name!r} in {[m.text for m in document.mentions]}"
    return found[0]


def test_systems_beat_spacy_ner_and_resolve_to_families():
    document, doc = mentions("Belarus bought Su-30SM fighters and Tor-M2 systems; the "
                             "Palanez was tested. Minsk said the Su-30MKM is different.")
    assert find_system(document, "Su-30SM").id == "Su-30"
    assert find_system(document, "Su-30SM").text == "Su-30SM fighters"
    assert find_system(document, "Tor-M2").id == "Tor"
    assert find(document, "Palanez").id == "Polonez"
    assert find(document, "Su-30MKM").id == "Su-30"        # unlisted variant of a listed one
    assert find_system(document, "Su-30SM").state == "RUS"  # a system acts for its origin
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Su-30SM fighters"] == "system" and labels["Minsk"] == "state"


def test_capital_as_agent_is_metonym_and_as_location_is_place():
    document, _ = mentions("Moscow refused to give Minsk newer aircraft. "
                           "The talks were held in Minsk.")
    agent = [m for m in document.mentions if m.text == "Moscow"][0]
    assert (agent.kind, agent.id, agent.role) == ("state", "RUS", "metonym")
    minsks = [m for m in document.mentions if m.text == "Minsk"]
    assert (minsks[0].kind, minsks[0].id, minsks[0].role) == ("state", "BLR", "metonym")
    assert (minsks[1].kind, minsks[1].state) == ("place", "BLR")


def test_seat_of_power_is_always_the_government():
    document, _ = mentions("Minsk feels that Kremlin is not willing to transfer Iskanders, "
                           "and the Pentagon agreed.")
    assert find(document, "Kremlin").id == "RUS"
    assert find(document, "the Pentagon").id == "USA"
    assert find(document, "Iskanders").id == "Iskander"


def test_origin_marks_the_following_system():
    document, _ = mentions("Last year Belarus purchased 80 armoured personnel carriers "
                           "(Russian-made BTR-82A).")
    origin = find(document, "Russian-made")
    assert (origin.kind, origin.id, origin.role) == ("state", "RUS", "origin")
    assert find(document, "BTR-82A").state == "RUS"
    assert find(document, "armoured personnel carriers").id == "category:armoured-vehicles"


@pytest.mark.parametrize("text, phrase, state", [
    ("It supplied the Belarusian army with tanks.", "Belarusian army", "BLR"),
    ("Russia's Defence Ministry denied it.", "Russia's Defence Ministry", "RUS"),
    ("The Air Force of Kazakhstan received jets.", "Air Force of Kazakhstan", "KAZ"),
    ("The Russian Defence Ministry said so.", "Russian Defence Ministry", "RUS"),
])
def test_armed_forces_and_ministries_stand_for_their_state(text, phrase, state):
    document, _ = mentions(text)
    m = find(document, phrase)
    assert (m.kind, m.id, m.role) == ("state", state, "institution")


def test_people_with_spelling_variants_and_organisations_map_to_states():
    document, _ = mentions("Lukashenka met Defence Minister Andrei Raukou; Lukashenko later "
                           "visited Rosoboronexport and Baykar. Israel Aircraft Industries "
                           "and Lockheed Martin also bid.")
    assert find(document, "Lukashenka").id == find(document, "Lukashenko").id
    assert find(document, "Andrei Raukou").state == "BLR"
    assert find(document, "Rosoboronexport").state == "RUS"
    assert find(document, "Baykar").state == "TUR"
    assert find(document, "Israel Aircraft Industries").state == "ISR"
    assert find(document, "Lockheed Martin").state == "USA"


def test_places_below_the_state_map_to_their_state():
    document, _ = mentions("Exercises were held near Babruysk, Kobryn and Smolensk.")
    assert find(document, "Babruysk").state == "BLR"
    assert find(document, "Kobryn").state == "BLR"
    assert find(document, "Smolensk").state == "RUS"


def test_dateline_capitals_and_us_states_are_places_of_their_state():
    document, _ = mentions("LAHORE, March 3 (AP) - Nammo will build a plant in Virginia, "
                           "not in Georgia.")
    assert find(document, "LAHORE").state == "PAK"
    assert find(document, "Virginia").state == "USA"
    assert find(document, "Georgia").state == "GEO"   # the country keeps its name


def test_indian_groups_by_their_short_names_act_for_india():
    document, _ = mentions("Airbus signed an MoU with Tata Advanced Systems, and Embraer one with Mahindra.")
    assert find(document, "Tata Advanced Systems").state == "IND"
    assert find(document, "Mahindra").state == "IND"


def test_a_town_named_like_a_company_is_not_the_company():
    # Tata is also a Hungarian garrison town; the Indian group goes by its full names
    document, _ = mentions("The first Leopard tanks arrived in Tata, west of Budapest.")
    assert not any(m.kind == "organisation" for m in document.mentions)


@pytest.mark.parametrize("text, word", [
    ("The Tor browser hides traffic.", "Tor"),
    ("He wanted to split the bill in May.", "May"),
    ("We will meet in Nice weather.", "Nice"),
    ("The police said the patriot act was debated.", "patriot"),
    ("Two rounds of talks were held.", "rounds"),
    ("She has a mobile phone and a reading list.", "mobile"),
])
def test_common_words_are_not_entities(text, word):
    document, _ = mentions(text)
    assert not [m for m in document.mentions if m.text.lower() == word.lower()
                and m.kind in ("system", "place", "category", "state")]


def test_ambiguous_system_name_needs_military_context():
    document, _ = mentions("Russia delivered Tor air-defence systems to Belarus.")
    assert find_system(document, "Tor").id == "Tor"


def test_generic_nouns_map_to_categories():
    document, _ = mentions("Russian troops, fighter jets, drones and howitzers arrived at the "
                           "air base with ammunition and shells.")
    got = {m.text: m.id for m in document.mentions if m.kind == "category"}
    assert got == {"troops": "category:troops", "fighter jets": "category:aircraft",
                   "drones": "category:uav", "howitzers": "category:artillery",
                   "air base": "category:airbase", "ammunition": "category:ammunition",
                   "shells": "category:ammunition"}


def test_doc_spans_match_document_mentions_and_mention_of():
    document, doc = mentions("Moscow will deliver four batteries of S-300 to Belarus on 17 June.")
    spans = doc.spans["mentions"]
    assert len(spans) == len(document.mentions)
    for span, mention in zip(spans, document.mentions):
        assert (span.start_char, span.end_char) == (mention.begin, mention.end)
        assert span.label_ == mention.kind and span.kb_id_ == mention.id
        assert document.text[mention.begin:mention.end] == mention.text
        assert mention_of(span[0]) is mention
    assert mention_of(doc[2]) is None                         # "deliver"
    assert {m.kind for m in document.mentions} >= {"state", "system", "date", "quantity"}
    assert [s.text for s in document.sentences] == [document.text]
    assert all(m.sentence == 0 for m in document.mentions)


def test_annotate_many_keeps_order_and_passes_skipped_documents():
    docs = [Document(id="a", text="Belarus bought S-400."),
            Document(id="b", text="Текст", skip_reason="language: ru"),
            Document(id="c", text="Turkey sold Bayraktar TB2 drones to Ukraine.")]
    out = list(annotate_many(docs, batch_size=2))
    assert [d.id for d, _ in out] == ["a", "b", "c"]
    assert out[1][1] is None and out[1][0].mentions == []
    assert {m.id for m in out[2][0].mentions} >= {"TUR", "Bayraktar TB2", "UKR"}


def test_pipeline_loads_once_per_process():
    assert get_nlp() is get_nlp()
    assert "armsgraph_mentions" in get_nlp().pipe_names


def test_tokenizer_cache_has_room_for_running_text_after_the_catalog():
    # the component tokenizes every alias once; spaCy stops caching chunks at
    # max_cache_size, and running text was then split afresh each time (6x slower)
    from armsgraph.catalog import load
    aliases = sum(1 for _ in load().aliases())
    assert get_nlp().tokenizer.max_cache_size >= aliases + 100_000


@pytest.mark.parametrize("text", ["", "   \n\n "])
def test_empty_text_gives_no_mentions(text):
    document, doc = mentions(text)
    assert document.mentions == [] and list(doc.spans["mentions"]) == []


def test_dateline_capital_is_a_place_and_from_the_capital_is_the_government():
    document, _ = mentions("KIEV, August 1. Belarus received S-400 systems from Moscow.")
    kiev, moscow = find(document, "KIEV"), find(document, "Moscow")
    assert (kiev.kind, kiev.state) == ("place", "UKR")
    assert (moscow.kind, moscow.id, moscow.role) == ("state", "RUS", "metonym")


def test_city_named_like_a_surname_yields_to_the_person():
    document, _ = mentions("Foreign Secretary Philip Hammond met officials in Damascus.")
    assert not [m for m in document.mentions if m.kind == "place" and m.text == "Hammond"]
    assert find(document, "Damascus").kind == "place"


def test_sipri_style_and_unlisted_variant_designations_in_text():
    document, _ = mentions("Delivered: 9M723 Iskander missiles, B-200 Polonez launchers "
                           "and Su-30MKM jets; not a system: the 21st brigade.")
    assert find_system(document, "9M723 Iskander").id == "Iskander"
    assert find_system(document, "B-200 Polonez").id == "Polonez"
    assert find_system(document, "Su-30MKM").id == "Su-30"
    assert not [m for m in document.mentions if m.kind == "system" and "21st" in m.text]


def test_annotate_many_streams_from_an_iterator():
    docs = (Document(id=str(i), text="Belarus bought S-400.",
                     skip_reason="duplicate" if i % 3 == 0 else None) for i in range(7))
    out = [(d.id, parsed is not None) for d, parsed in annotate_many(docs, batch_size=2)]
    assert out == [("0", False), ("1", True), ("2", True), ("3", False), ("4", True),
                   ("5", True), ("6", False)]


def test_named_warships_are_ships_of_their_navy():
    document, _ = mentions("The destroyers USS Hopper and USS Mahan joined HMS Ocean; "
                           "INS Vikrant sailed.")
    hopper = find(document, "USS Hopper")
    assert (hopper.kind, hopper.id, hopper.state) == ("category", "category:ships", "USA")
    assert find(document, "INS Vikrant").id == "Vikrant"
    assert find(document, "HMS Ocean").state == "GBR"


def test_a_named_warship_at_the_end_of_a_sentence_keeps_its_navy():
    document, _ = mentions("The frigate sailed beside ROCS Kang Ding.")
    ship = find(document, "ROCS Kang Ding")
    assert (ship.id, ship.state) == ("category:ships", "TWN")


def test_kaan_in_title_case_is_the_fighter_only_next_to_a_weapon_word():
    document, _ = mentions("Mr Kaan said Indonesia will buy 48 Kaan fighters.")
    kaan = [m for m in document.mentions if m.id == "KAAN"]
    assert [m.text for m in kaan] == ["Kaan fighters"]


def test_numbered_successors_keep_their_own_family_and_new_places_their_state():
    document, _ = mentions("Iran fired a Khorramshahr-4 and India an Agni-Prime off Goa; "
                           "Taiwan tested Hsiung Feng III missiles near the Eastern Cape.")
    ids = {m.text: m.id for m in document.mentions}
    assert ids["Khorramshahr-4"] == "Khorramshahr-4" and ids["Agni-Prime"] == "Agni-P"
    assert find(document, "Goa").state == "IND"
    assert find(document, "Eastern Cape").state == "ZAF"
    assert any(m.id == "Hsiung Feng III" for m in document.mentions)


def test_numbered_and_renamed_models_keep_their_own_printed_family():
    document, _ = mentions("Korea test-fired a Hyunmoo-5 and ordered Cheongung II batteries; "
                           "Canada bought Victoria-class submarines.")
    assert find(document, "Hyunmoo-5").id == "Hyunmoo-5"
    assert find(document, "Cheongung II").id == "Cheongung II"
    assert find(document, "Victoria-class submarines").id == "Victoria"


def test_an_ambiguous_system_name_after_in_is_a_place():
    document, _ = mentions("Hanwha builds Redback vehicles in Victoria.")
    assert not any(m.kind == "system" and m.text == "Victoria" for m in document.mentions)


def test_tank_destroyers_are_armoured_vehicles_not_ships():
    document, _ = mentions("The army received 20 tank destroyers.")
    assert find(document, "tank destroyers").id == "category:armoured-vehicles"


def test_european_programmes_are_systems_of_their_partner_states():
    document, _ = mentions("The Eurodrone and the MGCS tank are behind schedule.")
    assert find(document, "Eurodrone").id == "Eurodrone"
    assert find(document, "MGCS tank").id == "MGCS"


def test_an_acronym_defined_in_brackets_stands_for_its_party_across_the_text():
    document, _ = mentions("The Royal Thai Air Force (RTAF) wants new jets. Washington told RTAF "
                           "officers in May that the request was under review.")
    later = [m for m in document.mentions if m.text == "RTAF"]
    assert later and all(m.id == "THA" for m in later)
    # an acronym no bracket defines acts for no state
    document, _ = mentions("Washington told QXZ officers in May that the request was under review.")
    assert all(m.state is None and m.id != "THA" for m in document.mentions if m.text == "QXZ")


def test_a_name_in_capitals_is_read_as_the_name():
    document, _ = mentions("The KAPLAN MT tank, built by FNSS, is called HARIMAU in Indonesia.")
    assert any(m.kind == "system" and m.id == "Kaplan MT" for m in document.mentions)
    document, _ = mentions("SUBJECT: SRI LANKA: AIR FORCE SHOPS WIDELY")
    assert any(m.kind == "state" and m.id == "LKA" for m in document.mentions)
