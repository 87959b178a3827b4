"""Exact and near-duplicate detection (MinHash LSH over word 5-grams)."""
from __future__ import annotations

from armsgraph.clean import clean
from armsgraph.clean.dedup import NEAR_THRESHOLD, content_hash, find_duplicates, jaccard
from armsgraph.model import Document

ARTICLE = [
    "Poland received the first ten K2 tanks and twenty-four K9 howitzers from South Korea "
    "at the port of Gdynia on 6 December 2022, less than four months after the contracts.",
    "Warsaw agreed in July 2022 to buy as many as 1,000 K2 tanks, 672 K9 howitzers and 48 "
    "FA-50 light combat aircraft, and most later tanks are to be built in Poland under licence.",
    "The purchase is part of a rapid build-up of the Polish armed forces after the Russian "
    "invasion of Ukraine; Poland has sent more than 200 T-72 tanks from its stocks to Kyiv.",
    "In 2019 Poland signed a contract with the United States for 20 HIMARS launchers worth "
    "414 million dollars, and in 2023 Washington approved the possible sale of 486 more.",
]
SAME_EVENT = (
    "South Korean K2 Black Panther tanks have arrived in Poland. A ship carrying ten of the "
    "tanks and two dozen K9 self-propelled guns docked in Gdynia, where President Andrzej Duda "
    "welcomed them. Poland plans to assemble the K2PL variant at home from 2026, officials said, "
    "after a framework deal signed in the summer covering tanks, howitzers and light jets.")


def text(paragraphs):
    return "\n\n".join(paragraphs)


def test_threshold_is_documented_value():
    assert NEAR_THRESHOLD == 0.5


def test_exact_duplicate_ignores_case_spacing_and_punctuation():
    a = text(ARTICLE)
    b = "  " + a.upper().replace(",", " ,").replace("\n\n", "\n") + " "
    assert content_hash(a) == content_hash(b)
    assert find_duplicates({"a": a, "b": b}) == {"a": "b"}   # the longer text is canonical
    assert find_duplicates({"a": a, "b": a}) == {"b": "a"}   # same length: smallest id


def test_republished_copy_with_new_intro_and_footer_is_a_near_duplicate():
    original = text(ARTICLE)
    copy = text(["Regional Security Digest brings you this report from our partners.", *ARTICLE[:3],
                 ARTICLE[3].replace("414 million", "about 414 million"),
                 "This report first appeared elsewhere and is used with permission."])
    assert jaccard(original, copy) >= NEAR_THRESHOLD
    assert find_duplicates({"orig": original, "copy": copy}) == {"orig": "copy"}  # longest wins


def test_report_of_the_same_event_by_another_outlet_is_not_a_duplicate():
    assert jaccard(text(ARTICLE), SAME_EVENT) < 0.1
    assert find_duplicates({"a": text(ARTICLE), "b": SAME_EVENT}) == {}


def test_half_rewritten_article_is_below_threshold():
    rewritten = text(ARTICLE[:2] + [SAME_EVENT, SAME_EVENT.replace("Poland", "Warsaw")])
    assert jaccard(text(ARTICLE), rewritten) < NEAR_THRESHOLD
    assert find_duplicates({"a": text(ARTICLE), "b": rewritten}) == {}


def test_clean_links_duplicates_to_one_canonical_document():
    docs = [Document(id="c", raw=text(ARTICLE)), Document(id="a", raw=text(ARTICLE)),
            Document(id="b", raw=text(ARTICLE[:3] + [ARTICLE[3] + " Officials confirmed it."]))]
    clean(docs)
    by_id = {d.id: d for d in docs}
    assert by_id["b"].duplicate_of is None and by_id["b"].skip_reason is None
    assert by_id["a"].duplicate_of == "b" and by_id["a"].skip_reason == "duplicate of b"
    assert by_id["c"].duplicate_of == "b"
    assert by_id["a"].content_hash == by_id["c"].content_hash != by_id["b"].content_hash


def test_duplicates_are_stable_whatever_the_input_order():
    def run(order):
        docs = [Document(id=i, raw=text(ARTICLE) + (" Extra line here." if i == "z" else ""))
                for i in order]
        clean(docs)
        return {d.id: d.duplicate_of for d in docs}
    assert run(["x", "y", "z"]) == run(["z", "y", "x"]) == {"x": "z", "y": "z", "z": None}
