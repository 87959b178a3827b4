"""Build examples/corpus/archive.warc.gz: a small WARC with three saved article pages.

The pages are written for armsgraph's sample corpus (short restatements of public
facts) and wrapped in WARC request/response records with warcio, the way a crawler
would save them. Run from the repository root:

    python examples/build_warc.py

The output is committed; the script stays so it can be rebuilt or changed. The WARC
dates are fixed, so the output is byte-for-byte stable for the same warcio version.
"""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "corpus" / "archive.warc.gz"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}"><meta name="author" content="{author}">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/defence">Defence</a> | <a href="/login">Log in</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Markets close higher on Friday</a></li>
<li><a href="/y">Ten tips for a quieter home office</a></li></ul></aside>
<footer><p>Sign up for our morning newsletter</p><p>&copy; {year} {site}. All rights reserved.</p></footer>
</body></html>"""

ARTICLES = [
    {
        "url": "https://north-watch.example/2023/06/16/belarus-nuclear",
        "site": "North Watch", "author": "Ilona Varga", "date": "2023-06-16",
        "title": "Lukashenka says first Russian nuclear warheads have arrived in Belarus",
        "paragraphs": [
            "Belarusian leader Alyaksandr Lukashenka said on Friday that Belarus had received the "
            "first Russian tactical nuclear weapons, some of which he said were three times more "
            "powerful than the bombs dropped on Hiroshima and Nagasaki.",
            "President Vladimir Putin announced in March 2023 that Russia would station tactical "
            "nuclear weapons in Belarus and would finish building storage facilities there by "
            "July. The weapons remain under Russian control, according to the Kremlin.",
            "Russia had earlier handed Belarus Iskander-M missile systems that can carry nuclear "
            "warheads, and Belarusian Su-25 crews were trained in Russia to deliver nuclear bombs.",
            "NATO called the deployment dangerous and irresponsible. Poland and Lithuania said they "
            "would strengthen their air defences along the border with Belarus.",
        ],
    },
    {
        "url": "https://north-watch.example/2019/11/14/belarus-su30sm",
        "site": "North Watch", "author": "Ilona Varga", "date": "2019-11-14",
        "title": "Belarus receives its first Su-30SM fighters",
        "paragraphs": [
            "The first four Su-30SM multirole fighters built by the Irkutsk Aviation Plant landed at "
            "the Baranavichy air base on 13 November 2019, the Belarusian Defence Ministry said.",
            "Minsk ordered twelve Su-30SM aircraft from Russia in 2017, after Moscow had for years "
            "declined to give Belarus newer combat aircraft on easy terms. The remaining fighters "
            "are to be delivered by 2022.",
            "The new jets replace MiG-29 fighters that Belarus has flown since Soviet times. Belarus "
            "also received four Yak-130 combat trainers from Russia in 2015.",
        ],
    },
    {
        "url": "https://asia-arms.example/news/pakistan-j10c",
        "site": "Asia Arms Review", "author": "Farah Qureshi", "date": "2022-03-11",
        "title": "Pakistan inducts Chinese J-10C fighters",
        "paragraphs": [
            "Pakistan formally inducted the first batch of Chinese J-10C fighter jets into its air "
            "force at a ceremony at the Minhas air base in Kamra on Friday.",
            "Pakistan ordered the J-10C from China in 2021; the first six aircraft were flown to "
            "Pakistan earlier this month. China and Pakistan already co-produce the JF-17 Thunder "
            "fighter, which Pakistan Aeronautical Complex assembles at Kamra.",
            "Pakistan and China held their Shaheen-IX joint air exercise in December 2020 in "
            "Pakistan, with Chinese J-10 and J-11 fighters taking part.",
        ],
    },
]


def build(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for article in ARTICLES:
            paragraphs = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
            html = PAGE.format(paragraphs=paragraphs, year=article["date"][:4], **{
                k: v for k, v in article.items() if k != "paragraphs"}).encode("utf-8")
            warc_date = article["date"] + "T12:00:00Z"
            request = writer.create_warc_record(
                article["url"], "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {article['url']} HTTP/1.1",
                                              [("User-Agent", "example-crawler")], is_http_request=True),
                warc_headers_dict={"WARC-Date": warc_date, "WARC-Record-ID": _record_id(article, "req")})
            response = writer.create_warc_record(
                article["url"], "response", payload=io.BytesIO(html),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                         ("Content-Length", str(len(html)))],
                                              protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": warc_date, "WARC-Record-ID": _record_id(article, "resp")})
            writer.write_record(request)
            writer.write_record(response)
    return out


def _record_id(article: dict, kind: str) -> str:
    import uuid
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, article['url'] + '#' + kind)}>"


if __name__ == "__main__":
    print(build())
