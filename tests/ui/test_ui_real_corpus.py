"""Every page of the UI over the real pipeline's output on ../shared texts (dev2): no page
fails, every quote opens its own claim sentence, every document keeps its text."""
from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from armsgraph.api import create_app
from armsgraph.store import open_store

pytestmark = pytest.mark.shared
HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(shared, tmp_path_factory):
    from armsgraph.pipeline import run
    documents, errors = run([str(shared / "gold" / "dev2" / "texts")])
    assert documents and not errors
    db = str(tmp_path_factory.mktemp("real") / "dev2.db")
    store = open_store(db)
    report = store.ingest_documents(documents)
    assert not report.errors
    store.close()
    with TestClient(create_app(store_url=db)) as c:
        yield c


def test_every_deal_page_links_quotes_to_claim_sentences(client):
    deals = client.get("/api/deals", params={"limit": 500}).json()
    assert deals["total"] > 10
    pages: dict[str, str] = {}
    checked = 0
    for deal in deals["items"]:
        response = client.get(f"/deals/{deal['id']}", headers=HTML)
        assert response.status_code == 200, (deal["id"], response.text[:300])
        assert 'id="timeline"' in response.text
        links = re.findall(r'class="quote" href="(/documents/[^"#]+)(#s-\d+)?"', response.text)
        assert len(links) == deal["claims"], deal["id"]
        for path, anchor in links:
            assert anchor, f"deal {deal['id']}: a quote without its sentence ({path})"
            if path not in pages:
                pages[path] = client.get(path, headers=HTML).text
            assert re.search(rf'id="{anchor[1:]}" class="s claim"', pages[path]), (deal["id"], path, anchor)
            checked += 1
    assert checked >= deals["total"]


def test_every_document_page_keeps_its_text(client):
    listed = client.get("/api/documents", params={"limit": 500}).json()
    for item in listed["items"]:
        stored = client.get(f"/api/documents/{item['id']}").json()
        html = client.get(f"/documents/{item['id']}", headers=HTML).text
        body = html.split('id="doctext">', 1)[1].split("</div>", 1)[0]
        assert unescape(re.sub(r"<[^>]+>", "", body)) == stored["text"], item["id"]
        assert body.count('class="s') >= len(stored["sentences"])


@pytest.mark.parametrize("path", ["/", "/graph", "/graph?type=transfer", "/graph?status=done&since=2015",
                                  "/deals?type=deployment", "/claims?recipient=BLR", "/documents",
                                  "/search?q=missiles"])
def test_overview_pages_render(client, path):
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, response.text[:300]
