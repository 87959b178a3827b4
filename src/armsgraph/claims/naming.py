"""The name a claim gives its system: the family, in the words of the text.

GUIDELINES fix the family names of a table of common systems ("S-300" for "S-300PMU2"):
those claims keep the catalog family. A system outside that table has no agreed family
name, and analysts (and the people who write gold claims) call it what the article calls
it: "Typhoon" where the text writes "24 Typhoons", "FK-3" for the export HQ-22, "A-29" where
only the designation appears. So when the catalog family's own name does not occur in the
claim's sentence, the claim takes the shortest of the family's names that does. The store
maps every name back to its family (``store.families.family_of``), so deals still merge.

A ship class goes by its bare name, as the schema's "Kilo" does: "Virginia" for the
catalog's "Virginia-class", unless the bare name is another family's (the Mistral missile
keeps "Mistral"; the ships stay "Mistral-class").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..catalog.entries import fold, plain
from ..model import Claim
from .triggers import data_lines


@lru_cache(maxsize=1)
def standard_families() -> frozenset[str]:
    """Families whose name the claim schema fixes (data/standard_families.txt)."""
    return frozenset(row[0] for row in data_lines("standard_families.txt") if row)


@lru_cache(maxsize=4096)
def _names(family: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(folded name, its spellings in catalog order) for the names of a family, shortest
    first."""
    try:
        from ..catalog import load
        entry = load().system(family)
    except Exception:  # noqa: BLE001 - a family the catalog does not know
        return ()
    names: dict[str, list[str]] = {}
    for name in getattr(entry, "names", []):
        name = name.lstrip("?").strip()
        if fold(name):
            names.setdefault(fold(name), []).append(name)
    return tuple(sorted(((k, tuple(v)) for k, v in names.items()), key=lambda item: (len(item[0]), item[0])))


@lru_cache(maxsize=8192)
def _pattern(key: str):
    return re.compile(r"(?<![0-9a-z])" + r" ?".join(re.escape(ch) for ch in key))


def _says(text: str, key: str) -> bool:
    """Whether a name (folded) starts a word of the text: "C-390" is not said by "KC-390",
    "Su-30" is by "Su-30MKI"."""
    return bool(_pattern(key).search(text))


CLASS_SUFFIX = re.compile(r"[- ]class$", re.I)


@lru_cache(maxsize=1024)
def bare_class(name: str, family: str | None = None) -> str:
    """"Virginia-class" -> "Virginia" (a class name of ``family``, by default the name
    itself); a bare name the catalog gives another family stays a class name."""
    bare = CLASS_SUFFIX.sub("", name)
    if bare == name:
        return name
    try:
        from ..catalog import load
        other = load().family_of(bare)
    except Exception:  # noqa: BLE001 - no catalog: the name as it is
        return name
    return bare if other in (None, family or name) else name


def in_text_words(claims: list[Claim]) -> None:
    """Rename each claim's system to the family name its document uses (see the module
    doc): one name per family and document, so the stages of a deal keep one name."""
    for claim in claims:
        if claim.system and CLASS_SUFFIX.search(claim.system):
            claim.system = bare_class(claim.system)
    by_family: dict[str, list[Claim]] = {}
    for claim in claims:
        family = claim.system
        if family and not family.startswith("category:") and family not in standard_families():
            by_family.setdefault(family, []).append(claim)
    for family, group in by_family.items():
        texts = {c.sentence for c in group if c.sentence}
        sentences = {plain(t) for t in texts}
        if not sentences or any(_says(s, fold(family)) for s in sentences):
            continue
        used = [(sum(_says(s, key) for s in sentences), -len(key), spellings) for key, spellings in _names(family)
                if (len(key) >= 3 or any(ch.isdigit() for ch in key)) and any(_says(s, key) for s in sentences)]
        if used:
            spellings = max(used)[2]
            # the text's own spelling ("FK-3", not the catalog's print variant "FK 3")
            name = next((n for n in spellings if any(n in t for t in texts)), spellings[0])
            if CLASS_SUFFIX.search(name):
                name = bare_class(name, family)   # "Ming-class" written for the catalog's "Type 035"
            for claim in group:
                claim.system = name
