"""The read-only JSON API, in-process, on SQLite and PostgreSQL with the sample corpus."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest


def error_of(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] == code, body
    assert body["status"] == status and body["message"]
    return body


def s300_deal(client) -> dict:
    found = client.get("/api/deals", params={"recipient": "BLR", "system": "S-300"}).json()
    assert found["total"] == 1, found
    return found["items"][0]


def test_stats_counts_and_tops(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 5 and stats["skipped_documents"] == 1
    assert stats["claims"] == 8
    assert stats["top_recipients"][0]["id"] == "BLR"
    assert stats["top_suppliers"][0]["id"] == "RUS"
    assert len(stats["latest_claims"]) > 0


def test_deals_filter_by_recipient(client):
    by_code = client.get("/api/deals", params={"recipient": "BLR"}).json()
    assert by_code["total"] >= 1
    assert all(d["recipient"] == "BLR" for d in by_code["items"])
    lower = client.get("/api/deals", params={"recipient": "blr"}).json()
    assert [d["id"] for d in lower["items"]] == [d["id"] for d in by_code["items"]]
    none = client.get("/api/deals", params={"recipient": "BLR", "supplier": "USA"}).json()
    assert none["total"] == 0 and none["items"] == []


def test_deal_history_runs_request_to_delivery_with_quotes(client):
    deal = client.get(f"/api/deals/{s300_deal(client)['id']}").json()
    steps = [(s["status"], s["year"]) for s in deal["history"]]
    assert steps == [("proposed", 2015), ("agreed", 2016), ("done", 2017)]
    assert deal["status"] == "done" and deal["sources"] == 3
    docs = {d["id"] for d in deal["documents"]}
    assert docs == {"minsk-request-2015", "s300-deal-2016", "s300-delivery-2017"}
    for step in deal["history"]:
        for claim in step["claims"]:
            assert "S-300" in claim["sentence"] and claim["doc_id"] in docs
            assert claim["doc_date"] and claim["doc_site"]


def test_pagination_is_stable_and_echoed(client):
    everything = client.get("/api/claims", params={"limit": 100}).json()
    assert everything["total"] == len(everything["items"]) == 8
    seen = []
    for offset in range(0, 8, 3):
        part = client.get("/api/claims", params={"limit": 3, "offset": offset}).json()
        assert part["limit"] == 3 and part["offset"] == offset and part["total"] == 8
        seen += [c["id"] for c in part["items"]]
    assert seen == [c["id"] for c in everything["items"]]


@pytest.mark.parametrize("params,where", [
    ({"status": "sold"}, "status"), ({"type": "gift"}, "type"), ({"since": 2020, "until": 2010}, "since"),
    ({"limit": 0}, "limit"), ({"limit": 5000}, "limit"), ({"offset": -1}, "offset"),
    ({"since": "last year"}, "since"),
])
def test_bad_filters_are_400_with_code_and_place(client, params, where):
    body = error_of(client.get("/api/claims", params=params), 400, "AG601")
    assert where in (body["where"] or "") + body["message"]


def test_claim_filters(client):
    exercises = client.get("/api/claims", params={"type": "exercise"}).json()
    assert exercises["total"] == 1 and exercises["items"][0]["host"] == "BLR"
    several = client.get("/api/claims", params={"status": "done,agreed", "since": 2017}).json()
    assert several["total"] >= 2
    assert all(c["status"] in ("done", "agreed") and c["event_year"] >= 2017 for c in several["items"])
    in_doc = client.get("/api/claims", params={"doc": "s300-deal-2016"}).json()
    assert {c["doc_id"] for c in in_doc["items"]} == {"s300-deal-2016"} and in_doc["total"] == 2
    hedged = client.get("/api/claims", params={"text": "drones"}).json()
    assert hedged["total"] == 1 and hedged["items"][0]["hedged"] is True
    assert [c["id"] for c in client.get("/api/claims", params={"hedged": "true"}).json()["items"]] == \
        [hedged["items"][0]["id"]]
    assert client.get("/api/claims", params={"hedged": "false"}).json()["total"] == 7
    error_of(client.get("/api/claims", params={"hedged": "maybe"}), 400, "AG601")
    assert client.get("/api/deals", params={"contradiction": "true"}).json()["total"] == 0


def test_documents_and_document(client):
    listed = client.get("/api/documents", params={"skipped": "false"}).json()
    assert listed["total"] == 4
    assert client.get("/api/documents", params={"skipped": "true"}).json()["items"][0]["skip_reason"]
    doc = client.get("/api/documents/s300-deal-2016").json()
    assert doc["title"] == "Moscow signs S-300 deal with Minsk"
    for s in doc["sentences"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
    for m in doc["mentions"]:
        assert doc["text"][m["begin"]:m["end"]] == m["text"]
    assert len(doc["claims"]) == 2
    error_of(client.get("/api/documents/no-such-doc"), 404, "AG602")
    error_of(client.get("/api/deals/99999"), 404, "AG602")
    error_of(client.get("/api/deals/abc"), 400, "AG601")


def test_search_entities_graph(client):
    hits = client.get("/api/search", params={"q": "battery arrived"}).json()
    assert hits["total"] == 1
    hit = hits["items"][0]
    assert hit["doc_id"] == "s300-delivery-2017" and hit["sentence"] == 0
    error_of(client.get("/api/search", params={"q": ""}), 400, "AG601")
    error_of(client.get("/api/search"), 400, "AG601")
    states = client.get("/api/entities", params={"kind": "state", "limit": 100}).json()
    assert {"RUS", "BLR", "USA"} <= {e["id"] for e in states["items"]}
    graph = client.get("/api/graph").json()
    pairs = {(e["source"], e["target"], e["type"]) for e in graph["edges"]}
    assert ("RUS", "BLR", "transfer") in pairs and ("RUS", "BLR", "deployment") in pairs
    assert len(client.get("/api/graph", params={"limit": 2}).json()["edges"]) == 2
    only = client.get("/api/graph", params={"type": "deployment"}).json()
    assert {e["type"] for e in only["edges"]} == {"deployment"}


def test_export_with_filters(client):
    response = client.get("/api/export", params={"what": "deals", "format": "csv", "recipient": "BLR"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {r["recipient"] for r in rows} == {"BLR"}
    lines = client.get("/api/export", params={"what": "claims", "format": "jsonl"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 8 and all(r.get("doc") or r.get("doc_id") for r in records)
    error_of(client.get("/api/export", params={"what": "secrets"}), 400, "AG601")
    error_of(client.get("/api/export", params={"format": "xls"}), 400, "AG601")


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/deals", "/api/deals/{deal_id}", "/api/claims", "/api/documents",
                 "/api/entities", "/api/search", "/api/stats", "/api/export", "/api/graph"):
        assert path in spec["paths"], path
    assert "/api/ingest" not in spec["paths"]          # read-only server
    names = {p["name"] for p in spec["paths"]["/api/deals"]["get"]["parameters"]}
    assert {"supplier", "recipient", "system", "category", "status", "since", "until",
            "limit", "offset"} <= names
    page = client.get("/docs")
    assert page.status_code == 200
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.text), "docs page loads from elsewhere"
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_read_only_server_has_no_write_route(client):
    body = error_of(client.post("/api/ingest", files={"files": ("a.txt", b"text")}), 404, "AG602")
    assert "--token" in body["hint"]
    error_of(client.post("/api/deals"), 405, "AG606")
    error_of(client.get("/api/nothing-here"), 404, "AG602")
