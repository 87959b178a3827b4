"""Browser fixtures: the app served by uvicorn in a thread on a free 127.0.0.1 port over
the hand-written sample corpus, and Debian's Chromium driven by Playwright (no browser
download: `executable_path=/usr/bin/chromium`)."""
from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("ARMSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

sys.path.insert(0, str(ROOT / "tests" / "api"))
import sample_corpus  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, token: str | None = None):
    """The app over ``db`` served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from armsgraph.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store_url=str(db), token=token),
                                           host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, name="armsgraph-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start within 30 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _sample_db(folder: Path) -> Path:
    from armsgraph.store import open_store
    db = folder / "sample.db"
    store = open_store(str(db))
    sample_corpus.fill(store)
    store.close()
    return db


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """Base URL of the app (read-only) serving the sample corpus from SQLite."""
    with serving(_sample_db(tmp_path_factory.mktemp("ui"))) as url:
        yield url


WRITE_TOKEN = "ui-test-token"


@pytest.fixture
def live_writer(tmp_path):
    """Base URL of the app with uploads enabled (token WRITE_TOKEN), on its own database."""
    with serving(_sample_db(tmp_path), token=WRITE_TOKEN) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; `make system` installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} not found; run `make system` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """What a page did that it should not: requests off this machine, console errors."""

    def __init__(self, page) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.on("request", self._request)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _request(self, request) -> None:
        url = request.url
        if not url.startswith(("http://127.0.0.1", "data:", "about:")):
            self.outside.append(url)

    def check(self) -> None:
        assert not self.outside, f"the page reached outside: {self.outside}"
        assert not self.errors, f"console errors: {self.errors}"


@pytest.fixture
def laptop(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.watch = Watch(page)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    page.watch = Watch(page)
    yield page
    context.close()


@pytest.fixture(scope="session")
def shot():
    """shot(page, name): a full-page PNG in tests/artifacts/ (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"ui-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path
    return take
