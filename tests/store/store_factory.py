"""Hand-written documents and claims (real model.py records) for the store tests."""
from __future__ import annotations

from armsgraph.model import Claim, Document, Mention, Sentence


def make_doc(doc_id: str, sentences: list[str], claims: list[dict] | None = None,
             date: str | None = "2023-03-01", site: str | None = "Example News",
             mentions: list[tuple[str, str, str]] | None = None, **meta) -> Document:
    """Sentences joined by spaces; `claims` are Claim fields plus `s` (sentence index);
    `mentions` are (surface text, kind, id) found in the text."""
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(s)))
        text += s
    doc = Document(id=doc_id, raw=text, text=text, date=date, site=site,
                   title=meta.pop("title", f"Article {doc_id}"), language=meta.pop("language", "en"),
                   content_hash=meta.pop("content_hash", f"hash-{doc_id}-{len(text)}"), **meta)
    doc.sentences = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    for surface, kind, ent in mentions or []:
        at = text.find(surface)
        if at >= 0:
            sent = next(i for i, (a, b) in enumerate(spans) if a <= at < b)
            doc.mentions.append(Mention(at, at + len(surface), surface, kind, ent, label=surface,
                                        sentence=sent))
    for c in claims or []:
        c = dict(c)
        i = c.pop("s", 0)
        a, b = spans[i]
        doc.claims.append(Claim(doc=doc_id, sentence=text[a:b], start=a, end=b,
                                evidence=text[a:b][:80], **c))
    return doc


def transfer(status: str, year: int | None, system: str = "Iskander", supplier: str = "RUS",
             recipient: str = "BLR", s: int = 0, **more) -> dict:
    return dict(type="transfer", status=status, year=year, system=system, supplier=supplier,
                recipient=recipient, s=s, **more)


def corpus() -> list[Document]:
    """Three articles about one Iskander deal over the years, plus other claim types."""
    a = make_doc("a-2016", [
        "Minsk asked Moscow for Iskander missiles back in 2007.",
        "In 2016 the Kremlin refused to supply the Iskander-M systems.",
        "Russian and Belarusian troops held the Zapad exercise in Belarus.",
    ], [transfer("proposed", 2007, "Iskander", s=0), transfer("refused", 2016, "Iskander", s=1),
        dict(type="exercise", status="done", participants=["RUS", "BLR"], host="BLR", year=2016, s=2)],
        date="2016-09-10", site="Example News",
        mentions=[("Minsk", "state", "BLR"), ("Moscow", "state", "RUS"), ("Iskander", "system", "Iskander")])
    b = make_doc("b-2023", [
        "Russia will deliver Iskander complexes to Belarus in 2023, Putin said.",
        "Russia has stationed S-400 batteries in Belarus since 2022.",
        "Belarus and Russia jointly produce Polonez launchers.",
    ], [transfer("planned", 2023, "Iskander", s=0),
        dict(type="deployment", status="done", actor="RUS", host="BLR", system="S-400", year=2022, s=1),
        dict(type="cooperation", status="done", partners=["RUS", "BLR"], system="Polonez", s=2)],
        date="2023-04-02", site="Other Daily")
    c = make_doc("c-2023", [
        "Belarus received the first Iskander systems from Russia in 2023.",
        "China sold Wing Loong drones to Serbia in 2020, reports say.",
    ], [transfer("done", 2023, "Iskander", s=0),
        transfer("done", 2020, "Wing Loong", supplier="CHN", recipient="SRB", s=1, hedged=True,
                 source="reports")],
        date="2023-12-20", site="Example News")
    return [a, b, c]
