"""Server-rendered pages in-process (no browser): structure, escaping, errors, redirects."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

import sample_corpus
from armsgraph.api import create_app
from armsgraph.store import open_store
from armsgraph.ui import charts
from armsgraph.ui.render import document_html, sentence_index

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("pages") / "sample.db")
    store = open_store(db)
    sample_corpus.fill(store)
    store.close()
    with TestClient(create_app(store_url=db)) as c:
        yield c


class TextOf(HTMLParser):
    """The text inside the element with id=..., and every id seen."""

    def __init__(self, wanted: str) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted, self.depth, self.parts, self.ids = wanted, 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if self.depth:
            self.depth += 1
        elif attrs.get("id") == self.wanted:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def parse(html: str, wanted: str = "doctext") -> TextOf:
    parser = TextOf(wanted)
    parser.feed(html)
    return parser


@pytest.mark.parametrize("path", ["/", "/deals", "/deals?recipient=BLR&status=done", "/graph", "/claims",
                                  "/claims?type=transfer&status=done,agreed&text=S-300", "/claims?hedged=true",
                                  "/graph?type=transfer", "/documents", "/search?q=S-300",
                                  "/search", "/docs", "/documents/s300-delivery-2017"])
def test_pages_render_and_load_nothing_from_elsewhere(client, path):
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    loads = re.findall(r"""<(?:script|img|link|iframe)[^>]+(?:src|href)=["']([^"']+)""", response.text)
    assert loads and all(url.startswith("/") and not url.startswith("//") for url in loads), loads


def test_document_page_keeps_the_text_and_marks_every_sentence(client):
    stored = client.get("/api/documents/s300-delivery-2017").json()
    page = parse(client.get("/documents/s300-delivery-2017", headers=HTML).text)
    assert "".join(page.parts) == stored["text"]
    assert [i for i in page.ids if i.startswith("s-")] == [f"s-{s['index']}" for s in stored["sentences"]]


def test_document_html_escapes_and_nests_marks():
    text = "A <b>&</b> test. Russia sent S-300 to Belarus."
    sentences = [{"index": 0, "start": 0, "end": 16, "text": text[:16]},
                 {"index": 1, "start": 17, "end": len(text), "text": text[17:]}]
    mentions = [{"begin": 17, "end": 23, "text": "Russia", "kind": "state", "id": "RUS", "label": "Russia"},
                {"begin": 17, "end": 28, "text": "Russia sent", "kind": "organisation", "id": "x"},
                {"begin": 29, "end": 34, "text": "S-300", "kind": "system", "id": "S-300"},
                {"begin": 10, "end": 20, "text": "crossing", "kind": "place", "id": "p"}]
    claims = [{"type": "transfer", "status": "done", "supplier": "RUS", "recipient": "BLR",
               "system": "S-300", "start": 17, "end": len(text)}]
    html = str(document_html(text, sentences, mentions, claims))
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in html and "<b>" not in html
    # overlapping: the longer one is kept; one crossing a sentence boundary is dropped
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", html) == ["Russia sent", "S-300"]
    assert '<span id="s-1" class="s claim"' in html and '<span id="s-0" class="s">' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text
    assert sentence_index(sentences, 20) == 1 and sentence_index(sentences, 16) is None


def test_offset_link_redirects_to_the_sentence(client):
    doc = client.get("/api/documents/s300-deal-2016").json()
    second = doc["sentences"][1]
    response = client.get(f"/documents/s300-deal-2016/at/{second['start'] + 3}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/documents/s300-deal-2016#s-1"


def test_html_errors_are_pages_with_codes(client):
    missing = client.get("/documents/nope", headers=HTML)
    assert missing.status_code == 404 and "AG602" in missing.text and "<h1>" in missing.text
    bad = client.get("/deals?since=soon", headers=HTML)
    assert bad.status_code == 400 and "AG601" in bad.text and "since" in bad.text
    assert client.get("/deals/xyz", headers=HTML).status_code == 400


def test_deal_page_quotes_link_to_their_sentences(client):
    deal = client.get("/api/deals", params={"system": "S-300"}).json()["items"][0]
    html = client.get(f"/deals/{deal['id']}", headers=HTML).text
    links = re.findall(r'class="quote" href="(/documents/[^"#]+)#(s-\d+)"', html)
    assert len(links) == 3
    for path, anchor in links:
        assert f'id="{anchor}" class="s claim"' in client.get(path, headers=HTML).text


def test_timeline_geometry_orders_years_and_puts_undated_first():
    history = [{"status": "proposed", "year": None, "sources": 1, "claims": [1]},
               {"status": "agreed", "year": 2010, "sources": 2, "claims": [2, 3]},
               {"status": "done", "year": 2013, "sources": 1, "claims": [4]}]
    chart = charts.timeline(history)
    xs = [p["x"] for p in chart["points"]]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert [t["label"] for t in chart["ticks"]] == ["n.d.", "2010", "2011", "2012", "2013"]
    rows = {r["status"]: r["y"] for r in chart["rows"]}
    assert [p["y"] for p in chart["points"]] == [rows["proposed"], rows["agreed"], rows["done"]]
    assert chart["points"][1]["r"] > chart["points"][0]["r"]     # more sources, bigger dot
    # the trace joins dated steps only, in time order
    assert chart["path"] == f"M{xs[1]},{rows['agreed']} L{xs[2]},{rows['done']}"


def test_network_layout_is_deterministic_and_inside_the_frame():
    nodes = [{"id": c, "deals": 1} for c in ("RUS", "BLR", "CHN", "SRB", "USA", "POL", "IND")]
    edges = [{"source": "RUS", "target": "BLR", "type": "transfer", "deal": 1},
             {"source": "RUS", "target": "BLR", "type": "deployment", "deal": 2},
             {"source": "BLR", "target": "RUS", "type": "transfer", "deal": 3},
             {"source": "RUS", "target": "IND", "type": "transfer", "deal": 4},
             {"source": "CHN", "target": "SRB", "type": "transfer", "deal": 5},
             {"source": "USA", "target": "POL", "type": "transfer", "deal": 6}]
    groups = charts.group_edges(edges)
    first, second = charts.layout(nodes, groups), charts.layout(nodes, groups)
    assert first == second
    for n in first["nodes"]:
        assert 0 < n["x"] < first["width"] and 0 < n["y"] < first["height"]
    paths = [e["path"] for e in first["edges"]]
    assert len(paths) == len(set(paths)) == 6                  # parallel edges drawn apart


def test_any_document_id_round_trips_through_links(tmp_path):
    from urllib.parse import quote
    odd = "feeds/world news#3?x=1"
    doc = sample_corpus.make_doc(odd, ["Russia sold S-300 missiles to Belarus in 2016."],
                                 [sample_corpus.transfer("done", 2016, s=0)],
                                 title="Odd id", site="Feed", date="2016-01-01")
    db = str(tmp_path / "odd.db")
    store = open_store(db)
    assert not store.ingest_documents([doc]).errors
    store.close()
    with TestClient(create_app(store_url=db)) as c:
        assert c.get("/api/documents/" + quote(odd, safe="")).json()["id"] == odd
        listing = c.get("/documents", headers=HTML).text
        href = re.search(r'<td><a href="([^"]+)">Odd id</a>', listing).group(1)
        page = c.get(href, headers=HTML)
        assert page.status_code == 200 and 'id="s-0" class="s claim"' in page.text
        deal = c.get("/api/deals").json()["items"][0]
        quote_href = re.search(r'class="quote" href="([^"]+)"', c.get(f"/deals/{deal['id']}", headers=HTML).text).group(1)
        assert quote_href == href + "#s-0"
        moved = c.get(href + "/at/5", follow_redirects=False)
        assert moved.status_code == 303 and moved.headers["location"] == href + "#s-0"


def test_quotes_of_very_large_deals_link_through_offsets(client, monkeypatch):
    from armsgraph.ui import views
    monkeypatch.setattr(views, "QUOTE_DOCS_LOOKUP", 0)      # as if the deal had many documents
    deal = client.get("/api/deals", params={"system": "S-300"}).json()["items"][0]
    html = client.get(f"/deals/{deal['id']}", headers=HTML).text
    links = re.findall(r'class="quote" href="([^"]+)"', html)
    assert len(links) == 3 and all(re.fullmatch(r"/documents/[^/]+/at/\d+", link) for link in links)
    for link in links:
        moved = client.get(link, follow_redirects=False)
        path, anchor = moved.headers["location"].split("#")
        assert f'id="{anchor}" class="s claim"' in client.get(path, headers=HTML).text


def test_only_web_addresses_become_links():
    from armsgraph.ui.templating import web_url
    assert web_url("https://news.example/a") == "https://news.example/a"
    assert web_url("javascript:alert(1)") == "" and web_url("data:text/html,x") == ""
    assert web_url(None) == ""


def test_network_shows_arms_and_hosting_unless_all_types_asked(client):
    default = client.get("/graph", headers=HTML).text
    kinds = set(re.findall(r'data-edge="[^"]+&gt;[^"]+&gt;(\w+)"', default))
    assert kinds == {"transfer", "deployment"}
    everything = client.get("/graph?type=", headers=HTML).text
    assert "exercise" in set(re.findall(r'data-edge="[^"]+&gt;[^"]+&gt;(\w+)"', everything))
    edge = re.search(r'<a href="(/graph\?[^"]*%3Eexercise[^"]*)"', everything).group(1)
    assert edge.startswith("/graph?type=&amp;edge=")             # keeps "all types"
    selected = client.get(edge.replace("&amp;", "&").split("#")[0], headers=HTML).text
    assert "1 exercise deal" in selected
