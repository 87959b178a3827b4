"""A local HTTP server on 127.0.0.1 standing in for the outside network."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Poland signs HIMARS contract</title>
<meta property="og:title" content="Poland signs HIMARS contract"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Poland signs HIMARS contract</h1>
<p>Poland signed a contract with the United States for twenty HIMARS rocket launchers worth
414 million dollars, the Polish defence ministry said on Wednesday in Warsaw.</p>
<p>The first launchers are to be delivered in 2023, and Polish crews will train on them in
the United States before the delivery.</p>
<p>Warsaw also plans to produce rockets for the launchers in Poland together with the
American maker Lockheed Martin, officials said.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""

FEED_NO_CONTENT = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
<link>http://local/</link><item><title>Poland signs HIMARS contract</title>
<link>/article.html</link><pubDate>Wed, 13 Feb 2019 10:00:00 GMT</pubDate>
<description>Short teaser.</description></item></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    flaky_calls = 0

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        if self.path == "/article.html":
            self._send(200, ARTICLE.encode())
        elif self.path == "/feed.xml":
            self._send(200, FEED_NO_CONTENT.encode(), "application/rss+xml")
        elif self.path == "/big":
            self._send(200, b"<html><body>" + b"<p>x</p>" * 50_000 + b"</body></html>")
        elif self.path == "/slow":
            time.sleep(2.0)
            self._send(200, ARTICLE.encode())
        elif self.path == "/flaky":
            Handler.flaky_calls += 1
            if Handler.flaky_calls == 1:
                self._send(503, b"busy")
            else:
                self._send(200, ARTICLE.encode())
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="session")
def http_server():
    """Base URL of a local HTTP server (127.0.0.1, random port), stopped after the session."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
