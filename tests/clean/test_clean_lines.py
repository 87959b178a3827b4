"""Line cleaning of extracted text: each mechanism on hand-written documents, and the
sentences of the article always kept."""
from __future__ import annotations

from armsgraph.clean import CleanOptions, clean
from armsgraph.clean.lines import clean_lines, is_spam, pattern_kind
from armsgraph.model import Document

P1 = ("Russia agreed in 2015 to hand over four S-300 battalions to Belarus free of charge, "
      "the defence ministry in Minsk said on Tuesday after talks with Russian officials.")
P2 = ("The systems arrived by rail in the spring of 2016 and joined the regional air defence "
      "system that the two countries run together in the west of Belarus.")
P3 = ("Minsk has also asked Moscow for Tor-M2 short-range systems, and one more battalion is "
      "expected by the end of next year, according to the ministry.")
P4 = ("Belarusian officers said Russian specialists would help to repair the launchers at a "
      "plant in Barysau, where older air defence equipment has been overhauled for years.")
BODY = [P1, P2, P3, P4]


def kept(text: str, **kw) -> str:
    return clean_lines(text, **kw).text


def assert_body_kept(text: str) -> None:
    for paragraph in BODY:
        assert paragraph in text


def test_title_byline_and_date_from_text():
    raw = "\n".join([" date 2016-05-10 Russia hands S-300 batteries to Belarus",
                     "By Ales Kavalenka", *BODY])
    result = clean_lines(raw)
    assert result.title == "Russia hands S-300 batteries to Belarus"
    assert result.author == "Ales Kavalenka"
    assert result.date == "2016-05-10"
    assert result.text == "\n\n".join(BODY)


def test_a_dated_byline_under_the_headline_gives_the_date_not_the_title():
    for byline in ("AIR DEFENCE MONTHLY | 14 May 2016", "Minsk bureau · 14 May 2016"):
        result = clean_lines("\n\n".join(["Belarus gets its S-300 batteries", byline, *BODY]))
        assert result.title == "Belarus gets its S-300 batteries"
        assert result.date == "2016-05-14"
        assert result.text == "\n\n".join(BODY)


def test_a_galleries_numbered_captions_are_dropped():
    raw = "\n\n".join([P1, "[3/12] Officers inspect a launcher. Moscow still sends spares.",
                        P2, "Photo 4 of 12: the control room of the battery.", P3, P4])
    result = clean_lines(raw)
    assert result.text == "\n\n".join(BODY)


def test_an_outlet_or_section_line_under_the_headline_is_a_masthead_not_the_title():
    result = clean_lines("\n".join(["S-300: from loan to gift", "Air Defence Review | Programmes", *BODY]))
    assert result.title == "S-300: from loan to gift"
    assert result.text == "\n\n".join(BODY)


def test_first_line_that_is_a_sentence_is_not_a_title():
    result = clean_lines("\n".join(BODY))
    assert result.title is None and result.text == "\n\n".join(BODY)


def test_truncated_teaser_copy_of_a_later_paragraph():
    teaser = P1[:90].rsplit(" ", 1)[0] + "..."
    text = kept("\n\n".join(["Headline about air defence", teaser, *BODY]))
    assert teaser not in text
    assert_body_kept(text)


def test_read_more_teaser_with_its_headline():
    raw = "\n\n".join([P1, P2, "Why Minsk looks to China for rockets",
                       "Belarus builds its own launchers with Chinese help Read more", P3, P4])
    text = kept(raw)
    assert "Read more" not in text and "Why Minsk looks" not in text
    assert_body_kept(text)


def test_captions_prompts_bios_and_counters():
    raw = "\n".join([P1, "An S-300PS launcher in Minsk. Photo: Ministry of Defence", P2,
                     "Subscribe to our newsletter", "Sign up to receive regular emails about our work.",
                     P3, P4, "Ales Kavalenka", "Ales Kavalenka is a defence analyst at the Centre.",
                     "1,204 reads"])
    result = clean_lines(raw)
    assert result.text == "\n\n".join(BODY)
    assert result.author == "Ales Kavalenka"
    reasons = {reason for reason, _ in result.dropped}
    assert {"caption", "subscribe", "counter", "author bio"} <= reasons


def test_keyword_spam_and_tag_clouds():
    spam = " ".join(["cheap flights istanbul", "cheap hotels ankara", "cheap flights ankara"] * 5)
    assert is_spam(spam)
    assert not is_spam(P1) and not is_spam(P2)
    text = kept("\n".join([*BODY, spam]))
    assert spam not in text
    assert_body_kept(text)


def test_trailing_teaser_list_recognised_by_a_repeated_item():
    teasers = ["The inaugural conference in Vilnius was organised by a policy institute.",
               "The platform issued a statement on the detention of journalists in Minsk.",
               "The economy faces tightening because of the pandemic and an oil dispute.",
               "The inaugural conference in Vilnius was organised by a policy institute.",
               "The platform welcomes the dialogue held in Minsk in April 2017 with the EU."]
    assert kept("\n".join([*BODY, *teasers])) == "\n\n".join(BODY)


def test_teaser_list_starts_at_the_first_repeated_item():
    """One-sentence lines above the first repeat look like news paragraphs: they stay."""
    teasers = ["The platform issued a statement on the detention of journalists in Minsk.",
               "The inaugural conference in Vilnius was organised by a policy institute.",
               "The economy faces tightening because of the pandemic and an oil dispute.",
               "The inaugural conference in Vilnius was organised by a policy institute."]
    text = kept("\n".join([*BODY, *teasers]))
    assert text == "\n\n".join([*BODY, teasers[0]])


def test_background_paragraphs_at_the_end_are_kept():
    """News articles end with background full of new words; no repeat, so it stays."""
    background = ["The Patriot is a mobile air defence system made by Raytheon.",
                  "Moscow deployed Iskander missiles to Kaliningrad last year, officials said.",
                  "Poland and Lithuania border the Russian exclave on the Baltic coast."]
    text = kept("\n".join([*BODY, *background]))
    for line in background:
        assert line in text


def test_trailing_headlines_of_other_articles():
    tail = ["Read also on the topic:", "Military expert compares Yak-130M and Su-25",
            "India to modernise Su-30MKI fighters", "Now on home",
            "The company signed a cooperation agreement with a tractor plant"]
    assert kept("\n".join([*BODY, *tail])) == "\n\n".join(BODY)


def test_a_single_cut_off_last_line_is_kept():
    cut = "Under the terms of the export licence Berlin kept a veto on any transfer of the"
    assert cut in kept("\n".join([*BODY, cut]))


def test_short_label_lines_at_the_end_are_dropped():
    assert kept("\n".join([*BODY, "Situation in Belarus"])) == "\n\n".join(BODY)


def test_disclaimer_and_its_echo():
    raw = "\n".join([*BODY, "Europe's Edge is the online journal of the Centre covering policy in "
                     "Europe. All opinions are those of the author and do not necessarily "
                     "represent the position of the Centre.",
                     "The online journal of the Centre covering policy in Europe.", "Read More"])
    assert kept(raw) == "\n\n".join(BODY)


def test_patterns_only_apply_to_short_lines():
    long_line = ("Analysts said the photo: published by the ministry showed launchers that "
                 + "were moved to the border region over several nights in a row, " * 4).strip()
    assert pattern_kind("Photo: Reuters") == "caption"
    assert pattern_kind(long_line) is None


def test_corpus_boilerplate_is_learned_per_source(tmp_path):
    nav = "Belarus-Russia relations Belarusian language travel to Belarus"
    other = ["Tanks were delivered to Serbia in 2021, the defence ministry in Belgrade said. "
             "The vehicles came from Russian army stocks and were upgraded before delivery.",
             "India tested the Agni-V missile from an island off Odisha, officials said on "
             "Wednesday. The test was carried out at night and hit its target."]
    docs = [Document(id=f"a{i}", raw=f"{nav}\n{body}", path=str(tmp_path / "site1" / f"a{i}.txt"))
            for i, body in enumerate(other)]
    docs.append(Document(id="b0", raw=f"{nav}\n{P1}\n{P2}", path=str(tmp_path / "site2" / "b0.txt")))
    clean(docs, CleanOptions(find_title=False))
    assert all(nav not in d.text for d in docs[:2])     # repeated within site1: learned
    assert nav in docs[2].text                          # alone in site2: kept
    clean(docs, CleanOptions(find_title=False, learn_boilerplate=False))
    assert nav in docs[0].text


def test_html_extraction_and_metadata():
    html = f"""<html><head><title>Poland gets K2 tanks | Review</title>
    <meta property="og:title" content="Poland gets K2 tanks">
    <meta property="og:site_name" content="Review"><meta name="author" content="Marta Z">
    <meta property="article:published_time" content="2022-12-07"></head><body>
    <nav><a href="/">Home</a> | <a href="/land">Land</a></nav>
    <article><h1>Poland gets K2 tanks</h1><p>{P1}</p><p>{P2}</p>
    <p>Photo: Review archive</p><p>{P3}</p><p>{P4}</p></article>
    <footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"""
    doc = clean([Document(id="k2", raw=html, format="html")])[0]
    assert (doc.title, doc.author, doc.date, doc.site) == ("Poland gets K2 tanks", "Marta Z",
                                                           "2022-12-07", "Review")
    assert doc.text == "\n\n".join(BODY)


def test_cleaning_is_deterministic():
    raw = "\n".join(["Headline", *BODY, "Subscribe to our newsletter"])
    first = clean([Document(id="x", raw=raw)])[0]
    second = clean([Document(id="x", raw=raw)])[0]
    assert first.metadata() == second.metadata() and first.text == second.text


def test_one_paragraph_feed_entry_is_not_lost():
    """trafilatura declines tiny fragments; the visible text of the markup is used then."""
    html = f"<p>{P1}</p><script>track()</script>"
    doc = clean([Document(id="e", raw=html, format="feed")])[0]
    assert doc.text == P1 and doc.skip_reason is None


def test_common_page_furniture_in_scraped_text():
    furniture = ["June 5, 2023", "4 min read", "Click to share on Twitter (Opens in new window)",
                 "Like this:", "Loading...", "Posted in Defence | Tagged Belarus, Russia",
                 "Leave a Reply", "Your email address will not be published.",
                 "Follow us on Twitter and Facebook.",
                 "(Reporting by Anna Smith; Editing by John Doe)",
                 "Email the author at editor@example.com or follow her on Twitter @example."]
    raw = "\n".join([P1, furniture[0], furniture[1], P2, P3, furniture[2], P4, *furniture[3:]])
    result = clean_lines(raw)
    assert result.text == "\n\n".join(BODY), result.dropped
    assert result.date == "2023-06-05"


def test_repeated_long_paragraph_is_kept_once():
    text = kept("\n".join(["A headline about tanks", P1, P2, P1, P3, P4]))
    assert text.count(P1) == 1 and text.startswith(P2)


def test_question_headline_below_leftover_navigation():
    raw = "\n".join(["Belarus-Russia relations Belarusian language travel to Belarus",
                     "Is Russia about to send new weapons to Belarus?", *BODY])
    result = clean_lines(raw)
    assert result.title == "Is Russia about to send new weapons to Belarus?"
    assert result.text == "\n\n".join(BODY)


def test_dates_are_normalised_to_iso():
    from armsgraph.clean import iso_date
    assert iso_date("2022-06-23T10:00:00Z") == "2022-06-23"
    assert iso_date("23 June 2022") == "2022-06-23" and iso_date("2022") == "2022"
    doc = clean([Document(id="j", raw="\n".join(BODY), date="June 23, 2022")])[0]
    assert doc.date == "2022-06-23"


def test_a_table_rendered_as_text_is_kept_and_a_navigation_bar_is_not():
    table = ("Buyer | System | Quantity | Status | Notes\n"
             "------|--------|----------|--------|------\n"
             "Kenya | Bayraktar TB2 | 6 | Delivered (2022) | Paid in cash\n"
             "Chad | Anka | 4 | Contract signed | Deliveries from 2026\n")
    nav = "Home | World | Defence | Economy | Opinion | Video"
    text = kept("\n\n".join([nav, P1, table, P2]))
    assert "Kenya | Bayraktar TB2 | 6 | Delivered (2022) | Paid in cash" in text
    assert "Chad | Anka | 4 | Contract signed" in text
    assert "------" not in text
    assert nav not in text
