"""Options for reading input: size cap, HTTP behaviour."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class IngestOptions:
    """How armsgraph reads files, feeds and URLs.

    ``max_bytes`` caps every file and every download (after gzip decompression too);
    larger inputs are skipped with AG106. ``timeout`` is the HTTP timeout in seconds
    (connect and read), ``retries`` the number of extra attempts after a network error
    or a 5xx/429 answer, ``backoff`` the pause before the first retry (doubled each time).
    ``fetch_links`` lets a feed entry without content fetch its linked page.
    ``allow_network`` False refuses every HTTP request (URL lists and feed URLs are
    reported as unreachable).
    """
    max_bytes: int = 20_000_000
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 0.5
    user_agent: str = "armsgraph/0.1 (+https://example.invalid/armsgraph)"
    fetch_links: bool = True
    allow_network: bool = True
    follow_hidden: bool = False          # read files whose name starts with "."
    extensions_skip: tuple[str, ...] = field(default=(".json", ".py", ".sh", ".pyc"))
