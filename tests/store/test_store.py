"""The store on SQLite and PostgreSQL: ingest, idempotence, deals, queries."""
from __future__ import annotations

import dataclasses

import pytest

from armsgraph.model import Claim
from armsgraph.store import ClaimFilter, DealFilter, open_store
from armsgraph.store.errors import BadQuery, DocumentRejected
from store_factory import corpus, make_doc, transfer


def _iskander(store):
    page = store.deals({"supplier": "RUS", "recipient": "BLR", "system": "Iskander", "type": "transfer"})
    assert page["total"] == 1
    return page["items"][0]


def test_ingest_counts_and_idempotence(store):
    report = store.ingest_documents(corpus())
    assert (report.added, report.unchanged, report.claims, report.errors) == (3, 0, 8, [])
    before = store.stats()
    again = store.ingest_documents(corpus())
    assert (again.added, again.updated, again.unchanged, again.claims) == (0, 0, 3, 0)
    after = store.stats()
    for key in ("documents", "sentences", "mentions", "entities", "claims", "deals"):
        assert before[key] == after[key], key
    assert after["documents"] == 3 and after["claims"] == 8 and after["sentences"] == 8


def test_deal_merges_articles_into_dated_history(store):
    store.ingest_documents(corpus())
    deal = _iskander(store)
    steps = [(s["status"], s["year"]) for s in deal["history"]]
    assert steps == [("proposed", 2007), ("refused", 2016), ("planned", 2023), ("done", 2023)]
    assert deal["status"] == "done"
    assert deal["sources"] == 3 and deal["outlets"] == 2 and deal["claims"] == 4
    assert (deal["first_year"], deal["last_year"]) == (2007, 2023)
    assert (deal["first_seen"], deal["last_seen"]) == ("2016-09-10", "2023-12-20")
    assert deal["contradiction"] is False
    full = store.deal(deal["id"])
    quotes = [c["sentence"] for step in full["history"] for c in step["claims"]]
    assert "In 2016 the Kremlin refused to supply the Iskander-M systems." in quotes
    assert {d["id"] for d in full["documents"]} == {"a-2016", "b-2023", "c-2023"}
    assert all(c["doc_title"] for c in full["claim_items"])


def test_contradiction_needs_two_documents_for_one_year(store):
    one = make_doc("x1", ["Russia delivered the S-300 to Serbia in 2019."],
                   [transfer("done", 2019, "S-300", recipient="SRB")], date="2019-05-01")
    two = make_doc("x2", ["Russia refused to sell the S-300 to Serbia in 2019."],
                   [transfer("refused", 2019, "S-300", recipient="SRB")], date="2019-06-01")
    same = make_doc("x3", ["Serbia asked for Pantsir in 2018.", "Moscow refused the Pantsir in 2018."],
                    [transfer("proposed", 2018, "Pantsir", recipient="SRB", s=0),
                     transfer("refused", 2018, "Pantsir", recipient="SRB", s=1)])
    store.ingest_documents([one, two, same])
    s300 = store.deals({"system": "S-300"})["items"][0]
    assert s300["contradiction"] is True
    assert s300["contradictions"][0]["documents"] == ["x1", "x2"]
    pantsir = store.deals({"system": "Pantsir"})["items"][0]
    assert pantsir["contradiction"] is False
    assert store.deals({"contradiction": True})["total"] == 1


def test_changed_document_replaces_its_claims_and_deals(store):
    store.ingest_documents(corpus())
    deal_id = _iskander(store)["id"]
    docs = corpus()
    docs[2].claims = [c for c in docs[2].claims if c.system != "Iskander"]   # drop the delivery
    report = store.ingest_documents(docs)
    assert (report.updated, report.unchanged) == (1, 2)
    deal = _iskander(store)
    assert deal["id"] == deal_id, "a deal keeps its id when its claims change"
    assert deal["status"] == "planned" and deal["claims"] == 3
    assert store.stats()["claims"] == 7
    # a deal whose last claim disappears is removed
    docs[2].claims = []
    store.ingest_documents(docs)
    assert store.deals({"supplier": "CHN"})["total"] == 0


def test_claim_filters(store):
    store.ingest_documents(corpus())
    assert store.claims({"supplier": "RUS", "recipient": "BLR", "status": "done"})["total"] == 1
    assert store.claims(ClaimFilter(status="done,planned", since=2021))["total"] == 4
    assert store.claims({"since": 2015, "until": 2016})["total"] == 2
    assert store.claims({"type": "exercise"})["items"][0]["participants"] == ["BLR", "RUS"]
    assert store.claims({"actor": "SRB"})["total"] == 1
    assert store.claims({"host": "BLR", "type": "deployment"})["items"][0]["system"] == "S-400"
    assert store.claims({"text": "Iskander"})["total"] == 4
    assert store.claims({"text": "refused", "supplier": "RUS"})["total"] == 1
    assert store.claims({"doc": "c-2023"})["total"] == 2
    assert store.claims({"hedged": True})["items"][0]["source"] == "reports"
    page = store.claims(limit=3, offset=3)
    assert (len(page["items"]), page["total"], page["limit"], page["offset"]) == (3, 8, 3, 3)
    years = [c["event_year"] for c in store.claims(limit=100)["items"]]
    assert years == sorted(years, reverse=True)
    with pytest.raises(BadQuery) as err:
        store.claims({"status": "delivered"})
    assert err.value.code == "AG506"
    with pytest.raises(BadQuery):
        store.claims({"colour": "red"})


def test_deal_filters_match_dated_steps(store):
    store.ingest_documents(corpus())
    # done since 2015: the Iskander delivery (2023), the S-400 stationing, Wing Loong, Polonez, exercise
    assert _iskander(store)["id"] in [d["id"] for d in store.deals(DealFilter(status="done", since=2021))["items"]]
    # the refusal happened in 2016, not later
    assert store.deals({"status": "refused", "since": 2017})["total"] == 0
    assert store.deals({"status": "refused", "until": 2016})["total"] == 1
    assert store.deals({"actor": "BLR", "type": "cooperation"})["items"][0]["parties"] == ["BLR", "RUS"]
    assert store.deals({"text": "Wing Loong"})["items"][0]["supplier"] == "CHN"
    assert store.deals({"doc": "b-2023"})["total"] == 3


def test_documents_search_entities_stats_graph(store):
    docs = corpus()
    docs.append(make_doc("ru-1", ["Россия поставила"], [], language="ru", skip_reason="language: ru"))
    docs.append(make_doc("dup-1", ["copy"], [], duplicate_of="a-2016", skip_reason="duplicate of a-2016"))
    report = store.ingest_documents(docs)
    assert report.skipped == 2
    doc = store.document("a-2016")
    assert doc["text"].startswith("Minsk asked") and len(doc["sentences"]) == 3
    assert doc["duplicates"] == ["dup-1"]
    for c in doc["claims"]:
        assert doc["text"][c["start"]:c["end"]] == c["sentence"]
    m = doc["mentions"][0]
    assert doc["text"][m["begin"]:m["end"]] == m["text"]
    assert store.document("ru-1")["skip_reason"] == "language: ru"
    assert store.document("nope") is None
    assert store.documents(skipped=True)["total"] == 2
    assert store.documents(limit=2)["total"] == 5
    hits = store.search("refused Iskander")
    assert hits["total"] == 1 and hits["items"][0]["doc_id"] == "a-2016"
    assert "[" in hits["items"][0]["snippet"]
    assert store.search("stationed")["items"][0]["doc_id"] == "b-2023"  # stemming: stationed/station
    ents = store.entities(kind="state")
    assert {e["id"] for e in ents["items"]} == {"BLR", "RUS"}
    stats = store.stats()
    assert stats["skipped_documents"] == 2 and stats["claims_by_type"]["transfer"] == 5
    assert stats["top_suppliers"][0]["id"] == "RUS"
    graph = store.graph({"type": "transfer"})
    assert {(e["source"], e["target"]) for e in graph["edges"]} == {("RUS", "BLR"), ("CHN", "SRB")}
    assert {n["id"] for n in graph["nodes"]} == {"RUS", "BLR", "CHN", "SRB"}


def test_bad_document_is_rejected_and_the_rest_stored(store):
    good, bad = corpus()[:2]
    bad.claims[0] = dataclasses.replace(bad.claims[0], status="delivered")
    worse = make_doc("w", ["One sentence."])
    worse.sentences[0].end = 999
    report = store.ingest_documents([bad, worse, good])
    assert report.added == 1 and len(report.errors) == 2
    assert all(isinstance(e, DocumentRejected) and e.code == "AG505" for e in report.errors)
    assert "delivered" in str(report.errors[0]) and "b-2023" in str(report.errors[0])
    assert store.stats()["documents"] == 1


def test_reopen_keeps_data_and_schema(db_url):
    with open_store(db_url) as s:
        s.ingest_documents(corpus())
        version = s.schema_version
    with open_store(db_url) as s:
        assert s.schema_version == version
        if s.dialect == "sqlite":
            assert s.db.journal_mode == "wal"
            assert s.db.one("SELECT name FROM sqlite_master WHERE name = 'sentences_fts'")
        assert s.stats()["claims"] == 8
        rows = s.db.query("SELECT version, name FROM schema_migrations ORDER BY version")
        assert rows and rows[0]["version"] == 1


def test_rebuild_deals_is_stable(store):
    store.ingest_documents(corpus())
    before = store.deals(limit=100)["items"]
    store.rebuild_deals()
    assert store.deals(limit=100)["items"] == before


def test_bulk_load_equals_per_document_ingest(store, new_db_url):
    store.ingest_documents(corpus())
    with open_store(new_db_url) as bulk:
        report = bulk.bulk_load(corpus(), batch=2)
        assert report.added == 3 and report.deals == store.stats()["deals"]
        def deals(s):   # deal ids are surrogates: compare by content
            return sorted((dict(d, id=None) for d in s.deals(limit=100)["items"]), key=lambda d: d["summary"])

        def claims(s):
            return [dict(c, deal_id=None) for c in s.claims(limit=100)["items"]]
        assert deals(bulk) == deals(store)
        assert claims(bulk) == claims(store)
        assert bulk.bulk_load(corpus()).unchanged == 3


def test_aliases_merge_through_the_catalog(store):
    """"Iskander-M" in one article and "Iskander" in another are one deal (catalog family)."""
    one = make_doc("m1", ["Russia will deliver Iskander-M systems to Belarus in 2023."],
                   [transfer("planned", 2023, "Iskander-M")])
    two = make_doc("m2", ["Belarus received Iskander complexes from Russia in 2023."],
                   [transfer("done", 2023, "Iskander")])
    store.ingest_documents([one, two])
    deals = store.deals({"system": "Iskander-M"})
    assert deals["total"] == 1 and deals["items"][0]["claims"] == 2
    assert [s["status"] for s in deals["items"][0]["history"]] == ["planned", "done"]
    assert store.claims({"system": "Iskander"})["total"] == 2


def test_pending_skips_stored_and_links_duplicates_across_runs(store):
    first = corpus()
    store.ingest_documents(first)
    again = corpus()
    copy = make_doc("copy-of-a", ["Minsk asked Moscow for Iskander missiles back in 2007."],
                    content_hash=first[0].content_hash)
    changed = make_doc("b-2023", ["A corrected version of the article."], content_hash="new-hash")
    todo = store.pending(again + [copy, changed])
    assert [d.id for d in todo] == ["copy-of-a", "b-2023"]
    assert copy.duplicate_of == "a-2016" and copy.skip_reason == "duplicate of a-2016"
    report = store.ingest_documents(todo)
    assert (report.skipped, report.updated) == (1, 1)
    assert store.document("a-2016")["duplicates"] == ["copy-of-a"]


def test_undated_steps_and_the_deal_status(store):
    """The latest dated step sets the status; an undated delivery still counts."""
    docs = [make_doc("u1", ["Russia planned to send S-300 to Serbia in 2016."],
                     [transfer("planned", 2016, "S-300", recipient="SRB")], date=None),
            make_doc("u2", ["Russia refused to sell Pantsir to Serbia, an official said."],
                     [transfer("refused", None, "Pantsir", recipient="SRB")], date=None),
            make_doc("u3", ["Serbia asked for Pantsir in 2019.", "Serbia received the S-300."],
                     [transfer("proposed", 2019, "Pantsir", recipient="SRB", s=0),
                      transfer("done", None, "S-300", recipient="SRB", s=1)], date=None)]
    store.ingest_documents(docs)
    s300 = store.deals({"system": "S-300"})["items"][0]
    assert [(s["status"], s["year"]) for s in s300["history"]] == [("planned", 2016), ("done", None)]
    assert s300["status"] == "done"
    pantsir = store.deals({"system": "Pantsir"})["items"][0]
    assert pantsir["status"] == "proposed"
