"""End-to-end in headless Chromium: dashboard -> deals filtered by recipient -> deal with
its status timeline -> a quote -> the document with that sentence highlighted."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

TARGET_BG = "rgb(255, 213, 79)"       # .s:target background in app.css


def test_analyst_flow_from_dashboard_to_quoted_sentence(live_server, laptop, shot):
    page = laptop
    page.goto(live_server + "/")
    assert page.locator("[data-count=documents] .num").inner_text() == "5"
    assert page.locator("#top_recipients-h + ol li").first.inner_text().startswith("Belarus")
    shot(page, "1-dashboard")

    page.get_by_role("link", name="Deals", exact=True).click()
    page.get_by_label("Recipient").fill("BLR")
    page.get_by_label("Recipient").press("Enter")
    page.wait_for_url(re.compile(r"/deals\?.*recipient=BLR"))
    rows = page.locator("table.deals tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "→ Belarus" in rows.nth(i).locator("td").nth(2).inner_text()
    shot(page, "2-deals-recipient-BLR")

    row = rows.filter(has_text="S-300")
    assert row.count() == 1
    row.locator("a.deal-link").click()
    page.wait_for_url(re.compile(r"/deals/\d+$"))
    timeline = page.locator("svg#timeline")
    assert timeline.is_visible()
    points = timeline.locator("circle.pt")
    assert points.count() == 3
    classes = [points.nth(i).get_attribute("class") for i in range(3)]
    assert [re.search(r"st-(\w+)", c).group(1) for c in classes] == ["proposed", "agreed", "done"]
    xs = [float(points.nth(i).get_attribute("cx")) for i in range(3)]
    assert xs == sorted(xs) and len(set(xs)) == 3        # 2015 < 2016 < 2017 left to right
    ticks = timeline.locator("text.tick").all_text_contents()
    assert ticks == ["2015", "2016", "2017"]
    quotes = page.locator("a.quote")
    assert quotes.count() == 3
    assert "Defence Wire" in page.locator(".quote-item").nth(1).inner_text()
    shot(page, "3-deal-timeline")

    quote = quotes.nth(1)
    sentence = quote.inner_text()
    href = quote.get_attribute("href")
    assert re.fullmatch(r"/documents/s300-deal-2016#s-\d+", href), href
    quote.click()
    page.wait_for_url(re.compile(r"/documents/s300-deal-2016#s-\d+$"))
    anchor = href.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.inner_text() == sentence
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG
    assert target.evaluate("e => e.matches(':target')")
    box = target.bounding_box()
    assert box and 0 <= box["y"] < 900
    assert target.locator("mark.m-system").first.inner_text() == "S-300"
    assert page.locator("#doctext .s.claim").count() == 2            # both claim sentences marked
    others = page.locator("#doctext .s:not(.claim)")
    assert others.count() == 2
    assert others.first.evaluate("e => getComputedStyle(e).backgroundColor") != TARGET_BG
    shot(page, "4-document-highlighted")
    page.watch.check()


def test_network_edge_lists_its_deals(live_server, laptop, shot):
    page = laptop
    page.goto(live_server + "/graph")
    edge = page.locator("#network a.edge[data-edge='RUS>BLR>transfer']")
    assert edge.count() == 1
    assert page.locator("#network a.edge[data-edge='RUS>BLR>deployment']").count() == 1
    # click on the drawn curve itself (its midpoint), as a person would
    x, y = edge.locator("path.line").evaluate("""p => {
        const m = p.getPointAtLength(p.getTotalLength() / 2);
        const s = new DOMPoint(m.x, m.y).matrixTransform(p.getScreenCTM());
        return [s.x, s.y]; }""")
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"edge=RUS%3EBLR%3Etransfer"))
    panel = page.locator("#edge-deals")
    assert "Russia → Belarus" in panel.locator("h2").inner_text()
    listed = panel.locator("ul.edge-deals li")
    assert listed.count() == 1 and "S-300" in listed.first.inner_text()
    shot(page, "5-network-edge")
    listed.first.locator("a").click()
    page.wait_for_url(re.compile(r"/deals/\d+$"))
    # the same with the keyboard: an edge takes focus and Enter opens its deals
    page.goto(live_server + "/graph")
    page.locator("#network a.edge[data-edge='RUS>BLR>deployment']").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"edge=RUS%3EBLR%3Edeployment"))
    assert "airbase" in page.locator("#edge-deals").inner_text()
    page.watch.check()


def test_search_hit_lands_on_its_sentence(live_server, laptop, shot):
    page = laptop
    page.goto(live_server + "/search")
    page.get_by_label("Words").fill("drones Turkey")
    page.get_by_role("button", name="Search").last.click()
    hit = page.locator("a.hit")
    assert hit.count() == 1 and hit.locator("mark").count() >= 1
    shot(page, "6-search")
    hit.click()
    page.wait_for_url(re.compile(r"/documents/s300-delivery-2017#s-2$"))
    assert page.locator("#s-2").evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG
    page.watch.check()


def test_keyboard_and_labels(live_server, laptop):
    page = laptop
    page.goto(live_server + "/deals")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, button')]
        .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                     && !(e.tagName === 'BUTTON' && e.textContent.trim()))
        .map(e => e.outerHTML)""")
    assert unlabelled == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    # reach the recipient field by keyboard alone, type, submit with Enter
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-recipient":
            break
    else:
        pytest.fail("the recipient field cannot be reached with Tab")
    page.keyboard.type("POL")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"recipient=POL"))
    assert "Poland" in page.locator("table.deals").inner_text()
    page.watch.check()


@pytest.mark.parametrize("path,name", [("/", "dashboard"), ("/deals?recipient=BLR", "deals"),
                                       ("/documents/s300-deal-2016#s-0", "document"),
                                       ("/graph", "network"), ("/claims", "claims")])
def test_phone_layout_has_no_sideways_scroll(live_server, phone, shot, path, name):
    page = phone
    page.goto(live_server + path)
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    nav = page.locator("header nav")
    assert nav.is_visible() and nav.bounding_box()["width"] <= width
    shot(page, f"phone-{name}")
    page.watch.check()


def test_api_docs_page_renders_the_spec_offline(live_server, laptop, shot):
    page = laptop
    page.goto(live_server + "/docs")
    routes = page.locator("#api-docs section.route h2 code")
    routes.first.wait_for()
    shown = set(routes.all_inner_texts())
    assert {"/api/deals", "/api/deals/{deal_id}", "/api/search", "/api/export"} <= shown
    assert "/api/ingest" not in shown                       # read-only server
    deals = page.locator("section.route", has=page.locator("code", has_text=re.compile(r"^/api/deals$")))
    assert "recipient" in deals.inner_text()
    shot(page, "7-api-docs")
    page.watch.check()


def test_upload_page_adds_an_article(live_writer, laptop, shot, tmp_path):
    page = laptop
    article = tmp_path / "oman-patrol-boats.txt"
    article.write_text("Oman received two patrol boats from France in June 2021, the Omani navy said.\n\n"
                       "The boats will guard the Strait of Hormuz.\n", encoding="utf-8")
    page.goto(live_writer + "/")
    page.get_by_role("link", name="Add articles").click()
    page.get_by_label("Files").set_input_files(str(article))
    page.get_by_label("Token").fill("wrong")
    page.get_by_role("button", name="Upload and analyse").click()
    result = page.locator("#ingest-result")
    result.get_by_text("AG604").wait_for()
    page.get_by_label("Token").fill("ui-test-token")
    page.get_by_role("button", name="Upload and analyse").click()
    result.get_by_text("Stored: 1 new").wait_for(timeout=120_000)
    shot(page, "8-upload")
    result.get_by_role("link", name="Open oman-patrol-boats").click()
    page.wait_for_url(re.compile(r"/documents/oman-patrol-boats$"))
    assert page.locator("#doctext").inner_text().startswith("Oman received two patrol boats")
    assert page.locator("[data-count=documents] .num").count() == 0
    page.goto(live_writer + "/")
    assert page.locator("[data-count=documents] .num").inner_text() == "6"
    page.watch.errors = [e for e in page.watch.errors if "401" not in e and "403" not in e]
    page.watch.check()


def test_read_only_server_has_no_upload_page(live_server, laptop):
    page = laptop
    page.goto(live_server + "/")
    assert page.get_by_role("link", name="Add articles").count() == 0
    response = page.goto(live_server + "/ingest")
    assert response.status == 404 and "--token" in page.locator(".error").inner_text()
