"""A stand-in mention tagger, used only when the entity layer did not annotate the Doc.

It keeps ``armsgraph extract`` usable on a bare spaCy parse: states from spaCy's GPE/NORP
entities and pycountry names, weapon designations by their shape ("S-300", "Su-30SM"),
and a few category nouns. The curated catalog of :mod:`armsgraph.entities` replaces it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention

DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,6}-?\d{1,4}[A-Za-z0-9-]*|[A-Z]{2,}[A-Za-z]*-\d+\w*)$")
CATEGORY_NOUNS = {
    "aircraft": "category:aircraft", "jets": "category:aircraft", "fighters": "category:aircraft",
    "warplanes": "category:aircraft", "planes": "category:aircraft",
    "helicopters": "category:helicopters", "drones": "category:uav", "uavs": "category:uav",
    "tanks": "category:tanks", "howitzers": "category:artillery", "artillery": "category:artillery",
    "ammunition": "category:ammunition", "weapons": "category:materiel", "arms": "category:materiel",
    "submarines": "category:ships", "warships": "category:ships", "troops": "category:troops",
}
DEMONYM_SUFFIXES = ("ian", "an", "ese", "ish", "i", "ic")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import pycountry
    table = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.lower()] = country.alpha_3
    table.update({"russia": "RUS", "moscow": "RUS", "kremlin": "RUS", "minsk": "BLR",
                  "us": "USA", "u.s.": "USA", "united states": "USA", "washington": "USA",
                  "uk": "GBR", "britain": "GBR", "kiev": "UKR", "kyiv": "UKR", "beijing": "CHN",
                  "iran": "IRN", "syria": "SYR", "vietnam": "VNM", "south korea": "KOR",
                  "uae": "ARE", "czech republic": "CZE", "turkey": "TUR", "nato": "NATO"})
    return table


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    table = {}
    for name, code in _names().items():
        stem = name.rstrip("aeiouy")
        for suffix in DEMONYM_SUFFIXES:
            table.setdefault(stem + suffix, code)
            table.setdefault(name + "n", code)
    table.update({"russian": "RUS", "belarusian": "BLR", "chinese": "CHN", "american": "USA",
                  "british": "GBR", "french": "FRA", "german": "DEU", "turkish": "TUR",
                  "israeli": "ISR", "indian": "IND", "polish": "POL", "ukrainian": "UKR",
                  "czech": "CZE", "soviet": "RUS", "iranian": "IRN", "armenian": "ARM"})
    return table


def state_of(text: str) -> str | None:
    key = text.lower().removeprefix("the ").strip()
    key = re.sub(r"[-\s]made$", "", key)
    return _names().get(key) or _demonyms().get(key)


def _catalog():
    try:
        from ..catalog import load
        return load()
    except Exception:  # noqa: BLE001 - catalog not ready: read its data files leniently
        return _lenient_catalog()


class _Lenient:
    """Lookups over the catalog data files, skipping lines the loader would reject."""

    def __init__(self):
        from importlib import resources
        base = resources.files("armsgraph.catalog").joinpath("data")
        self.systems: dict[str, object] = {}
        self.keys: dict[str, str] = {}
        self.states: dict[str, str] = {}
        self.categories: dict[str, str] = {}
        try:
            lines = base.joinpath("systems.tsv").read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 3:
                continue
            family, category, origins = cells[0].strip(), cells[1].strip(), cells[2].split("|")
            entry = type("Entry", (), {"family": family, "category": "category:" + category,
                                       "origins": tuple(o.strip() for o in origins if o.strip())})
            self.systems[family] = entry
            aliases = [family] + (cells[4].split("|") if len(cells) > 4 else [])
            for alias in aliases:
                alias = alias.strip().lstrip("?")
                if alias:
                    self.keys.setdefault(_fold(alias), family)
                    self.keys.setdefault(_fold(alias) + "s", family)
        try:
            lines = base.joinpath("states.tsv").read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 2:
                continue
            code = cells[0].strip()
            for cell in cells[1:]:
                for name in cell.split("|"):
                    name = name.strip().lstrip("?")
                    if name:
                        self.states.setdefault(name.lower(), code)
        for name, code in _names().items():
            self.states.setdefault(name, code)
        for name, code in _demonyms().items():
            self.states.setdefault(name, code)

    def family_of(self, text):
        return self.keys.get(_fold(text))

    def state_of(self, text):
        key = text.lower().removeprefix("the ").strip()
        key = re.sub(r"[-\s](made|built|designed|produced|supplied)$", "", key)
        return self.states.get(key)

    def category_of(self, text):
        return CATEGORY_NOUNS.get(text.lower())


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@lru_cache(maxsize=1)
def _lenient_catalog():
    return _Lenient()


def catalog_mentions(doc, catalog) -> list[Mention]:
    """Greedy longest n-gram lookups in the catalog (systems, categories, states)."""
    mentions: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        found = None
        for size in (5, 4, 3, 2, 1):
            if i + size > n:
                continue
            span = doc[i:i + size]
            if span[0].is_punct or span[-1].is_punct or "\n" in span.text:
                continue
            text = span.text
            family = catalog.family_of(text)
            if family:
                entry = catalog.systems.get(family)
                origins = getattr(entry, "origins", ()) if entry else ()
                found = Mention(span.start_char, span.end_char, text, "system", family,
                                state=origins[0] if origins else None)
                break
            state = catalog.state_of(text) if (span[0].is_title or span[0].is_upper) else None
            if state:
                found = Mention(span.start_char, span.end_char, text, "state", state, state=state)
                break
            category = catalog.category_of(text) if span[-1].pos_ in ("NOUN", "PROPN") else None
            if category:
                found = Mention(span.start_char, span.end_char, text, "category", category)
                break
        if found:
            mentions.append(found)
            i = doc.char_span(found.begin, found.end, alignment_mode="expand").end
        else:
            i += 1
    return mentions


def mentions_of(doc) -> list[Mention]:
    catalog = _catalog()
    if catalog is not None:
        return catalog_mentions(doc, catalog)
    mentions: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "ORG", "LOC"):
            code = state_of(ent.text)
            if code:
                kind = "organisation" if code == "NATO" else "state"
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, kind, code,
                                        state=None if kind == "state" else None))
                taken.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in taken:
            continue
        if DESIGNATION.match(token.text) and not re.match(r"^\d", token.text):
            mentions.append(Mention(token.idx, token.idx + len(token), token.text, "system",
                                    token.text))
        elif token.pos_ in ("NOUN", "PROPN") and token.text.lower() in CATEGORY_NOUNS:
            mentions.append(Mention(token.idx, token.idx + len(token), token.text, "category",
                                    CATEGORY_NOUNS[token.text.lower()]))
        elif token.pos_ in ("ADJ", "PROPN", "NOUN") and state_of(token.text):
            mentions.append(Mention(token.idx, token.idx + len(token), token.text, "state",
                                    state_of(token.text)))
    mentions.sort(key=lambda m: m.begin)
    return mentions
