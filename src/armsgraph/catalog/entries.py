"""Catalog records and the name normalisation every lookup shares."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = ("state", "organisation", "person", "system", "category", "place", "group")
# letters that Unicode does not decompose into a base letter plus accent
SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                         "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ə": "e"})


def plain(text: str) -> str:
    """Lower-case without accents, every run of other characters one space ("Scorpène
    SSK-3" -> "scorpene ssk 3"): :func:`fold` with its word breaks kept."""
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", text.lower())


def fold(text: str) -> str:
    """Lower-case, strip accents, keep letters and digits only ("Su-30SM" -> "su30sm").

    The same key the claim scorer uses for system names, so catalog lookups and scoring
    agree on what counts as the same name.
    """
    return plain(text).replace(" ", "")


def slug(text: str) -> str:
    """"the St. Petersburg" -> "st-petersburg": words folded, joined by hyphens."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    return "-".join(w for w in (fold(word) for word in re.split(r"[\s.-]+", text)) if w)


@dataclass(frozen=True)
class Alias:
    """One surface form of an entry as the ruler matches it.

    ``exact``: matched with case (names); otherwise case-insensitively (generic nouns).
    ``needs_context``: a short or ambiguous form ("Tor", "Kim") accepted only next to a
    cue word or when an unambiguous alias of the same entry occurs in the document.
    """
    text: str
    entry_id: str
    exact: bool = True
    needs_context: bool = False
    reading: str = "name"      # name | adjective | capital | seat (seat of power)


@dataclass
class Entry:
    """A catalog entity: a state, organisation, person, place, category or system."""
    id: str
    kind: str
    label: str
    state: str | None = None          # ISO3 the entity acts for (itself for a state)
    aliases: list[Alias] = field(default_factory=list)
    role: str | None = None           # person's office, organisation's type, place's type


@dataclass
class SystemEntry(Entry):
    """A weapon-system family with its variants and designations."""
    family: str = ""
    category: str = ""                # "category:air-defence"
    origins: tuple[str, ...] = ()     # ISO3 of the designing/producing states
    platform: bool = False            # a platform (aircraft, ship, vehicle) vs a weapon

    @property
    def names(self) -> list[str]:
        return [a.text for a in self.aliases]


@dataclass
class StateEntry(Entry):
    """An ISO 3166 state (or a historical one such as SUN, CSK, DDR, YUG)."""
    adjectives: tuple[str, ...] = ()  # "Belarusian", "Belarusians"
    capitals: tuple[str, ...] = ()    # "Minsk": the state's government when it acts
    seats: tuple[str, ...] = ()       # "the Kremlin": always the government


@dataclass
class GroupEntry(Entry):
    """A named group of states with a fixed membership ("the Baltic states")."""
    members: tuple[str, ...] = ()     # ISO3 of the member states
