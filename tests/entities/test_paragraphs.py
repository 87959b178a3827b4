"""Sentence starts at paragraph breaks (entities/paragraphs.py), on the real pipeline."""
from armsgraph.entities import annotate
from armsgraph.model import Document


def sentences(text: str) -> list[str]:
    document = Document(id="t", text=text)
    annotate(document)
    return [s.text.strip() for s in document.sentences]


def test_a_headline_without_a_full_stop_is_its_own_sentence():
    found = sentences("Chile buys Dutch F-16s\n\nChile signed for six used jets on Monday.")
    assert found[0] == "Chile buys Dutch F-16s"
    assert found[1].startswith("Chile signed")


def test_each_bullet_starts_a_sentence_even_after_a_single_line_break():
    found = sentences("Orders so far:\n• PERU – 24 jets from Korea; deliveries in 2027\n"
                      "• CHILE – six used F-16s from the Netherlands")
    assert any(s.startswith("• PERU") for s in found)
    assert any(s.startswith("• CHILE") for s in found)
    assert not any("PERU" in s and "CHILE" in s for s in found)


def test_a_hard_wrapped_line_inside_a_paragraph_does_not_end_the_sentence():
    found = sentences("The ministry said on Monday that the first six jets\nwould arrive in May.")
    assert len(found) == 1


def test_a_time_stamp_line_of_a_live_blog_is_not_part_of_the_next_sentence():
    found = sentences("14:20\nPoland has received two more Patriot batteries, the ministry says.\n\n"
                      "14:45\nGermany confirms the delivery.")
    assert "14:20" in found and "14:45" in found
    assert any(s.startswith("Poland has received") for s in found)


def test_the_text_kept_on_the_doc_is_its_text_and_a_doc_cut_from_it_gets_its_own():
    from armsgraph.entities import get_nlp
    from armsgraph.entities.paragraphs import TEXT_KEY, text_of
    text = "Peru ordered 24 jets.\n\n  Chile bought six more in 2024.  \n"
    doc = get_nlp()(text)
    assert doc.user_data[TEXT_KEY] == text == text_of(doc) == doc.text
    cut = doc[6:].as_doc(copy_user_data=True)
    assert cut.user_data.get(TEXT_KEY) == text      # carried over, stale
    assert text_of(cut) == cut.text != text
    head = doc[:5].as_doc(copy_user_data=True)
    assert text_of(head) == head.text == "Peru ordered 24 jets."


def test_sentence_texts_are_the_spans_texts():
    from armsgraph.entities import annotate
    text = "Peru ordered 24 jets.  \n\nChile bought six more in 2024 , officials said.\n"
    document = Document(id="t", text=text)
    doc = annotate(document)
    assert [s.text for s in document.sentences] == [s.text for s in doc.sents]
    assert len(document.sentences) >= 2


def test_a_dateline_ends_before_the_lede_it_opens():
    found = sentences("Moscow, 3 March (TASS) - North Korea test-launched a new ballistic missile on Thursday.")
    assert found[-1].startswith("North Korea test-launched")
    found = sentences("Peace talks stall\n\nKYIV, Ukraine (AP) — Poland and Ukraine signed a new deal on Monday.")
    assert found[-1].startswith("Poland and Ukraine signed")
    assert sentences("BEIRUT (AP) — Senegal and France held a naval exercise.")[-1].startswith("Senegal and France")


def test_a_dash_inside_a_sentence_is_no_dateline():
    assert len(sentences("Iran — long a buyer of Russian arms — said it wants Su-35 jets.")) == 1
    assert len(sentences("Russia - the largest supplier - sold India most of its jets.")) == 1


def test_the_first_words_after_a_paragraph_break_stay_in_their_sentence():
    # (the parser, given the start, cut "Russian" off as a sentence of its own)
    found = sentences("Analysis: the arms trade\n\nRussian and Chinese naval ships began joint exercises "
                      "off Russia's Pacific coast on Thursday.")
    assert found[-1].startswith("Russian and Chinese naval ships")


def test_the_model_reads_a_line_bullet_as_an_asterisk_of_the_same_length():
    from armsgraph.entities.paragraphs import parse_text
    text = "Orders:\n• Peru – 24 jets\n  ▪️ Chile – six F-16s\n- Oman: eight Hawks\nA well-known - dash stays."
    parsed = parse_text(text)
    assert len(parsed) == len(text)
    assert parsed.splitlines() == ["Orders:", "* Peru – 24 jets", "  *  Chile – six F-16s", "* Oman: eight Hawks",
                                   "A well-known – dash stays."]   # (a lone hyphen is read as a dash)


def test_the_model_reads_a_lone_hyphen_between_words_as_a_dash():
    from armsgraph.entities.paragraphs import parse_text
    text = "Chile bought the NASAMS system - sources say it arrived in 2024 - and a Su-30 - 2 in 2013 - 2015."
    assert parse_text(text) == text.replace(" - ", " \u2013 ")
    # the sentence keeps the text's own hyphen
    assert sentences(text)[0] == text


def test_sentences_keep_the_bullets_of_the_text():
    found = sentences("Orders so far:\n\n• PERU – 24 jets from Korea.\n\n▪️ CHILE – six used F-16s.")
    assert found[1].startswith("• PERU") and found[2].startswith("▪️ CHILE")


def test_the_model_reads_an_open_line_before_a_blank_line_as_stopped():
    from armsgraph.entities.paragraphs import parse_text
    text = "Defence news\n\nPoland signed for tanks.\n\nWhy it matters:\n\nThe line goes on\nover two lines."
    assert parse_text(text) == "Defence news.\nPoland signed for tanks.\n\nWhy it matters:\n\nThe line goes on\nover two lines."
    assert sentences(text)[0] == "Defence news"


def test_a_reference_mark_after_a_full_stop_still_ends_the_sentence():
    found = sentences("Chile signed for six used jets in 2019 and took the last in 2021.[3] Peru bought two "
                      "transport aircraft in 2020, according to the ministry.[4][5] Ecuador ordered none.[a]")
    assert len(found) == 3 and found[1].startswith("Peru bought")


def test_an_emoji_that_ends_a_sentence_before_a_capital_ends_it():
    from armsgraph.entities.paragraphs import parse_text
    text = "Paris still sulks 😏 And Ankara sends drones 🇹🇷🇲🇱 to Bamako ❗️"
    assert len(parse_text(text)) == len(text)
    found = sentences(text)
    assert len(found) == 2 and found[1].startswith("And Ankara sends drones")


def test_the_model_reads_an_editors_aside_in_brackets_as_blanks():
    from armsgraph.entities.paragraphs import parse_text
    text = "Peru signed for 24 K2 tanks (see map). The frigate (pictured) and the Su-35 (Flanker-E) stay."
    read = parse_text(text)
    assert len(read) == len(text)
    assert "see map" not in read and "pictured" not in read
    assert "(Flanker-E)" in read      # a name in brackets is no aside
