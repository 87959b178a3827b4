"""System families and categories through ``armsgraph.catalog`` (when it is available).

While the catalog is missing or does not know a name, the name itself stands as its family
(categories such as ``category:uav`` are their own family).
"""
from __future__ import annotations

import functools
import re
from typing import Any


@functools.lru_cache(maxsize=1)
def _catalog() -> Any:
    try:
        from .. import catalog
        return catalog.load()
    except Exception:  # catalog not written yet, or its data failed to load
        return None


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@functools.lru_cache(maxsize=50000)
def family_of(name: str | None) -> str | None:
    """"Iskander-M" -> "Iskander"; an unknown name stays itself; categories stay."""
    if not name:
        return None
    name = name.strip()
    if name.startswith("category:"):
        return name
    cat = _catalog()
    if cat is not None:
        try:
            # ("Virginia": a ship class by its bare name, as claims give it)
            fam = cat.family_of(name) or cat.family_of(f"{name}-class")
        except Exception:
            fam = None
        if fam:
            return fam
    return name


@functools.lru_cache(maxsize=50000)
def category_of(family: str | None) -> str | None:
    if not family:
        return None
    if family.startswith("category:"):
        return family
    cat = _catalog()
    if cat is None:
        return None
    try:
        entry = cat.system(family)
        value = getattr(entry, "category", None) if entry is not None else None
        if value:
            return value if str(value).startswith("category:") else f"category:{value}"
    except Exception:
        pass
    try:
        value = cat.category_of(family)
        return value or None
    except Exception:
        return None


@functools.lru_cache(maxsize=50000)
def state_of(text: str | None) -> str | None:
    """A state name, demonym or code -> ISO3 through the catalog; codes pass through."""
    if not text:
        return None
    text = text.strip()
    if re.fullmatch(r"[A-Z]{3}", text) or text in ("NATO", "CSTO", "EU", "UNK"):
        return text
    cat = _catalog()
    if cat is not None:
        try:
            value = cat.state_of(text)
            if value:
                return value
        except Exception:
            pass
    return None


def family_lookup(designation: str) -> str | None:
    """A SIPRI-style designation ("9M723 Iskander", "S-300PMU-2") -> a catalog family,
    trying the whole string, then its words and word pairs. None when nothing matches."""
    cat = _catalog()
    if cat is None:
        return None
    candidates = [designation]
    words = re.split(r"[\s/(),]+", designation)
    words = [w for w in words if w]
    candidates += [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    candidates += words
    for cand in candidates:
        try:
            fam = cat.family_of(cand)
        except Exception:
            fam = None
        if fam:
            return fam
    return None


def same_family(a: str | None, b: str | None) -> bool:
    return bool(a and b and _norm(a) == _norm(b))
