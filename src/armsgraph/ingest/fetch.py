"""HTTP fetching with timeouts, a size cap and retries (httpx)."""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..errors import TooLargeInputError, UnreachableInputError
from .options import IngestOptions

RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Fetched:
    url: str             # final URL after redirects
    content: bytes
    content_type: str


def fetch(url: str, options: IngestOptions, client: httpx.Client | None = None) -> Fetched:
    """GET ``url``; raise UnreachableInputError / TooLargeInputError with the reason."""
    if not options.allow_network:
        raise UnreachableInputError("network access is switched off", where=url,
                                    hint="allow network access to fetch URLs")
    own = client is None
    client = client or make_client(options)
    try:
        delay = options.backoff
        last = "no attempt"
        for attempt in range(options.retries + 1):
            if attempt:
                time.sleep(delay)
                delay *= 2
            try:
                return _get(client, url, options)
            except httpx.HTTPStatusError as exc:
                last = f"HTTP {exc.response.status_code}"
                if exc.response.status_code not in RETRY_STATUS:
                    break
            except (httpx.TimeoutException,) as exc:
                last = f"timed out after {options.timeout:g} s ({type(exc).__name__})"
            except httpx.TransportError as exc:
                last = f"network error ({type(exc).__name__}: {exc})"
            except httpx.InvalidURL as exc:
                last = f"invalid URL ({exc})"
                break
        raise UnreachableInputError(f"cannot fetch: {last}", where=url,
                                    hint=f"tried {attempt + 1} time(s); check the URL or retry later")
    finally:
        if own:
            client.close()


def make_client(options: IngestOptions) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(options.timeout), follow_redirects=True,
                        headers={"User-Agent": options.user_agent}, trust_env=False)


def _get(client: httpx.Client, url: str, options: IngestOptions) -> Fetched:
    with client.stream("GET", url) as response:
        response.raise_for_status()
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > options.max_bytes:
            raise TooLargeInputError(
                f"download of {int(declared):,} bytes exceeds the cap of {options.max_bytes:,}",
                where=url, hint="raise --max-bytes to read it")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > options.max_bytes:
                raise TooLargeInputError(f"download exceeds the cap of {options.max_bytes:,} bytes",
                                         where=url, hint="raise --max-bytes to read it")
        return Fetched(str(response.url), bytes(body), response.headers.get("content-type", ""))
