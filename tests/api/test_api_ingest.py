"""POST /api/ingest: only with a token, checked on every call; runs the real pipeline."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from armsgraph.api import create_app

TOKEN = "s3cret-test-token"
ARTICLE = (b"Kazakhstan received two transport aircraft from Spain in March 2020, "
           b"the defence ministry in Astana said on Monday.\n\n"
           b"Officials said further deliveries were being discussed.\n")


@pytest.fixture
def writer(sample_db):
    with TestClient(create_app(store_url=sample_db, token=TOKEN)) as c:
        yield c


def test_write_needs_the_token(writer):
    missing = writer.post("/api/ingest", files={"files": ("a.txt", ARTICLE)})
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "AG603"
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = writer.post("/api/ingest", files={"files": ("a.txt", ARTICLE)},
                        headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "AG604"
    wrong2 = writer.post("/ingest", files={"files": ("a.txt", ARTICLE)},
                         headers={"X-Armsgraph-Token": TOKEN + "x"})
    assert wrong2.status_code == 403
    assert writer.get("/api/stats").json()["documents"] == 5     # nothing written
    no_file = writer.post("/api/ingest", data={"other": "1"}, headers={"X-Armsgraph-Token": TOKEN})
    assert no_file.status_code == 400 and no_file.json()["error"]["code"] == "AG601"
    assert "/api/ingest" in writer.get("/openapi.json").json()["paths"]


def test_upload_runs_the_pipeline_and_stores(writer):
    response = writer.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                           files=[("files", ("kaz-aircraft.txt", ARTICLE, "text/plain"))])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["documents"] == ["kaz-aircraft"] and body["added"] == 1
    doc = writer.get("/api/documents/kaz-aircraft").json()
    assert doc["text"].startswith("Kazakhstan received") and doc["sentences"]
    assert writer.get("/api/stats").json()["documents"] == 6
    again = writer.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                        files=[("files", ("kaz-aircraft.txt", ARTICLE, "text/plain"))]).json()
    assert again["added"] == 0                                    # idempotent
