"""The typed records that flow through armsgraph.

One `Document` travels through plain stage functions:

    ingest  -> Document(raw, format, metadata)
    clean   -> Document.text, title/author/date, language, content_hash, duplicate_of
    entities-> Document.sentences, Document.mentions
    claims  -> Document.claims
    store   -> rows in SQLite / PostgreSQL; Claims merged into Deals

Field names follow the analyst vocabulary of ``shared/gold/GUIDELINES.md``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CLAIM_TYPES = ("transfer", "deployment", "exercise", "cooperation", "test")
STATUSES = ("done", "agreed", "planned", "proposed", "negotiating", "refused")
COARSE_STATUS = {"done": "done", "agreed": "committed", "planned": "committed",
                 "proposed": "open", "negotiating": "open", "refused": "refused"}
MENTION_KINDS = ("state", "organisation", "person", "system", "category", "place",
                 "date", "quantity", "group")


@dataclass
class Sentence:
    """A sentence of the cleaned text; ``start``/``end`` are character offsets in it."""
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """An entity mention linked to a canonical id.

    ``kind`` is one of MENTION_KINDS. ``id`` is canonical: an ISO alpha-3 code for a
    state ("RUS"), an organisation id ("NATO", "org:rosoboronexport"), a person id
    ("person:lukashenko"), a system family ("S-300") or a category ("category:uav").
    ``state`` is the state the entity acts for (a person's or maker's country, a
    capital's state, a system's origin). ``role`` marks readings such as
    "metonym" (Minsk as the Belarusian government) or "origin" (Russian-made).
    """
    begin: int
    end: int
    text: str
    kind: str
    id: str
    label: str = ""
    alias: str = ""
    state: str | None = None
    role: str | None = None
    sentence: int | None = None
    members: list[str] | None = None   # kind "group": member states ("the Baltic states")

    def to_json(self, doc: str) -> dict[str, Any]:
        out = {"doc": doc, "begin": self.begin, "end": self.end, "text": self.text,
               "kind": self.kind, "id": self.id, "label": self.label}
        if self.members:
            out["members"] = list(self.members)
        return out


@dataclass
class Claim:
    """One typed fact with its provenance, in the shape of GUIDELINES.md."""
    doc: str
    type: str
    status: str
    system: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    actor: str | None = None
    host: str | None = None
    participants: list[str] | None = None
    partners: list[str] | None = None
    quantity: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    granularity: str | None = None      # "day" | "month" | "year" | "decade" | None
    place: str | None = None
    mode: str | None = None
    source: str | None = None
    hedged: bool = False
    confidence: float = 0.5
    sentence: str = ""                  # the sentence text the claim rests on
    start: int | None = None            # character offsets of that sentence in Document.text
    end: int | None = None
    evidence: str = ""
    system_text: str | None = None      # the words naming the system in the sentence

    def roles(self) -> dict[str, Any]:
        """The keys the scorer compares for this claim type."""
        if self.type == "transfer":
            return {"supplier": self.supplier, "recipient": self.recipient}
        if self.type in ("deployment", "test"):
            return {"actor": self.actor, "host": self.host}
        if self.type == "exercise":
            return {"participants": sorted(self.participants or []), "host": self.host}
        if self.type == "cooperation":
            return {"partners": sorted(self.partners or [])}
        return {}

    def to_json(self) -> dict[str, Any]:
        """GUIDELINES shape: only the role keys of this type, no empty optionals."""
        out: dict[str, Any] = {"doc": self.doc, "type": self.type}
        out.update(self.roles())
        data = asdict(self)
        for name in ("system", "status", "quantity", "year", "month", "day", "granularity",
                     "place", "mode", "source", "hedged", "confidence", "sentence",
                     "start", "end", "evidence", "system_text"):
            value = data[name]
            if value is None or value == "" or (name == "hedged" and value is False):
                continue
            out[name] = value
        return out


@dataclass
class Document:
    """One article as it moves through the pipeline."""
    id: str                              # file stem (scorers rely on it) or record id
    raw: str = ""                        # text or HTML as read, decoded
    format: str = "text"                 # text | html | warc | feed | jsonl | url
    path: str | None = None              # where it was read from (file, file#record, URL)
    text: str = ""                       # cleaned main text
    title: str | None = None
    author: str | None = None
    date: str | None = None              # ISO 8601 date (YYYY or YYYY-MM or YYYY-MM-DD)
    url: str | None = None
    site: str | None = None              # site name / source outlet
    language: str | None = None
    content_hash: str | None = None
    duplicate_of: str | None = None
    skip_reason: str | None = None       # why extraction skipped it (language, duplicate)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def is_html(self) -> bool:
        return self.format in ("html", "warc", "url") or (
            self.format in ("feed", "jsonl") and self.raw.lstrip()[:1] == "<")

    def metadata(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "author": self.author, "date": self.date,
                "url": self.url, "site": self.site, "language": self.language,
                "content_hash": self.content_hash, "duplicate_of": self.duplicate_of,
                "skip_reason": self.skip_reason, "format": self.format, "path": self.path}


@dataclass
class StatusStep:
    """One dated step in a deal's history."""
    status: str
    year: int | None
    claim_ids: list[int] = field(default_factory=list)
    sources: int = 0


@dataclass
class Deal:
    """Claims about one supplier/recipient/system family (actor/host/system) merged."""
    id: int | None
    type: str
    key: dict[str, Any]                  # supplier/recipient or actor/host or partners...
    system: str | None
    status: str                          # latest status
    history: list[StatusStep] = field(default_factory=list)
    sources: int = 0
    claims: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    contradiction: bool = False
