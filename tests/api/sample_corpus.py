"""A small hand-written corpus (real model.py records) for the API and browser tests.

Five short articles written for these tests: one S-300 transfer to Belarus followed from
request (2015) through agreement (2016) to delivery (2017) across three outlets, other
transfers, a deployment and an exercise, and one article skipped for its language.
"""
from __future__ import annotations

from armsgraph.model import Claim, Document, Mention, Sentence

#: surface text -> (kind, id) for the mentions marked in every article
ENTITIES = {
    "Russia": ("state", "RUS"), "Moscow": ("state", "RUS"), "Russian": ("state", "RUS"),
    "Belarus": ("state", "BLR"), "Minsk": ("state", "BLR"), "Belarusian": ("state", "BLR"),
    "Poland": ("state", "POL"), "United States": ("state", "USA"), "Washington": ("state", "USA"),
    "Turkey": ("state", "TUR"), "Ukraine": ("state", "UKR"), "China": ("state", "CHN"),
    "Serbia": ("state", "SRB"), "S-300": ("system", "S-300"), "Patriot": ("system", "Patriot"),
    "Bayraktar TB2": ("system", "Bayraktar TB2"), "FK-3": ("system", "HQ-22"),
    "four batteries": ("quantity", "4 batteries"), "2015": ("date", "2015"),
    "2016": ("date", "2016"), "2017": ("date", "2017"),
}


def make_doc(doc_id: str, sentences: list[str], claims: list[dict], *, title: str, site: str,
             date: str, url: str | None = None, **meta) -> Document:
    """Sentences joined into paragraphs of two; claims are Claim fields plus ``s`` (the
    index of the sentence the claim rests on)."""
    text, spans = "", []
    for i, sentence in enumerate(sentences):
        if text:
            text += "\n\n" if i % 2 == 0 else " "
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence
    doc = Document(id=doc_id, raw=text, text=text, title=title, site=site, date=date,
                   url=url or f"https://news.example/{doc_id}", language=meta.pop("language", "en"),
                   content_hash=f"hash-{doc_id}", format="text", path=f"{doc_id}.txt", **meta)
    doc.sentences = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    for index, (start, end) in enumerate(spans):
        taken: list[tuple[int, int]] = []
        for surface in sorted(ENTITIES, key=len, reverse=True):
            at = text.find(surface, start, end)
            while at >= 0:
                stop = at + len(surface)
                if all(stop <= a or at >= b for a, b in taken):
                    kind, ent = ENTITIES[surface]
                    doc.mentions.append(Mention(at, stop, surface, kind, ent, label=surface,
                                                sentence=index))
                    taken.append((at, stop))
                at = text.find(surface, stop, end)
    doc.mentions.sort(key=lambda m: m.begin)
    for fields in claims:
        fields = dict(fields)
        a, b = spans[fields.pop("s")]
        doc.claims.append(Claim(doc=doc_id, sentence=text[a:b], start=a, end=b,
                                evidence=text[a:b][:90], **fields))
    return doc


def transfer(status: str, year: int | None, s: int, system: str = "S-300",
             supplier: str = "RUS", recipient: str = "BLR", **more) -> dict:
    return dict(type="transfer", status=status, year=year, system=system, supplier=supplier,
                recipient=recipient, s=s, **more)


def documents() -> list[Document]:
    first = make_doc("minsk-request-2015", [
        "Officials in Minsk said on Tuesday that Belarus had asked Russia for S-300 air defence systems.",
        "The request followed months of talks about air defence along the western border.",
        "Poland, meanwhile, is negotiating with the United States over Patriot batteries.",
        "No price was given for either package.",
    ], [transfer("proposed", 2015, s=0),
        transfer("negotiating", 2015, s=2, system="Patriot", supplier="USA", recipient="POL")],
        title="Belarus asks Moscow for air defence", site="Eastern Monitor", date="2015-05-12")
    second = make_doc("s300-deal-2016", [
        "Russia agreed in 2016 to supply four batteries of S-300 missiles to Belarus.",
        "Belarusian generals said the systems would arrive within a year.",
        "Russian and Belarusian units also drilled together near Brest.",
        "Analysts in Warsaw called the agreement a signal to NATO.",
    ], [transfer("agreed", 2016, s=0, quantity="4 batteries"),
        dict(type="exercise", status="done", participants=["RUS", "BLR"], host="BLR", year=2016,
             place="Brest", s=2)],
        title="Moscow signs S-300 deal with Minsk", site="Defence Wire", date="2016-03-08")
    third = make_doc("s300-delivery-2017", [
        "The first S-300 battery from Russia arrived in Belarus in 2017, the ministry said.",
        "Russian troops will be stationed at a Belarusian air base from next spring.",
        "Ukraine received Bayraktar TB2 drones from Turkey, according to local media.",
    ], [transfer("done", 2017, s=0),
        dict(type="deployment", status="planned", actor="RUS", host="BLR",
             system="category:airbase", year=2018, s=1),
        transfer("done", 2017, s=2, system="Bayraktar TB2", supplier="TUR", recipient="UKR",
                 hedged=True, source="local media")],
        title="First S-300 battery delivered", site="Baltic Ledger", date="2017-11-20")
    fourth = make_doc("serbia-fk3-2019", [
        "Serbia bought FK-3 air defence systems from China in 2019.",
        "Deliveries are due to follow later.",
    ], [transfer("agreed", 2019, s=0, system="FK-3", supplier="CHN", recipient="SRB")],
        title="Serbia buys Chinese air defence", site="Defence Wire", date="2019-08-01")
    skipped = Document(id="russian-brief-2017", raw="Краткая сводка.", text="Краткая сводка.",
                       title="Сводка", site="Other", date="2017-01-01", language="ru",
                       content_hash="hash-ru", skip_reason="language: ru")
    return [first, second, third, fourth, skipped]


def fill(store) -> None:
    """Store the corpus; raises if any document is rejected."""
    report = store.ingest_documents(documents())
    errors = getattr(report, "errors", [])
    assert not errors, errors
