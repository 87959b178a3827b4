"""Trigger lexicons: the words that announce a claim, loaded from ``claims/data/*.tsv``.

Domain knowledge lives in the data files; this module only reads them. A lexicon line is
tab-separated, ``#`` starts a comment. Each claim type owns one file (``transfer.tsv``,
``deployment.tsv``, ...) with the columns ``lemma  pos  frame  status  [mode]``; the frame
names a grammar in :mod:`armsgraph.claims.patterns`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str          # VERB | NOUN | ADJ
    frame: str
    status: str       # base status before modality, negation, tense and cues
    mode: str | None = None


@dataclass(frozen=True)
class Cue:
    lemma: str
    status: str       # a status, "buyer-plan", "keep" or "allegation"
    strength: int


def data_lines(name: str) -> list[list[str]]:
    """Rows of ``claims/data/<name>`` without comments and blank lines."""
    text = resources.files("armsgraph.claims").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[tuple[str, str], Trigger]:
    """``{(lemma, pos): Trigger}`` from ``claims/data/<name>.tsv``."""
    table: dict[tuple[str, str], Trigger] = {}
    for row in data_lines(f"{name}.tsv"):
        if len(row) < 4:
            raise ValueError(f"claims/data/{name}.tsv: line {row!r} needs lemma, pos, frame, status")
        lemma, pos, frame, status = row[:4]
        mode = row[4] if len(row) > 4 and row[4] else None
        table[(lemma.lower(), pos.upper())] = Trigger(lemma.lower(), pos.upper(), frame, status, mode)
    return table


@lru_cache(maxsize=None)
def cues() -> dict[str, Cue]:
    """Status cues (``status_cues.tsv``) by lemma."""
    table = {}
    for row in data_lines("status_cues.tsv"):
        lemma, status = row[0].lower(), row[1]
        strength = int(row[2]) if len(row) > 2 and row[2] else 2
        table[lemma] = Cue(lemma, status, strength)
    return table


_DOCS: list[tuple] = []   # (doc, token attributes, {lexicon: [Trigger | None per token]})
_KEEP = 2


_LAST: dict[str, tuple] = {}   # lexicon -> (doc, its triggers): the document at hand


def trigger_of(token, name: str) -> Trigger | None:
    """The trigger of lexicon ``name`` that ``token`` is, if any (by lemma and coarse POS).

    Looked up once per document and lexicon (claim types ask about every token)."""
    doc = token.doc
    last = _LAST.get(name)
    if last is None or last[0] is not doc:
        last = _LAST[name] = (doc, triggers_in(doc, name))
    return last[1][token.i]


def triggers_in(doc, name: str) -> list[Trigger | None]:
    """For each token of ``doc``, its trigger in lexicon ``name`` or None (cached)."""
    for entry in _DOCS:
        if entry[0] is doc:
            break
    else:
        words = doc.to_array(["LEMMA", "LOWER", "POS", "TAG"])
        strings = doc.vocab.strings
        pos_names = {}
        attrs = []
        for lemma, lower, pos, tag in words.tolist():
            if pos not in pos_names:
                pos_names[pos] = doc.vocab.strings[pos] if pos in strings else ""
            attrs.append((strings[lemma], strings[lower], pos, strings[tag]))
        entry = (doc, attrs, {}, pos_names)
        _DOCS.insert(0, entry)
        del _DOCS[_KEEP:]
    found = entry[2].get(name)
    if found is None:
        names = entry[3]
        found = entry[2][name] = [_trigger(lemma, lower, names[pos], tag, name)
                                  for lemma, lower, pos, tag in entry[1]]
    return found


@lru_cache(maxsize=65536)
def _trigger(lemma: str, lower: str, pos: str, tag: str, name: str) -> Trigger | None:
    table = lexicon(name)
    pos = "VERB" if pos in ("VERB", "AUX") else "NOUN" if pos in ("NOUN", "PROPN") \
        else "ADJ" if pos == "ADJ" else pos
    for word in (lemma.lower(), lower):
        hit = table.get((word, pos))
        if hit:
            return hit
    # the small model sometimes tags a participle as ADJ/NOUN ("supplied", "exported")
    if tag in ("VBN", "VBD", "VBG") or lower.endswith("ed"):
        return table.get((lemma.lower(), "VERB"))
    return None
